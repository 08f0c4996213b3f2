//! The JavaScript boundary. Everything here only converts values between JS and the pure core; no rule of the
//! SDK lives in this module.

mod client;
mod convert;
mod env;
mod errors;
mod fetch;
mod media;
mod transport;
mod urls;
mod utils;
mod xhr;

/// The exported surface, for the boundary tests in `tests/wasm.rs`.
pub mod api {
    pub use super::client::ImageKit;
    pub use super::utils::{phash_distance, unwrap_webhook, verify_webhook_event};
}
