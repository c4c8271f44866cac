//! Offline and updates, in every engine: after one visit the whole guide (every step, every
//! language, the clinic's own details) opens and plays with the server gone; a new deployment
//! is offered with a calm note and taken only when the person chooses Reload.

use e2e::Browser;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::Duration;

const STEPS: [&str; 9] = [
    "heart", "ready", "travel", "pictures", "wire", "balloon", "stent", "flow", "after",
];

/// A private copy of the built app (so a test may change it as a new deployment would), with
/// a clinic's own file.
fn deployment(name: &str) -> PathBuf {
    let from = PathBuf::from(std::env::var("HEARTPATH_DIST").expect("HEARTPATH_DIST"));
    let to = std::env::temp_dir().join(format!("heartpath-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&to);
    copy(&from, &to);
    std::fs::write(
        to.join("clinic.json"),
        r#"{"name": "Riverside Heart Unit", "phone": "020 7946 0000"}"#,
    )
    .unwrap();
    to
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Waits until this build's worker controls the page and has stored every file.
async fn until_kept(browser: &Browser) {
    browser
        .until(
            "return !!navigator.serviceWorker && !!navigator.serviceWorker.controller",
            "the service worker takes charge",
        )
        .await;
}

/// Opens the guide again as a new visit would (a full load, not a hash change). Not
/// WebDriver's refresh: Firefox's is a forced reload, which by design skips service workers.
async fn reload(browser: &Browser, hash: &str) {
    static VISIT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let visit = VISIT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    browser.goto(&format!("?visit={visit}{hash}")).await;
    started(browser).await;
}

async fn started(browser: &Browser) {
    browser
        .client
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(fantoccini::Locator::Css(".app"))
        .await
        .expect("the app starts");
}

/// A first visit to a fresh deployment named `name`, at `hash`, until the build is kept.
async fn first_visit(name: &str, hash: &str) -> (PathBuf, host::Site, Browser) {
    let dir = deployment(name);
    let site = host::serve(&dir).expect("serving the copy");
    let browser = Browser::start_at(&site.url).await;
    browser.resize(1024, 768).await;
    browser.open(hash).await;
    until_kept(&browser).await;
    (dir, site, browser)
}

#[tokio::test]
async fn after_one_visit_the_whole_guide_works_offline() {
    let (dir, site, browser) = first_visit("offline", "#/step/heart").await;
    // The server's log: the visit asked only for the app's own files, and found each one.
    let served = site.requests();
    for request in &served {
        let file = dir.join(request.path.trim_start_matches('/'));
        assert!(
            (request.status == 200 || request.status == 304) && file.exists(),
            "only the app's own files: {served:?}"
        );
    }
    assert!(served.iter().any(|r| r.path == "/sw.js"), "{served:?}");
    // The clinic changes its file on the host, without a new build: the next visit sees it.
    std::fs::write(
        dir.join("clinic.json"),
        r#"{"name": "Riverside Heart Centre"}"#,
    )
    .unwrap();
    reload(&browser, "#/step/heart").await;
    browser.until(
        "return document.querySelector('.app-clinic')?.textContent === 'Riverside Heart Centre'",
        "the clinic's changed file, online",
    )
    .await;
    site.stop();

    // No server at all now: reload, then walk every step.
    reload(&browser, "#/step/heart").await;
    browser.until(
        "return document.querySelector('.app-clinic')?.textContent === 'Riverside Heart Centre'",
        "the clinic's own file, offline",
    )
    .await;
    for (i, slug) in STEPS.iter().enumerate() {
        if i > 0 {
            browser.click(".control-next").await;
        }
        browser
            .until(
                &format!("return document.querySelector('.stage-svg')?.dataset.step === '{slug}'"),
                &format!("offline, step {} ({slug})", i + 1),
            )
            .await;
    }
    browser.scrub(0.5).await;
    browser.screenshot("offline-after-tablet-landscape").await;
    // Every language, fetched for the first time while offline.
    for (tag, title) in [
        ("es", "Después"),
        ("fr", "Après"),
        ("ar", "بعد"),
        ("zh-CN", "以后"),
    ] {
        browser
            .eval(&format!(
                "const s = document.querySelector('.language select'); s.value = '{tag}'; s.dispatchEvent(new Event('change', {{bubbles: true}}));"
            ))
            .await;
        browser.until(
            &format!("return document.documentElement.lang === '{tag}' && document.querySelector('.panel-title').textContent.includes('{title}')"),
            &format!("{tag} offline"),
        )
        .await;
    }
    // A link opened offline still opens its step.
    reload(&browser, "#/step/balloon?lang=fr").await;
    browser.until(
        "return document.querySelector('.stage-svg')?.dataset.step === 'balloon' && document.documentElement.lang === 'fr'",
        "a link opened offline",
    )
    .await;
    browser.screenshot("offline-balloon-fr").await;
    browser.assert_clean_console().await;
    browser.close().await;
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
async fn a_new_deployment_waits_until_the_person_reloads() {
    let (dir, site, browser) = first_visit("update", "#/step/balloon").await;
    assert_eq!(
        browser
            .eval("return !!document.querySelector('.new-version')")
            .await,
        false
    );

    // A new deployment: its worker (and so its version) differs.
    let worker = dir.join("sw.js");
    let text = std::fs::read_to_string(&worker).unwrap();
    assert!(text.contains("const VERSION = \""));
    std::fs::write(
        &worker,
        text.replace("const VERSION = \"", "const VERSION = \"next-"),
    )
    .unwrap();
    reload(&browser, "#/step/balloon").await;
    browser
        .until(
            "return !!document.querySelector('.new-version')",
            "the note about a newer version",
        )
        .await;
    // The running guide goes on as it was: still the old build in charge, still the same step.
    assert!(browser
        .text(".new-version")
        .await
        .contains("There is a new version of this guide"));
    assert_eq!(
        browser
            .eval("return document.querySelector('.stage-svg').dataset.step")
            .await,
        "balloon"
    );
    browser.screenshot("update-ready-tablet-landscape").await;
    browser.resize(390, 844).await;
    browser.screenshot("update-ready-phone").await;
    // "Later" puts it away for now; the next visit offers it again.
    browser.click(".new-version-later").await;
    browser
        .until(
            "return !document.querySelector('.new-version')",
            "Later puts the note away",
        )
        .await;
    reload(&browser, "#/step/balloon").await;
    browser
        .until(
            "return !!document.querySelector('.new-version')",
            "the next visit offers the new version again",
        )
        .await;

    browser.click(".new-version .note-action").await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    started(&browser).await;
    browser.until(
        "return !document.querySelector('.new-version') && location.hash.startsWith('#/step/balloon')",
        "the newer version runs, on the same step",
    )
    .await;
    let caches = browser.eval_async("caches.keys().then(done)").await;
    let caches: Vec<&str> = caches
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    assert!(
        caches.len() == 1 && caches[0].starts_with("heartpath-next-"),
        "only the new build is kept: {caches:?}"
    );
    browser.assert_clean_console().await;
    browser.close().await;
    drop(site);
    let _ = std::fs::remove_dir_all(dir);
}
