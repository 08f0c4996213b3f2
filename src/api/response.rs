//! Maps an HTTP answer to the payload or to the SPEC §6 error, keeping the raw body whatever it is.

use crate::json::{self, Value};

/// The JS error class of an HTTP answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorClass {
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
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
            ErrorClass::TooManyRequests => "TooManyRequestsError",
            ErrorClass::InternalServer => "InternalServerError",
            ErrorClass::PartialSuccess => "PartialSuccessError",
            ErrorClass::Unknown => "UnknownError",
        }
    }
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

/// Maps status, lower-cased headers and body text to an [`Outcome`].
pub fn interpret(status: u16, headers: Vec<(String, String)>, body: String, bulk: bool) -> Outcome {
    let parsed = if body.trim().is_empty() {
        None
    } else {
        json::parse(&body).ok().map(json::Value::into_owned)
    };
    let Some(class) = ErrorClass::for_status(status, bulk) else {
        return match parsed {
            Some(v) => Outcome::Success(v),
            None if body.trim().is_empty() => Outcome::Success(Value::Obj(Vec::new())),
            // A success whose body is not JSON cannot be handed back as the API's payload.
            None => Outcome::Failure(HttpError {
                class: ErrorClass::Unknown,
                status,
                message: format!("the API answered {status} with a body that is not JSON"),
                help: None,
                raw: None,
                raw_text: body,
                headers,
                retry_after: None,
            }),
        };
    };
    let field = |k: &str| {
        parsed
            .as_ref()
            .and_then(|v| v.get(k))
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    let message = field("message")
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| {
            let excerpt: String = body.trim().chars().take(200).collect();
            if excerpt.is_empty() {
                format!("the API answered {status} with an empty body")
            } else {
                format!("the API answered {status}: {excerpt}")
            }
        });
    let retry_after = matches!(status, 429 | 503)
        .then(|| retry_after_seconds(&headers))
        .flatten();
    Outcome::Failure(HttpError {
        class,
        status,
        message,
        help: field("help"),
        raw: parsed,
        raw_text: body,
        headers,
        retry_after,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hdrs(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn classes_by_status() {
        let cases = [
            (400, "BadRequestError"),
            (401, "UnauthorizedError"),
            (403, "ForbiddenError"),
            (404, "NotFoundError"),
            (409, "ConflictError"),
            (429, "TooManyRequestsError"),
            (500, "InternalServerError"),
            (503, "InternalServerError"),
            (418, "UnknownError"),
            (302, "UnknownError"),
        ];
        for (status, name) in cases {
            assert_eq!(
                ErrorClass::for_status(status, false).unwrap().name(),
                name,
                "{status}"
            );
        }
        assert_eq!(
            ErrorClass::for_status(207, true),
            Some(ErrorClass::PartialSuccess)
        );
        assert_eq!(ErrorClass::for_status(207, false), None);
        assert_eq!(ErrorClass::for_status(204, true), None);
    }

    #[test]
    fn success_payloads() {
        assert_eq!(
            interpret(200, vec![], r#"[{"a":1}]"#.into(), false),
            Outcome::Success(json::parse(r#"[{"a":1}]"#).unwrap())
        );
        assert_eq!(
            interpret(204, vec![], String::new(), false),
            Outcome::Success(Value::Obj(vec![]))
        );
        match interpret(200, vec![], "<html>".into(), false) {
            Outcome::Failure(e) => {
                assert_eq!(e.class, ErrorClass::Unknown);
                assert_eq!(e.raw_text, "<html>");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn errors_keep_message_help_and_raw_text() {
        let body = r#"{"message":"The requested file does not exist.","help":"For support kindly contact us at support@imagekit.io ."}"#;
        let Outcome::Failure(e) = interpret(404, vec![], body.into(), false) else {
            panic!()
        };
        assert_eq!(e.class.name(), "NotFoundError");
        assert_eq!(e.message, "The requested file does not exist.");
        assert_eq!(
            e.help.as_deref(),
            Some("For support kindly contact us at support@imagekit.io .")
        );
        assert_eq!(e.raw_text, body);

        let Outcome::Failure(e) = interpret(502, vec![], "<html>Bad gateway</html>".into(), false)
        else {
            panic!()
        };
        assert_eq!(e.class.name(), "InternalServerError");
        assert_eq!(e.message, "the API answered 502: <html>Bad gateway</html>");
        assert_eq!(e.raw, None);

        let Outcome::Failure(e) = interpret(500, vec![], " ".into(), false) else {
            panic!()
        };
        assert_eq!(e.message, "the API answered 500 with an empty body");

        let Outcome::Failure(e) = interpret(429, hdrs(&[("retry-after", "2")]), "{}".into(), false)
        else {
            panic!()
        };
        assert_eq!(e.retry_after, Some(2.0));
        assert_eq!(e.message, "the API answered 429: {}");
    }

    #[test]
    fn retry_after_headers() {
        assert_eq!(
            retry_after_seconds(&hdrs(&[("retry-after-ms", "1500"), ("retry-after", "9")])),
            Some(1.5)
        );
        assert_eq!(
            retry_after_seconds(&hdrs(&[("retry-after", "3")])),
            Some(3.0)
        );
        assert_eq!(
            retry_after_seconds(&hdrs(&[("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT")])),
            None
        );
        assert_eq!(retry_after_seconds(&hdrs(&[("retry-after", "-1")])), None);
        assert_eq!(
            retry_after_seconds(&hdrs(&[("retry-after", "1e400")])),
            None
        );
        assert_eq!(
            retry_after_seconds(&hdrs(&[("retry-after-ms", "1e9999")])),
            None
        );
    }
}
