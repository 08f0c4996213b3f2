//! Maps an HTTP answer to the payload or to the SPEC §6 error, keeping the raw body whatever it is.
//!
//! The mapping ([`classify`]) needs only a summary of the body ([`BodySummary`]: is it JSON, does it carry a
//! `message`, how does it start), so the JS transport reads a body of any size in JS and hands over a few hundred
//! characters; [`interpret`] is the same mapping over a whole body held in Rust (native tests, the fuzzer).

use crate::json::{self, Value};

/// The JS error class of an HTTP answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorClass {
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    UnprocessableEntity,
    TooManyRequests,
    InternalServer,
    PartialSuccess,
    Unknown,
}

impl ErrorClass {
    /// The class for a non-success status. `bulk` calls treat 207 as partial success.
    pub fn for_status(status: u16, bulk: bool) -> Option<Self> {
        Some(match status {
            200..=206 | 208..=299 => return None,
            207 if bulk => ErrorClass::PartialSuccess,
            207 => return None,
            400 => ErrorClass::BadRequest,
            401 => ErrorClass::Unauthorized,
            403 => ErrorClass::Forbidden,
            404 => ErrorClass::NotFound,
            409 => ErrorClass::Conflict,
            422 => ErrorClass::UnprocessableEntity,
            429 => ErrorClass::TooManyRequests,
            500..=599 => ErrorClass::InternalServer,
            _ => ErrorClass::Unknown,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            ErrorClass::BadRequest => "BadRequestError",
            ErrorClass::Unauthorized => "UnauthorizedError",
            ErrorClass::Forbidden => "ForbiddenError",
            ErrorClass::NotFound => "NotFoundError",
            ErrorClass::Conflict => "ConflictError",
            ErrorClass::UnprocessableEntity => "UnprocessableEntityError",
            ErrorClass::TooManyRequests => "TooManyRequestsError",
            ErrorClass::InternalServer => "InternalServerError",
            ErrorClass::PartialSuccess => "PartialSuccessError",
            ErrorClass::Unknown => "UnknownError",
        }
    }
}

/// The rate-limit figures of a 429 (`x-ratelimit-limit`, `-remaining`, `-reset`), each when it is a number.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct RateLimit {
    pub limit: Option<f64>,
    pub remaining: Option<f64>,
    pub reset: Option<f64>,
}

impl RateLimit {
    pub fn from_headers(headers: &[(String, String)]) -> Self {
        let figure = |name: &str| header(headers, name).and_then(|v| json::parse_number(v.trim()));
        RateLimit {
            limit: figure("x-ratelimit-limit"),
            remaining: figure("x-ratelimit-remaining"),
            reset: figure("x-ratelimit-reset"),
        }
    }
}

/// The only response headers the mapping reads: a transport may hand over just these.
pub const HEADERS_READ: [&str; 6] = [
    "x-should-retry",
    "retry-after-ms",
    "retry-after",
    "x-ratelimit-limit",
    "x-ratelimit-remaining",
    "x-ratelimit-reset",
];

/// How many characters of a body an error message quotes when the body has no `message` of its own.
pub const EXCERPT_CHARS: usize = 200;

/// What the mapping needs to know of a body.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BodySummary<'a> {
    /// The body parses as JSON.
    pub json: bool,
    /// The body is a JSON object with a non-empty string `message`.
    pub has_message: bool,
    /// The body without its leading white space: all of it, or any prefix of at least [`EXCERPT_CHARS`]
    /// characters. Empty exactly when the body is blank.
    pub head: &'a str,
}

/// The message of an HTTP error.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// The body's own `message` (the caller holds the body, so the text is not copied here).
    FromBody,
    Text(String),
}

/// An error answer, as decided from its status, headers and body summary.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorAnswer {
    pub class: ErrorClass,
    pub status: u16,
    pub message: Message,
    /// Seconds to wait, from `retry-after-ms` / `Retry-After` (429 and 503).
    pub retry_after: Option<f64>,
    /// The `x-ratelimit-*` figures, on a 429 only.
    pub rate_limit: Option<RateLimit>,
    /// The server's `x-should-retry` word, when it gave one (see `retry::decide`).
    pub should_retry: Option<bool>,
}

