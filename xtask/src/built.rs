//! A build as it is deployed: trunk's output made final (short import names, the first step's
//! words in the loading screen, the script policy pinned, the offline worker's list written),
//! and its files as a host serves them.

use crate::{csp, offline, preview};
use std::path::Path;

/// Makes trunk's output in `dir` the deployable build.
pub fn finish(dir: &Path) -> Result<(), String> {
    crate::imports::shorten(dir)?;
    let page = dir.join("index.html");
    let html = std::fs::read_to_string(&page).map_err(|e| format!("reading {page:?}: {e}"))?;
    std::fs::write(&page, csp::pin_inline_scripts(&preview::fill(&html)?)?)
        .map_err(|e| format!("writing {page:?}: {e}"))?;
    copy_art(dir)?;
    // Last: the worker's list and version cover the finished files.
    offline::write_precache(dir)
}

/// The pictures the app fetches when it needs them (the X-ray's chest, the cath lab), which
/// the release build's `build.rs` wrote beside its output, into the app's `art/`.
fn copy_art(dir: &Path) -> Result<(), String> {
    let from = crate::shell::root().join("target/wasm32-unknown-unknown/release/art");
    let to = dir.join("art");
    std::fs::create_dir_all(&to).map_err(|e| format!("{to:?}: {e}"))?;
    let entries = std::fs::read_dir(&from).map_err(|e| format!("{from:?}: {e}"))?;
    for entry in entries.flatten() {
        let name = entry.file_name();
        std::fs::copy(entry.path(), to.join(&name)).map_err(|e| format!("{name:?}: {e}"))?;
    }
    Ok(())
}

/// Every file a host serves from `dir` (trunk's hidden lock file is not one), by its
/// `/`-separated name below `dir`, sorted.
pub fn files(dir: &Path) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut out = Vec::new();
    collect(dir, dir, &mut out)?;
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, out)?;
        } else {
            let name = path
                .strip_prefix(root)
                .map_err(|e| e.to_string())?
                .to_string_lossy()
                .replace('\\', "/");
            let body = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            out.push((name, body));
        }
    }
    Ok(())
}
