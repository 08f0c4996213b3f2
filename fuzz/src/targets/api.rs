//! Targets of the media API core: interpreting answers (status, headers, body; the retry decision), building
//! requests for every endpoint and uploads.

use imagekit_wasm::api::endpoints::{self, Call, UploadFile, UPLOAD_OPTIONS};
use imagekit_wasm::api::response::{self, ErrorClass, Outcome};
use imagekit_wasm::api::retry;
use imagekit_wasm::json::{self, Value};

use crate::gen::{path_or_src, Vocab};
use crate::invariants::{check_error, check_request};
use crate::objects::{client, mutate, options_object, through_json, API_KEYS};
use crate::rng::Rng;
use crate::targets::Ctx;
use crate::vocab::{any_value, deep, number_text, scalar, string};

pub(crate) const STATUSES: &[u16] = &[
    0, 100, 199, 200, 201, 204, 206, 207, 208, 299, 300, 302, 304, 400, 401, 403, 404, 408, 409,
    418, 429, 499, 500, 502, 503, 504, 599, 600, 999, 65535,
];
pub(crate) const HEADER_NAMES: &[&str] = &[
    "retry-after",
    "retry-after-ms",
    "x-ratelimit-limit",
    "x-ratelimit-remaining",
    "x-ratelimit-reset",
    "content-type",
    "x-request-id",
    "Retry-After",
];

pub(crate) fn t_interpret(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let status = if rng.one_in(5) {
        (rng.next() & 0xffff) as u16
    } else {
        *rng.pick(STATUSES)
    };
    let headers: Vec<(String, String)> = (0..rng.below(5))
        .map(|_| {
            let name = if rng.one_in(6) {
                string(rng)
            } else {
                rng.pick(HEADER_NAMES).to_string()
            };
            let value = match rng.below(4) {
                0 => number_text(rng),
                1 => rng
                    .pick(&[
                        "",
                        " 2 ",
                        "-1",
                        "NaN",
                        "Infinity",
                        "Wed, 21 Oct 2015 07:28:00 GMT",
                        "1e309",
                        "0.5",
                    ])
                    .to_string(),
                _ => string(rng),
            };
            (name, value)
        })
        .collect();
    let body = match rng.below(10) {
        0 => String::new(),
        1 => " \n".into(),
        2 => "<html><body>502 Bad Gateway</body></html>".into(),
        3 => {
            let levels = 50 + rng.below(100);
            let inner = scalar(rng);
            deep(rng, inner, levels).to_json()
        }
        4 if rng.one_in(20) => format!(
            "{{\"padding\":\"{}\"}}",
            "x".repeat(200_000 + rng.below(200_000))
        ),
        5 => {
            let text = any_value(rng, 3).to_json().into_bytes();
            String::from_utf8_lossy(&mutate(rng, text)).into_owned()
        }
        6 => {
            let mut e = vec![
                ("message".to_string(), scalar(rng)),
                ("help".to_string(), scalar(rng)),
            ];
            if rng.one_in(2) {
                e.push(("successfullyDeletedFileIds".into(), any_value(rng, 2)));
            }
            Value::object(e).to_json()
        }
        _ => any_value(rng, 3).to_json(),
    };
    let bulk = rng.one_in(3);
    ctx.show("status", &status);
    ctx.show("headers", &headers);
    ctx.show("body", &body);
    let retry_after = response::retry_after_seconds(&headers);
    if let Some(s) = retry_after {
        assert!(
            s >= 0.0 && !s.is_nan(),
            "INVARIANT: retry-after {s} from {headers:?}"
        );
    }
    let date_wait = rng.f64() * 1e12 - 5e11;
    let server_wait = retry::server_wait_ms(
        response::header(&headers, "retry-after-ms"),
        response::header(&headers, "retry-after"),
        retry::parse_float,
        |_| date_wait,
    );
    let wait = retry::delay_ms(
        (rng.next() % 100) as u32,
        server_wait,
        rng.f64() * 3.0 - 1.0,
    );
    assert!(
        wait.is_finite() && (0.0..=retry::MAX_TIMER_MS).contains(&wait),
        "INVARIANT: delay_ms gave {wait}"
    );
    let class = ErrorClass::for_status(status, bulk);
    let parsed = if body.trim().is_empty() {
        None
    } else {
        json::parse(&body).ok()
    };
    match response::interpret(status, headers, body.clone(), bulk) {
        Outcome::Success(v) => {
            assert!(class.is_none(), "INVARIANT: status {status} succeeded");
            match parsed {
                Some(p) => assert_eq!(v, p, "INVARIANT: a success payload is the body's JSON"),
                None => assert!(
                    body.trim().is_empty() && v == Value::Obj(vec![]),
                    "INVARIANT: an empty success is {{}}"
                ),
            }
            true
        }
        Outcome::Failure(e) => {
            match class {
                Some(c) => assert_eq!(
                    e.class,
                    c,
                    "INVARIANT: status {status} maps to {}",
                    c.name()
                ),
                None => assert!(
                    e.class == ErrorClass::Unknown && parsed.is_none() && !body.trim().is_empty(),
                    "INVARIANT: a success status fails only for a body that is not JSON"
                ),
            }
            assert_eq!(e.status, status);
            assert_eq!(e.raw_text, body, "INVARIANT: the raw body is kept");
            assert!(
                !e.message.is_empty(),
                "INVARIANT: an HTTP error without a message"
            );
            assert!(
                e.message.chars().count() <= 260 || parsed.is_some(),
                "INVARIANT: messages quote at most an excerpt"
            );
            if let Some(s) = e.retry_after {
                assert!(s.is_finite() && s >= 0.0, "INVARIANT: retry_after {s}");
            }
            false
        }
    }
}

