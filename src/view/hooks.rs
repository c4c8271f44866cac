//! Hooks that connect components to the browser's clock, keyboard and layout.

use gloo::events::{EventListener, EventListenerOptions};
use gloo::render::{request_animation_frame, AnimationFrame};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Calls `on_frame` with the seconds since the previous frame, once per animation frame, while
/// `active`. This is the only animation loop: it advances time and nothing else.
#[hook]
pub fn use_animation_frame(active: bool, on_frame: Callback<f64>) {
    use_effect_with(active, move |active| {
        // The pending frame: dropping it cancels it, so clean-up is just dropping this.
        let pending: Rc<RefCell<Option<AnimationFrame>>> = Rc::new(RefCell::new(None));
        if *active {
            schedule(pending.clone(), on_frame, None);
        }
        move || drop(pending.borrow_mut().take())
    });
}

fn schedule(
    pending: Rc<RefCell<Option<AnimationFrame>>>,
    on_frame: Callback<f64>,
    last: Option<f64>,
) {
    let next = pending.clone();
    let frame = request_animation_frame(move |now| {
        if let Some(last) = last {
            on_frame.emit((now - last) / 1000.0);
        }
        schedule(next, on_frame, Some(now));
    });
    *pending.borrow_mut() = Some(frame);
}

/// `value` as it was one task ago: a change reaches the caller only after the frame that made
/// it has been drawn. A step change redraws the picture and the words; doing both in one
/// frame took 40–55 ms at 4× CPU slowdown, so the words follow in a task of their own.
#[hook]
pub fn use_after_frame<T: Clone + PartialEq + 'static>(value: T) -> T {
    let shown = use_state_eq(|| value.clone());
    {
        let shown = shown.clone();
        use_effect_with(value, move |value| {
            let value = value.clone();
            let later = gloo::timers::callback::Timeout::new(0, move || shown.set(value));
            move || drop(later)
        });
    }
    (*shown).clone()
}

/// The size in CSS pixels of the element behind `node`, kept current as its layout changes.
#[hook]
pub fn use_size(node: NodeRef) -> (f64, f64) {
    let size = use_state(|| (0.0, 0.0));
    {
        let size = size.clone();
        use_effect_with(node, move |node| {
            let measure = {
                let node = node.clone();
                let size = size.clone();
                move || {
                    if let Some(el) = node.cast::<web_sys::Element>() {
                        let rect = el.get_bounding_client_rect();
                        size.set((rect.width(), rect.height()));
                    }
                }
            };
            measure();
            // The element's own size, as the layout changes it (a panel hidden while
            // presenting); where ResizeObserver is missing, the window's size changes.
            let observer = {
                let measure = measure.clone();
                let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(measure);
                let observer = web_sys::ResizeObserver::new(wasm_bindgen::JsCast::unchecked_ref(
                    callback.as_ref(),
                ))
                .ok();
                if let (Some(observer), Some(el)) = (&observer, node.cast::<web_sys::Element>()) {
                    observer.observe(&el);
                }
                observer.map(|o| (o, callback))
            };
            let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| measure());
            move || {
                if let Some((observer, _callback)) = observer {
                    observer.disconnect();
                }
                drop(listener)
            }
        });
    }
    *size
}

/// Calls `on_key` for each key press on the page (not while typing in a field).
#[hook]
pub fn use_keys(on_key: Callback<web_sys::KeyboardEvent>) {
    use_effect_with((), move |_| {
        // Not passive: Space must not also scroll the page.
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(
            &gloo::utils::document(),
            "keydown",
            options,
            move |event| {
                if let Some(event) = wasm_bindgen::JsCast::dyn_ref::<web_sys::KeyboardEvent>(event)
                {
                    on_key.emit(event.clone());
                }
            },
        );
        move || drop(listener)
    });
}
