//! "Display": text size and colours chosen, remembered under the app's one versioned key, and
//! read leniently: broken, wrong-typed or unreachable storage gives the defaults without an
//! error. The layout holds at 320 px wide and at 400 % zoom (320 × 256 CSS px).

use e2e::Browser;
use serde_json::json;
use std::time::Duration;

async fn look(browser: &Browser) -> serde_json::Value {
    browser
        .eval("const r = document.documentElement; return [r.dataset.textSize, r.dataset.theme, getComputedStyle(r).fontSize, document.querySelector('.read-aloud').getAttribute('aria-pressed'), getComputedStyle(document.documentElement).backgroundColor]")
        .await
}

#[tokio::test]
async fn broken_or_unreachable_settings_give_the_defaults_quietly() {
    for (what, script) in [
        ("not JSON", "localStorage.setItem('heartpath-settings', '{oops');"),
        ("wrong types", r#"localStorage.setItem('heartpath-settings', '{"v":1,"textSize":5,"theme":"purple","readAloud":"yes","stills":"no","lang":7}');"#),
        ("a list", "localStorage.setItem('heartpath-settings', '[1,2,3]');"),
        ("storage that throws", "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });"),
    ] {
        let browser = Browser::start().await;
        if !browser.before_start(script).await {
            browser.close().await;
            continue;
        }
        browser.resize(390, 844).await;
        browser.open("#/step/heart").await;
        let shown = look(&browser).await;
        assert_eq!(
            (&shown[0], &shown[1], &shown[2], &shown[3]),
            (&json!("normal"), &json!("system"), &json!("18px"), &json!("false")),
            "{what}"
        );
        // Choosing still works for this visit, even where nothing can be kept.
        browser.click(".open-display").await;
        browser
            .click(".display-sheet [data-setting='text-size'] .choice:nth-child(3)")
            .await;
        assert_eq!(look(&browser).await[2], "23px", "{what}");
        browser.assert_clean_console().await;
        browser.close().await;
    }
}

#[tokio::test]
async fn text_size_and_colours_are_chosen_and_remembered() {
    let browser = Browser::start().await;
    browser.resize(390, 844).await;
    browser.open("#/step/balloon").await;
    browser.click(".open-display").await;
    browser
        .click(".display-sheet [data-setting='text-size'] .choice:nth-child(2)")
        .await;
    browser
        .click(".display-sheet [data-setting='theme'] .choice:nth-child(3)")
        .await;
    browser.screenshot("display-sheet-dark-390x844").await;
    browser.click(".display-sheet .sheet-done").await;
    let shown = look(&browser).await;
    assert_eq!(
        (&shown[0], &shown[1], &shown[2]),
        (&json!("large"), &json!("dark"), &json!("20.5px"))
    );
    assert_eq!(shown[4], "rgb(20, 24, 28)", "the page is dark");
    let stored = browser
        .eval("return JSON.parse(localStorage.getItem('heartpath-settings'))")
        .await;
    assert_eq!(stored["v"], 1);
    assert_eq!(
        (&stored["textSize"], &stored["theme"]),
        (&json!("large"), &json!("dark"))
    );
    assert_eq!(
        browser.eval("return Object.keys(localStorage)").await,
        json!(["heartpath-settings"]),
        "nothing else is stored"
    );
    browser.eval("location.reload()").await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(look(&browser).await, shown, "remembered");
    for (w, h) in [(390, 844), (1024, 768)] {
        browser.resize(w, h).await;
        browser
            .screenshot(&format!("display-large-dark-balloon-{w}x{h}"))
            .await;
    }
    browser.assert_clean_console().await;
    browser.close().await;
}

/// At the largest text on the narrowest phone, and at 400 % zoom of a 1280 × 1024 screen,
/// every step's words can be read: nothing wider than the screen, the words reachable.
#[tokio::test]
async fn the_layout_holds_at_320_px_and_at_400_percent_zoom() {
    let browser = Browser::start().await;
    if !browser
        .before_start(
            r#"localStorage.setItem('heartpath-settings', '{"v":1,"textSize":"larger"}');"#,
        )
        .await
    {
        browser.close().await;
        return;
    }
    let mut problems = Vec::new();
    for (w, h) in [(320, 568), (320, 256)] {
        browser.resize(w, h).await;
        browser.open("#/step/heart").await;
        for step in [
            "heart", "ready", "travel", "pictures", "wire", "balloon", "stent", "flow", "after",
        ] {
            browser.click(&format!(".chip[data-step='{step}']")).await;
            browser.click(".control-play").await;
            let fit = browser
                .eval("const panel = document.querySelector('.panel'); const text = document.querySelector('.panel-text').getBoundingClientRect(); return [document.documentElement.scrollWidth <= innerWidth, [...document.querySelectorAll('.panel *')].every(e => e.getBoundingClientRect().right <= innerWidth + 1), panel.scrollHeight > panel.clientHeight + 2 ? getComputedStyle(panel).overflowY : 'fits', document.scrollingElement.scrollHeight > innerHeight ? getComputedStyle(document.body).overflowY : 'fits', text.width > 100]")
                .await;
            let at = format!("{w}x{h} {step}");
            if fit[0] != true || fit[1] != true {
                problems.push(format!("{at}: wider than the screen"));
            }
            // Words beyond the panel's height must be reachable by scrolling one way or another.
            if fit[2] != "fits" && fit[2] != "auto" && fit[3] != "auto" {
                problems.push(format!("{at}: words cut off ({fit})"));
            }
            if fit[4] != true {
                problems.push(format!("{at}: the words' column is squeezed"));
            }
            if step == "balloon" || step == "heart" {
                browser
                    .screenshot(&format!("larger-text-{step}-{w}x{h}"))
                    .await;
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    browser.assert_clean_console().await;
    browser.close().await;
}

/// Every control a finger aims at is at least 44 × 44 px. The nine step chips are the one
/// exception on narrow phones: they keep 44 px of height, but nine must fit across (each is
/// also reached by Previous and Next); they stay well above WCAG 2.2's 24 px minimum.
#[tokio::test]
async fn every_target_is_at_least_44_px() {
    let browser = Browser::start().await;
    let mut problems = Vec::new();
    for (w, h) in [
        (320, 568),
        (390, 844),
        (768, 1024),
        (1024, 768),
        (1440, 900),
    ] {
        browser.resize(w, h).await;
        browser.open("#/step/balloon").await;
        for sheet in [None, Some(".open-display"), Some(".open-setup")] {
            if let Some(button) = sheet {
                browser.click_until(button, ".sheet-done").await;
            }
            let small = browser
                .eval("return [...document.querySelectorAll('button, a[href], select, input, summary')].filter(e => { const r = e.getBoundingClientRect(); if (r.width === 0 || e.closest('[hidden]')) return false; if (e.matches('.term, .page-links a, .panel-sources a') || e.closest('p, li')) return false; const target = e.closest('label') || e; const t = target.getBoundingClientRect(); const chip = e.matches('.chip'); return t.height < 44 || t.width < (chip ? 24 : 44); }).map(e => (e.className || e.tagName) + ' ' + Math.round(e.getBoundingClientRect().width) + 'x' + Math.round(e.getBoundingClientRect().height))")
                .await;
            for s in small.as_array().unwrap() {
                problems.push(format!("{w}x{h} {sheet:?}: {s}"));
            }
            if sheet.is_some() {
                browser.click(".sheet-done").await;
            }
        }
    }
    problems.dedup();
    assert!(problems.is_empty(), "{problems:#?}");
    browser.close().await;
}
