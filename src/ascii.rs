//! Searching and trimming `str`s for ASCII bytes with plain loops.
//!
//! Why: at `opt-level = "z"` the `str` pattern API (`split_once(':')`, `find`, `trim_matches('/')`, …) is not
//! inlined, and each call builds a `CharSearcher` and runs `memchr` through several more calls; profiling a URL
//! build in wasm put a tenth of its time there. A byte loop is a few instructions. Every position returned is
//! that of an ASCII byte, so slicing at it (with `get`, never indexing) always lands on a character boundary.

/// Index of the first `b` in `s`.
#[inline(always)]
pub fn find(s: &str, b: u8) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&c) = bytes.get(i) {
        if c == b {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The index just past the first `://` in `s` (the start of a URL's authority), or 0 without one. A byte loop, not
/// `str::find("://")`: the std substring search (Two-Way) is 1.2 KB of wasm for this one three-byte needle.
pub fn authority_start(s: &str) -> usize {
    let b = s.as_bytes();
    (0..b.len())
        .find(|&i| b.get(i..i + 3) == Some(b"://"))
        .map_or(0, |i| i + 3)
}

/// Index of the last `b` in `s`.
#[inline(always)]
pub fn rfind(s: &str, b: u8) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut i = bytes.len();
    while i > 0 {
        i -= 1;
        if bytes.get(i) == Some(&b) {
            return Some(i);
        }
    }
    None
}

/// The text before and after `at`, the byte at `at` (an ASCII byte) dropped.
#[inline(always)]
fn cut(s: &str, at: usize) -> Option<(&str, &str)> {
    Some((s.get(..at)?, s.get(at + 1..)?))
}

/// `s.split_once(b as char)`.
#[inline(always)]
pub fn split_once(s: &str, b: u8) -> Option<(&str, &str)> {
    cut(s, find(s, b)?)
}

/// `s.rsplit_once(b as char)`.
#[inline(always)]
pub fn rsplit_once(s: &str, b: u8) -> Option<(&str, &str)> {
    cut(s, rfind(s, b)?)
}

/// `s.trim_matches(b as char)`.
#[inline(always)]
pub fn trim(s: &str, b: u8) -> &str {
    trim_bytes(s, |c| c == b)
}

/// `s` without the leading and trailing bytes `strip` says to drop; `strip` must only accept ASCII bytes.
#[inline(always)]
pub fn trim_bytes(s: &str, strip: impl Fn(u8) -> bool) -> &str {
    let bytes = s.as_bytes();
    let (mut start, mut end) = (0, bytes.len());
    while start < end && bytes.get(start).is_some_and(|&c| strip(c)) {
        start += 1;
    }
    while end > start && bytes.get(end - 1).is_some_and(|&c| strip(c)) {
        end -= 1;
    }
    s.get(start..end).unwrap_or_default()
}

/// Each byte 0x01, and each byte 0x80, of a word.
const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = ONES * 0x80;

/// Whether a byte of `w` is `b` (the classic "has a zero byte" test of `w ^ b…b`, exact about whether there is
/// one): eight bytes tested in a few instructions, where a byte loop in the speed build (LLVM's loop unrolling is
/// off, Makefile) tests one.
#[inline(always)]
pub fn has_byte(w: u64, b: u8) -> bool {
    let x = w ^ (ONES * u64::from(b));
    x.wrapping_sub(ONES) & !x & HIGHS != 0
}

/// Whether a byte of `w` is below `limit` (at most 0x80).
#[inline(always)]
pub fn has_below(w: u64, limit: u8) -> bool {
    w.wrapping_sub(ONES * u64::from(limit)) & !w & HIGHS != 0
}

/// `bytes` as little-endian words of eight bytes, the last one padded with zeros; whole words are read with one
/// load each.
#[inline(always)]
pub fn words(bytes: &[u8]) -> impl Iterator<Item = u64> + '_ {
    let chunks = bytes.chunks_exact(8);
    let rest = chunks.remainder();
    let last = (!rest.is_empty()).then(|| {
        let mut w = [0u8; 8];
        w.iter_mut().zip(rest).for_each(|(d, s)| *d = *s);
        u64::from_le_bytes(w)
    });
    chunks
        .map(|c| u64::from_le_bytes(c.try_into().unwrap_or_default()))
        .chain(last)
}

/// `a == b`, compared eight bytes at a time (the wasm `memcmp` that `==` calls goes byte by byte), for the
/// transformation memo's texts of up to 1 KiB. Not for short names: used for the option names of `options.rs`
/// it measured 4-7 % slower per `buildSrc` than `==` (bench/ab.mjs, Node and Bun), most names differing in length.
#[inline(always)]
pub fn eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && words(a).zip(words(b)).all(|(x, y)| x == y)
}

/// Whether `s` holds any of the three bytes `set` (none of them 0: the last word is padded with zeros), tested
/// eight bytes at a time.
#[inline(always)]
pub fn contains_any(s: &str, set: [u8; 3]) -> bool {
    let [a, b, c] = set;
    words(s.as_bytes()).any(|w| has_byte(w, a) | has_byte(w, b) | has_byte(w, c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Each helper agrees with the `str` method it replaces, on any text and any ASCII byte.
        #[test]
        fn agree_with_str(s in "[a-c/#?:@é \u{0}\u{1f}日]{0,12}", b in prop::sample::select(vec![b'a', b'/', b'#', b'?', b':', b'@', 0u8])) {
            let c = b as char;
            prop_assert_eq!(find(&s, b), s.find(c));
            prop_assert_eq!(rfind(&s, b), s.rfind(c));
            prop_assert_eq!(split_once(&s, b), s.split_once(c));
            prop_assert_eq!(rsplit_once(&s, b), s.rsplit_once(c));
            prop_assert_eq!(trim(&s, b), s.trim_matches(c));
            prop_assert_eq!(trim_bytes(&s, |x| x <= b' '), s.trim_matches(|x| x <= ' '));
            prop_assert_eq!(authority_start(&s), s.find("://").map_or(0, |i| i + 3));
        }

        /// The word-at-a-time helpers against the byte loops they replace, on texts of every length around a word.
        #[test]
        fn word_helpers_agree_with_byte_loops(a in "[ab\t\n\r\u{0}é]{0,20}", b in "[ab\t\n\r\u{0}é]{0,20}") {
            prop_assert_eq!(eq(&a, &b), a == b);
            prop_assert!(eq(&a, &a.clone()));
            let set = [b'\t', b'\n', b'\r'];
            prop_assert_eq!(contains_any(&a, set), a.bytes().any(|c| set.contains(&c)));
        }
    }

    /// Every byte value at every place of a word: `has_byte` and `has_below` are exact.
    #[test]
    fn word_tests_are_exact() {
        for filler in [b'a', 0x20, 0x7f, 0x80, 0xff] {
            for b in 0..=255u8 {
                for at in 0..8 {
                    let mut word = [filler; 8];
                    word[at] = b;
                    let w = u64::from_le_bytes(word);
                    assert_eq!(has_byte(w, b'\t'), b == b'\t', "{filler} {b} {at}");
                    assert_eq!(
                        has_below(w, 0x20),
                        b < 0x20 || filler < 0x20,
                        "{filler} {b} {at}"
                    );
                }
            }
        }
    }
}
