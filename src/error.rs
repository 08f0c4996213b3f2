//! The one error type of the pure core. The wasm layer turns each variant into the JS class of SPEC §6
//! (`src/wasm/errors.js`), so the variant names are the class names.

use std::fmt;

/// Everything the core can fail with. New variants may come (the media API adds HTTP errors), so callers
/// must not match exhaustively.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Error {
    /// A bad or missing argument, found before any request: JS `ValidationError`.
    Validation(String),
    /// A webhook whose signature or timestamp does not check out: JS `WebhookVerificationError`
    /// (a subclass of `ValidationError`, because the caller handed us a body that is not genuine).
    WebhookVerification(String),
    /// An HTTP answer that is not a success: JS `BadRequestError`, `NotFoundError`, … by status.
    Http(Box<crate::api::HttpError>),
    /// No response: the network failed (`ConnectionError`).
    Connection(String),
    /// No response within the timeout (`TimeoutError`).
    Timeout(String),
    /// The caller's signal aborted the call (`AbortError`).
    Abort(String),
}

impl Error {
    /// The JS class this error becomes.
    pub fn class_name(&self) -> &'static str {
        match self {
            Error::Validation(_) => "ValidationError",
            Error::WebhookVerification(_) => "WebhookVerificationError",
            Error::Http(h) => h.class.name(),
            Error::Connection(_) => "ConnectionError",
            Error::Timeout(_) => "TimeoutError",
            Error::Abort(_) => "AbortError",
        }
    }

    /// The human message: says what was wrong, never repeats a secret.
    pub fn message(&self) -> &str {
        match self {
            Error::Validation(m)
            | Error::WebhookVerification(m)
            | Error::Connection(m)
            | Error::Timeout(m)
            | Error::Abort(m) => m,
            Error::Http(h) => &h.message,
        }
    }

    pub(crate) fn validation(message: impl Into<String>) -> Self {
        Error::Validation(message.into())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.class_name(), self.message())
    }
}

impl std::error::Error for Error {}

/// Shorthand used across the core.
pub type Result<T> = std::result::Result<T, Error>;
