//! What the built page allows and what it leaves behind: a Content Security Policy with no
//! inline or eval'd script beyond the two it names by hash, no object or base, and a visit
//! that fetches only the app's own files, sets no cookie and stores only its own settings key.

use e2e::Browser;

#[tokio::test]
async fn the_page_is_strict_and_keeps_to_itself() {
    let browser = Browser::start().await;
    browser.resize(1024, 768).await;
    browser.open("#/step/balloon").await;
    let policy = browser
        .eval("return document.querySelector('meta[http-equiv=Content-Security-Policy]').content")
        .await;
    let policy = policy.as_str().expect("a policy").to_string();
    let directive = |name: &str| {
        policy
            .split(';')
            .map(str::trim)
            .find(|d| d.starts_with(name))
            .unwrap_or_default()
            .to_string()
    };
    let scripts = directive("script-src");
    assert!(
        !scripts.contains("'unsafe-inline'") && !scripts.contains("'unsafe-eval'"),
        "{scripts}"
    );
    assert!(
        scripts.contains("'wasm-unsafe-eval'") && scripts.contains("'sha256-"),
        "{scripts}"
    );
    assert_eq!(directive("object-src"), "object-src 'none'");
    assert_eq!(directive("base-uri"), "base-uri 'none'");
    assert_eq!(directive("default-src"), "default-src 'self'");
    // The app started under that policy (its loader ran), and the browser logged no violation.
    assert_eq!(
        browser
            .eval("return document.querySelector('.stage-svg') !== null")
            .await,
        true
    );
    // Use it a little: a language, a setting, the pages.
    browser.click(".open-display").await;
    browser
        .click(".display-sheet [data-setting='text-size'] .choice:nth-child(2)")
        .await;
    browser.click(".display-sheet .sheet-done").await;
    browser.open("#/risks").await;
    let kept = browser
        .eval("return [location.origin, [...new Set(performance.getEntriesByType('resource').map(e => new URL(e.name).origin))], document.cookie, Object.keys(localStorage), Object.keys(sessionStorage)]")
        .await;
    assert_eq!(
        kept[1],
        serde_json::json!([kept[0]]),
        "only the app's own files"
    );
    assert_eq!(kept[2], "", "no cookie");
    assert_eq!(
        kept[3],
        serde_json::json!(["heartpath-settings"]),
        "only the app's own key"
    );
    assert_eq!(kept[4], serde_json::json!([]));
    // The only other store: the offline copy of this build, under the app's own name.
    let caches = browser.eval_async("caches.keys().then(done)").await;
    assert!(
        caches.as_array().is_some_and(|c| c
            .iter()
            .all(|k| k.as_str().is_some_and(|k| k.starts_with("heartpath-")))),
        "{caches}"
    );
    browser.assert_clean_console().await;
    browser.close().await;
}

/// On a clinic's page, in an iframe: no header of its own, the guide fits the frame, and the
/// keyboard still moves through it.
#[tokio::test]
async fn in_a_frame_the_guide_drops_its_header_and_fits() {
    let browser = Browser::start().await;
    browser.resize(1024, 768).await;
    browser.open("#/step/heart").await;
    browser
        .eval("document.body.innerHTML = '<iframe id=guide src=\"/#/step/balloon?access=groin\" title=\"Heartpath\" style=\"width:800px;height:600px;border:0\" allow=\"fullscreen\"></iframe>'")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    let frame = browser
        .client
        .find(fantoccini::Locator::Id("guide"))
        .await
        .expect("the frame");
    frame.enter_frame().await.expect("into the frame");
    let inside = browser
        .eval("const r = s => document.querySelector(s).getBoundingClientRect(); return [document.querySelector('.app').classList.contains('embedded'), getComputedStyle(document.querySelector('.app-header')).display, Math.round(r('.stage').top), Math.round(r('.controls').bottom) <= innerHeight, document.documentElement.scrollWidth <= innerWidth, document.querySelector('.stage-svg').dataset.step]")
        .await;
    assert_eq!(
        inside,
        serde_json::json!([true, "none", 0, true, true, "balloon"])
    );
    browser.screenshot("embedded-balloon-800x600").await;
    if browser.lacks(
        e2e::Needs::KeysInFrame,
        "Tab, Enter and full screen inside the frame",
    ) {
        browser.client.enter_parent_frame().await.expect("back out");
        browser.close().await;
        return;
    }
    browser.tab_to(".control-next").await;
    browser.press(fantoccini::key::Key::Enter).await;
    assert_eq!(
        browser
            .eval("return document.querySelector('.stage-svg').dataset.step")
            .await,
        "stent"
    );
    // Full screen works from inside the frame (the snippet allows it).
    browser.click(".present-start").await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(
        browser
            .eval("return [!!document.fullscreenElement, document.querySelector('.app').classList.contains('presenting')]")
            .await,
        serde_json::json!([true, true]),
        "Present fills the screen from inside the frame"
    );
    browser.client.enter_parent_frame().await.expect("back out");
    browser.assert_clean_console().await;
    browser.close().await;
}

