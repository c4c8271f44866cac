//! What the picture shows at one moment: a pure function of the setup and a time on the
//! journey. Views draw a `Scene` and keep no animation state, so seeking, links, reduced
//! motion and tests all rest on `scene_at`.

use super::anatomy::{self, Polyline};
use super::camera;
use super::cut::{self, Channel};
use super::journey::Journey;
use super::setup::{Access, Setup};
use super::step::Step;
use super::timeline::{lerp, ramp, smooth};
use kurbo::{Affine, Point, Rect, Vec2};

/// A balloon or stent in the artery cut: centre along the channel and radius.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Device {
    pub x: f64,
    pub radius: f64,
}

/// A word on the picture with a leader line to what it names.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// Text id in the language files.
    pub id: &'static str,
    /// The point the leader line touches, in world units.
    pub anchor: Point,
    /// Which way from the anchor the word sits (unit vector, screen axes).
    pub toward: Vec2,
    pub opacity: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    pub setup: Setup,
    pub step: Step,
    /// Seconds into the step.
    pub local: f64,
    /// The part of the world on screen (the SVG viewBox).
    pub camera: Rect,
    /// Opacity of the body outline (whole-body scale).
    pub body: f64,
    /// Opacity of the artery cut (closest scale), following the camera's zoom.
    pub cut: f64,
    /// How far the heart has turned into an X-ray picture.
    pub xray: f64,
    /// Heart size factor: a gentle beat.
    pub beat: f64,
    /// How far the catheter has gone along its route (world units).
    pub catheter: f64,
    pub tip: Point,
    /// The numbing medicine taking effect at the entry point (glow, 0–1).
    pub numbing: f64,
    /// How far the short tube (sheath) is in.
    pub sheath: f64,
    /// How far dye has filled the coronary arteries.
    pub dye: f64,
    /// Where the wire's tip is along the cut (below `WIRE_START` it is not in view).
    pub wire: f64,
    pub balloon: Option<Device>,
    pub stent: Option<Device>,
    pub channel: Channel,
    /// A clot blocking the channel (emergency only), 0–1.
    pub clot: f64,
    /// Blood flow through the cut, 0 (stopped) to 1 (full).
    pub flow: f64,
    /// How far the blood has moved along the cut so far (units of the cut's width).
    pub flow_phase: f64,
    /// Ring around the treated spot on the heart.
    pub marker: f64,
    /// A close-up window beside the narrowing that shows the plaque inside (first step).
    pub inset: Inset,
    pub labels: Vec<Label>,
    /// What the text is about right now: the camera always shows it.
    pub focus: Point,
    pub cut_to_world: Affine,
}

/// The close-up window: where it sits (world units) and how visible it is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Inset {
    pub centre: Point,
    pub opacity: f64,
}

/// Half the width of the close-up window, in world units.
pub const INSET_RADIUS: f64 = 8.5;

/// The close-up sits above the narrowing, on the side away from the artery's label.
fn inset_centre(setup: Setup) -> Point {
    let narrowing = anatomy::narrowing(setup.artery).0;
    let side = if narrowing.x < (anatomy::HEART_TO_WORLD * Point::new(220.0, 0.0)).x {
        -1.0
    } else {
        1.0
    };
    narrowing + Vec2::new(side * 11.0, -10.0)
}

/// Where the wire starts, just left of the cut's frame.
pub const WIRE_START: f64 = -40.0;
const WIRE_END: f64 = 540.0;
/// Where a balloon waits out of view.
const OFFSTAGE: f64 = -140.0;
const CRIMPED: f64 = 8.0;
/// How much a squashed plaque springs back when no stent holds it.
const RECOIL: f64 = 0.15;

