//! Where each fact a patient reads comes from. Every message in `en.ftl` that tells a patient
//! a fact names one or more of these ids in a `# src:` comment above it (a host test checks
//! each one); the page "Where this information comes from" lists them in plain words
//! (`sources-<id>`), in this order. The ids stand for the sections of the facts file the
//! words were written from, and for the hospital pages among the seed documents.

use super::setup::Setup;

/// A source of facts, by id: the page lists the ones with words (`sources-<id>`).
pub const SOURCES: [&str; 11] = [
    "what-happens",
    "before",
    "after",
    "medicines",
    "get-help",
    "risks",
    "consent",
    "emergency",
    "next",
    "misunderstanding",
    "words",
];

/// The sources of the words this patient reads, in the page's order: a planned patient is
/// not told of the heart-attack pages, a heart-attack patient not of the planned ones.
pub fn sources_for(setup: Setup) -> Vec<&'static str> {
    let planned_only = ["before", "consent", "misunderstanding"];
    SOURCES
        .into_iter()
        .filter(|id| match setup.is_emergency() {
            true => !planned_only.contains(id),
            false => *id != "emergency",
        })
        .collect()
}

/// The seed documents (hospital and clinic pages about angioplasty): listed once, together.
pub const SEEDS: [&str; 3] = ["seed-000", "seed-001", "seed-004"];

/// Not a medical fact: what the guide itself does or asks ("nothing you pick is kept", "ask
/// your team"), so it needs no outside source.
pub const APP: &str = "app";

/// Whether `id` may be named as a source.
pub fn is_known(id: &str) -> bool {
    id == APP || SOURCES.contains(&id) || SEEDS.contains(&id)
}

/// Whether the message `id` tells a patient something that must come from a source: the
/// steps' words and what their pictures show, the main points, the pages, the risks, the
/// check, the safety sentences and the glossary's meanings. Titles, headings, picture labels
/// and the controls' words name things; they state no fact.
pub fn gives_facts(id: &str) -> bool {
    let named = id.ends_with("-title") || id.ends_with("-heading") || id.starts_with("risk-key-");
    let chrome = matches!(
        id,
        "page-back"
            | "page-of-guide"
            | "page-handout-intro"
            | "check-progress"
            | "check-right"
            | "check-wrong"
            | "check-show-me"
            | "check-next"
            | "check-try-again"
            | "check-finish"
            | "check-score"
            | "check-end"
            | "check-again"
    );
    let step_words = id.starts_with("step-")
        && ["-text", "-note", "-safety", "-shows"]
            .iter()
            .any(|end| id.ends_with(end));
    !named
        && !chrome
        && (step_words
            || id == "procedure-name"
            || id.starts_with("main-point-")
            || id.starts_with("page-")
            || id.starts_with("risk-")
            || id.starts_with("check-")
            || id.starts_with("safety-")
            || (id.starts_with("term-") && id.ends_with("-means")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_patient_is_told_the_sources_of_what_they_read() {
        use crate::model::setup::Urgency;
        let planned = sources_for(Setup::default());
        assert!(planned.contains(&"consent") && !planned.contains(&"emergency"));
        let emergency = sources_for(Setup {
            urgency: Urgency::Emergency,
            ..Setup::default()
        });
        assert!(emergency.contains(&"emergency") && !emergency.contains(&"before"));
    }

    #[test]
    fn words_and_controls_are_told_apart() {
        for id in [
            "step-travel-text",
            "step-after-safety",
            "page-help-chest-call",
            "risk-serious-number",
            "check-limb-why",
            "term-stent-means",
            "main-point-chest",
            "safety-never-stop",
        ] {
            assert!(gives_facts(id), "{id}");
        }
        for id in [
            "step-travel-title",
            "page-help-chest-heading",
            "risk-key-marked",
            "term-stent",
            "control-play",
            "label-stent",
            "check-score",
        ] {
            assert!(!gives_facts(id), "{id}");
        }
    }
}
