//! Every patient-facing word goes through here. Text lives in Fluent files
//! (`assets/locales/<lang>.ftl`), so a new language is a new file, not new code.

use crate::model::setup::Setup;
use crate::model::step::Step;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::langid;

const ENGLISH: &str = include_str!("../assets/locales/en.ftl");

/// An argument for a message: a number or a word.
pub enum Arg<'a> {
    Number(f64),
    Word(&'a str),
}

/// One language's messages.
pub struct Catalog {
    bundle: FluentBundle<FluentResource>,
}

impl Catalog {
    pub fn english() -> Catalog {
        let resource =
            FluentResource::try_new(ENGLISH.to_string()).unwrap_or_else(|(resource, _)| resource);
        let mut bundle = FluentBundle::new(vec![langid!("en-GB")]);
        // No Unicode isolation marks: the text is shown, measured and tested as plain words.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .unwrap_or_else(|_| unreachable!("one resource, so no id clashes"));
        Catalog { bundle }
    }

    /// The message `id`, or the id itself when missing, so a gap shows up instead of vanishing.
    pub fn text(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
                Arg::Word(w) => fluent_args.set(*name, FluentValue::from(*w)),
            }
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// A message whose words depend on the patient's setup (a step's text, some labels).
    pub fn for_setup(&self, id: &str, setup: Setup) -> String {
        self.text(id, &setup.pairs().map(|(key, slug)| (key, Arg::Word(slug))))
    }
}

thread_local! {
    static CURRENT: Catalog = Catalog::english();
}

/// The message `id` in the current language.
pub fn t(id: &str) -> String {
    CURRENT.with(|c| c.text(id, &[]))
}

/// The message `id` with arguments, in the current language.
pub fn t_with(id: &str, args: &[(&str, Arg)]) -> String {
    CURRENT.with(|c| c.text(id, args))
}

/// A message for this patient's setup, in the current language.
pub fn t_for(id: &str, setup: Setup) -> String {
    CURRENT.with(|c| c.for_setup(id, setup))
}

/// The title of `step` for `setup`.
pub fn step_title(step: Step, setup: Setup) -> String {
    t_for(&step.title_id(), setup)
}

/// The text of `step` for `setup`.
pub fn step_text(step: Step, setup: Setup) -> String {
    t_for(&step.text_id(), setup)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::journey::Journey;
    use crate::model::readability::grade;

    #[test]
    fn the_english_file_parses_without_errors() {
        assert!(FluentResource::try_new(ENGLISH.to_string()).is_ok());
    }

    #[test]
    fn every_step_has_a_title_and_two_to_four_sentences_in_every_setup() {
        let catalog = Catalog::english();
        for setup in Setup::all() {
            for step in Journey::new(setup).steps() {
                assert!(
                    catalog.has(&step.title_id()) && catalog.has(&step.text_id()),
                    "{step:?}"
                );
                let text = catalog.for_setup(&step.text_id(), setup);
                let sentences = text
                    .split(['.', '!', '?'])
                    .filter(|s| s.chars().any(char::is_alphabetic))
                    .count();
                assert!(
                    (2..=4).contains(&sentences),
                    "{step:?} {setup:?}: {sentences} sentences: {text}"
                );
                assert!(
                    !text.contains('{') && !text.contains("  ") && !text.contains(" ."),
                    "{step:?} {setup:?}: {text:?}"
                );
            }
        }
    }

    #[test]
    fn every_step_reads_at_grade_six_or_below() {
        let catalog = Catalog::english();
        let mut report = String::new();
        for step in Step::ALL {
            let worst = Setup::all()
                .into_iter()
                .filter(|s| Journey::new(*s).contains(step))
                .map(|s| {
                    grade(&format!(
                        "{}. {}",
                        catalog.text(&step.title_id(), &[]),
                        catalog.for_setup(&step.text_id(), s)
                    ))
                })
                .fold(f64::MIN, f64::max);
            report.push_str(&format!("{:>9}: grade {worst:.1}\n", step.slug()));
            assert!(
                worst <= 6.0,
                "{} reads at grade {worst:.1}:\n{report}",
                step.slug()
            );
        }
        println!("reading grades (worst setup per step):\n{report}");
    }

    #[test]
    fn every_label_the_picture_uses_exists() {
        let catalog = Catalog::english();
        for setup in Setup::all() {
            let journey = Journey::new(setup);
            let mut time = 0.0;
            while time < journey.total() {
                for label in crate::model::scene::scene_at(setup, time, 1.0).labels {
                    assert!(catalog.has(label.id), "missing label text {}", label.id);
                }
                time += 0.5;
            }
        }
    }

    #[test]
    fn arguments_are_filled_in_and_missing_ids_show_themselves() {
        let catalog = Catalog::english();
        let args = [("number", Arg::Number(3.0)), ("total", Arg::Number(9.0))];
        assert_eq!(catalog.text("control-step-of", &args), "Step 3 of 9");
        assert_eq!(catalog.text("no-such-message", &[]), "no-such-message");
        let groin = Setup {
            access: crate::model::setup::Access::Groin,
            ..Setup::default()
        };
        assert!(catalog
            .for_setup("step-ready-text", groin)
            .contains("your groin"));
    }
}
