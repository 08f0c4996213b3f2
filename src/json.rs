//! A small, strict JSON reader and writer for option objects.
//!
//! Why not serde: options cross from JS as the text of `JSON.stringify` (one boundary crossing instead of one per
//! property), and two things matter that serde would cost bytes for or lose: object keys keep their order
//! (transformation entries are emitted in the caller's key order) and numbers keep JavaScript's own spelling
//! (`1e+21`, `0.5`), so `String(value)` semantics of the JS SDKs come out exactly.
//! The reader never panics and bounds nesting, since a stack overflow would trap the wasm instance.

use std::borrow::Cow;

use crate::error::{Error, Result};

/// Deepest nesting accepted; option objects are a few levels deep.
const MAX_DEPTH: usize = 64;

/// A JSON value. `Num` holds the number's text exactly as JSON.stringify wrote it.
///
/// Strings, numbers and keys borrow from the parsed text where they can (no escapes), so reading an options
/// object allocates only its arrays and objects: at opt-level "z" an allocation and its copy cost ~60 ns in wasm,
/// and a `buildSrc` options text has a dozen strings. Values built in code own their text (`Value<'static>`).
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    Num(Cow<'a, str>),
    Str(Cow<'a, str>),
    Arr(Vec<Value<'a>>),
    Obj(Vec<(Cow<'a, str>, Value<'a>)>),
}

impl Value<'static> {
    /// An object from owned keys, for values built in code.
    pub fn object(entries: Vec<(String, Value<'static>)>) -> Self {
        Value::Obj(
            entries
                .into_iter()
                .map(|(k, v)| (Cow::Owned(k), v))
                .collect(),
        )
    }

    /// A string value that owns its text.
    pub fn string(text: impl Into<String>) -> Self {
        Value::Str(Cow::Owned(text.into()))
    }

    /// A number value from its JavaScript spelling.
    pub fn number(text: impl Into<String>) -> Self {
        Value::Num(Cow::Owned(text.into()))
    }
}

impl<'a> Value<'a> {
    /// The same value owning all its text, free of the parsed input.
    pub fn into_owned(self) -> Value<'static> {
        match self {
            Value::Null => Value::Null,
            Value::Bool(b) => Value::Bool(b),
            Value::Num(n) => Value::Num(Cow::Owned(n.into_owned())),
            Value::Str(s) => Value::Str(Cow::Owned(s.into_owned())),
            Value::Arr(items) => Value::Arr(items.into_iter().map(Value::into_owned).collect()),
            Value::Obj(entries) => Value::Obj(
                entries
                    .into_iter()
                    .map(|(k, v)| (Cow::Owned(k.into_owned()), v.into_owned()))
                    .collect(),
            ),
        }
    }

    /// The entry named `key` of an object, if this is one and it has it.
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        match self {
            Value::Obj(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The number as an f64, for numbers only.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Num(n) => parse_number(n),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// What JavaScript's `String(value)` gives for a scalar: how the JS SDKs spell a transformation value.
    /// Arrays join with `,` as JS does; objects give `[object Object]`, exactly as the JS SDKs would emit.
    pub fn to_js_string(&self) -> String {
        match self {
            Value::Null => "null".into(),
            Value::Bool(b) => b.to_string(),
            Value::Num(n) => n.to_string(),
            Value::Str(s) => s.to_string(),
            Value::Arr(items) => items
                .iter()
                .map(|v| {
                    if v.is_null() {
                        String::new()
                    } else {
                        v.to_js_string()
                    }
                })
                .collect::<Vec<_>>()
                .join(","),
            Value::Obj(_) => "[object Object]".into(),
        }
    }

    /// A short name of the value's type, for error messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Num(_) => "number",
            Value::Str(_) => "string",
            Value::Arr(_) => "array",
            Value::Obj(_) => "object",
        }
    }

    /// Serialises back to JSON text (numbers in their original spelling).
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    fn write_json(&self, out: &mut String) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Num(n) => out.push_str(n),
            Value::Str(s) => write_json_string(s, out),
            Value::Arr(items) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    v.write_json(out);
                }
                out.push(']');
            }
            Value::Obj(entries) => {
                out.push('{');
                for (i, (k, v)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_json_string(k, out);
                    out.push(':');
                    v.write_json(out);
                }
                out.push('}');
            }
        }
    }
}

