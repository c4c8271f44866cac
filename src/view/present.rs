//! Presentation mode, for showing a patient on a tablet: full screen where the browser allows
//! it, larger controls, and the words beside the picture hidden or made larger. Escape (or
//! the browser leaving full screen) ends it.

use crate::i18n::t;
use yew::prelude::*;

/// How the words show while presenting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Words {
    Shown,
    Larger,
    Hidden,
}

impl Words {
    /// The class the app takes, for its styles.
    pub fn class(self) -> &'static str {
        match self {
            Words::Shown => "words-shown",
            Words::Larger => "words-larger",
            Words::Hidden => "words-hidden",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct PresentToolsProps {
    /// `None` when not presenting.
    pub words: Option<Words>,
    pub on_change: Callback<Option<Words>>,
}

#[component]
pub fn PresentTools(props: &PresentToolsProps) -> Html {
    let set = |to: Option<Words>| props.on_change.reform(move |_: MouseEvent| to);
    html! {
        <div class="present-tools" role="toolbar" aria-label={t("present-tools")}>
            { match props.words {
                None => html! {
                    <button type="button" class="ink-tool present-start" onclick={set(Some(Words::Shown))}>
                        { Html::from_html_unchecked(AttrValue::Static(r#"<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" /></svg>"#)) }
                        <span>{ t("present-start") }</span>
                    </button>
                },
                Some(words) => html! {
                    <>
                        <button type="button" class="ink-tool present-words" onclick={set(Some(if words == Words::Hidden { Words::Shown } else { Words::Hidden }))}>
                            { t(if words == Words::Hidden { "present-show-words" } else { "present-hide-words" }) }
                        </button>
                        <button type="button" class="ink-tool present-larger" aria-pressed={(words == Words::Larger).to_string()}
                            onclick={set(Some(if words == Words::Larger { Words::Shown } else { Words::Larger }))}>
                            { t("present-larger") }
                        </button>
                        <button type="button" class="ink-tool present-stop" onclick={set(None)}>{ t("present-stop") }</button>
                    </>
                },
            } }
        </div>
    }
}
