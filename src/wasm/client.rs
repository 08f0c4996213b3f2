//! The `ImageKit` class: holds the checked configuration (the private key stays in wasm memory, never on the JS
//! object) and exposes the SDK's methods.

use std::rc::Rc;

use wasm_bindgen::prelude::*;

use super::convert::options;
use super::env;
use super::errors::{to_js, validation, JsResult};
use crate::config::ClientConfig;

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
}

impl ImageKit {
    /// The configuration, for the media API methods.
    pub(super) fn config(&self) -> Rc<ClientConfig> {
        Rc::clone(&self.config)
    }

    /// The configuration, borrowed, for the first module's methods.
    #[cfg(not(feature = "media-module"))]
    pub(super) fn config_ref(&self) -> &ClientConfig {
        &self.config
    }
}
