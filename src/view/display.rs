//! "Display": text size, colours, moving or still pictures and reading aloud, each remembered
//! on this device. In the same sheet and with the same large choices as "Your procedure".

use super::setup_panel::choice_row;
use super::sheet::Sheet;
use crate::i18n::t;
use crate::model::settings::{Settings, TextSize, Theme};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DisplayProps {
    pub settings: Settings,
    /// Whether pictures are still now (the device's setting when the person has not chosen).
    pub stills: bool,
    pub on_change: Callback<Settings>,
    pub on_close: Callback<()>,
}

#[component]
pub fn Display(props: &DisplayProps) -> Html {
    let settings = props.settings;
    let pick = |apply: fn(Settings, &str) -> Settings| {
        let change = props.on_change.clone();
        Callback::from(move |value: &'static str| change.emit(apply(settings, value)))
    };
    let words = |ids: &[(&'static str, &str)]| -> Vec<(&'static str, String, Option<Html>)> {
        ids.iter()
            .map(|(value, id)| (*value, t(id), None))
            .collect()
    };
    let on_off = |on: bool| if on { "on" } else { "off" };
    html! {
        <Sheet title="display-title" class="display-sheet" on_close={props.on_close.clone()}>
            { choice_row("text-size", t("display-text-size"),
                TextSize::ALL.iter().map(|size| (size.key(), t(&format!("display-text-{}", size.key())), None)).collect(),
                settings.text_size.key(),
                pick(|s, v| Settings { text_size: TextSize::ALL.into_iter().find(|t| t.key() == v).unwrap_or_default(), ..s })) }
            { choice_row("theme", t("display-theme"),
                Theme::ALL.iter().map(|theme| (theme.key(), t(&format!("display-theme-{}", theme.key())), None)).collect(),
                settings.theme.key(),
                pick(|s, v| Settings { theme: Theme::ALL.into_iter().find(|t| t.key() == v).unwrap_or_default(), ..s })) }
            { choice_row("motion", t("display-motion"),
                words(&[("off", "display-motion-moving"), ("on", "display-motion-still")]),
                on_off(props.stills),
                pick(|s, v| Settings { stills: Some(v == "on"), ..s })) }
            <label class="switch">
                <input type="checkbox" checked={settings.read_aloud}
                    onchange={props.on_change.reform(move |e: Event| Settings {
                        read_aloud: e.target_dyn_into::<web_sys::HtmlInputElement>().is_some_and(|i| i.checked()),
                        ..settings
                    })} />
                <span>{ t("display-read-aloud") }</span>
            </label>
        </Sheet>
    }
}
