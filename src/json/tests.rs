//! The reader and writer's own tests (tests/reference_json.rs holds them to serde_json).

use super::*;
use proptest::prelude::*;

#[test]
fn keeps_key_order_and_number_text() {
    let v = parse(r#"{"w":300,"h":"4","r":1e+21,"x":-0.5,"a":[true,null],"o":{}}"#).unwrap();
    let keys: Vec<_> = match &v {
        Value::Obj(e) => e.iter().map(|(k, _)| k.as_ref()).collect(),
        _ => vec![],
    };
    assert_eq!(keys, ["w", "h", "r", "x", "a", "o"]);
    assert_eq!(v.get("r").unwrap().to_js_string(), "1e+21");
    assert_eq!(v.get("x").unwrap().to_js_string(), "-0.5");
    assert_eq!(v.get("a").unwrap().to_js_string(), "true,");
    assert_eq!(
        v.to_json(),
        r#"{"w":300,"h":"4","r":1e+21,"x":-0.5,"a":[true,null],"o":{}}"#
    );
}

#[test]
fn reads_numbers() {
    assert_eq!(parse_number("300"), Some(300.0));
    assert_eq!(parse_number("-0.5"), Some(-0.5));
    assert_eq!(parse_number("1e+21"), Some(1e21));
    assert_eq!(parse_number("1.5E-3"), Some(0.0015));
    assert_eq!(parse_number("9007199254740993"), Some(9007199254740992.0));
    assert_eq!(parse_number("1582269249"), Some(1582269249.0));
    for bad in ["", "-", "1.2.3", "e5", "1e", "0x10", "1e99999"] {
        assert_eq!(parse_number(bad), None, "{bad}");
    }
}

#[test]
fn decodes_escapes_and_surrogates() {
    let v = parse(r#""a\"b\\c\n\u00e9\ud83d\ude00\ud800x""#).unwrap();
    assert_eq!(v.as_str().unwrap(), "a\"b\\c\né😀\u{FFFD}x");
    assert_eq!(parse(&v.to_json()).unwrap(), v);
}

#[test]
fn rejects_bad_text_and_deep_nesting() {
    for bad in [
        "", "{", "[1,]", "{\"a\"}", "01x", "\"\\q\"", "nul", "1 2", "-", "1.", "1e",
    ] {
        assert!(parse(bad).is_err(), "{bad}");
    }
    let deep = "[".repeat(100) + &"]".repeat(100);
    assert_eq!(
        parse(&deep).unwrap_err().message(),
        "options are nested more than 64 levels deep"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn never_panics(s in ".{0,64}") {
        let _ = parse(&s);
    }

    #[test]
    fn round_trips_strings(s in any::<String>()) {
        let v = Value::Str(s.into());
        let text = v.to_json();
        prop_assert_eq!(parse(&text).unwrap(), v);
    }

    /// The run-copying writer against the plain char-by-char one it replaced, on strings dense in bytes that need
    /// escaping (quotes, backslashes, controls) among ASCII and multi-byte chars, at every place of a word.
    #[test]
    fn writes_strings_as_the_char_by_char_writer(s in "[\"\\\\\u{0}-\u{1f}a-z/é€😀 ]{0,40}", plain in "[a-z]{0,9}") {
        let s = format!("{plain}{s}");
        let mut want = String::from("\"");
        for c in s.chars() {
            match c {
                '"' => want.push_str("\\\""),
                '\\' => want.push_str("\\\\"),
                '\n' => want.push_str("\\n"),
                '\r' => want.push_str("\\r"),
                '\t' => want.push_str("\\t"),
                c if (c as u32) < 0x20 => want.push_str(&format!("\\u{:04x}", c as u32)),
                c => want.push(c),
            }
        }
        want.push('"');
        let mut out = String::new();
        write_json_string(&s, &mut out);
        prop_assert_eq!(out, want);
    }
}
