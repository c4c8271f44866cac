//! Browser glue: the few places that reach into the page outside Yew's components. Each
//! degrades kindly when a feature is missing.

use crate::model::settings;
use gloo::events::EventListener;

/// Renders component `C` into `#app`, replacing the loading message that `index.html`
/// shows until the WebAssembly has started.
pub fn mount<C>()
where
    C: yew::BaseComponent<Properties = ()>,
{
    yew::set_custom_panic_hook(Box::new(show_failure));
    let document = gloo::utils::document();
    match document.get_element_by_id("app") {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<C>::with_root(root).render();
        }
        None => {
            yew::Renderer::<C>::new().render();
        }
    }
}

/// If the app ever fails, say so kindly instead of leaving a frozen or blank page.
fn show_failure(info: &std::panic::PanicHookInfo) {
    web_sys::console::error_1(&info.to_string().into());
    if let Some(root) = gloo::utils::document().get_element_by_id("app") {
        root.set_inner_html(&format!(
            "<div class=\"boot\"><p class=\"boot-name\">Heartpath</p><p>{}</p></div>",
            crate::i18n::t("app-failed")
        ));
    }
}

/// `text` in lower case, by the browser (`toLowerCase`: Unicode's default mapping, as Rust's
/// `str::to_lowercase`), so the WebAssembly carries no case tables.
pub fn lowercase(text: &str) -> String {
    js_sys::JsString::from(text).to_lower_case().into()
}

/// True when the person asked their device for less motion (false if the browser cannot say).
pub fn prefers_reduced_motion() -> bool {
    gloo::utils::window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

pub fn hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// The whole address of this page with `hash`: what a patient is handed to reopen it.
pub fn address(hash: &str) -> String {
    let location = gloo::utils::window().location();
    format!(
        "{}{}{hash}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// Points the address bar at `hash`. A person's move adds a history entry, so Back returns to
/// the step before; the guide playing on into the next step replaces the entry instead (a
/// journey played through would otherwise leave eight entries, and Back would replay it).
pub fn set_hash(hash: &str, add_entry: bool) {
    if self::hash() == hash {
        return;
    }
    let window = gloo::utils::window();
    if add_entry {
        let _ = window.location().set_hash(hash);
    } else if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash));
    }
}

/// Calls `f` whenever the hash changes (Back, Forward, or a pasted link).
pub fn on_hash_change(f: impl Fn(String) + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "hashchange", move |_| f(hash()))
}

/// The text of a file beside the app (same origin), or `None` when it is missing or cannot be
/// fetched: optional files stay optional.
pub async fn fetch_text(path: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(path))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Scrolls the element with this id into sight within its scrolling area if its end is out of
/// sight below (it is left where it is when already seen whole).
pub fn reveal(id: &str) {
    let Some(element) = gloo::utils::document().get_element_by_id(id) else {
        return;
    };
    let Some(area) = element.closest(".panel").ok().flatten() else {
        return;
    };
    if element.get_bounding_client_rect().bottom() > area.get_bounding_client_rect().bottom() {
        element.scroll_into_view_with_bool(false);
    }
}

/// Sets one of the page's CSS custom properties (the clinic's accent colour), through the
/// style object so a strict Content Security Policy allows it.
pub fn set_css_variable(name: &str, value: &str) {
    if let Some(root) = gloo::utils::document()
        .document_element()
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        let _ = root.style().set_property(name, value);
    }
}

pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// Asks for the whole screen (where the browser allows it; presenting works without it too).
pub fn enter_fullscreen() {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.request_fullscreen();
    }
}

pub fn leave_fullscreen() {
    let document = gloo::utils::document();
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    }
}

/// Calls `f` when the page leaves full screen by the browser's own means (its Escape key).
pub fn on_fullscreen_exit(f: impl Fn() + 'static) -> EventListener {
    EventListener::new(&gloo::utils::document(), "fullscreenchange", move |_| {
        if gloo::utils::document().fullscreen_element().is_none() {
            f()
        }
    })
}

/// True when the page is shown inside another page (an iframe on a clinic's website).
pub fn in_frame() -> bool {
    let window = gloo::utils::window();
    match window.top() {
        Ok(Some(top)) => !js_sys::Object::is(&top, &window),
        // A top we may not even look at is someone else's page.
        _ => true,
    }
}

/// The languages the person's browser asks for, most wanted first.
pub fn browser_languages() -> Vec<String> {
    gloo::utils::window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect()
}

/// The app's own settings as stored (`model::settings` reads them). `None` when there are
/// none, or storage cannot be used (private browsing may throw): the defaults then apply.
pub fn stored_settings() -> Option<String> {
    let storage = gloo::utils::window().local_storage().ok().flatten()?;
    storage.get_item(settings::KEY).ok().flatten()
}

/// Remembers the settings; where storage cannot be used, they last for this visit only.
pub fn store_settings(text: &str) {
    if let Some(storage) = gloo::utils::window().local_storage().ok().flatten() {
        let _ = storage.set_item(settings::KEY, text);
    }
}

/// Sets `data-<name>` on the page's root, which the style sheet reads (text size, colours).
pub fn set_root_data(name: &str, value: &str) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute(&format!("data-{name}"), value);
    }
}

/// Tells the page (and assistive technology) which language it is in and which way it reads.
pub fn set_document_language(tag: &str, right_to_left: bool) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", tag);
        let _ = root.set_attribute("dir", if right_to_left { "rtl" } else { "ltr" });
    }
}
