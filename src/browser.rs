//! Browser glue: the few places that reach into the page outside Yew.

/// Renders component `C` into `#app`, replacing the loading message that `index.html`
/// shows until the WebAssembly has started.
pub fn mount<C>()
where
    C: yew::BaseComponent<Properties = ()>,
{
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
