//! "What the pictures show" (pictures only): the X-ray look fades back to the heart, the camera
//! pulls back to the whole body as the catheter glides out, and a band (or pressure) closes the
//! artery where it went in; then the team talks with the patient about the pictures and the
//! choices. It ends in the last step's view, so that step starts still.

use super::labels::{Anchor, LabelSpec, Toward, UNTIL_END};
use super::{camera, camera_path, site, tween, Pose, Script};
use crate::model::setup::Setup;

const XRAY_OFF: (f64, f64) = (0.0, 1.0);
const BODY_BACK: (f64, f64) = (0.8, 1.8);
const TO_BODY: (f64, f64) = (1.5, 4.0);
/// Slow enough that the tube glides out rather than vanishing.
const CATHETER_OUT: (f64, f64) = (2.0, 6.0);
const SHEATH_OUT: (f64, f64) = (6.0, 6.6);
const BAND_ON: (f64, f64) = (6.5, 7.5);

pub static SCRIPT: Script = Script {
    duration: 9.0,
    key: 8.0,
    includes: |setup| !setup.treats(),
    pose,
    labels: &[LabelSpec::new(
        "label-band",
        Anchor::Band,
        Toward::Fixed(-1.0, 0.4),
        (7.0, UNTIL_END),
    )],
};

fn pose(setup: Setup, start: &Pose, t: f64) -> Pose {
    Pose {
        frame: camera_path(start.frame, &[(TO_BODY, camera::after())], t),
        xray: tween(start.xray, 0.0, t, XRAY_OFF),
        body_opacity: tween(start.body_opacity, 1.0, t, BODY_BACK),
        catheter_length: tween(start.catheter_length, 0.0, t, CATHETER_OUT),
        sheath: tween(start.sheath, 0.0, t, SHEATH_OUT),
        band: tween(start.band, 1.0, t, BAND_ON),
        // The text speaks of the pictures until the whole body is in view, then of the band.
        focus: if t < TO_BODY.1 {
            start.focus
        } else {
            site(setup.access)
        },
        ..*start
    }
}
