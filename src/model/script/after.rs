//! Step 9, "After your procedure": the whole body with the band (or dressing) where the tube
//! went in, the treated spot ringed on the heart and magnified (the stent in the wall, or the
//! artery the balloon widened), and in a column beside them the tablets to take and the way
//! home.

use super::labels::{Anchor, LabelSpec, Only, Toward, UNTIL_END};
use super::{always, camera, camera_path, tween, Pose, Script};
use crate::model::setup::{Access, Setup, Treatment};
use kurbo::Point;

const TO_BODY: (f64, f64) = (0.0, 1.8);
const HOME_ON: (f64, f64) = (1.0, 2.5);

/// The column beside the body (world units): the magnifier on the treated spot level with the
/// heart, so its lines run across to it and leave the room under it for its words; below it
/// the tablets and the house, beside the arm, far enough out that their words stay off the arm
/// on a phone too.
pub const MAGNIFIER: Point = Point::new(600.0, 236.0);
pub const MAGNIFIER_RADIUS: f64 = 74.0;
pub const TABLETS: (f64, f64) = (600.0, 430.0);
pub const HOUSE: (f64, f64) = (600.0, 590.0);
/// The tablets and the house sit on round badges, in the magnifier's style.
pub const BADGE_RADIUS: f64 = 56.0;
/// The house's badge is centred a little below its roof's ridge line, on the house's middle.
pub const BADGE_HOUSE_DROP: f64 = 3.0;

pub static SCRIPT: Script = Script {
    duration: 6.0,
    key: 4.0,
    stills: &[4.0],
    includes: always,
    pose,
    labels: &[
        LabelSpec::new(
            "label-band",
            Anchor::Band,
            // Out to the side and down, onto the thigh: clear of the hand and its fingers
            // hanging beside it.
            Toward::Fixed(1.0, 0.7),
            (1.5, UNTIL_END),
        )
        .only(Only::Through(Access::Wrist)),
        LabelSpec::new(
            "label-band",
            Anchor::Band,
            // Straight down onto the thigh, below the briefs: the hand hangs to one side, the
            // briefs to the other.
            Toward::Fixed(0.15, 1.0),
            (1.5, UNTIL_END),
        )
        .only(Only::Through(Access::Groin)),
        LabelSpec::new(
            "label-treated",
            // Below the magnifier, clear of its callout to the heart.
            Anchor::World(MAGNIFIER.x, MAGNIFIER.y + MAGNIFIER_RADIUS * 1.1),
            Toward::Caption,
            (2.0, UNTIL_END),
        )
        .only(Only::Treated),
        LabelSpec::new(
            "label-medicines",
            Anchor::World(TABLETS.0, TABLETS.1 + BADGE_RADIUS * 1.1),
            Toward::Caption,
            (2.0, UNTIL_END),
        ),
        LabelSpec::new(
            "label-home",
            Anchor::World(HOUSE.0, HOUSE.1 + BADGE_HOUSE_DROP + BADGE_RADIUS * 1.1),
            Toward::Caption,
            (2.5, UNTIL_END),
        ),
    ],
};

fn pose(setup: Setup, start: &Pose, t: f64) -> Pose {
    let treated = setup.treatment != Treatment::AngiogramOnly;
    Pose {
        magnifier: tween(start.magnifier, f64::from(u8::from(treated)), t, HOME_ON),
        frame: camera_path(start.frame, &[(TO_BODY, camera::body_journey())], t),
        // The treated spot ringed, where the magnifier's lines start; after pictures only,
        // nothing was done there, so nothing is ringed.
        marker: tween(start.marker, f64::from(u8::from(treated)), t, HOME_ON),
        home: tween(start.home, 1.0, t, HOME_ON),
        focus: start.focus,
        ..*start
    }
}
