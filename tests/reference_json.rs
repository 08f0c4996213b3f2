//! `src/json.rs` (hand-written, see its header for why) checked against `serde_json` with `preserve_order`:
//! the same texts accepted and rejected, the same values, object keys in the same order, and our writer's output
//! read back by serde_json as the value it came from.
//!
//! Where the two are meant to differ, `known_difference` names the case and why; anything else that differs is
//! a bug in one of them (serde_json is the reference).
// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use imagekit_wasm::json::{self, Value};
use proptest::prelude::*;
use serde_json::Value as Ref;

/// Whether our value is serde_json's: same kind, equal strings, numbers equal as f64 (within `close`:
/// `json::parse_number` is not correctly rounded, by design), the same keys in the same order.
fn same(ours: &Value, theirs: &Ref) -> Result<(), String> {
    let differ = || Err(format!("ours {} vs serde {theirs}", ours.to_json()));
    match (ours, theirs) {
        (Value::Null, Ref::Null) => Ok(()),
        (Value::Bool(a), Ref::Bool(b)) if a == b => Ok(()),
        (Value::Str(a), Ref::String(b)) if a == b => Ok(()),
        (Value::Num(text), Ref::Number(n)) => {
            let (a, b) = (json::parse_number(text), n.as_f64());
            match (a, b) {
                (Some(a), Some(b)) if close(a, b) => Ok(()),
                _ => differ(),
            }
        }
        (Value::Arr(a), Ref::Array(b)) if a.len() == b.len() => {
            a.iter().zip(b).try_for_each(|(x, y)| same(x, y))
        }
        (Value::Obj(a), Ref::Object(b)) if a.len() == b.len() => {
            a.iter().zip(b).try_for_each(|((k, x), (l, y))| {
                if k == l {
                    same(x, y)
                } else {
                    Err(format!("key order: ours {k:?} where serde has {l:?}"))
                }
            })
        }
        _ => differ(),
    }
}

/// As close as `json::parse_number` promises: two ulp where JavaScript prints numbers without an exponent
/// (1e-7 to 1e21, where option values live), four up to 1e±100. Beyond that it is not correctly rounded
/// (measured: values under about 1e-290 with 17 digits read as 0), so `number()` stays within 1e±100, as its doc
/// now says.
fn close(a: f64, b: f64) -> bool {
    let ulps = (a.to_bits() as i64)
        .wrapping_sub(b.to_bits() as i64)
        .unsigned_abs();
    let limit = if (1e-7..=1e21).contains(&b.abs()) {
        2
    } else {
        4
    };
    a == b || (a.is_sign_negative() == b.is_sign_negative() && ulps <= limit)
}

/// The cases where src/json.rs and serde_json disagree on purpose, with the reason. `None`: they must agree.
fn known_difference(serde_error: &str) -> Option<&'static str> {
    if serde_error.contains("lone leading surrogate")
        || serde_error.contains("unexpected end of hex escape")
    {
        // JS strings may hold lone surrogates and JSON.stringify writes them as `\udXXX`: JSON.parse accepts
        // them, and so must we (as U+FFFD, what TextEncoder makes of them).
        return Some("lone surrogate escape");
    }
    if serde_error.contains("number out of range") {
        // JSON.parse reads `1e400` as Infinity; we keep the number's text as it is.
        return Some("number beyond f64");
    }
    None
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-zA-Z]{1,6}",
        1 => any::<String>(),
    ]
}

fn number() -> impl Strategy<Value = Ref> {
    prop_oneof![
        any::<i64>().prop_map(Ref::from),
        (-(1i64 << 53)..(1i64 << 53)).prop_map(Ref::from),
        any::<f64>()
            .prop_filter("within 1e±100", |f| *f == 0.0
                || (1e-100..=1e100).contains(&f.abs()))
            .prop_map(Ref::from),
        (-1e21f64..1e21).prop_map(Ref::from),
        (-1f64..1.0).prop_map(Ref::from),
        (-1e6f64..1e6).prop_map(Ref::from),
    ]
}

/// Any JSON value, a few levels deep (well under both depth limits).
fn value() -> impl Strategy<Value = Ref> {
    let leaf = prop_oneof![
        Just(Ref::Null),
        any::<bool>().prop_map(Ref::Bool),
        number(),
        any::<String>().prop_map(Ref::String),
        "[ -~]{0,12}".prop_map(Ref::String),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Ref::Array),
            // Keys drawn independently may repeat: the map keeps the first position, as JSON.stringify's
            // object does, and that is the text we parse.
            prop::collection::vec((key(), inner), 0..8)
                .prop_map(|kv| Ref::Object(kv.into_iter().collect())),
        ]
    })
}

