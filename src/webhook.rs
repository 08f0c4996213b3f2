//! Webhook verification, both schemes ImageKit has used (SPEC §4):
//! the legacy `x-ik-signature: t=<ms>,v1=<hex>` header and Standard Webhooks (`webhook-id`, `webhook-timestamp`,
//! `webhook-signature`). Both compare in constant time. Parsing the JSON body is the caller's job (the wasm layer
//! uses the platform's `JSON.parse`, so the event comes back exactly as JS would read it).

use crate::encoding::{base64_encode, hex};
use crate::error::{Error, Result};
use crate::signing::{constant_time_eq, hmac_sha256};

/// How far a Standard Webhooks timestamp may lie from now, either way.
pub const TOLERANCE_SECONDS: i64 = 300;

fn fail(message: impl Into<String>) -> Error {
    Error::WebhookVerification(message.into())
}

/// The leading decimal digits of `s` (after spaces) as a number, like JS `parseInt(s, 10)` for non-negative values.
fn parse_int_prefix(s: &str) -> Option<i64> {
    let t = s.trim_start();
    let (neg, digits) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let end = digits
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(digits.len());
    let n: i64 = digits.get(..end)?.parse().ok()?;
    Some(if neg { -n } else { n })
}

/// Verifies an `x-ik-signature` header over `body` and returns its timestamp (ms).
pub fn verify_ik_signature(body: &[u8], header: &str, secret: &str) -> Result<i64> {
    if secret.is_empty() {
        return Err(Error::validation("a webhook secret is required"));
    }
    let mut timestamp = None;
    let mut v1 = None;
    for item in header.split(',') {
        let mut kv = item.split('=');
        match (kv.next(), kv.next()) {
            (Some("t"), Some(v)) if timestamp.is_none() => timestamp = Some(v),
            (Some("v1"), Some(v)) if v1.is_none() => v1 = Some(v),
            _ => {}
        }
    }
    let ts_text =
        timestamp.ok_or_else(|| fail("the webhook signature header has no timestamp (t=)"))?;
    let ts = parse_int_prefix(ts_text)
        .filter(|t| *t >= 0)
        .ok_or_else(|| fail("the webhook signature header has an invalid timestamp"))?;
    let given = v1.ok_or_else(|| fail("the webhook signature header has no v1 signature"))?;
    let expected = hex(&hmac_sha256(
        secret.as_bytes(),
        &[format!("{ts}.").as_bytes(), body],
    ));
    if !constant_time_eq(expected.as_bytes(), given.as_bytes()) {
        return Err(fail("the webhook signature does not match the body"));
    }
    Ok(ts)
}

/// The three Standard Webhooks headers, as found (case-insensitively) in the caller's headers.
#[derive(Debug, Default)]
pub struct StandardHeaders<'a> {
    pub id: Option<&'a str>,
    pub timestamp: Option<&'a str>,
    pub signature: Option<&'a str>,
}

