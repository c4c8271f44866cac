//! The floor for `cargo xtask bench`: the smallest Yew app, built with the same profile. With
//! `#animate` in its address it also moves one SVG circle every animation frame, the same way
//! Heartpath advances time, so frame costs can be compared against it.
fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<app::App>::new().render();
}

#[cfg(target_arch = "wasm32")]
mod app {
    use gloo::render::{request_animation_frame, AnimationFrame};
    use std::cell::RefCell;
    use std::rc::Rc;
    use yew::prelude::*;

    #[component]
    pub fn App() -> Html {
        let animate = gloo::utils::window().location().hash().unwrap_or_default() == "#animate";
        let time = use_state(|| 0.0_f64);
        {
            let time = time.clone();
            use_effect_with(animate, move |animate| {
                let pending: Rc<RefCell<Option<AnimationFrame>>> = Rc::new(RefCell::new(None));
                if *animate {
                    tick(pending.clone(), time);
                }
                move || drop(pending.borrow_mut().take())
            });
        }
        let x = 50.0 + 40.0 * (*time / 1000.0).sin();
        html! {
            <>
                <h1>{ "Empty" }</h1>
                if animate {
                    <svg viewBox="0 0 100 100" width="300" height="300"><circle cx={x.to_string()} cy="50" r="10" fill="#c9454a" /></svg>
                }
            </>
        }
    }

    fn tick(pending: Rc<RefCell<Option<AnimationFrame>>>, time: UseStateHandle<f64>) {
        let next = pending.clone();
        *pending.borrow_mut() = Some(request_animation_frame(move |now| {
            time.set(now);
            tick(next, time);
        }));
    }
}
