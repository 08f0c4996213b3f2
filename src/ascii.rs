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
        }
    }
}
