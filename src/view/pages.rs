//! The pages beside the journey (before the day, risks, after-care, the check), drawn from the
//! blocks `model::page` lists, in the same calm style as the steps. Every page has a way back
//! to the step and moment the person left, and the way on to the other pages.

use super::check::Check;
use super::illustrations::illustration;
use super::risk::RiskArray;
use super::words::{safety, Words};
use crate::i18n::{t, t_for, t_with, Arg};
use crate::model::link::Link;
use crate::model::page::{Block, Page};
use crate::model::setup::Setup;
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
            <a class="page-back" href={Link::to_hash(props.step, setup)}>
                <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M15 5l-7 7 7 7" /></svg>
                { t("page-back") }
            </a>
            <h1 class="page-title" tabindex="-1" ref={heading}>{ t(&page.title_id()) }</h1>
            { for page.blocks(setup).into_iter().map(|block| self::block(block, setup)) }
            <p class="panel-ask">{ t("ask-team") }</p>
            { page_links(setup, Some(page)) }
            <p class="panel-sources">{ t("sources") }</p>
        </article>
    }
}

fn block(block: Block, setup: Setup) -> Html {
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
            let args = [
                ("count", Arg::Number(risk.count as f64)),
                ("one_in", Arg::Number(risk.one_in as f64)),
            ];
            html! {
                <section class="risk" data-risk={risk.id}>
                    <h2 class="page-heading">{ t(&format!("risk-{}-words", risk.id)) }</h2>
                    <p class="risk-number">{ t_with(&format!("risk-{}-number", risk.id), &args) }</p>
                    <RiskArray risk={risk} label={t_with(&format!("risk-{}-picture", risk.id), &args)} />
                    <ul class="risk-key" aria-hidden="true">
                        <li class="marked">{ t("risk-key-marked") }</li>
                        <li>{ t("risk-key-clear") }</li>
                    </ul>
                </section>
            }
        }
        Block::Questions => html! { <Check {setup} /> },
    }
}

fn actions(ids: &[&str], setup: Setup) -> Html {
    html! {
        <ol class="actions">
            { for ids.iter().map(|id| html! { <li><Words text={t_for(id, setup)} /></li> }) }
        </ol>
    }
}

/// The way around: every page beside the journey, from any step or page.
pub fn page_links(setup: Setup, current: Option<Page>) -> Html {
    html! {
        <nav class="page-links" aria-label={t("nav-label")}>
            <h2 class="page-links-title">{ t("nav-title") }</h2>
            <ul>
                { for Page::ALL.iter().map(|page| html! {
                    <li><a href={Link::page_hash(*page, setup)} data-page={page.id()}
                        aria-current={(current == Some(*page)).then_some("page")}>{ t(&page.title_id()) }</a></li>
                }) }
            </ul>
        </nav>
    }
}