/// Reads JSON number text as an f64 without `str::parse::<f64>`, whose correctly-rounded algorithm pulls a
/// ~20 KB table into the wasm. Integers up to 2^53 (all the widths, limits and timestamps options carry) are exact;
/// other values are within two ulp from 1e-7 to 1e21 (where JS prints numbers without an exponent, and option
/// values live) and four up to 1e±100 (measured against serde_json, tests/reference_json.rs); far below that,
/// 17-digit values under about 1e-290 read as 0 (`10f64.powi` leaves the range), which no option needs.
pub fn parse_number(text: &str) -> Option<f64> {
    let (neg, rest) = match text.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, text),
    };
    let (mantissa_text, exp_text) = match rest.find(['e', 'E']) {
        Some(i) => (rest.get(..i)?, Some(rest.get(i + 1..)?)),
        None => (rest, None),
    };
    let (int_part, frac_part) = mantissa_text.split_once('.').unwrap_or((mantissa_text, ""));
    if int_part.is_empty()
        || !int_part
            .bytes()
            .chain(frac_part.bytes())
            .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let mut exp: i32 = if let Some(exp_text) = exp_text {
        let (eneg, digits) = match exp_text.strip_prefix('-') {
            Some(d) => (true, d),
            None => (false, exp_text.strip_prefix('+').unwrap_or(exp_text)),
        };
        if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let e = digits
            .bytes()
            .fold(0i32, |acc, b| acc * 10 + i32::from(b - b'0'));
        if eneg {
            -e
        } else {
            e
        }
    } else {
        0
    };
    let mut mantissa: u64 = 0;
    for b in int_part.bytes().chain(frac_part.bytes()) {
        if mantissa < 1_000_000_000_000_000_000 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
        } else {
            exp += 1; // digits past 19 only scale
        }
    }
    exp -= i32::try_from(frac_part.len()).ok()?;
    let magnitude = if exp >= 0 {
        mantissa as f64 * 10f64.powi(exp)
    } else {
        mantissa as f64 / 10f64.powi(-exp)
    };
    Some(if neg { -magnitude } else { magnitude })
}

/// Writes `s` as a JSON string literal.
pub fn write_json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Parses JSON text (as produced by `JSON.stringify`) into a [`Value`] that borrows from it.
pub fn parse(text: &str) -> Result<Value<'_>> {
    let mut p = Parser {
        text,
        s: text.as_bytes(),
        i: 0,
    };
    let v = p.value(0)?;
    p.ws();
    if p.i != p.s.len() {
        return Err(p.err("trailing characters"));
    }
    Ok(v)
}

struct Parser<'a> {
    text: &'a str,
    s: &'a [u8],
    i: usize,
}

impl<'a> Parser<'a> {
    fn err(&self, what: &str) -> Error {
        Error::validation(format!("invalid JSON at offset {}: {what}", self.i))
    }