/// What the test server sends is what README asks a clinic's host to send: the page's own
/// policy (plus who may frame it), no sniffing, no referrer, a year's caching for hashed files
/// and none for the rest, and compression.
#[tokio::test]
async fn the_host_sends_the_headers_readme_lists() {
    use http_body_util::BodyExt;
    let base = std::env::var("HEARTPATH_URL").expect("HEARTPATH_URL");
    let client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
        .build_http::<http_body_util::Empty<bytes::Bytes>>();
    let get = |path: String| {
        let request = http::Request::get(format!("{base}{path}"))
            .header("accept-encoding", "br, gzip")
            .body(http_body_util::Empty::new())
            .unwrap();
        client.request(request)
    };
    let page = get(String::new()).await.expect("the page");
    let header = |r: &http::Response<hyper::body::Incoming>, name: &str| {
        r.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(page.status(), 200);
    let policy = header(&page, "content-security-policy");
    assert_eq!(header(&page, "x-content-type-options"), "nosniff");
    assert_eq!(header(&page, "referrer-policy"), "no-referrer");
    assert_eq!(header(&page, "cache-control"), "no-cache");
    assert_eq!(header(&page, "content-encoding"), "br");
    assert!(header(&page, "content-type").starts_with("text/html"));
    // The header's policy is the page's own, with frame-ancestors added.
    let html = page.into_body().collect().await.unwrap().to_bytes();
    let html = brotli_text(&html);
    let meta = host::page_policy(&html)
        .expect("the page's policy")
        .to_string();
    assert_eq!(policy, format!("{meta}; frame-ancestors 'self'"));
    // Each file the page names: hashed, so kept a year; the WebAssembly as such, compressed.
    let wasm = html
        .split(['"', '\'', ' ', '>', '='])
        .find(|w| w.ends_with("_bg.wasm"))
        .expect("the page names its WebAssembly")
        .trim_start_matches('/')
        .to_string();
    let wasm = get(wasm).await.expect("the WebAssembly");
    assert_eq!(wasm.status(), 200);
    assert_eq!(header(&wasm, "content-type"), "application/wasm");
    assert_eq!(
        header(&wasm, "cache-control"),
        "public, max-age=31536000, immutable"
    );
    assert_eq!(header(&wasm, "content-encoding"), "br");
    for path in [
        "sw.js",
        "manifest.webmanifest",
        "locales/fr.ftl",
        "clinic.json",
    ] {
        let response = get(path.to_string()).await.expect(path);
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(header(&response, "cache-control"), "no-cache", "{path}");
        assert_eq!(header(&response, "x-content-type-options"), "nosniff");
    }
    let missing = get("no-such-file.js".to_string()).await.unwrap();
    assert_eq!(missing.status(), 404);
}

fn brotli_text(bytes: &[u8]) -> String {
    let mut out = Vec::new();
    brotli::BrotliDecompress(&mut std::io::Cursor::new(bytes), &mut out).expect("brotli");
    String::from_utf8(out).expect("utf-8")
}
