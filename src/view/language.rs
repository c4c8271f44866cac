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
    // The menu shows the language the words are in, however it was chosen (a link, a past
    // visit): set as the select's value, which every engine honours, rather than left to the
    // options' `selected` attributes, which Firefox ignores once the menu has been used.
    let select = use_node_ref();
    {
        let select = select.clone();
        use_effect_with(props.current, move |current| {
            if let Some(select) = select.cast::<web_sys::HtmlSelectElement>() {
                select.set_value(current.tag());
            }
        });
    }
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
            <select {onchange} ref={select} autocomplete="off">
                { for Locale::ALL.iter().map(|l| html! {
                    <option value={l.tag()} lang={l.tag()} selected={*l == props.current}>{ l.own_name() }</option>
                }) }
            </select>
        </label>
    }
}
