//! Time, randomness and host detection, read from JS at call time (never at import: workerd reports a clock of 0
//! at module scope, and `SystemTime` panics on wasm32).

use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::prelude::*;

use super::errors::{validation, JsResult};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = crypto, js_name = getRandomValues, catch)]
    fn get_random_values(buf: &Uint8Array) -> Result<JsValue, JsValue>;
}

/// Whole seconds since the epoch, from `Date.now()` (so tests can fix the clock).
pub fn now_seconds() -> u64 {
    seconds_from_ms(js_sys::Date::now())
}

/// Whole seconds from a `Date.now()` value; 0 for a clock that reads nothing sensible.
pub fn seconds_from_ms(ms: f64) -> u64 {
    if ms.is_finite() && ms > 0.0 {
        (ms / 1000.0).floor() as u64
    } else {
        0
    }
}

/// Milliseconds since the epoch, from `Date.now()`.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// 16 bytes from `crypto.getRandomValues`.
pub fn random_16() -> JsResult<[u8; 16]> {
    let buf = Uint8Array::new_with_length(16);
    get_random_values(&buf)
        .map_err(|_| validation("crypto.getRandomValues is not available in this runtime"))?;
    let mut out = [0u8; 16];
    buf.copy_to(&mut out);
    Ok(out)
}

/// True in a browser page (a `window` with a `document`), where a private key would be exposed to visitors.
pub fn is_browser() -> bool {
    let global = js_sys::global();
    let has = |name: &str| {
        Reflect::get(&global, &JsValue::from_str(name))
            .map(|v| !v.is_undefined())
            .unwrap_or(false)
    };
    has("window") && has("document")
}
