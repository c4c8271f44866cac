//! Every kind of procedure draws correctly: groin access, each artery, balloon only, and an
//! emergency; and a person who asks for less motion sees still pictures.

use e2e::Browser;

#[tokio::test]
async fn each_setup_draws_its_own_route_artery_and_treatment() {
    let browser = Browser::start().await;
    browser.resize(1024, 768).await;
    let cases = [
        ("groin-lad", "access=groin", "travel", 0.55),
        ("groin-rca", "access=groin&artery=rca", "travel", 1.0),
        ("wrist-circumflex", "artery=circumflex", "travel", 1.0),
        ("wrist-rca", "artery=rca", "pictures", 0.8),
        ("wrist-circumflex", "artery=circumflex", "pictures", 0.8),
        ("emergency", "urgency=emergency", "pictures", 0.8),
        ("emergency", "urgency=emergency", "wire", 0.9),
        ("emergency", "urgency=emergency", "balloon", 0.5),
        ("balloon-only", "treatment=balloon", "flow", 0.2),
        ("groin", "access=groin", "ready", 1.0),
    ];
    for (name, query, step, at) in cases {
        browser.open(&format!("#/step/{step}?{query}")).await;
        browser.scrub(at).await;
        let shown = browser
            .eval("return document.querySelector('.stage-svg').dataset.step")
            .await;
        assert_eq!(shown, step, "{name}");
        browser.screenshot(&format!("variant-{name}-{step}")).await;
    }
    // Balloon only: the picture never shows a stent.
    browser.open("#/step/flow?treatment=balloon").await;
    browser.scrub(0.2).await;
    assert!(browser
        .eval("return document.querySelector('.stent') === null")
        .await
        .as_bool()
        .unwrap());
    browser.assert_clean_console().await;
    browser.close().await;
}

#[tokio::test]
async fn less_motion_shows_each_steps_key_picture_without_playing() {
    let browser = Browser::start_with_reduced_motion().await;
    browser.resize(390, 844).await;
    browser.open("#/step/balloon").await;
    let state = browser
        .eval("const s = document.querySelector('.scrubber'); return [document.querySelector('.control-play').getAttribute('aria-label'), Math.abs(s.value - s.dataset.key) <= 5, document.querySelector('.section .balloon') !== null, document.querySelector('[data-label=\"label-balloon\"]') !== null]")
        .await;
    assert_eq!(state[0], "Play", "nothing plays by itself");
    assert_eq!(state[1], true, "the step's key pose");
    assert_eq!(state[2], true, "the balloon is in the artery");
    assert_eq!(state[3], true, "and named");
    browser.screenshot("reduced-motion-balloon-phone").await;
    browser.click(".control-next").await;
    let state = browser
        .eval("const s = document.querySelector('.scrubber'); return [Math.abs(s.value - s.dataset.key) <= 5, document.querySelector('.stent') !== null]")
        .await;
    assert_eq!(state, serde_json::json!([true, true]));
    browser.screenshot("reduced-motion-stent-phone").await;
    browser.assert_clean_console().await;
    browser.close().await;
}
