//! The float functions of the C maths library (`sin`, `cos`, `pow`, …), which std and kurbo
//! call for `f64::sin` and the like (and `fmod` for `%` on floats), answered by the browser's `Math` instead of the copies
//! compiler-builtins would link in (about 12 KiB of WebAssembly for the handful we use).
//! The browser build only; the host keeps its own maths library. Both are fdlibm's
//! algorithms, and every result is rounded before it is drawn.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Math, js_name = sin)]
    fn js_sin(x: f64) -> f64;
    #[wasm_bindgen(js_namespace = Math, js_name = cos)]
    fn js_cos(x: f64) -> f64;
    #[wasm_bindgen(js_namespace = Math, js_name = pow)]
    fn js_pow(x: f64, y: f64) -> f64;
    #[wasm_bindgen(js_namespace = Math, js_name = exp)]
    fn js_exp(x: f64) -> f64;
    #[wasm_bindgen(js_namespace = Math, js_name = log)]
    fn js_log(x: f64) -> f64;
    #[wasm_bindgen(js_namespace = Math, js_name = atan2)]
    fn js_atan2(y: f64, x: f64) -> f64;
}

#[no_mangle]
pub extern "C" fn sin(x: f64) -> f64 {
    js_sin(x)
}

#[no_mangle]
pub extern "C" fn cos(x: f64) -> f64 {
    js_cos(x)
}

#[no_mangle]
pub extern "C" fn cosf(x: f32) -> f32 {
    js_cos(x as f64) as f32
}

#[no_mangle]
pub extern "C" fn pow(x: f64, y: f64) -> f64 {
    js_pow(x, y)
}

#[no_mangle]
pub extern "C" fn exp(x: f64) -> f64 {
    js_exp(x)
}

#[no_mangle]
pub extern "C" fn log(x: f64) -> f64 {
    js_log(x)
}

#[no_mangle]
pub extern "C" fn atan2(y: f64, x: f64) -> f64 {
    js_atan2(y, x)
}

/// `x % y` on floats (`f64::rem_euclid` too): JavaScript's `%` is C's `fmod`, exact as well.
#[no_mangle]
pub extern "C" fn fmod(x: f64, y: f64) -> f64 {
    (&JsValue::from_f64(x) % &JsValue::from_f64(y))
        .as_f64()
        .unwrap_or(f64::NAN)
}
