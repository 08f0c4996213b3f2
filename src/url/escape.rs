//! Percent-encoding for the pieces of an emitted URL, and the checker the tests hold every URL to.
//!
//! Input is taken unencoded, but a caller who already wrote `%20` means it: a `%` followed by two hex digits is
//! left alone everywhere, and only a stray `%` becomes `%25`. Every other byte outside a piece's allowed set is
//! written as `%XX` of its UTF-8 bytes, exactly once. The allowed sets are RFC 3986's, so the output is a valid
//! URL by the strict definition, not only by the forgiving WHATWG parser.

/// A set of ASCII bytes as a 128-bit mask: membership is one shift, with no table to index.
pub(crate) type Set = u128;

const fn set(bytes: &[u8]) -> Set {
    let mut m = 0;
    let mut rest = bytes;
    while let [b, tail @ ..] = rest {
        m |= 1 << *b;
        rest = tail;
    }
    m
}

const fn range(from: u8, to: u8) -> Set {
    let mut m = 0;
    let mut b = from;
    while b <= to {
        m |= 1 << b;
        b += 1;
    }
    m
}

/// Whether `b` is in `s` (never for non-ASCII bytes). Shifts one 64-bit half: wasm has no 128-bit shift, and a
/// variable `u128` shift is a call to a compiler-rt helper for every byte of every URL.
#[inline(always)]
pub(crate) fn has(s: Set, b: u8) -> bool {
    let half = if b < 64 { s as u64 } else { (s >> 64) as u64 };
    b < 128 && (half >> (b & 63)) & 1 == 1
}

const ALNUM: Set = range(b'0', b'9') | range(b'A', b'Z') | range(b'a', b'z');
/// RFC 3986 `unreserved`.
pub(crate) const UNRESERVED: Set = ALNUM | set(b"-._~");
const SUB_DELIMS: Set = set(b"!$&'()*+,;=");
/// RFC 3986 `pchar` (without `%`) plus `/`: what may stand in a path as it is. `'` stays raw as browsers do.
pub(crate) const PATH: Set = UNRESERVED | SUB_DELIMS | set(b":@/");
/// A query character. `'` is encoded in a query as the WHATWG parser does for http(s) URLs, so an absolute `src`
/// comes out as `@imagekit/javascript` prints it.
pub(crate) const QUERY: Set = (PATH | set(b"?")) & !set(b"'");
/// What the raw (buildSrc) query `tr` keeps: everything a query may hold, `'` included (the JS SDK appends the
/// transformation string unencoded).
pub(crate) const RAW_TR: Set = PATH | set(b"?");
/// Fragment characters (the WHATWG parser leaves `'` alone there).
pub(crate) const FRAGMENT: Set = RAW_TR;
/// Userinfo (`user:pass@`) characters.
pub(crate) const USERINFO: Set = UNRESERVED | SUB_DELIMS | set(b":");
/// What `URLSearchParams` leaves unencoded.
const FORM: Set = ALNUM | set(b"*-._");
/// Host name characters we accept (RFC 3986 `reg-name` without `%`).
pub(crate) const HOST: Set = UNRESERVED | SUB_DELIMS;

fn hex_at(bytes: &[u8], i: usize) -> bool {
    bytes.get(i).is_some_and(u8::is_ascii_hexdigit)
}

/// An upper-case hex digit for a nibble (0–15).
fn hex_digit(n: u8) -> u8 {
    if n < 10 {
        b'0' + n
    } else {
        b'A' + (n - 10)
    }
}

fn push_pct(out: &mut String, b: u8) {
    let triplet = [b'%', hex_digit(b >> 4), hex_digit(b & 15)];
    out.push_str(std::str::from_utf8(&triplet).unwrap_or_default());
}

/// How [`encode`] treats the bytes outside its set.
#[derive(Clone, Copy, Default)]
struct Mode {
    /// A well-formed `%XX` stays as it is (the caller encoded it); otherwise `%` is data and becomes `%25`.
    keep_pct: bool,
    /// A space becomes `+` (form encoding) instead of `%20`.
    plus: bool,
    /// The first `#` stays raw (see [`push_raw_tr`]).
    keep_hash: bool,
}

