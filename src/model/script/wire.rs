//! Step 5, "A thin wire crosses the narrowing": the X-ray fades, the camera zooms through the
//! narrowed spot into the artery section, and the wire leaves the guiding catheter and
//! threads through the narrowed channel (or the clot) and beyond.

use super::labels::{Anchor, LabelSpec, Only, Toward, UNTIL_END};
use super::{camera, camera_path, tween, Pose, Script, WIRE_ACROSS};
use crate::model::setup::Setup;

const XRAY_OFF: (f64, f64) = (0.0, 1.2);
const INTO_SECTION: (f64, f64) = (0.0, 2.5);
/// On before the section shows (it is drawn inside it, so it appears with it).
const LOCATOR_ON: (f64, f64) = (0.0, 0.5);
const CROSSING: (f64, f64) = (2.5, 7.5);

pub static SCRIPT: Script = Script {
    duration: 8.0,
    key: 7.8,
    stills: &[5.0, 7.8],
    includes: Setup::treats,
    pose,
    labels: &[
        LabelSpec::new(
            "label-catheter",
            Anchor::Guide,
            // Down and out of the channel: the words sit below it, clear of the wire.
            Toward::Fixed(0.5, 1.0),
            (2.5, UNTIL_END),
        ),
        LabelSpec::new(
            "label-plaque",
            Anchor::Plaque(250.0, -1.0),
            Toward::Fixed(0.6, -1.0),
            (2.5, UNTIL_END),
        )
        .only(Only::Planned),
        LabelSpec::new(
            "label-blockage",
            Anchor::Clot,
            Toward::Fixed(0.6, -1.0),
            (2.5, UNTIL_END),
        )
        .only(Only::Emergency),
        LabelSpec::new(
            "label-wire",
            Anchor::Channel(430.0),
            Toward::Fixed(0.3, 1.0),
            (6.0, UNTIL_END),
        ),
    ],
};

fn pose(setup: Setup, start: &Pose, t: f64) -> Pose {
    Pose {
        frame: camera_path(
            start.frame,
            &[(INTO_SECTION, camera::section_view(setup.artery))],
            t,
        ),
        // The dye stays while the X-ray fades: only the X-ray's opacity changes, so the
        // picture under it is not drawn again each frame.
        xray: tween(start.xray, 0.0, t, XRAY_OFF),
        locator: tween(start.locator, 1.0, t, LOCATOR_ON),
        wire_tip_x: tween(start.wire_tip_x, WIRE_ACROSS, t, CROSSING),
        ..*start
    }
}
