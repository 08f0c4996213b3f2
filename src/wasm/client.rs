//! The `ImageKit` class: holds the checked configuration (the private key stays in wasm memory, never on the JS
//! object) and exposes the SDK's methods.

use std::rc::Rc;

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

use super::convert::{opt_string, options};
use super::env;
use super::errors::{to_js, validation, JsResult};
use super::utils;
use crate::client::ClientConfig;
use crate::signing;

/// An ImageKit client. `new ImageKit({ publicKey, privateKey, urlEndpoint, ... })`.
#[wasm_bindgen]
pub struct ImageKit {
    /// Shared with the futures of pending API calls, which may outlive a `free()`.
    config: Rc<ClientConfig>,
}

#[wasm_bindgen]
impl ImageKit {
    /// Checks the options (camelCase, or the seed's snake_case aliases) and builds a client.
    #[wasm_bindgen(constructor)]
    pub fn new(opts: JsValue) -> JsResult<ImageKit> {
        let value = options(&opts, "ImageKit options")?;
        let config = ClientConfig::from_value(&value).map_err(to_js)?;
        if config.private_key.is_some() && !config.dangerously_allow_browser && env::is_browser() {
            return Err(validation(
                "a privateKey must not be used in a browser, where every visitor can read it; \
                 sign on a server and pass token/signature/expire, or set dangerouslyAllowBrowser: true",
            ));
        }
        Ok(ImageKit {
            config: Rc::new(config),
        })
    }

    /// `{token, expire, signature}` for a client-side upload. Defaults: a random UUID v4 token, expiry in 30 min.
    #[wasm_bindgen(js_name = getAuthenticationParameters)]
    pub fn get_authentication_parameters(
        &self,
        token: JsValue,
        expire: JsValue,
    ) -> JsResult<JsValue> {
        let key = self
            .config
            .require_private_key("getAuthenticationParameters")
            .map_err(to_js)?;
        let expire = if expire.is_undefined() || expire.is_null() {
            signing::default_expire(env::now_seconds()).map_err(to_js)?
        } else {
            let n = expire
                .as_f64()
                .or_else(|| {
                    expire
                        .as_string()
                        .and_then(|s| crate::json::parse_number(s.trim()))
                })
                .ok_or_else(|| validation("expire must be a number of seconds since the epoch"))?;
            signing::parse_expire(n).map_err(to_js)?
        };
        // The token after the expiry: at workerd's module scope the clock's ValidationError names the cause, where
        // drawing random bytes first would fail with the platform's plain Error.
        let token = match opt_string(&token, "token")? {
            Some(t) if !t.is_empty() => t,
            _ => signing::uuid_v4(env::random_16()?),
        };
        let p = signing::authentication_parameters(key, token, expire);
        let out = Object::new();
        Reflect::set(&out, &"token".into(), &p.token.into())?;
        Reflect::set(&out, &"expire".into(), &JsValue::from_f64(p.expire as f64))?;
        Reflect::set(&out, &"signature".into(), &p.signature.into())?;
        Ok(out.into())
    }

    /// Same as the exported `phashDistance`.
    #[wasm_bindgen(js_name = phashDistance)]
    pub fn phash_distance(&self, first: JsValue, second: JsValue) -> JsResult<u32> {
        utils::phash_distance(first, second)
    }

    /// `verifyWebhookEvent`, with the client's `webhookSecret` as the default secret.
    #[wasm_bindgen(js_name = verifyWebhookEvent)]
    pub fn verify_webhook_event(
        &self,
        raw_body: JsValue,
        signature_header: JsValue,
        secret: JsValue,
    ) -> JsResult<JsValue> {
        let secret = utils::pick_secret(&secret, self.webhook_secret())?;
        utils::verify_ik(&raw_body, &signature_header, &secret)
    }

    /// `unwrapWebhook`, with the client's `webhookSecret` as the default secret.
    #[wasm_bindgen(js_name = unwrapWebhook)]
    pub fn unwrap_webhook(
        &self,
        raw_body: JsValue,
        headers: JsValue,
        secret: JsValue,
    ) -> JsResult<JsValue> {
        let secret = utils::pick_secret(&secret, self.webhook_secret())?;
        utils::unwrap_standard(&raw_body, &headers, &secret)
    }

    /// What `JSON.stringify(ik)` shows: the configuration without any secret.
    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json(&self) -> JsResult<JsValue> {
        js_sys::JSON::parse(&self.config.public_json())
    }

    /// What `String(ik)` shows.
    #[wasm_bindgen(js_name = toString)]
    pub fn to_string_js(&self) -> String {
        "[ImageKit client]".to_string()
    }
}

impl ImageKit {
    /// The configuration, for the media API methods.
    pub(super) fn config(&self) -> Rc<ClientConfig> {
        Rc::clone(&self.config)
    }

    fn webhook_secret(&self) -> Option<&str> {
        self.config.webhook_secret.as_ref().map(|s| s.expose())
    }
}