/// Appends `s` to `out`: bytes in `keep` as they are, the rest as `%XX` of their UTF-8 bytes. Kept runs are
/// copied whole, so a string that needs no encoding costs one `push_str`.
fn encode(out: &mut String, s: &str, keep: Set, mut mode: Mode) {
    let bytes = s.as_bytes();
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if has(keep, b)
            || (mode.keep_pct && b == b'%' && hex_at(bytes, i + 1) && hex_at(bytes, i + 2))
        {
            continue;
        }
        if b == b'#' && mode.keep_hash {
            mode.keep_hash = false;
            continue;
        }
        // Runs only ever end before a byte that is not kept, and kept bytes are ASCII, so `run..i` is either
        // empty or on character boundaries.
        out.push_str(s.get(run..i).unwrap_or_default());
        if b == b' ' && mode.plus {
            out.push('+');
        } else {
            push_pct(out, b);
        }
        run = i + 1;
    }
    out.push_str(s.get(run..).unwrap_or_default());
}

/// Appends `s` with every byte outside `keep` percent-encoded, well-formed `%XX` triplets left alone.
pub(crate) fn push_encoded(out: &mut String, s: &str, keep: Set) {
    encode(
        out,
        s,
        keep,
        Mode {
            keep_pct: true,
            ..Mode::default()
        },
    );
}

/// The raw query `tr` of buildSrc. `@imagekit/javascript` appends `#` unencoded, which makes the rest a fragment;
/// when `keep_hash` the first `#` is kept for that fidelity, any later one (never valid) is encoded.
pub(crate) fn push_raw_tr(out: &mut String, s: &str, keep_hash: bool) {
    encode(
        out,
        s,
        RAW_TR,
        Mode {
            keep_pct: true,
            keep_hash,
            ..Mode::default()
        },
    );
}

/// Python's `quote_plus` in full (a query parameter is data: `%` too is encoded).
pub(crate) fn push_quote_plus(out: &mut String, s: &str) {
    encode(
        out,
        s,
        UNRESERVED,
        Mode {
            plus: true,
            ..Mode::default()
        },
    );
}

/// The `application/x-www-form-urlencoded` serializer of `URLSearchParams`, which `@imagekit/javascript` uses for
/// `queryParameters`.
pub(crate) fn push_form(out: &mut String, s: &str) {
    encode(
        out,
        s,
        FORM,
        Mode {
            plus: true,
            ..Mode::default()
        },
    );
}

/// Percent-decodes `s` the way `URLSearchParams` parses a query (`+` is a space, a bad `%` stays as it is).
pub(crate) fn form_decode(s: &str) -> String {
    String::from_utf8_lossy(&percent_decode_bytes(s, true)).into_owned()
}

/// The bytes `s` stands for: each well-formed `%XX` decoded (a bad `%` stays as it is), and `+` a space when
/// `plus_is_space` (query text; path text keeps its `+`).
pub(crate) fn percent_decode_bytes(s: &str, plus_is_space: bool) -> Vec<u8> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = |j: usize| bytes.get(j).and_then(|c| char::from(*c).to_digit(16));
        match (b, hex(i + 1), hex(i + 2)) {
            (b'+', _, _) if plus_is_space => out.push(b' '),
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 2;
            }
            _ => out.push(b),
        }
        i += 1;
    }
    out
}

/// Re-serializes an existing query as `URLSearchParams` does the moment a parameter is appended to it:
/// `a=b%20c&flag` becomes `a=b+c&flag=`.
pub(crate) fn push_reserialized_query(out: &mut String, query: &str) {
    let mut first = true;
    for (name, value) in form_pairs(query) {
        if !first {
            out.push('&');
        }
        first = false;
        push_form(out, &name);
        out.push('=');
        push_form(out, &value);
    }
}

/// A query's `name=value` pairs as `URLSearchParams` reads them: split on `&` (empty pieces skipped), a piece
/// without `=` an empty value, both sides [`form_decode`]d; in order, a repeated name kept each time.
pub(crate) fn form_pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    query.split('&').filter(|p| !p.is_empty()).map(|pair| {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        (form_decode(name), form_decode(value))
    })
}

