//! Helpers for the end-to-end tests: a WebDriver session in headless Chromium against the
//! release build that `cargo xtask test` serves, plus screenshots and console checks.

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
        let profile = std::env::temp_dir().join(format!(
            "heartpath-e2e-{}-{}",
            std::process::id(),
            rand_suffix()
        ));
        let caps = json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--hide-scrollbars", "--force-device-scale-factor=1",
                    format!("--user-data-dir={}", profile.display()),
                ]
            },
            "goog:loggingPrefs": { "browser": "ALL" }
        });
        let mut caps = caps;
        if let Some(args) = caps["goog:chromeOptions"]["args"].as_array_mut() {
            args.extend(extra.iter().map(|a| json!(a)));
        }
        let Value::Object(caps) = caps else {
            unreachable!()
        };
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(caps)
            .connect(&env("WEBDRIVER_URL"))
            .await
            .expect("chromedriver session");
        Browser {
            client,
            base: base.to_string(),
        }
    }

    /// Opens the app at `hash` (e.g. `#/step/balloon`) and waits until it has rendered.
    pub async fn open(&self, hash: &str) {
        self.goto(hash).await;
        self.client
            .wait()
            .for_element(Locator::Css(".app"))
            .await
            .expect("the app starts and replaces the loading message");
    }

    /// Loads the site at `hash` without waiting for anything.
    pub async fn goto(&self, hash: &str) {
        self.client
            .goto(&format!("{}{hash}", self.base))
            .await
            .expect("page loads");
    }

    /// Sets the viewport (not the window) to exactly `width` × `height` CSS pixels.
    pub async fn resize(&self, width: u32, height: u32) {
        self.cdp(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": false }),
        )
        .await;
        let inner = self.eval("return [innerWidth, innerHeight]").await;
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
    }

    /// Moves the scrubber to the step's key moment (the tick on the scrubber).
    pub async fn scrub_to_key(&self) {
        self.eval("const s = document.querySelector('.scrubber'); s.value = s.dataset.key; s.dispatchEvent(new Event('input', {bubbles: true}));")
            .await;
    }

    /// Problems a person would see with the words on the picture: a label cut off by the
    /// picture's edge, or two labels on top of each other. Empty when all is well.
    pub async fn label_problems(&self) -> Vec<String> {
        let found = self
            .eval(
                "const stage = document.querySelector('.stage-svg').getBoundingClientRect();
                 const boxes = [...document.querySelectorAll('.label')]
                   .filter(g => +g.getAttribute('opacity') > 0.3)
                   .map(g => [g.textContent, g.querySelector('text').getBoundingClientRect()]);
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

    pub async fn eval(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.expect(script)
    }

    /// The visible text of the first element matching `selector`. A render that replaces the
    /// element between finding it and reading it is not a failure: it is found again.
    pub async fn text(&self, selector: &str) -> String {
        for _ in 0..5 {
            let element = self
                .client
                .find(Locator::Css(selector))
                .await
                .unwrap_or_else(|_| panic!("nothing matches {selector}"));
            match element.text().await {
                Ok(text) => return text,
                Err(e) if e.to_string().contains("stale element") => continue,
                Err(e) => panic!("text of {selector}: {e}"),
            }
        }
        panic!("{selector} kept being replaced while read")
    }

    /// Presses `key` on whatever has the keyboard's focus, as a person would.
    pub async fn press(&self, key: fantoccini::key::Key) {
        // A render may replace the focused element between finding it and pressing: find again.
        for _ in 0..5 {
            let focused = self
                .client
                .active_element()
                .await
                .expect("a focused element");
            match focused.send_keys(&key.to_string()).await {
                Ok(()) => return,
                Err(e) if e.to_string().contains("stale element") => continue,
                Err(e) => panic!("pressing {key:?}: {e}"),
            }
        }
        panic!("the focused element kept being replaced");
    }

    /// Presses Tab until the focused element matches `selector`.
    pub async fn tab_to(&self, selector: &str) {
        for _ in 0..80 {
            let here = self
                .eval(&format!(
                    "return document.activeElement.matches({selector:?})"
                ))
                .await;
            if here == true {
                return;
            }
            self.press(fantoccini::key::Key::Tab).await;
        }
        panic!("Tab never reached {selector}");
    }

    pub async fn click(&self, selector: &str) {
        self.client
            .find(Locator::Css(selector))
            .await
            .unwrap_or_else(|_| panic!("nothing matches {selector}"))
            .click()
            .await
            .unwrap_or_else(|e| panic!("clicking {selector}: {e}"));
    }

    /// Saves a PNG of the viewport as `target/screenshots/<name>.png`.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let png = self.client.screenshot().await.expect("screenshot");
        let dir = PathBuf::from(env("SCREENSHOT_DIR"));
        std::fs::create_dir_all(&dir).expect("screenshot folder");
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).expect("writing screenshot");
        path
    }

    /// Fails the test if the page logged any error or warning to the console.
    pub async fn assert_clean_console(&self) {
        let problems = self.console_problems().await;
        assert!(problems.is_empty(), "console problems: {problems:#?}");
    }

    /// The errors and warnings the page has logged since the last look, as their messages.
    pub async fn console_problems(&self) -> Vec<String> {
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
    /// scripts (a stand-in for a browser feature, or storage as a past visit left it).
    pub async fn before_start(&self, script: &str) {
        self.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": script }),
        )
        .await;
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

    pub async fn close(self) {
        let _ = self.client.close().await;
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
