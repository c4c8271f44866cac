//! Every step's key pose and end, in every setup, as a person sees them: the moment the title
//! names is on screen and named, the labels are readable, and the patient's own case shows.
//! Screenshots of each land in `target/screenshots/` for a person to look at.

use e2e::Browser;
use serde_json::Value;

/// Every setup as a link query, with a short name for its screenshots.
fn setups() -> Vec<(String, String)> {
    let mut all = Vec::new();
    for access in ["wrist", "groin"] {
        for artery in ["lad", "circumflex", "rca"] {
            for treatment in ["stent", "balloon", "angiogram"] {
                for urgency in ["planned", "emergency"] {
                    all.push((
                        format!("{access}-{artery}-{treatment}-{urgency}"),
                        format!("access={access}&artery={artery}&treatment={treatment}&urgency={urgency}"),
                    ));
                }
            }
        }
    }
    all
}

async fn steps_shown(browser: &Browser) -> Vec<String> {
    let steps = browser
        .eval("return [...document.querySelectorAll('.chip')].map(c => c.dataset.step)")
        .await;
    steps
        .as_array()
        .expect("chips")
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

/// What must be on the picture at a step's key pose (CSS selectors).
fn key_parts(step: &str, query: &str) -> Vec<String> {
    let artery = query
        .split('&')
        .find_map(|p| p.strip_prefix("artery="))
        .unwrap_or("lad");
    let emergency = query.contains("urgency=emergency");
    let locator = format!(".locator[data-artery='{artery}']");
    let mut parts: Vec<String> = match step {
        "heart" => vec![".close-up", ".marker"],
        "ready" => vec![".sheath", "[data-label='label-sheath']", ".locator-body"],
        "travel" => vec![".catheter", "[data-label='label-aorta']"],
        "pictures" => vec![".xray .dye", "[data-label='label-narrowing']"],
        "wire" => vec![".section .wire", ".section .guide"],
        "balloon" => vec![".section .balloon", "[data-label='label-balloon']"],
        "stent" => vec![".section .stent", ".section .balloon"],
        "flow" => vec![".section .stent, .section .cells", ".section .flow-arrows"],
        "results" => vec![".xray .dye", "[data-label='label-narrowing']"],
        _ => vec![".home", ".band", "[data-label='label-medicines']"],
    }
    .into_iter()
    .map(String::from)
    .collect();
    if matches!(step, "wire" | "balloon" | "stent" | "flow") {
        parts.push(locator);
    }
    if emergency && matches!(step, "heart" | "wire") {
        parts.push(".clot, [data-label='label-blockage']".into());
    }
    parts
}

async fn missing(browser: &Browser, selectors: &[String]) -> Vec<String> {
    let list = Value::from(selectors.to_vec());
    let found = browser
        .eval(&format!(
            "return {list}.filter(s => document.querySelector(s) === null)"
        ))
        .await;
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.to_string())
        .collect()
}

