//! The client's configuration (SPEC §2): what `new ImageKit(options)` accepts, checked once at construction.
//! The secrets it holds are `crate::secret::Secret`s.

use crate::api::extras;
use crate::error::{Error, Result};
use crate::json::Value;
use crate::options::Options;
use crate::secret::Secret;

/// Where `ik.url()` puts the transformation by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Position {
    #[default]
    Path,
    Query,
}

impl Position {
    /// Reads `"path"` or `"query"`; anything else is a `ValidationError` naming the option.
    pub fn parse(value: &str, option: &str) -> Result<Self> {
        match value {
            "path" => Ok(Position::Path),
            "query" => Ok(Position::Query),
            other => Err(Error::validation(format!(
                "{option} must be \"path\" or \"query\", got \"{other}\""
            ))),
        }
    }
}

pub const DEFAULT_API_BASE_URL: &str = "https://api.imagekit.io";
pub const DEFAULT_UPLOAD_BASE_URL: &str = "https://upload.imagekit.io";
pub const DEFAULT_TIMEOUT_MS: u64 = 60_000;
/// The longest timeout `setTimeout` can hold.
pub const MAX_TIMEOUT_MS: u64 = 2_147_483_647;
pub const DEFAULT_MAX_RETRIES: u32 = 2;

/// Every option `new ImageKit(...)` accepts (canonical names; snake_case aliases are folded by [`Options`]).
pub const CLIENT_OPTIONS: &[&str] = &[
    "publicKey",
    "privateKey",
    "urlEndpoint",
    "transformationPosition",
    "apiBaseUrl",
    "uploadBaseUrl",
    "timeout",
    "maxRetries",
    "webhookSecret",
    "dangerouslyAllowBrowser",
    // `@imagekit/nodejs` 7's names: `baseURL` sets both hosts (that SDK sends uploads to its `baseURL` once it is
    // overridden); `password` is the Basic-auth password ImageKit ignores, accepted and not used.
    "baseURL",
    "password",
    // More of 7.x's (COMPAT §3): `logLevel` (the JS side has resolved it with the environment, see
    // `environment::apply`), the headers and query added to every API request. Its `fetch`, `fetchOptions` and
    // `logger` are JS values the JS side keeps (pkg-template/client-options.js); they never reach here.
    "logLevel",
    "defaultHeaders",
    "defaultQuery",
];

/// A checked client configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientConfig {
    pub public_key: Option<String>,
    pub private_key: Option<Secret>,
    pub url_endpoint: Option<String>,
    pub transformation_position: Position,
    pub api_base_url: String,
    pub upload_base_url: String,
    pub timeout_ms: u64,
    pub max_retries: u32,
    pub webhook_secret: Option<Secret>,
    pub dangerously_allow_browser: bool,
    /// What the transport logs (`logLevel`; an unknown name is the default, as 7.x falls back to it).
    pub log_level: crate::api::log::Level,
    /// `defaultHeaders`: sent with every API request, over ours (`None` removes a header).
    pub default_headers: Vec<(String, Option<String>)>,
    /// `defaultQuery`: added to every API request's query, under the call's own parameters.
    pub default_query: Vec<(String, String)>,
}

fn base_url(o: &Options<'_>, key: &str, default: &str) -> Result<String> {
    match o.str(key)? {
        None => Ok(default.to_string()),
        Some(u) if is_http_url(u) => Ok(u.trim_end_matches('/').to_string()),
        Some(u) => Err(Error::validation(format!(
            "{key} must be an http(s) URL, got \"{u}\""
        ))),
    }
}

/// Whether `s` starts with `http://` or `https://`, the scheme in any case (as URL parsers read it).
fn is_http_url(s: &str) -> bool {
    let starts = |p: &str| s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    starts("https://") || starts("http://")
}

/// A non-empty string option, or absent.
fn non_empty(o: &Options<'_>, key: &str) -> Result<Option<String>> {
    match o.str(key)? {
        Some("") => Err(Error::validation(format!("{key} must not be empty"))),
        other => Ok(other.map(str::to_string)),
    }
}

