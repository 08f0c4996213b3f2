//! `split.rs` (the hand-written slice of the WHATWG URL parser, see its header) checked against the `url` crate,
//! which implements the whole WHATWG standard: for URLs built from every kind of part — scheme spellings,
//! slash runs, userinfo, ASCII, IDN and IPv6 hosts, ports — both accept or both reject, the origin is what the
//! standard serializes, and the path, query and fragment read the same.
//!
//! `DIFFERENCES` lists what split.rs leaves out on purpose; the generators stay inside what it claims.

use proptest::prelude::*;

use super::split::{js_path_segments, parse_absolute};

/// What split.rs does not do, and why (the generators below do not produce these):
/// - Unicode case folding of hosts (`MÜNCHEN.de`): ASCII folding only, the tables would cost wasm bytes;
/// - the rest of UTS 46 mapping (full-width letters, `ß`…) and IDNA validity of `xn--` labels, for the same reason;
/// - IPv4 hosts in shorthand or hex (`http://0x7f.1/`, `http://123/`), and hosts the standard refuses as broken
///   IPv4 (`http://.0/`, which split.rs accepts as the host `.0`): see `numeric_last_label`;
/// - IPv6 hosts are lower-cased, not re-serialized (`[0:0::1]` and `[::ffff:192.0.2.1]` stay as written, the
///   standard writes `[::1]` and `[::ffff:c000:201]`);
/// - percent-encoded hosts (`a%41.com`) are refused, where the standard decodes them (split.rs's own tests pin it).
#[allow(dead_code)]
const DIFFERENCES: () = ();

fn scheme() -> impl Strategy<Value = String> {
    (prop::sample::select(vec!["http", "https"]), any::<u8>()).prop_map(|(s, mask)| {
        s.chars()
            .enumerate()
            .map(|(i, c)| {
                if mask >> (i % 8) & 1 == 1 {
                    c.to_ascii_uppercase()
                } else {
                    c
                }
            })
            .collect()
    })
}

fn host() -> impl Strategy<Value = String> {
    let ascii = "[a-zA-Z][a-zA-Z0-9-]{0,7}";
    let unicode = prop::sample::select(vec![
        "bücher",
        "münchen",
        "例え",
        "テスト",
        "ñandú",
        "été",
        "δοκιμή",
    ]);
    let label = prop_oneof![4 => ascii.prop_map(String::from), 1 => unicode.prop_map(String::from)];
    prop_oneof![
        6 => prop::collection::vec(label, 1..4).prop_map(|l| l.join(".")),
        1 => prop::sample::select(vec!["[::1]", "[2001:db8::1]", "[2001:DB8::A]", "[fe80::1:2]"])
            .prop_map(String::from),
        1 => prop::sample::select(vec!["", "a b", "a..b", "[zz]", "[::1", "a_b", "a|b", "-a"])
            .prop_map(String::from),
    ]
}

/// An absolute URL from parts, most of them valid, some not.
fn url_text() -> impl Strategy<Value = String> {
    let sep = prop::sample::select(vec![
        "://", "://", "://", ":/", ":", ":///", ":\\\\", ":/\\",
    ]);
    let userinfo = prop::sample::select(vec![
        "",
        "",
        "",
        "user@",
        "user:pass@",
        ":p@",
        "a b@",
        "u%20x@",
        "@",
    ]);
    let port = prop::sample::select(vec![
        "", "", "", ":", ":80", ":443", ":0080", ":8080", ":65535", ":65536", ":x",
    ]);
    let path = "(/[a-zA-Z0-9._~-]{0,6}){0,4}";
    let query = prop::option::of("[a-zA-Z0-9=&]{0,8}");
    let fragment = prop::option::of("[a-zA-Z0-9]{0,6}");
    (scheme(), sep, userinfo, host(), port, path, query, fragment).prop_map(
        |(s, sep, u, h, p, path, q, f)| {
            let mut t = format!("{s}{sep}{u}{h}{p}{path}");
            if let Some(q) = q {
                t.push('?');
                t.push_str(&q);
            }
            if let Some(f) = f {
                t.push('#');
                t.push_str(&f);
            }
            t
        },
    )
}

