//! The pages beside the journey: what to do before the day, the risks, the after-care pages and
//! the check of what was understood. Each page lists its blocks in reading order here; every
//! word is in the Fluent file (`page-<id>-…`), chosen by the patient's setup like a step's text.

use super::risks::{Risk, RISKS};
use super::setup::Setup;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Before,
    Risks,
    Home,
    Medicines,
    Help,
    Next,
    Check,
    /// The printable handout of this patient's procedure.
    Handout,
    /// Where the words come from, and when they were last checked.
    Sources,
}

/// Something a page shows, in order.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Block {
    /// A small heading (a Fluent id).
    Heading(&'static str),
    /// A paragraph (a Fluent id).
    Text(&'static str),
    /// A must-know safety sentence, set apart wherever it appears.
    Safety(&'static str),
    /// Things to do, in order: the Fluent ids of each numbered step.
    Actions(&'static [&'static str]),
    /// Must-know things to do, in order (what to do if it bleeds): numbered, and set apart
    /// like a safety sentence.
    UrgentActions(&'static [&'static str]),
    /// A picture made for the page.
    Picture(Picture),
    /// One risk: words first, then the numbers, then an array of 100 people.
    Risk(&'static Risk),
    /// The questions of the check, one at a time.
    Questions,
    /// Every step's key picture and words, the after-care, a questions box and the QR code.
    Printout,
    /// The sources, in plain words, the date the words were checked, and what the clinic's
    /// own file added.
    Sources,
}

/// The small pictures the pages carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Picture {
    /// A bag packed for the hospital: medicines and a list.
    Bag,
    /// A house, for going home.
    House,
    /// Tablets in a blister pack.
    Tablets,
    /// Where to press if the wrist or groin bleeds: made for acting on.
    Press,
    /// A path going on: check-ups and habits ahead.
    Ahead,
}

impl Page {
    pub const ALL: [Page; 9] = [
        Page::Before,
        Page::Risks,
        Page::Home,
        Page::Medicines,
        Page::Help,
        Page::Next,
        Page::Check,
        Page::Handout,
        Page::Sources,
    ];

    /// The after-care pages, as the last step's tiles offer them.
    pub const AFTER: [Page; 4] = [Page::Home, Page::Medicines, Page::Help, Page::Next];

    /// The page's path in links (`#/risks`); never change one, people keep links.
    pub fn slug(self) -> &'static str {
        match self {
            Page::Before => "before",
            Page::Risks => "risks",
            Page::Home => "after/home",
            Page::Medicines => "after/medicines",
            Page::Help => "after/help",
            Page::Next => "after/next",
            Page::Check => "check",
            Page::Handout => "handout",
            Page::Sources => "sources",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Page> {
        Page::ALL.into_iter().find(|p| p.slug() == slug)
    }

    /// The page's name in text ids (`page-home-title`).
    pub fn id(self) -> &'static str {
        match self {
            Page::Before => "before",
            Page::Risks => "risks",
            Page::Home => "home",
            Page::Medicines => "medicines",
            Page::Help => "help",
            Page::Next => "next",
            Page::Check => "check",
            Page::Handout => "handout",
            Page::Sources => "sources",
        }
    }

    pub fn title_id(self) -> String {
        format!("page-{}-title", self.id())
    }

