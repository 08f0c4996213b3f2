//! The one URL assembler behind `ik.url()`, `buildSrc`, `ik.buildSrc` and the responsive attributes: origin,
//! endpoint path, `tr:` segment, file path, query (the source's own, `queryParameters`, `tr`), signature,
//! fragment — each piece encoded once as it is appended to a single buffer. What differs between the seed's
//! `url()` and `@imagekit/javascript`'s `buildSrc` is the [`Policy`] passed in.

use std::borrow::Cow;
use std::cell::RefCell;

use super::dots;
use super::escape::{push_encoded, FRAGMENT, PATH};
use super::jsvalue::Values;
use super::query::{write_js_query, write_seed_query};
use super::sign::{append_signature, Signing};
use super::split::{js_path_segments, parse_absolute, split_tail, trim_c0};
use crate::ascii;
use crate::config::Position;
use crate::error::{Error, Result};
use crate::json::Value;

/// How paths are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PathJoin {
    /// The seed: leading and trailing `/` of the endpoint's path and of `path` are dropped and the pieces joined
    /// with one `/`; a `path` is opaque (`?` and `#` in it are file-name characters and get encoded).
    Seed,
    /// `@imagekit/javascript`: a relative `src` is read as `new URL()` reads it (`?` starts its query, `#` its
    /// fragment, `\` is `/`, dot segments resolve), runs of `/` collapse, a trailing `/` stays.
    Js,
}

/// How the query (the source's own, `queryParameters`, `tr`) is written: see `query.rs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Params {
    /// Python's `dict` + `urlencode` (`quote_plus`, `tr` too: `h-300%2Cw-400%3Art-90`), as the seed writes it.
    QuotePlus,
    /// `URLSearchParams` for `queryParameters` (which re-serializes the source's own query once a parameter is
    /// appended), `tr` appended raw as `@imagekit/javascript` appends it.
    Form,
}

/// The switches that make one engine serve both dialects.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Policy {
    /// How transformation values become text.
    pub values: Values,
    pub join: PathJoin,
    pub params: Params,
    /// An input the JS SDK answers with `""` (no `src`, an endpoint or `src` that is not a URL) gives `""`
    /// instead of an error.
    pub lenient: bool,
    /// `expiresIn > 0` signs even without `signed: true` (`@imagekit/nodejs` 7's `helper.buildSrc`).
    pub expiry_signs: bool,
    /// Options object name for messages.
    pub what: &'static str,
}

/// `ik.url()`: the seed's rules.
pub(crate) const URL: Policy = Policy {
    values: Values::Seed,
    join: PathJoin::Seed,
    params: Params::QuotePlus,
    lenient: false,
    expiry_signs: false,
    what: "url options",
};

/// `buildSrc` / `ik.buildSrc`: `@imagekit/javascript` 5.5's rules.
pub(crate) const BUILD_SRC: Policy = Policy {
    values: Values::Js,
    join: PathJoin::Js,
    params: Params::Form,
    lenient: true,
    expiry_signs: true,
    what: "buildSrc options",
};

/// What to build, read from the caller's options.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Target<'a> {
    /// `path` (`ik.url()` only): wins over `src`.
    pub path: Option<&'a str>,
    pub src: Option<&'a str>,
    /// The options' `urlEndpoint`, else the client's.
    pub endpoint: Option<&'a str>,
    pub position: Position,
    pub query_parameters: &'a [(Cow<'a, str>, Value<'a>)],
}

/// `Ok("")` for the lenient dialect, an error naming the problem otherwise.
fn reject(policy: &Policy, message: impl FnOnce() -> String) -> Result<String> {
    if policy.lenient {
        Ok(String::new())
    } else {
        Err(Error::validation(message()))
    }
}

/// The WHATWG parser removes tabs and newlines anywhere in a URL before reading it. (Looked for eight bytes at a
/// time: the byte loop was 3 % of a `buildSrc` in Bun, issue #16.)
fn without_tab_newline(s: &str) -> Cow<'_, str> {
    if ascii::contains_any(s, [b'\t', b'\n', b'\r']) {
        Cow::Owned(s.replace(['\t', '\n', '\r'], ""))
    } else {
        Cow::Borrowed(s)
    }
}

