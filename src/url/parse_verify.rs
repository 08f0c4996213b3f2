//! `ik.verifyUrl(url, {now?, urlEndpoint?})` → `{valid, expired, expiresAt, signedString}`: recomputes `ik-s` with
//! the client's key over the string SPEC §3.1 signs — the URL before `ik-t`/`ik-s`, less the leading
//! `urlEndpoint/`, followed by the expiry (`9999999999` when there is no `ik-t`) — and compares in constant time.
//! `signedString` is that string, so a 401 can be explained by comparing it with what was meant to be signed.
//!
//! The URL is taken exactly as given (only the fragment, which is never sent, is left out): any change to the
//! signed text, the expiry or the signature makes it invalid.

use super::parse::{cut_signature, endpoint_prefix, split_endpoint};
use super::sign::NO_EXPIRY;
use super::split::{parse_absolute, trim_c0};
use crate::config::ClientConfig;
use crate::encoding::{decimal, hex};
use crate::error::{Error, Result};
use crate::json::Value;
use crate::options::Options;
use crate::signing::constant_time_eq;

const WHAT: &str = "verifyUrl options";

/// The `urlEndpoint/` prefix the signature leaves out, as emitted.
fn signed_prefix(main: &str, given: Option<&str>) -> Result<Option<String>> {
    if let Some(given) = given {
        return endpoint_prefix(given).map(Some).ok_or_else(|| {
            Error::validation(format!(
                "urlEndpoint must be an http(s) URL, got \"{given}\""
            ))
        });
    }
    Ok(parse_absolute(main)
        .and_then(|p| split_endpoint(&p.origin, p.path, None).ok())
        .map(|(prefix, _)| prefix))
}

/// An expiry as a number of seconds: decimal digits only, small enough to be exact in JS.
fn expiry_value(text: &str) -> Option<u64> {
    if text.is_empty() || text.len() > 15 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// `verifyUrl`. `now_seconds` is the clock's time, used unless the options give `now` (milliseconds, as
/// `Date.now()`).
pub fn verify_url(
    client: &ClientConfig,
    url: &str,
    options: &Value,
    now_seconds: u64,
) -> Result<Value<'static>> {
    let o = Options::new(options, WHAT, &["now", "urlEndpoint"])?;
    let now = match o.num("now")? {
        Some(ms) if ms > 0.0 => (ms / 1000.0).floor() as u64,
        Some(_) => 0,
        None => now_seconds,
    };
    let endpoint = o.str("urlEndpoint")?.or(client.url_endpoint.as_deref());
    let key = client.require_private_key("verifyUrl")?.mac();
    let cut = cut_signature(trim_c0(url));
    let mut from = 0;
    if let Some(prefix) = signed_prefix(cut.main, endpoint)? {
        let under = cut
            .main
            .strip_prefix(prefix.as_str())
            .is_some_and(|rest| rest.starts_with('/'));
        if under {
            from = prefix.len() + 1;
        }
    }
    let no_expiry = decimal(NO_EXPIRY);
    let expiry_text = cut
        .signature
        .as_ref()
        .and_then(|s| s.expiry)
        .unwrap_or(&no_expiry);
    let mut signed = cut.main.get(from..).unwrap_or("").to_string();
    signed.push_str(expiry_text);
    let expires_at = cut
        .signature
        .as_ref()
        .and_then(|s| s.expiry)
        .and_then(expiry_value);
    let valid = match &cut.signature {
        Some(s) if s.expiry.is_none() || expires_at.is_some() => {
            let computed = hex(&key.sign(&[signed.as_bytes()]));
            constant_time_eq(computed.as_bytes(), s.signature.as_bytes())
        }
        _ => false,
    };
    Ok(Value::object(vec![
        ("valid".into(), Value::Bool(valid)),
        (
            "expired".into(),
            Value::Bool(expires_at.is_some_and(|at| now > at)),
        ),
        (
            "expiresAt".into(),
            expires_at.map_or(Value::Null, |at| Value::number(decimal(at))),
        ),
        ("signedString".into(), Value::string(signed)),
    ]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    const NOW: u64 = 1_700_000_000;

    fn client() -> ClientConfig {
        ClientConfig::from_value(
            &parse(r#"{"privateKey":"private_key_test","urlEndpoint":"https://ik.imagekit.io/test_url_endpoint"}"#)
                .unwrap(),
        )
        .unwrap()
    }

    fn verify(url: &str, now: u64) -> String {
        verify_url(&client(), url, &Value::Null, now)
            .unwrap()
            .to_json()
    }

    #[test]
    fn seed_vector() {
        assert_eq!(
            verify("https://ik.imagekit.io/test_url_endpoint/tr:w-100/test-signed-url.png?ik-s=41b3075c40bc84147eb71b8b49ae7fbf349d0f00", NOW),
            r#"{"valid":true,"expired":false,"expiresAt":null,"signedString":"tr:w-100/test-signed-url.png9999999999"}"#
        );
    }

    #[test]
    fn expiry_and_clock() {
        let c = client();
        let o = parse(r#"{"src":"/a b.jpg","transformation":[{"width":300}],"expiresIn":600,"queryParameters":{"v":1}}"#)
            .unwrap();
        let u = super::super::client_build_src(&c, &o, NOW).unwrap();
        assert_eq!(
            verify(&u, NOW + 600),
            r#"{"valid":true,"expired":false,"expiresAt":1700000600,"signedString":"a%20b.jpg?v=1&tr=w-3001700000600"}"#
        );
        assert!(verify(&u, NOW + 601).contains(r#""valid":true,"expired":true"#));
        let at = parse(r#"{"now":1700000601000}"#).unwrap();
        let v = verify_url(&c, &u, &at, 0).unwrap().to_json();
        assert!(v.contains(r#""expired":true"#), "{v}");
    }

    #[test]
    fn every_single_character_change_is_rejected() {
        let c = client();
        let o = parse(r#"{"src":"/folder/a.jpg","transformation":[{"width":300,"overlay":{"type":"text","text":"Hi"}}],"expiresIn":600}"#)
            .unwrap();
        let u = super::super::client_build_src(&c, &o, NOW).unwrap();
        assert!(verify(&u, NOW).contains(r#""valid":true"#));
        let alphabet = [
            'a', 'A', '0', '9', '/', '?', '&', '=', '-', ':', ',', '%', '.', 'z',
        ];
        for (i, original) in u.char_indices() {
            for &c in alphabet.iter().filter(|&&c| c != original) {
                let mut changed = u.clone();
                changed.replace_range(i..i + original.len_utf8(), &c.to_string());
                assert!(
                    verify(&changed, NOW).contains(r#""valid":false"#),
                    "accepted {changed}"
                );
            }
            let mut removed = u.clone();
            removed.remove(i);
            assert!(
                verify(&removed, NOW).contains(r#""valid":false"#),
                "accepted {removed}"
            );
        }
    }

    #[test]
    fn unsigned_and_bad_input() {
        let v = verify("https://ik.imagekit.io/test_url_endpoint/a.jpg", NOW);
        assert_eq!(
            v,
            r#"{"valid":false,"expired":false,"expiresAt":null,"signedString":"a.jpg9999999999"}"#
        );
        assert!(verify("not a url", NOW).contains(r#""valid":false"#));
        let no_key = ClientConfig::from_value(&parse("{}").unwrap()).unwrap();
        assert!(verify_url(&no_key, "https://e.io/a", &Value::Null, NOW).is_err());
    }
}
