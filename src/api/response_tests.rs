//! The mapping of answers to payloads and errors.

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
        (422, "UnprocessableEntityError"),
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

fn summary(json: bool, has_message: bool, head: &str) -> BodySummary<'_> {
    BodySummary {
        json,
        has_message,
        head,
    }
}

#[test]
fn impossible_statuses_are_unknown_errors() {
    for status in [0, 99, 101, 199, 304, 600, 999, u16::MAX] {
        let e = classify(status, &[], &summary(true, false, "{}"), false).unwrap();
        assert_eq!(e.class, ErrorClass::Unknown, "{status}");
        assert_eq!(
            e.message,
            Message::Text(format!("the API answered {status}: {{}}"))
        );
    }
}

#[test]
fn a_summary_is_enough() {
    // The body's own message stays with the caller.
    let e = classify(
        404,
        &[],
        &summary(true, true, r#"{"message":"gone"}"#),
        false,
    )
    .unwrap();
    assert_eq!(
        (e.class, e.message),
        (ErrorClass::NotFound, Message::FromBody)
    );
    // A head longer than the excerpt is cut at 200 characters, whatever follows.
    let head = format!("{}{}", "é".repeat(250), "x".repeat(10));
    let e = classify(500, &[], &summary(false, false, &head), false).unwrap();
    assert_eq!(
        e.message,
        Message::Text(format!("the API answered 500: {}", "é".repeat(200)))
    );
    let e = classify(500, &[], &summary(false, false, "oops  \n"), false).unwrap();
    assert_eq!(
        e.message,
        Message::Text("the API answered 500: oops".into())
    );
    let e = classify(502, &[], &summary(false, false, ""), false).unwrap();
    assert_eq!(
        e.message,
        Message::Text("the API answered 502 with an empty body".into())
    );
    // Successes: JSON or blank is the payload; anything else is an UnknownError.
    assert_eq!(classify(200, &[], &summary(true, true, "{}"), false), None);
    assert_eq!(classify(204, &[], &summary(false, false, ""), false), None);
    let e = classify(200, &[], &summary(false, false, "<html>"), false).unwrap();
    assert_eq!(e.class, ErrorClass::Unknown);
}

#[test]
fn rate_limits_on_429_only() {
    let h = hdrs(&[
        ("x-ratelimit-limit", "10"),
        ("x-ratelimit-remaining", " 0 "),
        ("x-ratelimit-reset", "soon"),
        ("retry-after", "7"),
    ]);
    let e = classify(429, &h, &summary(true, false, "{}"), false).unwrap();
    assert_eq!(
        e.rate_limit,
        Some(RateLimit {
            limit: Some(10.0),
            remaining: Some(0.0),
            reset: None
        })
    );
    assert_eq!(e.retry_after, Some(7.0));
    let e = classify(503, &h, &summary(true, false, "{}"), false).unwrap();
    assert_eq!((e.rate_limit, e.retry_after), (None, Some(7.0)));
    let e = classify(500, &h, &summary(true, false, "{}"), false).unwrap();
    assert_eq!((e.rate_limit, e.retry_after), (None, None));
    for name in ["retry-after", "x-ratelimit-reset"] {
        assert!(HEADERS_READ.contains(&name));
    }
}

#[test]
fn interpret_is_classify_over_the_whole_body() {
    let Outcome::Failure(e) = interpret(
        429,
        hdrs(&[("x-ratelimit-limit", "5")]),
        r#"  {"message":"slow down","help":"h"}"#.into(),
        false,
    ) else {
        panic!()
    };
    assert_eq!(
        (e.message.as_str(), e.help.as_deref()),
        ("slow down", Some("h"))
    );
    assert_eq!(e.rate_limit.and_then(|r| r.limit), Some(5.0));
    let Outcome::Failure(e) = interpret(500, vec![], r#"{"message":""}"#.into(), false) else {
        panic!()
    };
    assert_eq!(e.message, r#"the API answered 500: {"message":""}"#);
}

#[test]
fn the_should_retry_word_is_read_from_error_answers() {
    let word = |v: &str, status: u16| {
        classify(
            status,
            &hdrs(&[("x-should-retry", v)]),
            &summary(true, false, "{}"),
            false,
        )
        .map(|e| e.should_retry)
    };
    assert_eq!(word("true", 400), Some(Some(true)));
    assert_eq!(word("false", 503), Some(Some(false)));
    assert_eq!(word("maybe", 503), Some(None));
    // A success is a success whatever the header says.
    assert_eq!(word("true", 200), None);
    assert!(HEADERS_READ.contains(&"x-should-retry"));
}
