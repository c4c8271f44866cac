//! Serves a built Heartpath (`dist/`) on 127.0.0.1 the way README asks a clinic's web server
//! to: files compressed (brotli or gzip, as the browser accepts), and on every response the
//! security and caching headers of [`headers_for`]. The end-to-end tests and the benchmark use
//! it, so they see what a real host sends; a test can stop it to see the app offline.

use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::Router;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;

/// A running server; it stops when dropped (or by [`Site::stop`]).
pub struct Site {
    /// `http://127.0.0.1:<port>/`
    pub url: String,
    log: Arc<Mutex<Vec<Served>>>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// One request as the server saw it.
#[derive(Clone, Debug, PartialEq)]
pub struct Served {
    pub path: String,
    pub status: u16,
}

/// Serves `dir` on a free port of 127.0.0.1 until the [`Site`] is dropped.
pub fn serve(dir: &Path) -> Result<Site, String> {
    let page = std::fs::read_to_string(dir.join("index.html"))
        .map_err(|e| format!("{}: {e}", dir.join("index.html").display()))?;
    // (The benchmark's empty app has no policy of its own; it is sent none.)
    let policy = page_policy(&page).map(str::to_string);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    // Bound here (not in the runtime), so a caller inside another runtime may start a site.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    listener.set_nonblocking(true).map_err(|e| e.to_string())?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    let log = Arc::new(Mutex::new(Vec::new()));
    let app = router(dir.to_path_buf(), policy, log.clone());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let thread = std::thread::spawn(move || {
        runtime.block_on(async move {
            let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
                return;
            };
            tokio::select! {
                _ = axum::serve(listener, app) => {}
                _ = stopped => {}
            }
        });
        // Connections a browser keeps open must not keep the server alive: drop them now.
        runtime.shutdown_background();
    });
    Ok(Site {
        url: format!("http://127.0.0.1:{port}/"),
        log,
        stop: Some(stop),
        thread: Some(thread),
    })
}

impl Site {
    /// Every request served so far, in order.
    pub fn requests(&self) -> Vec<Served> {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }

    /// Stops serving; later requests find nobody listening, as on a lost connection.
    pub fn stop(mut self) {
        self.halt();
    }

    fn halt(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        self.halt();
    }
}

fn router(dir: PathBuf, policy: Option<String>, log: Arc<Mutex<Vec<Served>>>) -> Router {
    let policy = Arc::new(policy);
    Router::new()
        .fallback_service(ServeDir::new(dir))
        .layer(CompressionLayer::new())
        .layer(middleware::from_fn(move |request: Request, next: Next| {
            let (policy, log) = (policy.clone(), log.clone());
            async move {
                let path = request.uri().path().to_string();
                let mut response: Response = next.run(request).await;
                if let Ok(mut log) = log.lock() {
                    log.push(Served {
                        path: path.clone(),
                        status: response.status().as_u16(),
                    });
                }
                let headers = response.headers_mut();
                for (name, value) in headers_for(&path, policy.as_deref()) {
                    if let Ok(value) = HeaderValue::from_str(&value) {
                        headers.insert(HeaderName::from_static(name), value);
                    }
                }
                response
            }
        }))
}

/// The headers README asks a host to send with the file at `path`, given the built page's own
/// policy (its `<meta>` Content-Security-Policy, which names the loader script by hash).
pub fn headers_for(path: &str, page_policy: Option<&str>) -> Vec<(&'static str, String)> {
    let mut headers = Vec::new();
    if let Some(policy) = page_policy {
        // The page's own policy, plus what only a header can say: who may frame the guide.
        // A clinic embedding it on its own site adds that site's origin after 'self'.
        headers.push((
            "content-security-policy",
            format!("{policy}; frame-ancestors 'self'"),
        ));
    }
    headers.extend([
        ("x-content-type-options", "nosniff".to_string()),
        ("referrer-policy", "no-referrer".to_string()),
        ("cache-control", cache_control(path).to_string()),
    ]);
    if path.ends_with(".ftl") {
        headers.push(("content-type", "text/plain; charset=utf-8".to_string()));
    }
    headers
}

/// Hashed build files never change, so a browser may keep them for a year; everything else
/// (the page, the service worker, the manifest, languages and the clinic's file) is checked
/// with the server on every use, so a new deployment is seen at once.
fn cache_control(path: &str) -> &'static str {
    if is_hashed(path) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

/// trunk's hashed names carry a 64-bit hash in hex after a dash (`app-d098d2b6f943d8e3.css`,
/// `heartpath-c0d2a7d6b8ede083_bg.wasm`), written without leading zeros, so it may be shorter
/// than 16 digits (`heartpath-6c058ba5ec19048_bg.wasm`).
pub fn is_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.split('.').next().unwrap_or(name);
    stem.split(['-', '_'])
        .skip(1)
        .any(|part| (8..=16).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The `content` of the page's `<meta http-equiv="Content-Security-Policy">`, whatever the
/// order of its attributes and whether or not they are quoted (trunk's minifier changes both).
pub fn page_policy(html: &str) -> Option<&str> {
    html.split("<meta")
        .skip(1)
        .map(|rest| &rest[..rest.find('>').unwrap_or(rest.len())])
        .find(|tag| tag.contains("Content-Security-Policy"))
        .and_then(|tag| {
            let content = &tag[tag.find("content=")? + "content=".len()..];
            match content.chars().next()? {
                quote @ ('"' | '\'') => {
                    let inner = &content[1..];
                    inner.find(quote).map(|end| &inner[..end])
                }
                _ => content.split([' ', '/']).next(),
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_files_are_kept_and_the_rest_is_checked() {
        assert!(is_hashed("/heartpath-c0d2a7d6b8ede083_bg.wasm"));
        assert!(is_hashed("/app-d098d2b6f943d8e3.css"));
        assert!(is_hashed("/heartpath-c58974faac2acd93.js"));
        assert!(is_hashed("/heartpath-6c058ba5ec19048_bg.wasm"));
        assert!(!is_hashed("/icons/icon-192.png"));
        assert!(!is_hashed("/index.html"));
        assert!(!is_hashed("/sw.js"));
        assert!(!is_hashed("/locales/fr.ftl"));
        assert_eq!(cache_control("/"), "no-cache");
    }

    #[test]
    fn every_response_carries_the_policy_and_the_safety_headers() {
        let headers = headers_for("/locales/ar.ftl", Some("default-src 'self'"));
        let get = |name: &str| {
            headers
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.as_str())
        };
        assert_eq!(
            get("content-security-policy"),
            Some("default-src 'self'; frame-ancestors 'self'")
        );
        assert_eq!(get("x-content-type-options"), Some("nosniff"));
        assert_eq!(get("referrer-policy"), Some("no-referrer"));
        assert_eq!(get("cache-control"), Some("no-cache"));
        assert_eq!(get("content-type"), Some("text/plain; charset=utf-8"));
        assert!(headers_for("/", None)
            .iter()
            .all(|(n, _)| *n != "content-security-policy"));
    }

    #[test]
    fn reads_the_policy_quoted_or_not() {
        let page = "<meta http-equiv=Content-Security-Policy content=\"default-src 'self'; object-src 'none'\"><title>";
        assert_eq!(
            page_policy(page),
            Some("default-src 'self'; object-src 'none'")
        );
        let minified = "<meta content=no-referrer name=referrer><meta content=\"default-src 'self'\" http-equiv=Content-Security-Policy><meta content=x name=y>";
        assert_eq!(page_policy(minified), Some("default-src 'self'"));
        assert_eq!(page_policy("<title>no policy</title>"), None);
    }
}
