//! The one transport every media API call goes through: auth header, timeout, caller's abort signal, retries
//! with backoff, and the mapping of every answer to a payload or a SPEC §6 error.

use std::rc::Rc;

use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::convert::type_of;
use super::errors::{to_js, validation, JsResult};
use super::fetch::{self, AbortSignal, AttemptSignal, Blob, FormData};
use crate::api::response::{interpret, Outcome};
use crate::api::{retry, ApiRequest, Body, ErrorClass, HttpError};
use crate::client::ClientConfig;
use crate::encoding::base64_encode;
use crate::error::Error;
use crate::options::Options;

/// Per-call settings: the optional last argument `{signal, timeout, maxRetries}` over the client's defaults.
pub struct CallSettings {
    signal: Option<AbortSignal>,
    timeout_ms: u64,
    max_retries: u32,
}

impl CallSettings {
    pub fn read(config: &ClientConfig, value: &JsValue) -> JsResult<Self> {
        let mut s = CallSettings {
            signal: None,
            timeout_ms: config.timeout_ms,
            max_retries: config.max_retries,
        };
        if value.is_undefined() || value.is_null() {
            return Ok(s);
        }
        if !value.is_object() {
            return Err(validation(format!(
                "request options must be an object, got {}",
                type_of(value)
            )));
        }
        // The signal is a live object: take it aside, and check the plain fields strictly.
        let signal = Reflect::get(value, &"signal".into()).unwrap_or(JsValue::UNDEFINED);
        if !signal.is_undefined() && !signal.is_null() {
            // A real AbortSignal, which io.js listens on; a look-alike (a Proxy, a plain object) fails the `aborted` read.
            if !signal.is_instance_of::<AbortSignal>()
                || Reflect::get(&signal, &"aborted".into())
                    .map(|a| a.as_bool().is_none())
                    .unwrap_or(true)
            {
                return Err(validation("request options.signal must be an AbortSignal"));
            }
            s.signal = Some(signal.unchecked_into());
        }
        let plain = Object::new();
        for key in ["timeout", "maxRetries", "max_retries"] {
            let v = Reflect::get(value, &key.into()).unwrap_or(JsValue::UNDEFINED);
            if !v.is_undefined() {
                Reflect::set(&plain, &key.into(), &v)?;
            }
        }
        for key in super::convert::keys(value, "request options")?
            .iter()
            .filter_map(|k| k.as_string())
        {
            if !matches!(
                key.as_str(),
                "signal" | "timeout" | "maxRetries" | "max_retries"
            ) {
                return Err(validation(format!(
                    "unknown option `{key}` in request options"
                )));
            }
        }
        let parsed = super::convert::options(&plain, "request options")?;
        let o =
            Options::new(&parsed, "request options", &["timeout", "maxRetries"]).map_err(to_js)?;
        if let Some(t) = o.whole("timeout", 1, 2_147_483_647).map_err(to_js)? {
            s.timeout_ms = t;
        }
        if let Some(n) = o.whole("maxRetries", 0, 100).map_err(to_js)? {
            s.max_retries = n as u32;
        }
        Ok(s)
    }
}

/// A file the transport appends to the upload form as it is (never copied into wasm memory).
pub type BinaryFile = Option<(Blob, String)>;

/// Builds the `fetch` init for one attempt.
fn init(
    config: &ClientConfig,
    req: &ApiRequest,
    file: &BinaryFile,
    signal: &AbortSignal,
) -> JsResult<JsValue> {
    let init = Object::new();
    let headers = Object::new();
    Reflect::set(&init, &"method".into(), &req.method.as_str().into())?;
    if req.basic_auth {
        let key = config.require_private_key("the media API").map_err(to_js)?;
        let auth = format!(
            "Basic {}",
            base64_encode(format!("{}:", key.expose()).as_bytes())
        );
        Reflect::set(&headers, &"authorization".into(), &auth.into())?;
    }
    match &req.body {
        Body::Empty => {}
        Body::Json(text) => {
            Reflect::set(&headers, &"content-type".into(), &"application/json".into())?;
            Reflect::set(&init, &"body".into(), &text.into())?;
        }
        Body::Form(fields) => {
            let form = FormData::new()?;
            for (k, v) in fields {
                form.append_str(k, v);
            }
            if let Some((blob, name)) = file {
                // A Proxy of a Blob passes `instanceof Blob`, but FormData refuses it.
                form.append_blob("file", blob, name)
                    .map_err(|e| super::convert::unreadable("file", &e))?;
            }
            Reflect::set(&init, &"body".into(), &form)?;
        }
    }
    Reflect::set(&init, &"headers".into(), &headers)?;
    Reflect::set(&init, &"signal".into(), signal)?;
    Ok(init.into())
}

