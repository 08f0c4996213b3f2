//! The primitives every signature is made of, and the time rules they share: HMAC-SHA1 as hex, HMAC-SHA256,
//! a constant-time compare, UUID v4 tokens, reading a caller's expiry, the default expiry and the clock floor
//! (workerd's module scope reads 0). What is signed lives with each rule: URL signatures in `url/sign.rs`,
//! upload authentication parameters in `upload_auth.rs`, webhooks in `webhook.rs`. Synchronous on purpose:
//! WebCrypto would make every signed URL a Promise.

use hmac::{Hmac, Mac};

use crate::encoding::hex;
use crate::error::{Error, Result};

/// HMAC-SHA1 of `message` under `key`, as lowercase hex.
pub fn hmac_sha1_hex(key: &[u8], message: &[u8]) -> String {
    hex(&crate::sha1::HmacSha1::new(key).sign(&[message]))
}

/// HMAC-SHA256 of the concatenation of `parts` under `key`, raw bytes.
pub fn hmac_sha256(key: &[u8], parts: &[&[u8]]) -> Vec<u8> {
    match Hmac::<sha2::Sha256>::new_from_slice(key) {
        Ok(mut mac) => {
            for p in parts {
                mac.update(p);
            }
            mac.finalize().into_bytes().to_vec()
        }
        Err(_) => Vec::new(),
    }
}

/// Compares two byte strings in time that depends only on their lengths.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Seconds a default authentication expiry lies ahead (SPEC §4).
pub const DEFAULT_AUTH_TTL_SECONDS: u64 = 1800;

/// 2001-01-01T00:00:00Z in seconds. A clock that reads earlier dates nothing: workerd's reads 0 outside a request,
/// and an expiry computed from it (`ik-t=600`) is dead on arrival.
pub const CLOCK_FLOOR_SECONDS: u64 = 978_307_200;

/// The error for a time-dependent answer asked for while the clock reads before 2001.
fn clock_error(now_seconds: u64) -> Error {
    Error::validation(format!(
        "the clock reads {now_seconds} s since 1970 (before 2001), so no expiry can be computed: workerd's module \
         scope has no clock — sign inside a handler (or pass an explicit expire)"
    ))
}

/// The default upload-auth expiry (now + 30 min), or the clock error when the clock reads before 2001.
pub fn default_expire(now_seconds: u64) -> Result<u64> {
    if now_seconds < CLOCK_FLOOR_SECONDS {
        return Err(clock_error(now_seconds));
    }
    Ok(now_seconds.saturating_add(DEFAULT_AUTH_TTL_SECONDS))
}

/// Builds a URL with `build(now)`. When the clock reads before 2001, a URL that depends on the time (an
/// expiring signature) is refused with the clock error; one that does not (no expiry) is returned as built.
/// The dependence is found by building once more a second later, so the rule needs no knowledge of the options.
pub fn at_clock(now_seconds: u64, build: impl Fn(u64) -> Result<String>) -> Result<String> {
    let out = build(now_seconds)?;
    if now_seconds >= CLOCK_FLOOR_SECONDS || build(now_seconds.saturating_add(1))? == out {
        return Ok(out);
    }
    Err(clock_error(now_seconds))
}

/// Reads a caller's `expire` argument: a whole, positive number of seconds since the epoch.
pub fn parse_expire(value: f64) -> Result<u64> {
    if value.is_finite() && value > 0.0 && value.fract() == 0.0 && value <= 1e15 {
        Ok(value as u64)
    } else {
        Err(Error::validation(
            "expire must be a positive whole number of seconds since the epoch",
        ))
    }
}

/// A random (version 4) UUID from 16 random bytes.
pub fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let h = hex(&bytes);
    let mut out = String::with_capacity(36);
    for (i, (a, b)) in [(0, 8), (8, 12), (12, 16), (16, 20), (20, 32)]
        .into_iter()
        .enumerate()
    {
        if i > 0 {
            out.push('-');
        }
        out.push_str(h.get(a..b).unwrap_or_default());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_vectors() {
        assert_eq!(
            hmac_sha1_hex(
                b"private_key_test",
                b"tr:w-100/test-signed-url.png9999999999"
            ),
            "41b3075c40bc84147eb71b8b49ae7fbf349d0f00"
        );
    }

    #[test]
    fn sha256_known_answer() {
        // RFC 4231 test case 2.
        assert_eq!(
            hex(&hmac_sha256(
                b"Jefe",
                &[b"what do ya want ", b"for nothing?"]
            )),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn clock_before_2001_is_refused_only_where_time_matters() {
        let floor = CLOCK_FLOOR_SECONDS;
        assert_eq!(default_expire(floor), Ok(floor + DEFAULT_AUTH_TTL_SECONDS));
        let err = default_expire(0).unwrap_err();
        assert_eq!(err.class_name(), "ValidationError");
        assert!(err
            .message()
            .contains("workerd's module scope has no clock — sign inside a handler"));
        assert!(default_expire(floor - 1).is_err());
        // A URL that carries the time is refused at a broken clock, kept at a sane one; one without is kept.
        let expiring = |now: u64| Ok(format!("u?ik-t={}", now + 600));
        assert!(at_clock(0, expiring).is_err());
        assert_eq!(
            at_clock(floor, expiring),
            Ok(format!("u?ik-t={}", floor + 600))
        );
        assert_eq!(
            at_clock(0, |_| Ok("u?ik-s=x".into())),
            Ok("u?ik-s=x".into())
        );
        // The builder's own error passes through unchanged.
        let failing = |_| Err(Error::validation("bad"));
        assert_eq!(at_clock(0, failing).unwrap_err().message(), "bad");
    }

    #[test]
    fn uuid_has_version_and_variant() {
        let u = uuid_v4([0xff; 16]);
        assert_eq!(u, "ffffffff-ffff-4fff-bfff-ffffffffffff");
        assert_eq!(uuid_v4([0; 16]), "00000000-0000-4000-8000-000000000000");
    }

    #[test]
    fn expire_checks() {
        assert_eq!(parse_expire(1582269249.0).unwrap(), 1582269249);
        for bad in [0.0, -1.0, 1.5, f64::NAN, f64::INFINITY, 1e300] {
            assert!(parse_expire(bad).is_err());
        }
        assert!(constant_time_eq(b"ab", b"ab"));
        assert!(!constant_time_eq(b"ab", b"ac"));
        assert!(!constant_time_eq(b"ab", b"abc"));
    }
}