    /// What the page shows for this patient, in order.
    pub fn blocks(self, setup: Setup) -> Vec<Block> {
        use Block::*;
        let emergency = setup.is_emergency();
        match self {
            // An emergency leaves no time to get ready: the page says what is different.
            Page::Before if emergency => vec![
                Text("page-before-emergency-tell"),
                Safety("safety-never-stop"),
            ],
            Page::Before => {
                let mut blocks = vec![
                    Picture(self::Picture::Bag),
                    Text("page-before-intro"),
                    Actions(&[
                        "page-before-food",
                        "page-before-medicines",
                        "page-before-allergies",
                        "page-before-ride",
                        "page-before-night",
                    ]),
                    // Stopping a clot medicine before the day is dangerous: said apart.
                    Safety("page-before-clot"),
                    Text("page-before-pause"),
                    Heading("page-before-choice-heading"),
                    Text("page-before-choice"),
                ];
                if !setup.treats() {
                    blocks.push(Text("page-before-choice-pictures"));
                }
                blocks.extend([
                    Heading("page-before-tests-heading"),
                    Text("page-before-tests"),
                ]);
                blocks
            }
            Page::Risks => {
                let mut blocks = vec![Text("page-risks-intro")];
                blocks.extend(RISKS.iter().filter(|r| r.applies(setup)).map(Risk));
                if emergency {
                    blocks.push(Text("page-risks-emergency"));
                } else {
                    blocks.push(Text(if setup.treats() {
                        "page-risks-success"
                    } else {
                        "page-risks-pictures"
                    }));
                    blocks.push(Text("page-risks-your-own"));
                }
                blocks
            }
            Page::Home => {
                let mut blocks = vec![Picture(self::Picture::House), Text("page-home-when")];
                if !emergency {
                    blocks.push(Text("main-point-night"));
                }
                blocks.extend([Heading("page-home-site-heading"), Text("page-home-site")]);
                // Lifting, driving and work after a week are the figures for angioplasty.
                if setup.treats() {
                    blocks.extend([
                        Heading("page-home-lifting-heading"),
                        Text("page-home-lifting"),
                        Heading("page-home-driving-heading"),
                        Text("page-home-driving"),
                        Heading("page-home-work-heading"),
                        Text("page-home-work"),
                    ]);
                } else {
                    blocks.push(Text("page-home-active"));
                }
                blocks.extend([
                    Heading("page-home-washing-heading"),
                    Text("page-home-washing"),
                    Text("page-home-number"),
                ]);
                blocks
            }
            Page::Medicines if !setup.treats() => vec![
                Picture(self::Picture::Tablets),
                Text("page-medicines-why"),
                Text("page-medicines-how-long"),
                Safety("safety-never-stop"),
                // A planned angiogram may go straight on to a balloon or stent.
                Safety("page-medicines-if-treated"),
            ],
            Page::Medicines => vec![
                Picture(self::Picture::Tablets),
                Text("page-medicines-why"),
                Text("page-medicines-how-long"),
                Safety("safety-never-stop"),
                Actions(&[
                    "page-medicines-as-told",
                    "page-medicines-missed",
                    "page-medicines-tell-others",
                ]),
                Text("page-medicines-bruising"),
            ],
            Page::Help => {
                let mut blocks = vec![
                    Heading("page-help-bleeding-heading"),
                    Picture(self::Picture::Press),
                ];
                blocks.extend(urgent(setup));
                blocks
            }
            Page::Next => vec![
                Picture(self::Picture::Ahead),
                Text("page-next-narrow"),
                Text("page-next-aim"),
                Actions(&[
                    "page-next-medicines",
                    "page-next-check-ups",
                    "page-next-habits",
                ]),
            ],
            Page::Check => vec![Text("page-check-intro"), Questions],
            Page::Handout => vec![Text("page-handout-intro"), Printout],
            Page::Sources => vec![Text("page-sources-intro"), Sources],
        }
    }
}

/// What to do at home when something goes wrong, in the words of "Getting help" (after the
/// picture of where to press): bleeding, a cold limb or a lump, chest pain, and what to call
/// the team about. The same words wherever they appear.
pub fn urgent(setup: Setup) -> Vec<Block> {
    use Block::*;
    let mut blocks = vec![
        UrgentActions(&[
            "page-help-bleeding-press",
            "page-help-bleeding-call",
            "page-help-bleeding-keep",
        ]),
        Heading("page-help-limb-heading"),
        Safety("page-help-limb"),
    ];
    blocks.extend(chest_pain());
    blocks.extend(call_the_team(setup));
    blocks
}

/// When to call the heart team (not the emergency number): numbness, signs of infection, and
/// with clot medicines what bleeding to report.
pub fn call_the_team(setup: Setup) -> Vec<Block> {
    use Block::*;
    let mut blocks = vec![Heading("page-help-team-heading"), Text("page-help-team")];
    if setup.treats() {
        blocks.push(Text("page-medicines-bruising"));
    }
    blocks
}

/// The NHS angina rule, as numbered steps, then when not to wait, then the rule without a
/// spray: on "Getting help" and on the handout.
pub fn chest_pain() -> [Block; 4] {
    use Block::*;
    [
        Heading("page-help-chest-heading"),
        UrgentActions(&[
            "page-help-chest-rest",
            "page-help-chest-spray",
            "page-help-chest-again",
            "page-help-chest-call",
        ]),
        Safety("page-help-chest-now"),
        Text("page-help-chest-no-spray"),
    ]
}

/// "The main points": what happens, what you may feel, and every must-know thing to do at
/// home, on the last step and on the handout, for this patient.
pub fn main_points(setup: Setup) -> Vec<&'static str> {
    let mut points = vec!["main-point-what", "main-point-feel", "main-point-medicines"];
    if !setup.is_emergency() {
        points.push("main-point-night");
    }
    points.extend(["main-point-bleeding", "page-help-limb", "main-point-chest"]);
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_are_unique() {
        for page in Page::ALL {
            assert_eq!(Page::from_slug(page.slug()), Some(page));
            assert_eq!(Page::ALL.iter().filter(|p| p.id() == page.id()).count(), 1);
        }
        assert_eq!(Page::from_slug("after"), None);
    }

    #[test]
    fn every_page_has_something_to_say_in_every_setup() {
        for setup in Setup::all() {
            for page in Page::ALL {
                let blocks = page.blocks(setup);
                assert!(
                    blocks.iter().any(|b| matches!(b, Block::Text(_))),
                    "{page:?} {setup:?}"
                );
            }
        }
    }

    #[test]
    fn what_to_do_if_it_bleeds_is_numbered_and_has_a_picture_to_act_on() {
        let blocks = Page::Help.blocks(Setup::default());
        let picture = blocks
            .iter()
            .position(|b| *b == Block::Picture(Picture::Press));
        let actions = blocks
            .iter()
            .position(|b| matches!(b, Block::UrgentActions(a) if a.len() == 3));
        assert!(matches!((picture, actions), (Some(p), Some(a)) if p < a));
    }
}
