//! "What the pictures show" (pictures only): the X-ray look fades back to the heart, the camera
//! pulls back to the whole body as the catheter glides out, and a band (or pressure) closes the
//! artery where it went in; then the team talks with the patient about the pictures and the
//! choices. It ends in the last step's view, so that step starts still.

use super::labels::{Anchor, LabelSpec, Toward, UNTIL_END};
use super::{camera, tween, withdraw, Pose, Script, Withdrawal};
use crate::model::setup::Setup;

const XRAY_OFF: (f64, f64) = (0.0, 1.0);
const TO_BODY: (f64, f64) = (1.5, 4.0);
/// The catheter slow enough that it glides out rather than vanishing.
const TUBES_OUT: Withdrawal = Withdrawal {
    body_back: (0.8, 1.8),
    catheter_out: (2.0, 6.0),
    sheath_out: (6.0, 6.6),
    band_on: (6.5, 7.5),
};

pub static SCRIPT: Script = Script {
    duration: 9.0,
    key: 8.0,
    stills: &[5.0, 8.0],
    includes: |setup| !setup.treats(),
    pose,
    labels: &[LabelSpec::new(
        "label-band",
        Anchor::Band,
        Toward::Fixed(-1.0, 0.4),
        (TUBES_OUT.band_on.0 + 0.5, UNTIL_END),
    )],
};

fn pose(setup: Setup, start: &Pose, t: f64) -> Pose {
    Pose {
        xray: tween(start.xray, 0.0, t, XRAY_OFF),
        ..withdraw(
            setup,
            start,
            t,
            &[(TO_BODY, camera::body_journey())],
            &TUBES_OUT,
        )
    }
}
