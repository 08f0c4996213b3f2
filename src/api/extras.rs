//! The headers and query a caller adds to requests (COMPAT §3, `@imagekit/nodejs` 7.11.0): the client's
//! `defaultHeaders` and `defaultQuery`, then each call's `headers` and `query` request options. Layers merge as
//! 7.x merges them: a later layer's key replaces an earlier one's in place (query: object spread; headers: by
//! case-insensitive name), a new key comes last, and a `null` header removes the header.

use crate::error::{Error, Result};
use crate::json::Value;

/// Header layers, first to last, merged into the headers sent (names lower-cased), as 7.x's `buildHeaders`: the
/// first row of a name in a layer drops what earlier layers gave it, later rows of that name in the same layer
/// append (`a, b`, as `Headers.append` joins them), and a `None` row removes the header.
pub fn merge_headers(layers: &[&[(String, Option<String>)]]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for layer in layers {
        let mut seen: Vec<String> = Vec::new();
        for (name, value) in layer.iter() {
            let name = name.to_ascii_lowercase();
            let at = out.iter().position(|(k, _)| *k == name);
            let first = !seen.contains(&name);
            if first {
                seen.push(name.clone());
            }
            match (at, value) {
                (Some(i), Some(v)) => {
                    if let Some(slot) = out.get_mut(i) {
                        if first {
                            slot.1 = v.clone();
                        } else {
                            slot.1 = format!("{}, {v}", slot.1);
                        }
                    }
                }
                (Some(i), None) => {
                    out.remove(i);
                }
                (None, Some(v)) => out.push((name, v.clone())),
                (None, None) => {}
            }
        }
    }
    out
}

/// Query layers, first to last, merged as `{...a, ...b}` merges objects.
pub fn merge_query(layers: &[&[(String, String)]]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for layer in layers {
        for (k, v) in layer.iter() {
            match out.iter_mut().find(|(key, _)| key == k) {
                Some(slot) => slot.1 = v.clone(),
                None => out.push((k.clone(), v.clone())),
            }
        }
    }
    out
}

/// Headers as 7.x takes them: an object (a value a string, number or boolean, an array of them, or `null` to
/// remove the header), or an array of `[name, value]` rows (what a `Headers` crosses as; a value may be an array
/// or `null` there too). An object's key replaces what the layer gave that name before (case-insensitively), so
/// it is written as a removal followed by its values; an array's rows of one name append.
pub fn header_pairs(v: &Value, what: &str) -> Result<Vec<(String, Option<String>)>> {
    let mut out = Vec::new();
    match v {
        Value::Arr(rows) => {
            for row in rows {
                let (name, value) = match row {
                    Value::Arr(cells) if cells.len() == 2 => match (cells.first(), cells.get(1)) {
                        (Some(Value::Str(n)), Some(value)) => (n.to_string(), value),
                        _ => {
                            return Err(Error::validation(format!(
                                "{what}: expected header name to be a string"
                            )))
                        }
                    },
                    _ => {
                        return Err(Error::validation(format!(
                            "{what} must be an object, a Headers or an array of [name, value] pairs"
                        )))
                    }
                };
                header_values(&name, value, what, &mut out)?;
            }
        }
        _ => {
            for (k, value) in entries(v, what)? {
                // 7.x clears a name only when a value comes (`{x: []}` leaves it as it was).
                if !matches!(value, Value::Arr(values) if values.is_empty()) {
                    out.push((k.to_string(), None));
                }
                header_values(k, value, what, &mut out)?;
            }
        }
    }
    Ok(out)
}

/// One header's value (or array of values, or `null`) as rows.
fn header_values(
    name: &str,
    value: &Value,
    what: &str,
    out: &mut Vec<(String, Option<String>)>,
) -> Result<()> {
    let one = |v: &Value| match v {
        Value::Null => Ok(None),
        Value::Str(_) | Value::Num(_) | Value::Bool(_) => Ok(Some(v.to_js_string())),
        other => Err(Error::validation(format!(
            "{what}.{name} must be a string or null, got {}",
            other.type_name()
        ))),
    };
    match value {
        Value::Arr(values) => {
            for v in values {
                out.push((name.to_string(), one(v)?));
            }
        }
        v => out.push((name.to_string(), one(v)?)),
    }
    Ok(())
}

/// An object of query parameters: strings, numbers, booleans, or `null` for an empty value (7.x's `key=`).
pub fn query_pairs(v: &Value, what: &str) -> Result<Vec<(String, String)>> {
    entries(v, what)?
        .iter()
        .map(|(k, v)| match v {
            Value::Null => Ok((k.to_string(), String::new())),
            Value::Str(_) | Value::Num(_) | Value::Bool(_) => Ok((k.to_string(), v.to_js_string())),
            other => Err(Error::validation(format!(
                "{what}.{k} must be a string, number, boolean or null, got {} (encode nested parameters as \
                 separate keys)",
                other.type_name()
            ))),
        })
        .collect()
}

