//! The JSON parts of `@imagekit/nodejs` 7.11.0's client options (COMPAT §3). `fetch`, `fetchOptions` and
//! `logger` are JS values: pkg-template/client-options.js keeps them per client and hands them to every media
//! call (`client_js::ClientJs`); what is JSON (the environment's variables, the level) is resolved by the core
//! (`environment::apply`) through [`ImageKit::client_options`] before the constructor reads the options.

use js_sys::Array;
use wasm_bindgen::prelude::*;

use super::client::ImageKit;
use super::convert::options;
use super::errors::JsResult;
use crate::environment::{self, Env};
#[wasm_bindgen]
impl ImageKit {
    /// Internal: the constructor's options with the environment applied (`env`: `[name, value]` pairs of
    /// `environment::VARIABLES`), and the warnings 7.x logs about them: `[options, warnings]`.
    #[wasm_bindgen(js_name = __clientOptions)]
    pub fn client_options(opts: JsValue, env: JsValue) -> JsResult<Array> {
        let value = options(&opts, "ImageKit options")?;
        let pairs: Vec<(String, String)> = if Array::is_array(&env) {
            Array::from(&env)
                .iter()
                .filter_map(|p| {
                    let p = Array::from(&p);
                    Some((p.get(0).as_string()?, p.get(1).as_string()?))
                })
                .collect()
        } else {
            Vec::new()
        };
        let (resolved, warnings) = environment::apply(&value, &Env::from_pairs(&pairs));
        let resolved = js_sys::JSON::parse(&resolved.to_json())?;
        let warnings: Array = warnings.iter().map(|w| JsValue::from_str(w)).collect();
        Ok(Array::of2(&resolved, &warnings))
    }

    /// Internal: the names of the variables 7.x reads from the environment.
    #[wasm_bindgen(js_name = __environmentVariables)]
    pub fn environment_variables() -> Array {
        environment::VARIABLES
            .iter()
            .map(|v| JsValue::from_str(v))
            .collect()
    }
}
