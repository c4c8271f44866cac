//! Step 6, "The balloon widens the artery": a folded balloon slides out of the guiding
//! catheter along the wire into the narrowing, opens and squashes the plaque (and, in an
//! emergency, the clot) into the wall, then folds again and rests there.

use super::labels::{Anchor, LabelSpec, Only, Toward, UNTIL_END};
use super::{tween, Device, Pose, Script, OFFSTAGE, RECOIL};
use crate::model::section::{self, BALLOON_FOLDED, BALLOON_OPEN, PLAQUE_X};
use crate::model::setup::Setup;
use crate::model::timeline::smooth;

const SLIDES_IN: (f64, f64) = (0.5, 3.5);
const OPENS: (f64, f64) = (4.0, 6.0);
const FOLDS: (f64, f64) = (7.5, 9.0);

pub static SCRIPT: Script = Script {
    duration: 11.0,
    key: 6.6,
    stills: &[3.6, 6.6, 11.0],
    includes: Setup::treats,
    pose,
    labels: &[
        LabelSpec::new(
            "label-balloon",
            Anchor::Balloon,
            Toward::Fixed(0.5, 1.0),
            (2.7, UNTIL_END),
        ),
        LabelSpec::new(
            "label-plaque",
            Anchor::Plaque(250.0, -1.0),
            Toward::Fixed(0.6, -1.0),
            // Until the balloon presses it into a thin band.
            (0.0, OPENS.0 + 1.0),
        )
        .only(Only::Planned),
        LabelSpec::new(
            "label-blockage",
            Anchor::Plaque(250.0, -1.0),
            Toward::Fixed(0.6, -1.0),
            // Until the balloon presses it into a thin band.
            (0.0, OPENS.0 + 1.0),
        )
        .only(Only::Emergency),
    ],
};

/// How far the balloon is open at `t`: opens, holds, folds.
fn opening(t: f64) -> f64 {
    smooth(t, OPENS.0, OPENS.1) * (1.0 - smooth(t, FOLDS.0, FOLDS.1))
}

fn pose(setup: Setup, start: &Pose, t: f64) -> Pose {
    let radius = BALLOON_FOLDED + (BALLOON_OPEN - BALLOON_FOLDED) * opening(t);
    let peak = section::compression_for_radius(setup, BALLOON_OPEN);
    let compression = if t < FOLDS.0 {
        start
            .compression
            .max(section::compression_for_radius(setup, radius))
    } else {
        tween(peak, peak * (1.0 - RECOIL), t, FOLDS)
    };
    Pose {
        balloon: Some(Device {
            x: tween(OFFSTAGE, PLAQUE_X, t, SLIDES_IN),
            radius,
        }),
        compression,
        clot: tween(start.clot, 0.0, t, OPENS),
        ..*start
    }
}
