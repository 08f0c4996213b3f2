//! One attempt of a media API request as a typed value — method, headers, body — built once per attempt by the
//! transport and sent by either sender: `fetch` (through io.js, as the one wire text of `api::wire`) or
//! `XMLHttpRequest` (xhr.rs, for upload progress), both from the same fields; and [`Answer`], what an attempt got
//! back.

use js_sys::Object;
use wasm_bindgen::prelude::*;

use super::convert::unreadable;
use super::errors::{to_js, JsResult};
use super::fetch::{Blob, FormData};
use crate::api::{wire, ApiRequest, Body};
use crate::config::ClientConfig;

/// A file the transport appends to the upload form as it is (never copied into wasm memory).
pub type BinaryFile = Option<(Blob, String)>;

/// What goes out as the request body.
pub enum AttemptBody {
    None,
    Text(String),
    Form(FormData),
}

pub struct Attempt {
    pub method: &'static str,
    /// Lower-case names; ours first, then the client's `defaultHeaders` and the call's `headers` over them
    /// (`api::wire::attempt_headers`). The authorization header holds the private key's credentials, so it lives
    /// only as long as the attempt.
    pub headers: Vec<(String, String)>,
    /// Our `authorization` value, when the request is signed with the private key.
    credentials: Option<String>,
    pub body: AttemptBody,
}

impl Attempt {
    pub fn new(
        config: &ClientConfig,
        req: &ApiRequest,
        file: &BinaryFile,
        call_headers: &[(String, Option<String>)],
    ) -> JsResult<Self> {
        let credentials = if req.basic_auth {
            let key = config.require_private_key("the media API").map_err(to_js)?;
            Some(wire::basic_credentials(key.expose()))
        } else {
            None
        };
        let body = match &req.body {
            Body::Empty => AttemptBody::None,
            Body::Json(text) => AttemptBody::Text(text.clone()),
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
            headers: wire::attempt_headers(
                credentials.as_deref(),
                matches!(body, AttemptBody::Text(_)),
                &config.default_headers,
                call_headers,
            ),
            credentials,
            body,
        })
    }

    /// The body as XHR takes it (`undefined` for none).
    pub fn body_value(&self) -> JsValue {
        match &self.body {
            AttemptBody::None => JsValue::UNDEFINED,
            AttemptBody::Text(text) => text.into(),
            AttemptBody::Form(form) => form.into(),
        }
    }

    /// What io.js sends with `fetch`: the wire text (`api::wire::text`), the credentials its `null` stands for
    /// (`""` when none), and the multipart body (`undefined` unless there is one).
    pub fn wire(&self, url: &str) -> (String, &str, JsValue) {
        let text = match &self.body {
            AttemptBody::Text(t) => Some(t.as_str()),
            _ => None,
        };
        let credentials = self.credentials.as_deref();
        let form = match &self.body {
            AttemptBody::Form(form) => form.into(),
            _ => JsValue::UNDEFINED,
        };
        let wire = wire::text(self.method, url, &self.headers, credentials, text);
        (wire, credentials.unwrap_or_default(), form)
    }
}

/// What one attempt got back. The body stays a JS string: a success is handed to `JSON.parse` as it is, and of
/// an error only a summary crosses into Rust (io.js `ikBodyParts`).
pub struct Answer {
    pub status: u16,
    /// Lower-cased response headers, a plain object (what `responseMetadata.headers` shows).
    pub headers: Object,
    pub text: JsValue,
}
