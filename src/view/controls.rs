//! The control bar, within thumb reach: a chip per step (showing progress), a scrubber within
//! the step, previous / replay / play-pause / next, speed, and "keep playing".

use crate::i18n::{step_title, t, t_with, Arg};
use crate::model::playback::{Action, Playback, SPEEDS};
use crate::model::setup::Setup;
use crate::model::step::Step;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub playback: Playback,
    pub setup: Setup,
    pub steps: Vec<Step>,
    pub on_action: Callback<Action>,
}

fn input_of(e: &Event) -> Option<HtmlInputElement> {
    e.target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
}

#[component]
pub fn Controls(props: &ControlsProps) -> Html {
    let p = props.playback;
    let act = |action: Action| props.on_action.reform(move |_: MouseEvent| action);
    let current = props.steps.iter().position(|s| *s == p.step).unwrap_or(0);
    let button = |class: &'static str, id: &str, icon: Icon, action: Action, disabled: bool| {
        let label = t(id);
        html! {
            <button class={classes!("control", class)} onclick={act(action)} {disabled} aria-label={label.clone()} title={label}>
                { icon.svg() }
            </button>
        }
    };
    let on_scrub = props.on_action.reform(|e: InputEvent| {
        let value = input_of(&e)
            .and_then(|i| i.value().parse::<f64>().ok())
            .unwrap_or(0.0);
        Action::Scrub(value / 1000.0)
    });
    let on_speed = props.on_action.reform(|e: Event| {
        let value = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .and_then(|s| s.value().parse::<f64>().ok())
            .unwrap_or(1.0);
        Action::Speed(value)
    });
    let on_auto = props
        .on_action
        .reform(|e: Event| Action::Auto(input_of(&e).is_some_and(|i| i.checked())));
    let (play_id, play_icon) = if p.playing {
        ("control-pause", Icon::Pause)
    } else {
        ("control-play", Icon::Play)
    };
    html! {
        <nav class="controls" aria-label={t("control-steps")}>
            <ol class="chips">
                { for props.steps.iter().enumerate().map(|(i, step)| {
                    let fill = if i < current { 1.0 } else if i == current { p.progress() } else { 0.0 };
                    let label = t_with("control-go-to", &[("number", Arg::Number((i + 1) as f64)), ("title", Arg::Word(&step_title(*step, props.setup)))]);
                    html! {
                        <li>
                            <button class={classes!("chip", (i == current).then_some("chip-current"))}
                                aria-current={(i == current).then_some("step")} aria-label={label.clone()} title={label}
                                data-step={step.slug()} onclick={act(Action::GoTo(*step))}>
                                <span class="chip-bar"><span class="chip-fill" style={format!("transform:scaleX({fill:.3})")}></span></span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
            <input class="scrubber" type="range" min="0" max="1000" step="1" aria-label={t("control-scrub")}
                value={format!("{:.0}", p.progress() * 1000.0)} oninput={on_scrub} />
            <div class="buttons">
                { button("control-previous", "control-previous", Icon::Previous, Action::Previous, current == 0) }
                { button("control-replay", "control-replay", Icon::Replay, Action::Replay, false) }
                { button("control-play", play_id, play_icon, Action::TogglePlay, false) }
                { button("control-next", "control-next", Icon::Next, Action::Next, current + 1 >= props.steps.len()) }
                <label class="speed">
                    <span class="speed-word">{ t("control-speed") }</span>
                    <select onchange={on_speed} aria-label={t("control-speed")}>
                        { for SPEEDS.iter().zip(["control-speed-slow", "control-speed-normal", "control-speed-fast"]).map(|(s, id)| html! {
                            <option value={s.to_string()} selected={(*s - p.speed).abs() < 1e-9} aria-label={t(id)}>{ format!("{s}×") }</option>
                        }) }
                    </select>
                </label>
                <label class="auto">
                    <input type="checkbox" checked={p.auto} onchange={on_auto} />
                    <span>{ t("control-auto") }</span>
                </label>
            </div>
        </nav>
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
