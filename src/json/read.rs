//! The reader: JSON text (as `JSON.stringify` writes it) into a [`Value`] that borrows from it. Strict where
//! JSON is (no leading zeros, no raw control characters in strings, no trailing text), lenient where JS strings
//! are (a lone surrogate escape reads as U+FFFD), and bounded in depth ([`MAX_DEPTH`]).

use std::borrow::Cow;
use std::rc::Rc;

use super::{Value, MAX_DEPTH};
use crate::ascii;
use crate::error::{Error, Result};

/// Parses JSON text (as produced by `JSON.stringify`) into a [`Value`] that borrows from it.
pub fn parse(text: &str) -> Result<Value<'_>> {
    parse_watching(text, None).map(|(v, _)| v)
}

/// The top-level entry [`parse_watching`] watches, and what may already be known of its value by its exact text.
pub struct Watch<'w> {
    pub key: &'w str,
    /// Answers for a value text seen before (the lane's memo of transformation strings): an array value it answers
    /// for is stepped over, not read, and stands as `null` in the parsed object.
    pub known: &'w dyn Fn(&str) -> Option<Rc<str>>,
}

/// What [`parse_watching`] found of the watched entry (the last one, as a repeated key keeps the last value).
#[derive(Debug, Default)]
pub struct Watched<'a> {
    /// The exact text of its value.
    pub raw: Option<&'a str>,
    /// What `Watch::known` answered for that text, when it did (the value was then not read). Shared with the
    /// memo that answered, not copied.
    pub known: Option<Rc<str>>,
}

/// [`parse`], watching one entry of the top-level object: the `buildSrc` lane keys its memo of transformation
/// strings by the exact text of `transformation` (`url::tr_memo`), and a transformation it knows is not read at all.
pub fn parse_watching<'a>(
    text: &'a str,
    watch: Option<Watch<'_>>,
) -> Result<(Value<'a>, Watched<'a>)> {
    let mut p = Parser {
        text,
        s: text.as_bytes(),
        i: 0,
        failure: None,
        watch,
        watched: None,
        known: None,
    };
    let read: Read<Value<'_>> = p.value(0).and_then(|v| {
        p.ws();
        if p.i == p.s.len() {
            Ok(v)
        } else {
            Err(p.err("trailing characters"))
        }
    });
    let watched = Watched {
        raw: p.watched.and_then(|(from, to)| text.get(from..to)),
        known: p.known.take(),
    };
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

/// Whether a byte of `w` is a `"`, a `\` or a control character (below 0x20): a byte that ends a string's plain
/// run (exact about whether there is one).
#[inline(always)]
pub(super) fn has_special(w: u64) -> bool {
    // `|`, not `||`: three tests and one branch.
    ascii::has_byte(w, b'"') | ascii::has_byte(w, b'\\') | ascii::has_below(w, 0x20)
}

struct Parser<'a, 'b> {
    text: &'a str,
    s: &'a [u8],
    i: usize,
    /// Where and what the read failed on, once it has.
    failure: Option<(usize, &'static str)>,
    /// The top-level entry whose value's place is kept in `watched` ([`parse_watching`]).
    watch: Option<Watch<'b>>,
    watched: Option<(usize, usize)>,
    /// What `watch.known` answered for the watched value, when it did.
    known: Option<Rc<str>>,
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
                    let v = if depth == 0 && self.watch.as_ref().is_some_and(|w| *k == *w.key) {
                        self.watched_value(depth)?
                    } else {
                        self.value(depth + 1)?
                    };
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

    /// The watched entry's value: stepped over when `watch.known` answers for its text, read otherwise.
    fn watched_value(&mut self, depth: usize) -> Read<Value<'a>> {
        let from = self.i;
        let known = self
            .skip_array(from)
            .and_then(|end| Some((end, self.text.get(from..end)?)))
            .and_then(|(end, raw)| Some((end, (self.watch.as_ref()?.known)(raw)?)));
        if let Some((end, known)) = known {
            self.i = end;
            self.watched = Some((from, end));
            self.known = Some(known);
            return Ok(Value::Null);
        }
        let v = self.value(depth + 1)?;
        self.watched = Some((from, self.i));
        self.known = None;
        Ok(v)
    }

    /// Just past the `]` of the array that starts at `from`, found without reading it: brackets and braces counted
    /// outside strings, a string's escapes stepped over. Exact for JSON; `None` when no array starts there or it
    /// does not end. (Only a text `watch.known` answers for is skipped, and it answers only for texts read whole
    /// before, so a text that is not JSON is never skipped.)
    fn skip_array(&self, from: usize) -> Option<usize> {
        if self.s.get(from) != Some(&b'[') {
            return None;
        }
        let mut depth = 0usize;
        let mut i = from;
        while let Some(&b) = self.s.get(i) {
            match b {
                b'"' => loop {
                    i += 1;
                    match *self.s.get(i)? {
                        b'"' => break,
                        b'\\' => i += 1,
                        _ => {}
                    }
                },
                b'[' | b'{' => depth += 1,
                b']' | b'}' => {
                    depth = depth.checked_sub(1)?;
                    if depth == 0 {
                        return Some(i + 1);
                    }
                }
                _ => {}
            }
            i += 1;
        }
        None
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
    use super::{has_special, parse, parse_watching, Value, Watch};

    /// The watched entry: its exact text, stepped over (as `null`) when `known` answers for it, read otherwise;
    /// the rest of the object is read either way, and a text that is not JSON after it still fails.
    #[test]
    fn watching_an_entry() {
        let tricky = r#"[{"a":"]\"}{["},[1,{"b":"\\"}],"x\u005d"]"#;
        let text = format!(r#"{{"src":"/a.jpg","transformation":{tricky},"n":1}}"#);
        let none = |_: &str| None;
        let some = |raw: &str| (raw.len() > 2).then(|| "w-1".into());
        let watch = |known| {
            Some(Watch {
                key: "transformation",
                known,
            })
        };
        let (v, w) = parse_watching(&text, watch(&none)).unwrap();
        assert_eq!(w.raw, Some(tricky));
        assert!(w.known.is_none());
        assert_eq!(v, parse(&text).unwrap());
        let (v, w) = parse_watching(&text, watch(&some)).unwrap();
        assert_eq!((w.raw, w.known.as_deref()), (Some(tricky), Some("w-1")));
        assert_eq!(v.get("transformation"), Some(&Value::Null));
        assert_eq!(v.get("n"), parse("1").ok().as_ref());
        // Only an array is stepped over, only at the top level, and the last of a repeated key counts.
        let (_, w) = parse_watching(r#"{"transformation":5}"#, watch(&some)).unwrap();
        assert_eq!((w.raw, w.known), (Some("5"), None));
        let (_, w) = parse_watching(r#"{"a":{"transformation":[1,2]}}"#, watch(&some)).unwrap();
        assert_eq!(w.raw, None);
        let (v, w) = parse_watching(
            r#"{"transformation":[1,2],"transformation":[]}"#,
            watch(&some),
        )
        .unwrap();
        assert_eq!((w.raw, w.known), (Some("[]"), None));
        assert_eq!(v.get("transformation"), Some(&Value::Arr(Vec::new())));
        assert!(parse_watching(r#"{"transformation":[1,2]]}"#, watch(&some)).is_err());
        assert!(parse_watching(r#"{"transformation":[1,2"#, watch(&some)).is_err());
    }

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
