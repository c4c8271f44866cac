//! The pages beside the journey (before the day, risks, after-care, the check), drawn from the
//! blocks `model::page` lists, in the same calm style as the steps. Every page has a way back
//! to the step and moment the person left, and the way on to the other pages.

use super::check::Check;
use super::illustrations::illustration;
use super::printout::Printout;
use super::risk::RiskArray;
use super::words::{safety, Words};
use crate::i18n::{clinic_part, risk_text, t, t_for};
use crate::model::link::Link;
use crate::model::locale::Locale;
use crate::model::page::{Block, Page};
use crate::model::setup::Setup;
use crate::model::sources::sources_for;
use crate::model::step::Step;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PageViewProps {
    pub page: Page,
    pub setup: Setup,
    /// The step the person came from: "back" returns there, at the same moment.
    pub step: Step,
}

#[component]
pub fn PageView(props: &PageViewProps) -> Html {
    let lang = use_context::<Locale>().unwrap_or_default();
    // Re-render when the clinic's numbers arrive: they are in the words.
    use_context::<std::rc::Rc<crate::model::clinic::Clinic>>();
    let (page, setup) = (props.page, props.setup);
    let heading = use_node_ref();
    // Focus moves to the page's title when it opens, so a screen reader starts there.
    {
        let heading = heading.clone();
        use_effect_with(page, move |_| {
            if let Some(el) = heading.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
        });
    }
    html! {
        <article class="page" data-page={page.id()}>
            <a class="page-back" href={Link::to_hash(props.step, setup, lang)}>
                { Html::from_html_unchecked(AttrValue::Static(r#"<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M15 5l-7 7 7 7" /></svg>"#)) }
                { t("page-back") }
            </a>
            <h1 class="page-title" tabindex="-1" ref={heading}>{ t_for(&page.title_id(), setup) }</h1>
            { for page.blocks(setup).into_iter().map(|block| self::block(block, setup)) }
            <p class="panel-ask">{ t("ask-team") }</p>
            { page_links(setup, Some(page), lang) }
        </article>
    }
}

pub(super) fn block(block: Block, setup: Setup) -> Html {
    match block {
        Block::Heading(id) => html! { <h2 class="page-heading">{ t_for(id, setup) }</h2> },
        Block::Text(id) => html! { <Words class="page-text" text={t_for(id, setup)} /> },
        Block::Safety(id) => safety(t_for(id, setup)),
        Block::Actions(ids) => actions(ids, setup),
        Block::UrgentActions(ids) => {
            html! { <div class="safety safety-actions" role="note">{ actions(ids, setup) }</div> }
        }
        Block::Picture(picture) => illustration(picture, setup),
        Block::Risk(risk) => {
            html! {
                <section class="risk" data-risk={risk.id}>
                    <h2 class="page-heading">{ risk_text(risk, "words", setup) }</h2>
                    <p class="risk-number">{ risk_text(risk, "number", setup) }</p>
                    <RiskArray risk={risk} label={risk_text(risk, "picture", setup)} />
                    <ul class="risk-key" aria-hidden="true">
                        { (risk.marked() > 0).then(|| html! { <li class="marked">{ t("risk-key-marked") }</li> }) }
                        <li>{ t("risk-key-clear") }</li>
                    </ul>
                </section>
            }
        }
        Block::Questions => html! { <Check {setup} /> },
        Block::Printout => html! { <Printout {setup} /> },
        Block::Sources => html! {
            <>
                <ul class="sources-list">
                    { for sources_for(setup).into_iter().map(|id| html! { <li>{ t(&format!("sources-{id}")) }</li> }) }
                    <li>{ t("sources-seeds") }</li>
                </ul>
                <ul class="sources-names">
                    { for ["sources-nhs", "sources-bhf", "sources-aha", "sources-mayo", "sources-healthwise"].iter().map(|id| html! { <li>{ t(id) }</li> }) }
                </ul>
                <p class="page-text">{ clinic_part() }</p>
                <p class="page-text sources-reviewed">{ t("sources-reviewed") }</p>
            </>
        },
    }
}

/// The line at the foot of the last step: where the words come from (pages list it among
/// their links).
pub fn sources_link(setup: Setup, lang: Locale) -> Html {
    html! {
        <p class="panel-sources">
            <a href={Link::page_hash(Page::Sources, setup, lang)}>{ t("sources") }</a>
        </p>
    }
}

fn actions(ids: &[&str], setup: Setup) -> Html {
    html! {
        <ol class="actions">
            { for ids.iter().map(|id| html! { <li><Words text={t_for(id, setup)} /></li> }) }
        </ol>
    }
}

/// The way around, on a page: every page, the current one marked.
pub fn page_links(setup: Setup, current: Option<Page>, lang: Locale) -> Html {
    html! {
        <nav class="page-links" aria-label={t("nav-label")}>
            <h2 class="page-links-title">{ t("nav-title") }</h2>
            { link_list(setup, Page::ALL.into_iter(), current, lang) }
        </nav>
    }
}

/// The way around, on a step: "Getting help" always in sight, the other pages one tap away
/// in a small menu, so the step's own words keep the room.
pub fn page_menu(setup: Setup, lang: Locale) -> Html {
    html! {
        <nav class="page-menu" aria-label={t("nav-label")}>
            <a class="help-link" href={Link::page_hash(Page::Help, setup, lang)} data-page={Page::Help.id()}>
                { t_for(&Page::Help.title_id(), setup) }
            </a>
            <details class="page-more">
                <summary>{ t("nav-more") }</summary>
                { link_list(setup, Page::ALL.into_iter().filter(|p| *p != Page::Help), None, lang) }
            </details>
        </nav>
    }
}

fn link_list(
    setup: Setup,
    pages: impl Iterator<Item = Page>,
    current: Option<Page>,
    lang: Locale,
) -> Html {
    html! {
        <ul class="page-list">
            { for pages.map(|page| html! {
                <li><a href={Link::page_hash(page, setup, lang)} data-page={page.id()}
                    aria-current={(current == Some(page)).then_some("page")}>{ t_for(&page.title_id(), setup) }</a></li>
            }) }
        </ul>
    }
}