/// What `@imagekit/javascript` leaves of a `src`: an absolute one is parsed alone (the WHATWG parser drops C0
/// controls and spaces at both ends); a relative one is joined after the endpoint, so only its end is the URL's
/// end (`"  a.jpg  "` → `/%20%20a.jpg`).
fn trim_js_src(s: &str) -> &str {
    if s.starts_with("http://") || s.starts_with("https://") {
        trim_c0(s)
    } else {
        s.trim_end_matches(|c: char| c <= ' ')
    }
}

/// Appends `/seg` for each segment, encoded.
fn push_segments(out: &mut String, segs: &[&str]) {
    for seg in segs {
        out.push('/');
        push_encoded(out, seg, PATH);
    }
}

/// Appends the endpoint's path as the policy joins it (no trailing `/`).
fn push_endpoint_path(out: &mut String, path: &str, policy: &Policy) {
    match policy.join {
        PathJoin::Js => push_segments(out, &js_path_segments(path).0),
        PathJoin::Seed => {
            let path = ascii::trim(path, b'/');
            if !path.is_empty() {
                out.push('/');
                push_encoded(out, path, PATH);
            }
        }
    }
}

/// The last endpoint read, with the policy's join and the prefix it gave.
type EndpointMemo = Option<(String, PathJoin, String)>;

thread_local! {
    static LAST_ENDPOINT: RefCell<EndpointMemo> = const { RefCell::new(None) };
}

/// Appends `urlEndpoint` as emitted (normalized origin, then its path as the policy joins it, no trailing `/`);
/// false when it is not an http(s) URL. The answer for the last endpoint is kept and reused: an application
/// builds nearly all its URLs on one endpoint, and reading it again was a tenth of a `buildSrc` call in wasm.
fn push_endpoint(out: &mut String, endpoint: &str, policy: &Policy) -> bool {
    LAST_ENDPOINT.with(|memo| {
        if let Ok(memo) = memo.try_borrow() {
            if let Some((text, join, prefix)) = memo.as_ref() {
                if *join == policy.join && text == endpoint {
                    out.push_str(prefix);
                    return true;
                }
            }
        }
        let Some(ep) = parse_absolute(endpoint) else {
            return false;
        };
        let start = out.len();
        out.push_str(&ep.origin);
        push_endpoint_path(out, ep.path, policy);
        if let (Ok(mut memo), Some(prefix)) = (memo.try_borrow_mut(), out.get(start..)) {
            *memo = Some((endpoint.to_string(), policy.join, prefix.to_string()));
        }
        true
    })
}

thread_local! {
    /// The last transformation string written as a path segment by `buildSrc`, and what it wrote.
    static LAST_TR_SEGMENT: RefCell<(String, String)> = const { RefCell::new((String::new(), String::new())) };
}

/// Appends `tr` as `@imagekit/javascript` writes a path transformation: the segments of `tr:` + `tr` (a `/` in it
/// splits it, dot segments resolve), each encoded. What the last `tr` wrote is kept and reused, as the endpoint's
/// is (`push_endpoint`): an application repeats a few transformations, and the `tr:` segment's split and encoding
/// were what a path `buildSrc` cost over a query one (issue #16: in Bun 0.92× `@imagekit/nodejs` where the query
/// form made 1.04×). The two strings keep their buffers, so a new `tr` costs two copies and no allocation.
fn push_js_tr_segment(out: &mut String, tr: &str) {
    LAST_TR_SEGMENT.with(|memo| {
        if let Ok(memo) = memo.try_borrow() {
            if !memo.0.is_empty() && memo.0 == tr {
                out.push_str(&memo.1);
                return;
            }
        }
        let start = out.len();
        let segment = without_tab_newline(tr);
        let mut tr_segment = String::with_capacity(3 + segment.len());
        tr_segment.push_str("tr:");
        tr_segment.push_str(&segment);
        push_segments(out, &js_path_segments(&tr_segment).0);
        if let (Ok(mut memo), Some(written)) = (memo.try_borrow_mut(), out.get(start..)) {
            let (text, wrote) = &mut *memo;
            text.clear();
            text.push_str(tr);
            wrote.clear();
            wrote.push_str(written);
        }
    })
}

