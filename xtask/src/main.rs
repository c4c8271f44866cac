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
use shell::Ended;
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
    let (mut failed, mut hung) = (Vec::new(), Vec::new());
    for engine in Engine::ALL {
        let suites: &[&str] = if engine == Engine::Chromium {
            &[]
        } else {
            &EVERY_ENGINE
        };
        match end_to_end(engine, suites) {
            Ok(notes) => hung.extend(notes),
            Err(e) => failed.push(format!("{}: {e}", engine.name())),
        }
    }
    if let Ok(lines) = std::fs::read_to_string(&skipped) {
        let mut lines: Vec<&str> = lines.lines().collect();
        lines.sort_unstable();
        lines.dedup();
        println!("what an engine could not check (each skipped alone):");
        for line in lines {
            println!("  {line}");
        }
    }
    if !hung.is_empty() {
        println!("suites that hung and ran again:");
        for note in hung {
            println!("  {note}");
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

/// How long one suite may run in one engine before its browser counts as hung. The slowest
/// (WebKit's pictures) takes under three minutes on a 2-core machine.
const SUITE_LIMIT: std::time::Duration = std::time::Duration::from_secs(8 * 60);

/// The end-to-end `suites` (all when empty) in one engine, against the built `dist/`, one
/// suite at a time. A suite that outlives `SUITE_LIMIT` (a driver that stopped answering, seen
/// once in WebKit) is ended and run once more with a fresh browser; the returned notes say so.
fn end_to_end(engine: Engine, suites: &[&str]) -> Result<Vec<String>, String> {
    shell::step(&format!(
        "end-to-end tests in {} (WebDriver, release build)",
        engine.name()
    ));
    let site = host::serve(&shell::root().join("dist"))?;
    let all = every_suite()?;
    let suites = if suites.is_empty() {
        all.iter().map(String::as_str).collect()
    } else {
        suites.to_vec()
    };
    let (mut failed, mut notes) = (Vec::new(), Vec::new());
    let mut driver = Driver::start(engine)?;
    for suite in suites {
        for attempt in 1..=2 {
            let ended = shell::cargo(&[
                "test",
                "--package",
                "e2e",
                "--test",
                suite,
                "--",
                "--test-threads=1",
            ])
            .env("HEARTPATH_URL", &site.url)
            .env("HEARTPATH_DIST", shell::root().join("dist"))
            .env("HEARTPATH_ENGINE", engine.name())
            .env("HEARTPATH_BROWSER", &driver.browser)
            .env("WEBDRIVER_URL", &driver.url)
            .env("SCREENSHOT_DIR", shell::root().join("target/screenshots"))
            .run_within(SUITE_LIMIT)?;
            match ended {
                Ended::Passed => break,
                Ended::Failed(_) => {
                    failed.push(suite.to_string());
                    break;
                }
                Ended::OutOfTime => {
                    let note = format!(
                        "{} {suite}: still running after {} s on try {attempt}; ended with its browser",
                        engine.name(),
                        SUITE_LIMIT.as_secs()
                    );
                    println!("{note}");
                    notes.push(note);
                    drop(driver);
                    driver = Driver::start(engine)?;
                    if attempt == 2 {
                        failed.push(format!("{suite} (hung twice)"));
                    }
                }
            }
        }
    }
    if failed.is_empty() {
        Ok(notes)
    } else {
        Err(format!("{} failed", failed.join(", ")))
    }
}

/// Every end-to-end suite: the files in `e2e/tests/`.
fn every_suite() -> Result<Vec<String>, String> {
    let dir = shell::root().join("e2e/tests");
    let mut suites: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_str()?.to_string();
            name.strip_suffix(".rs").map(String::from)
        })
        .collect();
    suites.sort();
    Ok(suites)
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
    for note in end_to_end(engine, &suites)? {
        println!("hung and ran again: {note}");
    }
    Ok(())
}
