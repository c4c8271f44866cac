//! Step 3, "The catheter travels to your heart": the view widens to the whole route and the
//! catheter's tip moves along it at an even speed. Its key picture is the whole route with the
//! catheter arrived; then the view pushes in on the heart, where the next step's X-ray begins.

use super::labels::{Anchor, LabelSpec, Only, Toward, UNTIL_END};
use super::{always, camera, camera_path, tween, Pose, Script};
use crate::model::anatomy;
use crate::model::setup::{Access, Setup};
use crate::model::Within;

const TO_ROUTE: (f64, f64) = (0.0, 2.0);
/// The tip moves evenly from the first to the second time.
const MOVING: (f64, f64) = (1.5, 9.5);
/// The whole route with the catheter arrived and named: the key picture.
const ARRIVED: f64 = 10.0;
/// The labels of the way there fade before the push-in takes their anchors out of view.
const WAY_LABELS_GO: f64 = 10.8;
const PUSH_IN: (f64, f64) = (10.8, 12.8);

pub static SCRIPT: Script = Script {
    duration: 13.0,
    key: ARRIVED,
    stills: &[2.0, 6.0, ARRIVED, 13.0],
    includes: always,
    pose,
    labels: &[
        // The aorta's label first: the catheter's keeps clear of it.
        LabelSpec::new(
            "label-aorta",
            Anchor::Aorta,
            Toward::Fixed(1.0, -0.5),
            (4.0, WAY_LABELS_GO),
        ),
        // From the wrist, up over the shoulder: on a phone there is no room left of the arm,
        // and to its right lies the aorta.
        LabelSpec::new(
            "label-catheter",
            Anchor::Catheter,
            Toward::Fixed(-0.4, -1.0),
            (2.0, WAY_LABELS_GO),
        )
        .only(Only::Through(Access::Wrist)),
        // From the groin, across the briefs: to the left the hand hangs beside the thigh.
        LabelSpec::new(
            "label-catheter",
            Anchor::Catheter,
            Toward::Fixed(1.0, 0.25),
            (2.0, WAY_LABELS_GO),
        )
        .only(Only::Through(Access::Groin)),
        // Close on the heart, the tube in the aorta is named again, near its end.
        LabelSpec::new(
            "label-catheter",
            Anchor::Tip(40.0),
            Toward::Fixed(-1.0, -0.3),
            (PUSH_IN.1 - 0.6, UNTIL_END),
        ),
        LabelSpec::new(
            "label-heart",
            // On the muscle low between the front artery and the side artery's branch, right
            // of where the tube climbs behind the heart from the groin and of the arm it comes
            // down from the wrist, clear of the muscle each artery feeds (in an emergency it
            // is shaded); the words out to the right.
            Anchor::Heart(330.0, 330.0),
            Toward::Fixed(1.0, 0.4),
            (9.0, UNTIL_END),
        ),
    ],
};

fn pose(setup: Setup, start: &Pose, t: f64) -> Pose {
    let route = anatomy::route(setup.access, setup.artery);
    let along = ((t - MOVING.0) / (MOVING.1 - MOVING.0)).within(0.0, 1.0);
    let catheter_length = route.length() * along;
    Pose {
        frame: camera_path(
            start.frame,
            &[
                (TO_ROUTE, camera::body_journey()),
                (PUSH_IN, camera::arrival(setup.access)),
            ],
            t,
        ),
        catheter_length,
        // Round the tip while it moves, fading as it arrives.
        tip_ring: 1.0 - tween(0.0, 1.0, t, (MOVING.1 - 0.5, ARRIVED)),
        // The drape would hide the way the catheter goes: the view of the body has none.
        drape: tween(start.drape, 0.0, t, (0.0, 0.6)),
        body_map: tween(start.body_map, 0.0, t, (0.0, 0.6)),
        // Close on the heart, the narrowed spot is ringed again: where the tube is going.
        marker: tween(start.marker, 1.0, t, (PUSH_IN.1 - 1.0, PUSH_IN.1)),
        focus: route.at(catheter_length),
        ..*start
    }
}
