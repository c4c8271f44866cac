//! What the built page allows and what it leaves behind: a Content Security Policy with no
//! inline or eval'd script beyond the loader it names by hash, no object or base, and a visit
//! that fetches only the app's own files, sets no cookie and stores only its own settings key.

use e2e::Browser;

#[tokio::test]
async fn the_page_is_strict_and_keeps_to_itself() {
    let browser = Browser::start().await;
    browser.resize(1024, 768).await;
    browser.open("#/step/balloon").await;
    let policy = browser
        .eval("return document.querySelector('meta[http-equiv=Content-Security-Policy]').content")
        .await;
    let policy = policy.as_str().expect("a policy").to_string();
    let directive = |name: &str| {
        policy
            .split(';')
            .map(str::trim)
            .find(|d| d.starts_with(name))
            .unwrap_or_default()
            .to_string()
    };
    let scripts = directive("script-src");
    assert!(
        !scripts.contains("'unsafe-inline'") && !scripts.contains("'unsafe-eval'"),
        "{scripts}"
    );
    assert!(
        scripts.contains("'wasm-unsafe-eval'") && scripts.contains("'sha256-"),
        "{scripts}"
    );
    assert_eq!(directive("object-src"), "object-src 'none'");
    assert_eq!(directive("base-uri"), "base-uri 'none'");
    assert_eq!(directive("default-src"), "default-src 'self'");
    // The app started under that policy (its loader ran), and the browser logged no violation.
    assert_eq!(
        browser
            .eval("return document.querySelector('.stage-svg') !== null")
            .await,
        true
    );
    // Use it a little: a language, a setting, the pages.
    browser.click(".open-display").await;
    browser
        .click(".display-sheet [data-setting='text-size'] .choice:nth-child(2)")
        .await;
    browser.click(".display-sheet .sheet-done").await;
    browser.open("#/risks").await;
    let kept = browser
        .eval("return [location.origin, [...new Set(performance.getEntriesByType('resource').map(e => new URL(e.name).origin))], document.cookie, Object.keys(localStorage), Object.keys(sessionStorage)]")
        .await;
    assert_eq!(
        kept[1],
        serde_json::json!([kept[0]]),
        "only the app's own files"
    );
    assert_eq!(kept[2], "", "no cookie");
    assert_eq!(
        kept[3],
        serde_json::json!(["heartpath-settings"]),
        "only the app's own key"
    );
    assert_eq!(kept[4], serde_json::json!([]));
    browser.assert_clean_console().await;
    browser.close().await;
}

/// On a clinic's page, in an iframe: no header of its own, the guide fits the frame, and the
/// keyboard still moves through it.
#[tokio::test]
async fn in_a_frame_the_guide_drops_its_header_and_fits() {
    let browser = Browser::start().await;
    browser.resize(1024, 768).await;
    browser.open("#/step/heart").await;
    browser
        .eval("document.body.innerHTML = '<iframe id=guide src=\"/#/step/balloon?access=groin\" title=\"Heartpath\" style=\"width:800px;height:600px;border:0\" allow=\"fullscreen\"></iframe>'")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    let frame = browser
        .client
        .find(fantoccini::Locator::Id("guide"))
        .await
        .expect("the frame");
    frame.enter_frame().await.expect("into the frame");
    let inside = browser
        .eval("const r = s => document.querySelector(s).getBoundingClientRect(); return [document.querySelector('.app').classList.contains('embedded'), getComputedStyle(document.querySelector('.app-header')).display, Math.round(r('.stage').top), Math.round(r('.controls').bottom) <= innerHeight, document.documentElement.scrollWidth <= innerWidth, document.querySelector('.stage-svg').dataset.step]")
        .await;
    assert_eq!(
        inside,
        serde_json::json!([true, "none", 0, true, true, "balloon"])
    );
    browser.screenshot("embedded-balloon-800x600").await;
    browser.tab_to(".control-next").await;
    browser.press(fantoccini::key::Key::Enter).await;
    assert_eq!(
        browser
            .eval("return document.querySelector('.stage-svg').dataset.step")
            .await,
        "stent"
    );
    browser.client.enter_parent_frame().await.expect("back out");
    browser.assert_clean_console().await;
    browser.close().await;
}
