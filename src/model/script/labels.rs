//! A step's labels as a table: what each names, where its leader line touches, which way its
//! words sit and when it shows. One function turns a row into a `Label` for a pose.

use super::{site, Pose, GUIDE_TIP_X};
use crate::model::anatomy::{self, HEART_TO_WORLD};
use crate::model::scene::Label;
use crate::model::section::{self, Channel};
use crate::model::setup::Setup;
use crate::model::timeline::smooth;
use kurbo::{Point, Vec2};

/// What a label's leader line touches.
#[derive(Clone, Copy, Debug)]
pub enum Anchor {
    /// A point of the heart drawing (heart frame).
    Heart(f64, f64),
    /// A point along the chosen artery, as a fraction of its length.
    Artery(f64),
    /// A point along the chosen artery past its narrowing, as a fraction of the rest of it:
    /// clear of the narrowing's ring and its words.
    PastNarrowing(f64),
    Narrowing,
    /// Under (`1`) or over (`-1`) the heart's close-up of the narrowed spot, off the heart:
    /// the close-up shows what the words name, and its lines lead to the spot.
    CloseUp(f64),
    /// The entry point, offset (world units).
    Site(f64, f64),
    /// The sheath's hub, outside the skin.
    Hub,
    /// The skin crease at the way in.
    Crease,
    /// The catheter, a third of the way along the part that is in (not its tip, which sits on
    /// the heart: the label must not suggest the tube goes into it).
    Catheter,
    /// The catheter this far (world units) back from its tip.
    Tip(f64),
    /// The aorta where the catheter passes (the arch, or the descending aorta from the groin).
    Aorta,
    /// The top or bottom edge of the plaque at section x (`-1` top, `1` bottom).
    Plaque(f64, f64),
    /// The middle of the channel at section x.
    Channel(f64),
    /// The clot in the channel.
    Clot,
    /// The end of the guiding catheter.
    Guide,
    /// The balloon's front shoulder, a little below its middle: on the balloon itself, beyond
    /// the ends of a stent it carries.
    Balloon,
    /// The stent's upper edge.
    Stent,
    /// The wrist band or the pressure pad.
    Band,
    /// A point of the last step's picture (world units).
    World(f64, f64),
}

/// Which way the words sit from the anchor.
#[derive(Clone, Copy, Debug)]
pub enum Toward {
    Fixed(f64, f64),
    /// Right under the anchor, as a caption: no line, no dot (under a close-up, a little away
    /// from the middle of the heart).
    Caption,
    /// Away from the middle of the heart, sideways (so it never covers the heart).
    Outward(f64, f64),
    /// Towards the middle of the heart, sideways.
    Inward(f64, f64),
}

