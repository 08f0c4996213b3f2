//! Secrets (SPEC §2: the private key never appears in any output): a string whose `Debug` is redacted, with the
//! HMAC-SHA1 state of the key computed once.

use std::fmt;

use crate::sha1::HmacSha1;

/// A secret string (private key, webhook secret). Its `Debug` never shows the value, so it cannot leak through
/// a log line or an error built with `{:?}`. It also keeps the HMAC-SHA1 state with the key absorbed, computed
/// once here, so that each signed URL or authentication signature hashes only its own message.
#[derive(Clone)]
pub struct Secret {
    text: String,
    mac: HmacSha1,
}

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        let text = value.into();
        let mac = HmacSha1::new(text.as_bytes());
        Secret { text, mac }
    }

    /// The secret itself, for signing only.
    pub fn expose(&self) -> &str {
        &self.text
    }

    /// HMAC-SHA1 keyed with this secret.
    pub fn mac(&self) -> &HmacSha1 {
        &self.mac
    }
}

impl PartialEq for Secret {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl Eq for Secret {}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}
