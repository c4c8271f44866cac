//! Step 2, "Getting ready": from the heart out to the whole body, then close on the wrist (or
//! groin): the numbing needle, then the short tube (sheath) through the skin.

use super::labels::{Anchor, LabelSpec, Toward, UNTIL_END};
use super::{always, camera, camera_path, site, tween, Pose, Script};
use crate::model::setup::Setup;

const TO_BODY: (f64, f64) = (0.0, 1.4);
const TO_SITE: (f64, f64) = (1.4, 3.4);
const NEEDLE_IN: (f64, f64) = (3.2, 4.0);
const NEEDLE_OUT: (f64, f64) = (5.0, 5.8);
const SHEATH_IN: (f64, f64) = (5.5, 7.5);

pub static SCRIPT: Script = Script {
    duration: 8.0,
    key: 7.8,
    stills: &[4.6, 7.8],
    includes: always,
    pose,
    labels: &[
        LabelSpec::new(
            "label-site",
            Anchor::Site(4.0, 14.0),
            Toward::Fixed(1.0, 0.4),
            (3.0, UNTIL_END),
        ),
        LabelSpec::new(
            "label-numbing",
            Anchor::Site(2.0, -2.0),
            Toward::Fixed(1.0, -0.5),
            (3.4, 5.8),
        ),
        LabelSpec::new(
            "label-sheath",
            Anchor::Site(-1.5, 6.0),
            Toward::Fixed(-1.0, -0.4),
            (6.0, UNTIL_END),
        ),
    ],
};

fn pose(setup: Setup, start: &Pose, t: f64) -> Pose {
    Pose {
        frame: camera_path(
            start.frame,
            &[
                (TO_BODY, camera::body()),
                (TO_SITE, camera::access(setup.access)),
            ],
            t,
        ),
        body_opacity: tween(start.body_opacity, 1.0, t, (0.0, 1.0)),
        marker: tween(start.marker, 0.0, t, (0.0, 1.0)),
        close_up: tween(start.close_up, 0.0, t, (0.0, 0.8)),
        numbing: tween(0.0, 1.0, t, NEEDLE_IN) - tween(0.0, 1.0, t, NEEDLE_OUT),
        sheath: tween(start.sheath, 1.0, t, SHEATH_IN),
        focus: if t >= TO_BODY.1 {
            site(setup.access)
        } else {
            start.focus
        },
        ..*start
    }
}
