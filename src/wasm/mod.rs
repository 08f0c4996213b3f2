//! The JavaScript boundary. Everything here only converts values between JS and the pure core; no rule of the
//! SDK lives in this module.

/// talc instead of std's dlmalloc: the same job in fewer bytes of wasm. The module is single-threaded (no
/// atomics), which is what `WasmDynamicTalc` assumes; it grows memory as needed. Small blocks are recycled by
/// size class in front of it (`crate::size_classes`), which makes an allocation several times cheaper.
#[global_allocator]
static ALLOCATOR: crate::size_classes::SizeClassCache<talc::wasm::WasmDynamicTalc> =
    crate::size_classes::SizeClassCache::new(talc::wasm::new_wasm_dynamic_allocator());

mod attempt;
mod client;
mod client_options;
mod convert;
mod env;
mod errors;
mod fetch;
mod lane;
mod media;
mod parse;
mod phash;
mod request_options;
mod transport;
mod transport_log;
mod urls;
mod webhooks;
mod xhr;

/// The exported surface, for the boundary tests in `tests/wasm.rs`.
pub mod api {
    pub use super::client::ImageKit;
    pub use super::phash::phash_distance;
    pub use super::webhooks::{unwrap_webhook, verify_webhook_event};
}
