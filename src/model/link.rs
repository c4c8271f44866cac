//! Links into the explainer: `#/step/<slug>?access=groin&artery=rca`, and to the pages beside
//! it (`#/risks`, `#/after/help`). Hash links work on any static host. A link that cannot be
//! read opens the first step with a friendly note.

use super::journey::Journey;
use super::locale::Locale;
use super::page::Page;
use super::setup::Setup;
use super::step::Step;

/// Where a link points, and what in it could not be used.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub step: Step,
    /// A page beside the journey, shown over it; `step` is where "back" returns.
    pub page: Option<Page>,
    pub setup: Setup,
    /// The language the link asks for (`lang=fr`); `None` keeps the person's own.
    pub lang: Option<Locale>,
    /// `embed`: shown inside another site's page (as in an iframe): no header of its own.
    pub embed: bool,
    /// Set when part of the link was not understood, so the app can say so kindly.
    pub problem: Option<LinkProblem>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    /// The step name is not one we know (or is not part of this patient's journey).
    UnknownStep(String),
    /// A setting's value is not one of the choices; the default is used instead.
    UnknownSetting { key: String, value: String },
}

impl Link {
    /// Reads `location.hash` (with or without the leading `#`). Never fails.
    pub fn parse(hash: &str) -> Link {
        let hash = hash.trim_start_matches('#');
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let mut setup = Setup::default();
        let mut problem = None;
        let mut lang = None;
        let mut embed = false;
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            if key == "embed" {
                embed = true;
                continue;
            }
            if key == "lang" {
                lang = Locale::from_tag(value);
                if lang.is_none() {
                    problem.get_or_insert(LinkProblem::UnknownSetting {
                        key: key.to_string(),
                        value: value.to_string(),
                    });
                }
                continue;
            }
            if let Err(unknown) = setup.apply(key, value) {
                problem.get_or_insert(LinkProblem::UnknownSetting {
                    key: unknown.key,
                    value: unknown.value,
                });
            }
        }
        let journey = Journey::new(setup);
        if let Some(page) = Page::from_slug(path.trim_matches('/')) {
            return Link {
                step: journey.first(),
                page: Some(page),
                setup,
                lang,
                embed,
                problem,
            };
        }
        let slug = path
            .trim_matches('/')
            .strip_prefix("step/")
            .map(|s| s.trim_matches('/'));
        let step = match slug {
            None if path.trim_matches('/').is_empty() => journey.first(),
            Some(slug) => match Step::from_slug(slug).filter(|s| journey.contains(*s)) {
                Some(step) => step,
                None => {
                    problem = Some(LinkProblem::UnknownStep(slug.to_string()));
                    journey.first()
                }
            },
            None => {
                problem = Some(LinkProblem::UnknownStep(path.to_string()));
                journey.first()
            }
        };
        Link {
            step,
            page: None,
            setup,
            lang,
            embed,
            problem,
        }
    }

    /// The hash for a step and setup, e.g. `#/step/balloon?access=groin`.
    pub fn to_hash(step: Step, setup: Setup, lang: Locale) -> String {
        with_query(format!("#/step/{}", step.slug()), setup, lang)
    }

    /// The hash for a page and setup, e.g. `#/risks?urgency=emergency`.
    pub fn page_hash(page: Page, setup: Setup, lang: Locale) -> String {
        with_query(format!("#/{}", page.slug()), setup, lang)
    }
}

/// The setup's choices that differ from the defaults, then the language unless English.
fn with_query(path: String, setup: Setup, lang: Locale) -> String {
    let mut query = setup.to_query();
    if lang != Locale::En {
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str(&format!("lang={}", lang.tag()));
    }
    if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::setup::{Access, Artery, Treatment};

    fn check(hash: &str, step: Step, problem: bool) -> Link {
        let link = Link::parse(hash);
        assert_eq!(link.step, step, "{hash}");
        assert_eq!(
            link.problem.is_some(),
            problem,
            "{hash}: {:?}",
            link.problem
        );
        link
    }

    #[test]
    fn reads_good_links_and_falls_back_kindly_on_bad_ones() {
        check("", Step::Heart, false);
        check("#", Step::Heart, false);
        check("#/", Step::Heart, false);
        check("#/step/balloon", Step::Balloon, false);
        check("#/step/balloon/", Step::Balloon, false);
        let groin = check(
            "#/step/balloon?access=groin&artery=rca",
            Step::Balloon,
            false,
        );
        assert_eq!(groin.setup.access, Access::Groin);
        assert_eq!(groin.setup.artery, Artery::Rca);
        check("#/step/ballon", Step::Heart, true);
        check("#/step/", Step::Heart, true);
        check("#/nonsense", Step::Heart, true);
        check("#/step/wire?access=neck", Step::Wire, true);
        check("#/step/%3Cscript%3E", Step::Heart, true);
        // Balloon only: there is no stent step in this journey.
        let balloon = check("#/step/stent?treatment=balloon", Step::Heart, true);
        assert_eq!(balloon.setup.treatment, Treatment::BalloonOnly);
    }

    #[test]
    fn every_step_and_setup_round_trips_through_a_link() {
        for setup in Setup::all() {
            for step in Journey::new(setup).steps() {
                for lang in Locale::ALL {
                    let link = Link::parse(&Link::to_hash(*step, setup, lang));
                    assert_eq!((link.step, link.setup, link.problem), (*step, setup, None));
                    assert_eq!(link.lang.unwrap_or_default(), lang);
                }
            }
            for page in Page::ALL {
                let link = Link::parse(&Link::page_hash(page, setup, Locale::Ar));
                assert_eq!(
                    (link.page, link.setup, link.problem),
                    (Some(page), setup, None)
                );
                assert_eq!(link.lang, Some(Locale::Ar));
            }
        }
    }

    #[test]
    fn page_links_open_their_page_and_keep_what_parses() {
        let link = check(
            "#/after/help?access=groin&urgency=soon&colour=red&lang=fr-CA",
            Step::Heart,
            true,
        );
        assert_eq!(link.lang, Some(Locale::Fr));
        let embedded = check("#/step/wire?embed&access=groin", Step::Wire, false);
        assert!(embedded.embed && embedded.setup.access == crate::model::setup::Access::Groin);
        assert!(!check("#/step/wire", Step::Wire, false).embed);
        assert_eq!(
            check("#/step/wire?lang=klingon", Step::Wire, true).lang,
            None
        );
        assert_eq!(link.page, Some(Page::Help));
        assert_eq!(link.setup.access, Access::Groin);
        assert_eq!(
            check("#/risks/", Step::Heart, false).page,
            Some(Page::Risks)
        );
        assert_eq!(check("#/after/nowhere", Step::Heart, true).page, None);
    }
}