/// The signal of one attempt: its own timeout, joined with the caller's signal when there is one.
fn attempt_signal(settings: &CallSettings) -> JsResult<AttemptSignal> {
    match &settings.signal {
        Some(user) => fetch::attempt_signal(settings.timeout_ms as f64, user),
        None => fetch::attempt_signal(settings.timeout_ms as f64, &JsValue::UNDEFINED),
    }
}

/// What one attempt got back. The body stays a JS string: a success is handed to `JSON.parse` as it is, and
/// only an error's body is read into Rust (copying every payload into wasm and back cost ~75 µs a call).
pub struct Answer {
    pub status: u16,
    /// Lower-cased response headers, a plain object (what `responseMetadata.headers` shows).
    pub headers: Object,
    pub text: JsValue,
}

/// The headers as pairs, for the error mapping (our own plain object: reading it cannot throw).
fn header_pairs(headers: &Object) -> Vec<(String, String)> {
    Object::entries(headers)
        .iter()
        .filter_map(|e| {
            let e: Array = e.unchecked_into();
            Some((e.get(0).as_string()?, e.get(1).as_string()?))
        })
        .collect()
}

/// One attempt through `fetch` (one promise for the response and its body, see io.js); `Err` carries the cause
/// when there was no (complete) response.
async fn fetch_attempt(url: &str, init: &JsValue) -> Result<Answer, JsValue> {
    let parts: Array = JsFuture::from(fetch::fetch_text(url, init)?)
        .await?
        .unchecked_into();
    Ok(Answer {
        status: parts.get(0).as_f64().map_or(0, |s| s as u16),
        headers: parts.get(1).unchecked_into(),
        text: parts.get(2),
    })
}

/// Why an attempt got no response: the caller aborted, our timer fired, or the network failed.
fn no_response(
    settings: &CallSettings,
    timed_out: bool,
    cause: &JsValue,
    timeout_ms: u64,
) -> Error {
    if settings.signal.as_ref().is_some_and(AbortSignal::aborted) {
        Error::Abort("the request was aborted by the caller's signal".into())
    } else if timed_out {
        Error::Timeout(format!("no response within {timeout_ms} ms"))
    } else {
        let why = super::convert::error_message(cause);
        let why = if why.is_empty() {
            "the network request failed".to_string()
        } else {
            why
        };
        Error::Connection(format!("connection error: {why}"))
    }
}

/// The JS error of an HTTP failure, with `status`, `help`, `responseMetadata` (and `retryAfter`/`rateLimit` on 429).
fn http_error(e: HttpError, headers: &Object) -> JsResult<JsValue> {
    let raw = match &e.raw {
        Some(v) => JSON::parse(&v.to_json()).unwrap_or_else(|_| e.raw_text.as_str().into()),
        None => e.raw_text.as_str().into(),
    };
    let props = Object::new();
    Reflect::set(&props, &"status".into(), &JsValue::from(e.status))?;
    Reflect::set(
        &props,
        &"help".into(),
        &e.help.as_deref().map_or(JsValue::UNDEFINED, JsValue::from),
    )?;
    Reflect::set(
        &props,
        &"responseMetadata".into(),
        &fetch::metadata(&raw, e.status, headers)?.into(),
    )?;
    if e.class == ErrorClass::TooManyRequests {
        Reflect::set(
            &props,
            &"retryAfter".into(),
            &e.retry_after.map_or(JsValue::UNDEFINED, JsValue::from_f64),
        )?;
        let rate = Object::new();
        for (field, name) in [
            ("limit", "x-ratelimit-limit"),
            ("remaining", "x-ratelimit-remaining"),
            ("reset", "x-ratelimit-reset"),
        ] {
            let v = crate::api::response::header(&e.headers, name)
                .and_then(|v| crate::json::parse_number(v.trim()));
            Reflect::set(
                &rate,
                &field.into(),
                &v.map_or(JsValue::UNDEFINED, JsValue::from_f64),
            )?;
        }
        Reflect::set(&props, &"rateLimit".into(), &rate)?;
    }
    let class = e.class.name();
    Ok(super::errors::make(class, &e.message, &props))
}

