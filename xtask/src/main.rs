//! Project automation: `cargo xtask <task>`. Plain Rust instead of shell scripts, so every
//! contributor and CI run the same steps. Each task first provisions what is missing.

mod bench;
mod browsers;
mod built;
mod csp;
mod imports;
mod lint;
mod offline;
mod preview;
mod provision;
mod shell;

use browsers::Engine;
use provision::Driver;
use std::process::ExitCode;

/// The end-to-end suites run in every engine. The rest run in Chromium only: the consultation
/// tools (touch drawing and printing through DevTools), reading aloud (a speech stand-in put
/// in before the page starts), rough handling (DevTools again) and axe-core's audit (which
/// reads the page, not the engine's drawing, so one engine is enough).
const EVERY_ENGINE: [&str; 10] = [
    "journey",
    "keyboard",
    "offline",
    "pages",
    "pictures",
    "display",
    "languages",
    "variants",
    "shell",
    "security",
];

const USAGE: &str = "usage: cargo xtask <task>

tasks:
  serve   provision, build and serve the app on http://127.0.0.1:8080 with live reload
  test    provision, then run every test layer (format, lints, host, browser components,
          end to end in Chromium, Firefox and WebKit)
  dist    release build into dist/ (wasm-opt applied, hashed file names)
  bench   transfer sizes of the release app against an empty Yew app
  lint    check that src/model/ stays free of web crates
  e2e     [chromium|firefox|webkit] [suite…]: end-to-end tests alone, against dist/ as built";

fn main() -> ExitCode {
    let task = std::env::args().nth(1).unwrap_or_default();
    let result = match task.as_str() {
        "serve" => serve(),
        "test" => test(),
        "dist" => provision::all().and_then(|tools| dist(&tools)),
        "bench" => provision::all()
            .and_then(|tools| provision::browsers(&[Engine::Chromium]).map(|()| tools))
            .and_then(|tools| bench::run(&tools)),
        "lint" => lint::model_is_pure(),
        "e2e" => e2e(&std::env::args().skip(2).collect::<Vec<_>>()),
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
    built::finish(&shell::root().join("dist"))
}

fn test() -> Result<(), String> {
    let started = std::time::Instant::now();
    let tools = provision::all()?;
    provision::browsers(&Engine::ALL)?;
    shell::step("format and lints (cargo fmt --check, cargo clippy -D warnings, model purity)");
    shell::cargo(&["fmt", "--all", "--check"]).run()?;
    shell::cargo(&[
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ])
    .run()?;
    shell::cargo(&[
        "clippy",
        "--package",
        "heartpath",
        "--target",
        "wasm32-unknown-unknown",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ])
    .run()?;
    lint::model_is_pure()?;

    shell::step("host tests (model, text, xtask, host)");
    shell::cargo(&[
        "test",
        "--package",
        "heartpath",
        "--package",
        "xtask",
        "--package",
        "host",
    ])
    .run()?;

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
        ])?
        .run()?;

    dist(&tools)?;
    let skipped = shell::root().join("target/screenshots/skipped.txt");
    let _ = std::fs::remove_file(&skipped);
    let failed: Vec<String> = Engine::ALL
        .into_iter()
        .filter_map(|engine| {
            let suites: &[&str] = if engine == Engine::Chromium {
                &[]
            } else {
                &EVERY_ENGINE
            };
            end_to_end(engine, suites)
                .err()
                .map(|e| format!("{}: {e}", engine.name()))
        })
        .collect();
    if let Ok(lines) = std::fs::read_to_string(&skipped) {
        let mut lines: Vec<&str> = lines.lines().collect();
        lines.sort_unstable();
        lines.dedup();
        println!("what an engine could not check (each skipped alone):");
        for line in lines {
            println!("  {line}");
        }
    }
    if !failed.is_empty() {
        return Err(format!("end-to-end tests failed in {}", failed.join("; ")));
    }
    println!(
        "all test layers passed in {:.0} s; screenshots in target/screenshots/",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The end-to-end `suites` (all when empty) in one engine, against the built `dist/`.
fn end_to_end(engine: Engine, suites: &[&str]) -> Result<(), String> {
    shell::step(&format!(
        "end-to-end tests in {} (WebDriver, release build)",
        engine.name()
    ));
    let site = host::serve(&shell::root().join("dist"))?;
    let mut args = vec!["test", "--no-fail-fast", "--package", "e2e"];
    for suite in suites {
        args.extend(["--test", suite]);
    }
    args.extend(["--", "--test-threads=1"]);
    let driver = Driver::start(engine)?;
    shell::cargo(&args)
        .env("HEARTPATH_URL", &site.url)
        .env("HEARTPATH_DIST", shell::root().join("dist"))
        .env("HEARTPATH_ENGINE", engine.name())
        .env("HEARTPATH_BROWSER", &driver.browser)
        .env("WEBDRIVER_URL", &driver.url)
        .env("SCREENSHOT_DIR", shell::root().join("target/screenshots"))
        .run()
}

/// `cargo xtask e2e [engine] [suite…]`: end-to-end tests alone, against the `dist/` built last.
fn e2e(args: &[String]) -> Result<(), String> {
    let engine = Engine::ALL
        .into_iter()
        .find(|e| args.first().is_some_and(|a| a == e.name()));
    let suites: Vec<&str> = args
        .iter()
        .skip(usize::from(engine.is_some()))
        .map(String::as_str)
        .collect();
    let engine = engine.unwrap_or(Engine::Chromium);
    provision::browsers(&[engine])?;
    end_to_end(engine, &suites)
}