/// The scene at `time` seconds into the journey of `setup`, for a stage of `aspect` (w / h).
pub fn scene_at(setup: Setup, time: f64, aspect: f64) -> Scene {
    let journey = Journey::new(setup);
    let at = journey.locate(time);
    let (step, t) = (at.label, at.local);
    let route = anatomy::route(setup.access, setup.artery);
    let cut_to_world = camera::cut_to_world(setup.artery);
    let narrowing = anatomy::narrowing(setup.artery).0;

    let camera = fit(&keyframes(setup, step), t);
    let (balloon, stent, compression) = devices(setup, step, t);
    let channel = Channel::new(setup, compression);
    let catheter = catheter(route, step, t);
    let tip = route.at(catheter);
    let cut_opacity = 1.0 - ramp(camera.width(), 12.0, 22.0, simple_easing::sine_in_out);
    let scene = Scene {
        setup,
        step,
        local: t,
        camera: camera::fit_aspect(camera, aspect),
        body: match step {
            Step::Ready => smooth(t, 0.0, 1.0),
            Step::Travel => 1.0 - smooth(t, 9.5, 11.5),
            _ => 0.0,
        },
        cut: cut_opacity,
        xray: match step {
            Step::Pictures => smooth(t, 0.0, 1.2),
            Step::Wire => 1.0 - smooth(t, 0.0, 1.2),
            _ => 0.0,
        },
        beat: heartbeat(time),
        catheter,
        tip,
        numbing: match step {
            Step::Ready => smooth(t, 3.2, 4.0) * (1.0 - smooth(t, 5.0, 6.0)),
            _ => 0.0,
        },
        sheath: match step {
            Step::Heart => 0.0,
            Step::Ready => smooth(t, 5.5, 7.5),
            Step::Flow => 1.0 - smooth(t, 9.4, 10.0),
            Step::After => 0.0,
            _ => 1.0,
        },
        dye: match step {
            Step::Pictures => smooth(t, 1.5, 5.0),
            Step::Wire => 1.0 - smooth(t, 0.0, 1.2),
            _ => 0.0,
        },
        wire: wire(step, t),
        balloon,
        stent,
        channel,
        clot: if setup.is_emergency() {
            clot(step, t)
        } else {
            0.0
        },
        flow: flow_rate(setup, step, t),
        flow_phase: flow_phase(&journey, time),
        marker: match step {
            Step::Heart => smooth(t, 3.0, 5.0),
            Step::Ready => 1.0 - smooth(t, 0.0, 1.0),
            Step::After => smooth(t, 0.5, 2.0),
            _ => 0.0,
        },
        inset: Inset {
            centre: inset_centre(setup),
            opacity: match step {
                Step::Heart => smooth(t, 4.5, 5.5),
                Step::Ready => 1.0 - smooth(t, 0.0, 0.8),
                _ => 0.0,
            },
        },
        labels: labels(setup, step, t, tip, &cut_to_world, &channel, balloon, stent),
        focus: match step {
            Step::Ready if t >= 1.4 => site(setup.access),
            Step::Travel => tip,
            _ => narrowing,
        },
        cut_to_world,
    };
    scene
}

fn site(access: Access) -> Point {
    match access {
        Access::Wrist => anatomy::WRIST,
        Access::Groin => anatomy::GROIN,
    }
}

/// The camera's key views through a step, as (seconds, view). Each step starts where the one
/// before it ended, so the camera never jumps.
fn keyframes(setup: Setup, step: Step) -> Vec<(f64, Rect)> {
    let (heart, narrow, cut) = (
        camera::heart(),
        camera::narrowing(setup.artery),
        camera::cut_view(setup.artery),
    );
    match step {
        Step::Heart => vec![(0.0, heart), (2.5, heart), (6.0, narrow)],
        Step::Ready => vec![
            (0.0, narrow),
            (1.4, camera::body()),
            (3.4, camera::access(setup.access)),
        ],
        Step::Travel => {
            let route = camera::route(setup.access, setup.artery);
            vec![
                (0.0, camera::access(setup.access)),
                (2.0, route),
                (9.5, route),
                (11.5, heart),
            ]
        }
        Step::Pictures | Step::After => vec![(0.0, heart)],
        Step::Wire => vec![(0.0, heart), (2.5, cut)],
        Step::Balloon | Step::Stent => vec![(0.0, cut)],
        Step::Flow => vec![(0.0, cut), (4.5, cut), (7.5, heart)],
    }
}

fn fit(frames: &[(f64, Rect)], t: f64) -> Rect {
    let mut view = frames[0].1;
    for pair in frames.windows(2) {
        let ((t0, a), (t1, b)) = (pair[0], pair[1]);
        if t > t0 {
            view = camera::blend(a, b, smooth(t, t0, t1));
        }
    }
    view
}

/// Arc length of the catheter's tip along its route: in at an even speed, out at the end.
fn catheter(route: &Polyline, step: Step, t: f64) -> f64 {
    let length = route.length();
    match step {
        Step::Heart | Step::Ready | Step::After => 0.0,
        Step::Travel => length * ((t - 1.5) / 8.0).clamp(0.0, 1.0),
        Step::Flow => length * (1.0 - smooth(t, 5.0, 9.4)),
        _ => length,
    }
}

fn wire(step: Step, t: f64) -> f64 {
    match step {
        Step::Wire => lerp(WIRE_START, WIRE_END, smooth(t, 2.5, 7.5)),
        Step::Balloon | Step::Stent => WIRE_END,
        Step::Flow => lerp(WIRE_END, WIRE_START, smooth(t, 1.0, 3.5)),
        _ => WIRE_START,
    }
}

