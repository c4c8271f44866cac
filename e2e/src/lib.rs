//! Helpers for the end-to-end tests: a WebDriver session in one of three browser engines
//! (Chromium, Firefox, WebKit — `HEARTPATH_ENGINE`, set by `cargo xtask test`) against the
//! release build it serves, plus screenshots and console checks. Where an engine's WebDriver
//! lacks something (Chromium's DevTools protocol, the browser's console log), the test says so
//! by name and skips only that assertion.

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};
use std::path::PathBuf;

/// The sizes every screen is checked at: phone, tablet portrait and landscape, desktop.
pub const SIZES: [(&str, u32, u32); 4] = [
    ("phone", 390, 844),
    ("tablet-portrait", 768, 1024),
    ("tablet-landscape", 1024, 768),
    ("desktop", 1440, 900),
];

pub struct Browser {
    pub client: Client,
    base: String,
    pub engine: Engine,
    /// The WebDriver session, ended by hand if a test fails before `close` (Firefox's and
    /// WebKit's drivers allow one session at a time, so a leaked one would fail every test
    /// after it).
    session: Option<String>,
}

/// The three browser engines the journey is tested in (`cargo xtask test` runs them in turn
/// and says which in `HEARTPATH_ENGINE`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Engine {
    Chromium,
    Firefox,
    /// WebKitGTK's MiniBrowser: the engine of Safari on the iPad.
    WebKit,
}

impl Engine {
    pub const ALL: [Engine; 3] = [Engine::Chromium, Engine::Firefox, Engine::WebKit];

    /// From `HEARTPATH_ENGINE` (Chromium when unset, as for the benchmark).
    pub fn current() -> Engine {
        std::env::var("HEARTPATH_ENGINE")
            .ok()
            .and_then(|name| Engine::ALL.into_iter().find(|e| e.name() == name))
            .unwrap_or(Engine::Chromium)
    }

    /// Its name in `HEARTPATH_ENGINE`, messages and screenshot names.
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::Firefox => "firefox",
            Engine::WebKit => "webkit",
        }
    }
}

/// What only some engines' WebDriver offers.
#[derive(Clone, Copy, Debug)]
pub enum Needs {
    /// Chromium's DevTools protocol (touch events, emulated settings, scripts before start).
    DevTools,
    /// The browser's console log (`se/log`: Chromium only in WebDriver classic).
    ConsoleLog,
    /// Telling the browser its user prefers less motion (a Chromium switch, a Firefox
    /// preference; MiniBrowser has neither).
    ReducedMotionSetting,
    /// Keys sent to an element inside a frame (WebKitGTK's driver loses the frame's element).
    KeysInFrame,
}

fn env(name: &str) -> String {
    std::env::var(name)
        .unwrap_or_else(|_| panic!("{name} is not set: run these tests with `cargo xtask test`"))
}

impl Browser {
    /// A fresh headless Chromium with its own profile, on the app `cargo xtask test` serves.
    pub async fn start() -> Browser {
        Browser::start_at(&env("HEARTPATH_URL")).await
    }

    /// A fresh headless Chromium that tells the page its user prefers less motion.
    pub async fn start_with_reduced_motion() -> Browser {
        Browser::launch(&env("HEARTPATH_URL"), &["--force-prefers-reduced-motion"]).await
    }

    /// A fresh headless Chromium with its own profile, on the site at `base`.
    pub async fn start_at(base: &str) -> Browser {
        Browser::launch(base, &[]).await
    }

    async fn launch(base: &str, extra: &[&str]) -> Browser {
        let engine = Engine::current();
        let Value::Object(caps) = capabilities(engine, &env("HEARTPATH_BROWSER"), extra) else {
            unreachable!("capabilities are an object")
        };
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(caps)
            .connect(&env("WEBDRIVER_URL"))
            .await
            .unwrap_or_else(|e| panic!("a {} WebDriver session: {e}", engine.name()));
        let session = client.session_id().await.ok().flatten();
        Browser {
            client,
            base: base.to_string(),
            engine,
            session,
        }
    }

