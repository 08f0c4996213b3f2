//! Byte encodings shared by URLs, signing, auth headers and webhooks: hex, standard base64 and the
//! percent-encodings of JavaScript's `encodeURIComponent` and Python's `quote_plus`. Hand-written because each is
//! a dozen lines and a crate for each would cost more wasm than it saves.

/// The lowercase hex digit of the low four bits of `n` (arithmetic, so nothing can index out of bounds).
fn hex_digit(n: u8) -> char {
    let n = n & 15;
    char::from(if n < 10 { b'0' + n } else { b'a' + n - 10 })
}

/// The standard base64 symbol of the low six bits of `n`.
fn b64_symbol(n: u32) -> u8 {
    let n = (n & 63) as u8;
    match n {
        0..=25 => b'A' + n,
        26..=51 => b'a' + n - 26,
        52..=61 => b'0' + n - 52,
        62 => b'+',
        _ => b'/',
    }
}

/// Lowercase hex of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
    // Bytes into a zeroed buffer, not `String::push`: at opt-level "z" each push is an uninlined call, and a
    // signature's 40 digits took 0.5 µs that way in wasm.
    let mut out = vec![0u8; bytes.len() * 2];
    for (pair, b) in out.chunks_exact_mut(2).zip(bytes) {
        if let [hi, lo] = pair {
            *hi = hex_digit(b >> 4) as u8;
            *lo = hex_digit(*b) as u8;
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

/// `n` in decimal. Not `n.to_string()`: `Display` goes through `core::fmt` and its padding logic, which at
/// opt-level "z" took longer than the HMAC of a signed URL.
pub fn decimal(mut n: u64) -> String {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        if let Some(d) = digits.get_mut(start) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || start == 0 {
            break;
        }
    }
    String::from_utf8(digits.get(start..).unwrap_or_default().to_vec()).unwrap_or_default()
}

/// Standard base64 with `=` padding. Written into a zeroed buffer, not pushed char by char (see [`hex`]).
pub fn base64_encode(bytes: &[u8]) -> String {
    let mut out = vec![0u8; bytes.len().div_ceil(3) * 4];
    for (quad, chunk) in out.chunks_exact_mut(4).zip(bytes.chunks(3)) {
        let b0 = chunk.first().copied().unwrap_or(0);
        let b1 = chunk.get(1).copied();
        let b2 = chunk.get(2).copied();
        let n =
            (u32::from(b0) << 16) | (u32::from(b1.unwrap_or(0)) << 8) | u32::from(b2.unwrap_or(0));
        if let [a, b, c, d] = quad {
            *a = b64_symbol(n >> 18);
            *b = b64_symbol(n >> 12);
            *c = if b1.is_some() {
                b64_symbol(n >> 6)
            } else {
                b'='
            };
            *d = if b2.is_some() { b64_symbol(n) } else { b'=' };
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

/// Decodes standard base64 (padding optional, no whitespace). `None` for anything else, padding beyond what the
/// last quad lacks included (`QUJD=`; found by tests/reference_base64.rs against the `base64` crate).
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let body = text.trim_end_matches('=');
    let (padding, rem) = (text.len() - body.len(), body.len() % 4);
    if rem == 1 || (padding > 0 && (rem == 0 || rem + padding > 4)) {
        return None;
    }
    let mut out = Vec::with_capacity(body.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for c in body.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

fn push_pct(out: &mut String, b: u8) {
    out.push('%');
    out.push(hex_digit(b >> 4).to_ascii_uppercase());
    out.push(hex_digit(b).to_ascii_uppercase());
}

/// Percent-encodes every byte of `s` for which `keep` is false (UTF-8, uppercase hex).
pub fn percent_encode(s: &str, keep: impl Fn(u8) -> bool) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if keep(b) {
            out.push(b as char);
        } else {
            push_pct(&mut out, b);
        }
    }
    out
}

/// JavaScript's `encodeURIComponent` (on valid Unicode; a lone surrogate is already U+FFFD in Rust).
pub fn encode_uri_component(s: &str) -> String {
    percent_encode(s, |b| {
        b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b)
    })
}

/// Python's `urllib.parse.quote_plus`: spaces become `+`, `-_.~` and alphanumerics stay.
pub fn quote_plus(s: &str) -> String {
    percent_encode(s, |b| b.is_ascii_alphanumeric() || b"-_.~ ".contains(&b)).replace(' ', "+")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_matches_display() {
        for n in [0, 1, 9, 10, 99, 1_582_269_249, 9_999_999_999, u64::MAX] {
            assert_eq!(decimal(n), n.to_string());
        }
    }
    use proptest::prelude::*;

    #[test]
    fn known_answers() {
        assert_eq!(hex(&[0, 0xab, 0x10]), "00ab10");
        assert_eq!(
            base64_encode(b"private_key_test:"),
            "cHJpdmF0ZV9rZXlfdGVzdDo="
        );
        assert_eq!(
            base64_encode(b"Let's use \xc2\xa9, \xc2\xae, \xe2\x84\xa2, etc"),
            "TGV0J3MgdXNlIMKpLCDCriwg4oSiLCBldGM="
        );
        assert_eq!(base64_encode(b""), "");
        assert_eq!(base64_encode(b"ab"), "YWI=");
        assert_eq!(base64_decode("YWI=").unwrap(), b"ab");
        assert_eq!(base64_decode("YWI").unwrap(), b"ab");
        assert!(base64_decode("Y").is_none());
        assert!(base64_decode("YW=I").is_none());
        assert!(base64_decode("YQ===").is_none());
        assert_eq!(
            encode_uri_component("a b/©?#'()*"),
            "a%20b%2F%C2%A9%3F%23'()*"
        );
        assert_eq!(quote_plus("h-300,w-400:rt-90 ~"), "h-300%2Cw-400%3Art-90+~");
    }

    proptest! {
        #[test]
        fn base64_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            prop_assert_eq!(base64_decode(&base64_encode(&bytes)).unwrap(), bytes);
        }

        #[test]
        fn base64_decode_never_panics(s in ".{0,40}") {
            let _ = base64_decode(&s);
        }
    }
}
