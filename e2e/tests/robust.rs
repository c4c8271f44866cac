//! Rough handling, tried on purpose: a burst of key presses, play and pause hammered, the
//! scrubber dragged while playing, the window resized and turned while playing, and a browser
//! without WebAssembly. The guide stays on a real step and logs no error; the old browser gets
//! the page's readable message.

use e2e::Browser;
use serde_json::json;
use std::time::Duration;

/// Where the guide is: the step shown and whether the picture and words agree on it.
async fn sane(browser: &Browser) -> (String, bool) {
    let here = browser
        .eval("const s = document.querySelector('.stage-svg'); const chip = document.querySelector('.chip[aria-current]'); return [s ? s.dataset.step : '', !!s && !!chip && chip.dataset.step === s.dataset.step && document.querySelector('.panel-title').textContent.length > 0]")
        .await;
    (
        here[0].as_str().unwrap_or_default().to_string(),
        here[1] == true,
    )
}

#[tokio::test]
async fn rough_handling_leaves_the_guide_on_a_real_step() {
    let browser = Browser::start().await;
    browser.resize(1024, 768).await;
    browser.open("#/step/heart").await;

    // Fifty key presses within a second: arrows, Space, Home and End.
    browser
        .eval("return new Promise(done => { const keys = ['ArrowRight', 'ArrowRight', ' ', 'ArrowLeft', 'End', 'Home', 'ArrowRight']; let n = 0; const press = () => { window.dispatchEvent(new KeyboardEvent('keydown', { key: keys[n % keys.length], bubbles: true })); if (++n < 50) setTimeout(press, 15); else done(); }; press(); })")
        .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let (step, agree) = sane(&browser).await;
    assert!(agree, "after a burst of keys: {step}");

    // Play and pause, thirty times as fast as a finger can.
    for _ in 0..30 {
        browser
            .eval("document.querySelector('.control-play').click()")
            .await;
    }
    assert!(sane(&browser).await.1, "after play/pause hammered");

    // The scrubber dragged back and forth while the step plays.
    browser.click(".chip[data-step='balloon']").await;
    browser
        .eval("return new Promise(done => { const s = document.querySelector('.scrubber'); let n = 0; const drag = () => { s.value = String((n * 137) % 1000); s.dispatchEvent(new Event('input', { bubbles: true })); if (++n < 40) requestAnimationFrame(drag); else done(); }; drag(); })")
        .await;
    browser.click(".control-play").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(sane(&browser).await, ("balloon".to_string(), true));

    // Resized and turned while playing: phone, its side, tablet both ways, desktop.
    for (w, h) in [
        (390, 844),
        (844, 390),
        (768, 1024),
        (1024, 768),
        (1440, 900),
        (320, 568),
    ] {
        browser.resize(w, h).await;
        tokio::time::sleep(Duration::from_millis(120)).await;
        let fits = browser
            .eval("const r = document.querySelector('.stage').getBoundingClientRect(); return [r.width > 50 && r.height > 50, document.documentElement.scrollWidth <= innerWidth]")
            .await;
        assert_eq!(fits, json!([true, true]), "{w}x{h}");
    }
    assert!(sane(&browser).await.1, "after resizing");
    browser.assert_clean_console().await;
    browser.close().await;
}

#[tokio::test]
async fn a_browser_without_webassembly_gets_the_readable_message() {
    let browser = Browser::start().await;
    browser
        .before_start("Object.defineProperty(window, 'WebAssembly', { value: undefined, configurable: true });")
        .await;
    browser.resize(390, 844).await;
    browser.goto("#/step/heart").await;
    tokio::time::sleep(Duration::from_millis(6000)).await;
    let shown = browser
        .eval("const help = document.querySelector('.boot-help'); return [document.querySelector('.app') === null, !!help && getComputedStyle(help).opacity === '1', help ? help.textContent : '']")
        .await;
    assert_eq!(shown[0], true, "the app could not start");
    assert_eq!(shown[1], true, "the message shows: {shown}");
    assert!(shown[2].as_str().unwrap().contains("too old"), "{shown}");
    assert_eq!(
        browser
            .eval("return getComputedStyle(document.querySelector('.boot-loading')).opacity")
            .await,
        "0",
        "no longer says it is loading"
    );
    // The build wrote the first step's words into the loading screen: read without the app.
    assert_eq!(
        browser.text(".boot-step-title").await,
        "Your heart and its arteries"
    );
    assert!(browser
        .text(".boot-step-text")
        .await
        .contains("coronary arteries"));
    browser.screenshot("no-webassembly-390x844").await;
    // A link to another step or setup does not get the first step's words.
    for link in [
        "#/step/wire",
        "#/step/heart?urgency=emergency",
        "#/step/heart?lang=fr",
    ] {
        browser.goto(link).await;
        // Only the hash changed: load the page again, as opening the link would.
        browser
            .eval("setTimeout(() => location.reload(), 0); return true")
            .await;
        tokio::time::sleep(Duration::from_millis(600)).await;
        assert_eq!(
            browser
                .eval("return document.querySelector('.boot-step') === null")
                .await,
            true,
            "{link}"
        );
    }
    browser.close().await;
}