/// Balloon and stent poses and the plaque's compression that they cause.
fn devices(setup: Setup, step: Step, t: f64) -> (Option<Device>, Option<Device>, f64) {
    let travel = |t: f64| lerp(OFFSTAGE, cut::PLAQUE_X, smooth(t, 0.5, 3.5));
    let back = |t: f64| lerp(cut::PLAQUE_X, OFFSTAGE, smooth(t, 8.5, 10.5));
    let radius = |t: f64| {
        let open = smooth(t, 4.0, 6.0) * (1.0 - smooth(t, 7.0, 8.3));
        lerp(cut::BALLOON_FOLDED, cut::BALLOON_OPEN, open)
    };
    let peak = cut::compression_for_radius(setup, cut::BALLOON_OPEN);
    let after_balloon = peak * (1.0 - RECOIL);
    let stent_open = cut::BALLOON_OPEN + cut::STENT_STRUT;
    let held = cut::compression_for_radius(setup, stent_open);
    let placed = Some(Device {
        x: cut::PLAQUE_X,
        radius: stent_open,
    });
    match step {
        Step::Balloon => {
            let x = if t < 7.0 { travel(t) } else { back(t) };
            let r = radius(t);
            let c = if t < 7.0 {
                cut::compression_for_radius(setup, r)
            } else {
                lerp(peak, after_balloon, smooth(t, 7.0, 8.3))
            };
            (Some(Device { x, radius: r }).filter(|_| t < 10.5), None, c)
        }
        Step::Stent => {
            let x = if t < 7.0 { travel(t) } else { back(t) };
            let r = radius(t);
            let balloon = Some(Device {
                x,
                radius: r.max(cut::BALLOON_FOLDED),
            })
            .filter(|_| t < 10.5);
            if t < 7.0 {
                let stent_r = (r + cut::STENT_STRUT).max(CRIMPED);
                let c = after_balloon.max(cut::compression_for_radius(setup, stent_r));
                (balloon, Some(Device { x, radius: stent_r }), c)
            } else {
                (balloon, placed, held)
            }
        }
        Step::Flow | Step::After if setup.has_stent() => (None, placed, held),
        Step::Flow | Step::After => (None, None, after_balloon),
        _ => (None, None, 0.0),
    }
}

fn clot(step: Step, t: f64) -> f64 {
    match step {
        Step::Heart | Step::Ready | Step::Travel | Step::Pictures | Step::Wire => 1.0,
        Step::Balloon => 1.0 - smooth(t, 4.0, 6.0),
        _ => 0.0,
    }
}

/// Blood flow through the narrowing: a trickle before (none when blocked), stopped while the
/// balloon is open, full once the artery is wide.
pub fn flow_rate(setup: Setup, step: Step, t: f64) -> f64 {
    let (balloon, _, compression) = devices(setup, step, t);
    let base = if setup.is_emergency() { 0.02 } else { 0.22 };
    let open = base + (1.0 - base) * compression;
    let blocked = balloon
        .filter(|b| (b.x - cut::PLAQUE_X).abs() < 60.0)
        .map_or(0.0, |b| smooth(b.radius, 12.0, 30.0));
    open * (1.0 - blocked)
}

/// Distance the blood has travelled by `time`: the integral of the flow rate, so cells speed up
/// and slow down smoothly instead of jumping when the rate changes. Whole steps before the
/// current one are integrated once per setup and remembered (this runs every frame).
fn flow_phase(journey: &Journey, time: f64) -> f64 {
    let at = journey.locate(time);
    let before: f64 = journey.steps()[..journey.index(at.label)]
        .iter()
        .map(|step| step_flow(journey.setup, *step))
        .sum();
    (before + integrate_flow(journey.setup, at.label, at.local)) * 0.45
}

/// The flow integrated over a whole step, remembered per setup and step.
fn step_flow(setup: Setup, step: Step) -> f64 {
    type Table = std::collections::HashMap<(Setup, Step), f64>;
    static TABLE: std::sync::OnceLock<std::sync::Mutex<Table>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(Default::default);
    let mut table = table
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    *table
        .entry((setup, step))
        .or_insert_with(|| integrate_flow(setup, step, super::journey::duration(step)))
}

/// The flow rate integrated over the first `until` seconds of `step` (midpoint rule).
fn integrate_flow(setup: Setup, step: Step, until: f64) -> f64 {
    const DT: f64 = 0.05;
    let mut sum = 0.0;
    let mut t = 0.0;
    while t < until {
        let dt = DT.min(until - t);
        sum += flow_rate(setup, step, t + dt / 2.0) * dt;
        t += dt;
    }
    sum
}

/// A calm resting heartbeat, about 60 a minute: a quick small swell, then rest.
fn heartbeat(time: f64) -> f64 {
    let phase = time.rem_euclid(1.0);
    let swell = if phase < 0.3 {
        (phase / 0.3 * std::f64::consts::PI).sin().powi(2)
    } else {
        0.0
    };
    1.0 + 0.02 * swell
}

