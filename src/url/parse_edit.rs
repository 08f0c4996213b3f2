//! `transformUrl(url, edit, options?)`: read an ImageKit URL (`parseUrl`), change its transformation, build it again,
//! and sign it again when it was signed (the client method only: signing needs the private key).
//!
//! `edit` is an object of transformation keys (any spelling of the key table) to set, `null`/`undefined` to
//! remove, or the new array of steps (what the JS function form returns). A key is found by its URL code, so
//! `{w: 500}`, `{width: 500}` and `{WIDTH: 500}` all change `w-300`; it is changed where it stands (its first
//! occurrence; any later ones are dropped), and a key the URL does not have yet goes into the first step.

use std::borrow::Cow;

use super::parse::parse;
use super::table::lookup;
use crate::config::ClientConfig;
use crate::error::{Error, Result};
use crate::json::Value;
use crate::options::Options;

const WHAT: &str = "transformUrl options";
const KEYS: &[&str] = &["urlEndpoint", "expiresIn", "transformationPosition"];

/// What a key is matched by: its URL code, or the key itself for `raw`, `overlay` and unknown keys.
fn match_key(key: &str) -> Cow<'_, str> {
    match lookup(key, false) {
        Some((code, _)) if !code.is_empty() => Cow::Borrowed(code),
        _ => Cow::Borrowed(key),
    }
}

/// Applies an object edit to `steps` (see the module comment).
fn apply_object(steps: &mut Vec<Value<'static>>, edit: &[(Cow<'_, str>, Value<'_>)]) {
    for (key, value) in edit {
        let wanted = match_key(key);
        let mut placed = false;
        for step in steps.iter_mut() {
            let Value::Obj(entries) = step else {
                continue;
            };
            entries.retain_mut(|(k, v)| {
                if match_key(k) != wanted {
                    return true;
                }
                if placed || value.is_null() {
                    return false;
                }
                *v = value.clone().into_owned();
                placed = true;
                true
            });
        }
        if !placed && !value.is_null() {
            let entry = (Cow::Owned(key.to_string()), value.clone().into_owned());
            match steps.first_mut() {
                Some(Value::Obj(entries)) => entries.push(entry),
                _ => steps.insert(0, Value::Obj(vec![entry])),
            }
        }
    }
    steps.retain(|s| !matches!(s, Value::Obj(e) if e.is_empty()));
}

