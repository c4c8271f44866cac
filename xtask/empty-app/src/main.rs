//! The floor for `cargo xtask bench`: the smallest Yew app, built with the same profile.
fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<App>::new().render();
}

#[cfg(target_arch = "wasm32")]
#[yew::component]
fn App() -> yew::Html {
    yew::html! { <h1>{ "Empty" }</h1> }
}
