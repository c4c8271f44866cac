//! The control bar at the bottom, within thumb reach: previous and next step.

use crate::i18n::t;
use crate::model::step::Step;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub step: Step,
    pub on_go: Callback<Step>,
}

#[component]
pub fn Controls(props: &ControlsProps) -> Html {
    let button = |target: Option<Step>, class: &'static str, label: String, icon: &'static str| {
        let on_go = props.on_go.clone();
        let onclick = Callback::from(move |_| {
            if let Some(step) = target {
                on_go.emit(step);
            }
        });
        html! {
            <button class={classes!("control", class)} {onclick} disabled={target.is_none()}
                aria-label={label.clone()} title={label}>
                <span aria-hidden="true">{ icon }</span>
            </button>
        }
    };
    html! {
        <nav class="controls" aria-label="Steps">
            { button(props.step.previous(), "control-previous", t("control-previous"), "‹") }
            <ol class="chips">
                { for Step::ALL.iter().map(|s| html! {
                    <li class={classes!("chip", (*s == props.step).then_some("chip-current"))}
                        aria-current={(*s == props.step).then_some("step")}></li>
                }) }
            </ol>
            { button(props.step.next(), "control-next", t("control-next"), "›") }
        </nav>
    }
}
