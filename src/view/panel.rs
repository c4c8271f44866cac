//! The words beside (or below) the picture: which step, its title and what happens.

use crate::i18n::{step_text, t, t_with, Arg};
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

#[component]
pub fn Panel(props: &PanelProps) -> Html {
    let count = t_with(
        "control-step-of",
        &[
            ("number", Arg::Number(props.number as f64)),
            ("total", Arg::Number(props.total as f64)),
        ],
    );
    html! {
        <section class="panel" aria-live="polite">
            <p class="panel-count">{ count }</p>
            <h1 class="panel-title">{ t(&props.step.title_id()) }</h1>
            <p class="panel-text">{ step_text(props.step, props.setup) }</p>
            <p class="panel-ask">{ t("ask-team") }</p>
        </section>
    }
}
