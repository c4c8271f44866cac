//! Everything a patient with one setup reads, in one language, top to bottom: every step (its
//! words, safety sentences, notes, what the picture shows and its labels), the main points,
//! every page, the check and the handout. Kept as reviewed snapshots (`src/snapshots/`), so any
//! change to what a patient reads is a diff a clinician can read; and read by the rules below,
//! which hold across all setups: no stent words for a balloon, no wrist words for the groin.
//! Host tests only: the app itself draws the same messages through its views.

use crate::i18n::{Arg, Catalog};
use crate::model::check::questions;
use crate::model::journey::Journey;
use crate::model::locale::Locale;
use crate::model::page::{self, Block, Page};
use crate::model::scene::scene_at;
use crate::model::setup::Setup;
use crate::model::sources::{sources_for, SOURCES};
use crate::model::step::Step;

/// A language's catalog, read from its file as the app reads it.
pub fn catalog(locale: Locale) -> Catalog {
    if locale == Locale::En {
        return Catalog::english();
    }
    let path = format!(
        "{}/assets/locales/{}.ftl",
        env!("CARGO_MANIFEST_DIR"),
        locale.tag()
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    Catalog::new(locale, &text)
}

/// The labels the picture shows during `step`, in the order they first appear.
fn labels(setup: Setup, step: Step) -> Vec<&'static str> {
    let journey = Journey::new(setup);
    let (start, end) = (
        journey.start(step),
        journey.start(step) + step_length(&journey, step),
    );
    let mut ids = Vec::new();
    let mut time = start;
    while time < end {
        for label in scene_at(setup, time, 1.0).labels {
            if !ids.contains(&label.id) {
                ids.push(label.id);
            }
        }
        time += 0.25;
    }
    ids
}

fn step_length(journey: &Journey, step: Step) -> f64 {
    let steps = journey.steps();
    let at = steps
        .iter()
        .position(|s| *s == step)
        .expect("a step of the journey");
    match steps.get(at + 1) {
        Some(next) => journey.start(*next) - journey.start(step),
        None => journey.total() - journey.start(step),
    }
}

/// The words of one block of a page, in reading order.
fn block_words(catalog: &Catalog, block: Block, setup: Setup, out: &mut Vec<String>) {
    let say = |id: &str| {
        assert!(catalog.has(id), "missing {id}");
        catalog.for_setup(id, setup)
    };
    match block {
        Block::Heading(id) => out.push(format!("### {}", say(id))),
        Block::Text(id) => out.push(say(id)),
        Block::Safety(id) => out.push(format!("[!] {}", say(id))),
        Block::Actions(ids) => out.extend(
            ids.iter()
                .enumerate()
                .map(|(i, id)| format!("{}. {}", i + 1, say(id))),
        ),
        Block::UrgentActions(ids) => out.extend(
            ids.iter()
                .enumerate()
                .map(|(i, id)| format!("[!] {}. {}", i + 1, say(id))),
        ),
        Block::Picture(_) => {}
        Block::Risk(risk) => {
            for part in ["words", "number", "picture"] {
                assert!(
                    catalog.has(&format!("risk-{}-{part}", risk.id)),
                    "{}",
                    risk.id
                );
            }
            out.push(format!("### {}", catalog.risk(risk, "words", setup)));
            out.push(catalog.risk(risk, "number", setup));
            out.push(format!(
                "(picture: {} · {} marked)",
                catalog.risk(risk, "picture", setup),
                risk.marked()
            ));
        }
        Block::Questions => {
            for (n, q) in questions(setup).into_iter().enumerate() {
                out.push(format!("### {}. {}", n + 1, say(&q.question_id())));
                for a in 0..q.answers {
                    let right = if a == q.right { " (right)" } else { "" };
                    out.push(format!("- {}{right}", say(&q.answer_id(a))));
                }
                assert!(
                    !catalog.has(&q.answer_id(q.answers)),
                    "{}: an answer too many",
                    q.id
                );
                out.push(format!("Why: {}", say(&q.why_id())));
            }
        }
        Block::Printout => {
            let chosen: Vec<String> = crate::model::handout::chosen(setup)
                .into_iter()
                .map(|id| catalog.text(&id, &[]))
                .collect();
            out.push(format!("{} {}", say("printout-for"), chosen.join(" · ")));
            for (i, step) in Journey::new(setup).steps().iter().enumerate() {
                out.push(format!("### {}. {}", i + 1, say(&step.title_id())));
                out.push(say(&step.text_id()));
            }
            out.push(format!("### {}", say("main-points-title")));
            out.extend(
                page::main_points(setup)
                    .into_iter()
                    .map(|id| format!("- {}", say(id))),
            );
            for block in page::call_the_team(setup) {
                block_words(catalog, block, setup, out);
            }
            out.push(format!(
                "{} {}",
                say("sources-short"),
                say("sources-reviewed")
            ));
            for id in [
                "printout-date",
                "printout-ward",
                "printout-questions",
                "printout-scan",
            ] {
                out.push(say(id));
            }
        }
        Block::Sources => {
            out.extend(
                sources_for(setup)
                    .into_iter()
                    .map(|id| format!("- {}", say(&format!("sources-{id}")))),
            );
            out.push(format!("- {}", say("sources-seeds")));
            out.extend(
                [
                    "sources-nhs",
                    "sources-bhf",
                    "sources-aha",
                    "sources-mayo",
                    "sources-healthwise",
                ]
                .map(say),
            );
            out.push(catalog.clinic_part());
            out.push(say("sources-reviewed"));
        }
    }
}

