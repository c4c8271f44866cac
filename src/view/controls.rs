//! The control bar, within thumb reach: a chip per step (showing progress), a scrubber within
//! the step, previous / replay / play-pause / next, speed, and "keep playing".

use crate::draw::{fixed, short};
use crate::i18n::{step_title, t, t_with, Arg};
use crate::model::locale::Locale;
use crate::model::playback::{Action, Playback, SPEEDS};
use crate::model::script::key_time;
use crate::model::setup::Setup;
use crate::model::step::Step;
use crate::model::Within;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What the control bar shows of the playhead: its step, how far through it in the scrubber's
/// own steps, and the buttons' states — not the time itself, so the bar is drawn again only
/// when what it shows changes (a fraction of the frames while playing), not every frame.
#[derive(Clone, Copy, PartialEq)]
pub struct Shown {
    step: Step,
    /// Thousandths of the step, in steps of five: half a percent is fine enough to see the
    /// scrubber move, and the browser lays the bar out a third as often as every frame.
    progress: u16,
    /// Thousandths of the step at its key moment (the scrubber's tick).
    key: u16,
    playing: bool,
    speed: f64,
    auto: bool,
}

impl Shown {
    pub fn of(p: &Playback) -> Shown {
        let thousandths = |fraction: f64| (fraction.within(0.0, 1.0) * 1000.0).round() as u16;
        Shown {
            step: p.step,
            progress: ((p.progress() * 200.0).round() * 5.0) as u16,
            key: thousandths(key_time(p.step) / p.duration()),
            playing: p.playing,
            speed: p.speed,
            auto: p.auto,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub shown: Shown,
    pub setup: Setup,
    pub steps: Vec<Step>,
    pub on_action: Callback<Action>,
}

fn input_of(e: &Event) -> Option<HtmlInputElement> {
    e.target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
}

/// Drawn again as the progress moves, so it only lays out its parts: the chips and buttons
/// below keep their words and skip renders when their own props are unchanged.
#[component]
pub fn Controls(props: &ControlsProps) -> Html {
    let p = props.shown;
    let current = props.steps.iter().position(|s| *s == p.step).unwrap_or(0);
    let on_scrub = props.on_action.reform(|e: InputEvent| {
        // The browser reads the slider's number (no float parser in the WebAssembly).
        let value = input_of(&e)
            .map(|i| i.value_as_number())
            .filter(|v| !v.is_nan())
            .unwrap_or(0.0);
        Action::Scrub(value / 1000.0)
    });
    // Words are remembered per language: a switch brings the new ones.
    let lang = use_context::<Locale>().unwrap_or_default();
    let scrub_label = use_memo(lang, |_| t("control-scrub"));
    let key = p.key.to_string();
    let nav_label = use_memo(lang, |_| t("control-steps"));
    html! {
        <nav class="controls" aria-label={(*nav_label).clone()}>
            <Chips steps={props.steps.clone()} setup={props.setup} {current} progress={p.progress} on_action={props.on_action.clone()} />
            // A tick on the scrubber marks the step's key moment (what its title names).
            <input class="scrubber" type="range" min="0" max="1000" step="1" aria-label={(*scrub_label).clone()}
                value={p.progress.to_string()} oninput={on_scrub} list="key-moment" data-key={key.clone()} />
            <datalist id="key-moment"><option value={key} /></datalist>
            <Buttons playing={p.playing} first={current == 0} last={current + 1 >= props.steps.len()}
                speed={p.speed} auto={p.auto} on_action={props.on_action.clone()} />
        </nav>
    }
}

#[derive(Properties, PartialEq)]
struct ChipsProps {
    steps: Vec<Step>,
    setup: Setup,
    current: usize,
    /// How far through the current step, in thousandths.
    progress: u16,
    on_action: Callback<Action>,
}

/// A chip per step: done steps full, the current one filling up.
#[component]
fn Chips(props: &ChipsProps) -> Html {
    let lang = use_context::<Locale>().unwrap_or_default();
    let labels = use_memo(
        (props.steps.clone(), props.setup, lang),
        |(steps, setup, _)| {
            steps
                .iter()
                .enumerate()
                .map(|(i, step)| {
                    let title = step_title(*step, *setup);
                    t_with(
                        "control-go-to",
                        &[
                            ("number", Arg::Number((i + 1) as i64)),
                            ("title", Arg::Word(&title)),
                        ],
                    )
                })
                .collect::<Vec<String>>()
        },
    );
    html! {
        <ol class="chips">
            { for props.steps.iter().zip(labels.iter()).enumerate().map(|(i, (step, label))| {
                let fill = if i < props.current { 1.0 } else if i == props.current { props.progress as f64 / 1000.0 } else { 0.0 };
                let go = *step;
                html! {
                    <li>
                        <button class={classes!("chip", (i == props.current).then_some("chip-current"))}
                            aria-current={(i == props.current).then_some("step")} aria-label={label.clone()} title={label.clone()}
                            data-step={step.slug()} onclick={props.on_action.reform(move |_: MouseEvent| Action::GoTo(go))}>
                            <span class="chip-bar"><span class="chip-fill" style={format!("transform:scaleX({})", fixed(fill, 2))}></span></span>
                        </button>
                    </li>
                }
            }) }
        </ol>
    }
}

#[derive(Properties, PartialEq)]
struct ButtonsProps {
    playing: bool,
    first: bool,
    last: bool,
    speed: f64,
    auto: bool,
    on_action: Callback<Action>,
}

/// Previous, replay, play or pause, next, speed and "play all".
#[component]
fn Buttons(props: &ButtonsProps) -> Html {
    // Its words follow a language switch even when nothing else about it changes.
    use_context::<Locale>();
    let act = |action: Action| props.on_action.reform(move |_: MouseEvent| action);
    let button = |class: &'static str, id: &str, icon: Icon, action: Action, disabled: bool| {
        let label = t(id);
        html! {
            <button class={classes!("control", class)} onclick={act(action)} {disabled} aria-label={label.clone()} title={label}>
                { icon.svg() }
            </button>
        }
    };
    let on_speed = props.on_action.reform(|e: Event| {
        let value = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .map(|s| js_sys::Number::parse_float(&s.value()))
            .filter(|v| !v.is_nan())
            .unwrap_or(1.0);
        Action::Speed(value)
    });
    let on_auto = props
        .on_action
        .reform(|e: Event| Action::Auto(input_of(&e).is_some_and(|i| i.checked())));
    let (play_id, play_icon) = if props.playing {
        ("control-pause", Icon::Pause)
    } else {
        ("control-play", Icon::Play)
    };
    html! {
        <div class="buttons">
            { button("control-previous", "control-previous", Icon::Previous, Action::Previous, props.first) }
            { button("control-replay", "control-replay", Icon::Replay, Action::Replay, false) }
            { button("control-play", play_id, play_icon, Action::TogglePlay, false) }
            { button("control-next", "control-next", Icon::Next, Action::Next, props.last) }
            <label class="speed">
                <span class="speed-word">{ t("control-speed") }</span>
                <select onchange={on_speed} aria-label={t("control-speed")} autocomplete="off">
                    { for SPEEDS.iter().zip(["control-speed-slow", "control-speed-normal", "control-speed-fast"]).map(|(s, id)| html! {
                        <option value={short(*s)} selected={(*s - props.speed).abs() < 1e-9} aria-label={t(id)}>{ format!("{}×", short(*s)) }</option>
                    }) }
                </select>
            </label>
            <label class="auto">
                <input type="checkbox" checked={props.auto} onchange={on_auto} />
                <span>{ t("control-auto") }</span>
            </label>
        </div>
    }
}

/// Control icons, drawn as simple SVG shapes (no icon font to load, crisp at any size).
#[derive(Clone, Copy)]
enum Icon {
    Previous,
    Next,
    Play,
    Pause,
    Replay,
}

impl Icon {
    fn svg(self) -> Html {
        let (d, filled) = match self {
            Icon::Previous => ("M7 6v12M18 6l-9 6 9 6z", true),
            Icon::Next => ("M17 6v12M6 6l9 6-9 6z", true),
            Icon::Play => ("M8 5l12 7-12 7z", true),
            Icon::Pause => ("M7 5h3.5v14H7zM13.5 5H17v14h-3.5z", true),
            Icon::Replay => ("M5.5 12a6.5 6.5 0 1 0 2-4.7M7 3.5v4.2h4.2", false),
        };
        html! {
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d={d} fill={if filled { "currentColor" } else { "none" }} stroke="currentColor" stroke-width="2"
                    stroke-linecap="round" stroke-linejoin="round" />
            </svg>
        }
    }
}
