//! The first module's methods of `ImageKit`: authentication parameters, pHash, webhooks, what `JSON.stringify`
//! and `String` show. The media module's client has the constructor and the media calls only: the package makes
//! one, with the same options, on a client's first media call (pkg-template/media.js).
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

use super::client::ImageKit;
use super::convert::opt_string;
use super::env;
use super::errors::{to_js, validation, JsResult};
use super::{phash, webhooks};
use crate::upload_auth::{self, Expire, ExpireArg};

#[wasm_bindgen]
impl ImageKit {
    /// `{token, expire, signature}` for a client-side upload; the defaults are `upload_auth`'s. Here the arguments
    /// are only read: a string or nothing for the token, a number, a string or nothing for the expiry.
    #[wasm_bindgen(js_name = getAuthenticationParameters)]
    pub fn get_authentication_parameters(
        &self,
        token: JsValue,
        expire: JsValue,
    ) -> JsResult<JsValue> {
        let key = self
            .config_ref()
            .require_private_key("getAuthenticationParameters")
            .map_err(to_js)?;
        let token = opt_string(&token, "token")?;
        let text = expire.as_string();
        let arg = if expire.is_undefined() || expire.is_null() {
            ExpireArg::Missing
        } else if let Some(n) = expire.as_f64() {
            ExpireArg::Number(n)
        } else if let Some(s) = &text {
            ExpireArg::Text(s)
        } else {
            return Err(validation(
            "expire must be a number of seconds since the epoch, or its decimal digits as a string",
        ));
        };
        let mut random_error = None;
        let p = upload_auth::authentication_parameters(
            key,
            token.as_deref(),
            arg,
            env::now_seconds(),
            || {
                env::random_16().map_err(|e| {
                    random_error = Some(e);
                    crate::Error::validation("")
                })
            },
        );
        let p = match (p, random_error) {
            (_, Some(e)) => return Err(e),
            (p, None) => p.map_err(to_js)?,
        };
        let expire = match p.expire {
            Expire::Seconds(n) => JsValue::from_f64(n as f64),
            Expire::Text(s) => s.into(),
        };
        let out = Object::new();
        Reflect::set(&out, &"token".into(), &p.token.into())?;
        Reflect::set(&out, &"expire".into(), &expire)?;
        Reflect::set(&out, &"signature".into(), &p.signature.into())?;
        Ok(out.into())
    }

    /// Same as the exported `phashDistance`.
    #[wasm_bindgen(js_name = phashDistance)]
    pub fn phash_distance(&self, first: JsValue, second: JsValue) -> JsResult<u32> {
        phash::phash_distance(first, second)
    }

    /// `verifyWebhookEvent`, with the client's `webhookSecret` as the default secret.
    #[wasm_bindgen(js_name = verifyWebhookEvent)]
    pub fn verify_webhook_event(
        &self,
        raw_body: JsValue,
        signature_header: JsValue,
        secret: JsValue,
    ) -> JsResult<JsValue> {
        let secret = webhooks::pick_secret(&secret, self.webhook_secret())?;
        webhooks::verify_ik(&raw_body, &signature_header, &secret)
    }

    /// `unwrapWebhook`, with the client's `webhookSecret` as the default secret.
    #[wasm_bindgen(js_name = unwrapWebhook)]
    pub fn unwrap_webhook(
        &self,
        raw_body: JsValue,
        headers: JsValue,
        secret: JsValue,
    ) -> JsResult<JsValue> {
        let secret = webhooks::pick_secret(&secret, self.webhook_secret())?;
        webhooks::unwrap_standard(&raw_body, &headers, &secret)
    }

    /// What `JSON.stringify(ik)` shows: the configuration without any secret.
    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json(&self) -> JsResult<JsValue> {
        js_sys::JSON::parse(&self.config_ref().public_json())
    }

    /// What `String(ik)` shows.
    #[wasm_bindgen(js_name = toString)]
    pub fn to_string_js(&self) -> String {
        "[ImageKit client]".to_string()
    }
}

impl ImageKit {
    fn webhook_secret(&self) -> Option<&str> {
        self.config_ref()
            .webhook_secret
            .as_ref()
            .map(|s| s.expose())
    }
}
