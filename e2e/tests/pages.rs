//! The pages beside the journey, as a person uses them: the last step's tiles open their pages
//! and Back returns to the same moment; the check works by taps and by keyboard alone, and
//! "show me" opens the right step; glossary words open and close by tap, Enter and Escape;
//! the risks draw their 100 people; and every page is screenshotted at four sizes.

use e2e::Browser;
use fantoccini::key::Key;
use serde_json::Value;

const PAGES: [(&str, &str, &str); 8] = [
    ("before", "before", "Before the day"),
    ("risks", "risks", "Risks"),
    ("home", "after/home", "Going home"),
    ("medicines", "after/medicines", "Your medicines"),
    ("help", "after/help", "Getting help"),
    ("next", "after/next", "What comes next"),
    ("check", "check", "Check what you understood"),
    ("sources", "sources", "Where this information comes from"),
];

async fn scrubber(browser: &Browser) -> Value {
    browser
        .eval("return document.querySelector('.scrubber').value")
        .await
}

async fn expect_page(browser: &Browser, slug: &str, title: &str) {
    browser
        .client
        .wait()
        .for_element(fantoccini::Locator::Css(".page-title"))
        .await
        .expect("the page opens");
    assert_eq!(browser.text(".page-title").await, title);
    let shown = browser
        .eval("return [location.hash, getComputedStyle(document.querySelector('.app-main')).display, !!document.querySelector('.controls') && getComputedStyle(document.querySelector('.controls')).display]")
        .await;
    assert!(
        shown[0].as_str().unwrap().starts_with(&format!("#/{slug}")),
        "the link follows the page: {}",
        shown[0]
    );
    assert_eq!(shown[1], "none", "the journey waits out of sight");
    assert_eq!(shown[2], "none", "so do its controls");
}

#[tokio::test]
async fn tiles_and_links_open_pages_and_back_returns_to_the_same_moment() {
    let browser = Browser::start().await;
    browser.resize(1024, 768).await;
    browser.open("#/step/after").await;
    browser.scrub(0.5).await;
    let moment = scrubber(&browser).await;
    for (id, slug, title) in &PAGES[2..6] {
        browser
            .click(&format!(".summary-tile[data-page='{id}']"))
            .await;
        expect_page(&browser, slug, title).await;
        browser.click(".page-back").await;
        assert_eq!(browser.text(".panel-title").await, "After your procedure");
        assert_eq!(scrubber(&browser).await, moment, "back at the same moment");
    }
    // From the middle of another step, by the row of links and by the browser's Back.
    browser.open("#/step/balloon").await;
    browser.scrub(0.4).await;
    let moment = scrubber(&browser).await;
    for (id, slug, title) in &PAGES {
        // "Getting help" is always in sight; the other pages are in a small menu.
        if *id != "help" {
            browser.click(".panel .page-more summary").await;
        }
        browser
            .click(&format!(".panel .page-menu a[data-page='{id}']"))
            .await;
        expect_page(&browser, slug, title).await;
        browser.client.back().await.unwrap();
        assert_eq!(
            browser.text(".panel-title").await,
            "A balloon widens the artery"
        );
        assert_eq!(scrubber(&browser).await, moment);
    }
    // Before the day is offered from the first step and the last.
    for step in ["heart", "after"] {
        browser.open(&format!("#/step/{step}")).await;
        assert!(
            browser
                .eval("return !!document.querySelector(\".panel a[data-page='before']\")")
                .await
                == true
        );
    }
    browser.assert_clean_console().await;
    browser.close().await;
}

/// The feedback's words once it shows (a render may still be on its way).
async fn feedback(browser: &Browser) -> String {
    for _ in 0..50 {
        let text = browser
            .eval("const f = document.querySelector('.check-feedback'); return f ? f.textContent : null")
            .await;
        if let Some(text) = text.as_str() {
            return text.to_string();
        }
        tokio::time::sleep(std::time::Duration::from_millis(40)).await;
    }
    panic!("no feedback after an answer");
}

