//! Browser glue for working offline: registers the service worker (`assets/sw.js`, whose file
//! list `cargo xtask dist` writes) and, when a newer build has been installed beside the
//! running one, says so — it takes over only when the person chooses to reload, so files are
//! never swapped under a playing animation. Without service workers (an old browser, a
//! private window, `trunk serve`) the guide simply works online.

use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// The browser's service workers, when it has them.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = gloo::utils::window().navigator();
    js_sys::Reflect::get(&navigator, &"serviceWorker".into())
        .ok()?
        .dyn_into()
        .ok()
}

/// Registers the worker; `on_newer` is called once a newer build is ready and waiting.
/// Development builds (`trunk serve`) have no worker to register.
pub fn register(on_newer: impl Fn() + 'static) {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(container) = container() else {
        return;
    };
    let on_newer: Rc<dyn Fn()> = Rc::new(on_newer);
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.register("sw.js")).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        // Only a worker installed while another controls the page is a *newer* version; the
        // first one simply takes charge.
        let controlled = {
            let container = container.clone();
            move || container.controller().is_some()
        };
        if registration.waiting().is_some() && controlled() {
            on_newer();
        }
        let found = {
            let registration = registration.clone();
            Closure::<dyn Fn()>::new(move || {
                let Some(worker) = registration.installing() else {
                    return;
                };
                let (on_newer, controlled, installing) =
                    (on_newer.clone(), controlled.clone(), worker.clone());
                let changed = Closure::<dyn Fn()>::new(move || {
                    if installing.state() == ServiceWorkerState::Installed && controlled() {
                        on_newer();
                    }
                });
                worker.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
                changed.forget();
            })
        };
        registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
        found.forget();
    });
}

/// Lets the waiting build take over, then reloads the page into it.
pub fn reload_into_newer() {
    let Some(container) = container() else {
        return reload();
    };
    let changed = Closure::<dyn Fn()>::new(reload);
    container.set_oncontrollerchange(Some(changed.as_ref().unchecked_ref()));
    changed.forget();
    wasm_bindgen_futures::spawn_local(async move {
        let waiting = match JsFuture::from(container.get_registration()).await {
            Ok(found) => found
                .dyn_into::<ServiceWorkerRegistration>()
                .ok()
                .and_then(|r| r.waiting()),
            Err(_) => None,
        };
        match waiting {
            Some(worker) => {
                if worker.post_message(&"take-over".into()).is_err() {
                    reload();
                }
            }
            None => reload(),
        }
    });
}

fn reload() {
    let _ = gloo::utils::window().location().reload();
}
