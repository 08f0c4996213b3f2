//! One attempt's request as one compact text, which the JS edge (io.js `ikSend`) turns into a `fetch` call in one
//! step. Why: built field by field from wasm — an init object, a headers object, a `Reflect.set` per header, a
//! setter per field, each value a string made from Rust — the request cost ~10 JS↔wasm crossings per attempt,
//! and in a sequential loop every one of them runs cold (README, Benchmarks). Here it is one string (and the
//! credentials beside it), read in JS by one `JSON.parse`.
//!
//! The text is `[method, url, name, value, name, value, …]` as JSON, then, when the request has a text body, a
//! line feed and the body as it is. JSON text never holds a raw line feed (it escapes one inside strings), so the
//! first line feed is where the body starts. A header whose value is the request's credentials is written as
//! `null`, and io.js puts the credentials (which cross as a string of their own) there: the private key's Basic
//! credentials are then in no JS string but the `authorization` header's value.

use super::extras;
use crate::encoding::base64_encode;
use crate::json::write_json_string;

/// The `authorization` value of the Basic scheme for a private key (`Basic base64(key + ":")`), as every
/// server-side call sends it.
pub fn basic_credentials(private_key: &str) -> String {
    let mut out = String::from("Basic ");
    out.push_str(&base64_encode(format!("{private_key}:").as_bytes()));
    out
}

/// The headers of one attempt, names lower-cased: ours first (`authorization` with `credentials` when given, and
/// `content-type: application/json` for a JSON body), then the client's `defaultHeaders` and the call's `headers`
/// over them, merged as 7.x merges them (`extras::merge_headers`).
pub fn attempt_headers(
    credentials: Option<&str>,
    json_body: bool,
    default_headers: &[(String, Option<String>)],
    call_headers: &[(String, Option<String>)],
) -> Vec<(String, String)> {
    let mut ours: Vec<(String, Option<String>)> = Vec::with_capacity(2);
    if let Some(c) = credentials {
        ours.push(("authorization".into(), Some(c.to_string())));
    }
    if json_body {
        ours.push(("content-type".into(), Some("application/json".into())));
    }
    extras::merge_headers(&[&ours, default_headers, call_headers])
}

/// The wire text of one attempt (see the module's doc). `body` is the text body, if any; a multipart body is not
/// in the text (its `FormData` crosses as it is).
pub fn text(
    method: &str,
    url: &str,
    headers: &[(String, String)],
    credentials: Option<&str>,
    body: Option<&str>,
) -> String {
    let size: usize = headers.iter().map(|(k, v)| k.len() + v.len() + 6).sum();
    let mut out =
        String::with_capacity(method.len() + url.len() + size + body.map_or(0, str::len) + 8);
    out.push('[');
    write_json_string(method, &mut out);
    out.push(',');
    write_json_string(url, &mut out);
    for (name, value) in headers {
        out.push(',');
        write_json_string(name, &mut out);
        out.push(',');
        if credentials == Some(value.as_str()) {
            out.push_str("null");
        } else {
            write_json_string(value, &mut out);
        }
    }
    out.push(']');
    if let Some(b) = body {
        out.push('\n');
        out.push_str(b);
    }
    out
}

#[cfg(test)]
#[path = "wire_tests.rs"]
mod tests;
