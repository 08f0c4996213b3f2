//! Targets of webhook verification: ImageKit's `x-ik-signature` and Standard Webhooks, signed right and tampered.

use imagekit_wasm::{encoding, signing, webhook};

use crate::invariants::check_error;
use crate::rng::Rng;
use crate::targets::Ctx;
use crate::vocab::{any_value, string};

pub(crate) fn body_bytes(rng: &mut Rng) -> Vec<u8> {
    match rng.below(4) {
        0 => (0..rng.below(64))
            .map(|_| (rng.next() & 0xff) as u8)
            .collect(),
        1 => any_value(rng, 3).to_json().into_bytes(),
        _ => string(rng).into_bytes(),
    }
}

pub(crate) fn t_webhook_ik(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let body = body_bytes(rng);
    let secret = if rng.one_in(20) {
        String::new()
    } else {
        string(rng)
    };
    ctx.show("body", &String::from_utf8_lossy(&body));
    ctx.show("secret", &secret);
    if rng.one_in(2) && !secret.is_empty() {
        // A genuine signature verifies; one byte more in the body does not.
        let ts = rng.next() % 10_000_000_000_000;
        let sig = encoding::hex(&signing::hmac_sha256(
            secret.as_bytes(),
            &[format!("{ts}.").as_bytes(), &body],
        ));
        let header = match rng.below(3) {
            0 => format!("v1={sig},t={ts}"),
            1 => format!("t={ts},v1={sig},v2=zz"),
            _ => format!("t={ts},v1={sig}"),
        };
        ctx.show("header", &header);
        let got = webhook::verify_ik_signature(&body, &header, &secret);
        assert_eq!(
            got.as_ref().ok(),
            Some(&(ts as i64)),
            "INVARIANT: a genuine x-ik-signature verifies: {got:?}"
        );
        let mut tampered = body.clone();
        tampered.push(b' ');
        let e = webhook::verify_ik_signature(&tampered, &header, &secret)
            .expect_err("INVARIANT: a tampered body fails");
        assert_eq!(e.class_name(), "WebhookVerificationError");
        return true;
    }
    let header = match rng.below(3) {
        0 => string(rng),
        _ => (0..rng.below(5))
            .map(|_| {
                format!(
                    "{}{}",
                    rng.pick(&["t=", "v1=", "v0=", "", "=", "t==", " t="]),
                    string(rng)
                )
            })
            .collect::<Vec<_>>()
            .join(","),
    };
    ctx.show("header", &header);
    match webhook::verify_ik_signature(&body, &header, &secret) {
        Ok(_) => true,
        Err(e) => {
            ctx.show("error", &e);
            check_error(&e, "verifyWebhookEvent");
            false
        }
    }
}

pub(crate) fn t_webhook_standard(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let body = body_bytes(rng);
    let secret = if rng.one_in(20) {
        String::new()
    } else {
        string(rng)
    };
    let now = (rng.next() % 4_000_000_000) as i64 - if rng.one_in(10) { 2_000_000_000 } else { 0 };
    let id = string(rng);
    ctx.show("body", &String::from_utf8_lossy(&body));
    ctx.show("secret", &secret);
    if rng.one_in(2) && !secret.is_empty() {
        let skew = rng.below(700) as i64 - 350;
        let ts = now + skew;
        let mac = signing::hmac_sha256(
            secret.as_bytes(),
            &[id.as_bytes(), b".", ts.to_string().as_bytes(), b".", &body],
        );
        let sig = format!("v1,{}", encoding::base64_encode(&mac));
        let sig = match rng.below(3) {
            0 => format!("v1,AAAA v2,xyz {sig}"),
            1 => format!("{sig} v1,Zm9v"),
            _ => sig,
        };
        let ts_text = ts.to_string();
        let headers = webhook::StandardHeaders {
            id: Some(&id),
            timestamp: Some(&ts_text),
            signature: Some(&sig),
        };
        ctx.show("headers", &headers);
        let got = webhook::verify_standard(&body, &headers, &secret, now);
        if skew.abs() <= webhook::TOLERANCE_SECONDS {
            assert!(
                got.is_ok(),
                "INVARIANT: a genuine Standard Webhooks delivery verifies: {got:?}"
            );
            let mut tampered = body.clone();
            tampered.push(b'x');
            assert!(
                webhook::verify_standard(&tampered, &headers, &secret, now).is_err(),
                "INVARIANT: tampered"
            );
        } else {
            assert!(
                got.is_err(),
                "INVARIANT: a delivery outside the tolerance window is refused"
            );
        }
        return got.is_ok();
    }
    let field = |rng: &mut Rng| {
        (!rng.one_in(6)).then(|| match rng.below(3) {
            0 => format!("{}", now + rng.below(1000) as i64 - 500),
            _ => string(rng),
        })
    };
    let (ts, sig) = (field(rng), field(rng));
    let sig = sig.map(|s| format!("{}{s}", rng.pick(&["v1,", "", "v1, ", "v2,"])));
    let headers = webhook::StandardHeaders {
        id: Some(&id),
        timestamp: ts.as_deref(),
        signature: sig.as_deref(),
    };
    ctx.show("headers", &headers);
    match webhook::verify_standard(&body, &headers, &secret, now) {
        Ok(()) => true,
        Err(e) => {
            ctx.show("error", &e);
            check_error(&e, "unwrapWebhook");
            false
        }
    }
}
