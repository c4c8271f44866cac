//! The model stays pure: no browser crate may appear in `src/model/`. The host build also
//! enforces this (those crates are wasm-only dependencies), but this check names the line.

use std::path::Path;

const WEB_CRATES: [&str; 5] = ["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys"];

pub fn model_is_pure() -> Result<(), String> {
    crate::shell::step("checking that src/model/ imports no web crate");
    let offences = scan(&crate::shell::root().join("src/model"))?;
    if offences.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "src/model/ must stay pure (no {}), but:\n{}",
            WEB_CRATES.join(", "),
            offences.join("\n")
        ))
    }
}

fn scan(dir: &Path) -> Result<Vec<String>, String> {
    let mut offences = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            offences.extend(scan(&path)?);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let text = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
            for (number, line) in text.lines().enumerate() {
                if uses_web_crate(line) {
                    offences.push(format!(
                        "  {}:{}: {}",
                        path.display(),
                        number + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    Ok(offences)
}

/// True when a line of code names a web crate as a path root (`yew::`, `use gloo`, `extern crate`).
fn uses_web_crate(line: &str) -> bool {
    let code = line.split("//").next().unwrap_or("");
    let words: Vec<&str> = code
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .collect();
    words.iter().enumerate().any(|(i, word)| {
        WEB_CRATES.iter().any(|krate| {
            let rooted = word.strip_prefix("::").unwrap_or(word);
            rooted.starts_with(&format!("{krate}::"))
                || (*word == *krate && i > 0 && matches!(words[i - 1], "use" | "crate"))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::uses_web_crate;

    #[test]
    fn finds_web_imports_and_ignores_plain_words() {
        for (line, expected) in [
            ("use yew::prelude::*;", true),
            ("use web_sys::Window;", true),
            ("    let w = gloo::utils::window();", true),
            ("use ::wasm_bindgen::JsValue;", true),
            ("extern crate js_sys;", true),
            ("use gloo;", true),
            ("// yew::html! is used by the view, not here", false),
            ("/// The yew view draws this scene.", false),
            ("let yewtree = 3;", false),
            ("use crate::model::scene;", false),
        ] {
            assert_eq!(uses_web_crate(line), expected, "{line}");
        }
    }
}
