//! A client's JS-only options (`fetch`, `fetchOptions`, `logger`) as each media call receives them from
//! pkg-template/client-options.js, and the log lines they allow.

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::convert;
use super::errors::{validation, JsResult};
use crate::api::log::Level;

#[wasm_bindgen(module = "/src/wasm/io.js")]
extern "C" {
    /// `logger[level](message, details?)`, a logger that throws or lacks the method being ignored (io.js).
    #[wasm_bindgen(js_name = ikLog, catch)]
    fn ik_log(
        logger: &JsValue,
        level: &str,
        message: &str,
        details: &JsValue,
    ) -> Result<(), JsValue>;
}

#[wasm_bindgen]
extern "C" {
    /// What client-options.js hands each call (`clientJs`, with the resource surface's two flags).
    type ClientParts;
    #[wasm_bindgen(method, getter, catch)]
    fn fetch(this: &ClientParts) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, js_name = fetchOptions, catch)]
    fn fetch_options(this: &ClientParts) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, catch)]
    fn logger(this: &ClientParts) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, js_name = resolvePartial, catch)]
    fn resolve_partial(this: &ClientParts) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, js_name = replaceQuery, catch)]
    fn replace_query(this: &ClientParts) -> Result<JsValue, JsValue>;
}

/// What client-options.js handed a call, when it handed anything (a client made without it hands undefined).
/// Always inlined: as a call of its own it put 0.1 KB gzip into the size build's media module.
#[inline(always)]
fn parts_of(value: &JsValue) -> Option<&ClientParts> {
    value.is_object().then(|| value.unchecked_ref())
}

/// A getter that threw, as every reader of these options reports it.
fn unreadable(e: JsValue) -> JsValue {
    convert::unreadable("ImageKit options", &e)
}

/// A client's JS-only options, as client-options.js hands them to each call.
#[derive(Clone, Default)]
pub struct ClientJs {
    /// `fetch`: used for every request in place of the runtime's.
    pub fetch: Option<Function>,
    /// `fetchOptions`: spread into every `fetch` init.
    pub fetch_options: JsValue,
    /// `logger`: `console` unless the caller gave one.
    pub logger: JsValue,
    /// Set by the 7.x resource surface, where a bulk call's 207 resolves (the flat bulk calls reject it with
    /// PartialSuccessError): the answer is then classified as a plain call's (`response::classify`).
    pub resolve_partial: bool,
}

impl ClientJs {
    /// Reads `{fetch, fetchOptions, logger, resolvePartial}` (undefined for a client made without
    /// client-options.js).
    pub fn read(value: &JsValue) -> JsResult<Self> {
        // Read through getters whose keys are written into the glue: `Reflect.get` with a key made from a Rust
        // string decodes the key anew on every call, and this runs once per media call (README, Benchmarks).
        let Some(parts) = parts_of(value) else {
            return Ok(ClientJs::default());
        };
        let fetch = parts.fetch().map_err(unreadable)?;
        let fetch = match fetch.dyn_ref::<Function>() {
            Some(f) => Some(f.clone()),
            None if fetch.is_undefined() || fetch.is_null() => None,
            None => return Err(validation("ImageKit options.fetch must be a function")),
        };
        Ok(ClientJs {
            fetch,
            fetch_options: parts.fetch_options().map_err(unreadable)?,
            logger: parts.logger().map_err(unreadable)?,
            resolve_partial: parts.resolve_partial().map_err(unreadable)?.is_truthy(),
        })
    }

    /// `fetchOptions` alone, of what client-options.js hands a call (undefined for none).
    pub fn fetch_options_of(value: &JsValue) -> JsResult<JsValue> {
        parts_of(value).map_or(Ok(JsValue::UNDEFINED), |p| {
            p.fetch_options().map_err(unreadable)
        })
    }

    /// `replaceQuery`, set by the 7.x resource surface, where the request option `query` replaces the call's own
    /// parameters (7.x's `{ query, ...options }`); the flat calls merge it over them. False for none.
    pub fn replaces_query(value: &JsValue) -> JsResult<bool> {
        parts_of(value).map_or(Ok(false), |p| {
            Ok(p.replace_query().map_err(unreadable)?.is_truthy())
        })
    }

    /// Hands `message` (and `details`, for debug lines) to the logger when `setting` lets `level` through.
    pub fn log(&self, setting: Level, level: Level, message: &str, details: Option<&Object>) {
        if !setting.allows(level) || self.logger.is_undefined() || self.logger.is_null() {
            return;
        }
        let details = details.map_or(JsValue::UNDEFINED, |d| d.into());
        let _ = ik_log(&self.logger, level.name(), message, &details);
    }
}

/// `{name: value}` of `pairs` with the redacted names' values shown as `***` (log details).
pub fn redacted_headers<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>) -> Object {
    let out = Object::new();
    for (name, value) in pairs {
        let shown = if crate::api::log::redacted(name) {
            "***"
        } else {
            value
        };
        let _ = Reflect::set(&out, &name.into(), &shown.into());
    }
    out
}
