//! JS values → core values. Options objects cross as one `JSON.stringify` call (one boundary crossing for the
//! whole object, key order kept); a cyclic object or a throwing getter becomes a `ValidationError`.
//!
//! Every JS operation on a caller's value goes through a binding that catches (`catch` imports, `Reflect`):
//! a JS exception that unwinds through wasm frames skips their cleanup, leaking wasm stack and leaving borrows
//! held, and enough of them break the module (the JS fuzz suite `tests/hardening/fuzz.mjs` did exactly that with
//! a Proxy whose traps throw). `Array.isArray` (revoked Proxy), `Object.keys`/`entries`/`assign` (traps,
//! getters), typed-array getters and the `Uint8Array` constructor (lying or detached views) all throw.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

#[wasm_bindgen(module = "/src/wasm/values.js")]
extern "C" {
    /// `JSON.stringify` with BigInts as the numbers they spell (values.js; the lane uses the same function).
    #[wasm_bindgen(js_name = ikJson, catch)]
    fn options_json(value: &JsValue) -> Result<JsValue, JsValue>;
}

use super::errors::{to_js, validation, JsResult};
use crate::json::{self, Value};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Array, js_name = isArray, catch)]
    fn js_is_array(value: &JsValue) -> Result<bool, JsValue>;
    #[wasm_bindgen(js_namespace = Object, js_name = keys, catch)]
    fn js_keys(value: &JsValue) -> Result<Array, JsValue>;
    #[wasm_bindgen(js_namespace = Object, js_name = entries, catch)]
    fn js_entries(value: &JsValue) -> Result<Array, JsValue>;
    #[wasm_bindgen(js_namespace = Object, js_name = assign, catch)]
    fn js_assign(target: &Object, source: &JsValue) -> Result<Object, JsValue>;
    #[wasm_bindgen(js_namespace = Array, js_name = from, catch)]
    fn js_array_from(value: &JsValue) -> Result<Array, JsValue>;
    /// `Uint8Array`, for a constructor that catches (js-sys's does not).
    #[wasm_bindgen(js_name = Uint8Array)]
    type U8View;
    #[wasm_bindgen(constructor, js_class = "Uint8Array", catch)]
    fn new(buffer: &JsValue, offset: &JsValue, length: &JsValue) -> Result<U8View, JsValue>;
}

/// `Array.isArray(value)`; false where it throws (a revoked Proxy).
pub fn is_array(value: &JsValue) -> bool {
    js_is_array(value).unwrap_or(false)
}

/// The `message` of a thrown value, read without letting a throwing getter escape.
pub fn error_message(thrown: &JsValue) -> String {
    Reflect::get(thrown, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_default()
}

/// The `ValidationError` for a caller's value that threw while being read (a getter, a Proxy trap).
pub fn unreadable(what: &str, thrown: &JsValue) -> JsValue {
    validation(format!("{what} cannot be read: {}", error_message(thrown)))
}

/// `Object.keys(value)`, a throw becoming a `ValidationError`.
pub fn keys(value: &JsValue, what: &str) -> JsResult<Array> {
    js_keys(value).map_err(|e| unreadable(what, &e))
}

/// `Object.entries(value)`, a throw becoming a `ValidationError`.
pub fn entries(value: &JsValue, what: &str) -> JsResult<Array> {
    js_entries(value).map_err(|e| unreadable(what, &e))
}

/// `Object.assign({}, value)`, a throw becoming a `ValidationError`.
pub fn shallow_copy(value: &JsValue, what: &str) -> JsResult<Object> {
    js_assign(&Object::new(), value).map_err(|e| unreadable(what, &e))
}

/// `Object.assign(target, value)`, a throw becoming a `ValidationError`.
pub fn assign(target: &Object, value: &JsValue, what: &str) -> JsResult<()> {
    js_assign(target, value)
        .map(|_| ())
        .map_err(|e| unreadable(what, &e))
}

/// `Array.from(value)` (the rows of a `Headers`), a throw becoming a `ValidationError`.
pub fn array_from(value: &JsValue, what: &str) -> JsResult<Array> {
    js_array_from(value).map_err(|e| unreadable(what, &e))
}

/// `Reflect.get(value, key)`, a throw becoming a `ValidationError`.
pub fn get(value: &JsValue, key: &str, what: &str) -> JsResult<JsValue> {
    Reflect::get(value, &key.into()).map_err(|e| unreadable(what, &e))
}

/// Reads an options object (undefined/null → `Value::Null`). `what` names it in messages.
pub fn options(value: &JsValue, what: &str) -> JsResult<Value<'static>> {
    if value.is_undefined() || value.is_null() {
        return Ok(Value::Null);
    }
    if !value.is_object() || value.is_function() {
        return Err(validation(format!(
            "{what} must be an object, got {}",
            type_of(value)
        )));
    }
    let text = options_json(value)
        .map_err(|e| unreadable(what, &e))?
        .as_string()
        .unwrap_or_default();
    json::parse(&text).map(Value::into_owned).map_err(to_js)
}

/// `typeof`-style name of a value for messages ("null" and "array" told apart).
pub fn type_of(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if is_array(value) {
        "array".into()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}

/// A required string argument.
pub fn string(value: &JsValue, name: &str) -> JsResult<String> {
    match value.as_string() {
        Some(s) => Ok(s),
        None if value.is_undefined() || value.is_null() => {
            Err(validation(format!("{name} is required")))
        }
        None => Err(validation(format!(
            "{name} must be a string, got {}",
            type_of(value)
        ))),
    }
}

/// An optional string argument (undefined/null → None).
pub fn opt_string(value: &JsValue, name: &str) -> JsResult<Option<String>> {
    if value.is_undefined() || value.is_null() {
        Ok(None)
    } else {
        string(value, name).map(Some)
    }
}

/// A request or webhook body: a string, or bytes (`Uint8Array`, any typed array view, `ArrayBuffer`).
/// Bytes are copied out of a fresh `Uint8Array` over the caller's buffer, never through the caller's own object
/// (whose `length`, `byteOffset` or `buffer` may be overridden, or which may be a Proxy), and a view the
/// constructor refuses (detached, out of range) is a `ValidationError`.
pub fn body_bytes(value: &JsValue, name: &str) -> JsResult<Vec<u8>> {
    if let Some(s) = value.as_string() {
        return Ok(s.into_bytes());
    }
    let copy = |buffer: &JsValue, offset: &JsValue, length: &JsValue| {
        U8View::new(buffer, offset, length)
            .map(|bytes| bytes.unchecked_into::<Uint8Array>().to_vec())
            .map_err(|e| unreadable(name, &e))
    };
    // `ArrayBuffer.isView` reads an internal slot: true for real views only, never for a Proxy.
    if js_sys::ArrayBuffer::is_view(value) {
        let buffer = get(value, "buffer", name)?;
        let offset = get(value, "byteOffset", name)?;
        let length = get(value, "byteLength", name)?;
        return copy(&buffer, &offset, &length);
    }
    if value.is_instance_of::<js_sys::ArrayBuffer>() {
        return copy(value, &JsValue::UNDEFINED, &JsValue::UNDEFINED);
    }
    if value.is_undefined() || value.is_null() {
        return Err(validation(format!("{name} is required")));
    }
    Err(validation(format!(
        "{name} must be a string or bytes, got {}",
        type_of(value)
    )))
}
