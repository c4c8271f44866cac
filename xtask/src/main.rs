//! Project automation: `cargo xtask <task>`. Plain Rust instead of shell scripts, so every
//! contributor and CI run the same steps. Each task first provisions what is missing.

mod bench;
mod csp;
mod lint;
mod provision;
mod shell;
mod static_server;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <task>

tasks:
  serve   provision, build and serve the app on http://127.0.0.1:8080 with live reload
  test    provision, then run every test layer (lint, host, browser components, end to end)
  dist    release build into dist/ (wasm-opt applied, hashed file names)
  bench   transfer sizes of the release app against an empty Yew app
  lint    check that src/model/ stays free of web crates";

fn main() -> ExitCode {
    let task = std::env::args().nth(1).unwrap_or_default();
    let result = match task.as_str() {
        "serve" => serve(),
        "test" => test(),
        "dist" => provision::all().and_then(|tools| dist(&tools)),
        "bench" => provision::all().and_then(|tools| bench::run(&tools)),
        "lint" => lint::model_is_pure(),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask {task}: {message}");
            ExitCode::FAILURE
        }
    }
}

fn serve() -> Result<(), String> {
    let tools = provision::all()?;
    shell::step("serving on http://127.0.0.1:8080 (live reload; Ctrl-C stops)");
    tools
        .trunk(&["serve", "--address", "127.0.0.1", "--port", "8080"])
        .run()
}

/// Release build of the app into `dist/`: what a clinic deploys on any static host.
pub fn dist(tools: &provision::Tools) -> Result<(), String> {
    shell::step("building the release app into dist/");
    tools
        .trunk(&["build", "--release", "--dist", "dist"])
        .run()?;
    let page = shell::root().join("dist/index.html");
    let html = std::fs::read_to_string(&page).map_err(|e| format!("reading {page:?}: {e}"))?;
    std::fs::write(&page, csp::pin_inline_scripts(&html)?)
        .map_err(|e| format!("writing {page:?}: {e}"))
}

fn test() -> Result<(), String> {
    let started = std::time::Instant::now();
    let tools = provision::all()?;
    lint::model_is_pure()?;

    shell::step("host tests (model, text, xtask)");
    shell::cargo(&["test", "--package", "heartpath", "--package", "xtask"]).run()?;

    shell::step("browser component tests (wasm-bindgen-test in headless Chromium)");
    tools
        .browser_tests(&[
            "test",
            "--package",
            "heartpath",
            "--target",
            "wasm32-unknown-unknown",
            "--test",
            "web",
        ])
        .run()?;

    dist(&tools)?;
    shell::step("end-to-end tests (WebDriver, headless Chromium, release build)");
    let site = static_server::serve_dir("dist")?;
    let driver = tools.start_chromedriver()?;
    let result = shell::cargo(&[
        "test",
        "--no-fail-fast",
        "--package",
        "e2e",
        "--",
        "--test-threads=1",
    ])
    .env("HEARTPATH_URL", &site.url)
    .env("WEBDRIVER_URL", &driver.url)
    .env("SCREENSHOT_DIR", shell::root().join("target/screenshots"))
    .run();
    drop(driver);
    result?;
    println!(
        "all test layers passed in {:.0} s; screenshots in target/screenshots/",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
