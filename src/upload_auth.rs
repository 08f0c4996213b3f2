//! `getAuthenticationParameters(token?, expire?)` (SPEC §4): which token and expiry a call gets, and what is signed.
//! The one home of these defaults; both the checked method (`wasm/client.rs`) and the one-crossing lane
//! (`wasm/lane.rs`) only read their arguments and call [`authentication_parameters`].
//!
//! The rules are those of both Node SDKs (`token || uuid4()`, `expire || now + 1800`, signature over
//! `token + String(expire)`): a falsy token (`""`, missing) gets a random UUID v4; a falsy expiry (missing, `0`,
//! `NaN`, `""`) gets now + 1800 s; an expiry given as a decimal string is signed and returned as that same string.
//! What those SDKs would sign but no server accepts (a negative, fractional or far-future expiry, a string that is
//! not decimal digits) is a `ValidationError`.

use crate::encoding::{decimal, hex};
use crate::error::{Error, Result};
use crate::secret::Secret;
use crate::signing::{default_expire, parse_expire, uuid_v4};

/// The caller's `expire` argument, as JavaScript gave it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ExpireArg<'a> {
    /// `undefined` or `null`.
    Missing,
    Number(f64),
    Text(&'a str),
}

/// The expiry as it is returned: a number, or the caller's decimal string as given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expire {
    Seconds(u64),
    Text(String),
}

impl Expire {
    /// The text that is signed after the token (`String(expire)` in the Node SDKs).
    pub fn signed_text(&self) -> String {
        match self {
            Expire::Seconds(n) => decimal(*n),
            Expire::Text(s) => s.clone(),
        }
    }
}

/// `{token, expire, signature}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthenticationParameters {
    pub token: String,
    pub expire: Expire,
    pub signature: String,
}

/// The longest decimal expiry accepted: 16 digits hold every whole number up to the 1e15 bound of
/// [`parse_expire`].
const MAX_EXPIRE_DIGITS: usize = 16;

/// The parameters for `token` and `expire` at `now_seconds` (from JS `Date.now()`). `random` gives the 16 bytes
/// of a default token; it is called only when one is needed.
pub fn authentication_parameters(
    key: &Secret,
    token: Option<&str>,
    expire: ExpireArg<'_>,
    now_seconds: u64,
    random: impl FnOnce() -> Result<[u8; 16]>,
) -> Result<AuthenticationParameters> {
    // The expiry before the token: at workerd's module scope the clock's ValidationError names the cause, where
    // drawing random bytes first would fail with the platform's plain Error.
    let default = || default_expire(now_seconds).map(Expire::Seconds);
    let expire = match expire {
        ExpireArg::Missing | ExpireArg::Text("") => default()?,
        ExpireArg::Number(n) if n == 0.0 || n.is_nan() => default()?,
        ExpireArg::Number(n) => Expire::Seconds(parse_expire(n)?),
        ExpireArg::Text(s) => {
            if s.len() > MAX_EXPIRE_DIGITS || !s.bytes().all(|b| b.is_ascii_digit()) {
                return Err(Error::validation(
                    "expire must be a number of seconds since the epoch, or its decimal digits as a string",
                ));
            }
            let value = s.bytes().fold(0u64, |v, b| {
                v.saturating_mul(10)
                    .saturating_add(u64::from(b.saturating_sub(b'0')))
            });
            parse_expire(value as f64)?;
            Expire::Text(s.to_string())
        }
    };
    let token = match token {
        Some(t) if !t.is_empty() => t.to_string(),
        _ => uuid_v4(random()?),
    };
    let signature = hex(&key
        .mac()
        .sign(&[token.as_bytes(), expire.signed_text().as_bytes()]));
    Ok(AuthenticationParameters {
        token,
        expire,
        signature,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: u64 = 1_700_000_000;

    fn params(token: Option<&str>, expire: ExpireArg<'_>) -> Result<AuthenticationParameters> {
        authentication_parameters(&Secret::new("private_key_test"), token, expire, NOW, || {
            Ok([0xab; 16])
        })
    }

    #[test]
    fn seed_vector() {
        let p = params(Some("your_token"), ExpireArg::Number(1582269249.0)).unwrap();
        assert_eq!(p.signature, "e71bcd6031016b060d349d212e23e85c791decdd");
        assert_eq!(p.expire, Expire::Seconds(1582269249));
        assert_eq!(p.token, "your_token");
        // The same expiry as a decimal string: the same signature, the string returned as given.
        let q = params(Some("your_token"), ExpireArg::Text("1582269249")).unwrap();
        assert_eq!(q.signature, p.signature);
        assert_eq!(q.expire, Expire::Text("1582269249".into()));
    }

    #[test]
    fn defaults() {
        let uuid = "abababab-abab-4bab-abab-abababababab";
        for expire in [
            ExpireArg::Missing,
            ExpireArg::Number(0.0),
            ExpireArg::Number(-0.0),
            ExpireArg::Number(f64::NAN),
            ExpireArg::Text(""),
        ] {
            let p = params(None, expire).unwrap();
            assert_eq!(p.expire, Expire::Seconds(NOW + 1800), "{expire:?}");
            // Before 2001 (workerd's module scope) a default expiry is the clock's ValidationError, asked for
            // before any randomness.
            let early = authentication_parameters(&Secret::new("k"), None, expire, 0, || {
                Err(Error::validation("no randomness"))
            });
            assert!(
                early.unwrap_err().message().contains("workerd"),
                "{expire:?}"
            );
            assert_eq!(p.token, uuid);
            let again = params(Some(uuid), ExpireArg::Number((NOW + 1800) as f64)).unwrap();
            assert_eq!(p.signature, again.signature);
        }
        assert_eq!(params(Some(""), ExpireArg::Missing).unwrap().token, uuid);
        // A given token never asks for randomness.
        let p = authentication_parameters(
            &Secret::new("k"),
            Some("t"),
            ExpireArg::Missing,
            NOW,
            || Err(Error::validation("no randomness")),
        );
        assert_eq!(p.unwrap().token, "t");
    }

    #[test]
    fn leading_zeros_are_signed_as_given() {
        let p = params(Some("t"), ExpireArg::Text("01700000000")).unwrap();
        let mac = Secret::new("private_key_test");
        assert_eq!(p.signature, hex(&mac.mac().sign(&[b"t", b"01700000000"])));
        assert_eq!(p.expire.signed_text(), "01700000000");
    }

    #[test]
    fn refusals() {
        for expire in [
            ExpireArg::Number(-5.0),
            ExpireArg::Number(1.5),
            ExpireArg::Number(f64::INFINITY),
            ExpireArg::Number(1e300),
            ExpireArg::Text("0"),
            ExpireArg::Text("-5"),
            ExpireArg::Text(" 1700000000"),
            ExpireArg::Text("1.7e9"),
            ExpireArg::Text("17000000000000000"),
            ExpireArg::Text("99999999999999999999"),
            ExpireArg::Text("abc"),
        ] {
            let e = params(Some("t"), expire).unwrap_err();
            assert_eq!(e.class_name(), "ValidationError", "{expire:?}");
            assert!(e.message().starts_with("expire must be"), "{expire:?}");
        }
    }
}
