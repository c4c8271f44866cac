//! Every patient-facing word goes through here. Text lives in Fluent files
//! (`assets/locales/<lang>.ftl`), so a new language is a new file, not new code.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::langid;

const ENGLISH: &str = include_str!("../assets/locales/en.ftl");

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
    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with numbered arguments, e.g. `("number", 3)`.
    pub fn text_with(&self, id: &str, args: &[(&str, f64)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, FluentValue::from(*value));
        }
        self.format(id, Some(&fluent_args))
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}

thread_local! {
    static CURRENT: Catalog = Catalog::english();
}

/// The message `id` in the current language.
pub fn t(id: &str) -> String {
    CURRENT.with(|c| c.text(id))
}

/// The message `id` with numbered arguments in the current language.
pub fn t_with(id: &str, args: &[(&str, f64)]) -> String {
    CURRENT.with(|c| c.text_with(id, args))
}

#[cfg(test)]
mod tests {
    use super::Catalog;
    use crate::model::step::Step;

    #[test]
    fn the_english_file_parses_without_errors() {
        assert!(fluent_bundle::FluentResource::try_new(super::ENGLISH.to_string()).is_ok());
    }

    #[test]
    fn every_step_has_a_title() {
        let catalog = Catalog::english();
        for step in Step::ALL {
            assert!(
                catalog.has(&step.title_id()),
                "{} has no title",
                step.slug()
            );
        }
    }

    #[test]
    fn arguments_are_filled_in_and_missing_ids_show_themselves() {
        let catalog = Catalog::english();
        assert_eq!(
            catalog.text_with("control-step-of", &[("number", 3.0), ("total", 9.0)]),
            "Step 3 of 9"
        );
        assert_eq!(catalog.text("no-such-message"), "no-such-message");
    }
}