#[tokio::test]
async fn the_check_works_by_keyboard_alone_and_a_wrong_answer_shows_the_way() {
    let browser = Browser::start().await;
    browser.resize(390, 844).await;
    browser.open("#/check").await;
    let total = browser
        .eval("return document.querySelector('.check-progress').textContent.match(/of (\\d+)/)[1]")
        .await;
    let total: usize = total.as_str().unwrap().parse().unwrap();
    assert!((6..=9).contains(&total));
    // The first question: a wrong answer first, kindly explained, then the right one.
    browser.tab_to(".check-answer[data-right='false']").await;
    browser.press(Key::Enter).await;
    assert!(feedback(&browser).await.starts_with("That is not right."));
    browser.tab_to(".check-retry").await;
    browser.press(Key::Enter).await;
    for n in 0..total {
        browser.tab_to(".check-answer[data-right='true']").await;
        browser.press(Key::Enter).await;
        assert!(
            feedback(&browser).await.starts_with("That is right."),
            "question {n}"
        );
        browser.tab_to(".check-next").await;
        browser.press(Key::Enter).await;
        // The next question is up once the feedback has gone.
        for _ in 0..50 {
            if browser
                .eval("return !document.querySelector('.check-feedback')")
                .await
                == true
            {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(40)).await;
        }
    }
    // The first question was missed once, so it does not count.
    assert_eq!(
        browser.text(".check-score").await,
        format!("You got {} of {total} right.", total - 1)
    );
    assert!(browser
        .text(".check-end")
        .await
        .contains("Talk to your heart team"));
    browser.screenshot("page-check-score-390x844").await;

    // By taps: start again; a wrong answer's "show me" opens the step that explains it.
    browser.click(".check-done .check-button").await;
    let first = browser
        .eval("return document.querySelector('.check').dataset.question")
        .await;
    assert_eq!(first, "awake");
    browser.click(".check-answer[data-right='false']").await;
    browser.screenshot("page-check-wrong-390x844").await;
    browser.click(".check-show").await;
    assert_eq!(browser.text(".panel-title").await, "Getting ready");
    browser.open("#/check").await;
    for _ in 0..total {
        browser.click(".check-answer[data-right='true']").await;
        browser.click(".check-next").await;
    }
    assert_eq!(
        browser.text(".check-score").await,
        format!("You got {total} of {total} right.")
    );
    browser.assert_clean_console().await;
    browser.close().await;
}

#[tokio::test]
async fn glossary_words_open_and_close_by_tap_enter_and_escape() {
    let browser = Browser::start().await;
    browser.resize(390, 844).await;
    browser.open("#/step/travel").await;
    let term = ".panel-text .term[data-term='catheter']";
    let open = "return !document.querySelector('.panel-text .term-pop:not([hidden])') ? false : document.querySelector('.panel-text .term-pop:not([hidden])').textContent";
    browser.click(term).await;
    let meaning = browser
        .eval(open)
        .await
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(meaning.contains("thin tube"), "{meaning}");
    // The meaning opens inside the words: it never covers the controls.
    let clear = browser
        .eval("const p = document.querySelector('.panel-text .term-pop:not([hidden])').getBoundingClientRect(); const c = document.querySelector('.controls').getBoundingClientRect(); const panel = document.querySelector('.panel').getBoundingClientRect(); return p.top >= panel.top - 1 && (p.bottom <= c.top + 1 || p.top >= c.bottom)")
        .await;
    assert_eq!(clear, true);
    browser.screenshot("glossary-open-390x844").await;
    browser.click(term).await;
    assert_eq!(browser.eval(open).await, false);
    // By keyboard: Enter opens, Escape closes.
    browser
        .eval(&format!("document.querySelector(\"{term}\").focus()"))
        .await;
    browser.press(Key::Enter).await;
    assert_eq!(
        browser
            .eval(&format!(
                "return document.querySelector(\"{term}\").getAttribute('aria-expanded')"
            ))
            .await,
        "true"
    );
    let focused = browser.client.active_element().await.unwrap();
    focused.send_keys(&Key::Escape.to_string()).await.unwrap();
    let still = browser
        .eval(&format!(
            "return document.activeElement === document.querySelector(\"{term}\")"
        ))
        .await;
    assert_eq!(still, true, "the word keeps the keyboard's focus");
    assert_eq!(browser.eval(open).await, false);
    browser.assert_clean_console().await;
    browser.close().await;
}

