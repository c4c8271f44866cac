//! The consultation on a tablet, with touch: "Your procedure" sets this patient's procedure
//! and the picture itself follows at once (where the route starts and ends, whether a stent is
//! drawn), at the same step, with the link.

use e2e::Browser;
use serde_json::Value;

/// Chooses `value` for `setting` in the open "Your procedure" sheet, as a finger would.
async fn choose(browser: &Browser, setting: &str, value: &str) {
    browser
        .click(&format!(
            ".choices[data-setting='{setting}'] label:has(input[value='{value}'])"
        ))
        .await;
}

/// Where the drawn catheter starts and ends, and which coronary artery holds the narrowed
/// spot, read from the picture's own shapes.
const ROUTE: &str = "
    const bodies = [...document.querySelectorAll('.stage-svg .catheter-body')];
    const points = d => d.match(/-?[0-9.]+/g).map(Number);
    const first = points(bodies[0].getAttribute('d'));
    const last = points(bodies[bodies.length - 1].getAttribute('d'));
    const end = [last[last.length - 2], last[last.length - 1]];
    const svg = document.querySelector('.stage-svg');
    const nearest = [...document.querySelectorAll('.stage-svg .coronary')].map(c => {
        const p = points(c.getAttribute('d'));
        return [c.dataset.artery, Math.hypot(p[0] - end[0], p[1] - end[1])];
    }).sort((a, b) => a[1] - b[1])[0][0];
    const spot = document.querySelector('.stage-svg .spot-plaque').getBBox();
    const at = svg.createSVGPoint();
    at.x = spot.x + spot.width / 2; at.y = spot.y + spot.height / 2;
    const holds = [...document.querySelectorAll('.stage-svg .coronary')]
        .filter(c => c.isPointInFill(at)).map(c => c.dataset.artery);
    return { start: [first[0], first[1]], nearest, holds, hash: location.hash,
             step: svg.dataset.step };";

/// A fresh browser at a tablet's size, with a touch screen.
async fn touch_tablet(width: u32, height: u32) -> Browser {
    let browser = Browser::start().await;
    browser.resize(width, height).await;
    browser
        .cdp(
            "Emulation.setTouchEmulationEnabled",
            serde_json::json!({ "enabled": true, "maxTouchPoints": 5 }),
        )
        .await;
    browser
}

