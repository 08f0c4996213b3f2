//! The base64 of `src/encoding.rs` (hand-written: the `base64` crate costs wasm bytes for what two loops do)
//! checked against the `base64` crate: the same text for any bytes, and the same decoding — padding optional,
//! nothing else accepted — for any text over the alphabet, `=` and near misses.
// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use base64::alphabet::STANDARD;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, STANDARD as PADDED};
use base64::engine::{DecodePaddingMode, Engine};
use imagekit_wasm::encoding::{base64_decode, base64_encode};
use proptest::prelude::*;

/// What `base64_decode` promises: standard alphabet, canonical padding or none, no whitespace. Its doc says
/// nothing about the unused low bits of the last symbol, and it ignores them (a signature compares the
/// decoded bytes, so the bits cannot matter), hence `allow_trailing_bits`.
fn reference() -> GeneralPurpose {
    GeneralPurpose::new(
        &STANDARD,
        GeneralPurposeConfig::new()
            .with_decode_padding_mode(DecodePaddingMode::Indifferent)
            .with_decode_allow_trailing_bits(true),
    )
}

/// Text over the base64 alphabet with `=` anywhere, sometimes a character from outside it.
fn base64ish() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            20 => prop::sample::select(
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".chars().collect::<Vec<_>>()
            ),
            3 => Just('='),
            1 => prop::sample::select(vec!['-', '_', ' ', '\n', '.', 'é']),
        ],
        0..24,
    )
    .prop_map(|c| c.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn encodes_as_the_crate_does(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        prop_assert_eq!(base64_encode(&bytes), PADDED.encode(&bytes));
    }

    #[test]
    fn decodes_what_it_and_the_crate_encode(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        let padded = PADDED.encode(&bytes);
        prop_assert_eq!(base64_decode(&padded), Some(bytes.clone()));
        prop_assert_eq!(base64_decode(padded.trim_end_matches('=')), Some(bytes));
    }

    /// Accepted exactly when the crate accepts, with the same bytes.
    #[test]
    fn decodes_any_text_as_the_crate_does(text in base64ish()) {
        let theirs = reference().decode(&text).ok();
        prop_assert_eq!(base64_decode(&text), theirs, "{:?}", text);
    }
}

/// The counterexample the property above found: `=` after a complete quad (or more `=` than the last quad
/// lacks) was accepted. Fewer than it lacks is fine, as the crate's `Indifferent` padding mode says.
#[test]
fn padding_must_complete_the_last_quad() {
    for bad in ["AAAAAAAA=", "QUJD==", "QQ===", "QUI==", "=", "=="] {
        assert_eq!(base64_decode(bad), None, "{bad}");
        assert!(reference().decode(bad).is_err(), "{bad}");
    }
    for (good, bytes) in [
        ("QQ==", &b"A"[..]),
        ("QQ=", b"A"),
        ("QQ", b"A"),
        ("QUI=", b"AB"),
        ("QUI", b"AB"),
        ("", b""),
    ] {
        assert_eq!(base64_decode(good).as_deref(), Some(bytes), "{good}");
    }
}