/// Whether `url` is a valid absolute http(s) URL by RFC 3986's character rules: only unreserved, reserved and
/// well-formed `%XX` characters, at most one `#`, no `?` or `#` before the path, no `[`/`]` outside an IPv6 host.
/// Used by the tests to hold every emitted URL to the contract.
#[cfg(test)]
pub(crate) fn is_valid_url(url: &str) -> bool {
    let rest = match url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    {
        Some(r) => r,
        None => return false,
    };
    let auth_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    // `auth_end` is at an ASCII byte, so both halves exist; `get` avoids `split_at`'s panic path (and its bytes).
    let (authority, tail) = (
        rest.get(..auth_end).unwrap_or(rest),
        rest.get(auth_end..).unwrap_or(""),
    );
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    if host.is_empty() || host.starts_with(':') {
        return false;
    }
    let ipv6 = host.starts_with('[');
    let host_ok = host
        .bytes()
        .all(|b| has(HOST | set(b":%"), b) || (ipv6 && (b == b'[' || b == b']')));
    if !host_ok
        || !well_formed_pct(authority)
        || !authority.bytes().all(|b| b != b' ' && b.is_ascii_graphic())
    {
        return false;
    }
    let mut hashes = 0;
    tail.bytes().all(|b| {
        if b == b'#' {
            hashes += 1;
        }
        has(PATH | set(b"?%#"), b) && hashes <= 1
    }) && well_formed_pct(tail)
}

#[cfg(test)]
fn well_formed_pct(s: &str) -> bool {
    let bytes = s.as_bytes();
    bytes
        .iter()
        .enumerate()
        .all(|(i, &b)| b != b'%' || (hex_at(bytes, i + 1) && hex_at(bytes, i + 2)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(s: &str, keep: Set) -> String {
        let mut out = String::new();
        push_encoded(&mut out, s, keep);
        out
    }

    #[test]
    fn path_encoding() {
        assert_eq!(
            enc("my folder/a#b?c.jpg", PATH),
            "my%20folder/a%23b%3Fc.jpg"
        );
        assert_eq!(
            enc("\"<>`{}|^[]\\", PATH),
            "%22%3C%3E%60%7B%7D%7C%5E%5B%5D%5C"
        );
        assert_eq!(enc("é✓\u{7}", PATH), "%C3%A9%E2%9C%93%07");
        // Already-encoded triplets stay; a stray % is encoded.
        assert_eq!(enc("a%20b%2x%", PATH), "a%20b%252x%25");
        assert_eq!(
            enc("it's+(1)@a:b,c;d=e&f!$*~", PATH),
            "it's+(1)@a:b,c;d=e&f!$*~"
        );
        assert_eq!(enc("a'b", QUERY), "a%27b");
    }

    #[test]
    fn tr_encodings() {
        let mut s = String::new();
        push_quote_plus(&mut s, "h-300,w-400:rt-90 ie-YQ%3D%3D+~");
        assert_eq!(s, "h-300%2Cw-400%3Art-90+ie-YQ%253D%253D%2B~");
        let mut s = String::new();
        push_raw_tr(&mut s, "n-a&b#c#d é", true);
        assert_eq!(s, "n-a&b#c%23d%20%C3%A9");
        let mut s = String::new();
        push_raw_tr(&mut s, "n-a#c", false);
        assert_eq!(s, "n-a%23c");
    }

    #[test]
    fn query_serializers() {
        let mut s = String::new();
        push_form(&mut s, "a b'~*%");
        assert_eq!(s, "a+b%27%7E*%25");
        let mut s = String::new();
        push_quote_plus(&mut s, "a b'~*%");
        assert_eq!(s, "a+b%27~%2A%25");
        let mut s = String::new();
        push_reserialized_query(&mut s, "x=a%20b+c&&y&z=%zz&é=1");
        assert_eq!(s, "x=a+b+c&y=&z=%25zz&%C3%A9=1");
    }

    #[test]
    fn validity_checker() {
        assert!(is_valid_url(
            "https://ik.imagekit.io/demo/tr:w-100/a%20b.jpg?x=1&tr=a,b:c#frag"
        ));
        assert!(is_valid_url("http://u:p@[::1]:8080/"));
        assert!(!is_valid_url("https://ik.imagekit.io/a b.jpg"));
        assert!(!is_valid_url("https://ik.imagekit.io/a%2.jpg"));
        assert!(!is_valid_url("https://ik.imagekit.io/a#b#c"));
        assert!(!is_valid_url("https://ik.imagekit.io/é"));
        assert!(!is_valid_url("ftp://x/"));
        assert!(!is_valid_url("https:///x"));
    }
}