/// Builds the URL for `target` with the precompiled transformation string `tr`; `signing` adds `ik-t`/`ik-s`.
pub(crate) fn assemble(
    target: &Target<'_>,
    tr: &str,
    policy: &Policy,
    signing: Option<Signing<'_>>,
) -> Result<String> {
    let js = policy.join == PathJoin::Js;
    // The seed's `urlparse` drops tabs and newlines, as the WHATWG parser does.
    let path_text = target.path.map(without_tab_newline);
    let path = path_text
        .as_deref()
        .map(|p| ascii::trim(p, b'/'))
        .filter(|p| !p.is_empty());
    // `opts.src || ""` decides in the JS SDK, before any trimming: `" "` is a (blank) file under the endpoint.
    let src = match path {
        Some(_) => None,
        None if js => target
            .src
            .filter(|s| !s.is_empty())
            .map(|s| without_tab_newline(trim_js_src(s))),
        None => target
            .src
            .map(|s| without_tab_newline(trim_c0(s)))
            .filter(|s| !s.is_empty()),
    };
    if path.is_none() && src.is_none() {
        return Ok(String::new());
    }
    let src = src.as_deref().unwrap_or_default();
    let absolute = path.is_none() && (src.starts_with("http://") || src.starts_with("https://"));
    let mut out = String::with_capacity(96 + tr.len() + src.len());
    // Where the signed part starts: just after `urlEndpoint/` as emitted.
    let mut signed_from = 0;
    let (query, fragment, tr_in_query) = if absolute {
        // The seed strips every trailing `/` of a `src` (`https://e.io/dir/` → `…/dir`).
        let given = src;
        let src = if js { src } else { src.trim_end_matches('/') };
        let Some(parts) = parse_absolute(src) else {
            return reject(policy, || {
                format!("src must be a valid http(s) URL, got \"{given}\"")
            });
        };
        out.push_str(&parts.origin);
        let origin_len = out.len();
        if js {
            let (segs, trailing) = js_path_segments(parts.path);
            push_segments(&mut out, &segs);
            if trailing && !segs.is_empty() {
                out.push('/');
            }
        } else {
            // The authority ends at `\` too; the path must still start with `/` to stay a path.
            let rest = parts.path.strip_prefix('/').unwrap_or(parts.path);
            let Some(resolved) = dots::resolve(rest, true) else {
                return Err(Error::validation(format!(
                    "src climbs above its root with `..`: \"{src}\""
                )));
            };
            if !parts.path.is_empty() {
                out.push('/');
            }
            push_encoded(&mut out, &resolved, PATH);
            if resolved.len() != rest.len() && climbs_out_of_endpoint(&out, rest, target, policy) {
                return Err(Error::validation(format!(
                    "src climbs above the urlEndpoint's path with `..`: \"{src}\""
                )));
            }
        }
        // `new URL()` gives an empty path its `/`; the seed's `urlparse` keeps `https://host?tr=…` as written.
        if out.len() == origin_len && js {
            out.push('/');
        }
        if signing.is_some() {
            signed_from = endpoint_prefix_len(&out, target.endpoint, policy)?;
        }
        (parts.query, parts.fragment, true)
    } else {
        let Some(endpoint) = target.endpoint.map(trim_c0).filter(|e| !e.is_empty()) else {
            return reject(policy, || {
                "urlEndpoint is required (in the options or the client) to build a URL from a path"
                    .into()
            });
        };
        if !push_endpoint(&mut out, endpoint, policy) {
            return reject(policy, || {
                format!("urlEndpoint must be an http(s) URL, got \"{endpoint}\"")
            });
        }
        signed_from = out.len() + 1;
        // The seed puts a `src` transformation in the query whatever the position; the JS SDK only does so for an
        // absolute `src`.
        let tr_in_query = target.position == Position::Query || (path.is_none() && !js);
        if !tr_in_query && !tr.is_empty() {
            if js {
                push_js_tr_segment(&mut out, tr);
            } else {
                // The seed writes `tr:` + the string with its leading and trailing `/` stripped.
                out.push_str("/tr:");
                push_encoded(&mut out, ascii::trim(&without_tab_newline(tr), b'/'), PATH);
            }
        }
        // A `?` in `path` starts its query (SPEC §3.1, as in the seed); a `#` stays part of the file name.
        let (file, query, fragment) = match path {
            Some(p) => match ascii::split_once(p, b'?') {
                Some((file, query)) => (file, Some(query), None),
                None => (p, None, None),
            },
            None => split_tail(src),
        };
        if js {
            let (segs, trailing) = js_path_segments(file);
            push_segments(&mut out, &segs);
            if trailing || out.len() < signed_from {
                out.push('/');
            }
        } else {
            // With nothing above the file (an endpoint without a path, no `tr:` segment) a `..` stops at the
            // root, as the WHATWG parser stops it; otherwise climbing out is refused.
            let authority = ascii::authority_start(&out);
            let at_root = !out.get(authority..).is_some_and(|rest| rest.contains('/'));
            let Some(file) = dots::resolve(ascii::trim(file, b'/'), at_root) else {
                return Err(Error::validation(format!(
                    "path climbs above the urlEndpoint's path with `..`: \"{file}\""
                )));
            };
            out.push('/');
            push_encoded(&mut out, &file, PATH);
        }
        (query, fragment, tr_in_query)
    };

    let tr_query = (tr_in_query && !tr.is_empty()).then_some(tr);
    let params = target.query_parameters;
    let has_query = match policy.params {
        Params::Form => write_js_query(
            &mut out,
            query,
            params,
            tr_query,
            policy.what,
            fragment.is_none() && signing.is_none(),
        )?,
        Params::QuotePlus => write_seed_query(&mut out, query, params, tr_query, policy.what)?,
    };
    if let Some(signing) = signing {
        append_signature(&mut out, signed_from, has_query, signing);
    }
    if let Some(f) = fragment {
        out.push('#');
        push_encoded(&mut out, f, FRAGMENT);
    }
    Ok(out)
}

