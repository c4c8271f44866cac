//! Each step of the journey as one script: how long it plays, whether a setup includes it,
//! the pose at any moment (starting from the pose the previous step ended in, so the picture
//! never jumps at a step's edge), its **key pose** (the moment its title names: what reduced
//! motion, a paused end and the handout show) and its labels as a table.
//!
//! `scene::scene_at` finds the step on the journey and runs its script; nothing else in the
//! model knows a step's timing.

pub mod after;
mod balloon;
mod flow;
mod heart;
pub mod labels;
mod pictures;
mod ready;
mod results;
mod stent;
mod travel;
mod wire;

use super::anatomy;
use super::camera;
use super::section;
use super::setup::{Access, Setup};
use super::step::Step;
use super::timeline::{lerp, smooth};
use crate::model::Within;
use kurbo::{Point, Rect};
use labels::LabelSpec;

/// A balloon or stent in the artery section: centre along the channel and radius (section
/// units).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Device {
    pub x: f64,
    pub radius: f64,
}

/// Everything that moves, at one moment of one step. Amounts are 0–1 unless a unit is named.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pose {
    /// The part of the world the picture frames (world units), before it is fitted to the stage.
    pub frame: Rect,
    pub body_opacity: f64,
    /// How far the heart has turned into an X-ray picture.
    pub xray: f64,
    /// How far the catheter's tip has gone along its route (world units).
    pub catheter_length: f64,
    /// The ring that draws the eye to the catheter's moving tip.
    pub tip_ring: f64,
    /// The numbing medicine going in at the entry point (needle and glow).
    pub numbing: f64,
    /// How far the short tube (sheath) is in.
    pub sheath: f64,
    /// How far dye has filled the coronary arteries.
    pub dye: f64,
    /// Where the wire's tip is along the section (section units; at `WIRE_HIDDEN` it is
    /// still inside the guiding catheter).
    pub wire_tip_x: f64,
    pub balloon: Option<Device>,
    pub stent: Option<Device>,
    /// How flat the plaque is squashed into the wall.
    pub compression: f64,
    /// A clot filling the channel (emergency only).
    pub clot: f64,
    /// How well the heart muscle beyond the narrowing is fed (1: as well as the rest).
    pub perfusion: f64,
    /// The cath lab (the room, the table, the X-ray camera and the team) over the whole picture.
    pub cath_lab: f64,
    /// The sterile drape over the body, with a window at the way in (seen close on it).
    pub drape: f64,
    /// The dashed ring around the narrowed spot on the heart.
    pub marker: f64,
    /// The round close-up beside the narrowing on the first step.
    pub close_up: f64,
    /// The last step's magnifier on the treated spot.
    pub magnifier: f64,
    /// The small heart beside the artery section, showing which artery and where.
    pub locator: f64,
    /// The small body in the corner while the picture is close on the way in, showing where
    /// on the body it is.
    pub body_map: f64,
    /// The wrist band (or the pressure on the groin) after the tubes come out.
    pub band: f64,
    /// The last step's picture: going home with medicines.
    pub home: f64,
    /// What the text is about right now (world units): the camera always shows it.
    pub focus: Point,
}

/// Where the wire waits, just inside the end of the guiding catheter.
pub const WIRE_HIDDEN: f64 = GUIDE_TIP_X - 15.0;
/// How far the wire reaches once across the narrowing.
pub const WIRE_ACROSS: f64 = 540.0;
/// Where a balloon waits, inside the guiding catheter.
pub const OFFSTAGE: f64 = -140.0;
/// The stent's radius while crimped on its folded balloon.
pub const CRIMPED: f64 = 8.0;
/// How much a squashed plaque springs back when no stent holds it: a balloon alone leaves some
/// narrowing (it does not look as open as a stent holds it).
pub const RECOIL: f64 = 0.2;
/// The end of the guiding catheter in the section, from which wire, balloon and stent come.
pub const GUIDE_TIP_X: f64 = 125.0;
pub const GUIDE_RADIUS: f64 = 14.0;

