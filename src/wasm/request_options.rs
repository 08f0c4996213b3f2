//! The optional last argument of every media API call, `{signal, timeout, maxRetries, headers, query,
//! fetchOptions}`, read over the client's defaults (`headers`, `query` and `fetchOptions` are `@imagekit/nodejs`
//! 7's: the first two merged by `api::extras`, the last spread over the client's `fetchOptions` as 7.x spreads
//! them). The signal and `fetchOptions` are live JS objects and stay ones; a `Headers` (or an array of pairs) as
//! `headers` crosses as its pairs; the plain fields are checked by the core's `Options`, with the same bounds as
//! the client's own (`timeout` at most what a JS timer can hold, 2^31 - 1 ms).

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::client_js::ClientJs;
use super::convert::{self, type_of};
use super::errors::{to_js, validation, JsResult};
use super::fetch::AbortSignal;
use crate::api::extras;
use crate::config::{ClientConfig, MAX_TIMEOUT_MS};
use crate::options::Options;

/// The settings of one call.
pub struct CallSettings {
    pub signal: Option<AbortSignal>,
    pub timeout_ms: u64,
    pub max_retries: u32,
    /// The call's own headers, over the client's `defaultHeaders`.
    pub headers: Vec<(String, Option<String>)>,
    /// The call's own query parameters, over the call's and the client's `defaultQuery`.
    pub query: Vec<(String, String)>,
    /// Whether the options have their own `query` key (in 7.x's resource surface it replaces the call's own
    /// parameters, as 7.x's `{ query, ...options }` does).
    pub query_given: bool,
    /// The client's JS-only options (`fetch`, `fetchOptions`, `logger`, the resource surface's flags) as
    /// client-options.js hands them, read only when the call needs them ([`CallSettings::client`]): a call whose
    /// first attempt io.js answers never does (io.js reads `fetch` and `fetchOptions` itself), and five getters
    /// with their checks were a dozen crossings of every call.
    pub client_parts: JsValue,
    /// The call's own `fetchOptions` spread over the client's, when it gives some.
    pub fetch_options: Option<JsValue>,
}

/// The keys read as JSON (after the signal and `fetchOptions`, which stay JS values).
const PLAIN: [&str; 5] = ["timeout", "maxRetries", "max_retries", "headers", "query"];
const LIVE: [&str; 2] = ["signal", "fetchOptions"];

impl CallSettings {
    /// Reads `value` (`undefined`/`null` for none); any other key, a look-alike signal or a bad figure is a
    /// `ValidationError`.
    pub fn read(config: &ClientConfig, value: &JsValue, client: &JsValue) -> JsResult<Self> {
        let mut s = CallSettings {
            signal: None,
            timeout_ms: config.timeout_ms,
            max_retries: config.max_retries,
            headers: Vec::new(),
            query: Vec::new(),
            query_given: false,
            client_parts: client.clone(),
            fetch_options: None,
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
        for key in convert::keys(value, "request options")?
            .iter()
            .filter_map(|k| k.as_string())
        {
            if !PLAIN.contains(&key.as_str()) && !LIVE.contains(&key.as_str()) {
                return Err(validation(format!(
                    "unknown option `{key}` in request options"
                )));
            }
        }
        s.signal = read_signal(value)?;
        s.query_given = Reflect::has(value, &"query".into()).unwrap_or(false);
        s.fetch_options = read_fetch_options(value, client)?;
        // The plain fields cross as JSON, so the core checks them as it checks the client's options.
        let plain = Object::new();
        for key in PLAIN {
            let mut v = convert::get(value, key, "request options")?;
            if key == "headers" {
                v = header_rows(&v, "request options.headers")?;
            }
            if !v.is_undefined() {
                Reflect::set(&plain, &key.into(), &v)?;
            }
        }
        let parsed = convert::options(&plain, "request options")?;
        let o = Options::new(
            &parsed,
            "request options",
            &["timeout", "maxRetries", "headers", "query"],
        )
        .map_err(to_js)?;
        if let Some(h) = o.get("headers") {
            s.headers = extras::header_pairs(h, "request options.headers").map_err(to_js)?;
        }
        if let Some(q) = o.get("query") {
            s.query = extras::query_pairs(q, "request options.query").map_err(to_js)?;
        }
        if let Some(t) = o.whole("timeout", 1, MAX_TIMEOUT_MS).map_err(to_js)? {
            s.timeout_ms = t;
        }
        if let Some(n) = o.whole("maxRetries", 0, 100).map_err(to_js)? {
            s.max_retries = n as u32;
        }
        Ok(s)
    }

    /// The client's JS-only options, with the call's `fetchOptions` when it gave some.
    pub fn client(&self) -> JsResult<ClientJs> {
        let mut client = ClientJs::read(&self.client_parts)?;
        if let Some(own) = &self.fetch_options {
            client.fetch_options = own.clone();
        }
        Ok(client)
    }

    /// Whether the caller's signal has aborted.
    pub fn aborted(&self) -> bool {
        self.signal.as_ref().is_some_and(AbortSignal::aborted)
    }
}

/// `options.fetchOptions`: spread over the client's (`{...client.fetchOptions, ...options.fetchOptions}`, 7.x's
/// order), the result spread into this call's `fetch` init; `None` when the call gives none.
fn read_fetch_options(value: &JsValue, client: &JsValue) -> JsResult<Option<JsValue>> {
    let own = convert::get(value, "fetchOptions", "request options")?;
    if own.is_undefined() || own.is_null() {
        return Ok(None);
    }
    if !own.is_object() || own.is_function() {
        return Err(validation(format!(
            "request options.fetchOptions must be an object, got {}",
            type_of(&own)
        )));
    }
    let merged = Object::new();
    let theirs = ClientJs::fetch_options_of(client)?;
    if theirs.is_object() {
        convert::assign(&merged, &theirs, "ImageKit options.fetchOptions")?;
    }
    convert::assign(&merged, &own, "request options.fetchOptions")?;
    Ok(Some(merged.into()))
}

/// A `Headers` as its `[name, value]` rows, which `api::extras::header_pairs` reads as 7.x reads an array of
/// pairs (JSON would make it `{}`); anything else as it is.
pub fn header_rows(v: &JsValue, what: &str) -> JsResult<JsValue> {
    if v.is_instance_of::<super::fetch::Headers>() {
        return Ok(convert::array_from(v, what)?.into());
    }
    Ok(v.clone())
}

/// `options.signal`: a real AbortSignal, which io.js listens on; a look-alike (a Proxy, a plain object) fails the
/// `aborted` read.
fn read_signal(value: &JsValue) -> JsResult<Option<AbortSignal>> {
    let signal = convert::get(value, "signal", "request options")?;
    if signal.is_undefined() || signal.is_null() {
        return Ok(None);
    }
    let real = signal.is_instance_of::<AbortSignal>()
        && Reflect::get(&signal, &"aborted".into()).is_ok_and(|a| a.as_bool().is_some());
    if !real {
        return Err(validation("request options.signal must be an AbortSignal"));
    }
    Ok(Some(signal.unchecked_into()))
}