/// Malformed links, tried systematically: whatever a link says, it opens somewhere sensible,
/// keeps every part that parses and never panics.
#[cfg(test)]
mod bad_input {
    use super::*;
    use crate::model::setup::{Access, Artery};

    #[test]
    fn every_malformed_link_opens_somewhere_and_keeps_what_parses() {
        let huge = format!("#/step/balloon?access=groin&{}", "x=1&".repeat(20_000));
        let table: Vec<(&str, Step, Access, bool)> = vec![
            // (link, step it opens, access it keeps, a kind note)
            ("", Step::Heart, Access::Wrist, false),
            ("#?", Step::Heart, Access::Wrist, false),
            ("#/step/balloon?", Step::Balloon, Access::Wrist, false),
            ("#/step/balloon?&&&", Step::Balloon, Access::Wrist, false),
            ("#/step/balloon?=groin", Step::Balloon, Access::Wrist, false),
            ("#/step/balloon?access=", Step::Balloon, Access::Wrist, true),
            ("#/step/balloon?access", Step::Balloon, Access::Wrist, true),
            // Repeated: the last word that parses wins, a bad one is noted.
            (
                "#/step/balloon?access=groin&access=wrist",
                Step::Balloon,
                Access::Wrist,
                false,
            ),
            (
                "#/step/balloon?access=groin&access=neck",
                Step::Balloon,
                Access::Groin,
                true,
            ),
            // Unknown keys (a newer link) are ignored.
            (
                "#/step/balloon?access=groin&future=1",
                Step::Balloon,
                Access::Groin,
                false,
            ),
            // Escaped and script-like text.
            (
                "#/step/balloon?access=%67roin",
                Step::Balloon,
                Access::Wrist,
                true,
            ),
            (
                "#/step/<script>alert(1)</script>?access=groin",
                Step::Heart,
                Access::Groin,
                true,
            ),
            (
                "#/step/balloon?access=\"><img src=x>",
                Step::Balloon,
                Access::Wrist,
                true,
            ),
            (
                "#/step/balloon?lang=<b>",
                Step::Balloon,
                Access::Wrist,
                true,
            ),
            ("#/step/ballo", Step::Heart, Access::Wrist, true),
            (
                "#/step/balloon?access=gro",
                Step::Balloon,
                Access::Wrist,
                true,
            ),
            ("#/step/bal%6Coon", Step::Heart, Access::Wrist, true),
            ("#/step/🎈?access=groin", Step::Heart, Access::Groin, true),
            ("#//step//balloon", Step::Balloon, Access::Wrist, false),
            ("#/STEP/BALLOON", Step::Heart, Access::Wrist, true),
            (huge.as_str(), Step::Balloon, Access::Groin, false),
        ];
        for (hash, step, access, note) in table {
            let link = Link::parse(hash);
            let at = &hash[..hash.len().min(60)];
            assert_eq!(link.step, step, "{at}");
            assert_eq!(link.setup.access, access, "{at}");
            assert_eq!(link.problem.is_some(), note, "{at}: {:?}", link.problem);
            assert_eq!(link.setup.artery, Artery::default(), "{at}");
        }
    }

    /// A hand-over link cut short anywhere (a QR code read in part, a message trimmed) still
    /// opens, keeping the parts it got.
    #[test]
    fn a_hand_over_link_cut_anywhere_still_opens() {
        let full = Link::to_hash(
            Step::Stent,
            Setup {
                access: Access::Groin,
                artery: Artery::Rca,
                ..Setup::default()
            },
            Locale::Fr,
        );
        for end in 0..=full.len() {
            if !full.is_char_boundary(end) {
                continue;
            }
            let link = Link::parse(&full[..end]);
            assert!(
                link.step == Step::Heart || link.step == Step::Stent,
                "{}",
                &full[..end]
            );
        }
        assert_eq!(Link::parse(&full).problem, None);
    }
}
