//! One patient's journey: the steps their setup includes, laid on a timeline.

use super::script::{duration, script};
use super::setup::Setup;
use super::step::Step;
use super::timeline::{Located, Timeline};

#[derive(Clone, Debug, PartialEq)]
pub struct Journey {
    pub setup: Setup,
    steps: Vec<Step>,
    timeline: Timeline<Step>,
}

impl Journey {
    pub fn new(setup: Setup) -> Journey {
        let steps: Vec<Step> = Step::ALL
            .into_iter()
            .filter(|s| (script(*s).includes)(setup))
            .collect();
        let timeline = Timeline::new(steps.iter().map(|s| (*s, duration(*s))).collect());
        Journey {
            setup,
            steps,
            timeline,
        }
    }

    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    pub fn first(&self) -> Step {
        self.steps[0]
    }

    pub fn contains(&self, step: Step) -> bool {
        self.steps.contains(&step)
    }

    /// `step` if this journey has it, else the last step before it that it has (the balloon
    /// step stands in for the stent step when the setup changes to balloon only).
    pub fn nearest(&self, step: Step) -> Step {
        self.steps
            .iter()
            .rev()
            .find(|s| s.index() <= step.index())
            .copied()
            .unwrap_or(self.steps[0])
    }

    /// Position of `step` in this journey, from 0 (a missing step counts as the first).
    pub fn index(&self, step: Step) -> usize {
        self.steps.iter().position(|s| *s == step).unwrap_or(0)
    }

    pub fn next(&self, step: Step) -> Option<Step> {
        self.steps.get(self.index(step) + 1).copied()
    }

    pub fn previous(&self, step: Step) -> Option<Step> {
        self.index(step).checked_sub(1).map(|i| self.steps[i])
    }

    pub fn total(&self) -> f64 {
        self.timeline.total()
    }

    /// When `step` starts (the step's label on the timeline).
    pub fn start(&self, step: Step) -> f64 {
        self.timeline.seek(step).unwrap_or(0.0)
    }

    pub fn end(&self, step: Step) -> f64 {
        self.start(step) + duration(step)
    }

    pub fn locate(&self, time: f64) -> Located<Step> {
        self.timeline.locate(time)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::setup::Treatment;

    #[test]
    fn balloon_only_skips_the_stent_step() {
        let stent = Journey::new(Setup::default());
        assert_eq!(stent.steps().len(), 9);
        let balloon = Journey::new(Setup {
            treatment: Treatment::BalloonOnly,
            ..Setup::default()
        });
        assert_eq!(balloon.steps().len(), 8);
        assert!(!balloon.contains(Step::Stent));
        assert_eq!(balloon.next(Step::Balloon), Some(Step::Flow));
        assert_eq!(balloon.previous(Step::Flow), Some(Step::Balloon));
    }

    #[test]
    fn steps_tile_the_timeline() {
        for setup in Setup::all() {
            let journey = Journey::new(setup);
            let mut expected_start = 0.0;
            for step in journey.steps() {
                assert_eq!(journey.start(*step), expected_start);
                assert_eq!(journey.locate(expected_start + 0.001).label, *step);
                expected_start = journey.end(*step);
            }
            assert_eq!(journey.total(), expected_start);
        }
    }
}
