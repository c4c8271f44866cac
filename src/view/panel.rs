//! The words beside (or below) the picture: which step, its title and what happens.

use super::pages::{page_menu, sources_link};
use super::voice::{use_voice, Reading, Silent};
use super::words::{safety_reading, Words};
use crate::i18n::{has, step_text, step_title, t, t_for, t_with, Arg};
use crate::model::link::Link;
use crate::model::locale::Locale;
use crate::model::narration::sentences;
use crate::model::page::{self, Page};
use crate::model::setup::Setup;
use crate::model::step::Step;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub step: Step,
    pub setup: Setup,
    pub number: usize,
    pub total: usize,
    /// Reading the words aloud: from where, how fast, playing or not.
    #[prop_or_default]
    pub voice: Option<VoiceCue>,
    #[prop_or_default]
    pub on_words_read: Callback<u32>,
    #[prop_or_default]
    pub on_silent: Callback<Silent>,
    /// The "Read aloud" setting, switched by the button beside the step's number.
    #[prop_or_default]
    pub read_aloud: bool,
    #[prop_or_default]
    pub on_read_aloud: Callback<bool>,
}

/// What the voice needs from the playhead; changes only at a cue, a pause or a new speed
/// (never every frame).
#[derive(Clone, Copy, PartialEq)]
pub struct VoiceCue {
    pub playing: bool,
    pub cue: u32,
    pub from: f64,
    pub speed: f64,
}

/// The step's words in reading order: the title, the text's sentences, then the safety
/// sentences; and how many the text has.
fn spoken(step: Step, setup: Setup) -> (Vec<String>, usize) {
    let mut all = vec![step_title(step, setup)];
    let text = step_text(step, setup);
    let count = sentences(&text).len();
    for words in [Some(text), optional(&step.safety_id(), setup)]
        .into_iter()
        .flatten()
    {
        all.extend(sentences(&words).into_iter().map(|r| words[r].to_string()));
    }
    (all, count)
}

/// Whether the panel has words below what it shows: measured after each step change, on
/// scrolling and when the window changes size.
fn more_below(panel: &NodeRef) -> bool {
    panel
        .cast::<web_sys::Element>()
        .is_some_and(|el| el.scroll_height() - el.scroll_top() - el.client_height() > 8)
}