#[tokio::test]
async fn the_risks_show_100_people_each_as_the_words_say() {
    let browser = Browser::start().await;
    browser.resize(1024, 768).await;
    browser.open("#/risks").await;
    let arrays = browser
        .eval("return [...document.querySelectorAll('.risk')].map(r => [r.dataset.risk, r.querySelectorAll('.person').length, r.querySelectorAll('.person.marked').length, r.querySelector('.risk-array').getAttribute('aria-label'), r.querySelector('.risk-number').textContent, r.querySelectorAll('.risk-key li').length])")
        .await;
    let ids: Vec<&str> = (0..3).map(|i| arrays[i][0].as_str().unwrap()).collect();
    assert_eq!(ids, ["bruising", "bleeding", "serious"]);
    let marked: Vec<Value> = (0..3).map(|i| arrays[i][2].clone()).collect();
    assert_eq!(marked, [5, 2, 0].map(Value::from), "people marked");
    assert_eq!(arrays[0][1], 100);
    assert!(arrays[0][4]
        .as_str()
        .unwrap()
        .contains("more than 5 in every 100"));
    assert!(arrays[1][4].as_str().unwrap().contains("1 or 2 in 100"));
    // Fewer than 1 in 100 marks no one, says so, and keys only the people not marked: a
    // person shown pale was read as one in 100 dying.
    assert!(arrays[2][3]
        .as_str()
        .unwrap()
        .starts_with("100 people. Fewer than 1"));
    assert!(arrays[2][4].as_str().unwrap().contains("it is not zero"));
    assert_eq!(arrays[2][5], 1, "one key: the people who do not");
    assert!(!browser.text(".page").await.contains("people like you"));
    assert!(browser
        .text(".page")
        .await
        .contains("Your heart team will talk about your own risks with you."));
    // An emergency: no figure the sources give only for planned care.
    browser.open("#/risks?urgency=emergency").await;
    assert_eq!(
        browser
            .eval("return document.querySelectorAll('.risk').length")
            .await,
        1
    );
    browser.assert_clean_console().await;
    browser.close().await;
}

#[tokio::test]
async fn every_page_is_screenshotted_at_four_sizes_and_fits_the_width() {
    let browser = Browser::start().await;
    for (width, height) in [(320, 568), (390, 844), (1024, 768), (1440, 900)] {
        browser.resize(width, height).await;
        let mut pages: Vec<(String, String)> = PAGES
            .iter()
            .map(|(id, slug, _)| (id.to_string(), format!("#/{slug}")))
            .collect();
        pages.push((
            "before-emergency".into(),
            "#/before?urgency=emergency".into(),
        ));
        pages.push(("help-groin".into(), "#/after/help?access=groin".into()));
        for (name, hash) in pages {
            browser.open(&hash).await;
            let wide = browser
                .eval("const p = document.querySelector('.app-page'); return p.scrollWidth <= p.clientWidth + 1")
                .await;
            assert_eq!(
                wide, true,
                "{name} at {width}x{height} is wider than the screen"
            );
            browser
                .screenshot(&format!("page-{name}-{width}x{height}"))
                .await;
        }
    }
    browser.assert_clean_console().await;
    browser.close().await;
}
