//! A small, strict JSON reader and writer for option objects.
//!
//! Why not serde: options cross from JS as the text of `JSON.stringify` (one boundary crossing instead of one per
//! property), and two things matter that serde would cost bytes for or lose: object keys keep their order
//! (transformation entries are emitted in the caller's key order) and numbers keep JavaScript's own spelling
//! (`1e+21`, `0.5`), so `String(value)` semantics of the JS SDKs come out exactly.
//! The reader never panics and bounds nesting, since a stack overflow would trap the wasm instance.

use std::borrow::Cow;

/// Deepest nesting accepted; option objects are a few levels deep.
pub(crate) const MAX_DEPTH: usize = 64;

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

/// Writes `s` as a JSON string literal. The runs between bytes that need escaping are copied whole, found eight
/// bytes at a time (`read::has_special`): pushing char by char was a fifth of `getResponsiveImageAttributes` in
/// wasm (its ~0.9 KB srcSet), the largest single cost of that call (issue #16).
pub fn write_json_string(s: &str, out: &mut String) {
    out.reserve(s.len() + 2);
    out.push('"');
    let bytes = s.as_bytes();
    // `plain` is where the run not yet copied starts. A byte that needs escaping is ASCII, so every cut made at
    // one falls on a char boundary.
    let (mut plain, mut i) = (0, 0);
    while let Some(&b) = bytes.get(i) {
        if let Some(word) = bytes.get(i..i + 8) {
            if !read::has_special(u64::from_le_bytes(word.try_into().unwrap_or([b'"'; 8]))) {
                i += 8;
                continue;
            }
        }
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1f => "",
            _ => {
                i += 1;
                continue;
            }
        };
        out.push_str(s.get(plain..i).unwrap_or_default());
        if escape.is_empty() {
            out.push_str(&format!("\\u{:04x}", b));
        } else {
            out.push_str(escape);
        }
        i += 1;
        plain = i;
    }
    out.push_str(s.get(plain..).unwrap_or_default());
    out.push('"');
}

mod read;
#[cfg(test)]
mod tests;

pub use read::{parse, parse_watching, Watch, Watched};
