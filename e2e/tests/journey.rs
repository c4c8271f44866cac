//! The journey as a person walks it: by buttons, by keyboard, from a shared link, from a broken
//! link; and a screenshot of every step's start, middle and end at phone and tablet sizes.

use e2e::Browser;
use fantoccini::key::Key;
use fantoccini::Locator;

const TITLES: [(&str, &str); 9] = [
    ("heart", "Your heart and its arteries"),
    ("ready", "Getting ready"),
    ("travel", "The tube travels to your heart"),
    ("pictures", "Pictures of your arteries"),
    ("wire", "A thin wire crosses the narrow part"),
    ("balloon", "A balloon widens the artery"),
    ("stent", "A stent keeps it open"),
    ("flow", "Blood flows more easily"),
    ("after", "After your procedure"),
];

async fn expect_step(browser: &Browser, slug: &str, title: &str) {
    assert_eq!(browser.text(".panel-title").await, title);
    let shown = browser
        .eval("return [document.querySelector('.stage-svg').dataset.step, location.hash]")
        .await;
    assert_eq!(shown[0], slug, "the picture shows {slug}");
    assert!(
        shown[1]
            .as_str()
            .unwrap()
            .starts_with(&format!("#/step/{slug}")),
        "link follows: {}",
        shown[1]
    );
}

#[tokio::test]
async fn walks_every_step_by_buttons_and_by_keyboard() {
    let browser = Browser::start().await;
    browser.resize(1024, 768).await;
    browser.open("#/step/heart").await;
    expect_step(&browser, TITLES[0].0, TITLES[0].1).await;
    for (slug, title) in &TITLES[1..] {
        browser.click(".control-next").await;
        expect_step(&browser, slug, title).await;
    }
    let body = browser.client.find(Locator::Css("body")).await.unwrap();
    body.send_keys(&Key::Home.to_string()).await.unwrap();
    expect_step(&browser, TITLES[0].0, TITLES[0].1).await;
    for (slug, title) in &TITLES[1..] {
        body.send_keys(&Key::Right.to_string()).await.unwrap();
        expect_step(&browser, slug, title).await;
    }
    // Back and Forward retrace the steps.
    browser.client.back().await.unwrap();
    expect_step(&browser, "flow", TITLES[7].1).await;
    browser.client.forward().await.unwrap();
    expect_step(&browser, "after", TITLES[8].1).await;
    // Playing on into the next step moves the address without a history entry of its own
    // (a journey played through would leave one per step, and Back would replay it), and the
    // new step's words do not make what is below them jump (where the engine can tell).
    browser.click(".chip[data-step='balloon']").await;
    expect_step(&browser, "balloon", TITLES[5].1).await;
    let entries = browser.eval("return history.length").await;
    browser
        .eval("window.jumps = []; if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) new PerformanceObserver(list => jumps.push(...list.getEntries().filter(e => !e.hadRecentInput).map(e => e.value))).observe({ type: 'layout-shift' });")
        .await;
    browser.click(".auto input").await;
    // Far enough from the end that the change comes over half a second after the last
    // press (the engine does not count a jump just after one).
    browser.scrub(0.9).await;
    browser
        .eval("const play = document.querySelector('.control-play'); if (play.getAttribute('aria-label') === 'Play') play.click();")
        .await;
    browser
        .until(
            "return location.hash.startsWith('#/step/stent')",
            "played on into the next step",
        )
        .await;
    expect_step(&browser, "stent", TITLES[6].1).await;
    assert_eq!(browser.eval("return history.length").await, entries);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let jumped = browser
        .eval("return jumps.reduce((a, b) => a + b, 0)")
        .await
        .as_f64()
        .unwrap();
    assert!(jumped < 0.01, "the page jumped by {jumped} (layout shift)");
    browser.assert_clean_console().await;
    browser.close().await;
}

/// Every moment of every step, scrubbed through in small steps, in a planned and an emergency
/// case: the picture is always there and nothing goes wrong in the console. (Parts of the
/// picture come and go at many moments; a fault in how they are added once took the whole
/// picture away at one moment of one step.)
#[tokio::test]
async fn every_moment_of_every_step_draws() {
    let browser = Browser::start().await;
    browser.resize(1024, 768).await;
    for link in ["#/step/heart", "#/step/heart?urgency=emergency"] {
        browser.open(link).await;
        for (slug, _) in TITLES {
            browser.click(&format!(".chip[data-step='{slug}']")).await;
            let broken = browser
                .eval_async(
                    "(async () => {
                       const s = document.querySelector('.scrubber');
                       for (let v = 0; v <= 1000; v += 20) {
                         s.value = v; s.dispatchEvent(new Event('input', { bubbles: true }));
                         await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
                         if (!document.querySelector('.stage-svg .section, .stage-svg .labels')) return v;
                       }
                       return -1;
                     })().then(done);",
                )
                .await;
            assert_eq!(
                broken, -1,
                "{link}: {slug} draws at every moment (broke at {broken}/1000)"
            );
        }
    }
    browser.assert_clean_console().await;
    browser.close().await;
}

#[tokio::test]
async fn opens_shared_links_and_forgives_broken_ones() {
    let browser = Browser::start().await;
    browser.resize(390, 844).await;
    browser.open("#/step/balloon?access=groin&artery=rca").await;
    expect_step(&browser, "balloon", TITLES[5].1).await;
    assert!(browser
        .eval("return document.querySelector('.note') === null")
        .await
        .as_bool()
        .unwrap());
    browser.screenshot("link-balloon-groin-rca-phone").await;

    browser
        .open("#/step/travel?access=groin&urgency=emergency")
        .await;
    assert!(browser
        .text(".panel-text")
        .await
        .contains("up through your body"));

    browser.open("#/step/ballooon").await;
    expect_step(&browser, "heart", TITLES[0].1).await;
    assert!(browser
        .text(".note")
        .await
        .contains("started at the beginning"));
    browser.screenshot("link-broken-phone").await;
    browser.assert_clean_console().await;
    browser.close().await;
}

#[tokio::test]
async fn every_step_at_start_middle_and_end_on_phone_and_tablet() {
    let browser = Browser::start().await;
    for (size, width, height) in [("phone", 390, 844), ("tablet-landscape", 1024, 768)] {
        browser.resize(width, height).await;
        browser.open("#/step/heart").await;
        for (slug, title) in TITLES {
            browser.click(&format!(".chip[data-step='{slug}']")).await;
            expect_step(&browser, slug, title).await;
            for (moment, fraction) in [("start", 0.0), ("middle", 0.5), ("end", 1.0)] {
                browser.scrub(fraction).await;
                // The play button says so once the control bar has drawn the pause (a frame
                // later in some engines).
                browser
                    .until(
                        "return document.querySelector('.control-play').getAttribute('aria-label') === 'Play'",
                        "scrubbing pauses",
                    )
                    .await;
                let height = browser
                    .eval("return document.querySelector('.stage').getBoundingClientRect().height")
                    .await;
                assert!(
                    height.as_f64().unwrap() > 150.0,
                    "{slug} {moment}: the picture has room"
                );
                browser
                    .screenshot(&format!("step-{size}-{slug}-{moment}"))
                    .await;
            }
        }
    }
    browser.assert_clean_console().await;
    browser.close().await;
}
