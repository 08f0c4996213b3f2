//! `parseUrl(url, {urlEndpoint?})`: an ImageKit URL read back into the options `buildSrc` takes —
//! `{urlEndpoint, src, transformation, transformationPosition, queryParameters, signature}` — so that it can be
//! changed and built again (`transformUrl`) or its signature checked (`verifyUrl`).
//!
//! Both forms are read, and both together (the path's `tr:` steps first, then the query's `tr`). Where a URL can be
//! read more than one way (does the query `tr` end at the next `&`? are the other parameters an object or the
//! `src`'s own query?), each reading is built again with `buildSrc` and the one that rebuilds the URL exactly is
//! kept. That is what makes `buildSrc(parseUrl(buildSrc(x)))` equal `buildSrc(x)`. Every URL text is kept as it
//! stands (percent-escapes and all), since the builder leaves a well-formed `%XX` alone.

use super::escape::{push_encoded, PATH};
use super::parse_layers::percent_decode;
use super::parse_query::{
    cut_tr, only_raw, path_tr_readings, query_object, quote_plus_form, Extent, ParamsAs, READINGS,
};
use super::parse_steps::read_steps;
use super::parse_values::{js_number_text, Level};
use super::split::{js_path_segments, parse_absolute, trim_c0};
use crate::config::ClientConfig;
use crate::error::{Error, Result};
use crate::json::Value;

/// The host whose first path segment is the account's URL-endpoint id (`https://ik.imagekit.io/<id>`).
const IMAGEKIT_HOST: &str = "ik.imagekit.io";

/// `ik-t` / `ik-s` as found at the end of a URL's query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SignatureParams<'a> {
    /// The `ik-t` text, when there is one.
    pub expiry: Option<&'a str>,
    pub signature: &'a str,
}

/// A URL cut the way the signature sees it: `main` is what was signed (with the endpoint still in front), the
/// signature parameters, and the fragment after them.
pub(crate) struct SignedCut<'a> {
    pub main: &'a str,
    pub signature: Option<SignatureParams<'a>>,
    pub fragment: Option<&'a str>,
}

/// Cuts off the fragment and the trailing `ik-t=…&ik-s=…` (or `ik-s=…`) parameters our signing appends.
pub(crate) fn cut_signature(url: &str) -> SignedCut<'_> {
    let (before, fragment) = match url.split_once('#') {
        Some((b, f)) => (b, Some(f)),
        None => (url, None),
    };
    let mut cut = SignedCut {
        main: before,
        signature: None,
        fragment,
    };
    let Some(q) = before.find('?') else {
        return cut;
    };
    // The last parameter must be `ik-s=`, and the one before it may be `ik-t=`.
    let last_sep = before.rfind('&').filter(|&i| i > q).unwrap_or(q);
    let Some(signature) = before
        .get(last_sep + 1..)
        .and_then(|p| p.strip_prefix("ik-s="))
    else {
        return cut;
    };
    let mut start = last_sep;
    let mut expiry = None;
    if let Some(head) = before.get(..last_sep) {
        let sep = head.rfind('&').filter(|&i| i > q).unwrap_or(q);
        if let Some(t) = head.get(sep + 1..).and_then(|p| p.strip_prefix("ik-t=")) {
            expiry = Some(t);
            start = sep;
        }
    }
    cut.main = before.get(..start).unwrap_or(before);
    cut.signature = Some(SignatureParams { expiry, signature });
    cut
}

/// `urlEndpoint` as `buildSrc` emits it (normalized origin, then its path's segments, no trailing `/`).
pub(crate) fn endpoint_prefix(endpoint: &str) -> Option<String> {
    let ep = parse_absolute(trim_c0(endpoint))?;
    let mut out = ep.origin;
    for seg in js_path_segments(ep.path).0 {
        out.push('/');
        push_encoded(&mut out, seg, PATH);
    }
    Some(out)
}

