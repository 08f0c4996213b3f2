//! The URL reader's exports in the module that does not hold the reader (README "Size"): the media module of the
//! speed build, and the first module of the browser's size build (feature `lazy-reader`), whose reader lives in its
//! media module so that a page loads it only when it asks for it (`await loadUrlReader()`).
//!
//! Both builds must fit one glue per module (tools/size-build.mjs), so each module has the reader's exports with
//! the same signatures, in one of the two places real. `__readerHere` says which: reader.js asks the first module
//! once and sends every reader call to the module that holds it. Nothing calls these otherwise; if something does
//! (a caller of the glue itself), each answers an error that says where the reader is. Their doc comments and
//! parameter names are parse.rs's: wasm-bindgen writes both into the glue.

use wasm_bindgen::prelude::*;

use super::client::ImageKit;
use super::errors::{make, JsResult};

/// The one answer of every export here.
fn elsewhere<T>() -> JsResult<T> {
    let message = "imagekit-wasm: the URL reader is in the package's other wasm module; \
                   call parseUrl / transformUrl / verifyUrl through the package's exports";
    Err(make(
        "ImageKitError",
        &JsValue::from_str(message),
        &JsValue::UNDEFINED,
    ))
}

/// Reads an ImageKit URL back into `buildSrc` options.
#[wasm_bindgen(js_name = parseUrl)]
pub fn parse_url(url: JsValue, opts: JsValue) -> JsResult<JsValue> {
    let _ = (url, opts);
    elsewhere()
}

/// Changes an unsigned URL's transformation.
#[wasm_bindgen(js_name = transformUrl)]
pub fn transform_url(url: JsValue, edit: JsValue, opts: JsValue) -> JsResult<String> {
    let _ = (url, edit, opts);
    elsewhere()
}

#[wasm_bindgen]
impl ImageKit {
    /// Internal: whether this module holds the URL reader.
    #[wasm_bindgen(js_name = __readerHere)]
    pub fn reader_here() -> bool {
        false
    }

    /// `parseUrl` with the client's `urlEndpoint` as the default.
    #[wasm_bindgen(js_name = parseUrl)]
    pub fn parse_url(&self, url: JsValue, opts: JsValue) -> JsResult<JsValue> {
        let _ = (url, opts);
        elsewhere()
    }

    /// Whether a signed URL's `ik-s` is this client's signature, whether it has expired, and what was signed.
    #[wasm_bindgen(js_name = verifyUrl)]
    pub fn verify_url(&self, url: JsValue, opts: JsValue) -> JsResult<JsValue> {
        let _ = (url, opts);
        elsewhere()
    }

    /// `transformUrl`, signing the result again when the URL was signed.
    #[wasm_bindgen(js_name = transformUrl)]
    pub fn transform_url(&self, url: JsValue, edit: JsValue, opts: JsValue) -> JsResult<String> {
        let _ = (url, edit, opts);
        elsewhere()
    }
}