/// Sends `req`, retrying as SPEC §5 says, and resolves to the payload or rejects with a SPEC §6 error.
/// With `progress` and an `XMLHttpRequest` (browsers), the upload reports progress as it goes; elsewhere fetch
/// cannot, and `progress` hears of the completed upload once.
pub async fn send(
    config: Rc<ClientConfig>,
    req: ApiRequest,
    file: BinaryFile,
    settings: CallSettings,
    progress: Option<js_sys::Function>,
) -> JsResult<JsValue> {
    let url = req.url(&config.api_base_url, &config.upload_base_url);
    let use_xhr = progress.is_some() && super::xhr::available();
    let mut attempt: u32 = 0;
    loop {
        if settings.signal.as_ref().is_some_and(AbortSignal::aborted) {
            return Err(to_js(Error::Abort(
                "the request was aborted by the caller's signal".into(),
            )));
        }
        let attempt_signal = attempt_signal(&settings)?;
        let signal = attempt_signal.signal();
        let init = init(&config, &req, &file, &signal)?;
        let can_retry = req.retryable && attempt < settings.max_retries;
        let answer = match (&progress, use_xhr) {
            (Some(p), true) => super::xhr::attempt(&url, &init, &signal, p).await,
            _ => fetch_attempt(&url, &init).await,
        };
        let timed_out = attempt_signal.finish();
        let server_wait = match answer {
            Err(cause) => {
                let e = no_response(&settings, timed_out, &cause, settings.timeout_ms);
                if matches!(e, Error::Abort(_)) || !can_retry {
                    return Err(to_js(e));
                }
                None
            }
            Ok(Answer {
                status,
                headers,
                text,
            }) => {
                if ErrorClass::for_status(status, req.bulk).is_none() {
                    if let Ok(v) = fetch::payload(&text, status, &headers) {
                        if let (Some(p), false) = (&progress, use_xhr) {
                            report_completion(p, &file);
                        }
                        return Ok(v);
                    }
                }
                let body = text.as_string().unwrap_or_default();
                let Outcome::Failure(e) = interpret(status, header_pairs(&headers), body, req.bulk)
                else {
                    return Err(validation(
                        "internal: an answer was neither success nor failure",
                    ));
                };
                if !(can_retry && retry::retryable_status(status)) {
                    return Err(http_error(e, &headers)?);
                }
                e.retry_after
            }
        };
        attempt += 1;
        let wait = retry::delay_ms(attempt, server_wait, js_sys::Math::random());
        JsFuture::from(fetch::sleep(wait)).await?;
    }
}

/// Tells `progress` the whole file went up: `{loaded: size, total: size}`.
fn report_completion(progress: &js_sys::Function, file: &BinaryFile) {
    let size = file
        .as_ref()
        .and_then(|(blob, _)| Reflect::get(blob, &"size".into()).ok())
        .and_then(|s| s.as_f64())
        .unwrap_or(0.0);
    let p = Object::new();
    let _ = Reflect::set(&p, &"loaded".into(), &JsValue::from_f64(size));
    let _ = Reflect::set(&p, &"total".into(), &JsValue::from_f64(size));
    let _ = progress.call1(&JsValue::UNDEFINED, &p);
}

/// Turns the upload's `file` into form text or a Blob (bytes are wrapped in a Blob on the JS side).
pub fn upload_file(
    file: &JsValue,
    file_name: &str,
) -> JsResult<(crate::api::endpoints::UploadFile, BinaryFile)> {
    use crate::api::endpoints::UploadFile;
    if let Some(s) = file.as_string() {
        return Ok((UploadFile::Text(s), None));
    }
    if file.is_instance_of::<Blob>() {
        return Ok((
            UploadFile::Binary,
            Some((file.clone().unchecked_into(), file_name.to_string())),
        ));
    }
    if file.is_instance_of::<js_sys::ArrayBuffer>() || js_sys::ArrayBuffer::is_view(file) {
        let blob =
            Blob::new(&Array::of1(file)).map_err(|e| super::convert::unreadable("file", &e))?;
        return Ok((UploadFile::Binary, Some((blob, file_name.to_string()))));
    }
    if file.is_undefined() || file.is_null() {
        return Err(validation("file is required"));
    }
    Err(validation(format!(
        "file must be a URL or base64 string, a Blob/File, an ArrayBuffer or a typed array, got {}",
        type_of(file)
    )))
}