/// `transformUrl`: `client` is `None` for the free function, which refuses a signed URL.
pub fn transform_url(
    client: Option<&ClientConfig>,
    url: &str,
    edit: &Value,
    options: &Value,
    now_seconds: u64,
) -> Result<String> {
    let o = Options::new(options, WHAT, KEYS)?;
    let endpoint = o
        .str("urlEndpoint")?
        .or(client.and_then(|c| c.url_endpoint.as_deref()));
    let parsed = parse(url, endpoint)?;
    if parsed.signature.is_some() && client.is_none() {
        return Err(Error::validation(
            "transformUrl: the URL is signed, and changing it needs a new signature: use ik.transformUrl(url, edit) \
             on a client created with privateKey",
        ));
    }
    let Value::Obj(mut entries) = parsed.value else {
        return Err(Error::validation("transformUrl: the URL could not be read"));
    };
    entries.retain(|(k, _)| k != "signature");
    for (k, v) in entries.iter_mut() {
        match (k.as_ref(), edit) {
            ("transformation", Value::Arr(steps)) => *v = Value::Arr(steps.clone()).into_owned(),
            ("transformation", Value::Obj(e)) => {
                if let Value::Arr(steps) = v {
                    apply_object(steps, e);
                }
            }
            ("transformation", Value::Null) => {}
            ("transformation", other) => {
                return Err(Error::validation(format!(
                    "transformUrl: edit must be an object, an array of steps or a function, got {}",
                    other.type_name()
                )))
            }
            ("transformationPosition", _) => {
                if let Some(p) = o.str("transformationPosition")? {
                    *v = Value::string(p);
                }
            }
            _ => {}
        }
    }
    let expires_in = o.num("expiresIn")?;
    let Some(client) = client else {
        return super::build_src(&Value::Obj(entries));
    };
    if let Some(sig) = &parsed.signature {
        entries.push(("signed".into(), Value::Bool(true)));
        let remaining = match (expires_in, sig.expiry.as_deref()) {
            (Some(_), _) | (None, None) => None,
            (None, Some(t)) => match t.parse::<u64>() {
                Ok(at) if at > now_seconds => Some(at - now_seconds),
                Ok(at) => {
                    return Err(Error::validation(format!(
                        "transformUrl: the URL expired at {at} (ik-t); give expiresIn to sign it for a new lifetime"
                    )))
                }
                Err(_) => {
                    return Err(Error::validation(format!(
                        "transformUrl: the URL's ik-t is not a time: \"{t}\""
                    )))
                }
            },
        };
        if let Some(r) = remaining {
            entries.push(("expiresIn".into(), Value::number(r.to_string())));
        }
    }
    if let Some(e) = options.get("expiresIn").filter(|_| expires_in.is_some()) {
        entries.push(("expiresIn".into(), e.clone().into_owned()));
    }
    super::client_build_src(client, &Value::Obj(entries), now_seconds)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse as json;

    const NOW: u64 = 1_700_000_000;

    fn client() -> ClientConfig {
        ClientConfig::from_value(
            &json(
                r#"{"privateKey":"private_key_test","urlEndpoint":"https://ik.imagekit.io/demo"}"#,
            )
            .unwrap(),
        )
        .unwrap()
    }

    fn edit(url: &str, e: &str) -> String {
        transform_url(None, url, &json(e).unwrap(), &Value::Null, NOW).unwrap()
    }

    #[test]
    fn set_remove_and_add() {
        let u = "https://ik.imagekit.io/demo/tr:w-300,h-200:rt-90/a.jpg";
        assert_eq!(
            edit(u, r#"{"width":500}"#),
            "https://ik.imagekit.io/demo/tr:w-500,h-200:rt-90/a.jpg"
        );
        assert_eq!(
            edit(u, r#"{"w":500,"HEIGHT":null}"#),
            "https://ik.imagekit.io/demo/tr:w-500:rt-90/a.jpg"
        );
        assert_eq!(
            edit(u, r#"{"rotate":null,"grayscale":true}"#),
            "https://ik.imagekit.io/demo/tr:w-300,h-200,e-grayscale/a.jpg"
        );
        assert_eq!(
            edit("https://ik.imagekit.io/demo/a.jpg?v=2", r#"{"width":100}"#),
            "https://ik.imagekit.io/demo/a.jpg?v=2&tr=w-100"
        );
        assert_eq!(
            edit(u, r#"[{"height":1}]"#),
            "https://ik.imagekit.io/demo/tr:h-1/a.jpg"
        );
        assert_eq!(
            edit(u, r#"{"width":null,"height":null,"rotation":null}"#),
            "https://ik.imagekit.io/demo/a.jpg"
        );
        let moved = transform_url(
            None,
            u,
            &Value::Null,
            &json(r#"{"transformationPosition":"query"}"#).unwrap(),
            NOW,
        );
        assert_eq!(
            moved.unwrap(),
            "https://ik.imagekit.io/demo/a.jpg?tr=w-300,h-200:rt-90"
        );
    }

    #[test]
    fn signed_urls_are_signed_again_only_by_the_client() {
        let c = client();
        let o =
            json(r#"{"src":"/a.jpg","transformation":[{"width":300}],"expiresIn":600}"#).unwrap();
        let signed = super::super::client_build_src(&c, &o, NOW).unwrap();
        let e = transform_url(
            None,
            &signed,
            &json(r#"{"width":1}"#).unwrap(),
            &Value::Null,
            NOW,
        )
        .unwrap_err();
        assert!(e.message().contains("ik.transformUrl"), "{}", e.message());
        // Same lifetime: the same expiry, 100 s later.
        let again = transform_url(
            Some(&c),
            &signed,
            &json(r#"{"width":500}"#).unwrap(),
            &Value::Null,
            NOW + 100,
        )
        .unwrap();
        let want = super::super::client_build_src(
            &c,
            &json(r#"{"src":"/a.jpg","transformation":[{"width":500}],"expiresIn":500}"#).unwrap(),
            NOW + 100,
        )
        .unwrap();
        assert_eq!(again, want);
        assert!(again.contains("ik-t=1700000600&"), "{again}");
        let fresh = transform_url(
            Some(&c),
            &signed,
            &Value::Null,
            &json(r#"{"expiresIn":60}"#).unwrap(),
            NOW,
        )
        .unwrap();
        assert!(fresh.contains("ik-t=1700000060&"), "{fresh}");
        let expired =
            transform_url(Some(&c), &signed, &Value::Null, &Value::Null, NOW + 600).unwrap_err();
        assert!(
            expired.message().contains("expired at 1700000600"),
            "{}",
            expired.message()
        );
        // Never-expiring signatures stay so.
        let forever = super::super::client_build_src(
            &c,
            &json(r#"{"src":"/a.jpg","signed":true}"#).unwrap(),
            NOW,
        )
        .unwrap();
        let again = transform_url(Some(&c), &forever, &Value::Null, &Value::Null, NOW + 5).unwrap();
        assert_eq!(again, forever);
    }
}
