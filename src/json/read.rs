//! The reader: JSON text (as `JSON.stringify` writes it) into a [`Value`] that borrows from it. Strict where
//! JSON is (no leading zeros, no raw control characters in strings, no trailing text), lenient where JS strings
//! are (a lone surrogate escape reads as U+FFFD), and bounded in depth ([`MAX_DEPTH`]).

use std::borrow::Cow;

use super::{Value, MAX_DEPTH};
use crate::error::{Error, Result};

/// Parses JSON text (as produced by `JSON.stringify`) into a [`Value`] that borrows from it.
pub fn parse(text: &str) -> Result<Value<'_>> {
    parse_watching(text, None).map(|(v, _)| v)
}

/// [`parse`], also answering the exact text of the value of the top-level object's entry `watch` (the last one, as
/// a repeated key keeps the last value), when there is one: the `buildSrc` lane keys its memo of transformation
/// strings by that text (`url::build_src_from`).
pub fn parse_watching<'a>(
    text: &'a str,
    watch: Option<&str>,
) -> Result<(Value<'a>, Option<&'a str>)> {
    let mut p = Parser {
        text,
        s: text.as_bytes(),
        i: 0,
        failure: None,
        watch,
        watched: None,
    };
    let read: Read<Value<'_>> = p.value(0).and_then(|v| {
        p.ws();
        if p.i == p.s.len() {
            Ok(v)
        } else {
            Err(p.err("trailing characters"))
        }
    });
    let watched = p.watched.and_then(|(from, to)| text.get(from..to));
    read.map(|v| (v, watched)).map_err(|Fail| match p.failure {
        Some((_, TOO_DEEP)) => Error::validation(format!(
            "options are nested more than {MAX_DEPTH} levels deep"
        )),
        Some((at, what)) => Error::validation(format!("invalid JSON at offset {at}: {what}")),
        None => Error::validation("invalid JSON"),
    })
}

/// A failed read; what failed and where is in [`Parser::failure`]. Zero-sized, so that a `Result` of the reader is
/// no larger than its `Value`: the recursion moves these results up every level, and with the crate's `Error`
/// (32 bytes) in them the moves were the larger part of the reader's time in a native profile.
struct Fail;

/// What each step of the reader answers.
type Read<T> = std::result::Result<T, Fail>;

/// The failure that is not a syntax error: nesting past [`MAX_DEPTH`].
const TOO_DEEP: &str = "too deep";

/// Each byte 0x01, and each byte 0x80, of a word.
const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = ONES * 0x80;

/// Whether a byte of `w` is a `"`, a `\` or a control character (below 0x20): a byte that ends a string's plain
/// run (the classic "has a zero byte" test, exact about whether there is one).
#[inline(always)]
fn has_special(w: u64) -> bool {
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let below_space = w.wrapping_sub(ONES * 0x20) & !w & HIGHS;
    (zero(w ^ (ONES * u64::from(b'"'))) | zero(w ^ (ONES * u64::from(b'\\'))) | below_space) != 0
}

struct Parser<'a, 'b> {
    text: &'a str,
    s: &'a [u8],
    i: usize,
    /// Where and what the read failed on, once it has.
    failure: Option<(usize, &'static str)>,
    /// The top-level key whose value's place is kept in `watched` ([`parse_watching`]).
    watch: Option<&'b str>,
    watched: Option<(usize, usize)>,
}

impl<'a> Parser<'a, '_> {
    #[cold]
    fn err(&mut self, what: &'static str) -> Fail {
        self.failure = Some((self.i, what));
        Fail
    }