fn entries<'v, 'a>(
    v: &'v Value<'a>,
    what: &str,
) -> Result<&'v [(std::borrow::Cow<'a, str>, Value<'a>)]> {
    match v {
        Value::Null => Ok(&[]),
        Value::Obj(entries) => Ok(entries),
        other => Err(Error::validation(format!(
            "{what} must be an object, got {}",
            other.type_name()
        ))),
    }
}

/// `IMAGE_KIT_CUSTOM_HEADERS` as 7.x reads it: one `name: value` a line, both trimmed; a line without a colon
/// is skipped.
pub fn custom_headers(text: &str) -> Vec<(String, Option<String>)> {
    text.split('\n')
        .filter_map(|line| {
            let (name, value) = line.split_once(':')?;
            Some((name.trim().to_string(), Some(value.trim().to_string())))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    fn h(pairs: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.map(str::to_string)))
            .collect()
    }

    fn q(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn headers_merge_by_name_and_null_removes() {
        let base = h(&[("authorization", Some("Basic x")), ("Accept", Some("a"))]);
        let defaults = h(&[("X-Team", Some("t")), ("accept", Some("b"))]);
        let call = h(&[("x-team", None), ("X-Call", Some("c")), ("gone", None)]);
        assert_eq!(
            merge_headers(&[&base, &defaults, &call]),
            q(&[
                ("authorization", "Basic x"),
                ("accept", "b"),
                ("x-call", "c")
            ])
        );
    }

    #[test]
    fn query_merges_as_spread() {
        let a = q(&[("path", "/a"), ("limit", "1")]);
        let b = q(&[("tag", "x"), ("path", "/b")]);
        assert_eq!(
            merge_query(&[&a, &b]),
            q(&[("path", "/b"), ("limit", "1"), ("tag", "x")])
        );
    }

    #[test]
    fn reads_objects() {
        let v = parse(r#"{"a":"1","b":2,"c":true,"d":null}"#).unwrap();
        assert_eq!(
            query_pairs(&v, "query").unwrap(),
            q(&[("a", "1"), ("b", "2"), ("c", "true"), ("d", "")])
        );
        // An object's key is a removal and then its value (it replaces; see `merge_headers`).
        assert_eq!(
            header_pairs(&v, "headers").unwrap(),
            h(&[
                ("a", None),
                ("a", Some("1")),
                ("b", None),
                ("b", Some("2")),
                ("c", None),
                ("c", Some("true")),
                ("d", None),
                ("d", None)
            ])
        );
        let bad = parse(r#"{"a":{"b":1}}"#).unwrap();
        assert_eq!(
            query_pairs(&bad, "request options.query").unwrap_err().message(),
            "request options.query.a must be a string, number, boolean or null, got object (encode nested parameters as separate keys)"
        );
        assert!(header_pairs(&parse("[1]").unwrap(), "headers").is_err());
        assert_eq!(query_pairs(&Value::Null, "q").unwrap(), vec![]);
    }

    #[test]
    fn headers_as_7x_builds_them() {
        let read = |text: &str| header_pairs(&parse(text).unwrap(), "headers").unwrap();
        // An array of pairs (a `Headers` crosses as one): rows of one name append; null removes.
        let rows = read(r#"[["X-A","1"],["x-a","2"],["x-b",["3","4"]],["x-c","5"],["x-c",null]]"#);
        assert_eq!(
            merge_headers(&[&rows]),
            q(&[("x-a", "1, 2"), ("x-b", "3, 4")])
        );
        // An object's keys replace, also when two spellings of a name meet; an array value appends.
        let obj = read(r#"{"X-A":"1","x-a":"2","x-b":["3","4"],"x-e":[]}"#);
        assert_eq!(merge_headers(&[&obj]), q(&[("x-a", "2"), ("x-b", "3, 4")]));
        // A later layer's first row of a name replaces an earlier layer's; an empty array leaves it.
        let base = h(&[
            ("x-a", Some("0")),
            ("x-e", Some("kept")),
            ("accept", Some("json")),
        ]);
        assert_eq!(
            merge_headers(&[&base, &rows, &obj]),
            q(&[
                ("x-e", "kept"),
                ("accept", "json"),
                ("x-a", "2"),
                ("x-b", "3, 4")
            ])
        );
        for bad in [
            r#"[["a"]]"#,
            r#"[[1,"a"]]"#,
            r#"["a"]"#,
            r#"{"a":{"b":1}}"#,
            r#"[["a",{}]]"#,
        ] {
            assert!(
                header_pairs(&parse(bad).unwrap(), "headers").is_err(),
                "{bad}"
            );
        }
    }

    #[test]
    fn custom_headers_from_the_environment() {
        assert_eq!(
            custom_headers("X-A: 1\n  x-b :two: three \nnot a header\n"),
            h(&[("X-A", Some("1")), ("x-b", Some("two: three"))])
        );
    }
}
