//! The language menu: every language named in itself, always in the header.

use crate::i18n::t;
use crate::model::locale::Locale;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LanguageMenuProps {
    pub current: Locale,
    pub on_choose: Callback<Locale>,
}

#[component]
pub fn LanguageMenu(props: &LanguageMenuProps) -> Html {
    let onchange = {
        let on_choose = props.on_choose.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_dyn_into::<web_sys::HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default();
            if let Some(locale) = Locale::from_tag(&value) {
                on_choose.emit(locale);
            }
        })
    };
    html! {
        <label class="language">
            <span class="visually-hidden">{ t("language-label") }</span>
            { Html::from_html_unchecked(AttrValue::Static(r#"<svg viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="9" /><path d="M3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18" /></svg>"#)) }
            <select {onchange}>
                { for Locale::ALL.iter().map(|l| html! {
                    <option value={l.tag()} lang={l.tag()} selected={*l == props.current}>{ l.own_name() }</option>
                }) }
            </select>
        </label>
    }
}
