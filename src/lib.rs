//! imagekit-wasm: the ImageKit SDK as one WebAssembly module for every JavaScript runtime.
//!
//! The pure core (everything but `wasm`) builds and tests on the host; `wasm` is the only place that knows
//! about JavaScript, and only converts values.

pub mod api;
pub mod ascii;
pub mod config;
pub mod encoding;
pub mod environment;
pub mod error;
pub mod json;
pub mod options;
pub mod phash;
pub mod secret;
pub mod sha1;
pub mod signing;
pub mod size_classes;
pub mod slab;
pub mod upload_auth;
pub mod url;
pub mod webhook;

#[cfg(target_arch = "wasm32")]
mod wasm;

/// The wasm-bindgen exports, reachable from Rust for the `wasm-bindgen-test` boundary tests.
#[cfg(all(
    target_arch = "wasm32",
    not(any(feature = "core-module", feature = "media-module"))
))]
pub use wasm::api as wasm_api;

pub use error::{Error, Result};
