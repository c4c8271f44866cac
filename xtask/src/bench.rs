//! `cargo xtask bench`: honest numbers, printed as tables. Transfer sizes of the release app
//! against an empty Yew app built the same way (the floor a Yew app cannot go under).

use crate::provision::Tools;
use crate::shell::{self, root};
use std::io::Write;
use std::path::{Path, PathBuf};

pub fn run(tools: &Tools) -> Result<(), String> {
    let app = build(tools, "index.html", "target/bench/app")?;
    crate::built::finish(&app)?;
    let empty = build(tools, "xtask/empty-app/index.html", "target/bench/empty")?;
    // The first load is what the page needs to show itself. The other languages are fetched
    // when chosen, the pictures of later steps (`art/`) after the first render, and the
    // offline worker fetches them (with the icons and manifest) in the background after the
    // first load; English is built into the app.
    let (later, app_sizes): (Vec<_>, Vec<_>) = sizes(&app)?
        .into_iter()
        .filter(|(name, _)| name != "locales/en.ftl")
        .partition(|(name, _)| {
            name.starts_with("locales/")
                || name.starts_with("art/")
                || name.starts_with("icons/")
                || name.ends_with(".webmanifest")
        });
    let locales: Vec<_> = later
        .iter()
        .filter(|(name, _)| name.starts_with("locales/"))
        .cloned()
        .collect();
    let empty_sizes = sizes(&empty)?;
    print_table("Heartpath, first load (release dist/)", &app_sizes);
    print_table("Each other language, fetched only when chosen", &locales);
    print_table(
        "Kept for offline use, fetched in the background after the first load",
        &later,
    );
    print_table("Empty Yew app (same profile and wasm-opt)", &empty_sizes);
    let (a, e) = (total(&app_sizes), total(&empty_sizes));
    println!(
        "\nratio app/empty: raw {:.2}x, gzip {:.2}x, brotli {:.2}x",
        ratio(a.raw, e.raw),
        ratio(a.gzip, e.gzip),
        ratio(a.brotli, e.brotli)
    );
    println!(
        "Heartpath first-load transfer (brotli): {} (target: at most 210 KiB)",
        kib(a.brotli)
    );
    playback()
}

/// Plays the journey in headless Chromium (see `e2e/src/bin/playbench.rs`) against the same
/// release builds, served as a static host would.
fn playback() -> Result<(), String> {
    shell::step("playing the journey and the floor in headless Chromium (about 22 minutes with ten plays for memory)");
    let app = host::serve(&root().join("target/bench/app"))?;
    let floor = host::serve(&root().join("target/bench/empty"))?;
    let driver = crate::provision::Driver::start(crate::browsers::Engine::Chromium)?;
    let result = shell::cargo(&["run", "--quiet", "--package", "e2e", "--bin", "playbench"])
        .env("BENCH_APP_URL", &app.url)
        .env("BENCH_FLOOR_URL", &floor.url)
        .env("WEBDRIVER_URL", &driver.url)
        .env("HEARTPATH_BROWSER", &driver.browser)
        .run();
    drop(driver);
    result
}

fn build(tools: &Tools, page: &str, out: &str) -> Result<PathBuf, String> {
    shell::step(&format!("release build of {page} into {out}"));
    let dist = root().join(out);
    tools
        .trunk(&[
            "build",
            "--release",
            "--dist",
            dist.to_str().unwrap_or(out),
            page,
        ])
        .run()?;
    Ok(dist)
}

#[derive(Clone, Copy, Default)]
struct Size {
    raw: usize,
    gzip: usize,
    brotli: usize,
}

fn sizes(dir: &Path) -> Result<Vec<(String, Size)>, String> {
    Ok(crate::built::files(dir)?
        .into_iter()
        .map(|(name, bytes)| (name, measure(&bytes)))
        .collect())
}

/// Sizes as a static host would send them: raw, gzip -9 and brotli -q 11.
fn measure(bytes: &[u8]) -> Size {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(bytes).expect("writing to memory");
    let gzip = gz.finish().expect("writing to memory").len();
    let mut br = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut br, 4096, 11, 22);
        writer.write_all(bytes).expect("writing to memory");
    }
    Size {
        raw: bytes.len(),
        gzip,
        brotli: br.len(),
    }
}

fn total(files: &[(String, Size)]) -> Size {
    files.iter().fold(Size::default(), |t, (_, s)| Size {
        raw: t.raw + s.raw,
        gzip: t.gzip + s.gzip,
        brotli: t.brotli + s.brotli,
    })
}

fn ratio(a: usize, b: usize) -> f64 {
    a as f64 / b.max(1) as f64
}

fn kib(bytes: usize) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}

fn print_table(title: &str, files: &[(String, Size)]) {
    println!("\n{title}\n| file | raw | gzip | brotli |\n|---|---:|---:|---:|");
    for (name, s) in files
        .iter()
        .chain(std::iter::once(&("total".to_string(), total(files))))
    {
        println!(
            "| {name} | {} | {} | {} |",
            kib(s.raw),
            kib(s.gzip),
            kib(s.brotli)
        );
    }
}
