//! What the picture shows at one moment: a pure function of the setup and a time on the
//! journey. `scene_at` finds the step and runs its script (`script`); views draw a `Scene` and
//! keep no animation state, so seeking, links, reduced motion and tests all rest on it.

use super::anatomy;
use super::camera;
use super::journey::Journey;
use super::script::{self, labels, Pose};
use super::section::Channel;
use super::setup::{Artery, Setup};
use super::step::Step;
use super::timeline::ramp;
use kurbo::{Affine, Point, Rect, Vec2};

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
    /// How far from the anchor the leader stops (world units; 0 for none): at the end of the
    /// plaque or clot, the band's edge, or beside the X-ray's waist, so that its dot never
    /// hides what it names.
    pub ring: f64,
    /// Which way from the anchor the leader stops (either way, on the words' side; zero for
    /// straight towards the words): along the named artery, on the artery itself, or across
    /// it, beside it.
    pub along: Vec2,
    /// A caption right under a picture it names (the last step's icons): no line, no dot.
    pub caption: bool,
}

/// Everything the picture shows at one moment: the step's pose (what its script moves) and
/// what follows from it. "World" units are the body's frame, "section" units the artery
/// section's own frame.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    pub setup: Setup,
    pub step: Step,
    pub local_seconds: f64,
    /// The part of the world on screen (the SVG viewBox): the pose's frame fitted to the stage.
    pub camera: Rect,
    pub pose: Pose,
    /// Opacity of the artery section (closest scale), following the camera's zoom.
    pub section_opacity: f64,
    /// Heart size factor: a gentle beat.
    pub beat_scale: f64,
    /// The catheter's tip (world units).
    pub tip: Point,
    pub channel: Channel,
    /// Blood flow through the section, 0 (stopped) to 1 (full).
    pub flow_rate: f64,
    /// How far the blood has moved along the section so far (section widths).
    pub flow_distance: f64,
    /// The close-up beside the narrowing on the first step.
    pub close_up: CloseUp,
    /// The last step's magnifier on the treated spot: the artery as the treatment left it.
    pub magnifier: CloseUp,
    pub labels: Vec<Label>,
    pub section_to_world: Affine,
}

/// A round close-up on the narrowed spot: where it sits (world units), how far it reaches from
/// its centre (frame included), how visible it is, and whether it shows the artery as the
/// treatment left it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CloseUp {
    pub centre: Point,
    pub radius: f64,
    pub opacity: f64,
    pub treated: bool,
}

impl CloseUp {
    /// The square it takes up, frame included.
    pub fn bounds(&self) -> kurbo::Rect {
        kurbo::Rect::from_center_size(self.centre, (2.0 * self.radius, 2.0 * self.radius))
    }

    /// The radius of its window onto the artery, inside its frame.
    pub fn window(&self) -> f64 {
        self.radius / std::f64::consts::SQRT_2
    }

    /// The two lines from the sides of the ring round `spot` to the window's sides.
    pub fn callout(&self, spot: Point) -> [(Point, Point); 2] {
        let toward = (self.centre - spot).normalize();
        let across = Vec2::new(-toward.y, toward.x);
        // From the sides of the ring round the spot: the lines never cross what it shows.
        let ring = anatomy::NARROWING_RING;
        let r = self.window();
        [1.0, -1.0].map(|side| (spot + across * ring * side, self.centre + across * r * side))
    }
}

impl Scene {
    /// Whether the picture is the X-ray on its monitor (the monitor's frame shows round it).
    pub fn monitor_on(&self) -> bool {
        self.pose.xray > 0.5 && self.section_opacity < 0.5
    }

    /// How strongly the arrows in the stream show (0 to 1): once blood flows well again in
    /// the artery section.
    pub fn flow_arrows(&self) -> f64 {
        if self.step == crate::model::step::Step::Flow && self.flow_rate > 0.5 {
            // Clear after a balloon alone too: the artery is open, if a little narrower.
            0.9 * ((self.flow_rate - 0.5) * 5.0).min(1.0)
        } else {
            0.0
        }
    }

