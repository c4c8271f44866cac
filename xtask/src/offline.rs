//! The service worker's precache list, written into the built `dist/sw.js` by `cargo xtask
//! dist`: every file of the build (the page, its hashed script, WebAssembly and styles, each
//! language, the clinic's file, the manifest and icons), and a version that changes whenever
//! any of them does — so a new deployment is always seen as one, and nothing is listed by hand.

use sha2::{Digest, Sha256};
use std::path::Path;

const VERSION_LINE: &str = "const VERSION = \"unbuilt\";";
const FILES_LINE: &str = "const FILES = [];";

/// Fills in `dist/sw.js` from the files beside it.
pub fn write_precache(dist: &Path) -> Result<(), String> {
    let worker = dist.join("sw.js");
    let template =
        std::fs::read_to_string(&worker).map_err(|e| format!("{}: {e}", worker.display()))?;
    let mut files = crate::built::files(dist)?;
    files.retain(|(name, _)| name != "sw.js");
    std::fs::write(&worker, fill(&template, &files)?)
        .map_err(|e| format!("{}: {e}", worker.display()))
}

/// The worker with its version and list, from `files` (relative names and contents).
pub fn fill(template: &str, files: &[(String, Vec<u8>)]) -> Result<String, String> {
    if !template.contains(VERSION_LINE) || !template.contains(FILES_LINE) {
        return Err(format!(
            "sw.js no longer has the lines `{VERSION_LINE}` and `{FILES_LINE}` to fill in"
        ));
    }
    let mut sorted: Vec<&(String, Vec<u8>)> = files.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let mut hash = Sha256::new();
    for (name, body) in &sorted {
        hash.update(name.as_bytes());
        hash.update([0]);
        hash.update(body);
    }
    let version: String = hash.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    // "./" is the page every link opens (the host answers it with index.html).
    let list: Vec<String> = std::iter::once("\"./\"".to_string())
        .chain(sorted.iter().map(|(name, _)| format!("\"./{name}\"")))
        .collect();
    Ok(template
        .replace(VERSION_LINE, &format!("const VERSION = \"{version}\";"))
        .replace(FILES_LINE, &format!("const FILES = [{}];", list.join(", "))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_every_file_and_versions_by_content() {
        let template = "const VERSION = \"unbuilt\";\nconst FILES = [];\n";
        let files = vec![
            ("locales/fr.ftl".to_string(), b"a".to_vec()),
            ("index.html".to_string(), b"<p>".to_vec()),
        ];
        let worker = fill(template, &files).unwrap();
        assert!(
            worker.contains("const FILES = [\"./\", \"./index.html\", \"./locales/fr.ftl\"];"),
            "{worker}"
        );
        let version = |w: &str| w.lines().next().unwrap().to_string();
        // The same files give the same version; any change to any file gives a new one.
        assert_eq!(version(&worker), version(&fill(template, &files).unwrap()));
        let mut changed = files.clone();
        changed[0].1 = b"b".to_vec();
        assert_ne!(
            version(&worker),
            version(&fill(template, &changed).unwrap())
        );
        assert!(fill("const FILES = [];", &files).is_err());
    }
}