/// Whether the standard reads the host as an IPv4 address: its last label (ignoring one trailing dot) is all
/// digits or `0x` hex. split.rs has no IPv4 parser (see `DIFFERENCES`); the generators avoid such hosts.
fn numeric_last_label(host: &str) -> bool {
    let host = host.strip_suffix('.').unwrap_or(host);
    let last = host.rsplit('.').next().unwrap_or(host);
    !last.is_empty()
        && (last.bytes().all(|b| b.is_ascii_digit())
            || last.starts_with("0x")
            || last.starts_with("0X"))
}

/// The host of an origin split.rs wrote (`scheme://[userinfo@]host[:port]`).
fn origin_host(origin: &str) -> &str {
    let authority = origin.split_once("://").map_or(origin, |(_, a)| a);
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    if host_port.starts_with('[') {
        return host_port;
    }
    host_port.split_once(':').map_or(host_port, |(h, _)| h)
}

/// The origin as split.rs writes it, from the standard's parse: scheme, userinfo, host, non-default port.
fn standard_origin(u: &::url::Url) -> String {
    let mut out = format!("{}://", u.scheme());
    if !u.username().is_empty() || u.password().is_some() {
        out.push_str(u.username());
        if let Some(p) = u.password() {
            out.push(':');
            out.push_str(p);
        }
        out.push('@');
    }
    out.push_str(u.host_str().unwrap_or_default());
    if let Some(p) = u.port() {
        out.push_str(&format!(":{p}"));
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn parses_absolute_urls_as_the_standard_does(text in url_text()) {
        let ours = parse_absolute(&text);
        let theirs = ::url::Url::parse(&text).ok().filter(|u| u.host_str().is_some_and(|h| !h.is_empty()));
        // An IPv4 host (or a failed one, such as `.0`), which the standard rewrites or refuses (see `DIFFERENCES`).
        let our_host = ours.as_ref().map(|p| origin_host(&p.origin));
        // A `xn--` label, whose IDNA validity split.rs does not check (see `DIFFERENCES`).
        let punycode = |h: &str| h.split('.').any(|l| l.len() >= 4 && l.as_bytes()[..4].eq_ignore_ascii_case(b"xn--"));
        if theirs.as_ref().and_then(|u| u.host_str()).is_some_and(numeric_last_label)
            || our_host.is_some_and(numeric_last_label)
            || our_host.is_some_and(punycode)
        {
            return Ok(());
        }
        match (&ours, &theirs) {
            (Some(p), Some(u)) => {
                prop_assert_eq!(&p.origin, &standard_origin(u), "{}", text);
                prop_assert_eq!(p.query, u.query(), "{}", text);
                prop_assert_eq!(p.fragment, u.fragment(), "{}", text);
                // The path as `new URL()` resolves it, then `pathJoin` (runs of `/` collapse, no empty segment).
                let (segs, _) = js_path_segments(p.path);
                let want: Vec<&str> = u.path().split('/').filter(|s| !s.is_empty()).collect();
                prop_assert_eq!(segs, want, "{}", text);
            }
            (None, None) => {}
            _ => prop_assert!(false, "{text}: split.rs {:?}, url crate {:?}", ours.map(|p| p.origin), theirs.map(|u| u.to_string())),
        }
    }

    /// Paths with dot segments, `%2e`, backslashes and empty segments resolve as the standard resolves them.
    #[test]
    fn resolves_paths_as_the_standard_does(
        segs in prop::collection::vec(prop::sample::select(vec!["a", "b.jpg", ".", "..", "%2e", "%2E%2e", ".%2e", "", "...", "c d"]), 0..8),
        seps in prop::collection::vec(prop::sample::select(vec!["/", "\\\\"]), 8),
    ) {
        let mut path = String::new();
        for (s, sep) in segs.iter().zip(&seps) {
            path.push_str(sep);
            path.push_str(s);
        }
        let u = ::url::Url::parse(&format!("https://a.com{path}")).unwrap();
        let (ours, trailing) = js_path_segments(&path);
        let ours: Vec<String> = ours.iter().map(|s| s.replace(' ', "%20")).collect();
        let want: Vec<&str> = u.path().split('/').filter(|s| !s.is_empty()).collect();
        prop_assert_eq!(&ours, &want, "{}", path);
        if !want.is_empty() {
            prop_assert_eq!(trailing, u.path().ends_with('/'), "{}", path);
        }
    }
}