async fn check_setups(width: u32, height: u32) {
    let browser = touch_tablet(width, height).await;
    browser.open("#/step/travel").await;
    browser.scrub(1.0).await;
    browser.click(".open-setup").await;
    browser
        .screenshot(&format!("consult-setup-{width}x{height}"))
        .await;
    // Wrist, then groin: the drawn route starts at the chosen place, at the same step.
    for (access, x, y) in [("groin", 250.0, 614.0), ("wrist", 123.0, 550.0)] {
        choose(&browser, "access", access).await;
        let route = browser.eval(ROUTE).await;
        let start = &route["start"];
        let off = (start[0].as_f64().unwrap() - x).hypot(start[1].as_f64().unwrap() - y);
        assert!(
            off < 20.0,
            "{access}: the route starts {off:.0} units away: {route}"
        );
        assert_eq!(route["step"], "travel", "the step stays");
    }
    // Each artery: the route ends at its opening, and the ringed narrowing lies on it.
    for (artery, opening) in [("rca", "rca"), ("lad", "lad"), ("circumflex", "lad")] {
        choose(&browser, "artery", artery).await;
        let route = browser.eval(ROUTE).await;
        // The left arteries share one opening (the left main): the route ends there.
        let left = ["lad", "circumflex"];
        let ends = route["nearest"].as_str().unwrap();
        assert!(
            ends == opening || (left.contains(&ends) && left.contains(&opening)),
            "{artery}: the route ends at the {ends}"
        );
        assert_eq!(
            route["holds"],
            Value::from(vec![artery]),
            "{artery}: {route}"
        );
        assert!(
            route["hash"]
                .as_str()
                .unwrap()
                .contains(&format!("artery={artery}"))
                || artery == "lad"
        );
    }
    // Balloon only: no stent step and no stent drawn at the end; with a stent, both.
    choose(&browser, "treatment", "balloon").await;
    browser.click(".sheet-done").await;
    let focus = browser
        .eval("return document.activeElement.className")
        .await;
    assert_eq!(focus, "open-setup", "focus returns to the button");
    let stent_chip = "return !!document.querySelector(\".chip[data-step='stent']\")";
    assert_eq!(browser.eval(stent_chip).await, false);
    browser.click(".chip[data-step='after']").await;
    browser.scrub(1.0).await;
    assert_eq!(
        browser
            .eval("return !!document.querySelector('.stage-svg .spot-stent')")
            .await,
        false
    );
    browser.click(".open-setup").await;
    choose(&browser, "treatment", "stent").await;
    assert_eq!(
        browser
            .eval("return document.querySelector('.stage-svg').dataset.step")
            .await,
        "after"
    );
    assert_eq!(
        browser
            .eval("return !!document.querySelector('.stage-svg .spot-stent')")
            .await,
        true
    );
    assert_eq!(browser.eval(stent_chip).await, true);
    // Pictures only: the journey goes from the pictures to what they show, with no wire,
    // balloon or stent, and the picture at its end has no stent either.
    choose(&browser, "treatment", "angiogram").await;
    let chips = browser
        .eval("return [...document.querySelectorAll('.chip')].map(c => c.dataset.step).join(' ')")
        .await;
    assert_eq!(chips, "heart ready travel pictures results after");
    assert_eq!(
        browser
            .eval("return !!document.querySelector('.stage-svg .spot-stent')")
            .await,
        false
    );
    choose(&browser, "treatment", "stent").await;
    // An emergency: the clot is drawn in the artery section.
    choose(&browser, "urgency", "emergency").await;
    browser.click(".sheet-done").await;
    browser.click(".chip[data-step='wire']").await;
    browser.scrub(0.3).await;
    assert_eq!(
        browser
            .eval("return !!document.querySelector('.stage-svg .clot')")
            .await,
        true
    );
    assert!(browser
        .eval("return location.hash")
        .await
        .as_str()
        .unwrap()
        .contains("urgency=emergency"));
    browser.assert_clean_console().await;
    browser.close().await;
}

#[tokio::test]
async fn your_procedure_changes_the_picture_at_once_on_a_landscape_tablet() {
    check_setups(1024, 768).await;
}

#[tokio::test]
async fn your_procedure_changes_the_picture_at_once_on_a_portrait_tablet() {
    check_setups(768, 1024).await;
}

/// The QR code as drawn, read back as a phone camera would: every dark module of the drawing
/// painted into an image and handed to a QR decoder.
async fn read_qr(browser: &Browser) -> String {
    let drawn = browser
        .eval("const q = document.querySelector('.qr'); return [+q.dataset.modules, q.querySelector('.qr-dark').getAttribute('d')]")
        .await;
    let side = drawn[0].as_u64().unwrap() as usize;
    let dark: std::collections::HashSet<(usize, usize)> = drawn[1]
        .as_str()
        .unwrap()
        .split('M')
        .filter(|s| !s.is_empty())
        .map(|s| {
            let mut n = s.split(['h', ' ']).map(|v| v.parse::<usize>().unwrap());
            (n.next().unwrap(), n.next().unwrap())
        })
        .collect();
    let scale = 4;
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(side * scale, side * scale, |x, y| {
            if dark.contains(&(x / scale, y / scale)) {
                0
            } else {
                255
            }
        });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one code in the drawing");
    grids[0].decode().expect("the code decodes").1
}

