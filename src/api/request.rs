//! The request value every endpoint builds, and its URL.

use crate::encoding::percent_encode;

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
        }
    }

    /// The full URL against the client's base URLs (given without a trailing slash).
    pub fn url(&self, api_base: &str, upload_base: &str) -> String {
        let base = match self.host {
            Host::Api => api_base,
            Host::Upload => upload_base,
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

/// Percent-encodes one path segment (an id): everything but unreserved characters.
pub fn segment(s: &str) -> String {
    percent_encode(s, |b| b.is_ascii_alphanumeric() || b"-_.~".contains(&b))
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
}
