//! Every patient-facing word goes through here. Text lives in Fluent files
//! (`assets/locales/<lang>.ftl`), so a new language is a new file, not new code.

use crate::ftl::{Messages, Value};
use crate::model::clinic::Clinic;
use crate::model::glossary::TERMS;
use crate::model::locale::Locale;
use crate::model::risks::Risk;
use crate::model::setup::Setup;
use crate::model::step::Step;
use unic_langid::{langid, LanguageIdentifier};

/// English, built in: `assets/locales/en.ftl` with its comments' words left out (build.rs).
const ENGLISH: &str = include_str!(concat!(env!("OUT_DIR"), "/en.ftl"));

/// An argument for a message: a number or a word.
#[derive(Clone, Copy)]
pub enum Arg<'a> {
    Number(i64),
    Word(&'a str),
}

/// One language's messages (with English behind them, for any message a translation lacks),
/// and the clinic's own numbers to fill in.
pub struct Catalog {
    locale: Locale,
    bundle: Messages,
    english: Option<Messages>,
    clinic: Clinic,
}

/// The messages of a Fluent file's text: what parses is kept, so one bad entry loses one
/// message (and a duplicate id keeps the first).
fn bundle(lang: LanguageIdentifier, text: &str) -> Messages {
    Messages::new(lang, text)
}

/// `locale`'s language, as `locale.tag().parse()` reads it, built at compile time: no tag
/// parser (with its sort) in the WebAssembly.
fn language_of(locale: Locale) -> LanguageIdentifier {
    match locale {
        Locale::En => langid!("en"),
        Locale::Es => langid!("es"),
        Locale::Fr => langid!("fr"),
        Locale::Ar => langid!("ar"),
        Locale::ZhCn => langid!("zh-CN"),
    }
}

impl Catalog {
    pub fn english() -> Catalog {
        Catalog {
            locale: Locale::En,
            bundle: bundle(langid!("en-GB"), ENGLISH),
            english: None,
            clinic: Clinic::default(),
        }
    }