#[tokio::test]
async fn give_to_patient_hands_over_a_link_that_reopens_this_setup_and_step() {
    let browser = Browser::start().await;
    browser.resize(1024, 768).await;
    browser
        .cdp(
            "Browser.grantPermissions",
            serde_json::json!({ "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"] }),
        )
        .await;
    browser.open("#/step/balloon?access=groin&artery=rca").await;
    browser.click(".open-handover").await;
    let link = browser
        .eval("return document.querySelector('.handover-link').value")
        .await;
    let link = link.as_str().unwrap().to_string();
    assert!(
        link.starts_with("http") && link.ends_with("#/step/balloon?access=groin&artery=rca"),
        "{link}"
    );
    assert_eq!(read_qr(&browser).await, link, "the code is the link");
    browser.screenshot("consult-handover-1024x768").await;
    browser.click(".handover-copy").await;
    let copied = browser.eval("return navigator.clipboard.readText()").await;
    assert_eq!(copied.as_str().unwrap(), link);
    assert_eq!(browser.text(".handover-copy").await, "Copied");
    // The link reopens the same step and setup in a fresh browser.
    let other = Browser::start().await;
    other.resize(1024, 768).await;
    let hash = &link[link.find('#').unwrap()..];
    other.open(hash).await;
    assert_eq!(
        other.text(".panel-title").await,
        "A balloon widens the artery"
    );
    assert!(other
        .eval("return location.hash")
        .await
        .as_str()
        .unwrap()
        .contains("artery=rca"));
    other.close().await;
    // On a phone, "Give to patient" is in "Your procedure".
    browser.click(".sheet-done").await;
    browser.resize(390, 844).await;
    browser.click(".open-setup").await;
    browser.click(".setup-sheet .sheet-action").await;
    assert_eq!(read_qr(&browser).await, link);
    browser.screenshot("consult-handover-390x844").await;
    browser.assert_clean_console().await;
    browser.close().await;
}

/// Opens the app with `clinic.json` answering `status` and `body`, as a clinic's host would.
async fn with_clinic(status: u16, body: &str) -> Browser {
    let browser = Browser::start().await;
    browser.resize(1024, 768).await;
    let answer = format!(
        "const real = window.fetch; window.fetch = (url, options) => String(url).endsWith('clinic.json') ? Promise.resolve(new Response({}, {{ status: {status} }})) : real(url, options);",
        serde_json::to_string(body).unwrap()
    );
    browser
        .cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            serde_json::json!({ "source": answer }),
        )
        .await;
    browser.open("#/after/help").await;
    // The file arrives after the first paint: wait for its words.
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    browser
}

/// The accent colour as painted (the border of "Your procedure"), as `#rrggbb`.
const ACCENT: &str =
    "const [r, g, b] = getComputedStyle(document.querySelector('.open-setup')).borderTopColor.match(/\\d+/g).map(Number); return '#' + [r, g, b].map(v => v.toString(16).padStart(2, '0')).join('')";