/// A positional argument of a media API call.
pub(crate) fn api_arg(rng: &mut Rng, v: &Vocab) -> Value<'static> {
    match rng.below(10) {
        0 => Value::Null,
        1..=3 => Value::Str(string(rng).into()),
        4 => Value::Arr(
            (0..rng.below(4))
                .map(|_| {
                    if rng.one_in(8) {
                        scalar(rng)
                    } else {
                        Value::Str(string(rng).into())
                    }
                })
                .collect(),
        ),
        5 => scalar(rng),
        6 => any_value(rng, 3),
        _ => options_object(rng, v, API_KEYS),
    }
}

pub(crate) fn t_endpoints(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let call = *rng.pick(&Call::ALL);
    let n = rng.below(4);
    let args: Vec<Value<'static>> = (0..n)
        .filter_map(|_| {
            let a = api_arg(rng, ctx.vocab);
            through_json(rng, &a)
        })
        .collect();
    ctx.show("call", &call);
    ctx.show("args", &args);
    match endpoints::build(call, &args) {
        Ok(req) => {
            check_request(&req, None, call.js_name());
            true
        }
        Err(e) => {
            ctx.show("error", &e);
            check_error(&e, call.js_name());
            assert_eq!(
                e.class_name(),
                "ValidationError",
                "INVARIANT: builders only fail with ValidationError"
            );
            false
        }
    }
}

pub(crate) fn t_upload(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let Some((cfg, key)) = client(rng, ctx.vocab) else {
        return false;
    };
    let opts = options_object(rng, ctx.vocab, UPLOAD_OPTIONS);
    let Some(opts) = through_json(rng, &opts) else {
        return false;
    };
    let file = if rng.one_in(3) {
        UploadFile::Binary
    } else {
        UploadFile::Text(path_or_src(rng))
    };
    ctx.show("options", &opts);
    ctx.show("file", &file);
    match endpoints::upload(&cfg, &opts, file) {
        Ok(req) => {
            check_request(&req, key.as_deref(), "uploadFile");
            true
        }
        Err(e) => {
            ctx.show("error", &e);
            check_error(&e, "uploadFile");
            false
        }
    }
}
