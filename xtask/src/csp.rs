//! The built page's Content Security Policy allows exactly its own inline scripts (trunk's
//! few lines that load the WebAssembly, and `index.html`'s line for the loading screen's
//! words), each by its SHA-256, instead of any inline script.
//! `index.html` keeps `'unsafe-inline'` only for `trunk serve`, whose live reload injects a
//! script of its own; `cargo xtask dist` (and so every test and deployment) pins it.

use base64::Engine;
use sha2::{Digest, Sha256};

/// What the source page allows, and what the built page must say instead.
const LOOSE: &str = "script-src 'self' 'unsafe-inline'";

/// Rewrites `html`'s policy to allow its own inline scripts by hash. Fails if the page has no
/// such policy (so a change to `index.html` cannot quietly loosen the built page).
pub fn pin_inline_scripts(html: &str) -> Result<String, String> {
    if !html.contains(LOOSE) {
        return Err(format!("index.html's policy no longer says \"{LOOSE}\""));
    }
    let hashes: Vec<String> = inline_scripts(html)
        .iter()
        .map(|script| {
            let digest = Sha256::digest(script.as_bytes());
            format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            )
        })
        .collect();
    Ok(html.replacen(LOOSE, &format!("script-src 'self' {}", hashes.join(" ")), 1))
}

/// The text of each `<script>` without a `src`, exactly as the browser hashes it.
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find("<script") {
        let after = &rest[open..];
        let Some(tag_end) = after.find('>') else {
            break;
        };
        let tag = &after[..tag_end];
        let body = &after[tag_end + 1..];
        let Some(close) = body.find("</script>") else {
            break;
        };
        if !tag.contains("src=") {
            out.push(&body[..close]);
        }
        rest = &body[close..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_inline_loader_is_allowed_by_its_hash_and_nothing_else() {
        let page = "<meta http-equiv=Content-Security-Policy content=\"default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'\"><script type=module>init()</script><script src=/a.js></script>";
        let pinned = pin_inline_scripts(page).unwrap();
        // The SHA-256 of `init()`, base64 (as `openssl dgst -sha256 -binary | base64` gives).
        assert!(
            pinned.contains("script-src 'self' 'sha256-w4ujnOpjBoH2vcasx+reJRUwYivG8Q3afx/XevGJod8=' 'wasm-unsafe-eval'"),
            "{pinned}"
        );
        assert!(!pinned.contains("unsafe-inline"));
        assert!(pinned.contains("'wasm-unsafe-eval'"));
        assert_eq!(inline_scripts(page), ["init()"]);
        assert!(pin_inline_scripts("<meta content=\"script-src 'self'\">").is_err());
    }
}
