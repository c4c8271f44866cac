#![cfg(target_arch = "wasm32")]
//! Component tests in headless Chromium: mount the app, act as a person would, let Yew's
//! scheduler finish, and assert on what is on the page.

use heartpath::view::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount_app() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

#[wasm_bindgen_test]
async fn shows_the_first_step_and_a_heart() {
    let root = mount_app().await;
    assert_eq!(text_of(&root, ".app-name"), "Heartpath");
    assert_eq!(
        text_of(&root, ".panel-title"),
        "Your heart and its arteries"
    );
    assert!(root.query_selector("svg .heart-muscle").unwrap().is_some());
    let previous = root.query_selector(".control-previous").unwrap().unwrap();
    assert!(
        previous.has_attribute("disabled"),
        "no step before the first"
    );
}

#[wasm_bindgen_test]
async fn next_and_previous_move_between_steps() {
    let root = mount_app().await;
    click(&root, ".control-next");
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, ".panel-title"), "Getting ready");
    assert_eq!(text_of(&root, ".panel-count"), "Step 2 of 9");
    click(&root, ".control-previous");
    yew::scheduler::flush().await;
    assert_eq!(
        text_of(&root, ".panel-title"),
        "Your heart and its arteries"
    );
}