#[tokio::test]
async fn clinic_json_fills_the_numbers_and_colour_and_bad_files_fall_back_kindly() {
    // A good file: the numbers are in the words, the name in the header, the colour applied.
    let good = with_clinic(
        200,
        r##"{"name": "Riverside Heart Unit", "phone": "020 7946 0000", "emergency": "999", "accent": "#8a1538"}"##,
    )
    .await;
    let words = good.text(".page").await;
    assert!(
        words.contains("Call 999, or ask someone else to call for you."),
        "{words}"
    );
    assert_eq!(good.text(".app-clinic").await, "Riverside Heart Unit");
    assert_eq!(good.eval(ACCENT).await, "#8a1538");
    good.click(".page .page-list a[data-page='home']").await;
    assert!(good
        .text(".page")
        .await
        .contains("Riverside Heart Unit on 020 7946 0000"));
    good.screenshot("consult-clinic-1024x768").await;
    // In Arabic, the clinic's numbers are isolated left to right, so "020 7946 0000" keeps
    // its order inside right-to-left words.
    good.open("#/after/help?lang=ar").await;
    good.until(
        "return document.documentElement.lang === 'ar' && document.querySelector('.page-title').textContent !== 'Getting help'",
        "the page speaks Arabic",
    )
    .await;
    let isolated = good
        .eval("return document.querySelector('.page').textContent.includes('\\u2066020 7946 0000\\u2069') && document.querySelector('.page').textContent.includes('\\u2066999\\u2069')")
        .await;
    assert_eq!(isolated, true, "numbers isolated in Arabic");
    good.screenshot("consult-clinic-ar-1024x768").await;
    good.assert_clean_console().await;
    good.close().await;

    // A name holding a right-to-left override cannot turn the words after it around.
    let tricky = with_clinic(
        200,
        "{\"name\": \"Riverside \u{202e}999 llac\", \"emergency\": \"999\"}",
    )
    .await;
    assert_eq!(tricky.text(".app-clinic").await, "Riverside 999 llac");
    assert_eq!(
        tricky
            .eval("return document.body.textContent.includes('\\u202e')")
            .await,
        false
    );
    tricky.close().await;

    // Missing: the plain words, no warning.
    let missing = with_clinic(404, "").await;
    assert!(missing
        .text(".page")
        .await
        .contains("Call the emergency number"));
    assert_eq!(missing.eval(ACCENT).await, "#0b6e99");
    missing.assert_clean_console().await;
    missing.close().await;

    // Broken: one field bad (the rest kept), and one clear warning naming it.
    let broken = with_clinic(
        200,
        r##"{"emergency": "call 999", "accent": "#ffff00", "name": "Riverside"}"##,
    )
    .await;
    assert!(broken
        .text(".page")
        .await
        .contains("Call the emergency number"));
    assert_eq!(broken.eval(ACCENT).await, "#0b6e99");
    assert_eq!(broken.text(".app-clinic").await, "Riverside");
    let problems = broken.console_problems().await;
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems.iter().any(|p| p.contains("\\\"emergency\\\"")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("\\\"accent\\\"")),
        "{problems:?}"
    );
    broken.close().await;

    // Not JSON at all: the defaults, one warning, and the page still works.
    let garbled = with_clinic(200, "<html>oops</html>").await;
    assert!(garbled
        .text(".page")
        .await
        .contains("Call the emergency number"));
    assert_eq!(garbled.console_problems().await.len(), 1);
    garbled.close().await;
}

/// Drags a finger across the picture through `points` (CSS pixels), as a touch screen would.
async fn drag(browser: &Browser, points: &[(f64, f64)]) {
    let touch = |kind: &str, (x, y): (f64, f64)| serde_json::json!({ "type": kind, "touchPoints": if kind == "touchEnd" { serde_json::json!([]) } else { serde_json::json!([{ "x": x, "y": y, "id": 1 }]) } });
    browser
        .cdp("Input.dispatchTouchEvent", touch("touchStart", points[0]))
        .await;
    for p in &points[1..] {
        browser
            .cdp("Input.dispatchTouchEvent", touch("touchMove", *p))
            .await;
    }
    browser
        .cdp("Input.dispatchTouchEvent", touch("touchEnd", points[0]))
        .await;
}

/// The narrowed spot's centre on the screen, and where the first pen stroke starts on it.
const PLACES: &str = "
    const spot = document.querySelector('.stage-svg .spot-plaque').getBoundingClientRect();
    const stroke = document.querySelector('.stage-svg .ink-stroke');
    let start = null;
    if (stroke) {
        const p = stroke.getPointAtLength(0).matrixTransform(stroke.getScreenCTM());
        start = [p.x, p.y];
    }
    return { spot: [spot.x + spot.width / 2, spot.y + spot.height / 2], start,
             strokes: document.querySelectorAll('.stage-svg .ink-stroke').length,
             d: stroke ? stroke.getAttribute('d') : null };";

#[tokio::test]
async fn strokes_stay_on_the_anatomy_and_on_their_step_on_a_landscape_tablet() {
    strokes_stay(1024, 768).await;
}

#[tokio::test]
async fn strokes_stay_on_the_anatomy_and_on_their_step_on_a_portrait_tablet() {
    strokes_stay(768, 1024).await;
}

