//! The media API (SPEC §5) as data: each call builds an [`ApiRequest`] (method, host, encoded path, query, body);
//! one transport (in `wasm/transport.rs`) sends them all, and [`response`] maps every answer to a payload or an
//! error. Nothing here does I/O, so every endpoint is tested natively.

pub mod endpoints;
pub mod extras;
pub mod log;
pub mod request;
pub mod response;
pub mod retry;
pub mod wire;

pub use endpoints::{build, upload, Call, UploadFile};
pub use request::{ApiRequest, Body, Host, Method};
pub use response::{ErrorClass, HttpError};