/// Fades a label in and out within `from`..`to` seconds of its step.
fn window(t: f64, from: f64, to: f64) -> f64 {
    smooth(t, from, from + 0.5) * (1.0 - smooth(t, to - 0.5, to))
}

#[allow(clippy::too_many_arguments)]
fn labels(
    setup: Setup,
    step: Step,
    t: f64,
    tip: Point,
    to_world: &Affine,
    channel: &Channel,
    balloon: Option<Device>,
    stent: Option<Device>,
) -> Vec<Label> {
    let heart = |x, y| anatomy::HEART_TO_WORLD * Point::new(x, y);
    let in_cut = |x, y| *to_world * Point::new(x, y);
    let artery = &anatomy::coronary(setup.artery).line;
    let narrowing = anatomy::narrowing(setup.artery).0;
    let label = |id, anchor, dx: f64, dy: f64, opacity| Label {
        id,
        anchor,
        toward: Vec2::new(dx, dy).normalize(),
        opacity,
    };
    let left_or_right = if narrowing.x < heart(220.0, 0.0).x {
        -1.0
    } else {
        1.0
    };
    let mut all = match step {
        Step::Heart => vec![
            label(
                "label-heart",
                heart(150.0, 290.0),
                -1.0,
                0.6,
                window(t, 0.5, 3.2),
            ),
            label(
                "label-artery",
                artery.at(artery.length() * 0.62),
                left_or_right,
                0.7,
                window(t, 3.5, 8.5),
            ),
            label(
                "label-plaque",
                narrowing,
                -left_or_right,
                -0.8,
                window(t, 4.5, 8.5),
            ),
        ],
        Step::Ready => {
            let site_id = if setup.access == Access::Wrist {
                "label-wrist"
            } else {
                "label-groin"
            };
            let at = site(setup.access);
            vec![
                label(site_id, at, -1.0, -0.9, window(t, 3.0, 8.5)),
                label(
                    "label-sheath",
                    at + Vec2::new(1.0, 4.0),
                    1.0,
                    0.6,
                    window(t, 6.0, 8.5),
                ),
            ]
        }
        Step::Travel => vec![
            label("label-catheter", tip, -1.0, 0.2, window(t, 2.0, 10.0)),
            label(
                "label-aorta",
                heart(289.0, 170.0),
                1.0,
                0.6,
                window(t, 4.0, 10.0),
            ),
            label(
                "label-heart",
                heart(290.0, 300.0),
                1.0,
                0.5,
                window(t, 10.3, 12.5),
            ),
        ],
        Step::Pictures => vec![
            label(
                "label-dye",
                artery.at(artery.length() * 0.78),
                left_or_right,
                0.8,
                window(t, 3.0, 8.5),
            ),
            label(
                "label-narrowing",
                narrowing,
                -left_or_right,
                -0.7,
                window(t, 4.5, 8.5),
            ),
        ],
        Step::Wire => vec![
            label(
                "label-plaque",
                in_cut(220.0, channel.top(220.0) - 6.0),
                -0.5,
                -1.0,
                window(t, 2.5, 8.5),
            ),
            label(
                "label-wire",
                in_cut(470.0, channel.middle(470.0)),
                0.4,
                1.0,
                window(t, 6.0, 8.5),
            ),
        ],
        Step::Balloon => balloon
            .map(|b| {
                vec![label(
                    "label-balloon",
                    in_cut(b.x + 40.0, channel.middle(b.x + 40.0) + b.radius),
                    0.5,
                    1.0,
                    window(t, 2.5, 9.0),
                )]
            })
            .unwrap_or_default(),
        Step::Stent => stent
            .map(|s| {
                vec![label(
                    "label-stent",
                    in_cut(s.x + 60.0, cut::CENTRE_Y - s.radius),
                    0.5,
                    -1.0,
                    window(t, 2.5, 12.5),
                )]
            })
            .unwrap_or_default(),
        Step::Flow => {
            let mut v = vec![label(
                "label-blood-flow",
                in_cut(110.0, cut::CENTRE_Y + 30.0),
                -0.3,
                1.0,
                window(t, 0.5, 4.5),
            )];
            if let Some(s) = stent {
                v.push(label(
                    "label-stent",
                    in_cut(s.x + 60.0, cut::CENTRE_Y - s.radius),
                    0.5,
                    -1.0,
                    window(t, 0.0, 4.5),
                ));
            }
            v
        }
        Step::After => vec![],
    };
    all.retain(|l| l.opacity > 0.001);
    all
}

#[cfg(test)]
mod tests;
