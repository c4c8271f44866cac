//! A sheet over the app: from the side on a tablet or desktop, from the bottom on a phone. It
//! takes the keyboard's focus when it opens, and Escape, Done or a tap beside it closes it.

use crate::i18n::t;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SheetProps {
    /// Text id of the sheet's title.
    pub title: AttrValue,
    /// A class naming the sheet, for its own styles and for tests.
    pub class: AttrValue,
    pub on_close: Callback<()>,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Sheet(props: &SheetProps) -> Html {
    let sheet = use_node_ref();
    {
        let sheet = sheet.clone();
        use_effect_with((), move |_| {
            if let Some(el) = sheet.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let onkeydown = {
        let close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.stop_propagation();
                close.emit(())
            }
        })
    };
    let title_id = format!("{}-title", props.class);
    html! {
        <div class="sheet-shade" onclick={props.on_close.reform(|_| ())}>
            <section class={classes!("sheet", props.class.to_string())} role="dialog" aria-modal="true"
                aria-labelledby={title_id.clone()} tabindex="-1" ref={sheet} {onkeydown}
                onclick={Callback::from(|e: MouseEvent| e.stop_propagation())}>
                <header class="sheet-head">
                    <h2 id={title_id} class="sheet-title">{ t(&props.title) }</h2>
                    <button type="button" class="sheet-done" onclick={props.on_close.reform(|_| ())}>{ t("sheet-done") }</button>
                </header>
                { props.children.clone() }
            </section>
        </div>
    }
}
