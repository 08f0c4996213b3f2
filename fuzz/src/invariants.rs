//! The invariants every output must hold: valid URLs, signatures that recompute from their own text, requests
//! with valid URLs and JSON bodies, errors and requests that never carry the private key.

use imagekit_wasm::api::{ApiRequest, Body};
use imagekit_wasm::json::{self, Value};
use imagekit_wasm::{options, signing, Error};

use crate::objects::MARK;

pub(crate) fn unreserved_or_sub(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=".contains(&b)
}

pub(crate) fn well_formed_pct(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().all(|(i, &c)| {
        c != b'%'
            || (b.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
    })
}

/// An absolute http(s) URL by RFC 3986's character rules (an independent copy of the crate's test checker).
pub(crate) fn valid_url(url: &str) -> bool {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return false;
    };
    let auth_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(auth_end);
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    if host.is_empty() || host.starts_with(':') {
        return false;
    }
    let ipv6 = host.starts_with('[');
    if !host.bytes().all(|b| {
        unreserved_or_sub(b) || b == b':' || b == b'%' || (ipv6 && (b == b'[' || b == b']'))
    }) || !well_formed_pct(authority)
        || !authority.bytes().all(|b| b.is_ascii_graphic())
    {
        return false;
    }
    let mut hashes = 0;
    tail.bytes().all(|b| {
        if b == b'#' {
            hashes += 1;
        }
        (unreserved_or_sub(b) || b":@/?%#".contains(&b)) && hashes <= 1
    }) && well_formed_pct(tail)
}

pub(crate) fn check_url(u: &str, what: &str) {
    assert!(
        valid_url(u),
        "INVARIANT: {what} emitted an invalid URL: {u:?}"
    );
    assert!(
        !u.contains(MARK),
        "INVARIANT: {what} leaked the private key into a URL: {u:?}"
    );
}

pub(crate) fn check_error(e: &Error, what: &str) {
    assert!(
        !e.message().is_empty(),
        "INVARIANT: {what}: an error without a message"
    );
    assert!(
        !e.message().contains(MARK),
        "INVARIANT: {what}: the private key is in an error message"
    );
}

/// The option `key` of an object (any of its spellings), for the expectations of a successful call.
pub(crate) fn opt<'a>(v: &'a Value<'a>, key: &str) -> Option<&'a Value<'a>> {
    match v {
        Value::Obj(e) => e
            .iter()
            .find(|(k, _)| options::camel_case(k) == key)
            .map(|(_, v)| v)
            .filter(|v| !v.is_null()),
        _ => None,
    }
}

/// Recomputes `ik-s` of a signed URL from its own text (SPEC §3.1). `prefix` is the endpoint as emitted, when
/// known; otherwise the signature must match from the start or after some `/` (an HMAC does not match by chance).
pub(crate) fn check_signature(u: &str, key: &str, expiry: Option<u64>, prefix: Option<&str>) {
    let marker = match expiry {
        Some(t) => format!("ik-t={t}&ik-s="),
        None => "ik-s=".to_string(),
    };
    let mut found = None;
    for (i, _) in u.match_indices(&marker) {
        if i == 0 || !matches!(u.as_bytes()[i - 1], b'?' | b'&') {
            continue;
        }
        let sig = u.get(i + marker.len()..i + marker.len() + 40);
        let after = u.get(i + marker.len() + 40..).unwrap_or("");
        if let Some(sig) = sig.filter(|s| s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
        {
            if after.is_empty() || after.starts_with('#') {
                found = Some((i - 1, sig));
                break;
            }
        }
    }
    let (base_end, sig) =
        found.unwrap_or_else(|| panic!("INVARIANT: a signed URL without its ik-s: {u:?}"));
    let base = &u[..base_end];
    let tail = expiry.unwrap_or(9_999_999_999).to_string();
    let sign_from = |from: usize| {
        signing::hmac_sha1_hex(
            key.as_bytes(),
            format!("{}{tail}", &base[from..]).as_bytes(),
        )
    };
    let ok = match prefix {
        Some(p) => {
            let p = format!("{p}/");
            let from = if base.starts_with(&p) { p.len() } else { 0 };
            sign_from(from) == sig
        }
        None => std::iter::once(0)
            .chain(base.match_indices('/').map(|(i, _)| i + 1))
            .any(|from| sign_from(from) == sig),
    };
    assert!(ok, "INVARIANT: the signature of {u:?} does not verify");
}

/// The expiry a signed URL must carry: `now + whole seconds` when at least one second was asked for.
pub(crate) fn expected_expiry(now: u64, expire: Option<f64>) -> Option<u64> {
    let s = expire.filter(|s| s.is_finite() && *s >= 1.0)?;
    Some(now.saturating_add(s.trunc() as u64))
}

pub(crate) fn check_request(req: &ApiRequest, secret: Option<&str>, what: &str) {
    assert!(
        req.path.starts_with('/'),
        "INVARIANT: {what}: a path without a leading /: {:?}",
        req.path
    );
    let u = req.url("https://api.imagekit.io", "https://upload.imagekit.io");
    check_url(&u, what);
    match &req.body {
        Body::Json(text) => {
            let parsed = json::parse(text);
            assert!(
                parsed.is_ok(),
                "INVARIANT: {what}: a JSON body that does not parse: {text:?}"
            );
            assert!(
                !text.contains(MARK),
                "INVARIANT: {what}: the private key is in a JSON body"
            );
        }
        Body::Form(fields) => {
            for (k, v) in fields {
                assert!(
                    !k.is_empty(),
                    "INVARIANT: {what}: a form field without a name"
                );
                // Only a generated (distinctive) key: a random one like "0" may well be in a file name.
                if let Some(s) = secret.filter(|s| s.contains(MARK)) {
                    assert!(
                        !v.contains(s),
                        "INVARIANT: {what}: the private key is in form field {k}"
                    );
                }
            }
        }
        Body::Empty => {}
    }
}
