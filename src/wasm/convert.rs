//! JS values → core values. Options objects cross as one `JSON.stringify` call (one boundary crossing for the
//! whole object, key order kept); a cyclic object or a throwing getter becomes a `ValidationError`.

use js_sys::{Array, Object, Uint8Array, JSON};
use wasm_bindgen::{JsCast, JsValue};

use super::errors::{to_js, validation, JsResult};
use crate::json::{self, Value};

/// Reads an options object (undefined/null → `Value::Null`). `what` names it in messages.
pub fn options(value: &JsValue, what: &str) -> JsResult<Value> {
    if value.is_undefined() || value.is_null() {
        return Ok(Value::Null);
    }
    if !value.is_object() || value.is_function() {
        return Err(validation(format!(
            "{what} must be an object, got {}",
            type_of(value)
        )));
    }
    let text = JSON::stringify(value).map_err(|e| {
        let reason = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_default();
        validation(format!("{what} cannot be read: {reason}"))
    })?;
    let text = String::from(text);
    json::parse(&text).map_err(to_js)
}

/// `typeof`-style name of a value for messages ("null" and "array" told apart).
pub fn type_of(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if Array::is_array(value) {
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
pub fn body_bytes(value: &JsValue, name: &str) -> JsResult<Vec<u8>> {
    if let Some(s) = value.as_string() {
        return Ok(s.into_bytes());
    }
    if let Some(view) = value.dyn_ref::<js_sys::Uint8Array>() {
        return Ok(view.to_vec());
    }
    if let Some(buf) = value.dyn_ref::<js_sys::ArrayBuffer>() {
        return Ok(Uint8Array::new(buf).to_vec());
    }
    if js_sys::ArrayBuffer::is_view(value) {
        let view: &Object = value.unchecked_ref();
        let get = |k: &str| {
            js_sys::Reflect::get(view, &JsValue::from_str(k))
                .ok()
                .and_then(|v| v.as_f64())
        };
        if let (Ok(buffer), Some(offset), Some(len)) = (
            js_sys::Reflect::get(view, &JsValue::from_str("buffer")),
            get("byteOffset"),
            get("byteLength"),
        ) {
            if let Some(buffer) = buffer.dyn_ref::<js_sys::ArrayBuffer>() {
                return Ok(Uint8Array::new_with_byte_offset_and_length(
                    buffer,
                    offset as u32,
                    len as u32,
                )
                .to_vec());
            }
        }
    }
    if value.is_undefined() || value.is_null() {
        return Err(validation(format!("{name} is required")));
    }
    Err(validation(format!(
        "{name} must be a string or bytes, got {}",
        type_of(value)
    )))
}