/// Every word of a page for `setup`, as a person reads it, one paragraph a line.
pub fn page_lines(catalog: &Catalog, page: Page, setup: Setup) -> Vec<String> {
    let mut out = vec![format!("## {}", catalog.for_setup(&page.title_id(), setup))];
    for block in page.blocks(setup) {
        block_words(catalog, block, setup, &mut out);
    }
    out.push(catalog.text("ask-team", &[]));
    out
}

/// A step's words as the panel shows them (and the picture's description and labels).
fn step_lines(catalog: &Catalog, setup: Setup, step: Step, out: &mut Vec<String>) {
    let journey = Journey::new(setup);
    let number = journey.index(step) + 1;
    out.push(format!(
        "## {}: {}",
        catalog.text(
            "control-step-of",
            &[
                ("number", Arg::Number(number as i64)),
                ("total", Arg::Number(journey.steps().len() as i64)),
            ],
        ),
        catalog.for_setup(&step.title_id(), setup)
    ));
    if number == 1 {
        out.push(catalog.for_setup("procedure-name", setup));
    }
    out.push(catalog.for_setup(&step.text_id(), setup));
    if catalog.has(&step.safety_id()) {
        out.push(format!(
            "[!] {}",
            catalog.for_setup(&step.safety_id(), setup)
        ));
    }
    if catalog.has(&step.note_id()) {
        out.push(format!(
            "{} {}",
            catalog.text("note-lead", &[]),
            catalog.for_setup(&step.note_id(), setup)
        ));
    }
    if step == Step::After {
        out.push(format!("### {}", catalog.text("main-points-title", &[])));
        out.extend(
            page::main_points(setup)
                .into_iter()
                .map(|id| format!("- {}", catalog.for_setup(id, setup))),
        );
    }
    out.push(format!(
        "(picture: {})",
        catalog.for_setup(&step.shows_id(), setup)
    ));
    let labels: Vec<String> = labels(setup, step)
        .into_iter()
        .map(|id| catalog.for_setup(id, setup))
        .collect();
    out.push(format!("(labels: {})", labels.join(" · ")));
}

/// Everything `setup` shows in `catalog`'s language.
pub fn transcript(catalog: &Catalog, setup: Setup) -> String {
    let mut out = vec![];
    for step in Journey::new(setup).steps() {
        step_lines(catalog, setup, *step, &mut out);
    }
    for page in Page::ALL {
        out.extend(page_lines(catalog, page, setup));
    }
    out.join("\n")
}

