//! The wire text of an attempt: exact texts, and read back (as io.js reads it) to what went in, for any URL,
//! header and body text a caller can give.

use proptest::prelude::*;

use super::*;
use crate::json::{parse, Value};

const CREDENTIALS: &str = "Basic cHJpdmF0ZV9rZXlfdGVzdDo=";

fn pairs(rows: &[(&str, &str)]) -> Vec<(String, String)> {
    rows.iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn layer(rows: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
    rows.iter()
        .map(|(k, v)| (k.to_string(), v.map(str::to_string)))
        .collect()
}

/// What io.js makes of a wire text: method, URL, headers (a `null` value is the credentials) and the text body.
fn read(wire: &str, credentials: &str) -> (String, String, Vec<(String, String)>, Option<String>) {
    let (json, body) = match wire.split_once('\n') {
        Some((j, b)) => (j, Some(b.to_string())),
        None => (wire, None),
    };
    let Ok(Value::Arr(items)) = parse(json) else {
        panic!("not a JSON array: {json}");
    };
    let text = |v: &Value| match v {
        Value::Str(s) => s.to_string(),
        Value::Null => credentials.to_string(),
        other => panic!("not a string: {other:?}"),
    };
    let mut items = items.iter().map(text);
    let method = items.next().unwrap_or_default();
    let url = items.next().unwrap_or_default();
    let rest: Vec<String> = items.collect();
    assert_eq!(rest.len() % 2, 0, "{wire}");
    let headers = rest
        .chunks(2)
        .map(|p| (p[0].clone(), p[1].clone()))
        .collect();
    (method, url, headers, body)
}

#[test]
fn basic_credentials_are_the_base64_of_the_key_and_a_colon() {
    assert_eq!(basic_credentials("private_key_test"), CREDENTIALS);
    assert_eq!(basic_credentials(""), "Basic Og==");
}

#[test]
fn a_get_with_credentials_is_one_short_text() {
    let headers = attempt_headers(Some(CREDENTIALS), false, &[], &[]);
    assert_eq!(headers, pairs(&[("authorization", CREDENTIALS)]));
    assert_eq!(
        text(
            "GET",
            "http://127.0.0.1:9/v1/files",
            &headers,
            Some(CREDENTIALS),
            None
        ),
        r#"["GET","http://127.0.0.1:9/v1/files","authorization",null]"#
    );
}

#[test]
fn a_json_body_follows_the_first_line_feed() {
    let headers = attempt_headers(Some(CREDENTIALS), true, &[], &[]);
    let wire = text(
        "POST",
        "https://api.imagekit.io/v1/files/copy",
        &headers,
        Some(CREDENTIALS),
        Some("{\"a\":\"x\\ny\"}\n"),
    );
    assert_eq!(
        wire,
        "[\"POST\",\"https://api.imagekit.io/v1/files/copy\",\"authorization\",null,\"content-type\",\
         \"application/json\"]\n{\"a\":\"x\\ny\"}\n"
    );
    let (_, _, _, body) = read(&wire, CREDENTIALS);
    assert_eq!(body.as_deref(), Some("{\"a\":\"x\\ny\"}\n"));
}

#[test]
fn caller_headers_merge_over_ours_in_7x_order() {
    let defaults = layer(&[("X-Team", Some("a")), ("Content-Type", Some("text/plain"))]);
    let call = layer(&[
        ("x-team", Some("b")),
        ("x-team", Some("c")),
        ("x-gone", None),
    ]);
    let headers = attempt_headers(Some(CREDENTIALS), true, &defaults, &call);
    assert_eq!(
        headers,
        pairs(&[
            ("authorization", CREDENTIALS),
            ("content-type", "text/plain"),
            ("x-team", "b, c"),
        ])
    );
    // A caller's own authorization replaces ours and is written as given; a removal leaves none.
    let own = layer(&[("Authorization", Some("Bearer t"))]);
    let headers = attempt_headers(Some(CREDENTIALS), false, &own, &[]);
    assert_eq!(
        text("GET", "u", &headers, Some(CREDENTIALS), None),
        r#"["GET","u","authorization","Bearer t"]"#
    );
    let removed = attempt_headers(
        Some(CREDENTIALS),
        false,
        &[],
        &layer(&[("authorization", None)]),
    );
    assert!(removed.is_empty());
    assert_eq!(
        text("DELETE", "u", &removed, Some(CREDENTIALS), None),
        r#"["DELETE","u"]"#
    );
}

#[test]
fn a_client_side_upload_has_no_credentials() {
    let headers = attempt_headers(None, false, &layer(&[("x-a", Some("null"))]), &[]);
    assert_eq!(
        text(
            "POST",
            "https://upload.imagekit.io/api/v1/files/upload",
            &headers,
            None,
            None
        ),
        r#"["POST","https://upload.imagekit.io/api/v1/files/upload","x-a","null"]"#
    );
}

#[test]
fn texts_that_json_escapes_cross_exactly() {
    let headers = pairs(&[("x-q", "a\"b\\c\r\n\t\u{1}é😀"), ("", "")]);
    let wire = text("PATCH", "http://h/p?q=%22", &headers, None, Some(""));
    assert_eq!(
        wire,
        "[\"PATCH\",\"http://h/p?q=%22\",\"x-q\",\"a\\\"b\\\\c\\r\\n\\t\\u0001é😀\",\"\",\"\"]\n"
    );
    let (method, url, back, body) = read(&wire, "");
    assert_eq!(
        (method.as_str(), url.as_str()),
        ("PATCH", "http://h/p?q=%22")
    );
    assert_eq!(back, headers);
    assert_eq!(body.as_deref(), Some(""));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Whatever the caller's URL, headers and body hold (quotes, backslashes, line feeds, any Unicode), the text
    /// reads back to exactly the request, and our credentials appear in it nowhere.
    #[test]
    fn reads_back_to_the_request(
        url in any::<String>(),
        rows in proptest::collection::vec((any::<String>(), proptest::option::of(any::<String>())), 0..6),
        body in proptest::option::of(any::<String>()),
        json in any::<bool>(),
        key in "[!-~]{1,40}",
        signed in any::<bool>(),
    ) {
        let credentials = basic_credentials(&key);
        let own = signed.then_some(credentials.as_str());
        prop_assume!(!url.contains(&credentials) && !body.as_deref().unwrap_or("").contains(&credentials));
        prop_assume!(rows.iter().all(|(k, v)| !k.contains(&credentials) && !v.as_deref().unwrap_or("").contains(&credentials)));
        let headers = attempt_headers(own, json, &rows, &[]);
        let wire = text("PUT", &url, &headers, own, body.as_deref());
        prop_assert!(!wire.contains(&credentials));
        let (method, back_url, back_headers, back_body) = read(&wire, &credentials);
        prop_assert_eq!(method, "PUT");
        prop_assert_eq!(back_url, url);
        prop_assert_eq!(back_headers, headers);
        prop_assert_eq!(back_body, body);
    }
}
