//! Step 4, "Pictures of your arteries": from the whole route in to the heart, which turns into
//! an X-ray picture; dye fills the arteries and the narrowing shows as a pinch in the dark
//! column (in an emergency the dye stops at the blockage); the camera then moves closer to it.

use super::labels::{Anchor, LabelSpec, Only, Toward, UNTIL_END};
use super::{always, camera, camera_path, tween, Pose, Script};
use crate::model::anatomy;
use crate::model::setup::Setup;

const TO_HEART: (f64, f64) = (0.0, 2.0);
/// The X-ray look comes in early in the zoom: once it is opaque, the body, vessels and heart
/// under it are not drawn, so the rest of the zoom costs little to paint.
const XRAY_ON: (f64, f64) = (0.3, 1.3);
/// The body fades while the opaque X-ray covers it, so its fading costs no painting.
const BODY_FADES: (f64, f64) = (1.4, 1.8);
const DYE_FILLS: (f64, f64) = (3.0, 6.0);
/// Then the camera moves closer to the narrowing the pictures show.
const LOOK_CLOSER: (f64, f64) = (5.4, 7.0);

pub static SCRIPT: Script = Script {
    duration: 8.0,
    key: 7.0,
    stills: &[2.6, 7.0],
    includes: always,
    pose,
    labels: &[
        // A blockage is named first, so its words take the free side beside the end of the
        // dye: put after the dye's words, on a phone they were pushed across the other artery.
        NARROWING.only(Only::Emergency),
        LabelSpec::new(
            "label-dye",
            // The artery's main trunk, before its first branches.
            Anchor::Artery(0.1),
            // Up and towards the heart's middle, into the empty field above the dye's start:
            // outwards and below lie the artery's branches.
            Toward::Inward(0.5, -1.0),
            (4.0, UNTIL_END),
        ),
        NARROWING.only(Only::Planned),
    ],
};

const NARROWING: LabelSpec = LabelSpec::new(
    "label-narrowing",
    // The leader's tip on the narrowing itself; the words up and away from the heart's middle,
    // where the other arteries run.
    Anchor::Narrowing,
    Toward::Outward(1.0, -0.8),
    (5.0, UNTIL_END),
);

fn pose(setup: Setup, start: &Pose, t: f64) -> Pose {
    Pose {
        frame: camera_path(
            start.frame,
            &[
                (TO_HEART, camera::heart()),
                (LOOK_CLOSER, camera::narrowed_artery(setup.artery)),
            ],
            t,
        ),
        body_opacity: tween(start.body_opacity, 0.0, t, BODY_FADES),
        xray: tween(start.xray, 1.0, t, XRAY_ON),
        // The heart's ring gives way to the X-ray's own.
        marker: tween(start.marker, 0.0, t, XRAY_ON),
        // "You are here" on the X-ray, as on every close view.
        locator: tween(start.locator, 1.0, t, BODY_FADES),
        dye: tween(start.dye, 1.0, t, DYE_FILLS),
        focus: anatomy::narrowing(setup.artery).0,
        ..*start
    }
}
