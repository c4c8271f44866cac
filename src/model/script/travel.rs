//! Step 3, "The catheter travels to your heart": the view widens to the whole route and the
//! catheter's tip moves along it at an even speed, ending with the whole route in view.

use super::labels::{Anchor, LabelSpec, Toward, UNTIL_END};
use super::{always, camera, camera_path, tween, Pose, Script};
use crate::model::anatomy;
use crate::model::setup::Setup;
use crate::model::Within;

const TO_ROUTE: (f64, f64) = (0.0, 2.0);
/// The tip moves evenly from the first to the second time.
const MOVING: (f64, f64) = (1.5, 9.5);

pub static SCRIPT: Script = Script {
    duration: 12.0,
    key: 11.0,
    stills: &[2.0, 6.0, 11.0],
    includes: always,
    pose,
    labels: &[
        LabelSpec::new(
            "label-catheter",
            Anchor::Catheter,
            Toward::Fixed(-1.0, 0.3),
            (2.0, UNTIL_END),
        ),
        LabelSpec::new(
            "label-aorta",
            Anchor::Aorta,
            Toward::Fixed(1.0, -0.5),
            (4.0, UNTIL_END),
        ),
        LabelSpec::new(
            "label-heart",
            Anchor::Heart(290.0, 330.0),
            Toward::Fixed(1.0, 0.4),
            (9.5, UNTIL_END),
        ),
    ],
};

fn pose(setup: Setup, start: &Pose, t: f64) -> Pose {
    let route = anatomy::route(setup.access, setup.artery);
    let along = ((t - MOVING.0) / (MOVING.1 - MOVING.0)).within(0.0, 1.0);
    let catheter_length = route.length() * along;
    Pose {
        frame: camera_path(start.frame, &[(TO_ROUTE, camera::body_journey())], t),
        catheter_length,
        // The drape would hide the way the catheter goes: the view of the body has none.
        drape: tween(start.drape, 0.0, t, (0.0, 0.6)),
        body_map: tween(start.body_map, 0.0, t, (0.0, 0.6)),
        focus: route.at(catheter_length),
        ..*start
    }
}