    // The small helpers are forced inline: at opt-level "z" they stayed calls, and a profile of `buildSrc` in
    // Node showed peek/ws/eat as a tenth of the whole call.
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    #[inline(always)]
    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.i += 1;
        }
    }

    #[inline(always)]
    fn eat(&mut self, lit: &str) -> Result<()> {
        if self.s.get(self.i..self.i + lit.len()) == Some(lit.as_bytes()) {
            self.i += lit.len();
            Ok(())
        } else {
            Err(self.err("unexpected token"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value<'a>> {
        if depth > MAX_DEPTH {
            return Err(Error::validation(format!(
                "options are nested more than {MAX_DEPTH} levels deep"
            )));
        }
        self.ws();
        match self.peek() {
            Some(b'n') => self.eat("null").map(|_| Value::Null),
            Some(b't') => self.eat("true").map(|_| Value::Bool(true)),
            Some(b'f') => self.eat("false").map(|_| Value::Bool(false)),
            Some(b'"') => self.string().map(Value::Str),
            Some(b'[') => {
                self.i += 1;
                self.ws();
                if self.peek() == Some(b']') {
                    self.i += 1;
                    return Ok(Value::Arr(Vec::new()));
                }
                // Room for a few items up front: growing from empty costs a reallocation per doubling.
                let mut items = Vec::with_capacity(4);
                loop {
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    match self.peek() {
                        Some(b',') => self.i += 1,
                        Some(b']') => {
                            self.i += 1;
                            return Ok(Value::Arr(items));
                        }
                        _ => return Err(self.err("expected , or ]")),
                    }
                }
            }
            Some(b'{') => {
                self.i += 1;
                self.ws();
                if self.peek() == Some(b'}') {
                    self.i += 1;
                    return Ok(Value::Obj(Vec::new()));
                }
                let mut entries = Vec::with_capacity(4);
                loop {
                    self.ws();
                    if self.peek() != Some(b'"') {
                        return Err(self.err("expected a key"));
                    }
                    let k = self.string()?;
                    self.ws();
                    self.eat(":")?;
                    let v = self.value(depth + 1)?;
                    // A repeated key (impossible from JSON.stringify) keeps the last value in the first key's
                    // place, as JSON.parse does.
                    match entries
                        .iter_mut()
                        .find(|(e, _): &&mut (Cow<'a, str>, Value<'a>)| *e == k)
                    {
                        Some(entry) => entry.1 = v,
                        None => entries.push((k, v)),
                    }
                    self.ws();
                    match self.peek() {
                        Some(b',') => self.i += 1,
                        Some(b'}') => {
                            self.i += 1;
                            return Ok(Value::Obj(entries));
                        }
                        _ => return Err(self.err("expected , or }")),
                    }
                }
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.err("unexpected token")),
        }
    }

    fn number(&mut self) -> Result<Value<'a>> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        let digits = |p: &mut Self| {
            let s = p.i;
            while matches!(p.peek(), Some(b'0'..=b'9')) {
                p.i += 1;
            }
            p.i > s
        };
        let int_start = self.i;
        if !digits(self) {
            return Err(self.err("expected digits"));
        }
        // JSON (and JSON.parse) allow no leading zero: `0` alone, or `0.5`, but not `01`.
        if self.i - int_start > 1 && self.s.get(int_start) == Some(&b'0') {
            return Err(self.err("leading zero"));
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if !digits(self) {
                return Err(self.err("expected digits"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if !digits(self) {
                return Err(self.err("expected digits"));
            }
        }
        // Digits, signs, `.` and exponents are ASCII, so the slice is on character boundaries.
        Ok(Value::Num(Cow::Borrowed(
            self.text.get(start..self.i).unwrap_or_default(),
        )))
    }

    fn hex4(&mut self) -> Result<u32> {
        let mut n = 0u32;
        for _ in 0..4 {
            let d = self
                .peek()
                .and_then(|c| (c as char).to_digit(16))
                .ok_or_else(|| self.err("bad \\u escape"))?;
            n = n * 16 + d;
            self.i += 1;
        }
        Ok(n)
    }

    fn string(&mut self) -> Result<Cow<'a, str>> {
        self.i += 1; // opening quote
                     // Fast path: a string without escapes or control characters is borrowed as it is. One byte loop (not
                     // `position` + `all`, which stay calls at opt-level "z") finds its end.
        let start = self.i;
        let mut end = start;
        while let Some(&b) = self.s.get(end) {
            if b == b'"' {
                if let Some(plain) = self.text.get(start..end) {
                    self.i = end + 1;
                    return Ok(Cow::Borrowed(plain));
                }
                break;
            }
            if b == b'\\' || b < 0x20 {
                break;
            }
            end += 1;
        }
        let mut out = Vec::new();
        loop {
            let c = self.peek().ok_or_else(|| self.err("unterminated string"))?;
            self.i += 1;
            match c {
                b'"' => break,
                b'\\' => {
                    let e = self.peek().ok_or_else(|| self.err("unterminated escape"))?;
                    self.i += 1;
                    let ch = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi)
                                && self.s.get(self.i..self.i + 2) == Some(b"\\u")
                            {
                                let save = self.i;
                                self.i += 2;
                                let lo = self.hex4()?;
                                if (0xDC00..0xE000).contains(&lo) {
                                    0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                                } else {
                                    self.i = save;
                                    0xFFFD
                                }
                            } else {
                                hi
                            };
                            // A lone surrogate (legal in JS strings) becomes U+FFFD, as TextEncoder does.
                            char::from_u32(code).unwrap_or('\u{FFFD}')
                        }
                        _ => return Err(self.err("bad escape")),
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                // A raw control character inside a string is not JSON (JSON.stringify escapes them all).
                c if c < 0x20 => return Err(self.err("control character in a string")),
                c => out.push(c),
            }
        }
        String::from_utf8(out)
            .map(Cow::Owned)
            .map_err(|_| self.err("invalid UTF-8"))
    }
}

#[cfg(test)]
mod tests {
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
    }
}
