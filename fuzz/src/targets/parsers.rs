//! Targets of the small parsers and builders: JSON, numbers, the client options, signing, encodings.

use imagekit_wasm::config::{ClientConfig, CLIENT_OPTIONS};
use imagekit_wasm::json::{self};
use imagekit_wasm::{encoding, options, signing};

use crate::invariants::{check_error, well_formed_pct};
use crate::objects::{mutate, options_object, through_json, MARK};
use crate::rng::Rng;
use crate::targets::{endpoints_segment, has_duplicate_keys, Ctx};
use crate::vocab::{any_value, deep, number_text, scalar, string, PIECES};

pub(crate) fn t_json(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let text = match rng.below(5) {
        0 => {
            // Random bytes.
            let n = rng.below(64);
            let bytes: Vec<u8> = (0..n).map(|_| (rng.next() & 0xff) as u8).collect();
            String::from_utf8_lossy(&bytes).into_owned()
        }
        1 => {
            let levels = 40 + rng.below(60);
            let inner = scalar(rng);
            let v = deep(rng, inner, levels);
            v.to_json()
        }
        _ => {
            let v = any_value(rng, 4);
            let text = v.to_json();
            if rng.one_in(2) && !has_duplicate_keys(&v) {
                ctx.show("value", &v);
                assert_eq!(
                    json::parse(&text).as_ref(),
                    Ok(&v),
                    "INVARIANT: JSON round trip of {text:?}"
                );
                return true;
            }
            String::from_utf8_lossy(&mutate(rng, text.into_bytes())).into_owned()
        }
    };
    ctx.show("text", &text);
    match json::parse(&text) {
        Ok(v) => {
            // Whatever parses is re-serialised to text that parses to the same value.
            let again = v.to_json();
            assert_eq!(
                json::parse(&again).as_ref(),
                Ok(&v),
                "INVARIANT: JSON re-serialisation of {text:?}"
            );
            let _ = v.to_js_string();
            true
        }
        Err(e) => {
            ctx.show("error", &e);
            check_error(&e, "json::parse");
            false
        }
    }
}

pub(crate) fn t_number(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    if rng.one_in(2) {
        // Integers up to 2^53 are exact.
        let n = rng.next() % (1u64 << 53);
        let neg = rng.one_in(2);
        let text = if neg { format!("-{n}") } else { n.to_string() };
        let want = if neg { -(n as f64) } else { n as f64 };
        assert_eq!(
            json::parse_number(&text),
            Some(want),
            "INVARIANT: parse_number({text}) is exact"
        );
        return true;
    }
    let text = match rng.below(3) {
        0 => string(rng),
        1 => format!("{}{}", number_text(rng), rng.pick(PIECES)),
        _ => number_text(rng),
    };
    ctx.show("text", &text);
    json::parse_number(&text).is_some()
}

pub(crate) fn t_client(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let opts = options_object(rng, ctx.vocab, CLIENT_OPTIONS);
    let Some(opts) = through_json(rng, &opts) else {
        return false;
    };
    ctx.show("options", &opts);
    match ClientConfig::from_value(&opts) {
        Ok(c) => {
            let public = c.public_json();
            assert!(
                json::parse(&public).is_ok(),
                "INVARIANT: public_json is JSON"
            );
            assert!(
                !public.contains(MARK),
                "INVARIANT: public_json shows the private key"
            );
            assert!(
                !format!("{c:?}").contains(MARK),
                "INVARIANT: Debug of the client shows the private key"
            );
            true
        }
        Err(e) => {
            ctx.show("error", &e);
            check_error(&e, "ClientConfig::from_value");
            false
        }
    }
}

pub(crate) fn t_signing(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let key = string(rng);
    let token = string(rng);
    let expire = rng.next() % 100_000_000_000;
    ctx.show("key/token/expire", &(&key, &token, expire));
    let p = match imagekit_wasm::upload_auth::authentication_parameters(
        &imagekit_wasm::secret::Secret::new(key.clone()),
        Some(&token),
        imagekit_wasm::upload_auth::ExpireArg::Number(expire as f64),
        1_700_000_000,
        || Ok([7; 16]),
    ) {
        Ok(p) => p,
        Err(e) => {
            check_error(&e, "upload_auth::authentication_parameters");
            return false;
        }
    };
    assert_eq!(
        p.signature.len(),
        40,
        "INVARIANT: a SHA-1 signature has 40 hex digits"
    );
    assert_eq!(
        p.signature,
        signing::hmac_sha1_hex(
            key.as_bytes(),
            format!("{}{}", p.token, p.expire.signed_text()).as_bytes()
        )
    );
    let raw = match rng.below(4) {
        0 => f64::from_bits(rng.next()),
        1 => *rng.pick(&[
            f64::NAN,
            f64::INFINITY,
            -0.0,
            0.0,
            0.5,
            1e15,
            1e15 + 1.0,
            1e16,
            -1.0,
            1.0,
        ]),
        _ => (rng.next() % 10_000_000_000) as f64,
    };
    if let Ok(e) = signing::parse_expire(raw) {
        assert!(
            e > 0 && e as f64 == raw && raw <= 1e15,
            "INVARIANT: parse_expire({raw}) = {e}"
        );
    }
    let mut bytes = [0u8; 16];
    for b in &mut bytes {
        *b = (rng.next() & 0xff) as u8;
    }
    let id = signing::uuid_v4(bytes);
    let groups: Vec<usize> = id.split('-').map(str::len).collect();
    assert_eq!(groups, [8, 4, 4, 4, 12], "INVARIANT: uuid shape {id}");
    assert!(
        id.as_bytes()[14] == b'4' && matches!(id.as_bytes()[19], b'8' | b'9' | b'a' | b'b'),
        "INVARIANT: uuid v4 {id}"
    );
    true
}

pub(crate) fn t_encoding(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let bytes: Vec<u8> = (0..rng.below(48))
        .map(|_| (rng.next() & 0xff) as u8)
        .collect();
    let b64 = encoding::base64_encode(&bytes);
    assert_eq!(
        encoding::base64_decode(&b64).as_deref(),
        Some(&bytes[..]),
        "INVARIANT: base64 round trip"
    );
    let s = string(rng);
    ctx.show("text", &s);
    let _ = encoding::base64_decode(&s);
    for out in [
        encoding::encode_uri_component(&s),
        encoding::quote_plus(&s),
        endpoints_segment(&s),
    ] {
        assert!(
            out.is_ascii() && well_formed_pct(&out),
            "INVARIANT: encoders emit ASCII with well-formed %XX: {out:?}"
        );
    }
    let _ = options::camel_case(&s);
    true
}
