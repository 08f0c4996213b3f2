//! The JavaScript boundary. Everything here only converts values between JS and the pure core; no rule of the
//! SDK lives in this module.
//!
//! Built with the feature `core-module` or `media-module` (Cargo.toml), it is one of the package's two modules;
//! each uses a part of the shared helpers (`convert`, `env`, `errors`, `fetch`), and the other part is dead code
//! there, so dead code is allowed in those builds only (the one-module build, which the lints check, has none).
#![cfg_attr(
    any(feature = "core-module", feature = "media-module"),
    allow(dead_code)
)]

/// talc instead of std's dlmalloc: the same job in fewer bytes of wasm. The module is single-threaded (no
/// atomics), which is what `WasmDynamicTalc` assumes; it grows memory as needed. Small blocks are recycled by
/// size class in front of it (`crate::size_classes`), which makes an allocation several times cheaper.
#[global_allocator]
static ALLOCATOR: crate::size_classes::SizeClassCache<talc::wasm::WasmDynamicTalc> =
    crate::size_classes::SizeClassCache::new(talc::wasm::new_wasm_dynamic_allocator());

#[cfg(all(
    feature = "lazy-reader",
    not(any(feature = "core-module", feature = "media-module"))
))]
compile_error!(
    "the feature lazy-reader moves the URL reader between the two modules: build one of them"
);

#[cfg(all(feature = "core-module", feature = "media-module"))]
compile_error!(
    "build one module at a time: the features core-module and media-module exclude each other"
);

// Both modules: the client class, value conversion, the clock and randomness, error classes, the bindings of
// fetch's classes (webhooks read `Headers` too).
mod client;
mod convert;
mod env;
mod errors;
mod fetch;

// The first module's exports: URLs, the one-crossing lane, the URL reader, pHash, webhooks, the client options
// and the call table the package starts with.
#[cfg(not(feature = "media-module"))]
mod call_table;
#[cfg(not(feature = "media-module"))]
mod client_methods;
#[cfg(not(feature = "media-module"))]
mod client_options;
#[cfg(not(feature = "media-module"))]
mod lane;
#[cfg(not(feature = "media-module"))]
mod phash;
#[cfg(not(feature = "media-module"))]
mod urls;
#[cfg(not(feature = "media-module"))]
mod webhooks;

// The URL reader (parseUrl, transformUrl, verifyUrl) is in one module of each build, with the same exports in
// the other (parse_elsewhere.rs says why): the speed build's first module; the size build's media module
// (feature `lazy-reader`, README "Size"); the one-module build.
#[cfg(any(
    all(not(feature = "media-module"), not(feature = "lazy-reader")),
    all(feature = "media-module", feature = "lazy-reader")
))]
mod parse;
#[cfg(any(
    all(feature = "core-module", feature = "lazy-reader"),
    all(feature = "media-module", not(feature = "lazy-reader"))
))]
mod parse_elsewhere;

// The media module's exports: the media API's calls and everything that sends them.
#[cfg(not(feature = "core-module"))]
mod attempt;
#[cfg(not(feature = "core-module"))]
mod client_js;
#[cfg(not(feature = "core-module"))]
mod media;
#[cfg(not(feature = "core-module"))]
mod pending;
#[cfg(not(feature = "core-module"))]
mod request_options;
#[cfg(not(feature = "core-module"))]
mod transport;
#[cfg(not(feature = "core-module"))]
mod transport_log;
#[cfg(not(feature = "core-module"))]
mod xhr;

/// The exported surface, for the boundary tests in `tests/wasm.rs` (the one-module build's).
#[cfg(not(any(feature = "core-module", feature = "media-module")))]
pub mod api {
    pub use super::client::ImageKit;
    pub use super::phash::phash_distance;
    pub use super::webhooks::{unwrap_webhook, verify_webhook_event};
}
