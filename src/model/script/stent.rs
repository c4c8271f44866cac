//! Step 7, "The stent keeps it open": the folded balloon goes back into the guiding catheter,
//! a stent crimped on a new balloon slides in, both open together and the mesh presses into the
//! wall (the balloon filling the stent, held in at the narrowing); the balloon folds and goes
//! back, and the stent stays.

use super::labels::{Anchor, LabelSpec, Toward, UNTIL_END};
use super::{tween, Device, Pose, Script, CRIMPED, OFFSTAGE};
use crate::model::section::{
    self, BALLOON_FOLDED, BALLOON_OPEN, PLAQUE_X, STENT_BALLOON_OPEN, STENT_STRUT,
};
use crate::model::setup::Setup;
use crate::model::timeline::smooth;

const OLD_BALLOON_OUT: (f64, f64) = (0.0, 1.2);
const SLIDES_IN: (f64, f64) = (1.2, 3.6);
/// Open by the end of this: from then on the stent never moves again.
const OPENS: (f64, f64) = (4.0, 6.0);
const FOLDS: (f64, f64) = (7.0, 8.3);
const GOES_BACK: (f64, f64) = (8.5, 10.5);

pub static SCRIPT: Script = Script {
    duration: 12.0,
    key: 6.4,
    stills: &[3.7, 6.4, 12.0],
    includes: |setup| setup.has_stent(),
    pose,
    labels: &[
        LabelSpec::new(
            "label-stent",
            Anchor::Stent,
            Toward::Fixed(0.5, -1.0),
            (2.5, UNTIL_END),
        ),
        LabelSpec::new(
            "label-balloon",
            Anchor::Balloon,
            Toward::Fixed(0.5, 1.0),
            (4.5, FOLDS.1),
        ),
    ],
};

/// The stent's final place and size: as wide as the healthy channel, so it meets the lining
/// all along (where the squashed plaque is, the plaque stops it first).
pub fn placed() -> Device {
    Device {
        x: PLAQUE_X,
        radius: section::RADIUS,
    }
}

fn pose(setup: Setup, start: &Pose, t: f64) -> Pose {
    let open = smooth(t, OPENS.0, OPENS.1) * (1.0 - smooth(t, FOLDS.0, FOLDS.1));
    let radius = BALLOON_FOLDED + (STENT_BALLOON_OPEN - BALLOON_FOLDED) * open;
    let x = if t < OLD_BALLOON_OUT.1 {
        tween(
            start.balloon.map_or(OFFSTAGE, |b| b.x),
            OFFSTAGE,
            t,
            OLD_BALLOON_OUT,
        )
    } else if t < GOES_BACK.0 {
        tween(OFFSTAGE, PLAQUE_X, t, SLIDES_IN)
    } else {
        tween(PLAQUE_X, OFFSTAGE, t, GOES_BACK)
    };
    let balloon = Some(Device { x, radius }).filter(|_| t < GOES_BACK.1);
    let held = section::compression_for_radius(setup, BALLOON_OPEN + STENT_STRUT);
    let (stent, compression) = if t < OLD_BALLOON_OUT.1 {
        (None, start.compression)
    } else if t < OPENS.1 {
        let opening = smooth(t, OPENS.0, OPENS.1);
        let stent_r = CRIMPED + (section::RADIUS - CRIMPED) * opening;
        let pressed = section::compression_for_radius(setup, radius + STENT_STRUT);
        (
            Some(Device { x, radius: stent_r }),
            start.compression.max(pressed.min(held)),
        )
    } else {
        (Some(placed()), held)
    };
    Pose {
        balloon,
        stent,
        compression,
        ..*start
    }
}
