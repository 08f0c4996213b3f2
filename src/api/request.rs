//! The request value every endpoint builds, and its URL.

use crate::encoding::percent_encode;
use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }
}

/// Which base URL a request goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Host {
    Api,
    Upload,
    /// The path is a whole URL (a raw call given one, as 7.x's `client.get("https://…")`).
    Absolute,
}

/// A request body. `Form` holds the text fields of a multipart upload; the file itself never enters wasm memory:
/// the transport appends the caller's `Blob`/bytes to the platform `FormData` as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Empty,
    Json(String),
    Form(Vec<(String, String)>),
}

/// One API call, ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiRequest {
    pub method: Method,
    pub host: Host,
    /// The path, each dynamic segment already percent-encoded.
    pub path: String,
    /// Query pairs, unencoded (encoded by [`ApiRequest::url`]).
    pub query: Vec<(String, String)>,
    pub body: Body,
    /// Bulk calls answer 207 for partial success (`PartialSuccessError`).
    pub bulk: bool,
    /// False when the request carries a one-shot token (client-side upload): it must not be retried.
    pub retryable: bool,
    /// False for client-side uploads, which authenticate with `publicKey` + signature fields instead.
    pub basic_auth: bool,
    /// A raw call of 7.x (`client.get(path, …)`): its `query` holds the path's own parameters, which come first
    /// and under `defaultQuery` (7.x's `{...pathQuery, ...defaultQuery, ...query}`), and a success body that is
    /// not JSON resolves as its text.
    pub raw: bool,
}

impl ApiRequest {
    pub fn new(method: Method, path: impl Into<String>) -> Self {
        ApiRequest {
            method,
            host: Host::Api,
            path: path.into(),
            query: Vec::new(),
            body: Body::Empty,
            bulk: false,
            retryable: true,
            basic_auth: true,
            raw: false,
        }
    }

    /// The full URL against the client's base URLs (given without a trailing slash).
    pub fn url(&self, api_base: &str, upload_base: &str) -> String {
        let base = match self.host {
            Host::Api => api_base,
            Host::Upload => upload_base,
            Host::Absolute => "",
        };
        let mut url = format!("{base}{}", self.path);
        for (i, (k, v)) in self.query.iter().enumerate() {
            url.push(if i == 0 { '?' } else { '&' });
            url.push_str(&encode_query(k));
            url.push('=');
            url.push_str(&encode_query(v));
        }
        url
    }
}

impl Method {
    /// A method name in any case (`get`, `POST`, …), as 7.x's raw calls name them.
    pub fn parse(name: &str) -> Option<Method> {
        [
            Method::Get,
            Method::Post,
            Method::Put,
            Method::Patch,
            Method::Delete,
        ]
        .into_iter()
        .find(|m| m.as_str().eq_ignore_ascii_case(name))
    }
}

/// A raw call of 7.x (`client.get(path, {query, body, headers})`), for endpoints the SDK has no method for: `path`
/// is under the API base (a leading `/` added when missing) unless it is a whole http(s) URL; `body` goes as JSON.
/// A `?` in `path` starts its own query, read as `URLSearchParams` reads one (`+` a space, a key given again keeps
/// its first place and its last value, as `Object.fromEntries` leaves them) and sent again with the others; a `#`
/// and what follows are not sent (as `fetch` drops a fragment). The request options' query and headers are merged
/// by `extras`.
pub fn raw(
    method: &str,
    path: &str,
    body: Option<&crate::json::Value>,
) -> crate::error::Result<ApiRequest> {
    let method = Method::parse(method).ok_or_else(|| {
        crate::error::Error::validation(format!("unknown HTTP method `{method}`"))
    })?;
    if path.is_empty() {
        return Err(crate::error::Error::validation("path is required"));
    }
    let path = path.split_once('#').map_or(path, |(p, _)| p);
    let (path, search) = path.split_once('?').unwrap_or((path, ""));
    let lower = path.get(..8).unwrap_or(path).to_ascii_lowercase();
    let absolute = lower.starts_with("https://") || lower.starts_with("http://");
    let mut r = if absolute || path.starts_with('/') {
        ApiRequest::new(method, path)
    } else {
        ApiRequest::new(method, format!("/{path}"))
    };
    if absolute {
        r.host = Host::Absolute;
    }
    r.raw = true;
    let pairs: Vec<(String, String)> = crate::url::form_pairs(search).collect();
    r.query = super::extras::merge_query(&[&pairs]);
    if let Some(b) = body.filter(|b| !b.is_null()) {
        r.body = Body::Json(b.to_json());
    }
    Ok(r)
}

/// Percent-encodes one path segment: everything but unreserved characters. An id goes through [`id_segment`].
pub fn segment(s: &str) -> String {
    percent_encode(s, |b| b.is_ascii_alphanumeric() || b"-_.~".contains(&b))
}

/// An id (named `name` in messages) as one path segment: [`segment`], refusing what would not stay one.
///
/// An id whose segment would read as a dot segment is a `ValidationError` (SPEC §5): every runtime's URL parser
/// resolves `.` and `..` (also spelled `%2e`), so `deleteFileVersion(id, "..")` would send
/// `DELETE /v1/files/<id>/` and `deleteFile("..")` `DELETE /v1/`. No encoding keeps them inside their segment
/// (`.` is unreserved, and `%2E` resolves too), so refusing is the only safe answer. The check is on the encoded
/// segment, the text the URL parser sees, so it holds whatever the encoding leaves as it is.
pub fn id_segment(id: &str, name: &str) -> Result<String> {
    let encoded = segment(id);
    if is_dot_segment(&encoded) {
        return Err(Error::validation(format!(
            "{name} must not be \".\" or \"..\": the URL would leave its path segment"
        )));
    }
    Ok(encoded)
}