/// Whether an absolute `src` whose path `rest` (unresolved) lay under the endpoint left it once resolved into
/// `url` (`https://e.io/demo/../x.jpg` under `https://e.io/demo`).
fn climbs_out_of_endpoint(url: &str, rest: &str, target: &Target<'_>, policy: &Policy) -> bool {
    let mut prefix = String::new();
    let Some(endpoint) = target.endpoint.map(trim_c0).filter(|e| !e.is_empty()) else {
        return false;
    };
    if !push_endpoint(&mut prefix, endpoint, policy) {
        return false;
    }
    prefix.push('/');
    let origin_len = ascii::authority_start(url);
    let origin_end = url
        .get(origin_len..)
        .and_then(|t| t.find('/'))
        .map_or(url.len(), |i| origin_len + i);
    let mut raw = url.get(..origin_end).unwrap_or_default().to_string();
    raw.push('/');
    push_encoded(&mut raw, rest, PATH);
    raw.starts_with(&prefix) && !url.starts_with(&prefix)
}

/// For an absolute `src`: how much of `url` is `urlEndpoint/` (normalized as emitted), 0 when the URL is not
/// under the endpoint. Signing needs an endpoint to know what to leave out.
fn endpoint_prefix_len(url: &str, endpoint: Option<&str>, policy: &Policy) -> Result<usize> {
    let endpoint = endpoint.map(trim_c0).filter(|e| !e.is_empty());
    let mut prefix = String::new();
    if !endpoint.is_some_and(|e| push_endpoint(&mut prefix, e, policy)) {
        return Err(Error::validation(match endpoint {
            None => {
                "urlEndpoint is required (in the options or the client) to sign a URL".to_string()
            }
            Some(e) => format!("urlEndpoint must be an http(s) URL, got \"{e}\""),
        }));
    }
    prefix.push('/');
    Ok(if url.starts_with(&prefix) {
        prefix.len()
    } else {
        0
    })
}