#[tokio::test]
async fn every_step_key_pose_and_end_in_every_setup() {
    let browser = Browser::start().await;
    browser.resize(1024, 768).await;
    let mut problems = Vec::new();
    for (name, query) in setups() {
        browser.open(&format!("#/step/heart?{query}")).await;
        for step in steps_shown(&browser).await {
            browser.click(&format!(".chip[data-step='{step}']")).await;
            browser.scrub_to_key().await;
            for gone in missing(&browser, &key_parts(&step, &query)).await {
                problems.push(format!("{name} {step} key pose: nothing shows {gone}"));
            }
            for p in browser.label_problems().await {
                problems.push(format!("{name} {step} key pose: {p}"));
            }
            browser.screenshot(&format!("key-{name}-{step}")).await;
            browser.scrub(1.0).await;
            for p in browser.label_problems().await {
                problems.push(format!("{name} {step} end: {p}"));
            }
            browser.screenshot(&format!("end-{name}-{step}")).await;
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    browser.assert_clean_console().await;
    browser.close().await;
}

/// The default journey at every size a person uses: nothing clipped, the picture has room
/// (on a phone, at least half the height), and on a larger screen a step's own words fit
/// without scrolling where they can (the links to the other pages may sit below them, with a
/// cue; on a phone the words scroll beneath the picture, with the cue).
#[tokio::test]
async fn the_default_journey_fits_every_screen() {
    let browser = Browser::start().await;
    let mut problems = Vec::new();
    for (size, width, height) in [
        ("small-phone", 320, 568),
        ("phone", 390, 844),
        ("tablet-portrait", 768, 1024),
        ("desktop", 1440, 900),
    ] {
        browser.resize(width, height).await;
        browser.open("#/step/heart").await;
        for step in steps_shown(&browser).await {
            browser.click(&format!(".chip[data-step='{step}']")).await;
            browser.scrub_to_key().await;
            let layout = browser
                .eval(
                    "const r = s => document.querySelector(s).getBoundingClientRect();
                     const chips = [...document.querySelectorAll('.chip')].map(c => c.getBoundingClientRect());
                     const row = r('.chips');
                     const buttons = [...document.querySelectorAll('.controls button')].map(b => b.getBoundingClientRect());
                     const panel = document.querySelector('.panel');
                     return {
                       stage: r('.stage').height / innerHeight,
                       chipsInside: chips.every(c => c.left >= row.left - 1 && c.right <= row.right + 1) || document.querySelector('.chips').scrollWidth > document.querySelector('.chips').clientWidth,
                       current: (() => { const c = r('.chip[aria-current]'); return c.left >= 0 && c.right <= innerWidth; })(),
                       buttonsInside: buttons.every(b => b.left >= 0 && b.right <= innerWidth && b.bottom <= innerHeight)
                         && [...document.querySelectorAll('.app-header > *')].every(e => e.getBoundingClientRect().right <= innerWidth + 1),
                       // The step's own words and its safety sentences (a good-to-know note and the
                       // links to other pages may follow below, with a cue).
                       textFits: (() => { const own = [...panel.querySelectorAll('.panel-title, .panel-text, .panel .safety')]; return own[own.length - 1].getBoundingClientRect().bottom <= panel.getBoundingClientRect().bottom + 1; })(),
                       // The cue shows for more than a few pixels below (as the panel measures it).
                       scrolls: panel.scrollHeight - panel.scrollTop - panel.clientHeight > 8,
                       overflow: (() => { const own = [...panel.querySelectorAll('.panel-title, .panel-text, .panel .safety')]; return Math.round(own[own.length - 1].getBoundingClientRect().bottom - panel.getBoundingClientRect().bottom); })(),
                       cue: document.querySelector('.panel-more-shelf:not([hidden])') !== null,
                       headerOneRow: (() => { const tops = [...document.querySelectorAll('.app-header > *')].map(e => e.getBoundingClientRect()).filter(b => b.width > 0).map(b => b.top + b.height / 2); return Math.max(...tops) - Math.min(...tops) < 20; })(),
                     };",
                )
                .await;
            let at = format!("{size} {step}");
            // On a phone the picture takes at least half the height (its tools in a band
            // along its top, over no anatomy); the words scroll beneath it.
            // (The smallest phones keep room for a few lines of words.)
            let least = if width < 700 && height >= 800 {
                0.5
            } else {
                0.38
            };
            if layout["stage"].as_f64().unwrap() < least {
                problems.push(format!(
                    "{at}: the picture is only {:.0}% of the height",
                    layout["stage"].as_f64().unwrap() * 100.0
                ));
            }
            for (key, what) in [
                ("chipsInside", "a step chip is clipped"),
                ("current", "the current step's chip is off screen"),
                ("buttonsInside", "a control is off screen"),
                ("headerOneRow", "the header wraps to a second row"),
            ] {
                if layout[key] != Value::Bool(true) {
                    problems.push(format!("{at}: {what}"));
                }
            }
            let fits = layout["textFits"] == Value::Bool(true);
            // The first and last steps have the most to say (what the guide is about; the
            // main points): there they may scroll, with a clear cue.
            if width >= 700 && !fits && step != "after" && step != "heart" {
                problems.push(format!(
                    "{at}: the words need scrolling ({} px more)",
                    layout["overflow"]
                ));
            }
            if layout["scrolls"] == Value::Bool(true) && layout["cue"] != Value::Bool(true) {
                problems.push(format!("{at}: words below the fold and no cue"));
            }
            for p in browser.label_problems().await {
                problems.push(format!("{at}: {p}"));
            }
            browser.screenshot(&format!("size-{size}-{step}-key")).await;
            browser.scrub(1.0).await;
            browser.screenshot(&format!("size-{size}-{step}-end")).await;
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    browser.assert_clean_console().await;
    browser.close().await;
}