    /// True (and says so on the test's output) when this engine lacks what an assertion
    /// needs, so the caller skips that assertion alone.
    pub fn lacks(&self, needs: Needs, assertion: &str) -> bool {
        let lacks = match needs {
            Needs::DevTools | Needs::ConsoleLog => self.engine != Engine::Chromium,
            Needs::ReducedMotionSetting | Needs::KeysInFrame => self.engine == Engine::WebKit,
        };
        if lacks {
            skipped(&format!(
                "SKIPPED in {}: {assertion} (needs {needs:?})",
                self.engine.name()
            ));
        }
        lacks
    }

    /// Opens the app at `hash` (e.g. `#/step/balloon`) and waits until it has rendered.
    pub async fn open(&self, hash: &str) {
        self.goto(hash).await;
        self.client
            .wait()
            .for_element(Locator::Css(".app"))
            .await
            .expect("the app starts and replaces the loading message");
        if self.engine != Engine::Chromium {
            self.eval(LISTEN).await;
        }
    }

    /// Loads the site at `hash` without waiting for anything.
    pub async fn goto(&self, hash: &str) {
        self.client
            .goto(&format!("{}{hash}", self.base))
            .await
            .expect("page loads");
    }

    /// Sets the viewport (not the window) to exactly `width` × `height` CSS pixels: by
    /// DevTools in Chromium, elsewhere by sizing the window and correcting for its frame.
    pub async fn resize(&self, width: u32, height: u32) {
        if self.engine == Engine::Chromium {
            self.cdp(
                "Emulation.setDeviceMetricsOverride",
                json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": false }),
            )
            .await;
        } else {
            let (mut w, mut h) = (width, height);
            for _ in 0..5 {
                self.client
                    .set_window_rect(0, 0, w, h)
                    .await
                    .expect("window size");
                // Some engines answer before the page has taken the new size.
                tokio::time::sleep(std::time::Duration::from_millis(150)).await;
                let inner = self.eval("return [innerWidth, innerHeight]").await;
                let got = |i: usize| inner[i].as_i64().unwrap_or(0);
                if (got(0), got(1)) == (width.into(), height.into()) {
                    break;
                }
                // The window's frame (toolbar, borders) is the difference: add it on.
                let fix = |size: u32, wanted: u32, got: i64| {
                    (i64::from(size) + i64::from(wanted) - got).max(100) as u32
                };
                (w, h) = (fix(w, width, got(0)), fix(h, height, got(1)));
            }
        }
        let inner = self.eval("return [innerWidth, innerHeight]").await;
        if self.engine != Engine::Chromium && inner != json!([width, height]) {
            // Firefox's window cannot be narrower than 500 px: the test goes on at the
            // nearest size the engine allows, and says so.
            skipped(&format!(
                "SKIPPED in {}: the viewport {width}×{height} (the window cannot take it; tested at {inner})",
                self.engine.name()
            ));
            return;
        }
        assert_eq!(
            inner,
            json!([width, height]),
            "viewport did not take the size"
        );
    }

    /// Moves the scrubber as a person would drag it, to a fraction of the step.
    pub async fn scrub(&self, fraction: f64) {
        let script = format!(
            "const s = document.querySelector('.scrubber'); s.value = {}; s.dispatchEvent(new Event('input', {{bubbles: true}}));",
            (fraction * 1000.0).round()
        );
        self.eval(&script).await;
        self.words_caught_up().await;
    }

    /// Moves the scrubber to the step's key moment (the tick on the scrubber).
    pub async fn scrub_to_key(&self) {
        self.eval("const s = document.querySelector('.scrubber'); s.value = s.dataset.key; s.dispatchEvent(new Event('input', {bubbles: true}));")
            .await;
        self.words_caught_up().await;
    }