/// Verifies a Standard Webhooks delivery at `now_seconds`. The key is the secret's UTF-8 bytes, as
/// `@imagekit/nodejs` 7 uses it (it base64-encodes the secret before handing it to `standardwebhooks`, which
/// decodes it again).
pub fn verify_standard(
    body: &[u8],
    headers: &StandardHeaders<'_>,
    secret: &str,
    now_seconds: i64,
) -> Result<()> {
    if secret.is_empty() {
        return Err(Error::validation("a webhook secret is required"));
    }
    let (Some(id), Some(ts_text), Some(signatures)) =
        (headers.id, headers.timestamp, headers.signature)
    else {
        return Err(fail(
            "missing required headers: webhook-id, webhook-timestamp and webhook-signature are all needed",
        ));
    };
    let ts = parse_int_prefix(ts_text).ok_or_else(|| fail("invalid webhook-timestamp header"))?;
    if now_seconds.saturating_sub(ts) > TOLERANCE_SECONDS {
        return Err(fail("message timestamp too old"));
    }
    if ts > now_seconds.saturating_add(TOLERANCE_SECONDS) {
        return Err(fail("message timestamp too new"));
    }
    let mac = hmac_sha256(
        secret.as_bytes(),
        &[id.as_bytes(), b".", ts.to_string().as_bytes(), b".", body],
    );
    let expected = base64_encode(&mac);
    let matched = signatures
        .split(' ')
        .any(|entry| match entry.split_once(',') {
            Some(("v1", sig)) => constant_time_eq(sig.as_bytes(), expected.as_bytes()),
            _ => false,
        });
    if matched {
        Ok(())
    } else {
        Err(fail("no matching signature found"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = r#"{"type":"video.transformation.accepted","id":"58e6d24d-6098-4319-be8d-40c3cb0a402d","created_at":"2022-06-20T11:59:58.461Z","request":{"x_request_id":"fa98fa2e-d6cd-45b4-acf5-bc1d2bbb8ba9","url":"http://ik.imagekit.io/demo/sample-video.mp4?tr=f-webm,q-10","user_agent":"Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:101.0) Gecko/20100101 Firefox/101.0"},"data":{"asset":{"url":"http://ik.imagekit.io/demo/sample-video.mp4"},"transformation":{"type":"video-transformation","options":{"video_codec":"vp9","audio_codec":"opus","auto_rotate":true,"quality":10,"format":"webm"}}}}"#;
    const SECRET: &str = "whsec_xeO2UNkfKMQnfJf7Q/Qx+fYptL1wabXd";
    const HEADER: &str =
        "t=1655788406333,v1=d30758f47fcb31e1fa0109d3b3e2a6c623e699aaf1461cba6bd462ef58ea4b31";

    #[test]
    fn ik_signature_known_answer() {
        assert_eq!(
            verify_ik_signature(BODY.as_bytes(), HEADER, SECRET).unwrap(),
            1655788406333
        );
    }

    #[test]
    fn ik_signature_rejections() {
        let err = |body: &str, header: &str| {
            verify_ik_signature(body.as_bytes(), header, SECRET).unwrap_err()
        };
        assert_eq!(
            err("{}", HEADER).message(),
            "the webhook signature does not match the body"
        );
        let shifted = HEADER.replace("6333", "6334");
        assert_eq!(
            err(BODY, &shifted).message(),
            "the webhook signature does not match the body"
        );
        assert_eq!(
            err(BODY, "v1=abc").message(),
            "the webhook signature header has no timestamp (t=)"
        );
        assert_eq!(
            err(BODY, "t=x,v1=abc").message(),
            "the webhook signature header has an invalid timestamp"
        );
        assert_eq!(
            err(BODY, "t=1").message(),
            "the webhook signature header has no v1 signature"
        );
        assert_eq!(err("{}", HEADER).class_name(), "WebhookVerificationError");
        assert_eq!(
            verify_ik_signature(b"{}", HEADER, "")
                .unwrap_err()
                .class_name(),
            "ValidationError"
        );
    }

    fn std_headers<'a>(ts: &'a str, sig: &'a str) -> StandardHeaders<'a> {
        StandardHeaders {
            id: Some("msg_2"),
            timestamp: Some(ts),
            signature: Some(sig),
        }
    }

    const STD_BODY: &str = r#"{"id":"id","type":"video.transformation.accepted","created_at":"2019-12-27T18:11:19.117Z","data":{"asset":{"url":"https://example.com"},"transformation":{"type":"video-transformation","options":{"audio_codec":"aac","auto_rotate":true,"format":"mp4","quality":0,"stream_protocol":"HLS","variants":["string"],"video_codec":"h264"}}},"request":{"url":"https://example.com","x_request_id":"x_request_id","user_agent":"user_agent"}}"#;

    #[test]
    fn standard_known_answer_and_window() {
        let key = "my-imagekit-webhook-secret";
        let sig = "v1,ktFQHmZqPh9J8EWPF8IrCjH61mwC4CENmwKckTOnB/k=";
        verify_standard(
            STD_BODY.as_bytes(),
            &std_headers("1700000000", sig),
            key,
            1_700_000_000,
        )
        .unwrap();
        // Several signatures, the matching one last.
        let many = format!("v1,AAAA v2,xyz {sig}");
        verify_standard(
            STD_BODY.as_bytes(),
            &std_headers("1700000000", &many),
            key,
            1_700_000_300,
        )
        .unwrap();
        let e = verify_standard(
            STD_BODY.as_bytes(),
            &std_headers("1700000000", sig),
            key,
            1_700_000_301,
        );
        assert_eq!(e.unwrap_err().message(), "message timestamp too old");
        let e = verify_standard(
            STD_BODY.as_bytes(),
            &std_headers("1700000000", sig),
            key,
            1_699_999_699,
        );
        assert_eq!(e.unwrap_err().message(), "message timestamp too new");
        let e = verify_standard(b"{}", &std_headers("1700000000", sig), key, 1_700_000_000);
        assert_eq!(e.unwrap_err().message(), "no matching signature found");
        let e = verify_standard(b"{}", &StandardHeaders::default(), key, 0).unwrap_err();
        assert_eq!(e.class_name(), "WebhookVerificationError");
    }
}
