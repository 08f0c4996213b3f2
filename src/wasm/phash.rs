//! The `phashDistance` export (SPEC §4); the distance itself is `crate::phash`'s.

use wasm_bindgen::prelude::*;

use super::convert::opt_string;
use super::errors::{to_js, JsResult};

/// The Hamming distance between two hex pHash strings of equal length.
#[wasm_bindgen(js_name = phashDistance)]
pub fn phash_distance(first: JsValue, second: JsValue) -> JsResult<u32> {
    let a = opt_string(&first, "the first pHash")?;
    let b = opt_string(&second, "the second pHash")?;
    crate::phash::distance(a.as_deref(), b.as_deref()).map_err(to_js)
}