/// The endpoint `url` (origin + path, as text) sits under: the caller's when it does, else the ImageKit host and
/// its first path segment, else the bare origin. Returns the prefix and the rest of the path after it.
pub(crate) fn split_endpoint<'u>(
    origin: &str,
    path: &'u str,
    given: Option<&str>,
) -> Result<(String, &'u str)> {
    if let Some(given) = given {
        let prefix = endpoint_prefix(given).ok_or_else(|| {
            Error::validation(format!(
                "urlEndpoint must be an http(s) URL, got \"{given}\""
            ))
        })?;
        let path_part = prefix
            .strip_prefix(origin)
            .filter(|p| p.is_empty() || p.starts_with('/'));
        if let Some(rest) = path_part.and_then(|p| path.strip_prefix(p)) {
            if rest.is_empty() || rest.starts_with('/') {
                return Ok((prefix, rest));
            }
        }
    }
    let host =
        crate::ascii::split_once(origin, b':').map_or("", |(_, h)| h.trim_start_matches('/'));
    if host == IMAGEKIT_HOST {
        if let Some((id, _)) = path.strip_prefix('/').and_then(|p| p.split_once('/')) {
            if !id.is_empty() && !id.starts_with("tr:") {
                let rest = path.get(1 + id.len()..).unwrap_or("");
                return Ok((format!("{origin}/{id}"), rest));
            }
        }
    }
    Ok((origin.to_string(), path))
}

/// The signature parameters of a parsed URL.
pub(crate) struct Signature {
    /// The `ik-t` text, when there is one.
    pub expiry: Option<String>,
}

/// A parsed URL: the options object (with `signature`), and its signature parameters.
pub(crate) struct Parsed {
    pub value: Value<'static>,
    pub signature: Option<Signature>,
}

/// Reads `url` (see the module comment); a `ValidationError` only for a string that is not an http(s) URL (or a
/// `urlEndpoint` that is not one).
pub(crate) fn parse(url: &str, endpoint: Option<&str>) -> Result<Parsed> {
    let url = trim_c0(url);
    let cut = cut_signature(url);
    let parts = parse_absolute(cut.main)
        .ok_or_else(|| Error::validation(format!("parseUrl: not an http(s) URL: \"{url}\"")))?;
    let (prefix, rest) = split_endpoint(&parts.origin, parts.path, endpoint)?;
    let fragment = cut.fragment.map(|f| format!("#{f}")).unwrap_or_default();
    let query = parts.query.unwrap_or("");
    let signed = cut.signature.is_some();
    let signer = signed.then(throwaway_signer).flatten();
    let rebuilds_url = |candidate: &Value| {
        rebuilt(candidate, signer.as_ref()).is_some_and(|u| {
            let again = cut_signature(&u);
            (again.main, again.fragment) == (cut.main, cut.fragment)
        })
    };
    let mut first: Option<Value<'static>> = None;
    let mut structured = false;
    for (tr_path, file) in path_tr_readings(rest) {
        let file = if file.is_empty() { "/" } else { file };
        let path_steps = tr_path.map(|t| read_steps(t, Level::Path, 0));
        for &(extent, decode) in READINGS {
            let (tr, others) = match extent {
                Extent::Ignored => (None, query.to_string()),
                _ => cut_tr(query, extent != Extent::NextParam),
            };
            let tr = match (extent, tr, cut.fragment) {
                (Extent::NextParam, tr, _) => tr.map(str::to_string),
                (Extent::End, Some(t), _) if t.contains('&') => Some(t.to_string()),
                (Extent::Fragment, Some(t), Some(f)) if !signed => Some(format!("{t}#{f}")),
                // With a path transformation, a query `tr` is read as its next steps (both forms together).
                (Extent::Ignored, _, _)
                    if tr_path.is_none() && cut_tr(query, false).0.is_some() =>
                {
                    None
                }
                _ => continue,
            };
            let quoted = tr.as_deref().is_some_and(quote_plus_form);
            // The last-resort readings (undecoded; not a transformation at all) only when the first one gave
            // nothing but raw text: `https%3A%2F%2F` may be a value, `w-400%2Ch-300` is `ik.url()`'s transformation
            // (which buildSrc never writes back encoded).
            if (!decode && !quoted) || (structured && (!decode || extent == Extent::Ignored)) {
                continue;
            }
            let tr = match tr {
                Some(t) if decode && quoted => Some(percent_decode(&t, true).unwrap_or(t)),
                other => other,
            };
            let query_steps = tr.map(|t| read_steps(&t, Level::Query, 0));
            if decode && extent == Extent::NextParam {
                structured = query_steps.as_ref().is_some_and(|q| !only_raw(q));
            }
            let fragment = if extent == Extent::Fragment {
                ""
            } else {
                fragment.as_str()
            };
            let mut steps = match &path_steps {
                Some(Value::Arr(s)) => s.clone(),
                _ => Vec::new(),
            };
            if let Some(Value::Arr(q)) = query_steps {
                steps.extend(q);
            }
            for params_as in [ParamsAs::Object, ParamsAs::InSrc] {
                let (object, src) = match params_as {
                    ParamsAs::Object => match query_object(&others) {
                        Some(o) => (o, format!("{file}{fragment}")),
                        None => continue,
                    },
                    // An empty query (`a.jpg?`) is kept by buildSrc, so it is a reading too.
                    ParamsAs::InSrc if others.is_empty() && parts.query != Some("") => continue,
                    ParamsAs::InSrc => {
                        (Value::Obj(Vec::new()), format!("{file}?{others}{fragment}"))
                    }
                };
                let position = if tr_path.is_some() { "path" } else { "query" };
                let candidate = Value::object(vec![
                    ("urlEndpoint".into(), Value::string(prefix.clone())),
                    ("src".into(), Value::string(src)),
                    ("transformation".into(), Value::Arr(steps.clone())),
                    ("transformationPosition".into(), Value::string(position)),
                    ("queryParameters".into(), object),
                ]);
                if rebuilds_url(&candidate) {
                    return Ok(finish(candidate, &cut));
                }
                first.get_or_insert(candidate);
            }
        }
    }
    Ok(finish(first.unwrap_or(Value::Null), &cut))
}

