//! The words beside (or below) the picture: which step, its title and what happens.

use super::pages::page_menu;
use super::words::{safety, Words};
use crate::i18n::{has, step_text, step_title, t, t_for, t_with, Arg};
use crate::model::link::Link;
use crate::model::locale::Locale;
use crate::model::page::Page;
use crate::model::setup::Setup;
use crate::model::step::Step;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub step: Step,
    pub setup: Setup,
    pub number: usize,
    pub total: usize,
}

/// Whether the panel has words below what it shows: measured after each step change, on
/// scrolling and when the window changes size.
fn more_below(panel: &NodeRef) -> bool {
    panel
        .cast::<web_sys::Element>()
        .is_some_and(|el| el.scroll_height() - el.scroll_top() - el.client_height() > 8)
}

#[component]
pub fn Panel(props: &PanelProps) -> Html {
    let lang = use_context::<Locale>().unwrap_or_default();
    // Re-render when the clinic's numbers arrive: they are in the words.
    use_context::<std::rc::Rc<crate::model::clinic::Clinic>>();
    let panel = use_node_ref();
    let more = use_state(|| false);
    {
        let (panel, more) = (panel.clone(), more.clone());
        use_effect_with((props.step, props.setup), move |_| {
            if let Some(el) = panel.cast::<web_sys::Element>() {
                el.set_scroll_top(0);
            }
            more.set(more_below(&panel));
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| {
                    more.set(more_below(&panel))
                });
            move || drop(listener)
        });
    }
    let onscroll = {
        let (panel, more) = (panel.clone(), more.clone());
        Callback::from(move |_: Event| more.set(more_below(&panel)))
    };
    let show_more = {
        let panel = panel.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(el) = panel.cast::<web_sys::Element>() {
                let by = el.client_height() as f64 * 0.8;
                el.scroll_by_with_x_and_y(0.0, by);
            }
        })
    };
    let count = t_with(
        "control-step-of",
        &[
            ("number", Arg::Number(props.number as f64)),
            ("total", Arg::Number(props.total as f64)),
        ],
    );
    html! {
        <section class="panel" aria-live="polite" ref={panel} {onscroll}>
            <p class="panel-count">{ count }</p>
            <h1 class="panel-title">{ step_title(props.step, props.setup) }</h1>
            // What this is, said plainly where the guide starts, at every screen size.
            { (props.number == 1).then(|| html! { <p class="panel-about">{ t("procedure-name") }</p> }) }
            <Words class="panel-text" text={step_text(props.step, props.setup)} />
            // Must-know safety first, then what is good to know.
            { optional(&props.step.safety_id(), props.setup).map(safety) }
            { optional(&props.step.note_id(), props.setup).map(|note| html! { <Words class="panel-note" text={note} lead={t("note-lead")} /> }) }
            { (props.step == Step::After).then(|| html! { <>{ main_points(props.setup) }{ tiles(props.setup, lang) }</> }) }
            <p class="panel-ask">{ t("ask-team") }</p>
            { page_menu(props.setup, lang) }
            { (props.step == Step::After).then(|| html! { <p class="panel-sources">{ t("sources") }</p> }) }
            { (*more).then(|| html! {
                // A sticky shelf of no height: the cue floats over the words without adding to
                // them (or it would itself make the panel scroll).
                <div class="panel-more-shelf">
                    <button class="panel-more" onclick={show_more} aria-label={t("panel-more")} title={t("panel-more")}>
                        <svg class="panel-more-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 9l6 6 6-6" /></svg>
                    </button>
                </div>
            }) }
        </section>
    }
}

/// A step's optional message, for this patient, where the language has it.
fn optional(id: &str, setup: Setup) -> Option<String> {
    has(id).then(|| t_for(id, setup))
}

/// "The main points": what happens, what you may feel, what you must do.
pub(super) fn main_points(setup: Setup) -> Html {
    html! {
        <section class="main-points" aria-labelledby="main-points-title">
            <h2 id="main-points-title" class="main-points-title">{ t("main-points-title") }</h2>
            <ul>
                { for ["main-point-what", "main-point-feel", "main-point-medicines", "main-point-help"]
                    .iter().map(|id| html! { <li>{ t_for(id, setup) }</li> }) }
            </ul>
        </section>
    }
}

/// The last step's tiles, each a link to its page: home, medicines, help, what comes next.
fn tiles(setup: Setup, lang: Locale) -> Html {
    const ICONS: [(Page, &str, &str); 4] = [
        (Page::Home, "after-home", "M4 11.5 12 4l8 7.5M6.5 9.5V20h11V9.5M10 20v-5h4v5"),
        (Page::Medicines, "after-medicines", "M8.5 15.5 15.5 8.5a3.5 3.5 0 0 1 5 5l-7 7a3.5 3.5 0 0 1-5-5zM12 12l5 5M5 3.5a3 3 0 1 0 0 6 3 3 0 0 0 0-6z"),
        (Page::Help, "after-help", "M6.5 3.5h3l1.5 4-2 1.5a11 11 0 0 0 6 6l1.5-2 4 1.5v3a2 2 0 0 1-2 2A16 16 0 0 1 4.5 5.5a2 2 0 0 1 2-2z"),
        (Page::Next, "after-next", "M4 19h4l3-7 3 4 2-5 4 8M4 5h16"),
    ];
    html! {
        <ul class="summary">
            { for ICONS.iter().map(|(page, id, d)| html! {
                <li>
                    <a class="summary-tile" href={Link::page_hash(*page, setup, lang)} data-page={page.id()}>
                        <svg class="summary-icon" viewBox="0 0 24 24" aria-hidden="true">
                            <path d={*d} fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
                        </svg>
                        <span>{ t(id) }</span>
                    </a>
                </li>
            }) }
        </ul>
    }
}
