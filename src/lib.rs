//! Heartpath shows a patient, step by step and in plain words, what happens in a coronary
//! angioplasty. `model`, `ftl` and `i18n` are pure and tested on the host; `view` and `browser`
//! exist only in the browser build.

pub mod draw;
pub mod ftl;
pub mod i18n;
pub mod model;
#[cfg(test)]
mod transcript;

/// The heap (see Cargo.toml).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static HEAP: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
mod math;
#[cfg(target_arch = "wasm32")]
mod service_worker;
#[cfg(target_arch = "wasm32")]
pub mod view;

/// Mounts the app into the page (replacing the loading message).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    browser::mount::<view::App>();
}
