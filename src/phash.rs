//! Perceptual-hash distance: the Hamming distance between two hex pHash strings (SPEC §4).

use crate::error::{Error, Result};

/// Number of differing bits between two hex strings of equal length. `None` means the argument was missing.
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
    Ok(a.iter().zip(&b).map(|(x, y)| (x ^ y).count_ones()).sum())
}

/// The nibbles of one pHash, or the error that says what is wrong with it.
fn checked(which: &str, value: Option<&str>) -> Result<Vec<u8>> {
    let text = match value {
        Some(t) if !t.is_empty() => t,
        _ => return Err(Error::validation(format!("missing {which} pHash value"))),
    };
    text.chars()
        .map(|c| c.to_digit(16).map(|d| d as u8))
        .collect::<Option<Vec<u8>>>()
        .ok_or_else(|| {
            Error::validation(format!(
                "the {which} pHash value is not a hexadecimal string"
            ))
        })
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
