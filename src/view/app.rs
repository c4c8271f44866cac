//! The whole page: header, stage, text panel and control bar.

use super::{controls::Controls, panel::Panel, stage::Stage};
use crate::i18n::t;
use crate::model::step::Step;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let step = use_state(|| Step::Heart);
    let go = {
        let step = step.clone();
        Callback::from(move |next: Step| step.set(next))
    };
    html! {
        <div class="app">
            <header class="app-header">
                <span class="app-logo" aria-hidden="true">{ "♥" }</span>
                <span class="app-name">{ t("app-name") }</span>
                <span class="app-tagline">{ t("app-tagline") }</span>
            </header>
            <main class="app-main">
                <Stage />
                <Panel step={*step} />
            </main>
            <Controls step={*step} on_go={go} />
        </div>
    }
}
