//! The calm "a newer version is ready" note: shown when a new deployment has been installed
//! beside the running guide; the guide changes only when the person chooses Reload.

use crate::i18n::t;
use crate::service_worker;
use yew::prelude::*;

#[component]
pub fn NewVersion() -> Html {
    let ready = use_state(|| false);
    {
        let ready = ready.setter();
        use_effect_with((), move |_| {
            service_worker::register(move || ready.set(true))
        });
    }
    if !*ready {
        return html! {};
    }
    let later = {
        let ready = ready.clone();
        move |_| ready.set(false)
    };
    html! {
        // Over the picture's top, not in the page's flow: nothing moves when it appears.
        <div class="new-version" role="status">
            <p>{ t("update-ready") }</p>
            <div class="new-version-choices">
                <button type="button" class="note-action" onclick={|_| service_worker::reload_into_newer()}>
                    { t("update-reload") }
                </button>
                <button type="button" class="new-version-later" onclick={later}>{ t("update-later") }</button>
            </div>
        </div>
    }
}