async fn strokes_stay(width: u32, height: u32) {
    let browser = touch_tablet(width, height).await;
    // Step 8 pulls back from the artery to the heart and then the body: find the moment the
    // heart is in view and draw on its narrowed spot; the camera then moves on.
    browser.open("#/step/flow").await;
    let mut at = 0.0;
    for tenth in 3..9 {
        browser.scrub(tenth as f64 / 10.0).await;
        let seen = browser
            .eval("const s = document.querySelector('.stage-svg .spot-plaque'); return !!s && s.getBoundingClientRect().width > 4 && !document.querySelector('.stage-svg .section')")
            .await;
        if seen == true {
            at = tenth as f64 / 10.0;
            break;
        }
    }
    assert!(at > 0.0, "the heart shows during step 8");
    browser.click(".ink-pen").await;
    let before = browser.eval(PLACES).await;
    let (x, y) = (
        before["spot"][0].as_f64().unwrap(),
        before["spot"][1].as_f64().unwrap(),
    );
    // Two strokes: one starting on the narrowed spot, one elsewhere; then undo the second.
    drag(
        &browser,
        &[(x, y), (x + 15.0, y + 10.0), (x + 40.0, y + 30.0)],
    )
    .await;
    drag(&browser, &[(x - 120.0, y - 80.0), (x - 60.0, y - 80.0)]).await;
    assert_eq!(browser.eval(PLACES).await["strokes"], 2);
    browser
        .screenshot(&format!("consult-pen-{width}x{height}"))
        .await;
    browser.click(".ink-undo").await;
    let drawn = browser.eval(PLACES).await;
    assert_eq!(drawn["strokes"], 1);
    let on_spot = |places: &Value| {
        let (s, p) = (&places["spot"], &places["start"]);
        (s[0].as_f64().unwrap() - p[0].as_f64().unwrap())
            .hypot(s[1].as_f64().unwrap() - p[1].as_f64().unwrap())
    };
    assert!(
        on_spot(&drawn) < 4.0,
        "the stroke starts on the spot: {drawn}"
    );
    // The stroke belongs to its step: gone on the next, back on return.
    browser.click(".ink-pen").await;
    browser.click(".control-next").await;
    assert_eq!(browser.eval(PLACES).await["strokes"], 0);
    browser.click(".control-previous").await;
    browser.scrub(at).await;
    assert_eq!(browser.eval(PLACES).await["strokes"], 1);
    browser.scrub(1.0).await;
    let moved = browser.eval(PLACES).await;
    assert_eq!(moved["d"], drawn["d"], "the same stroke, in world units");
    let camera_moved =
        (moved["spot"][0].as_f64().unwrap() - x).hypot(moved["spot"][1].as_f64().unwrap() - y);
    assert!(
        camera_moved > 20.0,
        "the camera moved the spot by {camera_moved:.0} px"
    );
    assert!(
        on_spot(&moved) < 4.0,
        "the stroke moved with the anatomy: {moved}"
    );
    // The pointer's trace fades within about a second and leaves nothing behind.
    browser.click(".ink-laser").await;
    drag(&browser, &[(x, y), (x + 30.0, y), (x + 60.0, y)]).await;
    let lit = browser
        .eval("return document.querySelectorAll('.stage-svg .laser').length")
        .await;
    assert!(lit.as_u64().unwrap() >= 2, "{lit}");
    tokio::time::sleep(std::time::Duration::from_millis(1400)).await;
    assert_eq!(
        browser
            .eval("return document.querySelectorAll('.stage-svg .laser').length")
            .await,
        0
    );
    assert_eq!(browser.eval(PLACES).await["strokes"], 1);
    browser.assert_clean_console().await;
    browser.close().await;
}

