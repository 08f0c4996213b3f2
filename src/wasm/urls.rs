//! URL exports (SPEC §3): each converts its options once (one JSON crossing) and calls the pure engine.

use wasm_bindgen::prelude::*;

use super::client::ImageKit;
use super::convert::options;
use super::env;
use super::errors::{to_js, JsResult};
use crate::signing;

/// Builds a URL like `@imagekit/javascript` 5.5 `buildSrc`.
#[wasm_bindgen(js_name = buildSrc)]
pub fn build_src(opts: JsValue) -> JsResult<String> {
    crate::url::build_src(&options(&opts, "buildSrc options")?).map_err(to_js)
}

/// The transformation string (`tr` value) for a list of steps. Anything but an array is no steps, as
/// `@imagekit/javascript` reads it (the core answers `""`); only an array crosses as JSON.
#[wasm_bindgen(js_name = buildTransformationString)]
pub fn build_transformation_string(transformation: JsValue) -> JsResult<String> {
    let value = if super::convert::is_array(&transformation) {
        options(&transformation, "transformation")?
    } else {
        crate::json::Value::Null
    };
    crate::url::build_transformation_string(&value).map_err(to_js)
}

/// `{src, srcSet, sizes, width}` for a responsive image.
#[wasm_bindgen(js_name = getResponsiveImageAttributes)]
pub fn get_responsive_image_attributes(opts: JsValue) -> JsResult<JsValue> {
    let attrs = crate::url::responsive_image_attributes(&options(
        &opts,
        "getResponsiveImageAttributes options",
    )?)
    .map_err(to_js)?;
    js_sys::JSON::parse(&attrs.to_json())
}

#[wasm_bindgen]
impl ImageKit {
    /// The seed's `url()`: path or query position, signing with `signed` / `expireSeconds`.
    pub fn url(&self, opts: JsValue) -> JsResult<String> {
        let value = options(&opts, "url options")?;
        let config = self.config();
        signing::at_clock(env::now_seconds(), |now| {
            crate::url::url(&config, &value, now)
        })
        .map_err(to_js)
    }

    /// `buildSrc` with `signed` / `expiresIn` signed by the client's private key.
    #[wasm_bindgen(js_name = buildSrc)]
    pub fn build_src(&self, opts: JsValue) -> JsResult<String> {
        let value = options(&opts, "buildSrc options")?;
        let config = self.config();
        signing::at_clock(env::now_seconds(), |now| {
            crate::url::client_build_src(&config, &value, now)
        })
        .map_err(to_js)
    }
}
