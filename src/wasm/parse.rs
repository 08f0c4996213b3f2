//! `parseUrl`, `transformUrl` and `ik.verifyUrl` / `ik.transformUrl` / `ik.parseUrl` (the pure core is
//! `crate::url::parse*`). Only value conversion lives here, and the one thing the core cannot do: call the
//! caller's edit function with the URL's steps.

use js_sys::{Array, Function, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::client::ImageKit;
use super::convert::{entries, error_message, is_array, options, string, unreadable};
use super::env;
use super::errors::{to_js, validation, JsResult};
use crate::config::ClientConfig;
use crate::json::{self, Value};

/// A core value as a plain JS value.
fn to_js_value(value: &Value) -> JsResult<JsValue> {
    JSON::parse(&value.to_json()).map_err(|e| unreadable("result", &e))
}

/// One value of an edit object: `undefined` means "remove", as `null` does.
fn edit_field(value: &JsValue, key: &str) -> JsResult<Value<'static>> {
    if value.is_undefined() {
        return Ok(Value::Null);
    }
    let what = format!("edit.{key}");
    let text = JSON::stringify(value).map_err(|e| unreadable(&what, &e))?;
    let Some(text) = text.as_string() else {
        return Err(validation(format!("{what} cannot be put in a URL")));
    };
    json::parse(&text).map(Value::into_owned).map_err(to_js)
}

/// The edit as the core takes it. A function is called here with the URL's steps (read under `endpoint`) and
/// must return the new array of steps.
fn edit_value(
    url: &str,
    edit: &JsValue,
    opts: &Value,
    default_endpoint: Option<&str>,
) -> JsResult<Value<'static>> {
    if edit.is_undefined() || edit.is_null() {
        return Ok(Value::Null);
    }
    if let Some(f) = edit.dyn_ref::<Function>() {
        let endpoint = match opts.get("urlEndpoint") {
            Some(Value::Str(e)) => Some(e.to_string()),
            _ => default_endpoint.map(str::to_string),
        };
        let parsed = crate::url::parse_url(url, endpoint.as_deref()).map_err(to_js)?;
        let steps = to_js_value(parsed.get("transformation").unwrap_or(&Value::Null))?;
        // What the function throws comes back as a ValidationError (every error of this package is an
        // ImageKitError), with the thrown value as its `cause`.
        let out = f.call1(&JsValue::UNDEFINED, &steps).map_err(|thrown| {
            let props = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&props, &"cause".into(), &thrown);
            let message = format!(
                "transformUrl: the edit function threw: {}",
                error_message(&thrown)
            );
            super::errors::make("ValidationError", &JsValue::from_str(&message), &props)
        })?;
        if !is_array(&out) {
            return Err(validation(format!(
                "transformUrl: the edit function must return an array of steps, got {}",
                super::convert::type_of(&out)
            )));
        }
        return options(&out, "the edit function's steps");
    }
    if is_array(edit) {
        return options(edit, "transformUrl edit");
    }
    if !edit.is_object() {
        return Err(validation(format!(
            "transformUrl: edit must be an object, an array of steps or a function, got {}",
            super::convert::type_of(edit)
        )));
    }
    let mut out = Vec::new();
    for pair in entries(edit, "transformUrl edit")?.iter() {
        let pair: Array = pair.unchecked_into();
        let key = pair.get(0).as_string().unwrap_or_default();
        let value = edit_field(&pair.get(1), &key)?;
        out.push((key, value));
    }
    Ok(Value::object(out))
}

/// `transformUrl` for both forms (`client` is `None` for the free function).
fn transform(
    client: Option<&ClientConfig>,
    url: &JsValue,
    edit: &JsValue,
    opts: &JsValue,
) -> JsResult<String> {
    let url = string(url, "url")?;
    let opts = options(opts, "transformUrl options")?;
    let default_endpoint = client.and_then(|c| c.url_endpoint.as_deref());
    let edit = edit_value(&url, edit, &opts, default_endpoint)?;
    crate::url::transform_url(client, &url, &edit, &opts, env::now_seconds()).map_err(to_js)
}

/// Reads an ImageKit URL back into `buildSrc` options.
#[wasm_bindgen(js_name = parseUrl)]
pub fn parse_url(url: JsValue, opts: JsValue) -> JsResult<JsValue> {
    let url = string(&url, "url")?;
    let opts = options(&opts, "parseUrl options")?;
    to_js_value(&crate::url::parse_url_options(&url, &opts, None).map_err(to_js)?)
}

/// Changes an unsigned URL's transformation.
#[wasm_bindgen(js_name = transformUrl)]
pub fn transform_url(url: JsValue, edit: JsValue, opts: JsValue) -> JsResult<String> {
    transform(None, &url, &edit, &opts)
}

#[wasm_bindgen]
impl ImageKit {
    /// Internal: whether this module holds the URL reader.
    #[wasm_bindgen(js_name = __readerHere)]
    pub fn reader_here() -> bool {
        true
    }

    /// `parseUrl` with the client's `urlEndpoint` as the default.
    #[wasm_bindgen(js_name = parseUrl)]
    pub fn parse_url(&self, url: JsValue, opts: JsValue) -> JsResult<JsValue> {
        let url = string(&url, "url")?;
        let opts = options(&opts, "parseUrl options")?;
        let config = self.config();
        let parsed = crate::url::parse_url_options(&url, &opts, config.url_endpoint.as_deref());
        to_js_value(&parsed.map_err(to_js)?)
    }

    /// Whether a signed URL's `ik-s` is this client's signature, whether it has expired, and what was signed.
    #[wasm_bindgen(js_name = verifyUrl)]
    pub fn verify_url(&self, url: JsValue, opts: JsValue) -> JsResult<JsValue> {
        let url = string(&url, "url")?;
        let opts = options(&opts, "verifyUrl options")?;
        let v = crate::url::verify_url(&self.config(), &url, &opts, env::now_seconds());
        to_js_value(&v.map_err(to_js)?)
    }

    /// `transformUrl`, signing the result again when the URL was signed.
    #[wasm_bindgen(js_name = transformUrl)]
    pub fn transform_url(&self, url: JsValue, edit: JsValue, opts: JsValue) -> JsResult<String> {
        transform(Some(&self.config()), &url, &edit, &opts)
    }
}