    // The small helpers are forced inline: at opt-level "z" they stayed calls, and a profile of `buildSrc` in
    // Node showed peek/ws/eat as a tenth of the whole call.
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    #[inline(always)]
    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.i += 1;
        }
    }

    #[inline(always)]
    fn eat(&mut self, lit: &str) -> Read<()> {
        if self.s.get(self.i..self.i + lit.len()) == Some(lit.as_bytes()) {
            self.i += lit.len();
            Ok(())
        } else {
            Err(self.err("unexpected token"))
        }
    }

    fn value(&mut self, depth: usize) -> Read<Value<'a>> {
        if depth > MAX_DEPTH {
            return Err(self.err(TOO_DEEP));
        }
        self.ws();
        match self.peek() {
            Some(b'n') => self.eat("null").map(|_| Value::Null),
            Some(b't') => self.eat("true").map(|_| Value::Bool(true)),
            Some(b'f') => self.eat("false").map(|_| Value::Bool(false)),
            Some(b'"') => self.string().map(Value::Str),
            Some(b'[') => {
                self.i += 1;
                self.ws();
                if self.peek() == Some(b']') {
                    self.i += 1;
                    return Ok(Value::Arr(Vec::new()));
                }
                // Room for a few items up front: growing from empty costs a reallocation per doubling. Objects get
                // eight (a signed `buildSrc` options object has six or seven keys).
                let mut items = Vec::with_capacity(4);
                loop {
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    match self.peek() {
                        Some(b',') => self.i += 1,
                        Some(b']') => {
                            self.i += 1;
                            return Ok(Value::Arr(items));
                        }
                        _ => return Err(self.err("expected , or ]")),
                    }
                }
            }
            Some(b'{') => {
                self.i += 1;
                self.ws();
                if self.peek() == Some(b'}') {
                    self.i += 1;
                    return Ok(Value::Obj(Vec::new()));
                }
                let mut entries = Vec::with_capacity(8);
                loop {
                    self.ws();
                    if self.peek() != Some(b'"') {
                        return Err(self.err("expected a key"));
                    }
                    let k = self.string()?;
                    self.ws();
                    self.eat(":")?;
                    self.ws();
                    let from = self.i;
                    let v = self.value(depth + 1)?;
                    if depth == 0 && self.watch.is_some_and(|w| *k == *w) {
                        self.watched = Some((from, self.i));
                    }
                    // A repeated key (impossible from JSON.stringify) keeps the last value in the first key's
                    // place, as JSON.parse does.
                    match entries
                        .iter_mut()
                        .find(|(e, _): &&mut (Cow<'a, str>, Value<'a>)| *e == k)
                    {
                        Some(entry) => entry.1 = v,
                        None => entries.push((k, v)),
                    }
                    self.ws();
                    match self.peek() {
                        Some(b',') => self.i += 1,
                        Some(b'}') => {
                            self.i += 1;
                            return Ok(Value::Obj(entries));
                        }
                        _ => return Err(self.err("expected , or }")),
                    }
                }
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.err("unexpected token")),
        }
    }

    fn number(&mut self) -> Read<Value<'a>> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        let digits = |p: &mut Self| {
            let s = p.i;
            while matches!(p.peek(), Some(b'0'..=b'9')) {
                p.i += 1;
            }
            p.i > s
        };
        let int_start = self.i;
        if !digits(self) {
            return Err(self.err("expected digits"));
        }
        // JSON (and JSON.parse) allow no leading zero: `0` alone, or `0.5`, but not `01`.
        if self.i - int_start > 1 && self.s.get(int_start) == Some(&b'0') {
            return Err(self.err("leading zero"));
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if !digits(self) {
                return Err(self.err("expected digits"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if !digits(self) {
                return Err(self.err("expected digits"));
            }
        }
        // Digits, signs, `.` and exponents are ASCII, so the slice is on character boundaries.
        Ok(Value::Num(Cow::Borrowed(
            self.text.get(start..self.i).unwrap_or_default(),
        )))
    }

    fn hex4(&mut self) -> Read<u32> {
        let mut n = 0u32;
        for _ in 0..4 {
            let d = self
                .peek()
                .and_then(|c| (c as char).to_digit(16))
                .ok_or_else(|| self.err("bad \\u escape"))?;
            n = n * 16 + d;
            self.i += 1;
        }
        Ok(n)
    }

    fn string(&mut self) -> Read<Cow<'a, str>> {
        self.i += 1; // opening quote
                     // Fast path: a string without escapes or control characters is borrowed as it is. One byte loop (not
                     // `position` + `all`, which stay calls at opt-level "z") finds its end.
        let start = self.i;
        let mut end = start;
        while let Some(word) = self.s.get(end..end + 8) {
            // The fallback is eight quotes: it stops the word loop (it cannot happen: the slice has eight bytes).
            if has_special(u64::from_le_bytes(word.try_into().unwrap_or([b'"'; 8]))) {
                break;
            }
            end += 8;
        }
        while let Some(&b) = self.s.get(end) {
            if b == b'"' {
                if let Some(plain) = self.text.get(start..end) {
                    self.i = end + 1;
                    return Ok(Cow::Borrowed(plain));
                }
                break;
            }
            if b == b'\\' || b < 0x20 {
                break;
            }
            end += 1;
        }
        let mut out = Vec::new();
        loop {
            let c = self.peek().ok_or_else(|| self.err("unterminated string"))?;
            self.i += 1;
            match c {
                b'"' => break,
                b'\\' => {
                    let e = self.peek().ok_or_else(|| self.err("unterminated escape"))?;
                    self.i += 1;
                    let ch = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi)
                                && self.s.get(self.i..self.i + 2) == Some(b"\\u")
                            {
                                let save = self.i;
                                self.i += 2;
                                let lo = self.hex4()?;
                                if (0xDC00..0xE000).contains(&lo) {
                                    0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                                } else {
                                    self.i = save;
                                    0xFFFD
                                }
                            } else {
                                hi
                            };
                            // A lone surrogate (legal in JS strings) becomes U+FFFD, as TextEncoder does.
                            char::from_u32(code).unwrap_or('\u{FFFD}')
                        }
                        _ => return Err(self.err("bad escape")),
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                // A raw control character inside a string is not JSON (JSON.stringify escapes them all).
                c if c < 0x20 => return Err(self.err("control character in a string")),
                c => out.push(c),
            }
        }
        String::from_utf8(out)
            .map(Cow::Owned)
            .map_err(|_| self.err("invalid UTF-8"))
    }
}

#[cfg(test)]
mod tests {
    use super::has_special;

    /// Every byte value at every place of a word, among plain bytes of both kinds (ASCII and UTF-8 continuation).
    #[test]
    fn has_special_is_exact() {
        for filler in [b'a', 0x20, 0x7f, 0x80, 0xff, b'#', b']'] {
            for b in 0..=255u8 {
                for at in 0..8 {
                    let mut word = [filler; 8];
                    word[at] = b;
                    let want = b == b'"' || b == b'\\' || b < 0x20;
                    assert_eq!(
                        has_special(u64::from_le_bytes(word)),
                        want,
                        "{filler} {b} {at}"
                    );
                }
            }
        }
        assert!(!has_special(u64::from_le_bytes(*b"w-400,h-")));
        assert!(has_special(u64::from_le_bytes(*b"ab\"cdefg")));
    }
}
