//! Entry point of the browser build: it only mounts the app.
fn main() {
    #[cfg(target_arch = "wasm32")]
    heartpath::start();
}
