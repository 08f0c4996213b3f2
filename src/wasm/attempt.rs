//! One attempt of a media API request as a typed value — method, headers, body, signal — built once per attempt
//! by the transport and sent by either sender: `fetch` (through io.js) or `XMLHttpRequest` (xhr.rs, for upload
//! progress). Both read the same fields, so neither has to take the other's request object apart; and
//! [`Answer`], what an attempt got back.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::convert::unreadable;
use super::errors::{to_js, JsResult};
use super::fetch::{AbortSignal, Blob, FormData};
use crate::api::{extras, ApiRequest, Body};
use crate::config::ClientConfig;
use crate::encoding::base64_encode;

/// A file the transport appends to the upload form as it is (never copied into wasm memory).
pub type BinaryFile = Option<(Blob, String)>;

/// What goes out as the request body.
pub enum AttemptBody {
    None,
    Text(JsValue),
    Form(FormData),
}

pub struct Attempt {
    pub method: &'static str,
    /// Lower-case names; the authorization header holds the private key, so it lives only as long as the attempt.
    /// Ours first, then the client's `defaultHeaders` and the call's `headers` over them (`api::extras`).
    pub headers: Vec<(String, String)>,
    pub body: AttemptBody,
    /// The caller's signal joined with this attempt's timeout (io.js).
    pub signal: AbortSignal,
}

impl Attempt {
    pub fn new(
        config: &ClientConfig,
        req: &ApiRequest,
        file: &BinaryFile,
        signal: AbortSignal,
        call_headers: &[(String, Option<String>)],
    ) -> JsResult<Self> {
        let mut headers: Vec<(String, Option<String>)> = Vec::new();
        if req.basic_auth {
            let key = config.require_private_key("the media API").map_err(to_js)?;
            let credentials = base64_encode(format!("{}:", key.expose()).as_bytes());
            headers.push(("authorization".into(), Some(format!("Basic {credentials}"))));
        }
        let body = match &req.body {
            Body::Empty => AttemptBody::None,
            Body::Json(text) => {
                headers.push(("content-type".into(), Some("application/json".into())));
                AttemptBody::Text(text.into())
            }
            Body::Form(fields) => {
                let form = FormData::new()?;
                for (k, v) in fields {
                    form.append_str(k, v);
                }
                if let Some((blob, name)) = file {
                    // A Proxy of a Blob passes `instanceof Blob`, but FormData refuses it.
                    form.append_blob("file", blob, name)
                        .map_err(|e| unreadable("file", &e))?;
                }
                AttemptBody::Form(form)
            }
        };
        Ok(Attempt {
            method: req.method.as_str(),
            headers: extras::merge_headers(&[&headers, &config.default_headers, call_headers]),
            body,
            signal,
        })
    }

    /// The body as the JS value both senders take (`undefined` for none).
    pub fn body_value(&self) -> JsValue {
        match &self.body {
            AttemptBody::None => JsValue::UNDEFINED,
            AttemptBody::Text(text) => text.clone(),
            AttemptBody::Form(form) => form.into(),
        }
    }

    /// The `init` of `fetch(url, init)`: `{method, headers, body?, signal}`. Its own keys through setters whose
    /// names are written into the glue (a key made from a Rust string is decoded anew on every call).
    pub fn fetch_init(&self) -> JsResult<Object> {
        let init: FetchInit = Object::new().unchecked_into();
        let headers = Object::new();
        for (name, value) in &self.headers {
            Reflect::set(&headers, &name.into(), &value.into())?;
        }
        init.set_method(self.method);
        init.set_headers(&headers);
        if !matches!(self.body, AttemptBody::None) {
            init.set_body(&self.body_value());
        }
        init.set_signal(&self.signal);
        Ok(init.unchecked_into())
    }
}

#[wasm_bindgen]
extern "C" {
    /// A `fetch` init being filled in (plain object, plain assignments).
    type FetchInit;
    #[wasm_bindgen(method, setter)]
    fn set_method(this: &FetchInit, method: &str);
    #[wasm_bindgen(method, setter)]
    fn set_headers(this: &FetchInit, headers: &Object);
    #[wasm_bindgen(method, setter)]
    fn set_body(this: &FetchInit, body: &JsValue);
    #[wasm_bindgen(method, setter)]
    fn set_signal(this: &FetchInit, signal: &AbortSignal);
}

/// What one attempt got back. The body stays a JS string: a success is handed to `JSON.parse` as it is, and of
/// an error only a summary crosses into Rust (io.js `ikBodyParts`).
pub struct Answer {
    pub status: u16,
    /// Lower-cased response headers, a plain object (what `responseMetadata.headers` shows).
    pub headers: Object,
    pub text: JsValue,
}
