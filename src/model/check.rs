//! "Check what you understood": a short teach-back quiz. Each question has one right answer and
//! points at the step or page that explains it ("show me"). The words are in the Fluent file
//! (`check-<id>-question`, `check-<id>-answer-<n>`, `check-<id>-why`); nothing is stored.

use super::page::Page;
use super::setup::Setup;
use super::step::Step;

/// Where "show me" goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Step(Step),
    Page(Page),
}

#[derive(Debug)]
pub struct Question {
    /// Its name in text ids.
    pub id: &'static str,
    /// How many answers it offers.
    pub answers: usize,
    /// Which of them is right, from 0.
    pub right: usize,
    pub show: Target,
    /// Which patients it is asked of.
    pub asked: fn(Setup) -> bool,
}

fn everyone(_: Setup) -> bool {
    true
}

const QUESTIONS: [Question; 13] = [
    // The sources describe being awake for a planned procedure only.
    Question {
        id: "awake",
        answers: 3,
        right: 1,
        show: Target::Step(Step::Ready),
        asked: |s| !s.is_emergency(),
    },
    Question {
        id: "stent",
        answers: 3,
        right: 0,
        show: Target::Step(Step::Stent),
        asked: Setup::has_stent,
    },
    Question {
        id: "balloon",
        answers: 3,
        right: 2,
        show: Target::Step(Step::Balloon),
        asked: |s| s.treats() && !s.has_stent(),
    },
    Question {
        id: "chest-pain",
        answers: 3,
        right: 2,
        show: Target::Step(Step::Balloon),
        asked: Setup::treats,
    },
    Question {
        id: "angiogram",
        answers: 3,
        right: 0,
        show: Target::Step(Step::Pictures),
        asked: |s| !s.treats(),
    },
    Question {
        id: "results",
        answers: 3,
        right: 2,
        show: Target::Step(Step::Results),
        asked: |s| !s.treats(),
    },
    Question {
        id: "ride",
        answers: 2,
        right: 1,
        show: Target::Page(Page::Before),
        asked: |s| !s.is_emergency(),
    },
    Question {
        id: "stay",
        answers: 3,
        right: 1,
        show: Target::Step(Step::After),
        asked: Setup::is_emergency,
    },
    // Clot medicines come with a balloon or stent, not with pictures only.
    Question {
        id: "medicines",
        answers: 3,
        right: 0,
        show: Target::Page(Page::Medicines),
        asked: Setup::treats,
    },
    Question {
        id: "bleeding",
        answers: 3,
        right: 1,
        show: Target::Page(Page::Help),
        asked: everyone,
    },
    // A cold, pale hand or leg, or a lump: the warning every patient takes home.
    Question {
        id: "limb",
        answers: 3,
        right: 2,
        show: Target::Page(Page::Help),
        asked: everyone,
    },
    Question {
        id: "chest-home",
        answers: 3,
        right: 1,
        show: Target::Page(Page::Help),
        asked: everyone,
    },
    Question {
        id: "future",
        answers: 2,
        right: 0,
        show: Target::Page(Page::Next),
        asked: everyone,
    },
];

/// The questions for this patient, in order.
pub fn questions(setup: Setup) -> Vec<&'static Question> {
    QUESTIONS.iter().filter(|q| (q.asked)(setup)).collect()
}

impl Question {
    pub fn question_id(&self) -> String {
        format!("check-{}-question", self.id)
    }

    pub fn answer_id(&self, n: usize) -> String {
        format!("check-{}-answer-{}", self.id, n + 1)
    }

    /// A kind explanation, shown after any answer.
    pub fn why_id(&self) -> String {
        format!("check-{}-why", self.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::journey::Journey;

    #[test]
    fn every_patient_gets_six_to_nine_questions_each_with_one_right_answer() {
        for setup in Setup::all() {
            let asked = questions(setup);
            assert!((6..=9).contains(&asked.len()), "{setup:?}: {}", asked.len());
            for q in asked {
                assert!(q.answers >= 2 && q.right < q.answers, "{}", q.id);
                // "Show me" opens something this patient has.
                if let Target::Step(step) = q.show {
                    assert!(Journey::new(setup).contains(step), "{} {setup:?}", q.id);
                }
            }
        }
    }

    #[test]
    fn the_right_answer_is_not_always_in_the_same_place() {
        let places: std::collections::HashSet<usize> = QUESTIONS.iter().map(|q| q.right).collect();
        assert!(places.len() >= 3);
    }
}