/// A setup's name in snapshot files: `wrist-lad-stent-planned`.
pub fn name(setup: Setup) -> String {
    setup
        .pairs()
        .iter()
        .map(|(_, slug)| *slug)
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::setup::{Access, Treatment, Urgency};

    /// The whole text of every setup in every language, as reviewed. A change shows as a diff
    /// (`cargo insta review`); a new or changed message fails here until it is looked at.
    #[test]
    fn what_each_setup_reads_is_the_reviewed_text() {
        for locale in Locale::ALL {
            let catalog = catalog(locale);
            for setup in Setup::all() {
                let text = transcript(&catalog, setup);
                insta::assert_snapshot!(format!("{}-{}", locale.tag(), name(setup)), text);
            }
        }
    }

    /// The sentences of a transcript, lowercased, split at full stops and line ends.
    fn sentences(text: &str) -> Vec<String> {
        text.to_lowercase()
            .split(['.', '\n', '?', '!', ':'])
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect()
    }

    /// Each rule: which setups it holds for, and what no sentence of theirs may say (unless
    /// the sentence also says one of the exceptions).
    struct Rule {
        name: &'static str,
        applies: fn(Setup) -> bool,
        never: &'static [&'static str],
        unless: &'static [&'static str],
    }

    const RULES: [Rule; 8] = [
        Rule {
            name: "no stent for a balloon only",
            applies: |s| s.treatment == Treatment::BalloonOnly,
            never: &["stent"],
            unless: &[],
        },
        Rule {
            name: "pictures only: balloons and stents only among the choices",
            applies: |s| s.treatment == Treatment::AngiogramOnly,
            never: &[
                "stent",
                "balloon",
                "treated spot",
                "open it again",
                "clot medicines",
            ],
            unless: &[
                "bypass",
                "did the doctor also",
                "then you will take new",
                "keep taking your anti-clot medicines",
            ],
        },
        Rule {
            name: "pictures only: nothing was treated",
            applies: |s| s.treatment == Treatment::AngiogramOnly,
            never: &["helps the artery", "opened the", "widens", "treated spot"],
            unless: &[],
        },
        Rule {
            name: "no wrist words for the groin",
            applies: |s| s.access == Access::Groin,
            never: &["wrist", "band", "up your arm"],
            unless: &[],
        },
        Rule {
            name: "no groin words for the wrist",
            applies: |s| s.access == Access::Wrist,
            never: &["groin", "leg", "plug", "lie flat", "pad"],
            unless: &[],
        },
        Rule {
            name: "no planned-only words in an emergency",
            applies: Setup::is_emergency,
            never: &[
                "same day",
                "you agreed",
                "if your procedure is planned",
                "drive yourself",
            ],
            unless: &["for people who plan"],
        },
        Rule {
            name: "no heart-attack stay for a planned procedure",
            applies: |s| !s.is_emergency(),
            never: &[
                "you stay longer",
                "2 or 3 days",
                "two or three days",
                "open it again",
            ],
            unless: &[],
        },
        Rule {
            name: "one name each: tube is only the catheter",
            applies: |_| true,
            never: &[
                "tubes",
                "short tube",
                "small tubes",
                "mesh tube",
                "tube made",
                "tube into",
            ],
            unless: &[],
        },
    ];

    #[test]
    fn every_setup_reads_only_words_true_for_it() {
        let catalog = Catalog::english();
        let mut wrong = Vec::new();
        for setup in Setup::all() {
            let text = transcript(&catalog, setup);
            for rule in RULES.iter().filter(|r| (r.applies)(setup)) {
                for sentence in sentences(&text) {
                    let words: Vec<&str> = sentence
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .collect();
                    let says = |phrase: &str| {
                        if phrase.contains(' ') {
                            sentence.contains(phrase)
                        } else {
                            words.contains(&phrase)
                        }
                    };
                    if rule.never.iter().any(|p| says(p)) && !rule.unless.iter().any(|p| says(p)) {
                        wrong.push(format!("{} ({}): {sentence}", rule.name, name(setup)));
                    }
                }
            }
        }
        wrong.dedup();
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn the_rules_catch_the_words_they_are_for() {
        // The old words each rule was written for fail it.
        let groin = Setup {
            access: Access::Groin,
            ..Setup::default()
        };
        let balloon = Setup {
            treatment: Treatment::BalloonOnly,
            ..Setup::default()
        };
        let pictures = Setup {
            treatment: Treatment::AngiogramOnly,
            urgency: Urgency::Emergency,
            ..Setup::default()
        };
        for (setup, old) in [
            (
                balloon,
                "You may also hear it called PCI, or having a stent put in.",
            ),
            (pictures, "The team works fast to open it again."),
            (pictures, "It helps the artery now."),
            (groin, "If your wrist bleeds, press hard on it."),
            (Setup::default(), "Then the wire and the tubes come out."),
        ] {
            let broken = RULES.iter().filter(|r| (r.applies)(setup)).any(|rule| {
                sentences(old).iter().any(|s| {
                    let words: Vec<&str> = s.split(|c: char| !c.is_alphanumeric()).collect();
                    rule.never.iter().any(|p| {
                        if p.contains(' ') {
                            s.contains(p)
                        } else {
                            words.contains(p)
                        }
                    })
                })
            });
            assert!(broken, "no rule catches {old:?} for {setup:?}");
        }
    }

    /// Every message that tells a patient a fact names its source in a `# src:` comment, and
    /// every source it names is one the sources page lists.
    #[test]
    fn every_fact_names_its_source() {
        let path = format!("{}/assets/locales/en.ftl", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(r, _)| r);
        let mut unsourced = Vec::new();
        let mut facts = 0;
        for entry in &resource.body {
            let fluent_syntax::ast::Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name;
            let named: Vec<&str> = message
                .comment
                .iter()
                .flat_map(|c| c.content.iter())
                .filter_map(|line| line.trim().strip_prefix("src:"))
                .flat_map(|ids| ids.split(','))
                .map(str::trim)
                .collect();
            for source in &named {
                assert!(
                    crate::model::sources::is_known(source),
                    "{id} names an unknown source {source:?}"
                );
            }
            if crate::model::sources::gives_facts(id) {
                facts += 1;
                if named.is_empty() {
                    unsourced.push(id);
                }
            }
        }
        assert!(facts > 150, "only {facts} messages counted as facts");
        assert!(unsourced.is_empty(), "no source named for: {unsourced:?}");
        let catalog = Catalog::english();
        for id in SOURCES {
            assert!(catalog.has(&format!("sources-{id}")), "{id}");
        }
    }

    /// The safety instructions a patient acts on alone, in every language: who to call is
    /// named, the chest-pain rule keeps its times, the clot medicines are never "up to a year".
    #[test]
    fn every_language_keeps_the_safety_rules() {
        let clinic = crate::model::clinic::Clinic::parse(
            r#"{"emergency": "999", "phone": "020 7946 0000"}"#,
        )
        .0;
        for locale in Locale::ALL {
            let catalog = catalog(locale).with_clinic(clinic.clone());
            for setup in Setup::all() {
                let say = |id: &str| catalog.for_setup(id, setup);
                let tag = format!("{} {}", locale.tag(), name(setup));
                for id in [
                    "page-help-bleeding-call",
                    "page-help-limb",
                    "page-help-chest-call",
                    "page-help-chest-now",
                    "page-help-chest-no-spray",
                    "main-point-bleeding",
                    "main-point-chest",
                ] {
                    assert!(
                        say(id).contains("999"),
                        "{tag}: {id} names no number to call"
                    );
                }
                // Rest, spray, again after 5 minutes, call 5 minutes after the second.
                assert!(say("page-help-chest-again").contains('5'), "{tag}");
                assert!(say("page-help-chest-call").contains('5'), "{tag}");
                assert_eq!(say("main-point-chest").matches('5').count(), 2, "{tag}");
                assert!(say("page-help-team").contains("020 7946 0000"), "{tag}");
            }
        }
        let english = Catalog::english();
        for setup in Setup::all() {
            let text = transcript(&english, setup).to_lowercase();
            for old in [
                "up to a year",
                "does not go away",
                "people like you",
                "pale:",
            ] {
                assert!(!text.contains(old), "{}: {old}", name(setup));
            }
        }
    }

    #[test]
    fn the_handout_and_the_last_step_carry_every_warning_to_act_on() {
        let catalog = Catalog::english();
        for setup in Setup::all() {
            let handout = page_lines(&catalog, Page::Handout, setup).join("\n");
            let mut last = Vec::new();
            step_lines(&catalog, setup, Step::After, &mut last);
            let last = last.join("\n");
            for must in [
                catalog.for_setup("page-help-limb", setup),
                catalog.for_setup("main-point-bleeding", setup),
                catalog.for_setup("main-point-chest", setup),
                catalog.for_setup("page-help-team", setup),
            ] {
                assert!(
                    handout.contains(&must),
                    "{}: handout lacks {must}",
                    name(setup)
                );
            }
            assert!(last.contains(&catalog.for_setup("page-help-limb", setup)));
        }
    }
}
