//! "Give to patient": the link that reopens this setup at this step, as text and as a QR code
//! to scan, with Copy and (where the browser has it) Share. The link holds only the choices of
//! the procedure and the step: nothing that identifies the patient.

use super::sheet::Sheet;
use crate::draw::qr::qr;
use crate::i18n::t;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HandoverProps {
    /// The whole address to hand over.
    pub link: AttrValue,
    /// The printable handout of the same setup (a link within the app).
    pub handout: AttrValue,
    pub on_close: Callback<()>,
}

#[component]
pub fn Handover(props: &HandoverProps) -> Html {
    let copied = use_state(|| false);
    let navigator = gloo::utils::window().navigator();
    // Share only where the browser offers it (most phones and tablets; few desktops).
    let can_share = js_sys::Reflect::has(&navigator, &"share".into()).unwrap_or(false);
    let copy = {
        let (link, copied) = (props.link.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let promise = gloo::utils::window()
                .navigator()
                .clipboard()
                .write_text(&link);
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
            });
        })
    };
    let share = {
        let link = props.link.clone();
        Callback::from(move |_: MouseEvent| {
            let data = web_sys::ShareData::new();
            data.set_title(&t("app-name"));
            data.set_url(&link);
            let promise = gloo::utils::window().navigator().share_with_data(&data);
            // A person may cancel the share sheet: that is not an error to report.
            wasm_bindgen_futures::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            });
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        if let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.select();
        }
    });
    html! {
        <Sheet title="handover-title" class="handover-sheet" on_close={props.on_close.clone()}>
            <p class="sheet-intro">{ t("handover-intro") }</p>
            { qr_code(&props.link) }
            <label class="handover-label" for="handover-link">{ t("handover-link") }</label>
            <input id="handover-link" class="handover-link" type="text" readonly=true value={props.link.clone()} onfocus={select_all} />
            <div class="handover-actions">
                <button type="button" class="sheet-action handover-copy" onclick={copy}>
                    { t(if *copied { "handover-copied" } else { "handover-copy" }) }
                </button>
                { can_share.then(|| html! {
                    <button type="button" class="sheet-action handover-share" onclick={share}>{ t("handover-share") }</button>
                }) }
            </div>
            <a class="sheet-action handover-print" href={props.handout.clone()}>{ t("handover-print") }</a>
            <p class="handover-private">{ t("handover-private") }</p>
        </Sheet>
    }
}

/// The link as a QR code: one path of modules on white, crisp at any size and in print.
pub fn qr_code(link: &str) -> Html {
    let Some((side, d)) = qr(link) else {
        return html! {};
    };
    html! {
        <svg class="qr" viewBox={format!("0 0 {side} {side}")} role="img" aria-label={t("handover-qr")}
            shape-rendering="crispEdges" data-modules={side.to_string()}>
            <rect class="qr-ground" width={side.to_string()} height={side.to_string()} />
            <path class="qr-dark" {d} />
        </svg>
    }
}
