#![cfg(target_arch = "wasm32")]
//! Component tests in headless Chromium: mount the app, act as a person would, let Yew's
//! scheduler finish, and assert on what is on the page.

use heartpath::view::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a fresh app at `hash`; the handle unmounts it when the test is done.
async fn mount_at(hash: &str) -> (Element, yew::AppHandle<App>) {
    gloo::utils::window().location().set_hash(hash).unwrap();
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    (root, handle)
}

/// Lets the app finish what an action started: its renders, and the panel's words, which
/// follow the picture one task later.
async fn settle() {
    yew::scheduler::flush().await;
    let next_task = js_sys::Promise::new(&mut |resolve, _| {
        gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(next_task)
        .await
        .unwrap();
    yew::scheduler::flush().await;
}

fn text_of(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

async fn click(root: &Element, selector: &str) {
    find(root, selector)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    settle().await;
}

async fn press(key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    gloo::utils::document()
        .body()
        .unwrap()
        .dispatch_event(&event)
        .unwrap();
    settle().await;
}

fn hash() -> String {
    gloo::utils::window().location().hash().unwrap()
}

#[wasm_bindgen_test]
async fn opens_on_the_first_step_with_a_heart_and_its_text() {
    let (root, app) = mount_at("").await;
    assert_eq!(text_of(&root, ".app-name"), "Heartpath");
    assert_eq!(
        text_of(&root, ".panel-title"),
        "Your heart and its arteries"
    );
    assert!(text_of(&root, ".panel-text").contains("plaque"));
    assert!(root.query_selector("svg .heart-muscle").unwrap().is_some());
    assert_eq!(
        find(&root, ".stage-svg")
            .get_attribute("data-step")
            .as_deref(),
        Some("heart")
    );
    assert!(
        find(&root, ".control-previous").has_attribute("disabled"),
        "no step before the first"
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn buttons_and_chips_move_between_steps_and_the_link_follows() {
    let (root, app) = mount_at("#/step/heart").await;
    click(&root, ".control-next").await;
    assert_eq!(text_of(&root, ".panel-title"), "Getting ready");
    assert_eq!(text_of(&root, ".panel-count"), "Step 2 of 9");
    assert_eq!(hash(), "#/step/ready");
    click(&root, ".chip[data-step='balloon']").await;
    assert_eq!(
        text_of(&root, ".panel-title"),
        "A balloon widens the artery"
    );
    assert_eq!(
        find(&root, ".stage-svg")
            .get_attribute("data-step")
            .as_deref(),
        Some("balloon")
    );
    assert_eq!(hash(), "#/step/balloon");
    click(&root, ".control-previous").await;
    assert_eq!(
        text_of(&root, ".panel-title"),
        "A thin wire crosses the narrow part"
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn keys_move_between_steps_and_pause() {
    let (root, app) = mount_at("#/step/heart").await;
    press("ArrowRight").await;
    assert_eq!(text_of(&root, ".panel-title"), "Getting ready");
    press("End").await;
    assert_eq!(text_of(&root, ".panel-title"), "After your procedure");
    press("ArrowLeft").await;
    assert_eq!(text_of(&root, ".panel-title"), "Blood flows more easily");
    press("Home").await;
    assert_eq!(
        text_of(&root, ".panel-title"),
        "Your heart and its arteries"
    );
    assert_eq!(
        find(&root, ".control-play")
            .get_attribute("aria-label")
            .as_deref(),
        Some("Pause")
    );
    press(" ").await;
    assert_eq!(
        find(&root, ".control-play")
            .get_attribute("aria-label")
            .as_deref(),
        Some("Play")
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_setup_in_the_link_changes_the_words_and_the_journey() {
    let (root, app) = mount_at("#/step/ready?access=groin&treatment=balloon").await;
    assert!(text_of(&root, ".panel-text").contains("groin"));
    assert_eq!(
        root.query_selector_all(".chip").unwrap().length(),
        8,
        "no stent step for balloon only"
    );
    assert!(root.query_selector(".note").unwrap().is_none());
    app.destroy();
}

/// What the guide is, said on the first step, is worded for the setup: a balloon-only or
/// pictures-only patient never reads "having a stent put in".
#[wasm_bindgen_test]
async fn the_first_step_names_the_procedure_of_this_setup() {
    for (hash, expected) in [
        ("#/step/heart?treatment=balloon", "done with a balloon"),
        ("#/step/heart?treatment=angiogram", "coronary angiogram"),
        ("#/step/heart", "stent"),
    ] {
        let (root, app) = mount_at(hash).await;
        let about = text_of(&root, ".panel-about");
        assert!(about.contains(expected), "{hash}: {about}");
        if !hash.ends_with("heart") {
            assert!(!about.contains("stent"), "{hash}: {about}");
        }
        app.destroy();
    }
}

#[wasm_bindgen_test]
async fn a_broken_link_opens_the_first_step_with_a_kind_note() {
    let (root, app) = mount_at("#/step/no-such-step?artery=spleen").await;
    assert_eq!(
        text_of(&root, ".panel-title"),
        "Your heart and its arteries"
    );
    assert!(text_of(&root, ".note").contains("started at the beginning"));
    click(&root, ".note-close").await;
    assert!(root.query_selector(".note").unwrap().is_none());
    app.destroy();
}

#[wasm_bindgen_test]
async fn scrubbing_pauses_and_moves_the_picture() {
    let (root, app) = mount_at("#/step/balloon").await;
    let scrubber: web_sys::HtmlInputElement = find(&root, ".scrubber").dyn_into().unwrap();
    scrubber.set_value("450");
    scrubber
        .dispatch_event(
            &web_sys::Event::new_with_event_init_dict("input", &{
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                init
            })
            .unwrap(),
        )
        .unwrap();
    settle().await;
    assert_eq!(
        find(&root, ".control-play")
            .get_attribute("aria-label")
            .as_deref(),
        Some("Play")
    );
    assert!(
        root.query_selector(".section .balloon").unwrap().is_some(),
        "the balloon is in the artery"
    );
    app.destroy();
}

async fn pointer(root: &Element, kind: &str, x: i32, y: i32) {
    let init = web_sys::PointerEventInit::new();
    init.set_client_x(x);
    init.set_client_y(y);
    init.set_bubbles(true);
    let event = web_sys::PointerEvent::new_with_event_init_dict(kind, &init).unwrap();
    find(root, ".stage").dispatch_event(&event).unwrap();
    settle().await;
}

#[wasm_bindgen_test]
async fn swiping_the_picture_changes_step_and_tapping_pauses() {
    let (root, app) = mount_at("#/step/wire").await;
    pointer(&root, "pointerdown", 300, 200).await;
    pointer(&root, "pointerup", 150, 210).await;
    assert_eq!(
        text_of(&root, ".panel-title"),
        "A balloon widens the artery",
        "swipe left: next step"
    );
    pointer(&root, "pointerdown", 100, 200).await;
    pointer(&root, "pointerup", 260, 190).await;
    assert_eq!(
        text_of(&root, ".panel-title"),
        "A thin wire crosses the narrow part",
        "swipe right: back"
    );
    assert_eq!(
        find(&root, ".control-play")
            .get_attribute("aria-label")
            .as_deref(),
        Some("Pause")
    );
    pointer(&root, "pointerdown", 200, 200).await;
    pointer(&root, "pointerup", 202, 201).await;
    assert_eq!(
        find(&root, ".control-play")
            .get_attribute("aria-label")
            .as_deref(),
        Some("Play"),
        "a tap pauses"
    );
    app.destroy();
}