    /// Problems a person would see with the words on the picture: a label cut off by the
    /// picture's edge, or two labels on top of each other. Empty when all is well.
    pub async fn label_problems(&self) -> Vec<String> {
        let found = self
            .eval(
                "const stage = document.querySelector('.stage').getBoundingClientRect();
                 const boxes = [...document.querySelectorAll('.label')]
                   .filter(g => +g.getAttribute('opacity') > 0.3)
                   .map(g => [g.textContent, g.querySelector('text').getBoundingClientRect()])
                   // The glyphs, not the font's whole line: some engines' Chinese fonts add a
                   // fifth of the height above and below the letters.
                   .map(([t, r]) => [t, { left: r.left, right: r.right, top: r.top + r.height * 0.15, bottom: r.bottom - r.height * 0.15 }]);
                 const out = [];
                 for (const [t, r] of boxes) {
                   if (r.left < stage.left - 1 || r.right > stage.right + 1 || r.top < stage.top - 1 || r.bottom > stage.bottom + 1)
                     out.push(`\"${t}\" is cut off`);
                 }
                 for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                   const [a, p] = boxes[i], [b, q] = boxes[j];
                   if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom)
                     out.push(`\"${a}\" covers \"${b}\"`);
                 }
                 return out;",
            )
            .await;
        found
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Runs `script` and returns what it returns. WebKit's driver answers "Could not parse
    /// script result" when the page stalls for a while under load (seen once in CI, setting
    /// the scrubber); the script is then run again after a pause, so every script sent here
    /// must be safe to run twice (they read the page, set a value or press a control).
    pub async fn eval(&self, script: &str) -> Value {
        let mut tries = 0;
        loop {
            match self.client.execute(script, vec![]).await {
                Err(fantoccini::error::CmdError::Standard(e))
                    if e.message == "Could not parse script result" && tries < 2 =>
                {
                    tries += 1;
                    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
                }
                answer => return answer.expect(script),
            }
        }
    }

    /// Waits (up to 30 s) until `script` returns true: for what the page does after an
    /// event has been handled (a render, an effect), which engines finish at different times.
    pub async fn until(&self, script: &str, what: &str) {
        if !self.true_within(script, 150).await {
            panic!("{what}: not within 30 s");
        }
    }

    /// Whether `script` returns true within `polls` tries, 200 ms apart.
    async fn true_within(&self, script: &str, polls: usize) -> bool {
        for _ in 0..polls {
            if self.eval(script).await == Value::Bool(true) {
                return true;
            }
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
        false
    }

    /// Waits until no part of the page is busy: the panel's words follow a step change one
    /// task after the picture, and say so with `aria-busy` meanwhile.
    pub async fn words_caught_up(&self) {
        self.until(
            "return !document.querySelector('[aria-busy=true]')",
            "the words catch up with the picture",
        )
        .await;
    }

    /// Runs `script`, which calls `done(value)` when its promise settles, and returns the value.
    pub async fn eval_async(&self, script: &str) -> Value {
        self.client
            .execute_async(
                &format!("const done = arguments[arguments.length - 1]; {script}"),
                vec![],
            )
            .await
            .expect(script)
    }

    /// The visible text of the first element matching `selector`. A render that replaces the
    /// element between finding it and reading it is not a failure: it is found again. WebKit's
    /// driver sometimes answers "Could not parse element text" for an element being redrawn
    /// (seen once in CI); that is read again a moment later too.
    pub async fn text(&self, selector: &str) -> String {
        self.words_caught_up().await;
        let mut last = String::new();
        for _ in 0..5 {
            let element = self
                .client
                .find(Locator::Css(selector))
                .await
                .unwrap_or_else(|_| panic!("nothing matches {selector}"));
            match element.text().await {
                Ok(text) => return text,
                Err(e) if e.to_string().contains("stale") => last = e.to_string(),
                Err(e) if e.to_string().contains("Could not parse") => {
                    last = e.to_string();
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                }
                Err(e) => panic!("text of {selector}: {e}"),
            }
        }
        panic!("text of {selector}: kept failing while read ({last})")
    }

    /// Presses `key` on whatever has the keyboard's focus, as a person would.
    pub async fn press(&self, key: fantoccini::key::Key) {
        self.press_chord(&[key]).await;
    }

    /// Presses `keys` together (a modifier first), then lets go of all of them.
    pub async fn press_chord(&self, keys: &[fantoccini::key::Key]) {
        let mut text: String = keys.iter().map(|k| k.to_string()).collect();
        if keys.len() > 1 {
            text.push_str(&fantoccini::key::Key::Null.to_string());
        }
        // A render may replace the focused element between finding it and pressing: find again.
        for _ in 0..5 {
            let focused = self
                .client
                .active_element()
                .await
                .expect("a focused element");
            match focused.send_keys(&text).await {
                Ok(()) => return,
                Err(e) if e.to_string().contains("stale") => continue,
                Err(e) => panic!("pressing {keys:?}: {e}"),
            }
        }
        panic!("the focused element kept being replaced");
    }

    /// Presses Tab (or Shift+Tab, when `selector` comes earlier in the page) until the
    /// focused element matches it — never wrapping through the browser's own controls, which
    /// some engines count as leaving the page.
    pub async fn tab_to(&self, selector: &str) {
        use fantoccini::key::Key;
        let backwards = self
            .eval(&format!(
                "const t = document.querySelector({selector:?}); return !!t && !!(document.activeElement.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_PRECEDING)"
            ))
            .await
            == true;
        for _ in 0..80 {
            let here = self
                .eval(&format!(
                    "return document.activeElement.matches({selector:?})"
                ))
                .await;
            if here == true {
                return;
            }
            if backwards {
                self.press_chord(&[Key::Shift, Key::Tab]).await;
            } else {
                self.press(Key::Tab).await;
            }
        }
        panic!("Tab never reached {selector}");
    }

    /// Clicks the first element matching `selector`, waiting (up to 10 s) for one to be there:
    /// on a busy machine a page that was just reloaded may still be starting.
    pub async fn click(&self, selector: &str) {
        let mut found = self.client.find(Locator::Css(selector)).await;
        for _ in 0..50 {
            if found.is_ok() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            found = self.client.find(Locator::Css(selector)).await;
        }
        found
            .unwrap_or_else(|_| panic!("nothing matches {selector}"))
            .click()
            .await
            .unwrap_or_else(|e| panic!("clicking {selector}: {e}"));
        if self.engine != Engine::Chromium {
            // WebKit's and Firefox's drivers may answer before the page has handled the
            // click (seen once in WebKit on a busy machine); two frames later it has. (A
            // click that reloads the page ends the wait early, which is as good.)
            let _ = self
                .client
                .execute_async(
                    "const done = arguments[arguments.length - 1]; let told = false;
                     const tell = () => { if (!told) { told = true; done(true); } };
                     requestAnimationFrame(() => requestAnimationFrame(tell)); setTimeout(tell, 250);",
                    vec![],
                )
                .await;
        }
    }

    /// Clicks `selector` until `shows` is in the page (up to three clicks, 5 s apart): WebKit's
    /// driver now and then loses a click on a button that opens a sheet (seen once in CI).
    pub async fn click_until(&self, selector: &str, shows: &str) {
        let there = format!("return !!document.querySelector({shows:?})");
        for _ in 0..3 {
            self.click(selector).await;
            if self.true_within(&there, 25).await {
                return;
            }
        }
        panic!("clicking {selector} never showed {shows}");
    }

    /// Saves a PNG of the viewport as `target/screenshots/<name>.png` (Chromium), or
    /// `<name>-firefox.png` and `<name>-webkit.png` beside it.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        self.words_caught_up().await;
        let png = self.client.screenshot().await.expect("screenshot");
        let dir = PathBuf::from(env("SCREENSHOT_DIR"));
        std::fs::create_dir_all(&dir).expect("screenshot folder");
        let path = match self.engine {
            Engine::Chromium => dir.join(format!("{name}.png")),
            other => dir.join(format!("{name}-{}.png", other.name())),
        };
        std::fs::write(&path, png).expect("writing screenshot");
        path
    }

    /// Fails the test if the page logged any error or warning to the console (where the
    /// engine's WebDriver can read the console).
    pub async fn assert_clean_console(&self) {
        self.lacks(
            Needs::ConsoleLog,
            "no console message before the page started (after it, errors and warnings are caught in the page)",
        );
        let problems = self.console_problems().await;
        assert!(problems.is_empty(), "console problems: {problems:#?}");
    }

    /// The errors and warnings the page has logged since the last look, as their messages.
    pub async fn console_problems(&self) -> Vec<String> {
        if self.engine != Engine::Chromium {
            let caught = self
                .eval("return (window.__problems || []).splice(0)")
                .await;
            return caught
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default();
        }
        let entries = self
            .raw("POST", "se/log", Some(json!({ "type": "browser" })))
            .await;
        entries
            .as_array()
            .map(|list| {
                list.iter()
                    .filter(|e| e["level"] == "SEVERE" || e["level"] == "WARNING")
                    .map(|e| e["message"].as_str().unwrap_or_default().to_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The page printed to PDF by WebDriver's print command, on paper `width` × `height` cm.
    pub async fn print_pdf(&self, width: f64, height: f64) -> Vec<u8> {
        use base64::Engine;
        let pdf = self
            .raw(
                "POST",
                "print",
                Some(json!({ "page": { "width": width, "height": height }, "background": true })),
            )
            .await;
        base64::engine::general_purpose::STANDARD
            .decode(pdf.as_str().expect("print returns base64"))
            .expect("the PDF decodes")
    }

    /// Runs `script` in every page this browser opens from now on, before the page's own
    /// scripts (a stand-in for a browser feature, or storage as a past visit left it). False
    /// (and noted) where the engine cannot, so the caller skips what depends on it.
    pub async fn before_start(&self, script: &str) -> bool {
        let shown: String = script.chars().take(60).collect();
        if self.lacks(
            Needs::DevTools,
            &format!("a script before the page starts: {shown}…"),
        ) {
            return false;
        }
        self.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": script }),
        )
        .await;
        true
    }

    /// Has the page see a media feature (`prefers-color-scheme: dark`, `forced-colors:
    /// active`). False (and noted) where the engine cannot; the engines' default, light
    /// colours, needs nothing.
    pub async fn emulate_media(&self, name: &str, value: &str) -> bool {
        if self.engine != Engine::Chromium && (name, value) == ("prefers-color-scheme", "light") {
            return true;
        }
        if self.lacks(Needs::DevTools, &format!("pages seen with {name}: {value}")) {
            return false;
        }
        self.cdp(
            "Emulation.setEmulatedMedia",
            json!({ "features": [{ "name": name, "value": value }] }),
        )
        .await;
        true
    }

    /// A Chrome DevTools Protocol command through chromedriver.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.raw(
            "POST",
            "goog/cdp/execute",
            Some(json!({ "cmd": cmd, "params": params })),
        )
        .await
    }

    async fn raw(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let command = Raw {
            method: method.parse().expect("method"),
            path: path.to_string(),
            body,
        };
        self.client
            .issue_cmd(command)
            .await
            .unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    pub async fn close(mut self) {
        self.session = None;
        let _ = self.client.clone().close().await;
    }
}

impl Drop for Browser {
    /// A test that failed before `close`: end its session with a plain request (the async
    /// client cannot be awaited while the test unwinds).
    fn drop(&mut self) {
        use std::io::Write;
        let Some(session) = self.session.take() else {
            return;
        };
        let Ok(url) = url::Url::parse(&env("WEBDRIVER_URL")) else {
            return;
        };
        let address = (
            url.host_str().unwrap_or("127.0.0.1"),
            url.port().unwrap_or(80),
        );
        if let Ok(mut stream) = std::net::TcpStream::connect(address) {
            let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(20)));
            let _ = write!(
                stream,
                "DELETE /session/{session} HTTP/1.1\r\nHost: {}:{}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                address.0, address.1
            );
            // Wait for the answer: the browser has closed when the driver replies.
            let _ = std::io::Read::read(&mut stream, &mut [0u8; 256]);
        }
    }
}

