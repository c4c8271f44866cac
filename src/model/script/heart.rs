//! Step 1, "Your heart and its arteries": the whole heart; the narrowed spot is ringed and a
//! close-up beside it shows the plaque inside the artery.

use super::labels::{Anchor, LabelSpec, Only, Toward, UNTIL_END};
use super::{always, camera, tween, Pose, Script};
use crate::model::setup::{Artery, Setup};

const RING: (f64, f64) = (3.0, 5.0);
const CLOSE_UP: (f64, f64) = (4.5, 5.5);
/// The arteries down the heart's front, and the one round its side.
const FRONT: &[Artery] = &[Artery::Lad, Artery::Rca];
const SIDE: &[Artery] = &[Artery::Circumflex];

pub static SCRIPT: Script = Script {
    duration: 8.0,
    key: 6.5,
    stills: &[2.0, 6.5],
    includes: always,
    pose,
    labels: &[
        LabelSpec::new(
            "label-heart",
            Anchor::Heart(150.0, 290.0),
            Toward::Fixed(-1.0, 0.6),
            (0.5, 3.2),
        ),
        // On the front of the heart, a caption under the close-up that shows the spot: off
        // the heart, no line across it (the close-up's own lines lead to the spot). What the
        // close-up shows is named first: it has few places, the artery's name has many.
        LabelSpec::new(
            "label-plaque",
            Anchor::CloseUp(1.0),
            Toward::Caption,
            (CLOSE_UP.1, UNTIL_END),
        )
        .only(Only::All(&[Only::Planned, Only::Along(FRONT)])),
        LabelSpec::new(
            "label-blockage",
            Anchor::CloseUp(1.0),
            Toward::Caption,
            (CLOSE_UP.1, UNTIL_END),
        )
        .only(Only::All(&[Only::Emergency, Only::Along(FRONT)])),
        // Round the heart's side, the side artery's close-up sits high beside the spot, with
        // the side artery's name under it: a caption over it (a line to the spot would cross
        // the close-up's own lines, or the front artery where it starts beside the spot).
        LabelSpec::new(
            "label-plaque",
            Anchor::CloseUp(-1.0),
            Toward::Caption,
            (CLOSE_UP.1, UNTIL_END),
        )
        .only(Only::All(&[Only::Planned, Only::Along(SIDE)])),
        LabelSpec::new(
            "label-blockage",
            Anchor::CloseUp(-1.0),
            Toward::Caption,
            (CLOSE_UP.1, UNTIL_END),
        )
        .only(Only::All(&[Only::Emergency, Only::Along(SIDE)])),
        LabelSpec::new(
            "label-artery",
            Anchor::PastNarrowing(0.75),
            // Down and a little away from the heart's middle: just below what it names, with
            // a short line, clear of the narrowing's ring and its close-up.
            Toward::Outward(0.3, 1.0),
            (3.5, UNTIL_END),
        )
        .only(Only::Along(FRONT)),
        LabelSpec::new(
            "label-artery",
            Anchor::PastNarrowing(0.9),
            // The side artery turns round the heart's edge with a branch straight down from
            // it: out to the side and down, far from its narrowed spot, so the line does not
            // run along the branch nor into the spot's ring.
            Toward::Outward(1.0, 0.8),
            (3.5, UNTIL_END),
        )
        .only(Only::Along(SIDE)),
    ],
};

fn pose(setup: Setup, start: &Pose, t: f64) -> Pose {
    Pose {
        frame: camera::heart_with_close_up(setup.artery),
        marker: tween(start.marker, 1.0, t, RING),
        close_up: tween(start.close_up, 1.0, t, CLOSE_UP),
        ..*start
    }
}
