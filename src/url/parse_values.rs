//! The value rules `parseUrl`'s readers share (`parse_steps.rs` for steps, `parse_layers.rs` for layers, which
//! both import them and neither the other's helpers): where the text was read from, how a rebuilt piece is
//! encoded and compared, and how a value's text is typed back (`300` a number, `true` a flag).

use super::escape::{push_encoded, push_raw_tr, PATH};
use super::jsvalue::Values;
use super::transform::transformation_string;
use crate::json::Value;

/// Where the transformation text was read from, which decides how a rebuilt piece is percent-encoded before it
/// is compared with the text (`buildSrc` encodes the path `tr:` segment and the query `tr` differently).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Level {
    Path,
    Query,
}

/// `s` percent-encoded as `buildSrc` writes a transformation at `level`.
pub(crate) fn encoded(s: &str, level: Level) -> String {
    let mut out = String::with_capacity(s.len());
    match level {
        Level::Path => push_encoded(&mut out, s, PATH),
        Level::Query => push_raw_tr(&mut out, s, false),
    }
    out
}

/// Whether `steps` compile (with `buildSrc`'s rules, encoded for `level`) to exactly `text`.
pub(crate) fn rebuilds(steps: &Value, text: &str, level: Level) -> bool {
    transformation_string(steps, Values::Js).is_ok_and(|s| encoded(&s, level) == text)
}

/// Whether JavaScript prints the number `Number(s)` as exactly `s`: an integer or decimal without leading or
/// trailing zeros, at most 15 significant digits (which survive a double) and no exponent form (JS switches to
/// one below 1e-6 and from 1e21).
pub(crate) fn js_number_text(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !all_digits(int) || !all_digits(frac) || s == "-0" {
        return false;
    }
    if (int.len() > 1 && int.starts_with('0'))
        || (digits.contains('.') && !frac.ends_with(|c| c != '0'))
    {
        return false;
    }
    let leading_zeros = if int == "0" {
        frac.len() - frac.trim_start_matches('0').len()
    } else {
        0
    };
    let significant = if int == "0" {
        frac.len() - leading_zeros
    } else {
        int.len() + frac.len()
    };
    significant <= 15 && leading_zeros < 6
}

/// A path value as the caller wrote it: `@@` back to `/` (what `str::replace` does, without its substring
/// searcher, which costs the wasm its panic-formatting code).
pub(crate) fn unslash(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('@') {
        out.push_str(rest.get(..i).unwrap_or(""));
        let tail = rest.get(i..).unwrap_or("");
        rest = match tail.strip_prefix("@@") {
            Some(after) => {
                out.push('/');
                after
            }
            None => {
                out.push('@');
                tail.get(1..).unwrap_or("")
            }
        };
    }
    out.push_str(rest);
    out
}

/// The value a caller would most likely have written for URL text `s`: a boolean, a number, else the string.
pub(crate) fn typed(s: &str) -> Value<'static> {
    match s {
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        _ if js_number_text(s) => Value::number(s),
        _ => Value::string(s),
    }
}