/// Where the console log cannot be read (outside Chromium), the page itself keeps what would
/// reach it from the moment the app has started: errors and warnings, uncaught errors,
/// unhandled rejections and policy violations.
const LISTEN: &str = "if (!window.__problems) {
  const kept = window.__problems = [];
  for (const kind of ['error', 'warn']) {
    const was = console[kind];
    console[kind] = (...args) => { kept.push(args.map(String).join(' ')); was.apply(console, args); };
  }
  addEventListener('error', e => kept.push('uncaught: ' + (e.message || e.type)));
  addEventListener('unhandledrejection', e => kept.push('unhandled: ' + e.reason));
  addEventListener('securitypolicyviolation', e => kept.push('policy: ' + e.violatedDirective));
}";

/// Says on the test's output, and in `skipped.txt` beside the screenshots (which `cargo xtask
/// test` prints at the end), what an engine could not check.
fn skipped(line: &str) {
    use std::io::Write;
    println!("{line}");
    let file = PathBuf::from(env("SCREENSHOT_DIR")).join("skipped.txt");
    if let Ok(mut file) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(file)
    {
        let _ = writeln!(file, "{line}");
    }
}

/// A fresh, private, headless browser of `engine`, at `binary`, with `extra` arguments
/// (Chromium's; elsewhere the few with an equivalent are translated).
fn capabilities(engine: Engine, binary: &str, extra: &[&str]) -> Value {
    match engine {
        Engine::Chromium => {
            let profile = std::env::temp_dir().join(format!(
                "heartpath-e2e-{}-{}",
                std::process::id(),
                rand_suffix()
            ));
            let mut args = vec![
                "--headless".to_string(),
                "--no-sandbox".into(),
                "--disable-gpu".into(),
                "--disable-quic".into(),
                "--no-first-run".into(),
                "--disable-background-networking".into(),
                "--disable-component-update".into(),
                "--disable-sync".into(),
                "--hide-scrollbars".into(),
                "--force-device-scale-factor=1".into(),
                format!("--user-data-dir={}", profile.display()),
            ];
            args.extend(extra.iter().map(|a| a.to_string()));
            json!({
                "browserName": "chrome",
                "goog:chromeOptions": { "binary": binary, "args": args },
                "goog:loggingPrefs": { "browser": "ALL" }
            })
        }
        Engine::Firefox => {
            let reduced = extra.contains(&"--force-prefers-reduced-motion");
            json!({
                "browserName": "firefox",
                "moz:firefoxOptions": {
                    "binary": binary,
                    "args": ["-headless"],
                    "prefs": {
                        "intl.accept_languages": "en-US",
                        "layout.css.devPixelsPerPx": "1.0",
                        "ui.prefersReducedMotion": if reduced { 1 } else { 0 },
                    }
                }
            })
        }
        // MiniBrowser has no headless mode: it draws on the virtual display xtask starts.
        Engine::WebKit => json!({
            "webkitgtk:browserOptions": { "binary": binary, "args": ["--automation"] }
        }),
    }
}

fn rand_suffix() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0)
}

/// A session command that fantoccini has no method for (browser logs, DevTools).
#[derive(Debug)]
struct Raw {
    method: http::Method,
    path: String,
    body: Option<Value>,
}

impl WebDriverCompatibleCommand for Raw {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/{}",
            session.unwrap_or_default(),
            self.path
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            self.method.clone(),
            self.body.as_ref().map(Value::to_string),
        )
    }
}
