//! A small, panic-free splitter for absolute http(s) URLs (the `src` and `urlEndpoint` options). The `url` crate
//! would cost more wasm than the whole engine, and only a narrow slice of the WHATWG parser matters here: the
//! scheme and host are normalized as browsers print them (lower case, default port dropped, IDN hosts in
//! punycode), and paths can be read as the JS SDK's `new URL()` reads them (`\` is `/`, dot segments resolved).

use super::escape::{has, push_encoded, HOST, USERINFO};
use crate::ascii;

/// An absolute URL cut into its parts. `origin` is normalized and encoded; the others are the caller's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Parts<'a> {
    /// `https://user@host:8080`: scheme, userinfo, host and non-default port.
    pub origin: String,
    pub path: &'a str,
    pub query: Option<&'a str>,
    pub fragment: Option<&'a str>,
}

/// What the WHATWG parser drops before reading a URL: leading and trailing C0 controls and spaces.
pub(crate) fn trim_c0(s: &str) -> &str {
    // C0 controls and space are ASCII, and no byte of a non-ASCII character is below 0x80.
    ascii::trim_bytes(s, |b| b <= b' ')
}

/// Cuts `path?query#fragment` (a relative reference or the tail of a URL).
pub(crate) fn split_tail(tail: &str) -> (&str, Option<&str>, Option<&str>) {
    let (rest, fragment) = match ascii::split_once(tail, b'#') {
        Some((r, f)) => (r, Some(f)),
        None => (tail, None),
    };
    let (path, query) = match ascii::split_once(rest, b'?') {
        Some((p, q)) => (p, Some(q)),
        None => (rest, None),
    };
    (path, query, fragment)
}

/// Parses an absolute `http:`/`https:` URL (scheme case-insensitive, any run of `/` or `\` after it, as the
/// WHATWG parser allows for these schemes). `None` when it is not one or its host is empty or malformed.
pub(crate) fn parse_absolute(url: &str) -> Option<Parts<'_>> {
    let (scheme, rest) = ascii::split_once(url, b':')?;
    let scheme = if scheme.eq_ignore_ascii_case("https") {
        "https"
    } else if scheme.eq_ignore_ascii_case("http") {
        "http"
    } else {
        return None;
    };
    let rest = rest.trim_start_matches(['/', '\\']);
    let auth_end = rest
        .bytes()
        .position(|b| matches!(b, b'/' | b'\\' | b'?' | b'#'))
        .unwrap_or(rest.len());
    // `auth_end` is at an ASCII byte, so both halves exist; `get` avoids `split_at`'s panic path (and its bytes).
    let (authority, tail) = (
        rest.get(..auth_end).unwrap_or(rest),
        rest.get(auth_end..).unwrap_or(""),
    );
    let mut origin = String::with_capacity(scheme.len() + 3 + authority.len());
    origin.push_str(scheme);
    origin.push_str("://");
    let host_port = match ascii::rsplit_once(authority, b'@') {
        Some((userinfo, host_port)) => {
            if !userinfo.is_empty() {
                push_encoded(&mut origin, userinfo, USERINFO);
                origin.push('@');
            }
            host_port
        }
        None => authority,
    };
    let (host, port) = split_port(host_port)?;
    push_host(&mut origin, host)?;
    let default_port = if scheme == "https" { 443 } else { 80 };
    if let Some(p) = port.filter(|&p| p != default_port) {
        origin.push(':');
        origin.push_str(&p.to_string());
    }
    let (path, query, fragment) = split_tail(tail);
    Some(Parts {
        origin,
        path,
        query,
        fragment,
    })
}

/// Splits `host:port`; an empty port is no port. `None` for a port that is not a number up to 65535.
fn split_port(host_port: &str) -> Option<(&str, Option<u16>)> {
    let colon = if host_port.starts_with('[') {
        let close = host_port.find(']')?;
        match host_port.get(close + 1..) {
            Some("") => None,
            Some(after) if after.starts_with(':') => Some(close + 1),
            _ => return None,
        }
    } else {
        ascii::find(host_port, b':')
    };
    let Some(colon) = colon else {
        return Some((host_port, None));
    };
    let (host, port) = (host_port.get(..colon)?, host_port.get(colon + 1..)?);
    if port.is_empty() {
        return Some((host, None));
    }
    if !port.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = port.trim_start_matches('0');
    if digits.len() > 5 {
        return None;
    }
    let n = digits
        .bytes()
        .fold(0u32, |acc, b| acc * 10 + u32::from(b - b'0'));
    u16::try_from(n).ok().map(|p| (host, Some(p)))
}

