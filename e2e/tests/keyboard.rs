//! The whole journey by keyboard alone: Tab to the controls, Enter through every step, with a
//! focus ring always visible; focus lands sensibly after a step change and when a sheet opens
//! and closes; each step change is announced once, politely, without re-reading the page.

use e2e::Browser;
use fantoccini::key::Key;
use serde_json::json;

/// The focused element, and whether it shows a focus ring a person can see.
async fn focus(browser: &Browser) -> serde_json::Value {
    browser
        .eval("const e = document.activeElement, s = getComputedStyle(e); return [e.className || e.tagName, s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2]")
        .await
}

#[tokio::test]
async fn the_whole_journey_by_keyboard_alone() {
    let browser = Browser::start().await;
    browser.resize(1024, 768).await;
    browser.open("#/step/heart").await;
    let live = browser
        .eval("return [...document.querySelectorAll('[aria-live]')].map(e => [e.getAttribute('aria-live'), e.textContent])")
        .await;
    assert_eq!(
        live,
        json!([["polite", ""]]),
        "one polite region, silent on arrival"
    );
    // The picture has a role, a name and a description of what it shows now.
    let picture = browser
        .eval("const s = document.querySelector('.stage-svg'); return [s.getAttribute('role'), s.getAttribute('aria-label'), document.getElementById(s.getAttribute('aria-describedby')).textContent]")
        .await;
    assert_eq!(picture[0], "img");
    assert!(
        picture[1].as_str().unwrap().contains("Your heart"),
        "{picture}"
    );
    assert!(
        picture[2].as_str().unwrap().contains("ring marks the spot"),
        "{picture}"
    );

    browser.tab_to(".control-next").await;
    assert_eq!(focus(&browser).await[1], true, "a visible focus ring");
    let mut titles = vec![browser.text(".panel-title").await];
    for _ in 0..8 {
        browser.press(Key::Enter).await;
        // (Engines finish the render at different moments after the key: wait for it.)
        browser
            .until(
                "return document.querySelector('[aria-live]').textContent.endsWith(document.querySelector('.panel-title').textContent)",
                "the step change is announced",
            )
            .await;
        let here = browser
            .eval("return [document.querySelector('.panel-title').textContent, document.querySelector('[aria-live]').textContent]")
            .await;
        let title = here[0].as_str().unwrap().to_string();
        assert!(
            here[1].as_str().unwrap().ends_with(&title),
            "the change is announced with the new title: {here}"
        );
        titles.push(title);
    }
    titles.dedup();
    assert_eq!(titles.len(), 9, "nine steps: {titles:?}");
    // On the last step "Next" can do nothing more: focus moves to the step's title, not lost.
    assert_eq!(
        browser
            .eval("return document.activeElement.classList.contains('panel-title')")
            .await,
        true
    );
    // Back to the start by keyboard, and a pause from the keyboard too (Space, away from a control).
    browser.press(Key::Home).await;
    assert_eq!(
        browser
            .eval("return document.querySelector('.stage-svg').dataset.step")
            .await,
        "heart"
    );
    browser.press(Key::Space).await;
    assert_eq!(
        browser
            .eval("return document.querySelector('.control-play').getAttribute('aria-label')")
            .await,
        "Play",
        "paused"
    );
    // A sheet opens with focus inside it and gives focus back when Escape closes it.
    browser.tab_to(".open-display").await;
    assert_eq!(focus(&browser).await[1], true);
    browser.press(Key::Enter).await;
    assert_eq!(
        browser
            .eval("return document.activeElement.classList.contains('display-sheet')")
            .await,
        true
    );
    browser.press(Key::Escape).await;
    assert_eq!(focus(&browser).await[0], "open-display");
    // Reading aloud switched by keyboard.
    browser.tab_to(".read-aloud").await;
    browser.press(Key::Enter).await;
    assert_eq!(
        browser
            .eval("return document.querySelector('.read-aloud').getAttribute('aria-pressed')")
            .await,
        "true"
    );
    browser.assert_clean_console().await;
    browser.close().await;
}
