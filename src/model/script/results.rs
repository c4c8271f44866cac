//! "What the pictures show" (pictures only): first the pictures themselves, the whole heart's
//! angiogram with the narrowing named (its key pose); then the X-ray fades, the camera pulls
//! back to the whole body as the catheter glides out, and a band (or pressure) closes the
//! artery where it went in. It ends in the last step's view, so that step starts still.

use super::labels::{Anchor, LabelSpec, Toward, UNTIL_END};
use super::{camera, tween, withdraw, Pose, Script, Withdrawal};
use crate::model::anatomy;
use crate::model::setup::Setup;

/// First the pictures themselves: the X-ray stays on and the camera pulls back from the close
/// look to most of the heart, the narrowing ringed and named.
const WHOLE_PICTURE: (f64, f64) = (0.3, 2.3);
const XRAY_OFF: (f64, f64) = (5.0, 6.0);
const TO_BODY: (f64, f64) = (6.5, 9.0);
/// The catheter slow enough that it glides out rather than vanishing.
const TUBES_OUT: Withdrawal = Withdrawal {
    body_back: (5.8, 6.8),
    catheter_out: (7.0, 11.0),
    sheath_out: (11.0, 11.6),
    band_on: (11.5, 12.5),
};

pub static SCRIPT: Script = Script {
    duration: 14.0,
    key: 3.5,
    stills: &[3.5, 13.0],
    includes: |setup| !setup.treats(),
    pose,
    labels: &[
        LabelSpec::new(
            "label-narrowing",
            // The leader's tip on the narrowing itself; the words up and away from the heart's
            // middle, where the other arteries run.
            Anchor::Narrowing,
            Toward::Outward(1.0, -0.8),
            (0.0, XRAY_OFF.0),
        ),
        LabelSpec::new(
            "label-band",
            Anchor::Band,
            Toward::Fixed(-1.0, 0.4),
            (TUBES_OUT.band_on.0 + 0.5, UNTIL_END),
        ),
    ],
};

fn pose(setup: Setup, start: &Pose, t: f64) -> Pose {
    let pose = withdraw(
        setup,
        start,
        t,
        &[
            (WHOLE_PICTURE, camera::pictures(setup.artery)),
            (TO_BODY, camera::body_journey()),
        ],
        &TUBES_OUT,
    );
    Pose {
        xray: tween(start.xray, 0.0, t, XRAY_OFF),
        // The picture's subject is the narrowing until the X-ray goes.
        focus: if t < XRAY_OFF.1 {
            anatomy::narrowing(setup.artery).0
        } else {
            pose.focus
        },
        locator: tween(start.locator, 0.0, t, XRAY_OFF),
        ..pose
    }
}
