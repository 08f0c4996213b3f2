//! HMAC signing: URL signatures and upload authentication parameters (HMAC-SHA1), webhook signatures
//! (HMAC-SHA256). Synchronous on purpose: WebCrypto would make every signed URL a Promise.

use hmac::{Hmac, Mac};

use crate::client::Secret;
use crate::encoding::{decimal, hex};
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

/// The result of [`authentication_parameters`]: what a browser needs for a client-side upload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthParams {
    pub token: String,
    pub expire: u64,
    pub signature: String,
}

/// Seconds a default authentication expiry lies ahead (SPEC §4).
pub const DEFAULT_AUTH_TTL_SECONDS: u64 = 1800;

/// Upload authentication parameters: signature = hex HMAC-SHA1(privateKey, token + expire).
/// `token` and `expire` are chosen by the caller (the wasm layer supplies a UUID v4 and now + 1800 s).
pub fn authentication_parameters(private_key: &Secret, token: String, expire: u64) -> AuthParams {
    let signature = hex(&private_key
        .mac()
        .sign(&[token.as_bytes(), decimal(expire).as_bytes()]));
    AuthParams {
        token,
        expire,
        signature,
    }
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
        let p = authentication_parameters(
            &Secret::new("private_key_test"),
            "your_token".into(),
            1582269249,
        );
        assert_eq!(p.signature, "e71bcd6031016b060d349d212e23e85c791decdd");
        assert_eq!(p.expire, 1582269249);
        assert_eq!(p.token, "your_token");
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
