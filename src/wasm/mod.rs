//! The JavaScript boundary. Everything here only converts values between JS and the pure core; no rule of the
//! SDK lives in this module.

mod client;
mod convert;
mod env;
mod errors;
mod utils;