/// JSON-ish text: tokens that make valid documents and every near miss of them.
fn jsonish() -> impl Strategy<Value = String> {
    const TOKENS: &[&str] = &[
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"a\"",
        "\"k\":",
        "\"",
        "\\",
        "\\n",
        "\\u00e9",
        "\\ud83d\\ude00",
        "\\ud800",
        "\\u12",
        "\\x",
        "0",
        "1",
        "23",
        "-",
        ".",
        "e",
        "E",
        "+",
        "1e400",
        "true",
        "false",
        "null",
        "tru",
        "nul",
        " ",
        "\n",
        "\t",
        "\r",
        "\u{1}",
        "é",
        "日本",
        "😀",
        "01",
        "-0",
        "0.5",
        "1e5",
        "/",
    ];
    prop::collection::vec(prop::sample::select(TOKENS), 0..24).prop_map(|t| t.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// Every document serde_json writes (compact and pretty) parses to serde's value, keys in its order; our
    /// writer's text of it reads back in serde_json as the same value.
    #[test]
    fn values_and_key_order_match(v in value(), pretty in any::<bool>()) {
        let text = if pretty { serde_json::to_string_pretty(&v) } else { serde_json::to_string(&v) }.unwrap();
        let ours = json::parse(&text).map_err(|e| TestCaseError::fail(format!("{text}: {}", e.message())))?;
        same(&ours, &v).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        let back: Ref = serde_json::from_str(&ours.to_json()).unwrap();
        prop_assert!(same(&ours, &back).is_ok(), "our writer: {} read back as {back}", ours.to_json());
    }

    /// Random near-JSON text: accepted by both or rejected by both, and equal when accepted.
    #[test]
    fn accepts_and_rejects_alike(text in jsonish()) {
        let ours = json::parse(&text);
        let theirs = serde_json::from_str::<Ref>(&text);
        match (&ours, &theirs) {
            (Ok(a), Ok(b)) => {
                if let Err(e) = same(a, b) {
                    prop_assert!(false, "{text:?}: {e}");
                }
            }
            (Err(_), Err(_)) => {}
            (Ok(a), Err(e)) => prop_assert!(
                known_difference(&e.to_string()).is_some(),
                "we accept {text:?} as {} but serde_json says: {e}", a.to_json()
            ),
            (Err(e), Ok(b)) => prop_assert!(false, "we reject {text:?} ({}) but serde_json reads {b}", e.message()),
        }
    }

    /// Numbers as serde_json writes them (shortest round-trip text) read within `close`; integers exactly.
    #[test]
    fn numbers_match(n in number()) {
        let text = n.to_string();
        let ours = json::parse_number(&text).unwrap();
        let theirs = n.as_f64().unwrap();
        prop_assert!(close(ours, theirs), "{text}: ours {ours:e}, serde {theirs:e}");
        if let Some(i) = n.as_i64().filter(|i| i.unsigned_abs() <= 1 << 53) {
            prop_assert_eq!(ours, i as f64, "{}", text);
        }
    }
}

/// The divergences above, pinned: a known difference must stay known (serde_json's messages are what
/// `known_difference` reads), and what serde_json and JSON.parse refuse we refuse too.
#[test]
fn the_known_differences_are_the_documented_ones() {
    for (text, why) in [
        (r#""\ud800""#, "lone surrogate escape"),
        ("1e400", "number beyond f64"),
    ] {
        assert!(json::parse(text).is_ok(), "{text}");
        let e = serde_json::from_str::<Ref>(text).unwrap_err().to_string();
        assert_eq!(known_difference(&e), Some(why), "{text}: {e}");
    }
    assert_eq!(
        json::parse(r#""\ud800""#).unwrap().as_str(),
        Some("\u{FFFD}")
    );
    let repeated = r#"{"a":1,"k":2,"a":3}"#;
    let theirs: Ref = serde_json::from_str(repeated).unwrap();
    assert_eq!(theirs.to_string(), r#"{"a":3,"k":2}"#, "JSON.parse's order");
    // A repeated key keeps its first place (the last value), as JSON.parse does.
    assert_eq!(json::parse(repeated).unwrap().to_json(), r#"{"a":3,"k":2}"#);
    // Leading zeros and raw control characters in strings are refused by all three.
    for text in ["01", "[-00]", "\"a\u{1}b\"", "\"\n\""] {
        assert!(serde_json::from_str::<Ref>(text).is_err(), "{text:?}");
        assert!(json::parse(text).is_err(), "{text:?}");
    }
}