    /// `locale`'s messages from its Fluent file's text.
    pub fn new(locale: Locale, text: &str) -> Catalog {
        if locale == Locale::En {
            return Catalog::english();
        }
        let lang = language_of(locale);
        Catalog {
            locale,
            bundle: bundle(lang, text),
            english: Some(bundle(langid!("en-GB"), ENGLISH)),
            clinic: Clinic::default(),
        }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The same words with a clinic's own numbers filled in.
    #[cfg(test)]
    pub fn with_clinic(self, clinic: Clinic) -> Catalog {
        Catalog { clinic, ..self }
    }

    /// The message `id`, or the id itself when missing, so a gap shows up instead of vanishing.
    pub fn text(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let bundle = if self.bundle.has(id) {
            &self.bundle
        } else {
            self.english.as_ref().unwrap_or(&self.bundle)
        };
        let values: Vec<(&str, Value)> = args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Number(n) => Value::Number(*n),
                    Arg::Word(w) => Value::Text(w),
                };
                (*name, value)
            })
            .collect();
        bundle.format(id, &values).unwrap_or_else(|| id.to_string())
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has(id)
    }

    /// A message whose words depend on the patient's setup (a step's text, some labels). The
    /// clinic's phone numbers are filled in too: for now their plain defaults ("the emergency
    /// number"), until a clinic sets its own.
    pub fn for_setup(&self, id: &str, setup: Setup) -> String {
        self.with_setup(id, setup, &[])
    }

    /// [`Catalog::for_setup`] with more arguments.
    fn with_setup(&self, id: &str, setup: Setup, more: &[(&str, Arg)]) -> String {
        let (emergency, hospital) = self.numbers();
        let mut args: Vec<(&str, Arg)> = setup
            .pairs()
            .into_iter()
            .map(|(key, slug)| (key, Arg::Word(slug)))
            .collect();
        args.push(("emergency", Arg::Word(&emergency)));
        args.push(("hospital", Arg::Word(&hospital)));
        args.extend(more.iter().copied());
        self.text(id, &args)
    }

    /// The words for "the emergency number" and "your hospital's number": the clinic's own
    /// where it set them, else the plain defaults. In a right-to-left language a number is
    /// isolated as left-to-right, so "020 7946 0000" keeps its order inside Arabic words.
    fn numbers(&self) -> (String, String) {
        let clinic = &self.clinic;
        let number = |n: &str| {
            if self.locale.right_to_left() {
                format!("\u{2066}{n}\u{2069}")
            } else {
                n.to_string()
            }
        };
        let emergency = match &clinic.emergency {
            Some(n) => number(n),
            None => self.text("default-emergency", &[]),
        };
        let hospital = match (&clinic.name, &clinic.phone) {
            (Some(name), Some(phone)) => self.text(
                "clinic-hospital-named",
                &[
                    ("name", Arg::Word(name)),
                    ("phone", Arg::Word(&number(phone))),
                ],
            ),
            (None, Some(phone)) => {
                self.text("clinic-hospital", &[("phone", Arg::Word(&number(phone)))])
            }
            _ => self.text("default-hospital", &[]),
        };
        (emergency, hospital)
    }

    /// What the clinic's own file added to the words, for the sources page: its name and
    /// numbers, or nothing (everything is general).
    pub fn clinic_part(&self) -> String {
        let clinic = &self.clinic;
        match (
            &clinic.name,
            clinic.phone.is_some() || clinic.emergency.is_some(),
        ) {
            (Some(name), true) => self.text("sources-clinic", &[("name", Arg::Word(name))]),
            (None, true) => self.text("sources-clinic-numbers", &[]),
            _ => self.text("sources-general", &[]),
        }
    }

    /// One part (`words`, `number`, `picture`) of what a risk says for this patient, its
    /// figures filled in from the one table the picture also reads.
    pub fn risk(&self, risk: &Risk, part: &str, setup: Setup) -> String {
        self.with_setup(
            &format!("risk-{}-{part}", risk.id),
            setup,
            &[
                ("count", Arg::Number(risk.count as i64)),
                ("high", Arg::Number(risk.high() as i64)),
                ("one_in", Arg::Number(risk.one_in as i64)),
                ("others", Arg::Number(100 - risk.high() as i64)),
            ],
        )
    }

    /// Every glossary word's forms in the text, as `mark_terms` wants them.
    pub fn term_forms(&self) -> Vec<(&'static str, Vec<String>)> {
        TERMS
            .iter()
            .map(|id| {
                let forms = self.text(&format!("term-{id}"), &[]);
                (
                    *id,
                    forms.split(',').map(|f| f.trim().to_string()).collect(),
                )
            })
            .collect()
    }
}

thread_local! {
    static CURRENT: std::cell::RefCell<Catalog> = std::cell::RefCell::new(Catalog::english());
}

/// Speaks `locale` from now on, from its Fluent file's text (the clinic's numbers are kept).
pub fn set_language(locale: Locale, text: &str) {
    CURRENT.with(|c| {
        let clinic = c.borrow().clinic.clone();
        *c.borrow_mut() = Catalog {
            clinic,
            ..Catalog::new(locale, text)
        };
    });
}

/// The language the words are in now.
pub fn language() -> Locale {
    CURRENT.with(|c| c.borrow().locale())
}

/// Fills the clinic's own numbers into every message from now on.
pub fn set_clinic(clinic: Clinic) {
    CURRENT.with(|c| c.borrow_mut().clinic = clinic);
}

/// The message `id` in the current language.
pub fn t(id: &str) -> String {
    CURRENT.with(|c| c.borrow().text(id, &[]))
}

/// The message `id` with arguments, in the current language.
pub fn t_with(id: &str, args: &[(&str, Arg)]) -> String {
    CURRENT.with(|c| c.borrow().text(id, args))
}

