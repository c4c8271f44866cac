//! Step 8, "Blood flows more easily" ("again" after a blockage): blood streams through the open artery as the wire (and a
//! balloon left from the balloon step) comes out; the camera pulls back to the heart, whose
//! muscle pinks up, then to the whole body as the catheter glides out and a band (or pressure)
//! closes the artery where it went in. It ends in the last step's view, so that step starts
//! still.

use super::labels::{Anchor, LabelSpec, Only, Toward, UNTIL_END};
use super::{camera, tween, withdraw, Device, Pose, Script, Withdrawal, OFFSTAGE, WIRE_HIDDEN};
use crate::model::section::PLAQUE_X;
use crate::model::setup::{Setup, Treatment};

const BALLOON_OUT: (f64, f64) = (0.0, 1.5);
const WIRE_OUT: (f64, f64) = (1.0, 3.5);
const TO_HEART: (f64, f64) = (5.0, 7.5);
/// Off once the section has faded (it is drawn inside it, so it fades with it).
const LOCATOR_OFF: (f64, f64) = (6.5, 7.0);
const PINKS_UP: (f64, f64) = (6.0, 8.5);
const TO_BODY: (f64, f64) = (9.0, 10.5);
/// The catheter slow enough that it glides out rather than vanishing; it leaves the artery's
/// opening once the wire is out, as the words say.
const TUBES_OUT: Withdrawal = Withdrawal {
    body_back: TO_BODY,
    catheter_out: (WIRE_OUT.1, 12.0),
    sheath_out: (12.0, 12.6),
    band_on: (12.5, 13.5),
};

pub static SCRIPT: Script = Script {
    duration: 14.0,
    // Once the guiding catheter has left the artery's opening: the words say the tubes come
    // out, and the picture shows the artery with none in it.
    key: 4.4,
    stills: &[4.4, 8.7, 14.0],
    includes: Setup::treats,
    pose,
    labels: &[
        LabelSpec::new(
            "label-stent",
            Anchor::Stent,
            Toward::Fixed(0.5, -1.0),
            (0.0, TO_HEART.0),
        ),
        // A balloon alone leaves no stent to name: the artery it opened is named instead.
        LabelSpec::new(
            "label-treated",
            // On the widened stretch itself: the plaque the balloon pressed back into the
            // wall, at its middle, the words above the artery.
            Anchor::Plaque(PLAQUE_X, -1.0),
            Toward::Fixed(0.5, -1.0),
            (0.0, TO_HEART.0),
        )
        .only(Only::Given(Treatment::BalloonOnly)),
        LabelSpec::new(
            "label-blood-flow",
            Anchor::Artery(0.75),
            Toward::Outward(1.0, 0.6),
            (7.0, 9.5),
        ),
        LabelSpec::new(
            "label-band",
            Anchor::Band,
            Toward::Fixed(-1.0, 0.4),
            (TUBES_OUT.band_on.0 + 0.4, UNTIL_END),
        ),
    ],
};

fn pose(setup: Setup, start: &Pose, t: f64) -> Pose {
    let balloon = start
        .balloon
        .map(|b| Device {
            x: tween(b.x, OFFSTAGE, t, BALLOON_OUT),
            ..b
        })
        .filter(|_| t < BALLOON_OUT.1);
    let views = [
        (TO_HEART, camera::heart()),
        (TO_BODY, camera::body_journey()),
    ];
    Pose {
        balloon,
        wire_tip_x: tween(start.wire_tip_x, WIRE_HIDDEN, t, WIRE_OUT),
        locator: tween(start.locator, 0.0, t, LOCATOR_OFF),
        perfusion: tween(start.perfusion, 1.0, t, PINKS_UP),
        ..withdraw(setup, start, t, &views, &TUBES_OUT)
    }
}