/// The step's words. The app hands them their step one task after the frame that changes the
/// picture (see `hooks::use_after_frame`).
#[component]
pub fn Panel(props: &PanelProps) -> Html {
    let (step, setup, number, voice) = (props.step, props.setup, props.number, props.voice);
    let lang = use_context::<Locale>().unwrap_or_default();
    // Re-render when the clinic's numbers arrive: they are in the words.
    use_context::<std::rc::Rc<crate::model::clinic::Clinic>>();
    let words = use_memo((step, setup, lang), |(step, setup, _)| {
        let (all, count) = spoken(*step, *setup);
        (std::rc::Rc::new(all), count)
    });
    let reading = use_voice(
        voice.map(|v| Reading {
            sentences: words.0.clone(),
            lang: lang.tag(),
            playing: v.playing,
            cue: v.cue,
            from: v.from,
            speed: v.speed,
        }),
        props.on_words_read.clone(),
        props.on_silent.clone(),
    );
    // Which part holds the sentence being read: 0 the title, then the text, then safety.
    let text_count = words.1;
    let in_text = reading
        .and_then(|i| i.checked_sub(1))
        .filter(|i| *i < text_count);
    let in_safety = reading.and_then(|i| i.checked_sub(1 + text_count));
    let panel = use_node_ref();
    let more = use_state(|| false);
    {
        let (panel, more) = (panel.clone(), more.clone());
        use_effect_with((step, setup), move |_| {
            // The new words' own task (see `use_after_frame`), not the picture's frame: the
            // layout this measuring forces is done here, between frames.
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
    // After a step change, keyboard focus that was lost (on nothing, or on a button that has
    // just been disabled, like "Next" on the last step) goes to the new step's title.
    let title = use_node_ref();
    {
        let (title, first) = (title.clone(), use_mut_ref(|| true));
        use_effect_with(step, move |_| {
            if std::mem::take(&mut *first.borrow_mut()) {
                return;
            }
            let lost = gloo::utils::document()
                .active_element()
                .is_none_or(|el| el.tag_name() == "BODY" || el.has_attribute("disabled"));
            if let Some(title) = title.cast::<web_sys::HtmlElement>().filter(|_| lost) {
                // Without scrolling it into view: the words start at the top anyway, and
                // scrolling would make the browser lay out the whole page (11 ms at 4×
                // slowdown).
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = title.focus_with_options(&options);
            }
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
            ("number", Arg::Number(number as i64)),
            ("total", Arg::Number(props.total as i64)),
        ],
    );
    html! {
        <section class="panel" ref={panel} {onscroll}>
            <div class="panel-top">
                <p class="panel-count">{ count }</p>
                <button type="button" class={classes!("read-aloud", props.read_aloud.then_some("on"))}
                    aria-pressed={props.read_aloud.to_string()} onclick={props.on_read_aloud.reform({
                        let on = props.read_aloud;
                        move |_: MouseEvent| !on
                    })}>
                    { Html::from_html_unchecked(AttrValue::Static(r#"<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 9.5h3.5L12 5.5v13l-4.5-4H4z" fill="currentColor" /><path d="M15.5 9a4 4 0 0 1 0 6M18 6.5a7.5 7.5 0 0 1 0 11" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" /></svg>"#)) }
                    <span>{ t("voice-toggle") }</span>
                </button>
            </div>
            // Made anew for each step (its key): the old words are not moved around as the new
            // ones come, which the browser would count as the page jumping under the reader.
            <div class="panel-step" key={step.slug()}>
                <h1 class={classes!("panel-title", (reading == Some(0)).then_some("reading"))} tabindex="-1" ref={title}>{ step_title(step, setup) }</h1>
                // What this is, said plainly where the guide starts, at every screen size.
                { (number == 1).then(|| html! { <p class="panel-about">{ t_for("procedure-name", setup) }</p> }) }
                <Words class="panel-text" text={step_text(step, setup)} reading={in_text} />
                // Must-know safety first, then what is good to know.
                { optional(&step.safety_id(), setup).map(|text| safety_reading(text, in_safety)) }
                { optional(&step.note_id(), setup).map(|note| html! { <Words class="panel-note" text={note} lead={t("note-lead")} /> }) }
                { (step == Step::After).then(|| html! { <>{ main_points(setup) }{ tiles(setup, lang) }</> }) }
                <p class="panel-ask">{ t("ask-team") }</p>
                { page_menu(setup, lang) }
                { (step == Step::After).then(|| sources_link(setup, lang)) }
            </div>
            // A sticky shelf of no height: the cue floats over the words without adding to
            // them (or it would itself make the panel scroll). Always in the page, shown or
            // hidden, so the words before it are never re-laid into the page when it comes
            // and goes (which would drop the keyboard's place in them).
            <div class="panel-more-shelf" hidden={!*more}>
                // Out of the Tab order: a keyboard scrolls the words by moving through them.
                <button class="panel-more" onclick={show_more} aria-label={t("panel-more")} title={t("panel-more")} tabindex="-1">
                    { Html::from_html_unchecked(AttrValue::Static(r#"<svg class="panel-more-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 9l6 6 6-6" /></svg>"#)) }
                </button>
            </div>
        </section>
    }
}

/// A step's optional message, for this patient, where the language has it.
fn optional(id: &str, setup: Setup) -> Option<String> {
    has(id).then(|| t_for(id, setup))
}

/// "The main points": what happens, what you may feel, what you must do at home.
pub(super) fn main_points(setup: Setup) -> Html {
    html! {
        <section class="main-points" aria-labelledby="main-points-title">
            <h2 id="main-points-title" class="main-points-title">{ t("main-points-title") }</h2>
            <ul>
                { for page::main_points(setup).into_iter().map(|id| html! { <li>{ t_for(id, setup) }</li> }) }
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
