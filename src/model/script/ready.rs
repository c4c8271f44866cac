//! Step 2, "Getting ready": first the cath lab, the room the patient will be in (lying on the
//! table under the X-ray camera, the team beside them); then from the heart out to the whole
//! body and close on the wrist (or groin): the numbing needle, then the short tube (sheath)
//! through the skin.

use super::labels::{Anchor, LabelSpec, Only, Toward, UNTIL_END};
use super::{always, camera, camera_path, site, tween, Pose, Script};
use crate::model::setup::{Access, Setup};

const LAB_IN: (f64, f64) = (0.0, 0.8);
/// The room fades as the camera leaves the heart for the body beneath it.
const LAB_OUT: (f64, f64) = (3.6, 4.6);
const TO_BODY: (f64, f64) = (3.6, 5.0);
const TO_SITE: (f64, f64) = (5.0, 7.0);
const NEEDLE_IN: (f64, f64) = (6.8, 7.6);
const NEEDLE_OUT: (f64, f64) = (8.6, 9.4);
const SHEATH_IN: (f64, f64) = (9.1, 11.1);

pub static SCRIPT: Script = Script {
    duration: 11.6,
    key: 11.4,
    stills: &[2.0, 8.2, 11.4],
    includes: always,
    pose,
    labels: &[
        // The skin crease: a landmark the patient can find on themselves. At the wrist the
        // words go out past the little-finger side; at the groin, up and out on the outer side
        // of the artery, so the line crosses no vessel.
        LabelSpec::new(
            "label-site",
            Anchor::Crease,
            Toward::Fixed(1.0, 0.4),
            (6.6, UNTIL_END),
        )
        .only(Only::Through(Access::Wrist)),
        LabelSpec::new(
            "label-site",
            Anchor::Crease,
            Toward::Fixed(-1.0, -0.6),
            (6.6, UNTIL_END),
        )
        .only(Only::Through(Access::Groin)),
        LabelSpec::new(
            "label-numbing",
            Anchor::Site(2.0, -2.0),
            Toward::Fixed(1.0, -0.5),
            (7.0, 9.4),
        ),
        LabelSpec::new(
            "label-sheath",
            Anchor::Hub,
            Toward::Fixed(-1.0, -0.4),
            (9.6, UNTIL_END),
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
        cath_lab: tween(0.0, 1.0, t, LAB_IN) - tween(0.0, 1.0, t, LAB_OUT),
        // Close on the way in, it lies under a sterile drape with a window.
        drape: tween(start.drape, 1.0, t, TO_SITE),
        body_map: tween(start.body_map, 1.0, t, TO_SITE),
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