/// How a step plays and what it shows. One per step, in its own module.
pub struct Script {
    pub duration: f64,
    /// Seconds into the step of its key pose.
    pub key: f64,
    /// Reduced motion's storyboard: the still poses (seconds into the step, in order, the key
    /// pose among them) shown one after another, each for an equal share of the step, with a
    /// cross-fade between them and never travelling motion.
    pub stills: &'static [f64],
    pub includes: fn(Setup) -> bool,
    /// The pose `t` seconds in, given the pose the step starts from.
    pub pose: fn(Setup, &Pose, f64) -> Pose,
    pub labels: &'static [LabelSpec],
}

fn always(_: Setup) -> bool {
    true
}

pub fn script(step: Step) -> &'static Script {
    match step {
        Step::Heart => &heart::SCRIPT,
        Step::Ready => &ready::SCRIPT,
        Step::Travel => &travel::SCRIPT,
        Step::Pictures => &pictures::SCRIPT,
        Step::Wire => &wire::SCRIPT,
        Step::Balloon => &balloon::SCRIPT,
        Step::Stent => &stent::SCRIPT,
        Step::Flow => &flow::SCRIPT,
        Step::Results => &results::SCRIPT,
        Step::After => &after::SCRIPT,
    }
}

/// Seconds `step` plays for at normal speed.
pub fn duration(step: Step) -> f64 {
    script(step).duration
}

/// Seconds into `step` of its key pose.
pub fn key_time(step: Step) -> f64 {
    script(step).key
}

/// Reduced motion's storyboard for `step`: which still is shown `t` seconds in (each holds for
/// an equal share of the step), and its time.
pub fn still_at(step: Step, t: f64) -> (usize, f64) {
    let script = script(step);
    let count = script.stills.len();
    let index = ((t / script.duration * count as f64).floor().max(0.0) as usize).min(count - 1);
    (index, script.stills[index])
}

/// The pose `t` seconds into `step` of `setup`'s journey.
pub fn pose_at(setup: Setup, step: Step, t: f64) -> Pose {
    let script = script(step);
    (script.pose)(
        setup,
        &start_pose(setup, step),
        t.within(0.0, script.duration),
    )
}

/// The pose a step starts from: the end of the step before it in this setup's journey, or
/// the resting picture before the journey starts. Remembered per setup and step (this runs
/// every frame and would otherwise replay every earlier step).
pub fn start_pose(setup: Setup, step: Step) -> Pose {
    static TABLE: super::memo::Memo<(Setup, Step), Pose> = super::memo::Memo::new();
    TABLE.get((setup, step), || {
        let journey = super::journey::Journey::new(setup);
        match journey.previous(step).filter(|_| journey.contains(step)) {
            Some(previous) => pose_at(setup, previous, duration(previous)),
            None => resting(setup),
        }
    })
}

/// The picture before anything happens: the heart, its narrowed artery (blocked in an
/// emergency), the muscle beyond it short of blood.
fn resting(setup: Setup) -> Pose {
    let emergency = setup.is_emergency();
    Pose {
        frame: camera::heart(),
        body_opacity: 0.0,
        xray: 0.0,
        catheter_length: 0.0,
        tip_ring: 0.0,
        numbing: 0.0,
        sheath: 0.0,
        dye: 0.0,
        wire_tip_x: WIRE_HIDDEN,
        balloon: None,
        stent: None,
        compression: 0.0,
        clot: if emergency { 1.0 } else { 0.0 },
        // Only a blocked artery starves the muscle: a narrowing felt as angina on effort leaves
        // the muscle at rest well fed, so a planned case shows no dimmed muscle at all.
        perfusion: if emergency { 0.1 } else { 1.0 },
        cath_lab: 0.0,
        drape: 0.0,
        body_map: 0.0,
        marker: 0.0,
        close_up: 0.0,
        magnifier: 0.0,
        locator: 0.0,
        band: 0.0,
        home: 0.0,
        focus: anatomy::narrowing(setup.artery).0,
    }
}

