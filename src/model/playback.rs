//! The playhead: which step, how far into it, playing or paused, how fast. A reducer over
//! `Action`s, free of side effects, so every control is tested on the host.

use super::journey::Journey;
use super::script::{duration, still_at};
use super::step::Step;
use crate::model::Within;

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
    /// The person asked for less motion: each step is a storyboard of still poses.
    pub reduced_motion: bool,
    /// The step's words are read aloud: the step does not end before they are.
    pub voice: bool,
    /// The voice has read the step's words to the end (from the latest cue).
    pub words_read: bool,
    /// Counts each place the voice must (re)start from: entering a step, scrubbing, replaying,
    /// switching the voice on. The voice says which cue it finished, so a late "finished" from
    /// words it was reading before cannot end the step.
    pub cue: u32,
    /// How far through the step (0–1) the latest cue was: where the voice starts reading.
    pub cue_at: f64,
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
    /// Reading aloud switched on or off (or found unavailable).
    Voice(bool),
    /// Still pictures instead of motion, switched on or off.
    Stills(bool),
    /// The voice finished the words it started at this cue.
    WordsRead(u32),
}

impl Playback {
    /// The start of `step`, playing.
    pub fn at(step: Step, reduced_motion: bool) -> Playback {
        let mut p = Playback {
            step,
            local: 0.0,
            playing: true,
            speed: 1.0,
            auto: false,
            reduced_motion,
            voice: false,
            words_read: false,
            cue: 0,
            cue_at: 0.0,
        };
        p.enter(step);
        p
    }

    fn enter(&mut self, step: Step) {
        self.step = step;
        self.local = 0.0;
        self.playing = true;
        self.restart_words();
    }

    /// The voice starts again from here.
    fn restart_words(&mut self) {
        self.cue = self.cue.wrapping_add(1);
        self.cue_at = self.progress();
        self.words_read = false;
    }

    /// Waiting at the end of the step for the voice to finish its words.
    pub fn waiting_for_words(&self) -> bool {
        self.voice && !self.words_read && self.at_end()
    }

    pub fn duration(&self) -> f64 {
        duration(self.step)
    }

    /// How far through the step, 0–1.
    pub fn progress(&self) -> f64 {
        (self.local / self.duration()).within(0.0, 1.0)
    }

    pub fn at_end(&self) -> bool {
        self.local >= self.duration()
    }

    /// Seconds from the start of the journey of the picture shown: the moment itself, or with
    /// less motion the storyboard's still for it.
    pub fn time(&self, journey: &Journey) -> f64 {
        let shown = match self.still() {
            Some((_, still)) => still,
            None => self.local,
        };
        journey.start(self.step) + shown.min(self.duration() - 1e-9)
    }

    /// With less motion, which still of the step's storyboard is shown, and its time.
    pub fn still(&self) -> Option<(usize, f64)> {
        self.reduced_motion.then(|| still_at(self.step, self.local))
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
                self.local += dt.within(0.0, 0.25) * self.speed;
                if self.waiting_for_words() {
                    self.local = self.duration();
                } else if self.at_end() {
                    match journey.next(self.step).filter(|_| self.auto) {
                        Some(next) => {
                            let over = self.local - self.duration();
                            self.step = next;
                            self.local = over;
                            self.restart_words();
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
                if self.at_end() && !self.waiting_for_words() {
                    match journey.next(self.step) {
                        Some(next) => self.enter(next),
                        None => {
                            self.local = 0.0;
                            self.restart_words();
                        }
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
                self.local = fraction.within(0.0, 1.0) * self.duration();
                self.playing = false;
                self.restart_words();
            }
            Action::Replay => {
                self.local = 0.0;
                self.playing = true;
                self.restart_words();
            }
            Action::Speed(speed) => self.speed = speed.within(SPEEDS[0], SPEEDS[SPEEDS.len() - 1]),
            Action::Auto(on) => self.auto = on,
            Action::Voice(on) => {
                self.voice = on;
                self.restart_words();
            }
            Action::WordsRead(cue) if cue == self.cue => {
                self.words_read = true;
                if self.playing && self.at_end() {
                    return self.apply(journey, Action::Tick(0.0));
                }
            }
            Action::WordsRead(_) => {}
            Action::Stills(on) => self.reduced_motion = on,
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
    fn less_motion_plays_each_step_as_its_storyboard_of_stills() {
        let journey = Journey::new(Setup::default());
        let p = run(Playback::at(Step::Heart, true), &[Action::Next]);
        assert_eq!((p.step, p.playing, p.local), (Step::Ready, true, 0.0));
        let stills = crate::model::script::script(Step::Ready).stills;
        assert_eq!(p.still(), Some((0, stills[0])));
        assert_eq!(p.time(&journey), journey.start(Step::Ready) + stills[0]);
        let later = run(p, &ticks(7.9));
        let last = stills.len() - 1;
        assert_eq!(later.still(), Some((last, stills[last])));
        assert!(later.time(&journey) < journey.start(Step::Travel));
        assert_eq!(Playback::at(Step::Ready, false).still(), None);
    }

    #[test]
    fn a_read_step_waits_for_its_words() {
        let journey = Journey::new(Setup::default());
        let p = run(Playback::at(Step::Heart, false), &[Action::Voice(true)]);
        let cue = p.cue;
        let waiting = run(p, &ticks(30.0));
        assert!(waiting.playing && waiting.at_end() && waiting.waiting_for_words());
        // A "finished" from words read before a restart does not end the step.
        let stale = run(waiting, &[Action::WordsRead(cue.wrapping_sub(1))]);
        assert!(stale.waiting_for_words());
        // Pause and play while waiting: the same step, still waiting for the same words.
        let resumed = run(waiting, &[Action::TogglePlay, Action::TogglePlay]);
        assert_eq!(
            (resumed.step, resumed.cue, resumed.playing),
            (Step::Heart, cue, true)
        );
        let read = run(waiting, &[Action::WordsRead(cue)]);
        assert_eq!(
            (read.step, read.playing, read.at_end()),
            (Step::Heart, false, true)
        );
        // With "Play all" the next step starts once the words are read.
        let auto = run(
            waiting.apply(&journey, Action::Auto(true)),
            &[Action::WordsRead(cue)],
        );
        assert_eq!((auto.step, auto.playing), (Step::Ready, true));
        assert_ne!(auto.cue, cue, "a new step starts new words");
    }

    #[test]
    fn scrubbing_replaying_or_moving_restarts_the_words() {
        let p = run(Playback::at(Step::Wire, false), &[Action::Voice(true)]);
        for action in [
            Action::Scrub(0.5),
            Action::Replay,
            Action::Next,
            Action::Previous,
        ] {
            let moved = run(p, &[action]);
            assert_ne!(moved.cue, p.cue, "{action:?}");
            assert!(!moved.words_read);
            assert_eq!(
                moved.cue_at,
                moved.progress(),
                "{action:?}: read from where it is"
            );
        }
        assert_eq!(run(p, &[Action::Pause, Action::TogglePlay]).cue, p.cue);
    }
}
