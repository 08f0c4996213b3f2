//! Bindings to the runtime's global `fetch` and friends. Bound on the global scope, never through `window`,
//! so the same code runs in Node, Deno, Bun, workerd, edge runtimes and browsers.

use js_sys::{Function, Promise};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/wasm/io.js")]
extern "C" {
    /// The global `fetch` (or, for uploads, what the runtime's entry installed: see io.js).
    #[wasm_bindgen(js_name = ikFetch, catch)]
    pub fn fetch(input: &str, init: &JsValue) -> Result<Promise, JsValue>;
}

#[wasm_bindgen]
extern "C" {
    pub type Response;
    #[wasm_bindgen(method, getter)]
    pub fn status(this: &Response) -> u16;
    #[wasm_bindgen(method, getter)]
    pub fn headers(this: &Response) -> JsValue;
    #[wasm_bindgen(method, catch)]
    pub fn text(this: &Response) -> Result<Promise, JsValue>;

    pub type AbortSignal;
    #[wasm_bindgen(method, getter)]
    pub fn aborted(this: &AbortSignal) -> bool;
    #[wasm_bindgen(static_method_of = AbortSignal, js_name = timeout, catch)]
    pub fn timeout(ms: f64) -> Result<AbortSignal, JsValue>;
    #[wasm_bindgen(static_method_of = AbortSignal, js_name = any, catch)]
    pub fn any(signals: &js_sys::Array) -> Result<AbortSignal, JsValue>;

    pub type Blob;
    #[wasm_bindgen(constructor, catch)]
    pub fn new(parts: &js_sys::Array) -> Result<Blob, JsValue>;

    pub type FormData;
    #[wasm_bindgen(constructor, catch)]
    pub fn new() -> Result<FormData, JsValue>;
    #[wasm_bindgen(method, js_name = append)]
    pub fn append_str(this: &FormData, name: &str, value: &str);
    #[wasm_bindgen(method, js_name = append, catch)]
    pub fn append_blob(
        this: &FormData,
        name: &str,
        value: &Blob,
        filename: &str,
    ) -> Result<(), JsValue>;

    /// `JSON.parse` of a JS string as it is (no copy through wasm memory).
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    pub fn parse_json(text: &JsValue) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(callback: &Function, ms: f64) -> JsValue;
}

/// A promise that resolves after `ms` milliseconds.
pub fn sleep(ms: f64) -> Promise {
    Promise::new(&mut |resolve, _reject| {
        set_timeout(&resolve, ms);
    })
}