/// A client with a throw-away key, to build a candidate the way a signed URL was built.
fn throwaway_signer() -> Option<ClientConfig> {
    let options = Value::object(vec![("privateKey".into(), Value::string("parseUrl"))]);
    ClientConfig::from_value(&options).ok()
}

/// The URL `buildSrc` makes of `candidate`; with `signer`, signed (the signature itself does not matter, but
/// `buildSrc` encodes a `#` in the query `tr` only when it signs).
fn rebuilt(candidate: &Value, signer: Option<&ClientConfig>) -> Option<String> {
    match (signer, candidate) {
        (Some(c), Value::Obj(entries)) => {
            let mut signed = entries.clone();
            signed.push(("signed".into(), Value::Bool(true)));
            super::client_build_src(c, &Value::Obj(signed), 0).ok()
        }
        _ => super::build_src(candidate).ok(),
    }
}

/// The result object: the chosen reading and the signature.
fn finish(mut value: Value<'static>, cut: &SignedCut<'_>) -> Parsed {
    let signature = match &cut.signature {
        Some(s) => Value::object(vec![
            (
                "expiresAt".into(),
                match s.expiry {
                    Some(t) if js_number_text(t) => Value::number(t),
                    _ => Value::Null,
                },
            ),
            ("signature".into(), Value::string(s.signature)),
        ]),
        None => Value::Null,
    };
    if let Value::Obj(entries) = &mut value {
        entries.push(("signature".into(), signature));
    }
    Parsed {
        value,
        signature: cut.signature.as_ref().map(|s| Signature {
            expiry: s.expiry.map(str::to_string),
        }),
    }
}

/// `parseUrl(url, {urlEndpoint?})` → the options object described in the module comment.
pub fn parse_url(url: &str, endpoint: Option<&str>) -> Result<Value<'static>> {
    parse(url, endpoint).map(|p| p.value)
}