impl ClientConfig {
    /// Reads and checks the constructor's options (an object, or null for none).
    pub fn from_value(value: &Value) -> Result<Self> {
        let o = Options::new(value, "ImageKit options", CLIENT_OPTIONS)?;
        let timeout_ms = o
            .whole("timeout", 1, MAX_TIMEOUT_MS)?
            .unwrap_or(DEFAULT_TIMEOUT_MS);
        let max_retries = o
            .whole("maxRetries", 0, 100)?
            .map_or(DEFAULT_MAX_RETRIES, |n| n as u32);
        let url_endpoint = non_empty(&o, "urlEndpoint")?;
        o.str("password")?;
        let base = base_url(&o, "baseURL", DEFAULT_API_BASE_URL)?;
        let upload_default = if o.get("baseURL").is_some() {
            base.as_str()
        } else {
            DEFAULT_UPLOAD_BASE_URL
        };
        if let Some(e) = &url_endpoint {
            if !is_http_url(e) {
                return Err(Error::validation(format!(
                    "urlEndpoint must be an http(s) URL, got \"{e}\""
                )));
            }
        }
        Ok(ClientConfig {
            public_key: non_empty(&o, "publicKey")?,
            private_key: non_empty(&o, "privateKey")?.map(Secret::new),
            url_endpoint,
            transformation_position: match o.str("transformationPosition")? {
                Some(p) => Position::parse(p, "transformationPosition")?,
                None => Position::Path,
            },
            api_base_url: base_url(&o, "apiBaseUrl", &base)?,
            upload_base_url: base_url(&o, "uploadBaseUrl", upload_default)?,
            timeout_ms,
            max_retries,
            webhook_secret: non_empty(&o, "webhookSecret")?.map(Secret::new),
            dangerously_allow_browser: o.bool("dangerouslyAllowBrowser")?.unwrap_or(false),
            log_level: o
                .str("logLevel")?
                .and_then(crate::api::log::Level::parse)
                .unwrap_or_default(),
            default_headers: o.get("defaultHeaders").map_or(Ok(Vec::new()), |v| {
                extras::header_pairs(v, "ImageKit options.defaultHeaders")
            })?,
            default_query: o.get("defaultQuery").map_or(Ok(Vec::new()), |v| {
                extras::query_pairs(v, "ImageKit options.defaultQuery")
            })?,
        })
    }

    /// The private key, or a `ValidationError` saying which operation needed it.
    pub fn require_private_key(&self, operation: &str) -> Result<&Secret> {
        self.private_key
            .as_ref()
            .ok_or_else(|| Error::validation(format!("privateKey is required for {operation}")))
    }