/// Which setups a label belongs to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Only {
    Always,
    Planned,
    Emergency,
    /// Only where the artery is treated (not for pictures only).
    Treated,
    /// Only for one way in.
    Through(crate::model::setup::Access),
    /// Only for one treatment.
    Given(crate::model::setup::Treatment),
    /// Only for these arteries.
    Along(&'static [crate::model::setup::Artery]),
    /// Only where all of these hold.
    All(&'static [Only]),
}

impl Only {
    /// Whether a label of this kind belongs to `setup`.
    fn holds(&self, setup: Setup) -> bool {
        match self {
            Only::Always => true,
            Only::Planned => !setup.is_emergency(),
            Only::Emergency => setup.is_emergency(),
            Only::Treated => setup.treatment != crate::model::setup::Treatment::AngiogramOnly,
            Only::Through(access) => setup.access == *access,
            Only::Given(treatment) => setup.treatment == *treatment,
            Only::Along(arteries) => arteries.contains(&setup.artery),
            Only::All(all) => all.iter().all(|only| only.holds(setup)),
        }
    }
}

/// One row of a step's label table.
#[derive(Clone, Copy, Debug)]
pub struct LabelSpec {
    /// Text id in the language files.
    pub id: &'static str,
    pub at: Anchor,
    pub toward: Toward,
    /// Seconds into the step it fades in and out (it fades over half a second).
    pub shows: (f64, f64),
    pub only: Only,
}

impl LabelSpec {
    pub const fn new(id: &'static str, at: Anchor, toward: Toward, shows: (f64, f64)) -> Self {
        LabelSpec {
            id,
            at,
            toward,
            shows,
            only: Only::Always,
        }
    }

    pub const fn only(self, only: Only) -> Self {
        LabelSpec { only, ..self }
    }
}

/// Shows from `from` to the step's end: the last frames still name what they show.
pub const UNTIL_END: f64 = f64::INFINITY;

/// The labels of one moment, from a step's table.
pub fn resolve(table: &[LabelSpec], setup: Setup, pose: &Pose, t: f64) -> Vec<Label> {
    let channel = Channel::new(setup, pose.compression);
    let to_world = crate::model::camera::section_to_world(setup.artery);
    let (narrowing, narrowing_along) = anatomy::narrowing(setup.artery);
    let outward = if narrowing.x < (HEART_TO_WORLD * Point::new(220.0, 0.0)).x {
        -1.0
    } else {
        1.0
    };
    // The close-up's side of the heart.
    let close_up_side = if crate::model::scene::close_up_centre(setup.artery).x
        < (HEART_TO_WORLD * Point::new(220.0, 0.0)).x
    {
        -1.0
    } else {
        1.0
    };
    let in_section = |x: f64, y: f64| to_world * Point::new(x, y);
    table
        .iter()
        .filter(|spec| spec.only.holds(setup))
        .filter_map(|spec| {
            let (dx, dy) = match spec.toward {
                Toward::Fixed(dx, dy) => (dx, dy),
                // By a close-up, leaning away from the heart, so its words keep off the
                // heart's edge.
                Toward::Caption => match spec.at {
                    Anchor::CloseUp(side) => (0.35 * close_up_side, side),
                    _ => (0.0, 1.0),
                },
                Toward::Outward(dx, dy) => (dx * outward, dy),
                Toward::Inward(dx, dy) => (-dx * outward, dy),
            };
            let anchor = match spec.at {
                Anchor::Heart(x, y) => Some(HEART_TO_WORLD * Point::new(x, y)),
                Anchor::Artery(f) => {
                    let line = &anatomy::coronary(setup.artery).line;
                    Some(line.at(line.length() * f))
                }
                Anchor::PastNarrowing(f) => {
                    let line = &anatomy::coronary(setup.artery).line;
                    let n = anatomy::narrowing_fraction(setup.artery);
                    Some(line.at(line.length() * (n + f * (1.0 - n))))
                }
                Anchor::Narrowing => Some(narrowing),
                Anchor::CloseUp(side) => Some(
                    crate::model::scene::close_up_centre(setup.artery)
                        + Vec2::new(0.0, side * 1.1 * crate::model::scene::CLOSE_UP_RADIUS),
                ),
                Anchor::Site(dx, dy) => Some(site(setup.access) + Vec2::new(dx, dy)),
                Anchor::Hub => Some(super::sheath_hub(setup.access)),
                Anchor::Crease => Some(super::crease(setup.access)),
                Anchor::Catheter => {
                    let route = anatomy::route(setup.access, setup.artery);
                    // Nearer the way in than the aorta's label: up the arm, below the shoulder;
                    // from the groin, where the aorta's label is on the same line, in the
                    // pelvis, well below it.
                    let part = match setup.access {
                        crate::model::setup::Access::Wrist => 0.45,
                        crate::model::setup::Access::Groin => 0.1,
                    };
                    Some(route.at(pose.catheter_length * part))
                }
                Anchor::Tip(back) => {
                    let route = anatomy::route(setup.access, setup.artery);
                    Some(route.at((pose.catheter_length - back).max(0.0)))
                }
                Anchor::Aorta => Some(anatomy::aorta_label_point(setup.access)),
                Anchor::Plaque(x, side) => {
                    let edge = if side < 0.0 {
                        channel.top(x) - 6.0
                    } else {
                        channel.bottom(x) + 6.0
                    };
                    Some(in_section(x, edge))
                }
                Anchor::Channel(x) => Some(in_section(x, channel.middle(x))),
                // In the clot's top, where it bulges over the lining, well above the wire that
                // runs through its middle: the dot on the wire would name the wire.
                Anchor::Clot => (pose.clot > 0.5).then(|| {
                    let x = section::PLAQUE_X - 25.0;
                    in_section(x, channel.top(x) - 2.0)
                }),
                Anchor::Guide => Some(in_section(
                    GUIDE_TIP_X - 12.0,
                    section::CENTRE_Y + super::GUIDE_RADIUS,
                )),
                Anchor::Balloon => pose.balloon.filter(|b| b.x > 0.0).map(|b| {
                    let front = b.x + section::balloon_length(pose.stent) / 2.0 - 12.0;
                    in_section(front, channel.middle(b.x) + 0.3 * b.radius)
                }),
                Anchor::Stent => pose.stent.filter(|s| s.x > 0.0).map(|s| {
                    let x = s.x + 60.0;
                    in_section(x, channel.top(x).max(section::CENTRE_Y - s.radius))
                }),
                Anchor::Band => (pose.band > 0.0).then(|| super::band_point(setup.access)),
                Anchor::World(x, y) => Some(Point::new(x, y)),
            }?;
            let (from, to) = spec.shows;
            let fade_out = if to.is_finite() {
                1.0 - smooth(t, to - 0.5, to)
            } else {
                1.0
            };
            let opacity = smooth(t, from, from + 0.5) * fade_out;
            // Where the line stops short of the narrowed spot: on the heart, on the plaque's
            // end; on the X-ray, beside the waist, or where the dye stops in a blocked artery.
            let ring = match spec.at {
                // A blockage's line goes to where the dye stops on the X-ray; on the heart, to
                // the clot's end, so its dot never hides the small clot.
                Anchor::Narrowing if setup.is_emergency() && pose.xray > 0.5 => 0.0,
                Anchor::Narrowing if setup.is_emergency() => anatomy::CLOT_HALF_LENGTH + 0.8,
                // Beside the waist, across the artery: the line ends on what it names, its dot
                // clear of the pinched column.
                Anchor::Narrowing if pose.xray > 0.5 && pose.dye > 0.85 => anatomy::XRAY_WAIST_GAP,
                // On the heart, on the plaque's end: on what it names, leaving its middle clear.
                Anchor::Narrowing if pose.marker > 0.3 => 0.75 * anatomy::SPOT_HALF_LENGTH,
                // At the pad's edge: at the body's scale a dot on it would hide it.
                Anchor::Band => 5.0,
                _ => 0.0,
            };
            // On the heart, the line stops on the artery (its plaque's or clot's end); on the
            // X-ray, beside the waist, across the artery.
            let along = match spec.at {
                Anchor::Narrowing if pose.xray > 0.5 && pose.dye > 0.85 && ring > 0.0 => {
                    Vec2::new(-narrowing_along.y, narrowing_along.x)
                }
                Anchor::Narrowing => narrowing_along,
                _ => Vec2::ZERO,
            };
            (opacity > 0.001).then_some(Label {
                ring,
                along,
                caption: matches!(spec.toward, Toward::Caption),
                id: spec.id,
                anchor,
                toward: Vec2::new(dx, dy).normalize(),
                opacity,
            })
        })
        .collect()
}
