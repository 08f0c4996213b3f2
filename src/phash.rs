//! Perceptual-hash distance: the Hamming distance between two hex pHash strings (SPEC §4).

use crate::error::{Error, Result};

/// Number of differing bits between two hex strings of equal length. `None` means the argument was missing.
///
/// Plain byte loops rather than iterator chains: at `opt-level = "z"` the adapters are not inlined, and a
/// `chars().map(to_digit).collect()` version spent most of each call in them.
pub fn distance(first: Option<&str>, second: Option<&str>) -> Result<u32> {
    let a = checked("first", first)?;
    let b = checked("second", second)?;
    if a.len() != b.len() {
        return Err(Error::validation(format!(
            "pHash values must have the same length: the first has {} hex digits, the second {}",
            a.len(),
            b.len()
        )));
    }
    let mut bits = 0;
    for (x, y) in a.iter().zip(b) {
        bits += (nibble(*x) ^ nibble(*y)).count_ones();
    }
    Ok(bits)
}

/// The value of a hex digit; 16 (not a nibble) for anything else.
fn nibble(b: u8) -> u8 {
    match b {
        b'0'..=b'9' => b - b'0',
        b'a'..=b'f' => b - b'a' + 10,
        b'A'..=b'F' => b - b'A' + 10,
        _ => 16,
    }
}

/// The bytes of one pHash once every one is a hex digit, or the error that says what is wrong with it.
fn checked<'a>(which: &str, value: Option<&'a str>) -> Result<&'a [u8]> {
    let bytes = match value {
        Some(t) if !t.is_empty() => t.as_bytes(),
        _ => return Err(Error::validation(format!("missing {which} pHash value"))),
    };
    for &b in bytes {
        if nibble(b) == 16 {
            return Err(Error::validation(format!(
                "the {which} pHash value is not a hexadecimal string"
            )));
        }
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_distances() {
        assert_eq!(
            distance(Some("2d5ad3936d2e015b"), Some("2d6ed293db36a4fb")).unwrap(),
            17
        );
        assert_eq!(
            distance(Some("a4a65595ac94518b"), Some("7838873e791f8400")).unwrap(),
            37
        );
        assert_eq!(
            distance(Some("33699c96619cc69e"), Some("968e978414fe04ea")).unwrap(),
            30
        );
        assert_eq!(
            distance(Some("F06830CA9F1E3E90"), Some("f06830ca9f1e3e90")).unwrap(),
            0
        );
    }

    #[test]
    fn says_what_is_wrong() {
        let msg = |a, b| distance(a, b).unwrap_err().message().to_string();
        assert_eq!(msg(None, Some("ab")), "missing first pHash value");
        assert_eq!(msg(Some("ab"), Some("")), "missing second pHash value");
        assert_eq!(
            msg(Some("zz"), Some("ab")),
            "the first pHash value is not a hexadecimal string"
        );
        assert_eq!(
            msg(Some("ab"), Some("a-")),
            "the second pHash value is not a hexadecimal string"
        );
        assert_eq!(
            msg(Some("abc"), Some("ab")),
            "pHash values must have the same length: the first has 3 hex digits, the second 2"
        );
    }

    proptest! {
        #[test]
        fn symmetric_and_never_panics(a in ".{0,20}", b in ".{0,20}") {
            prop_assert_eq!(distance(Some(&a), Some(&b)).ok(), distance(Some(&b), Some(&a)).ok());
        }

        #[test]
        fn bounded_by_bits(a in "[0-9a-f]{16}", b in "[0-9a-f]{16}") {
            let d = distance(Some(&a), Some(&b)).unwrap();
            prop_assert!(d <= 64);
            prop_assert_eq!(d == 0, a == b);
        }
    }
}
