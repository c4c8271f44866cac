//! Heartpath in the patient's language: a switch mid-step keeps the step and moment, the link
//! carries the language and the app remembers it; Arabic mirrors the page, not the anatomy.

use e2e::Browser;

async fn choose(browser: &Browser, tag: &str) {
    browser
        .eval(&format!(
            "const s = document.querySelector('.language select'); s.value = '{tag}'; s.dispatchEvent(new Event('change', {{ bubbles: true }}));"
        ))
        .await;
    for _ in 0..50 {
        if browser.eval("return document.documentElement.lang").await == tag {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the page never turned to {tag}");
}

#[tokio::test]
async fn switching_language_keeps_the_step_and_moment_and_is_kept_in_the_link() {
    let browser = Browser::start().await;
    browser.resize(1024, 768).await;
    browser.open("#/step/balloon?access=groin").await;
    browser.scrub(0.4).await;
    let english = browser.text(".panel-title").await;
    let moment = browser
        .eval("return document.querySelector('.scrubber').value")
        .await;
    for tag in ["fr", "es", "zh-CN", "ar"] {
        choose(&browser, tag).await;
        let title = browser.text(".panel-title").await;
        assert!(!title.is_empty() && title != english, "{tag}: {title}");
        let here = browser
            .eval("return [document.querySelector('.stage-svg').dataset.step, document.querySelector('.scrubber').value, location.hash]")
            .await;
        assert_eq!(here[0], "balloon", "{tag}: the step stays");
        assert_eq!(here[1], moment, "{tag}: the moment stays");
        let hash = here[2].as_str().unwrap();
        assert!(
            hash.contains(&format!("lang={tag}")) && hash.contains("access=groin"),
            "{hash}"
        );
        browser
            .screenshot(&format!("language-{tag}-balloon-1024x768"))
            .await;
    }
    // Arabic mirrors the page: the words on the left, the picture on the right, and the
    // picture's own left and right unchanged.
    let sides = browser
        .eval("const p = document.querySelector('.panel').getBoundingClientRect(), s = document.querySelector('.stage').getBoundingClientRect(); return [document.documentElement.dir, p.left < s.left, getComputedStyle(document.querySelector('.stage-svg')).direction]")
        .await;
    assert_eq!(sides, serde_json::json!(["rtl", true, "ltr"]));
    // Remembered: a link without a language opens in the last one chosen.
    browser.open("#/step/heart").await;
    for _ in 0..50 {
        if browser.eval("return document.documentElement.lang").await == "ar" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(
        browser.eval("return document.documentElement.lang").await,
        "ar"
    );
    for (w, h) in [(390, 844), (768, 1024), (320, 568)] {
        browser.resize(w, h).await;
        browser
            .screenshot(&format!("language-ar-heart-{w}x{h}"))
            .await;
    }
    choose(&browser, "zh-CN").await;
    for (w, h) in [(390, 844), (768, 1024)] {
        browser.resize(w, h).await;
        browser
            .screenshot(&format!("language-zh-CN-heart-{w}x{h}"))
            .await;
    }
    choose(&browser, "en").await;
    assert_eq!(
        browser.eval("return document.documentElement.dir").await,
        "ltr"
    );
    browser.assert_clean_console().await;
    browser.close().await;
}

/// Every step in Arabic and in Chinese, at its key moment, at phone and tablet sizes in the
/// light, dark and forced-colours looks, and on the smallest phone: screenshots to look at
/// (`look-<lang>-<step>-<size>-<look>`), and nothing wider than the screen.
#[tokio::test]
async fn every_step_in_arabic_and_chinese_in_every_look() {
    let browser = Browser::start().await;
    let mut problems = Vec::new();
    for lang in ["ar", "zh-CN"] {
        for (w, h, look) in [
            (390, 844, "light"),
            (768, 1024, "light"),
            (320, 568, "light"),
            (390, 844, "dark"),
            (768, 1024, "dark"),
            (390, 844, "forced"),
            (768, 1024, "forced"),
        ] {
            let (name, value) = match look {
                "dark" => ("prefers-color-scheme", "dark"),
                "forced" => ("forced-colors", "active"),
                _ => ("prefers-color-scheme", "light"),
            };
            if !browser.emulate_media(name, value).await {
                continue;
            }
            browser.resize(w, h).await;
            // A link in the language, opened in the running app, switches to it.
            browser.open(&format!("#/step/heart?lang={lang}")).await;
            // The words and the menu follow the link within a render or two.
            for _ in 0..50 {
                let now = browser
                    .eval("return [document.documentElement.lang, document.querySelector('.language select').value]")
                    .await;
                if now == serde_json::json!([lang, lang]) {
                    break;
                }
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            }
            assert_eq!(
                browser
                    .eval("return [document.documentElement.lang, document.querySelector('.language select').value]")
                    .await,
                serde_json::json!([lang, lang]),
                "the words and the language menu"
            );
            for step in [
                "heart", "ready", "travel", "pictures", "wire", "balloon", "stent", "flow", "after",
            ] {
                browser.click(&format!(".chip[data-step='{step}']")).await;
                browser.scrub_to_key().await;
                let wide = browser
                    .eval("return document.documentElement.scrollWidth > innerWidth")
                    .await;
                if wide == true {
                    problems.push(format!(
                        "{lang} {step} {w}x{h} {look}: wider than the screen"
                    ));
                }
                // The words on the picture, measured as drawn in this script.
                if look == "light" {
                    for problem in browser.label_problems().await {
                        problems.push(format!("{lang} {step} {w}x{h}: {problem}"));
                    }
                }
                browser
                    .screenshot(&format!("look-{lang}-{step}-{w}x{h}-{look}"))
                    .await;
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    browser.assert_clean_console().await;
    browser.close().await;
}