/// A message for this patient's setup, in the current language.
pub fn t_for(id: &str, setup: Setup) -> String {
    CURRENT.with(|c| c.borrow().for_setup(id, setup))
}

/// Whether the current language has the message `id` (optional parts of a step).
pub fn has(id: &str) -> bool {
    CURRENT.with(|c| c.borrow().has(id))
}

/// The glossary words' forms in the current language.
pub fn term_forms() -> Vec<(&'static str, Vec<String>)> {
    CURRENT.with(|c| c.borrow().term_forms())
}

/// What a risk says (`words`, `number` or `picture`) for this patient, in the current language.
pub fn risk_text(risk: &Risk, part: &str, setup: Setup) -> String {
    CURRENT.with(|c| c.borrow().risk(risk, part, setup))
}

/// What the clinic's own file added, in the current language (the sources page).
pub fn clinic_part() -> String {
    CURRENT.with(|c| c.borrow().clinic_part())
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

    #[test]
    fn languages_are_the_tags_parsed() {
        for locale in Locale::ALL {
            let parsed: LanguageIdentifier = locale.tag().parse().unwrap();
            assert_eq!(language_of(locale), parsed);
        }
    }

    /// `assets/locales/en.ftl` as written.
    const ENGLISH_SOURCE: &str = include_str!("../assets/locales/en.ftl");
    use crate::model::journey::Journey;
    use crate::model::page::Page;
    use crate::model::readability::grade;
    use crate::model::risks::RISKS;
    use fluent_bundle::FluentResource;

    /// `text` formatted by fluent-bundle (the reference `crate::ftl` stands in for), or `None`
    /// where it has no such message or no value.
    #[allow(clippy::type_complexity)]
    fn fluent_reference(
        lang: &LanguageIdentifier,
        text: &str,
    ) -> (
        Vec<String>,
        impl Fn(&str, &[(&str, Arg)]) -> Option<String>,
        impl Fn(&str) -> bool,
    ) {
        use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        let ids: Vec<String> = resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        let mut bundle = FluentBundle::new(vec![lang.clone()]);
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        let bundle = std::rc::Rc::new(bundle);
        let has = {
            let bundle = bundle.clone();
            move |id: &str| bundle.has_message(id)
        };
        let format = move |id: &str, args: &[(&str, Arg)]| {
            let pattern = bundle.get_message(id)?.value()?;
            let mut fluent_args = FluentArgs::new();
            for (name, value) in args {
                match value {
                    Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
                    Arg::Word(w) => fluent_args.set(*name, FluentValue::from(*w)),
                }
            }
            let mut errors = Vec::new();
            Some(
                bundle
                    .format_pattern(pattern, Some(&fluent_args), &mut errors)
                    .into_owned(),
            )
        };
        (ids, format, has)
    }

    fn ours(messages: &Messages, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let values: Vec<(&str, crate::ftl::Value)> = args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Number(n) => crate::ftl::Value::Number(*n),
                    Arg::Word(w) => crate::ftl::Value::Text(w),
                };
                (*name, value)
            })
            .collect();
        messages.format(id, &values)
    }

    #[test]
    fn ftl_formats_every_message_as_fluent_bundle_does() {
        for locale in Locale::ALL {
            let text = if locale == Locale::En {
                ENGLISH_SOURCE.to_string()
            } else {
                let path = format!(
                    "{}/assets/locales/{}.ftl",
                    env!("CARGO_MANIFEST_DIR"),
                    locale.tag()
                );
                std::fs::read_to_string(path).unwrap()
            };
            let lang: LanguageIdentifier = locale.tag().parse().unwrap();
            let (ids, reference, reference_has) = fluent_reference(&lang, &text);
            // The app reads English without its comments (build.rs): the same messages.
            let built = if locale == Locale::En { ENGLISH } else { &text };
            let messages = Messages::new(lang.clone(), built);
            assert!(ids.len() > 100, "{}", locale.tag());
            let mut values = Vec::new();
            for id in &ids {
                assert_eq!(messages.has(id), reference_has(id), "{} {id}", locale.tag());
                for setup in Setup::all() {
                    let mut args: Vec<(&str, Arg)> = setup
                        .pairs()
                        .into_iter()
                        .map(|(key, slug)| (key, Arg::Word(slug)))
                        .collect();
                    args.extend([
                        ("emergency", Arg::Word("999")),
                        ("hospital", Arg::Word("your hospital")),
                        ("name", Arg::Word("Riverside")),
                        ("phone", Arg::Word("020 7946 0000")),
                        ("title", Arg::Word("A title")),
                        ("count", Arg::Number(3)),
                        ("one_in", Arg::Number(50)),
                        ("others", Arg::Number(97)),
                        ("number", Arg::Number(2)),
                        ("total", Arg::Number(12)),
                    ]);
                    let theirs = reference(id, &args);
                    assert_eq!(
                        ours(&messages, id, &args),
                        theirs,
                        "{} {id} {setup:?}",
                        locale.tag()
                    );
                    values.push(theirs);
                    // And with no arguments at all (missing variables show as `{$name}`).
                    assert_eq!(ours(&messages, id, &[]), reference(id, &[]), "{id}");
                }
            }
            assert!(values.iter().all(Option::is_some));
        }
    }

    #[test]
    fn ftl_reads_the_rest_of_the_fluent_it_may_meet_as_fluent_bundle_does() {
        // Layout, junk, duplicates, attributes, literals, numbers and plurals.
        let text = r#"
# A comment
## A group comment
simple = Plain words
spaced   =    Leading spaces go
multi =
    First line
      indented more

    after a blank line
inline-then-block = Starts here
    and goes on
        further in
with-var = Hello { $name }, { $count } times.
lit-string = { "quoted \" and \\ and \u00e9 and \U01F600" } and { "" }
lit-number = { 007 } and { 0.50 } and { 12 }
lit-negative = { -3 } and { -0.0 }
nested = { { $name } }
select-missing = { $nothing ->
    [a] A
   *[b] B
 }
numbers = { $count ->
    [0] none
    [1] one exactly
    [one] plural one
    [few] plural few
    [many] plural many
   *[other] plural other
}
number-literal-select = { 2 ->
    [2] two
   *[other] other
}
with-attr = Value
    .title = An attribute
only-attr =
    .title = Nothing else
-term = A term
    .gender = x
broken = { $x
after-broken = Still read
bad line here
dup = First
dup = Second
 indented = junk
tail = Last   "#;
        let args_sets: Vec<Vec<(&str, Arg)>> = vec![
            vec![],
            vec![("name", Arg::Word("Ana")), ("count", Arg::Number(1))],
            vec![("count", Arg::Number(0))],
            vec![("count", Arg::Number(3))],
            vec![("count", Arg::Number(11))],
            vec![("count", Arg::Number(-2))],
            vec![("count", Arg::Number(100)), ("count", Arg::Number(1))],
        ];
        for tag in ["en-GB", "ar", "fr", "zh-CN", "es", "pl"] {
            let lang: LanguageIdentifier = tag.parse().unwrap();
            let (ids, reference, reference_has) = fluent_reference(&lang, text);
            let messages = Messages::new(lang.clone(), text);
            assert!(ids.len() >= 16, "{ids:?}");
            for id in ids
                .iter()
                .map(String::as_str)
                .chain(["missing", "broken", "term"])
            {
                assert_eq!(messages.has(id), reference_has(id), "{tag} {id}");
                for args in &args_sets {
                    assert_eq!(ours(&messages, id, args), reference(id, args), "{tag} {id}");
                }
            }
        }
    }

    #[test]
    fn every_language_has_its_own_plural_rules() {
        // vendor/intl_pluralrules carries only these languages' rules: one missing would
        // silently count ("one", "few", "many" …) the way English does.
        use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
        for locale in Locale::ALL {
            let lang: LanguageIdentifier = locale.tag().parse().unwrap();
            for kind in [PluralRuleType::CARDINAL, PluralRuleType::ORDINAL] {
                let known = PluralRules::get_locales(kind);
                assert!(
                    known.iter().any(|l| l.language == lang.language),
                    "{} has no plural rules of its own",
                    locale.tag()
                );
            }
        }
        // The vendored crate reads a number's operands without reading its text back as a
        // float: the same operands as reading the text.
        use intl_pluralrules::operands::PluralOperands;
        for n in [
            0.0,
            -0.0,
            1.0,
            -1.0,
            2.5,
            -3.75,
            0.1,
            11.0,
            100.0,
            1234.567,
            1e21,
            1e-7,
            f64::MAX,
        ] {
            let text = n.to_string();
            assert_eq!(
                PluralOperands::try_from(n),
                PluralOperands::try_from(text.as_str()),
                "{n}"
            );
        }
        let arabic = PluralRules::create(langid!("ar"), PluralRuleType::CARDINAL).unwrap();
        assert_eq!(arabic.select(3), Ok(PluralCategory::FEW));
        assert_eq!(arabic.select(11), Ok(PluralCategory::MANY));
    }

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

    /// Every word of a page for `setup`, top to bottom, as a person reads it: one text, each
    /// paragraph ending its sentence.
    fn page_words(catalog: &Catalog, page: Page, setup: Setup) -> String {
        crate::transcript::page_lines(catalog, page, setup)
            .iter()
            .map(|w| w.trim_start_matches(['#', '[', '!', ']', '-', ' ']))
            .map(|w| w.trim_end_matches(':').to_string())
            .map(|w| {
                if w.ends_with(['.', '?', '!', ')']) {
                    w
                } else {
                    format!("{w}.")
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn every_page_and_question_exists_for_every_setup_at_grade_six_or_below() {
        let catalog = Catalog::english();
        let mut report = String::new();
        for page in Page::ALL {
            let worst = Setup::all()
                .into_iter()
                .map(|setup| grade(&page_words(&catalog, page, setup)))
                .fold(f64::MIN, f64::max);
            report.push_str(&format!("{:>16}: grade {worst:.1}\n", page.slug()));
            assert!(
                worst <= 6.0,
                "{page:?} reads at grade {worst:.1}:\n{report}"
            );
        }
        println!("reading grades of the pages (worst setup):\n{report}");
    }

    #[test]
    fn every_sentence_long_enough_to_measure_reads_at_grade_six_or_below() {
        let catalog = Catalog::english();
        let resource = FluentResource::try_new(ENGLISH.to_string()).unwrap_or_else(|(r, _)| r);
        let mut hard = std::collections::BTreeSet::new();
        for entry in resource.entries() {
            let fluent_syntax::ast::Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name;
            for setup in Setup::all() {
                let text = catalog.for_setup(id, setup);
                // Flesch–Kincaid says little about a few words ("Catheter"); those are read
                // as part of their page, measured above.
                if text.split_whitespace().count() >= 10 {
                    let g = grade(&text);
                    if g > 6.0 {
                        hard.insert(format!("{id} reads at grade {g:.1}: {text}"));
                    }
                }
            }
        }
        assert!(
            hard.is_empty(),
            "{}",
            hard.into_iter().collect::<Vec<_>>().join("\n")
        );
    }

    #[test]
    fn the_risk_numbers_come_only_from_the_risk_table() {
        let catalog = Catalog::english();
        for risk in &RISKS {
            for part in ["number", "picture"] {
                let id = format!("risk-{}-{part}", risk.id);
                // Only the frame of a natural frequency ("1 in", "in every 100") is written out.
                let raw = catalog
                    .text(&id, &[])
                    .replace("100", "")
                    .replace("1 in", "");
                assert!(
                    !raw.chars().any(|c| c.is_ascii_digit()),
                    "{id} has its own figures: {raw}"
                );
                let said = catalog.risk(risk, part, Setup::default());
                assert!(said.contains(&format!(" {} ", risk.high())), "{said}");
            }
        }
    }

    #[test]
    fn every_glossary_word_has_a_meaning_and_appears_in_the_words() {
        let catalog = Catalog::english();
        let mut everything = String::new();
        for setup in Setup::all() {
            for step in Journey::new(setup).steps() {
                everything += &catalog.for_setup(&step.text_id(), setup);
            }
            for page in Page::ALL {
                everything += &page_words(&catalog, page, setup);
            }
        }
        for (id, forms) in catalog.term_forms() {
            assert!(catalog.has(&format!("term-{id}-means")), "{id}");
            let marked = crate::model::glossary::mark_terms(&everything, &[(id, forms)]);
            assert!(marked.len() > 1, "the glossary word {id} is never used");
        }
    }

    #[test]
    fn the_clinic_s_numbers_fill_the_getting_help_words() {
        let mut catalog = Catalog::english();
        let setup = Setup::default();
        assert!(catalog
            .for_setup("page-help-bleeding-call", setup)
            .contains("the emergency number"));
        catalog.clinic = Clinic::parse(
            r#"{"name": "Riverside Heart Unit", "phone": "020 7946 0000", "emergency": "999"}"#,
        )
        .0;
        assert_eq!(
            catalog.for_setup("page-help-bleeding-call", setup),
            "Keep pressing. Call 999, or ask someone else to call for you."
        );
        assert!(catalog
            .for_setup("page-home-site", setup)
            .contains("Riverside Heart Unit on 020 7946 0000"));
    }

    /// Each message's variables and selector keys, so translations can be compared with English.
    fn shapes(text: &str) -> std::collections::BTreeMap<String, String> {
        let resource = FluentResource::try_new(text.to_string())
            .unwrap_or_else(|(_, errors)| panic!("parse errors: {errors:?}"));
        resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m),
                _ => None,
            })
            .map(|m| {
                let source = format!("{:?}", m.value);
                // The names that follow a marker in the message's syntax tree.
                let names = |marker: &str| -> std::collections::BTreeSet<String> {
                    source
                        .match_indices(marker)
                        .filter_map(|(i, found)| source[i + found.len()..].split('"').next())
                        .map(str::to_string)
                        .collect()
                };
                let vars = names("VariableReference { id: Identifier { name: \"");
                let keys = names("key: Identifier { name: \"");
                (m.id.name.to_string(), format!("{vars:?} {keys:?}"))
            })
            .collect()
    }

    #[test]
    fn every_language_has_every_message_with_the_same_variables_and_selectors() {
        let english = shapes(ENGLISH);
        // Every language's differences at once, so each translator sees their own.
        let mut wrong = Vec::new();
        for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
            let path = format!(
                "{}/assets/locales/{}.ftl",
                env!("CARGO_MANIFEST_DIR"),
                locale.tag()
            );
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            let theirs = shapes(&text);
            for (id, shape) in &english {
                if theirs.get(id) != Some(shape) {
                    wrong.push(format!(
                        "{}: {id}: {:?} in English {shape}",
                        locale.tag(),
                        theirs.get(id)
                    ));
                }
            }
            for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
                wrong.push(format!("{}: {id} is not in English", locale.tag()));
            }
            // And it reads: a step's text in that language, with the setup chosen.
            let catalog = Catalog::new(locale, &text);
            let said = catalog.for_setup("step-ready-text", Setup::default());
            assert!(
                !said.contains("step-") && said.len() > 20,
                "{}: {said}",
                locale.tag()
            );
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn a_message_a_translation_lacks_falls_back_to_english() {
        let french = Catalog::new(Locale::Fr, "app-name = Heartpath\n");
        assert_eq!(
            french.text("ask-team", &[]),
            Catalog::english().text("ask-team", &[])
        );
    }

    #[test]
    fn arguments_are_filled_in_and_missing_ids_show_themselves() {
        let catalog = Catalog::english();
        let args = [("number", Arg::Number(3)), ("total", Arg::Number(9))];
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
