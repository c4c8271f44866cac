//! The playhead: which step, how far into it, playing or paused, how fast. A reducer over
//! `Action`s, free of side effects, so every control is tested on the host.

use super::journey::Journey;
use super::script::{duration, key_time};
use super::step::Step;

/// Playback speeds a person can choose: slower, normal, faster.
pub const SPEEDS: [f64; 3] = [0.5, 1.0, 1.5];

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Playback {
    pub step: Step,
    /// Seconds into the step.
    pub local: f64,
    pub playing: bool,
    pub speed: f64,
    /// Play on into the next step instead of pausing at the end of each one.
    pub auto: bool,
    /// The person asked for less motion: no auto-play, and each step shows its key pose.
    pub reduced_motion: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    /// Time passed (seconds of wall clock).
    Tick(f64),
    TogglePlay,
    Pause,
    Next,
    Previous,
    First,
    Last,
    GoTo(Step),
    /// Jump within the current step, as a fraction 0–1 of it.
    Scrub(f64),
    Replay,
    Speed(f64),
    Auto(bool),
}

impl Playback {
    /// The start of `step`: playing, unless the person prefers less motion (then its key pose).
    pub fn at(step: Step, reduced_motion: bool) -> Playback {
        let mut p = Playback {
            step,
            local: 0.0,
            playing: true,
            speed: 1.0,
            auto: false,
            reduced_motion,
        };
        p.enter(step);
        p
    }

    fn enter(&mut self, step: Step) {
        self.step = step;
        if self.reduced_motion {
            self.local = key_time(step);
            self.playing = false;
        } else {
            self.local = 0.0;
            self.playing = true;
        }
    }

    pub fn duration(&self) -> f64 {
        duration(self.step)
    }

    /// How far through the step, 0–1.
    pub fn progress(&self) -> f64 {
        (self.local / self.duration()).clamp(0.0, 1.0)
    }

    pub fn at_end(&self) -> bool {
        self.local >= self.duration()
    }

    /// Seconds from the start of the journey (for the scene).
    pub fn time(&self, journey: &Journey) -> f64 {
        journey.start(self.step) + self.local.min(self.duration() - 1e-9)
    }

    /// The same place in a changed setup's journey: the same step at the same moment, or the
    /// nearest step it has, from its start. Paused, so the person sees what changed.
    pub fn follow(self, journey: &Journey) -> Playback {
        let step = journey.nearest(self.step);
        let local = if step == self.step {
            self.local.min(duration(step))
        } else {
            0.0
        };
        Playback {
            step,
            local,
            playing: false,
            ..self
        }
    }

