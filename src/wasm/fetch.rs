//! Bindings to the runtime's global `fetch` and friends. Bound on the global scope, never through `window`,
//! so the same code runs in Node, Deno, Bun, workerd, edge runtimes and browsers.

use js_sys::Promise;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/wasm/io.js")]
extern "C" {
    /// One attempt through the global `fetch` (or, for uploads, what the runtime's entry installed: see io.js),
    /// sent from its wire text (`api::wire`, with the credentials its `null` stands for and the multipart body):
    /// resolves to `[status, headers object, body text]`.
    #[wasm_bindgen(js_name = ikFetchText, catch)]
    pub fn fetch_text(
        wire: &str,
        credentials: &str,
        form: &JsValue,
        signal: &AbortSignal,
        client_fetch: &JsValue,
        fetch_options: &JsValue,
    ) -> Result<Promise, JsValue>;

    /// A call's first attempt, its signal made, sent and read in JS (transport.rs `start` says when and why): the
    /// attempt crosses as its wire text, as for [`fetch_text`], with the client's JS-only options as
    /// client-options.js gave them (io.js reads their `fetch`, and their `fetchOptions` unless the call's own
    /// `fetch_options` are given); resolves to the payload of a plain success, else to what
    /// `resume(call, false, parts, cause, timedOut)` resolves to (after a success, `resume(call, true)` lets the
    /// call's state go: wasm/pending.rs).
    #[wasm_bindgen(js_name = ikFirstAttempt, catch)]
    pub fn first_attempt(
        wire: &str,
        credentials: &str,
        form: &JsValue,
        timeout_ms: f64,
        user_signal: &JsValue,
        client: &JsValue,
        fetch_options: &JsValue,
        raw: bool,
        call: u32,
        resume: &JsValue,
    ) -> Result<Promise, JsValue>;

    /// The signal of one attempt (timeout joined with the caller's signal), see io.js.
    #[wasm_bindgen(js_name = ikAttemptSignal, catch)]
    pub fn attempt_signal(timeout_ms: f64, user: &JsValue) -> Result<AttemptSignal, JsValue>;
    pub type AttemptSignal;
    #[wasm_bindgen(method, getter)]
    pub fn signal(this: &AttemptSignal) -> AbortSignal;
    /// Clears the timer and the listener; true when the timer fired.
    #[wasm_bindgen(method)]
    pub fn finish(this: &AttemptSignal) -> bool;

    /// `{raw, httpStatusCode, headers}`: the `responseMetadata` of payloads and errors. (`catch` also keeps the
    /// import behind a glue shim: a direct import of a snippet function names the snippet's hashed path, which
    /// tools/assemble.mjs renames.)
    #[wasm_bindgen(js_name = ikMetadata, catch)]
    pub fn metadata(
        raw: &JsValue,
        status: u16,
        headers: &js_sys::Object,
    ) -> Result<js_sys::Object, JsValue>;

    /// A `Headers` over the lower-cased header object (an error's `headers`).
    #[wasm_bindgen(js_name = ikHeaders, catch)]
    pub fn headers_object(headers: &js_sys::Object) -> Result<JsValue, JsValue>;

    /// The success payload with its non-enumerable `responseMetadata`; throws when the body is not JSON.
    #[wasm_bindgen(js_name = ikPayload, catch)]
    pub fn payload(
        text: &JsValue,
        status: u16,
        headers: &js_sys::Object,
    ) -> Result<JsValue, JsValue>;

    /// A raw call's success payload: JSON by the content type, else the text (see io.js).
    #[wasm_bindgen(js_name = ikRawPayload, catch)]
    pub fn raw_payload(
        text: &JsValue,
        status: u16,
        headers: &js_sys::Object,
    ) -> Result<JsValue, JsValue>;

    /// `[raw, message, help, head, json]`: what the error mapping needs of a body, read in JS (see io.js).
    #[wasm_bindgen(js_name = ikBodyParts, catch)]
    pub fn body_parts(text: &JsValue, head_units: u32) -> Result<js_sys::Array, JsValue>;

    /// Resolves after `ms`, or as soon as `signal` (the caller's, or undefined) aborts.
    #[wasm_bindgen(js_name = ikSleep, catch)]
    pub fn sleep(ms: f64, signal: &JsValue) -> Result<Promise, JsValue>;
}

#[wasm_bindgen]
extern "C" {
    pub type AbortSignal;
    #[wasm_bindgen(method, getter)]
    pub fn aborted(this: &AbortSignal) -> bool;

    /// The runtime's `Headers` (webhook headers are read through its `get`).
    pub type Headers;

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
}
