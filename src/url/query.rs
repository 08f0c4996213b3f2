//! The query of an emitted URL, in each dialect: the source's own query, `queryParameters`, and `tr` when the
//! transformation goes in the query. The signature (appended after) and the fragment are the builder's.
//!
//! `@imagekit/javascript` appends parameters with `URLSearchParams` (which re-serializes the source's query once
//! it is touched) and adds `tr` raw. The seed (Python imagekitio 4.2.0) reads the query into a `dict` with
//! `parse_qsl` (blank values dropped, `+` and `%XX` decoded), updates it with `queryParameters` and `tr` (a key
//! already there keeps its place and takes the new value), and writes it back with `urlencode` (`quote_plus`).

use std::borrow::Cow;

use super::escape::{
    form_decode, push_encoded, push_form, push_quote_plus, push_raw_tr, push_reserialized_query,
    QUERY,
};
use super::jsvalue::{push_js_string, truthy};
use crate::error::{Error, Result};
use crate::json::Value;

/// `String(v)` of a `queryParameters` value; an object would be `[object Object]`, so it is refused.
fn parameter_text(key: &str, value: &Value, what: &str) -> Result<String> {
    if matches!(value, Value::Obj(_)) {
        return Err(Error::validation(format!(
            "{what}.queryParameters.{key} must be a string, number or boolean, got object"
        )));
    }
    let mut text = String::new();
    push_js_string(&mut text, value);
    Ok(text)
}

/// The `queryParameters` entries of an options object.
pub(crate) type Params<'a> = &'a [(Cow<'a, str>, Value<'a>)];

/// The `@imagekit/javascript` query, opened with `?`; true when anything was written. `what` names the options
/// in messages; `keep_hash`: see [`push_raw_tr`].
pub(crate) fn write_js_query(
    out: &mut String,
    query: Option<&str>,
    params: Params<'_>,
    tr: Option<&str>,
    what: &str,
    keep_hash: bool,
) -> Result<bool> {
    let query_start = out.len();
    out.push('?');
    let mut has_query = false;
    if let Some(q) = query.filter(|q| !q.is_empty()) {
        if !params.is_empty() {
            push_reserialized_query(out, q);
        } else {
            push_encoded(out, q, QUERY);
        }
        has_query = out.len() > query_start + 1;
    }
    for (key, value) in params {
        let text = parameter_text(key, value, what)?;
        if has_query {
            out.push('&');
        }
        has_query = true;
        push_form(out, key);
        out.push('=');
        push_form(out, &text);
    }
    if let Some(tr) = tr {
        if has_query {
            out.push('&');
        }
        has_query = true;
        out.push_str("tr=");
        push_raw_tr(out, tr, keep_hash);
    }
    // `new URL("…/a.jpg?").href` keeps the empty query, and `@imagekit/javascript` prints it when nothing
    // follows (a signature would; the caller passes `keep_hash` false then).
    let keep_empty = query.is_some() && keep_hash;
    if !(has_query || keep_empty) {
        out.truncate(query_start);
    }
    Ok(has_query)
}

/// Python's `dict(parse_qsl(query))`: `name=value` pairs split on `&`, a pair without `=` or with an empty value
/// dropped, `+` and `%XX` decoded (bad UTF-8 replaced), a repeated name keeping its first place and last value.
fn parse_qsl(query: &str) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    for pair in query.split('&') {
        let Some((name, value)) = pair.split_once('=') else {
            continue;
        };
        if value.is_empty() {
            continue;
        }
        set(&mut pairs, form_decode(name), form_decode(value));
    }
    pairs
}

/// A `dict` assignment: a name already there takes the new value in its place; a new name goes last.
fn set(pairs: &mut Vec<(String, String)>, name: String, value: String) {
    match pairs.iter_mut().find(|(n, _)| *n == name) {
        Some(slot) => slot.1 = value,
        None => pairs.push((name, value)),
    }
}

/// The seed's query, opened with `?` when not empty; true when anything was written. `ik-attachment` is written
/// in lower case when truthy, as the seed writes it.
pub(crate) fn write_seed_query(
    out: &mut String,
    query: Option<&str>,
    params: Params<'_>,
    tr: Option<&str>,
    what: &str,
) -> Result<bool> {
    let mut pairs = query.map(parse_qsl).unwrap_or_default();
    for (key, value) in params {
        let mut text = parameter_text(key, value, what)?;
        if key == "ik-attachment" && truthy(value) {
            // ASCII only (Python's `lower()` also folds other letters): Unicode case tables would add ~9 KB of
            // wasm for a parameter whose values are `true`/a file name.
            text = text.to_ascii_lowercase();
        }
        set(&mut pairs, key.to_string(), text);
    }
    if let Some(tr) = tr {
        set(&mut pairs, "tr".into(), tr.to_string());
    }
    for (i, (name, value)) in pairs.iter().enumerate() {
        out.push(if i == 0 { '?' } else { '&' });
        push_quote_plus(out, name);
        out.push('=');
        push_quote_plus(out, value);
    }
    Ok(!pairs.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_qsl_as_python() {
        assert_eq!(
            parse_qsl("a=1&b&c=&a=2&d=x+y%20z&=v&e=%zz"),
            [
                ("a".to_string(), "2".to_string()),
                ("d".into(), "x y z".into()),
                ("".into(), "v".into()),
                ("e".into(), "%zz".into())
            ]
        );
    }
}