/// `from` at `t0` to `to` at `t1`, eased in and out.
pub fn tween(from: f64, to: f64, t: f64, (t0, t1): (f64, f64)) -> f64 {
    lerp(from, to, smooth(t, t0, t1))
}

/// The camera through a step: from where the step starts, through its key views, each
/// reached at the end of its `(from, to)` seconds.
pub fn camera_path(start: Rect, views: &[((f64, f64), Rect)], t: f64) -> Rect {
    views.iter().fold(start, |view, ((t0, t1), next)| {
        if t > *t0 {
            camera::blend(view, *next, smooth(t, *t0, *t1))
        } else {
            view
        }
    })
}

/// When the tubes come out, after the last pictures (steps 8, and "what the pictures show"):
/// the times, in seconds into the step, of each part.
pub struct Withdrawal {
    pub body_back: (f64, f64),
    pub catheter_out: (f64, f64),
    pub sheath_out: (f64, f64),
    pub band_on: (f64, f64),
}

/// The camera moves through `views` to the whole body as the body comes back into view, the
/// catheter glides out, the sheath comes out and the band (or pressure) goes on. The text
/// speaks of what it spoke of until the whole body is in view, then of the band.
pub fn withdraw(
    setup: Setup,
    start: &Pose,
    t: f64,
    views: &[((f64, f64), Rect)],
    w: &Withdrawal,
) -> Pose {
    let in_view = views.last().map_or(0.0, |((_, end), _)| *end);
    Pose {
        frame: camera_path(start.frame, views, t),
        body_opacity: tween(start.body_opacity, 1.0, t, w.body_back),
        catheter_length: tween(start.catheter_length, 0.0, t, w.catheter_out),
        sheath: tween(start.sheath, 0.0, t, w.sheath_out),
        band: tween(start.band, 1.0, t, w.band_on),
        focus: if t < in_view {
            start.focus
        } else {
            site(setup.access)
        },
        ..*start
    }
}

/// Where the tube goes in.
pub fn site(access: Access) -> Point {
    match access {
        Access::Wrist => anatomy::WRIST,
        Access::Groin => anatomy::GROIN,
    }
}

/// The sheath's hub, outside the skin: the sheath goes in at a slant along the artery, so the
/// hub sits back from the entry point and a little to one side.
pub fn sheath_hub(access: Access) -> Point {
    let route = anatomy::route(access, crate::model::setup::Artery::Lad);
    let along = route.direction(0.0);
    site(access) - along * 11.0 + kurbo::Vec2::new(-along.y, along.x) * 4.5
}

/// The skin crease at the way in, a landmark a person can find: the wrist's crease below the
/// entry point, or the crease at the top of the leg just outside the artery, next to where
/// the sheath goes in (points on the art's lines for them).
pub fn crease(access: Access) -> Point {
    match access {
        Access::Wrist => Point::new(131.0, 565.0),
        Access::Groin => Point::new(246.0, 587.2),
    }
}

/// Where the wrist band (or the pressure pad on the groin) sits: over the entry point.
pub fn band_point(access: Access) -> Point {
    site(access)
}

/// Blood flow through the narrowing: a trickle before (almost none when blocked), stopped while
/// a balloon fills the channel, full once the artery is wide.
pub fn flow_rate(setup: Setup, pose: &Pose) -> f64 {
    let base = if setup.is_emergency() { 0.02 } else { 0.22 };
    let open = base + (1.0 - base) * pose.compression;
    let blocked = pose
        .balloon
        .filter(|b| (b.x - section::PLAQUE_X).abs() < 60.0)
        .map_or(0.0, |b| smooth(b.radius, 12.0, 30.0));
    open * (1.0 - blocked)
}

#[cfg(test)]
mod tests;
