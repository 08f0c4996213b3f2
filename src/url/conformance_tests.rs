//! Runs the URL cases of the conformance suite (taken from the official SDKs' own tests) through the native
//! engine. The cases are the in-repo copy `tests/fixtures/conformance/cases.json`, compiled in, so the test can
//! neither skip nor depend on anything beside the checkout; `tests/fixture_copies.rs` checks the copy against
//! `../shared` when that folder exists.

use crate::config::ClientConfig;
use crate::json::{parse, Value};

fn run(case: &Value) -> Result<Value<'static>, String> {
    let call = case.get("call").and_then(Value::as_str).unwrap_or_default();
    let args = match case.get("args") {
        Some(Value::Arr(a)) => a.as_slice(),
        _ => &[],
    };
    let arg = args.first().unwrap_or(&Value::Null);
    let now = case
        .get("nowMs")
        .and_then(Value::as_f64)
        .map_or(1_700_000_000, |ms| (ms / 1000.0).floor() as u64);
    let client = || {
        ClientConfig::from_value(case.get("client").unwrap_or(&Value::Null))
            .map_err(|e| e.to_string())
    };
    let s = |r: crate::Result<String>| r.map(Value::string).map_err(|e| e.to_string());
    match call {
        "ik.url" => s(super::url(&client()?, arg, now)),
        "buildSrc" => s(super::build_src(arg)),
        "ik.buildSrc" => s(super::client_build_src(&client()?, arg, now)),
        "buildTransformationString" => s(super::build_transformation_string(arg)),
        "getResponsiveImageAttributes" => {
            super::responsive_image_attributes(arg).map_err(|e| e.to_string())
        }
        other => Err(format!("not a URL call: {other}")),
    }
}

/// Object equality regardless of key order (the runner compares canonical JSON).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| b.get(k).is_some_and(|w| same(v, w)))
        }
        (Value::Arr(x), Value::Arr(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(v, w)| same(v, w))
        }
        _ => a == b,
    }
}

#[test]
fn conformance_url_cases() {
    let text = include_str!("../../tests/fixtures/conformance/cases.json");
    let Ok(Value::Arr(cases)) = parse(text) else {
        panic!("cases.json is not an array")
    };
    let url_calls = [
        "ik.url",
        "buildSrc",
        "ik.buildSrc",
        "buildTransformationString",
        "getResponsiveImageAttributes",
    ];
    let (mut passed, mut failed) = (0, Vec::new());
    for case in &cases {
        let call = case.get("call").and_then(Value::as_str).unwrap_or_default();
        if !url_calls.contains(&call) {
            continue;
        }
        let expected = case.get("expected").unwrap_or(&Value::Null);
        let wants_throw = expected.get("throws") == Some(&Value::Bool(true));
        let got = run(case);
        let ok = match &got {
            Err(_) => wants_throw,
            Ok(v) => !wants_throw && same(v, expected),
        };
        if ok {
            passed += 1;
        } else {
            let name = case.get("name").and_then(Value::as_str).unwrap_or_default();
            failed.push(format!(
                "{name}\n  expected {}\n  got      {got:?}",
                expected.to_json()
            ));
        }
    }
    eprintln!(
        "conformance (URL cases): {passed} passed, {} failed",
        failed.len()
    );
    assert!(failed.is_empty(), "{}", failed.join("\n"));
    assert!(passed >= 123, "only {passed} URL cases ran");
}