/// Writes the host in lower case (IDN labels as punycode); `None` for an empty or malformed host.
fn push_host(out: &mut String, host: &str) -> Option<()> {
    if host.is_empty() {
        return None;
    }
    if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        if inner.is_empty()
            || !inner
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
        {
            return None;
        }
        out.push('[');
        out.push_str(&inner.to_ascii_lowercase());
        out.push(']');
        return Some(());
    }
    for (i, label) in host.split('.').enumerate() {
        if i > 0 {
            out.push('.');
        }
        if label.is_ascii() {
            if !label.bytes().all(|b| has(HOST, b)) {
                return None;
            }
            if label.bytes().any(|b| b.is_ascii_uppercase()) {
                out.extend(label.chars().map(|c| c.to_ascii_lowercase()));
            } else {
                out.push_str(label);
            }
        } else {
            // ASCII case folding only: full Unicode lower-casing would add its tables to the wasm.
            let lower: Vec<char> = label.chars().map(|c| c.to_ascii_lowercase()).collect();
            if lower
                .iter()
                .any(|c| c.is_ascii() && !(c.is_ascii_alphanumeric() || *c == '-'))
            {
                return None;
            }
            out.push_str("xn--");
            out.push_str(&punycode(&lower)?);
        }
    }
    Some(())
}