    /// The client's public description: everything but the secrets (what `JSON.stringify(ik)` shows).
    pub fn public_json(&self) -> String {
        let mut entries = Vec::new();
        let mut put = |k: &'static str, v: Value<'static>| entries.push((k.into(), v));
        if let Some(k) = &self.public_key {
            put("publicKey", Value::Str(k.clone().into()));
        }
        if let Some(e) = &self.url_endpoint {
            put("urlEndpoint", Value::Str(e.clone().into()));
        }
        let pos = match self.transformation_position {
            Position::Path => "path",
            Position::Query => "query",
        };
        put("transformationPosition", Value::Str(pos.into()));
        put("apiBaseUrl", Value::Str(self.api_base_url.clone().into()));
        put(
            "uploadBaseUrl",
            Value::Str(self.upload_base_url.clone().into()),
        );
        put("timeout", Value::Num(self.timeout_ms.to_string().into()));
        put(
            "maxRetries",
            Value::Num(self.max_retries.to_string().into()),
        );
        put(
            "privateKey",
            Value::Str(
                if self.private_key.is_some() {
                    "[redacted]"
                } else {
                    ""
                }
                .into(),
            ),
        );
        Value::Obj(entries).to_json()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    fn cfg(text: &str) -> Result<ClientConfig> {
        ClientConfig::from_value(&parse(text).unwrap())
    }

    #[test]
    fn defaults_and_aliases() {
        let c = cfg(r#"{"public_key":"pub","private_key":"private_key_test","url_endpoint":"https://ik.imagekit.io/x/"}"#)
            .unwrap();
        assert_eq!(c.public_key.as_deref(), Some("pub"));
        assert_eq!(
            c.require_private_key("signing").unwrap().expose(),
            "private_key_test"
        );
        assert_eq!(c.url_endpoint.as_deref(), Some("https://ik.imagekit.io/x/"));
        assert_eq!(c.transformation_position, Position::Path);
        assert_eq!(c.api_base_url, "https://api.imagekit.io");
        assert_eq!(c.timeout_ms, 60000);
        assert_eq!(c.max_retries, 2);
        let none = cfg("null").unwrap();
        assert_eq!(
            none.require_private_key("signing").unwrap_err().message(),
            "privateKey is required for signing"
        );
    }

    #[test]
    fn takes_the_nodejs_sdk_options() {
        let c = cfg(r#"{"privateKey":"k","password":"ignored","baseURL":"http://127.0.0.1:9/"}"#)
            .unwrap();
        assert_eq!(c.api_base_url, "http://127.0.0.1:9");
        assert_eq!(c.upload_base_url, "http://127.0.0.1:9");
        let c =
            cfg(r#"{"baseURL":"http://a","uploadBaseUrl":"http://u","password":null}"#).unwrap();
        assert_eq!(
            [c.api_base_url.as_str(), c.upload_base_url.as_str()],
            ["http://a", "http://u"]
        );
        let c = cfg(r#"{"baseURL":null}"#).unwrap();
        assert_eq!(c.upload_base_url, DEFAULT_UPLOAD_BASE_URL);
        assert!(!c.public_json().contains("password"));
        assert_eq!(
            cfg(r#"{"password":1}"#).unwrap_err().message(),
            "ImageKit options.password must be a string, got number"
        );
    }

    #[test]
    fn takes_the_nodejs_sdk_request_defaults() {
        let c = cfg(r#"{"logLevel":"debug","defaultHeaders":{"X-A":"1","x-b":null},"defaultQuery":{"q":2}}"#)
            .unwrap();
        assert_eq!(c.log_level, crate::api::log::Level::Debug);
        assert_eq!(
            c.default_headers,
            [
                ("X-A".into(), None),
                ("X-A".into(), Some("1".into())),
                ("x-b".into(), None),
                ("x-b".into(), None)
            ]
        );
        assert_eq!(c.default_query, [("q".into(), "2".into())]);
        assert_eq!(cfg("{}").unwrap().log_level, crate::api::log::Level::Warn);
        assert_eq!(
            cfg(r#"{"defaultQuery":[1]}"#).unwrap_err().message(),
            "ImageKit options.defaultQuery must be an object, got array"
        );
        assert!(!cfg(r#"{"defaultHeaders":{"x":"secret-ish"}}"#)
            .unwrap()
            .public_json()
            .contains("secret-ish"));
    }

    #[test]
    fn scheme_case_does_not_matter() {
        let c =
            cfg(r#"{"urlEndpoint":"HTTPS://ik.imagekit.io/x","apiBaseUrl":"Http://127.0.0.1:9/"}"#)
                .unwrap();
        assert_eq!(c.url_endpoint.as_deref(), Some("HTTPS://ik.imagekit.io/x"));
        assert_eq!(c.api_base_url, "Http://127.0.0.1:9");
    }

    #[test]
    fn rejects_bad_options() {
        let msg = |t: &str| cfg(t).unwrap_err().message().to_string();
        assert_eq!(
            msg(r#"{"privatekey":"x"}"#),
            "unknown option `privatekey` in ImageKit options"
        );
        assert_eq!(
            msg(r#"{"transformationPosition":"side"}"#),
            "transformationPosition must be \"path\" or \"query\", got \"side\""
        );
        assert_eq!(
            msg(r#"{"timeout":-1}"#),
            "timeout must be a whole number from 1 to 2147483647, got -1"
        );
        assert_eq!(
            msg(r#"{"maxRetries":1.5}"#),
            "maxRetries must be a whole number from 0 to 100, got 1.5"
        );
        assert_eq!(
            msg(r#"{"urlEndpoint":"ik.imagekit.io"}"#),
            "urlEndpoint must be an http(s) URL, got \"ik.imagekit.io\""
        );
        assert_eq!(
            msg(r#"{"privateKey":5}"#),
            "ImageKit options.privateKey must be a string, got number"
        );
        assert_eq!(msg(r#"{"privateKey":""}"#), "privateKey must not be empty");
        assert_eq!(msg("[]"), "ImageKit options must be an object, got array");
    }

    #[test]
    fn secrets_never_show() {
        let c = cfg(r#"{"privateKey":"private_key_test","webhookSecret":"whsec_abc"}"#).unwrap();
        let shown = format!("{c:?} {}", c.public_json());
        assert!(
            !shown.contains("private_key_test") && !shown.contains("whsec_abc"),
            "{shown}"
        );
    }
}
