//! Turns core errors into the JS classes of SPEC §6 (defined in `errors.js`).

use wasm_bindgen::prelude::*;

use crate::error::Error;

#[wasm_bindgen(module = "/src/wasm/errors.js")]
extern "C" {
    #[wasm_bindgen(js_name = makeError)]
    fn make_error(name: &str, message: &str, props: &JsValue) -> JsValue;
    /// The same for a message that is already a JS string: an API's own error message never enters wasm.
    #[wasm_bindgen(js_name = makeError)]
    fn make_error_js(name: &str, message: &JsValue, props: &JsValue) -> JsValue;
}

/// An error of JS class `name` with a JS `message` and extra own properties.
pub fn make(name: &str, message: &JsValue, props: &JsValue) -> JsValue {
    make_error_js(name, message, props)
}

/// The JS error for a core error.
pub fn to_js(error: Error) -> JsValue {
    make_error(error.class_name(), error.message(), &JsValue::UNDEFINED)
}

/// A `ValidationError` with `message`.
pub fn validation(message: impl Into<String>) -> JsValue {
    to_js(Error::Validation(message.into()))
}

/// Result alias for exports: the error is always one of the SPEC classes.
pub type JsResult<T> = Result<T, JsValue>;