/// RFC 3492 punycode of one label (already lower-cased). `None` on arithmetic overflow (absurd labels).
fn punycode(input: &[char]) -> Option<String> {
    const BASE: u32 = 36;
    let adapt = |mut delta: u32, points: u32, first: bool| {
        delta = if first { delta / 700 } else { delta / 2 };
        delta += delta / points;
        let mut k = 0;
        while delta > ((BASE - 1) * 26) / 2 {
            delta /= BASE - 1;
            k += BASE;
        }
        k + (BASE * delta) / (delta + 38)
    };
    let digit = |d: u32| {
        char::from(if d < 26 {
            b'a' + d as u8
        } else {
            b'0' + (d - 26) as u8
        })
    };
    let mut out: String = input.iter().filter(|c| c.is_ascii()).collect();
    let basic = u32::try_from(out.len()).ok()?;
    let total = u32::try_from(input.len()).ok()?;
    if basic > 0 {
        out.push('-');
    }
    let (mut n, mut delta, mut bias, mut handled) = (128u32, 0u32, 72u32, basic);
    while handled < total {
        let m = input.iter().map(|&c| c as u32).filter(|&c| c >= n).min()?;
        delta = delta.checked_add((m - n).checked_mul(handled + 1)?)?;
        n = m;
        for &c in input {
            let c = c as u32;
            if c < n {
                delta = delta.checked_add(1)?;
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = if k <= bias {
                        1
                    } else if k >= bias + 26 {
                        26
                    } else {
                        k - bias
                    };
                    if q < t {
                        break;
                    }
                    out.push(digit(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                out.push(digit(q));
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                handled += 1;
            }
        }
        delta = delta.checked_add(1)?;
        n = n.checked_add(1)?;
    }
    Some(out)
}

/// Whether a path segment is `.` or `..` to the WHATWG parser (which also reads `%2e` as a dot).
pub(crate) fn dots(seg: &str) -> usize {
    if seg.len() > 6 || !matches!(seg.as_bytes().first(), Some(b'.' | b'%')) {
        return 0;
    }
    let is = |s: &str| seg.eq_ignore_ascii_case(s);
    if is(".") || is("%2e") {
        1
    } else if is("..") || is(".%2e") || is("%2e.") || is("%2e%2e") {
        2
    } else {
        0
    }
}

/// Reads `path` as `new URL()` does for an http(s) URL and then `@imagekit/javascript`'s `pathJoin` does:
/// `\` is `/`, `.` and `..` segments are resolved, runs of `/` collapse to one. Returns the segments (never empty
/// strings) and whether the path ends with `/`.
pub(crate) fn js_path_segments(path: &str) -> (Vec<&str>, bool) {
    let mut segs: Vec<&str> = Vec::with_capacity(4);
    let mut trailing;
    let bytes = path.as_bytes();
    let is_sep = |b: &u8| *b == b'/' || *b == b'\\';
    let mut start = usize::from(bytes.first().is_some_and(is_sep));
    loop {
        let end = bytes
            .get(start..)
            .and_then(|rest| rest.iter().position(is_sep))
            .map_or(bytes.len(), |p| start + p);
        let seg = path.get(start..end).unwrap_or_default();
        let last = end >= bytes.len();
        match dots(seg) {
            1 => trailing = last,
            2 => {
                // A `..` pops the previous segment; empty segments count, as in the WHATWG parser.
                segs.pop();
                trailing = last;
            }
            _ => {
                segs.push(seg);
                trailing = false;
            }
        }
        if last {
            break;
        }
        start = end + 1;
    }
    if segs.last() == Some(&"") {
        trailing = true;
    }
    segs.retain(|s| !s.is_empty());
    (segs, trailing)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin(url: &str) -> Option<String> {
        parse_absolute(url).map(|p| p.origin)
    }

    #[test]
    fn splits_and_normalizes() {
        let p = parse_absolute("HTTPS://IK.ImageKit.io:443/Demo/a.jpg?x=1&y#frag").unwrap();
        assert_eq!(p.origin, "https://ik.imagekit.io");
        assert_eq!(
            (p.path, p.query, p.fragment),
            ("/Demo/a.jpg", Some("x=1&y"), Some("frag"))
        );
        assert_eq!(origin("http://a.com:80/").unwrap(), "http://a.com");
        assert_eq!(origin("http://a.com:0080/").unwrap(), "http://a.com");
        assert_eq!(origin("https://a.com:8080").unwrap(), "https://a.com:8080");
        assert_eq!(origin("https:a.com").unwrap(), "https://a.com");
        assert_eq!(origin("https:\\\\a.com\\x").unwrap(), "https://a.com");
        assert_eq!(
            origin("https://user:pa ss@a.com/").unwrap(),
            "https://user:pa%20ss@a.com"
        );
        assert_eq!(origin("http://[::1]:3000/").unwrap(), "http://[::1]:3000");
        assert_eq!(
            origin("https://bücher.de/x").unwrap(),
            "https://xn--bcher-kva.de"
        );
        assert_eq!(
            origin("https://München.DE").unwrap(),
            "https://xn--mnchen-3ya.de"
        );
        assert_eq!(
            origin("https://例え.テスト").unwrap(),
            "https://xn--r8jz45g.xn--zckzah"
        );
        let p = parse_absolute("https://a.com").unwrap();
        assert_eq!((p.path, p.query, p.fragment), ("", None, None));
    }

    #[test]
    fn rejects_what_is_not_an_http_url() {
        for bad in [
            "https://",
            "https:///",
            "ftp://a.com",
            "not a url",
            "https://a b.com",
            "https://a.com:99999/",
            "https://a.com:x/",
            "https://[zz]/",
            "https://[::1]x/",
            "https://a%41.com/",
            "",
            ":",
        ] {
            assert_eq!(parse_absolute(bad), None, "{bad}");
        }
    }

    #[test]
    fn js_paths() {
        let f = |p: &str| {
            let (segs, trailing) = js_path_segments(p);
            format!(
                "/{}{}",
                segs.join("/"),
                if trailing && !segs.is_empty() {
                    "/"
                } else {
                    ""
                }
            )
        };
        assert_eq!(f("/a/../b/./c.jpg"), "/b/c.jpg");
        assert_eq!(f("a\\b.jpg"), "/a/b.jpg");
        assert_eq!(f("///a//b/"), "/a/b/");
        assert_eq!(f("/%2e%2E/a.jpg"), "/a.jpg");
        assert_eq!(f("/a/b/.."), "/a/");
        assert_eq!(f("/a//../b"), "/a/b");
        assert_eq!(f(""), "/");
        assert_eq!(f("/..."), "/...");
    }

    #[test]
    fn tails() {
        assert_eq!(
            split_tail("/a b?x=1 2#fr#ag"),
            ("/a b", Some("x=1 2"), Some("fr#ag"))
        );
        assert_eq!(split_tail("a#b?c"), ("a", None, Some("b?c")));
        assert_eq!(trim_c0(" \t/a.jpg\n "), "/a.jpg");
    }
}
