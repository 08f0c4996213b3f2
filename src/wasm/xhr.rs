//! Upload progress in browsers: `fetch` cannot report how much of a request body went out, `XMLHttpRequest` can.
//! Used only for an upload with `onProgress` where `XMLHttpRequest` exists; it sends the same typed attempt as
//! fetch does, and the same signal (caller's + timeout) aborts it, so errors are classified exactly as for fetch.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::attempt::{Answer, Attempt};
use super::fetch::AttemptSignal;

#[wasm_bindgen]
extern "C" {
    type XmlHttpRequest;
    #[wasm_bindgen(constructor, js_class = "XMLHttpRequest", catch)]
    fn new() -> Result<XmlHttpRequest, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn open(this: &XmlHttpRequest, method: &str, url: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(method, js_name = setRequestHeader, catch)]
    fn set_request_header(this: &XmlHttpRequest, name: &str, value: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch)]
    fn send(this: &XmlHttpRequest, body: &JsValue) -> Result<(), JsValue>;
    #[wasm_bindgen(method, getter)]
    fn status(this: &XmlHttpRequest) -> u16;
    /// Left a JS string: the body never crosses into wasm whole (the transport reads only a summary of it).
    #[wasm_bindgen(method, getter, js_name = responseText)]
    fn response_text(this: &XmlHttpRequest) -> JsValue;
    #[wasm_bindgen(method, js_name = getAllResponseHeaders)]
    fn all_response_headers(this: &XmlHttpRequest) -> Option<String>;
    #[wasm_bindgen(method, getter)]
    fn upload(this: &XmlHttpRequest) -> JsValue;
}

/// Whether this runtime has `XMLHttpRequest`.
pub fn available() -> bool {
    Reflect::get(&js_sys::global(), &"XMLHttpRequest".into()).is_ok_and(|v| v.is_function())
}

/// One attempt through XHR; `progress` receives the upload's progress events (`{loaded, total}` are their
/// properties).
pub async fn attempt(
    url: &str,
    attempt: &Attempt,
    signal: &AttemptSignal,
    progress: &Function,
) -> Result<Answer, JsValue> {
    let xhr = XmlHttpRequest::new()?;
    xhr.open(attempt.method, url)?;
    for (name, value) in &attempt.headers {
        xhr.set_request_header(name, value)?;
    }
    Reflect::set(&xhr.upload(), &"onprogress".into(), progress)?;
    // `loadend` fires exactly once, after success, error, abort or timeout alike.
    let done = Promise::new(&mut |resolve, _| {
        let _ = Reflect::set(&xhr, &"onloadend".into(), &resolve);
    });
    let abort: Function = Reflect::get(&xhr, &"abort".into())?
        .unchecked_into::<Function>()
        .bind0(&xhr);
    let signal = &signal.signal();
    let add: Function = Reflect::get(signal, &"addEventListener".into())?.unchecked_into();
    add.call2(signal, &"abort".into(), &abort)?;
    xhr.send(&attempt.body_value())?;
    JsFuture::from(done).await?;
    let status = xhr.status();
    if status == 0 {
        return Err(js_sys::Error::new("the network request failed").into());
    }
    let raw = xhr.all_response_headers().unwrap_or_default();
    let headers = Object::new();
    for (k, v) in raw.split('\n').filter_map(|line| line.split_once(':')) {
        let _ = Reflect::set(
            &headers,
            &k.trim().to_ascii_lowercase().into(),
            &v.trim().into(),
        );
    }
    Ok(Answer {
        status,
        headers,
        text: Some(xhr.response_text())
            .filter(JsValue::is_string)
            .unwrap_or_else(|| "".into()),
    })
}