    /// The close-ups on the narrowed spot that are in the picture.
    pub fn close_ups(&self) -> impl Iterator<Item = &CloseUp> {
        [&self.close_up, &self.magnifier]
            .into_iter()
            .filter(|c| c.opacity > 0.0)
    }
}

/// How far the first step's close-up reaches from its centre, frame included (world units).
pub const CLOSE_UP_RADIUS: f64 = 13.0;

/// The scene at `time` seconds into the journey of `setup`, for a stage of `aspect` (w / h).
pub fn scene_at(setup: Setup, time: f64, aspect: f64) -> Scene {
    let journey = Journey::new(setup);
    let at = journey.locate(time);
    let (step, t) = (at.label, at.local);
    let pose = script::pose_at(setup, step, t);
    let route = anatomy::route(setup.access, setup.artery);
    let section_to_world = camera::section_to_world(setup.artery);
    let channel = Channel::new(setup, pose.compression);
    let tip = route.at(pose.catheter_length);
    let section_opacity = 1.0 - ramp(pose.frame.width(), 12.0, 22.0, simple_easing::sine_in_out);
    let labels = labels::resolve(script::script(step).labels, setup, &pose, t);
    Scene {
        setup,
        step,
        local_seconds: t,
        camera: camera::toward_section(pose.frame, setup.artery, aspect),
        section_opacity,
        beat_scale: heartbeat(time),
        tip,
        channel,
        flow_rate: script::flow_rate(setup, &pose),
        flow_distance: flow_distance(&journey, time),
        close_up: CloseUp {
            centre: close_up_centre(setup.artery),
            radius: CLOSE_UP_RADIUS,
            opacity: pose.close_up,
            treated: false,
        },
        magnifier: CloseUp {
            centre: script::after::MAGNIFIER,
            radius: script::after::MAGNIFIER_RADIUS,
            opacity: pose.magnifier,
            treated: true,
        },
        labels,
        section_to_world,
        pose,
    }
}

impl Scene {
    /// The scene on a stage `stage_px` wide: on a phone, room beside the heart's close-up
    /// for its words (`camera::with_words_room`).
    pub fn on_stage(mut self, stage_px: f64) -> Scene {
        self.camera = camera::closer_on_phone(
            self.camera,
            self.pose.frame,
            self.pose.xray,
            self.setup.artery,
            stage_px,
        );
        self = self.close_up_grown(camera::narrowness(stage_px));
        self.camera = camera::with_words_room(
            self.camera,
            self.close_up.opacity,
            self.close_up.centre.x,
            stage_px,
        );
        self
    }
}

impl Scene {
    /// On a phone (`narrow`, 0 to 1), the heart's close-up is larger, so what it shows can be
    /// seen: it grows outwards (its inner edge where it was), the picture takes it in, and the
    /// words that name it (anchored on it) move with it.
    fn close_up_grown(mut self, narrow: f64) -> Scene {
        let old = self.close_up;
        // It grows as it fades in, so the picture takes it in smoothly.
        let grow = 1.0 + PHONE_CLOSE_UP * narrow * old.opacity.min(1.0);
        if old.opacity <= 0.0 || grow <= 1.0 {
            return self;
        }
        let (spot, _) = anatomy::narrowing(self.setup.artery);
        self.close_up.radius *= grow;
        let more = self.close_up.radius - old.radius;
        // A caption under it stays where it was, so the words round it keep the room they
        // had (it grows upwards); one over it moves up with its top, into the open room above
        // the heart (growing downwards would crowd the heart's upper edge).
        let caption_under = self
            .labels
            .iter()
            .map(|l| l.anchor - old.centre)
            .any(|d| d.hypot() < 1.5 * old.radius && d.y > 0.0);
        let up = if caption_under { 1.1 * more } else { 0.0 };
        self.close_up.centre += (old.centre - spot).normalize() * more - Vec2::new(0.0, up);
        for label in &mut self.labels {
            if (label.anchor - old.centre).hypot() < 1.5 * old.radius {
                label.anchor = self.close_up.centre + (label.anchor - old.centre) * grow;
            }
        }
        let aspect = self.camera.width() / self.camera.height();
        self.camera = camera::fit_aspect(
            self.camera.union(self.close_up.bounds().inflate(1.0, 1.0)),
            aspect,
        );
        self
    }
}