    pub fn apply(mut self, journey: &Journey, action: Action) -> Playback {
        match action {
            Action::Tick(dt) if self.playing => {
                self.local += dt.clamp(0.0, 0.25) * self.speed;
                if self.at_end() {
                    match journey.next(self.step).filter(|_| self.auto) {
                        Some(next) => {
                            let over = self.local - self.duration();
                            self.step = next;
                            self.local = over;
                        }
                        None => {
                            self.local = self.duration();
                            self.playing = false;
                        }
                    }
                }
            }
            Action::Tick(_) => {}
            Action::TogglePlay if self.playing => self.playing = false,
            Action::TogglePlay => {
                if self.at_end() {
                    match journey.next(self.step) {
                        Some(next) => self.enter(next),
                        None => self.local = 0.0,
                    }
                }
                self.playing = true;
            }
            Action::Pause => self.playing = false,
            Action::Next => {
                if let Some(next) = journey.next(self.step) {
                    self.enter(next);
                }
            }
            Action::Previous => {
                if let Some(previous) = journey.previous(self.step) {
                    self.enter(previous);
                }
            }
            Action::First => self.enter(journey.first()),
            Action::Last => self.enter(*journey.steps().last().unwrap_or(&journey.first())),
            Action::GoTo(step) if journey.contains(step) => self.enter(step),
            Action::GoTo(_) => {}
            Action::Scrub(fraction) => {
                self.local = fraction.clamp(0.0, 1.0) * self.duration();
                self.playing = false;
            }
            Action::Replay => {
                self.local = 0.0;
                self.playing = true;
            }
            Action::Speed(speed) => self.speed = speed.clamp(SPEEDS[0], SPEEDS[SPEEDS.len() - 1]),
            Action::Auto(on) => self.auto = on,
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_setup_keeps_the_step_and_moment_or_the_nearest_step() {
        let stent = Journey::new(Setup::default());
        let balloon_only = Journey::new(Setup {
            treatment: crate::model::setup::Treatment::BalloonOnly,
            ..Setup::default()
        });
        let mut p = Playback::at(Step::Travel, false);
        p.local = 3.5;
        let kept = p.follow(&balloon_only);
        assert_eq!(
            (kept.step, kept.local, kept.playing),
            (Step::Travel, 3.5, false)
        );
        let mut p = Playback::at(Step::Stent, false);
        p.local = 2.0;
        let moved = p.follow(&balloon_only);
        assert_eq!((moved.step, moved.local), (Step::Balloon, 0.0));
        assert_eq!(moved.follow(&stent).step, Step::Balloon);
    }
    use crate::model::setup::Setup;

    fn run(p: Playback, actions: &[Action]) -> Playback {
        let journey = Journey::new(Setup::default());
        actions.iter().fold(p, |p, a| p.apply(&journey, *a))
    }

    fn ticks(seconds: f64) -> Vec<Action> {
        vec![Action::Tick(0.1); (seconds * 10.0).round() as usize]
    }

    #[test]
    fn pauses_at_the_end_of_each_step_unless_asked_to_continue() {
        let start = Playback::at(Step::Heart, false);
        let end = run(start, &ticks(20.0));
        assert_eq!(
            (end.step, end.playing, end.at_end()),
            (Step::Heart, false, true)
        );
        let pressed = run(end, &[Action::TogglePlay]);
        assert_eq!(
            (pressed.step, pressed.local, pressed.playing),
            (Step::Ready, 0.0, true)
        );
        let auto = run(start, &[&[Action::Auto(true)][..], &ticks(9.0)].concat());
        assert_eq!(auto.step, Step::Ready);
        assert!(auto.playing && (auto.local - 1.0).abs() < 1e-6);
    }

    #[test]
    fn speed_scales_time_and_scrubbing_pauses() {
        let p = run(
            Playback::at(Step::Wire, false),
            &[&[Action::Speed(0.5)][..], &ticks(2.0)].concat(),
        );
        assert!((p.local - 1.0).abs() < 1e-6);
        let p = run(p, &[Action::Scrub(0.5)]);
        assert_eq!((p.local, p.playing), (4.0, false));
        assert_eq!(run(p, &[Action::Speed(9.0)]).speed, 1.5);
    }

    #[test]
    fn moving_between_steps_stays_inside_the_journey() {
        let p = Playback::at(Step::Heart, false);
        assert_eq!(run(p, &[Action::Previous]).step, Step::Heart);
        assert_eq!(run(p, &[Action::Next, Action::Next]).step, Step::Travel);
        assert_eq!(run(p, &[Action::Last]).step, Step::After);
        assert_eq!(run(p, &[Action::Last, Action::Next]).step, Step::After);
        assert_eq!(run(p, &[Action::Last, Action::First]).step, Step::Heart);
        let balloon_only = Journey::new(Setup {
            treatment: crate::model::setup::Treatment::BalloonOnly,
            ..Setup::default()
        });
        assert_eq!(
            p.apply(&balloon_only, Action::GoTo(Step::Stent)).step,
            Step::Heart
        );
    }

    #[test]
    fn reduced_motion_shows_each_steps_key_pose_without_playing() {
        let p = run(Playback::at(Step::Heart, true), &[Action::Next]);
        assert_eq!((p.step, p.playing), (Step::Ready, false));
        assert_eq!(p.local, key_time(Step::Ready));
        let journey = Journey::new(Setup::default());
        assert!(
            p.time(&journey) < journey.start(Step::Travel),
            "the key pose belongs to its step"
        );
    }
}
