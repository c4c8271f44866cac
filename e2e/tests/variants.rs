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

/// The stills of the step shown (their count), read from the storyboard the page draws.
async fn stills_here(browser: &Browser) -> Vec<String> {
    // Scrub through the step's equal shares and note each still's picture.
    let mut seen = Vec::new();
    for share in 0..4 {
        browser.scrub((share as f64 + 0.5) / 4.0).await;
        tokio::time::sleep(std::time::Duration::from_millis(150)).await;
        let look = browser
            .eval("return document.querySelector('.stage-svg').innerHTML.length + ':' + document.querySelector('.stage-svg').style.transform")
            .await;
        seen.push(look.as_str().unwrap().to_string());
    }
    seen.dedup();
    seen
}

#[tokio::test]
async fn less_motion_plays_each_step_as_a_storyboard_of_stills() {
    let browser = Browser::start_with_reduced_motion().await;
    if browser.lacks(
        e2e::Needs::ReducedMotionSetting,
        "still pictures chosen by the device's reduced-motion setting",
    ) {
        browser.close().await;
        return;
    }
    browser.resize(390, 844).await;
    browser.open("#/step/balloon").await;
    // It plays, but nothing travels: the picture holds still between cross-fades.
    let samples = browser
        .eval("return new Promise(done => { const out = []; const take = () => { const s = document.querySelector('.stage-svg'); out.push(s.style.transform + s.innerHTML.length); if (out.length < 6) setTimeout(take, 150); else done(out); }; take(); })")
        .await;
    let samples: Vec<String> = serde_json::from_value(samples).unwrap();
    assert_eq!(
        browser
            .eval("return document.querySelector('.control-play').getAttribute('aria-label')")
            .await,
        "Pause",
        "the storyboard plays"
    );
    let changes = samples.windows(2).filter(|w| w[0] != w[1]).count();
    assert!(changes <= 1, "still between fades, not moving: {samples:?}");
    browser.click(".control-play").await;
    // The balloon step's stills: in place, open against the plaque (named), folded again.
    assert_eq!(stills_here(&browser).await.len(), 3, "three stills");
    browser.scrub(0.5).await;
    let open = browser
        .eval("return [document.querySelector('.section .balloon') !== null, document.querySelector('[data-label=\"label-balloon\"]') !== null]")
        .await;
    assert_eq!(
        open,
        serde_json::json!([true, true]),
        "the balloon open and named"
    );
    // A new still fades in over a copy of the one before.
    browser.scrub(0.9).await;
    let fade = browser
        .eval("const s = document.querySelector('.stage-svg'); return [document.querySelector('.stage-under svg') !== null, /fade-[ab]/.test(s.getAttribute('class')), document.querySelector('.stage-under').getAttribute('aria-hidden'), document.querySelectorAll('[id^=stage-shows]').length]")
        .await;
    assert_eq!(fade, serde_json::json!([true, true, "true", 1]));
    // Every step's storyboard, still by still, looked at in the screenshots.
    for step in [
        "heart", "ready", "travel", "pictures", "wire", "balloon", "stent", "flow", "after",
    ] {
        browser.click(&format!(".chip[data-step='{step}']")).await;
        browser.click(".control-play").await;
        let count = stills_here(&browser).await.len();
        for i in 0..count {
            browser.scrub((i as f64 + 0.5) / count as f64).await;
            tokio::time::sleep(std::time::Duration::from_millis(1000)).await;
            // Once the fade is over, only the new still shows: the copy beneath has gone.
            let settled = browser
                .eval("const copy = document.querySelector('.stage-under svg'); return [copy ? getComputedStyle(copy).opacity : '0', getComputedStyle(document.querySelector('.stage-svg')).opacity]")
                .await;
            assert_eq!(
                settled,
                serde_json::json!(["0", "1"]),
                "{step} still {i}: one picture, fully shown"
            );
            browser
                .screenshot(&format!("storyboard-{step}-{}-390x844", i + 1))
                .await;
        }
    }
    browser.assert_clean_console().await;
    browser.close().await;
}

#[tokio::test]
async fn still_pictures_can_be_chosen_and_are_remembered() {
    let browser = Browser::start().await;
    browser.resize(1024, 768).await;
    browser.open("#/step/stent").await;
    browser.click(".open-display").await;
    browser
        .click(".display-sheet [data-setting='motion'] .choice:nth-child(2)")
        .await;
    browser.click(".display-sheet .sheet-done").await;
    browser
        .until(
            "return document.activeElement.className === 'open-display'",
            "focus returns to the button",
        )
        .await;
    assert_eq!(
        stills_here(&browser).await.len(),
        3,
        "the stent's three stills"
    );
    // Remembered, with the other choices, under the one key.
    browser.eval("location.reload()").await;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(
        stills_here(&browser).await.len(),
        3,
        "still pictures after a reload"
    );
    browser.assert_clean_console().await;
    browser.close().await;
}
