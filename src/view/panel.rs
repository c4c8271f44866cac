//! The text beside (or below) the picture: the step's title and what it says.

use crate::i18n::{t, t_with};
use crate::model::step::Step;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub step: Step,
}

#[component]
pub fn Panel(props: &PanelProps) -> Html {
    let number = props.step.index() + 1;
    html! {
        <section class="panel" aria-live="polite">
            <p class="panel-count">
                { t_with("control-step-of", &[("number", number as f64), ("total", Step::ALL.len() as f64)]) }
            </p>
            <h1 class="panel-title">{ t(&props.step.title_id()) }</h1>
            <p class="panel-text">{ t("shell-coming") }</p>
        </section>
    }
}