/// How much larger the heart's close-up is on a phone than on a tablet.
const PHONE_CLOSE_UP: f64 = 0.45;

/// The scene at `step`'s key pose: the moment its title names.
pub fn key_scene(setup: Setup, step: Step, aspect: f64) -> Scene {
    let journey = Journey::new(setup);
    scene_at(setup, journey.start(step) + script::key_time(step), aspect)
}

/// The close-up sits beside the heart, level with the narrowing, in open space: to the right
/// of the heart for the left arteries, to the left for the right one.
pub fn close_up_centre(artery: Artery) -> Point {
    let narrowing = anatomy::narrowing(artery).0;
    narrowing
        + match artery {
            Artery::Lad => Vec2::new(34.0, -6.0),
            Artery::Circumflex => Vec2::new(26.0, -16.0),
            Artery::Rca => Vec2::new(-28.0, -8.0),
        }
}

/// Distance the blood has travelled by `time`: the integral of the flow rate, so cells speed up
/// and slow down smoothly instead of jumping when the rate changes. This runs every frame, so
/// each step's running integral is tabulated once per setup and a frame only adds the last
/// sliver.
fn flow_distance(journey: &Journey, time: f64) -> f64 {
    let at = journey.locate(time);
    let before: f64 = journey.steps()[..journey.index(at.label)]
        .iter()
        .map(|step| integrate_flow(journey.setup, *step, script::duration(*step)))
        .sum();
    (before + integrate_flow(journey.setup, at.label, at.local)) * 0.45
}

/// Width of the integration slices (seconds).
const FLOW_DT: f64 = 0.05;

/// The flow rate integrated over the first `until` seconds of `step` (midpoint rule): whole
/// slices from the remembered table, the last part slice computed here.
fn integrate_flow(setup: Setup, step: Step, until: f64) -> f64 {
    let table = flow_table(setup, step);
    let whole = ((until / FLOW_DT).floor() as usize).min(table.len() - 1);
    let from = whole as f64 * FLOW_DT;
    let rest = (until - from).max(0.0);
    let sliver = if rest > 0.0 {
        flow_rate_at(setup, step, from + rest / 2.0) * rest
    } else {
        0.0
    };
    table[whole] + sliver
}

fn flow_rate_at(setup: Setup, step: Step, t: f64) -> f64 {
    let pose: Pose = script::pose_at(setup, step, t);
    script::flow_rate(setup, &pose)
}

/// The running integral of the flow rate over whole slices of `step`, remembered per setup and
/// step: `table[k]` is the flow over the first `k` slices.
fn flow_table(setup: Setup, step: Step) -> std::sync::Arc<Vec<f64>> {
    static TABLE: super::memo::Memo<(Setup, Step), std::sync::Arc<Vec<f64>>> =
        super::memo::Memo::new();
    TABLE.get((setup, step), || {
        let slices = (script::duration(step) / FLOW_DT).ceil() as usize;
        let mut running = vec![0.0];
        for k in 0..slices {
            let mid = (k as f64 + 0.5) * FLOW_DT;
            let sum = running[k] + flow_rate_at(setup, step, mid) * FLOW_DT;
            running.push(sum);
        }
        std::sync::Arc::new(running)
    })
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

#[cfg(test)]
mod tests;
