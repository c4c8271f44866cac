//! Accessibility, measured: axe-core (WCAG 2.0–2.2 A and AA rules) on every step and every
//! page, at phone and portrait-tablet sizes, light and dark, in English and in Arabic (right
//! to left).

use e2e::Browser;
use serde_json::Value;

/// axe-core, pinned in package.json and installed by `cargo xtask test` (npm ci).
fn axe() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../node_modules/axe-core/axe.min.js"
    );
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e} (run cargo xtask test)"))
}

const RUN: &str = "return axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] })
    .then(r => r.violations.map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')))";

#[tokio::test]
async fn every_step_and_page_passes_axe_on_phone_and_tablet_in_english_and_arabic() {
    let browser = Browser::start().await;
    let axe = axe();
    let mut problems = Vec::new();
    let steps = [
        "heart", "ready", "travel", "pictures", "wire", "balloon", "stent", "flow", "after",
    ];
    let pages = [
        "before",
        "risks",
        "after/home",
        "after/medicines",
        "after/help",
        "after/next",
        "check",
        "handout",
    ];
    for (width, height, scheme) in [
        (390, 844, "light"),
        (768, 1024, "light"),
        (390, 844, "dark"),
        (768, 1024, "dark"),
    ] {
        browser.resize(width, height).await;
        if !browser.emulate_media("prefers-color-scheme", scheme).await {
            continue;
        }
        for lang in ["en", "ar"] {
            let mut places: Vec<String> = steps
                .iter()
                .map(|s| format!("#/step/{s}?lang={lang}"))
                .collect();
            places.extend(pages.iter().map(|p| format!("#/{p}?lang={lang}")));
            for place in places {
                browser.open(&place).await;
                if place.ends_with("step/balloon?lang=en") {
                    browser
                        .screenshot(&format!("access-{scheme}-balloon-{width}x{height}"))
                        .await;
                }
                // Wait for the language to arrive.
                for _ in 0..40 {
                    if browser.eval("return document.documentElement.lang").await == lang {
                        break;
                    }
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                }
                browser.eval(&format!("{axe}; return true")).await;
                let found: Value = browser.eval(RUN).await;
                for v in found.as_array().into_iter().flatten() {
                    problems.push(format!(
                        "{width}x{height} {place}: {}",
                        v.as_str().unwrap_or_default()
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "axe found:\n{}", problems.join("\n"));
    browser.close().await;
}
