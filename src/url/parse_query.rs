//! How `parseUrl` may cut a URL's path and query (`parse.rs` tries these readings in turn and keeps the one that
//! rebuilds the URL exactly): where the path's `tr:` segment ends, where the query's `tr` ends and whether it is
//! `quote_plus`-encoded, and whether the other parameters can be a `queryParameters` object.

use super::parse_layers::percent_decode;
use crate::json::Value;

/// The ways the path's `tr:` segment may end, best first: at the first `/` (as ImageKit reads it), or, for a
/// transformation text that itself holds `/` (which `buildSrc` writes as it stands), at one of the next few;
/// or, as the last segment, not a transformation at all. Each is `(transformation text, the file path after it)`.
pub(super) fn path_tr_readings(rest: &str) -> Vec<(Option<&str>, &str)> {
    let Some(t) = rest.strip_prefix("/tr:") else {
        return vec![(None, rest)];
    };
    let mut out: Vec<(Option<&str>, &str)> = t
        .match_indices('/')
        .take(4)
        .map(|(i, _)| (t.get(..i), t.get(i..).unwrap_or("")))
        .collect();
    if out.len() < 4 {
        out.push((Some(t), ""));
    }
    // Last: a last segment that is a file named `tr:…` (buildSrc never writes a transformation with no file after).
    if !t.contains('/') {
        out.push((None, rest));
    }
    out
}

/// Where the query's `tr` value ends.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Extent {
    /// At the next `&` (as a server reads it).
    NextParam,
    /// At the end of the query: `buildSrc` writes `tr` last and leaves an `&` in it as it is.
    End,
    /// Past a `#`: `buildSrc` leaves the first `#` of an unsigned `tr` raw, which makes the rest a fragment.
    Fragment,
    /// Not a transformation at all: a `tr` parameter of the source's own query (only without a path `tr:`).
    Ignored,
}

/// Whether `steps` read back to nothing but `raw` text.
pub(super) fn only_raw(steps: &Value) -> bool {
    match steps {
        Value::Arr(items) => items
            .iter()
            .all(|s| matches!(s, Value::Obj(e) if e.iter().all(|(k, _)| k == "raw"))),
        _ => true,
    }
}

/// The readings of the query tried in turn: where `tr` ends, and whether a `quote_plus`-looking value is decoded
/// (undecoded, it may be a value that merely holds `%3A`).
pub(super) const READINGS: &[(Extent, bool)] = &[
    (Extent::NextParam, true),
    (Extent::NextParam, false),
    (Extent::End, true),
    (Extent::Fragment, true),
    (Extent::Ignored, true),
];

/// How the query's other parameters are given back.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum ParamsAs {
    /// As `queryParameters` (decoded, as `URLSearchParams` reads them).
    Object,
    /// Left in `src` as its own query text.
    InSrc,
}

/// The query's `tr` (if any) and the other parameters' text, with the `tr` value ending at the next `&`
/// (`to_end` false) or running to the end of the query (`buildSrc` always writes `tr` last, unencoded).
pub(super) fn cut_tr(query: &str, to_end: bool) -> (Option<&str>, String) {
    let at = if query.starts_with("tr=") {
        Some(0)
    } else {
        query
            .match_indices('&')
            .map(|(i, _)| i + 1)
            .find(|&i| query.get(i..).is_some_and(|p| p.starts_with("tr=")))
    };
    let Some(at) = at else {
        return (None, query.to_string());
    };
    let before = query.get(..at.saturating_sub(1)).unwrap_or("");
    let value_and_after = query.get(at + 3..).unwrap_or("");
    let (value, after) = if to_end {
        (value_and_after, "")
    } else {
        value_and_after
            .split_once('&')
            .unwrap_or((value_and_after, ""))
    };
    let others = match (before.is_empty(), after.is_empty()) {
        (_, true) => before.to_string(),
        (true, false) => after.to_string(),
        (false, false) => format!("{before}&{after}"),
    };
    (Some(value), others)
}

/// Whether a query `tr` looks like `ik.url()`'s, written as Python's `quote_plus` does (`w-400%2Ch-300`): escaped
/// separators and no raw ones. Such a value is read decoded first.
pub(super) fn quote_plus_form(value: &str) -> bool {
    let escaped_separator = value.as_bytes().windows(3).any(|w| match w {
        [b'%', b'2', c] => c.eq_ignore_ascii_case(&b'c'),
        [b'%', b'3', a] => a.eq_ignore_ascii_case(&b'a'),
        _ => false,
    });
    !value.contains([',', ':']) && escaped_separator
}

/// Whether JS orders `key` before the other keys of an object (an array index: `0`, `9`, `40`), which would
/// reorder the parameters.
fn js_index_key(key: &str) -> bool {
    !key.is_empty()
        && key.bytes().all(|b| b.is_ascii_digit())
        && (key == "0" || !key.starts_with('0'))
        && key.parse::<u64>().is_ok_and(|n| n < u64::from(u32::MAX))
}

/// `name=value` pairs decoded as `URLSearchParams` reads them; `None` when a JS object could not hold them in
/// order (a name repeats, or is an array index).
pub(super) fn query_object(text: &str) -> Option<Value<'static>> {
    let mut entries: Vec<(String, Value<'static>)> = Vec::new();
    for pair in text.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let name = percent_decode(name, true)?;
        if js_index_key(&name) || entries.iter().any(|(n, _)| *n == name) {
            return None;
        }
        entries.push((name, Value::string(percent_decode(value, true)?)));
    }
    Some(Value::object(entries))
}