/// Whether a path segment is a WHATWG URL "single-dot" or "double-dot" segment: `.`, `..`, with any dot written
/// `%2e` or `%2E`.
fn is_dot_segment(segment: &str) -> bool {
    let mut rest = segment.as_bytes();
    let mut dots = 0;
    while !rest.is_empty() {
        rest = match rest {
            [b'.', tail @ ..] => tail,
            [b'%', b'2', b'e' | b'E', tail @ ..] => tail,
            _ => return false,
        };
        dots += 1;
    }
    dots == 1 || dots == 2
}

/// Percent-encodes a query key or value (as `URLSearchParams` would, but with `%20` for space).
pub fn encode_query(s: &str) -> String {
    percent_encode(s, |b| b.is_ascii_alphanumeric() || b"-_.~*".contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_urls() {
        let mut r = ApiRequest::new(
            Method::Get,
            format!("/v1/files/{}/details", segment("a b/c?")),
        );
        assert_eq!(
            r.url("https://api.imagekit.io", "https://upload.imagekit.io"),
            "https://api.imagekit.io/v1/files/a%20b%2Fc%3F/details"
        );
        r.query = vec![
            ("searchQuery".into(), "name = \"a&b\"".into()),
            ("limit".into(), "10".into()),
        ];
        assert_eq!(
            r.url("http://127.0.0.1:9", ""),
            "http://127.0.0.1:9/v1/files/a%20b%2Fc%3F/details?searchQuery=name%20%3D%20%22a%26b%22&limit=10"
        );
        r.host = Host::Upload;
        r.query.clear();
        assert_eq!(
            r.url("a", "https://up"),
            "https://up/v1/files/a%20b%2Fc%3F/details"
        );
        assert_eq!(Method::Patch.as_str(), "PATCH");
    }

    #[test]
    fn dot_segments_are_refused() {
        for id in [".", "..", "%2e", "%2E%2e", ".%2E", "%2e."] {
            let what = format!("{id:?}");
            if id.contains('%') {
                // `%` is encoded, so the caller's `%2e` is sent as `%252e`: a plain segment.
                let seg = id_segment(id, "fileId").unwrap();
                assert!(
                    seg.contains("%252") && !is_dot_segment(&seg),
                    "{what} → {seg}"
                );
            } else {
                let e = id_segment(id, "versionId").unwrap_err();
                assert_eq!(e.class_name(), "ValidationError", "{what}");
                assert!(e.message().starts_with("versionId must not be"), "{what}");
            }
        }
        for seg in [".", "..", "%2e", "%2E", "%2e%2E", ".%2e", "%2E."] {
            assert!(is_dot_segment(seg), "{seg}");
        }
        for seg in [
            "",
            "...",
            "%2e%2e%2e",
            "a.",
            ".a",
            "%2f",
            "%2",
            "%2e%",
            "%252e",
            "./",
            ".%2F",
        ] {
            assert!(!is_dot_segment(seg), "{seg}");
        }
        for id in ["./", "...", " .", ".. ", "a..", "%", "\u{2024}"] {
            assert!(id_segment(id, "fileId").is_ok(), "{id:?}");
        }
    }

    #[test]
    fn raw_calls() {
        let body = crate::json::parse(r#"{"a":1}"#).unwrap();
        let r = raw("post", "v1/files/x", Some(&body)).unwrap();
        assert_eq!((r.method, r.path.as_str()), (Method::Post, "/v1/files/x"));
        assert_eq!(r.body, Body::Json(r#"{"a":1}"#.into()));
        assert_eq!(r.url("http://api", "http://up"), "http://api/v1/files/x");
        let r = raw("GET", "HTTP://other/v2/x", None).unwrap();
        assert_eq!(r.url("http://api", ""), "HTTP://other/v2/x");
        assert_eq!(r.body, Body::Empty);
        assert_eq!(
            raw("fetch", "/x", None).unwrap_err().message(),
            "unknown HTTP method `fetch`"
        );
        assert!(raw("get", "", None).is_err());
        assert!(r.raw && !ApiRequest::new(Method::Get, "/x").raw);
    }

    #[test]
    fn a_raw_path_keeps_its_query() {
        let r = raw(
            "get",
            "http://other/v1/files?type=folder&a+b=c%20d&type=file&flag#frag",
            None,
        )
        .unwrap();
        assert_eq!(r.path, "http://other/v1/files");
        let q: Vec<(&str, &str)> = r
            .query
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(q, [("type", "file"), ("a b", "c d"), ("flag", "")]);
        assert_eq!(
            r.url("", ""),
            "http://other/v1/files?type=file&a%20b=c%20d&flag="
        );
        let r = raw("get", "v1/files?%zz=%e2%82%ac&&", None).unwrap();
        assert_eq!(
            (r.path.as_str(), r.query.clone()),
            ("/v1/files", vec![("%zz".to_string(), "€".to_string())])
        );
    }
}