/// Maps an answer to its error, or `None` for a success whose payload is the body's JSON (`{}` when blank).
pub fn classify(
    status: u16,
    headers: &[(String, String)],
    body: &BodySummary,
    bulk: bool,
) -> Option<ErrorAnswer> {
    let blank = body.head.trim().is_empty();
    let Some(class) = ErrorClass::for_status(status, bulk) else {
        if body.json || blank {
            return None;
        }
        // A success whose body is not JSON cannot be handed back as the API's payload.
        return Some(ErrorAnswer {
            class: ErrorClass::Unknown,
            status,
            message: Message::Text(format!(
                "the API answered {status} with a body that is not JSON"
            )),
            retry_after: None,
            rate_limit: None,
            should_retry: None,
        });
    };
    let message = if body.has_message {
        Message::FromBody
    } else if blank {
        Message::Text(format!("the API answered {status} with an empty body"))
    } else {
        let excerpt: String = body.head.chars().take(EXCERPT_CHARS).collect();
        Message::Text(format!("the API answered {status}: {}", excerpt.trim_end()))
    };
    let retry_after = matches!(status, 429 | 503)
        .then(|| retry_after_seconds(headers))
        .flatten();
    let rate_limit =
        (class == ErrorClass::TooManyRequests).then(|| RateLimit::from_headers(headers));
    Some(ErrorAnswer {
        class,
        status,
        message,
        retry_after,
        rate_limit,
        should_retry: super::retry::should_retry_header(header(headers, "x-should-retry")),
    })
}

/// An HTTP error with everything the JS error carries.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpError {
    pub class: ErrorClass,
    pub status: u16,
    pub message: String,
    pub help: Option<String>,
    /// The body as JSON when it parses, else `None` (then `raw_text` is the body).
    pub raw: Option<Value<'static>>,
    pub raw_text: String,
    pub headers: Vec<(String, String)>,
    /// Seconds to wait, from `retry-after-ms` / `Retry-After` (429 and 503).
    pub retry_after: Option<f64>,
    /// The `x-ratelimit-*` figures, on a 429 only.
    pub rate_limit: Option<RateLimit>,
}

/// What an answer means.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Success: the payload (`{}` for an empty body).
    Success(Value<'static>),
    Failure(HttpError),
}

/// The value of header `name` (headers are given with lower-case names).
pub fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// Seconds the server asks us to wait: `retry-after-ms`, else `Retry-After` in seconds (an HTTP date is ignored).
/// Only a finite, non-negative figure counts (`1e400` reads as infinity, which no caller can wait for).
pub fn retry_after_seconds(headers: &[(String, String)]) -> Option<f64> {
    let sane = |s: &f64| s.is_finite() && *s >= 0.0;
    if let Some(ms) = header(headers, "retry-after-ms").and_then(|v| json::parse_number(v.trim())) {
        return sane(&ms).then_some(ms / 1000.0);
    }
    header(headers, "retry-after")
        .and_then(|v| json::parse_number(v.trim()))
        .filter(sane)
}

/// Maps status, lower-cased headers and a whole body text to an [`Outcome`] ([`classify`] over the body).
pub fn interpret(status: u16, headers: Vec<(String, String)>, body: String, bulk: bool) -> Outcome {
    let parsed = if body.trim().is_empty() {
        None
    } else {
        json::parse(&body).ok().map(json::Value::into_owned)
    };
    let field = |k: &str| {
        parsed
            .as_ref()
            .and_then(|v| v.get(k))
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    let api_message = field("message").filter(|m| !m.is_empty());
    let summary = BodySummary {
        json: parsed.is_some(),
        has_message: api_message.is_some(),
        head: body.trim_start(),
    };
    let Some(answer) = classify(status, &headers, &summary, bulk) else {
        return Outcome::Success(parsed.unwrap_or_else(|| Value::Obj(Vec::new())));
    };
    let message = match answer.message {
        Message::FromBody => api_message.unwrap_or_default(),
        Message::Text(text) => text,
    };
    let help = field("help");
    Outcome::Failure(HttpError {
        class: answer.class,
        status,
        message,
        help,
        raw: parsed,
        raw_text: body,
        headers,
        retry_after: answer.retry_after,
        rate_limit: answer.rate_limit,
    })
}

#[cfg(test)]
#[path = "response_tests.rs"]
mod tests;
