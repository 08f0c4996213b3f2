//! The webhook exports (SPEC §4): `verifyWebhookEvent` and `unwrapWebhook`, and the helpers the `ImageKit` methods
//! of the same names call with the client's default secret. The checks themselves are `crate::webhook`'s.

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::convert::{self, body_bytes, opt_string};
use super::env;
use super::errors::{to_js, validation, JsResult};
use crate::webhook::{self, StandardHeaders};

/// The secret to use: the argument, else the client's default, else a `ValidationError`.
pub fn pick_secret(arg: &JsValue, fallback: Option<&str>) -> JsResult<String> {
    match opt_string(arg, "secret")? {
        Some(s) if !s.is_empty() => Ok(s),
        Some(_) => Err(validation("secret must not be empty")),
        None => fallback.map(str::to_string).ok_or_else(|| {
            validation("a webhook secret is required (pass it, or set webhookSecret on the client)")
        }),
    }
}

/// `JSON.parse` of a verified body.
fn parse_event(body: &[u8]) -> JsResult<JsValue> {
    let text =
        std::str::from_utf8(body).map_err(|_| validation("the webhook body is not UTF-8 text"))?;
    js_sys::JSON::parse(text).map_err(|_| validation("the webhook body is not JSON"))
}

/// `verifyWebhookEvent` with a resolved secret.
pub fn verify_ik(raw_body: &JsValue, header: &JsValue, secret: &str) -> JsResult<JsValue> {
    let body = body_bytes(raw_body, "rawBody")?;
    let header = opt_string(header, "signatureHeader")?
        .ok_or_else(|| validation("signatureHeader (the x-ik-signature header) is required"))?;
    let timestamp = webhook::verify_ik_signature(&body, &header, secret).map_err(to_js)?;
    let event = parse_event(&body)?;
    let out = Object::new();
    Reflect::set(
        &out,
        &"timestamp".into(),
        &JsValue::from_f64(timestamp as f64),
    )?;
    Reflect::set(&out, &"event".into(), &event)?;
    Ok(out.into())
}

/// Reads one header, case-insensitively, from a `Headers` object or a plain object (array values: the first).
/// Only catching operations touch the caller's object (see `convert`): a throwing getter or Proxy trap is a
/// `ValidationError`. `get` is called on a real `Headers` only: any object may have a `get` method — an ImageKit
/// client has one (7.x's raw GET), which would send a request.
fn header(headers: &JsValue, name: &str) -> JsResult<Option<String>> {
    let real = headers.is_instance_of::<super::fetch::Headers>();
    let get = if real {
        Reflect::get(headers, &"get".into()).unwrap_or(JsValue::UNDEFINED)
    } else {
        JsValue::UNDEFINED
    };
    let value = if let Some(get) = get.dyn_ref::<Function>() {
        get.call1(headers, &name.into())
            .map_err(|_| validation("headers.get threw"))?
    } else {
        // `Object.entries` returns a fresh array of fresh `[key, value]` arrays: reading those cannot throw.
        convert::entries(headers, "headers")?
            .iter()
            .find_map(|pair| {
                let pair: js_sys::Array = pair.unchecked_into();
                let key = pair.get(0).as_string()?;
                key.eq_ignore_ascii_case(name).then(|| pair.get(1))
            })
            .unwrap_or(JsValue::UNDEFINED)
    };
    if let Some(s) = value.as_string() {
        return Ok(Some(s));
    }
    if convert::is_array(&value) {
        return Ok(convert::get(&value, "0", "headers")?.as_string());
    }
    Ok(None)
}

/// `unwrapWebhook` with a resolved secret.
pub fn unwrap_standard(raw_body: &JsValue, headers: &JsValue, secret: &str) -> JsResult<JsValue> {
    let body = body_bytes(raw_body, "rawBody")?;
    if !headers.is_object() {
        return Err(validation(
            "headers must be an object or a Headers instance",
        ));
    }
    let id = header(headers, "webhook-id")?;
    let timestamp = header(headers, "webhook-timestamp")?;
    let signature = header(headers, "webhook-signature")?;
    let found = StandardHeaders {
        id: id.as_deref(),
        timestamp: timestamp.as_deref(),
        signature: signature.as_deref(),
    };
    let now = (env::now_ms() / 1000.0).floor() as i64;
    webhook::verify_standard(&body, &found, secret, now).map_err(to_js)?;
    parse_event(&body)
}

/// Verifies an `x-ik-signature` webhook and returns `{timestamp, event}`.
#[wasm_bindgen(js_name = verifyWebhookEvent)]
pub fn verify_webhook_event(
    raw_body: JsValue,
    signature_header: JsValue,
    secret: JsValue,
) -> JsResult<JsValue> {
    let secret = pick_secret(&secret, None)?;
    verify_ik(&raw_body, &signature_header, &secret)
}

/// Verifies a Standard Webhooks delivery and returns the parsed event.
#[wasm_bindgen(js_name = unwrapWebhook)]
pub fn unwrap_webhook(raw_body: JsValue, headers: JsValue, secret: JsValue) -> JsResult<JsValue> {
    let secret = pick_secret(&secret, None)?;
    unwrap_standard(&raw_body, &headers, &secret)
}