#[tokio::test]
async fn presentation_mode_enlarges_hides_the_words_and_leaves_on_escape() {
    let browser = Browser::start().await;
    browser.resize(1024, 768).await;
    browser.open("#/step/balloon").await;
    browser.scrub_to_key().await;
    browser.click(".present-start").await;
    let look =
        "return { presenting: document.querySelector('.app').classList.contains('presenting'),
        header: getComputedStyle(document.querySelector('.app-header')).display,
        play: document.querySelector('.control-play').getBoundingClientRect().width,
        stage: document.querySelector('.stage').getBoundingClientRect().width,
        panel: getComputedStyle(document.querySelector('.panel')).display,
        words: parseFloat(getComputedStyle(document.querySelector('.panel-text')).fontSize) }";
    let on = browser.eval(look).await;
    assert_eq!(on["presenting"], true);
    assert_eq!(on["header"], "none");
    assert!(on["play"].as_f64().unwrap() >= 70.0, "{on}");
    browser.click(".present-larger").await;
    let larger = browser.eval(look).await;
    assert!(larger["words"].as_f64().unwrap() >= 24.0, "{larger}");
    browser.screenshot("consult-present-larger-1024x768").await;
    browser.click(".present-words").await;
    let hidden = browser.eval(look).await;
    assert_eq!(hidden["panel"], "none");
    assert!(
        hidden["stage"].as_f64().unwrap() >= 1000.0,
        "the picture takes the width: {hidden}"
    );
    browser.screenshot("consult-present-1024x768").await;
    let focused = browser.client.active_element().await.unwrap();
    focused
        .send_keys(&fantoccini::key::Key::Escape.to_string())
        .await
        .unwrap();
    let off = browser.eval(look).await;
    assert_eq!(off["presenting"], false);
    assert_ne!(off["header"], "none");
    browser.assert_clean_console().await;
    browser.close().await;
}

/// Runs a poppler tool on `pdf` and returns what it prints.
fn poppler(tool: &str, args: &[&str], pdf: &std::path::Path) -> String {
    let out = std::process::Command::new(tool)
        .args(args)
        .arg(pdf)
        .args(if tool == "pdftotext" {
            vec!["-"]
        } else {
            vec![]
        })
        .output()
        .unwrap_or_else(|e| panic!("{tool} (poppler-utils, installed by cargo xtask test): {e}"));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[tokio::test]
async fn the_handout_prints_on_one_to_three_pages_with_every_step() {
    let browser = Browser::start().await;
    browser.resize(1024, 768).await;
    browser
        .open("#/step/stent?access=groin&artery=rca&urgency=emergency")
        .await;
    browser.click(".open-handover").await;
    browser.click(".handover-print").await;
    browser
        .client
        .wait()
        .for_element(fantoccini::Locator::Css(".printout"))
        .await
        .unwrap();
    assert_eq!(browser.text(".page-title").await, "Your handout");
    let titles: Vec<String> = browser
        .eval("return [...document.querySelectorAll('.printout-title')].map(t => t.textContent.replace(/^\\d+\\. /, ''))")
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap().to_string())
        .collect();
    assert_eq!(titles.len(), 9);
    assert!(titles.contains(&"A thin wire crosses the blockage".to_string()));
    // Each picture is a drawing of its key moment, for this patient: the clot in step 5.
    assert_eq!(
        browser
            .eval("return !!document.querySelector(\".printout-step[data-step='wire'] .clot\")")
            .await,
        true
    );
    let dir = std::path::PathBuf::from(std::env::var("SCREENSHOT_DIR").unwrap());
    std::fs::create_dir_all(&dir).unwrap();
    for (paper, width, height) in [("a4", 21.0, 29.7), ("letter", 21.59, 27.94)] {
        let pdf = dir.join(format!("handout-{paper}.pdf"));
        std::fs::write(&pdf, browser.print_pdf(width, height).await).unwrap();
        let info = poppler("pdfinfo", &[], &pdf);
        let pages: usize = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .map(|n| n.trim().parse().unwrap())
            .expect("pdfinfo gives the page count");
        assert!((1..=3).contains(&pages), "{paper}: {pages} pages");
        let text = poppler("pdftotext", &[], &pdf)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        for title in &titles {
            assert!(
                text.contains(title.as_str()),
                "{paper}: no \"{title}\" in the PDF"
            );
        }
        assert!(text.contains("Questions to ask my team"));
        // The pages as pictures, to look at.
        let prefix = dir.join(format!("handout-{paper}-page"));
        for old in std::fs::read_dir(&dir).unwrap().flatten() {
            if old
                .file_name()
                .to_string_lossy()
                .starts_with(&format!("handout-{paper}-page"))
            {
                let _ = std::fs::remove_file(old.path());
            }
        }
        std::process::Command::new("pdftoppm")
            .args(["-png", "-r", "60"])
            .arg(&pdf)
            .arg(&prefix)
            .status()
            .unwrap();
    }
    browser.assert_clean_console().await;
    browser.close().await;
}
