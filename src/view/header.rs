//! The app's header: its name, the clinic's name, the language menu and the buttons that open
//! the sheets. Its own component, so the frames of the journey (which draw the app again) leave
//! it alone: it draws again only when the language, the clinic or a callback changes.

use super::language::LanguageMenu;
use crate::i18n::t;
use crate::model::locale::Locale;
use yew::prelude::*;

/// The sheets that open over the app.
#[derive(Clone, Copy, PartialEq)]
pub enum Sheet {
    Setup,
    Handover,
    Display,
}

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Locale,
    pub clinic: Option<AttrValue>,
    pub on_language: Callback<Locale>,
    pub on_open: Callback<Sheet>,
    /// The buttons that open the setup, hand-over and display sheets (focus returns to them).
    pub buttons: (NodeRef, NodeRef, NodeRef),
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let open = |which: Sheet| props.on_open.reform(move |_: MouseEvent| which);
    let (setup_button, handover_button, display_button) = props.buttons.clone();
    html! {
        <header class="app-header">
            <span class="app-logo" aria-hidden="true">{ "♥" }</span>
            <span class="app-name">{ t("app-name") }</span>
            <span class="app-tagline">{ t("app-tagline") }</span>
            { props.clinic.clone().map(|name| html! { <span class="app-clinic">{ name }</span> }) }
            <LanguageMenu current={props.lang} on_choose={props.on_language.clone()} />
            <button type="button" class="open-display" onclick={open(Sheet::Display)} aria-haspopup="dialog"
                ref={display_button} aria-label={t("display-open")} title={t("display-open")}>
                { Html::from_html_unchecked(AttrValue::Static(r#"<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M3 19 8.5 5h1L15 19M5 14.5h8M15.5 19l3-8h.5l3 8M16.5 16.5h4.5" /></svg>"#)) }
            </button>
            <button type="button" class="open-setup" onclick={open(Sheet::Setup)} aria-haspopup="dialog" ref={setup_button}>
                { Html::from_html_unchecked(AttrValue::Static(r#"<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 7h10M18 7h2M4 17h4M12 17h8" /><circle cx="16" cy="7" r="2.2" /><circle cx="10" cy="17" r="2.2" /></svg>"#)) }
                <span>{ t("setup-open") }</span>
            </button>
            <button type="button" class="open-handover" onclick={open(Sheet::Handover)} aria-haspopup="dialog" ref={handover_button}>
                { Html::from_html_unchecked(AttrValue::Static(r#"<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4zM14 14h2v2h-2zM18 18h2v2h-2zM14 18h2M18 14h2" /></svg>"#)) }
                <span>{ t("handover-open") }</span>
            </button>
        </header>
    }
}