/// [`parse_url`] with its options object; `default_endpoint` (the client's) applies when it gives none.
pub fn parse_url_options(
    url: &str,
    options: &Value,
    default_endpoint: Option<&str>,
) -> Result<Value<'static>> {
    let o = crate::options::Options::new(options, "parseUrl options", &["urlEndpoint"])?;
    parse_url(url, o.str("urlEndpoint")?.or(default_endpoint))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(url: &str) -> String {
        parse_url(url, None).unwrap().to_json()
    }

    #[test]
    fn both_forms_and_both_together() {
        assert_eq!(
            parsed("https://ik.imagekit.io/demo/tr:w-300,h-200/folder/a.jpg"),
            r#"{"urlEndpoint":"https://ik.imagekit.io/demo","src":"/folder/a.jpg","transformation":[{"width":300,"height":200}],"transformationPosition":"path","queryParameters":{},"signature":null}"#
        );
        assert_eq!(
            parsed("https://ik.imagekit.io/demo/a.jpg?v=1&tr=w-300:e-grayscale"),
            r#"{"urlEndpoint":"https://ik.imagekit.io/demo","src":"/a.jpg","transformation":[{"width":300},{"grayscale":true}],"transformationPosition":"query","queryParameters":{"v":"1"},"signature":null}"#
        );
        assert_eq!(
            parsed("https://ik.imagekit.io/demo/tr:w-300/a.jpg?tr=rt-90"),
            r#"{"urlEndpoint":"https://ik.imagekit.io/demo","src":"/a.jpg","transformation":[{"width":300},{"rotation":90}],"transformationPosition":"path","queryParameters":{},"signature":null}"#
        );
        // ik.url()'s quote_plus query form.
        assert_eq!(
            parse_url(
                "https://ik.imagekit.io/demo/a.jpg?tr=h-300%2Cw-400%3Art-90",
                None
            )
            .unwrap()
            .get("transformation")
            .unwrap()
            .to_json(),
            r#"[{"height":300,"width":400},{"rotation":90}]"#
        );
    }

    #[test]
    fn endpoints_and_signatures() {
        let v = parse_url(
            "https://img.example.com/shop/tr:w-1/a.jpg?ik-t=1700000000&ik-s=abc#top",
            Some("https://img.example.com/shop/"),
        )
        .unwrap();
        assert_eq!(
            v.to_json(),
            r#"{"urlEndpoint":"https://img.example.com/shop","src":"/a.jpg#top","transformation":[{"width":1}],"transformationPosition":"path","queryParameters":{},"signature":{"expiresAt":1700000000,"signature":"abc"}}"#
        );
        assert_eq!(
            parsed("https://img.example.com/shop/a.jpg?ik-s=abc"),
            r#"{"urlEndpoint":"https://img.example.com","src":"/shop/a.jpg","transformation":[],"transformationPosition":"query","queryParameters":{},"signature":{"expiresAt":null,"signature":"abc"}}"#
        );
        // An endpoint the URL is not under is not used.
        assert_eq!(
            parse_url("https://ik.imagekit.io/demo/a.jpg", Some("https://x.io/y"))
                .unwrap()
                .get("urlEndpoint")
                .unwrap()
                .to_json(),
            r#""https://ik.imagekit.io/demo""#
        );
    }

    #[test]
    fn query_readings_that_rebuild() {
        // An empty query stays in `src`, as buildSrc keeps it (found by the round-trip proptest).
        let v = parse_url("https://ik.imagekit.io/demo/a.jpg?", None).unwrap();
        assert_eq!(v.get("src").unwrap().as_str(), Some("/a.jpg?"));
        assert_eq!(
            super::super::build_src(&v).unwrap(),
            "https://ik.imagekit.io/demo/a.jpg?"
        );
        // A `tr` value holding `&` (buildSrc writes it raw, last): the reading to the end rebuilds the URL.
        let v = parse_url("https://e.io/a.jpg?tr=n-a&b", None).unwrap();
        assert_eq!(
            v.get("transformation").unwrap().to_json(),
            r#"[{"named":"a&b"}]"#
        );
        // A query that `URLSearchParams` would rewrite stays in `src`.
        let v = parse_url("https://e.io/a.jpg?flag&tr=w-1", None).unwrap();
        assert_eq!(v.get("src").unwrap().to_json(), r#""/a.jpg?flag""#);
        // Found by the core fuzzer (fuzz/): a source query's own `tr` that merely holds `%3A` is a parameter, and a last
        // segment named `tr:…` is a file.
        let v = parse_url("https://other.example/a?a=b&tr=https%3A%2F%2F&c=d", None).unwrap();
        assert_eq!(
            v.get("queryParameters").unwrap().to_json(),
            r#"{"a":"b","tr":"https://","c":"d"}"#
        );
        assert_eq!(v.get("transformation").unwrap().to_json(), "[]");
        let v = parse_url("https://other.example/tr:x?a=b", None).unwrap();
        assert_eq!(v.get("src").unwrap().to_json(), r#""/tr:x""#);
        // JS would put `9` first in an object.
        let v = parse_url("https://e.io/a.jpg?x=1&9=2", None).unwrap();
        assert_eq!(v.get("src").unwrap().to_json(), r#""/a.jpg?x=1&9=2""#);
    }

    #[test]
    fn not_urls_are_validation_errors() {
        for bad in ["", "a.jpg", "ftp://x/y", "https://", "https://a b/"] {
            let e = parse_url(bad, None).unwrap_err();
            assert_eq!(e.class_name(), "ValidationError", "{bad}");
        }
        assert!(parse_url("https://e.io/a", Some("nope")).is_err());
    }
}
