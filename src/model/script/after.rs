//! Step 9, "After your procedure": the whole body with the band (or dressing) where the tube
//! went in, the treated spot ringed on the heart, and beside them the tablets to take and the
//! way home.

use super::labels::{Anchor, LabelSpec, Toward, UNTIL_END};
use super::{always, camera, camera_path, tween, Pose, Script};
use crate::model::setup::Setup;

const TO_BODY: (f64, f64) = (0.0, 1.8);
const HOME_ON: (f64, f64) = (1.0, 2.5);

/// Where the tablets and the house sit beside the body (world units).
pub const TABLETS: (f64, f64) = (548.0, 330.0);
pub const HOUSE: (f64, f64) = (548.0, 510.0);

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
            Toward::Fixed(-0.5, 1.0),
            (1.5, UNTIL_END),
        ),
        LabelSpec::new(
            "label-medicines",
            Anchor::World(TABLETS.0 - 18.0, TABLETS.1),
            Toward::Fixed(-0.3, -1.0),
            (2.0, UNTIL_END),
        ),
        LabelSpec::new(
            "label-home",
            Anchor::World(HOUSE.0 - 20.0, HOUSE.1 + 10.0),
            Toward::Fixed(-0.3, 1.0),
            (2.5, UNTIL_END),
        ),
    ],
};

fn pose(_: Setup, start: &Pose, t: f64) -> Pose {
    Pose {
        frame: camera_path(start.frame, &[(TO_BODY, camera::body_journey())], t),
        marker: tween(start.marker, 1.0, t, HOME_ON),
        home: tween(start.home, 1.0, t, HOME_ON),
        focus: start.focus,
        ..*start
    }
}
