//! Random-input fuzzing of the pure core, on stable Rust, with no extra dependency.
//!
//! ```text
//! make fuzz                                   # 10 million cases (CASES=... to change)
//! cargo run --profile fuzz --example fuzz -- --cases 10000000 [--seed N] [--threads N]
//! cargo run --profile fuzz --example fuzz -- --seed N --case I   # replay one case, printing its inputs
//! ```
//!
//! Each case draws one entry point of the core and a structured random input for it — option objects built from
//! the real key names (the transformation table, the SPEC options, their snake_case aliases) mixed with garbage,
//! strings heavy in unicode, `%`, `/`, `?`, `#` and controls, random headers, statuses and bodies — and passes it
//! in the way the wasm layer does (as JSON text through `json::parse`, often after random byte mutations).
//! Every call runs under `catch_unwind`. Besides "no panic", the invariants checked are:
//! every emitted URL is a valid URL (RFC 3986 characters, well-formed `%XX`); a signed URL's `ik-s` recomputes
//! from its own text; a webhook signed correctly verifies and a tampered one does not; `json::parse` round-trips;
//! API answers map to the class of their status; built requests have valid URLs and JSON bodies that parse;
//! the private key never appears in a URL, a request, an error message or the client's public description.
//!
//! Case `i` of seed `s` is generated from `(s, i)` alone, so any failure is replayed with `--seed s --case i`.
//! The `fuzz` profile is `release` with unwinding (release aborts on panic, which `catch_unwind` cannot see)
//! and overflow checks on (an overflow wraps silently in the shipped wasm; here it is a finding).

// A test harness: a broken invariant is meant to panic (and is caught and counted), indexing is on known sizes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::cell::RefCell;
use std::fmt::Debug;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use imagekit_wasm::api::endpoints::{self, Call, UploadFile, UPLOAD_OPTIONS};
use imagekit_wasm::api::response::{self, ErrorClass, Outcome};
use imagekit_wasm::api::{retry, ApiRequest, Body};
use imagekit_wasm::client::{ClientConfig, CLIENT_OPTIONS};
use imagekit_wasm::json::{self, Value};
use imagekit_wasm::{encoding, options, phash, signing, url, webhook, Error};

// ---------------------------------------------------------------------------------------------------------------
// Randomness

/// SplitMix64: tiny, fast, and good enough to explore inputs.
struct Rng(u64);

impl Rng {
    fn for_case(seed: u64, case: u64) -> Self {
        let mut r = Rng(seed ^ case.wrapping_mul(0xD1B5_4A32_D192_ED03));
        r.next();
        r
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    /// True with probability 1/n.
    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    fn f64(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary

/// Every transformation key of the table (`src/url/table.rs`), from the crate itself, so the fuzzer always
/// speaks the real names.
fn table_keys() -> Vec<&'static str> {
    let keys: Vec<_> = imagekit_wasm::url::transformation_keys().collect();
    assert_eq!(keys.len(), 140, "the key table has 140 rows");
    keys
}

/// Pieces that strings are made of: the characters URLs, JSON, base64 and headers get wrong.
const PIECES: &[&str] = &[
    "a",
    "Z",
    "0",
    "9",
    "x",
    "-",
    "_",
    ".",
    "~",
    "/",
    "//",
    "%",
    "%2",
    "%20",
    "%zz",
    "%E2%9C%93",
    "%%",
    "?",
    "#",
    "&",
    "=",
    "+",
    " ",
    "  ",
    "\t",
    "\n",
    "\r",
    "\0",
    "\u{1}",
    "\u{1f}",
    "\u{7f}",
    "é",
    "©",
    "™",
    "✓",
    "😀",
    "\u{feff}",
    "\u{85}",
    "\u{a0}",
    "\u{2028}",
    "\u{fffd}",
    "\u{10ffff}",
    "\u{300}",
    "\\",
    "..",
    "../",
    "./",
    ":",
    "@",
    "[",
    "]",
    "'",
    "\"",
    "<",
    ">",
    "`",
    "{",
    "}",
    "|",
    "^",
    ",",
    ";",
    "!",
    "$",
    "(",
    ")",
    "*",
    "http://",
    "https://",
    "HTTP://",
    "https://ik.imagekit.io/",
    "tr:",
    "tr=",
    "ik-s=",
    "ik-t=",
    "l-end",
    "w-100",
    "data:",
    "xn--",
    "localhost",
    "[::1]",
    ":8080",
    "user:pw@",
    "t=",
    "v1=",
    "v1,",
    "1700000000",
    "-1",
    "1e400",
    "NaN",
    "null",
    "true",
    "{}",
    "[]",
    "{\"",
    "\":",
    "\\u00",
    "\\ud800",
    "whsec_",
    "base64",
    "/@@/",
    "vw",
    "100vw",
    "50vw ",
    "(max-width: 600px)",
];

const NUMBERS: &[&str] = &[
    "0",
    "-0",
    "1",
    "-1",
    "2",
    "0.5",
    "-0.5",
    "1.5",
    "16",
    "100",
    "300",
    "640",
    "1e+21",
    "1e21",
    "1E-7",
    "1e-7",
    "9007199254740993",
    "1e308",
    "-1e308",
    "1e400",
    "1e-400",
    "123456789012345678901234567890",
    "0.1",
    "2147483647",
    "2147483648",
    "4294967296",
    "9999999999",
    "1e15",
    "1e16",
    "18446744073709551616",
    "99999999999999999999999",
    "3.14159",
    "1e9999",
    "-1e9999",
    "0e0",
    "0.0000000000000000000001",
    "60000",
    "60001",
    "100",
    "101",
    "1700000000",
    "1800",
];

fn string(rng: &mut Rng) -> String {
    match rng.below(24) {
        0 => String::new(),
        1 => {
            // Any Unicode scalar values.
            let n = rng.below(12);
            (0..n)
                .filter_map(|_| char::from_u32((rng.next() % 0x11_0000) as u32))
                .collect()
        }
        2 => {
            // Long: hundreds to thousands of pieces.
            let n = 100 + rng.below(2000);
            (0..n).map(|_| *rng.pick(PIECES)).collect()
        }
        3 => {
            let n = 1 + rng.below(20);
            hex_string(rng, n)
        }
        4 => format!("{}", rng.next() % 100_000),
        5 => "abcdefghij"[..rng.below(10)].to_string(),
        _ => {
            let n = 1 + rng.below(10);
            (0..n).map(|_| *rng.pick(PIECES)).collect()
        }
    }
}

fn non_empty(rng: &mut Rng) -> String {
    let s = string(rng);
    if s.is_empty() {
        "x".into()
    } else {
        s
    }
}

fn hex_string(rng: &mut Rng, n: usize) -> String {
    (0..n)
        .map(|_| *rng.pick(&['0', '7', '9', 'a', 'f', 'A', 'F', 'b', 'c', 'D', 'e', '3']))
        .collect()
}

fn number_text(rng: &mut Rng) -> String {
    match rng.below(6) {
        0 => format!("{}", rng.next() % 5000),
        1 => format!("-{}", rng.next() % 5000),
        2 => format!("{}", rng.f64() * 1e6),
        3 => format!("{}", rng.next()),
        _ => rng.pick(NUMBERS).to_string(),
    }
}

fn scalar(rng: &mut Rng) -> Value<'static> {
    match rng.below(8) {
        0 => Value::Null,
        1 => Value::Bool(rng.one_in(2)),
        2 | 3 => Value::Num(number_text(rng).into()),
        _ => Value::Str(string(rng).into()),
    }
}

/// Any JSON value, nested at most `depth` more levels.
fn any_value(rng: &mut Rng, depth: usize) -> Value<'static> {
    if depth == 0 {
        return scalar(rng);
    }
    match rng.below(7) {
        0 => Value::Arr(
            (0..rng.below(4))
                .map(|_| any_value(rng, depth - 1))
                .collect(),
        ),
        1 => Value::Obj(
            (0..rng.below(4))
                .map(|_| (string(rng).into(), any_value(rng, depth - 1)))
                .collect(),
        ),
        _ => scalar(rng),
    }
}

/// `v` wrapped in `levels` arrays or objects: the depth limits of the parser and the compilers.
fn deep(rng: &mut Rng, mut v: Value<'static>, levels: usize) -> Value<'static> {
    for _ in 0..levels {
        v = if rng.one_in(2) {
            Value::Arr(vec![v])
        } else {
            Value::Obj(vec![("transformation".into(), Value::Arr(vec![v]))])
        };
    }
    v
}

/// `camelCase` → `snake_case`, the seed's spelling of an option.
fn snake(key: &str) -> String {
    let mut out = String::new();
    for c in key.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// A key as a caller might spell it: canonical mostly, else the snake_case alias, upper case, or garbage.
fn spell(rng: &mut Rng, key: &str) -> String {
    match rng.below(100) {
        0..=9 => snake(key),
        10 => key.to_ascii_uppercase(),
        11 => string(rng),
        _ => key.to_string(),
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Structured generators

struct Vocab {
    tr_keys: Vec<&'static str>,
}

const LAYER_TYPES: &[&str] = &[
    "text",
    "image",
    "video",
    "subtitle",
    "solidColor",
    "Text",
    "",
    "gif",
];
const POSITION_KEYS: &[&str] = &["x", "y", "xCenter", "yCenter", "focus", "anchorPoint", "z"];
const TIMING_KEYS: &[&str] = &["start", "end", "duration", "fps"];

fn tr_value(rng: &mut Rng, v: &Vocab, layers: usize) -> Value<'static> {
    match rng.below(16) {
        0 => Value::Str("-".into()),
        1 | 2 => Value::Bool(true),
        3 => Value::Bool(false),
        4 | 5 => Value::Num(number_text(rng).into()),
        6 => Value::Str(String::new().into()),
        7 => Value::Str(" \t".into()),
        8 => Value::Str("true".into()),
        9 => Value::Arr((0..rng.below(4)).map(|_| scalar(rng)).collect()),
        10 if rng.one_in(3) => overlay(rng, v, layers + 1),
        11 => any_value(rng, 2),
        12 => Value::Null,
        _ => Value::Str(string(rng).into()),
    }
}

fn step(rng: &mut Rng, v: &Vocab, layers: usize) -> Value<'static> {
    if rng.one_in(20) {
        return scalar(rng);
    }
    let n = rng.below(6);
    Value::Obj(
        (0..n)
            .map(|_| {
                let key = if rng.one_in(10) {
                    string(rng)
                } else {
                    let k = *rng.pick(&v.tr_keys);
                    match rng.below(12) {
                        0 => k.to_ascii_uppercase(),
                        1 => snake(k),
                        _ => k.to_string(),
                    }
                };
                let value = if key == "overlay" {
                    overlay(rng, v, layers + 1)
                } else {
                    tr_value(rng, v, layers)
                };
                (key.into(), value)
            })
            .collect(),
    )
}

fn transformation(rng: &mut Rng, v: &Vocab, layers: usize) -> Value<'static> {
    match rng.below(24) {
        0 => Value::Null,
        1 => scalar(rng),
        2 => Value::Obj(vec![]),
        _ => Value::Arr((0..rng.below(5)).map(|_| step(rng, v, layers)).collect()),
    }
}

fn overlay(rng: &mut Rng, v: &Vocab, layers: usize) -> Value<'static> {
    if layers > 12 || rng.one_in(30) {
        return any_value(rng, 2);
    }
    let kind = *rng.pick(LAYER_TYPES);
    let mut e: Vec<(String, Value<'static>)> = Vec::new();
    if !rng.one_in(12) {
        e.push(("type".into(), Value::Str(kind.into())));
    }
    let input = match kind {
        "text" => "text",
        "solidColor" => "color",
        _ => "input",
    };
    let input = if rng.one_in(10) {
        *rng.pick(&["text", "input", "color"])
    } else {
        input
    };
    if !rng.one_in(10) {
        let value = if rng.one_in(8) {
            scalar(rng)
        } else {
            Value::Str(string(rng).into())
        };
        e.push((input.into(), value));
    }
    if rng.one_in(2) {
        let enc = *rng.pick(&["auto", "plain", "base64", "hex", ""]);
        e.push(("encoding".into(), Value::Str(enc.into())));
    }
    if rng.one_in(4) {
        let mode = *rng.pick(&["multiply", "cutter", "cutout", "displace", "x"]);
        e.push(("layerMode".into(), Value::Str(mode.into())));
    }
    for (key, names) in [("position", POSITION_KEYS), ("timing", TIMING_KEYS)] {
        if rng.one_in(2) {
            let value = if rng.one_in(15) {
                scalar(rng)
            } else {
                Value::Obj(
                    (0..rng.below(4))
                        .map(|_| (rng.pick(names).to_string().into(), tr_value(rng, v, layers)))
                        .collect(),
                )
            };
            e.push((key.into(), value));
        }
    }
    if rng.one_in(2) {
        e.push(("transformation".into(), transformation(rng, v, layers)));
    }
    if rng.one_in(25) {
        e.push((string(rng), scalar(rng)));
    }
    Value::object(e)
}

/// URL endpoints as given, and as emitted (the prefix the signature leaves out, before its `/`).
const ENDPOINTS: &[(&str, &str)] = &[
    ("https://ik.imagekit.io/demo", "https://ik.imagekit.io/demo"),
    (
        "https://ik.imagekit.io/demo/",
        "https://ik.imagekit.io/demo",
    ),
    ("https://ik.imagekit.io", "https://ik.imagekit.io"),
    ("http://127.0.0.1:9000/ik/a", "http://127.0.0.1:9000/ik/a"),
    ("HTTP://E.io:8080/a/b c/", "http://e.io:8080/a/b%20c"),
    ("https://bücher.de/é", "https://xn--bcher-kva.de/%C3%A9"),
];

fn endpoint(rng: &mut Rng) -> String {
    match rng.below(10) {
        0 => string(rng),
        1 => format!("https://{}", string(rng)),
        2 => format!("http://ik.imagekit.io/{}", string(rng)),
        _ => rng.pick(ENDPOINTS).0.to_string(),
    }
}

/// A `path` or `src`: relative, absolute under an endpoint, or anything.
fn path_or_src(rng: &mut Rng) -> String {
    match rng.below(8) {
        0 => format!("{}/{}", rng.pick(ENDPOINTS).0, string(rng)),
        1 => format!(
            "https://other.example/{}?a=b&{}#{}",
            string(rng),
            string(rng),
            string(rng)
        ),
        2 => format!("/{}/{}.jpg", string(rng), string(rng)),
        3 => format!("{}?{}", string(rng), string(rng)),
        _ => string(rng),
    }
}

fn query_parameters(rng: &mut Rng) -> Value<'static> {
    if rng.one_in(15) {
        return scalar(rng);
    }
    Value::Obj(
        (0..rng.below(4))
            .map(|_| {
                let v = if rng.one_in(15) {
                    any_value(rng, 2)
                } else {
                    scalar(rng)
                };
                (string(rng).into(), v)
            })
            .collect(),
    )
}

fn sizes(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => string(rng),
        _ => (0..1 + rng.below(3))
            .map(|_| {
                format!(
                    "{}{}{}vw",
                    rng.pick(&["", " ", "(max-width: 600px) ", "x"]),
                    rng.pick(&["", "1", "2"]),
                    rng.next() % 100
                )
            })
            .collect::<Vec<_>>()
            .join(*rng.pick(&[", ", ",", " "])),
    }
}

fn breakpoints(rng: &mut Rng) -> Value<'static> {
    if rng.one_in(10) {
        return scalar(rng);
    }
    Value::Arr(
        (0..rng.below(12))
            .map(|_| {
                if rng.one_in(20) {
                    scalar(rng)
                } else {
                    Value::Num(number_text(rng).into())
                }
            })
            .collect(),
    )
}

/// An option value for a known option name: mostly of the right type, sometimes anything.
fn option_value(rng: &mut Rng, v: &Vocab, key: &str) -> Value<'static> {
    if rng.one_in(30) {
        return any_value(rng, 2);
    }
    match key {
        "path" | "src" => Value::Str(path_or_src(rng).into()),
        "urlEndpoint" | "apiBaseUrl" | "uploadBaseUrl" => Value::Str(endpoint(rng).into()),
        "transformation" => transformation(rng, v, 0),
        "transformationPosition" => Value::Str(
            rng.pick(&[
                "path", "query", "path", "query", "path", "query", "path", "query", "Path", "",
            ])
            .to_string()
            .into(),
        ),
        "queryParameters" => query_parameters(rng),
        "signed"
        | "dangerouslyAllowBrowser"
        | "purgeCache"
        | "includeFileVersions"
        | "includeDeleted"
        | "useUniqueFileName"
        | "isPrivateFile"
        | "overwriteFile"
        | "overwriteAITags"
        | "overwriteTags"
        | "overwriteCustomMetadata"
        | "isPublished" => Value::Bool(!rng.one_in(3)),
        "expireSeconds" | "expiresIn" | "width" | "timeout" | "maxRetries" | "limit" | "skip"
        | "expire" => Value::Num(number_text(rng).into()),
        "sizes" => Value::Str(sizes(rng).into()),
        "deviceBreakpoints" | "imageBreakpoints" => breakpoints(rng),
        "privateKey" => Value::Str(private_key(rng).into()),
        "tags" | "fileIds" | "AITags" | "responseFields" => Value::Arr(
            (0..1 + rng.below(3))
                .map(|_| {
                    if rng.one_in(20) {
                        scalar(rng)
                    } else {
                        Value::Str(non_empty(rng).into())
                    }
                })
                .collect(),
        ),
        "customMetadata" | "schema" => {
            if rng.one_in(4) {
                any_value(rng, 3)
            } else {
                Value::Obj(
                    (0..rng.below(4))
                        .map(|_| (non_empty(rng).into(), any_value(rng, 2)))
                        .collect(),
                )
            }
        }
        "extensions" => Value::Arr(
            (0..rng.below(3))
                .map(|_| {
                    Value::Obj(vec![
                        ("name".into(), Value::Str("remove-bg".into())),
                        ("options".into(), any_value(rng, 2)),
                    ])
                })
                .collect(),
        ),
        _ => {
            if rng.one_in(10) {
                scalar(rng)
            } else {
                Value::Str(non_empty(rng).into())
            }
        }
    }
}

/// An options object over `keys` (each present with probability 1/2), spelled as callers spell them.
fn options_object(rng: &mut Rng, v: &Vocab, keys: &[&str]) -> Value<'static> {
    if rng.one_in(40) {
        return scalar(rng);
    }
    let mut e = Vec::new();
    for (i, key) in keys.iter().enumerate() {
        // The first key is the one that matters most (`path`, `src`, `fileName`): there nine times in ten.
        // The others: about four of them.
        let present = if i == 0 {
            !rng.one_in(10)
        } else {
            rng.below(keys.len()) < 4
        };
        if present {
            e.push((spell(rng, key), option_value(rng, v, key)));
        }
    }
    if rng.one_in(60) {
        e.push((string(rng), scalar(rng)));
    }
    // Shuffle a little: order matters for transformation keys, not for options, and must never break anything.
    if e.len() > 1 && rng.one_in(3) {
        let i = rng.below(e.len());
        let j = rng.below(e.len());
        e.swap(i, j);
    }
    Value::object(e)
}

/// The mark of every generated private key: mixed case, so no generated string (nor an upper-cased key name)
/// contains it, and finding it in an output is a leak.
const MARK: &str = "sEcReT9q";

/// A distinctive private key.
fn private_key(rng: &mut Rng) -> String {
    format!(
        "pk_{MARK}_{}{}",
        rng.next() % 1_000_000,
        rng.pick(&["", "é", "/+=", " ", "%", "😀"])
    )
}

/// Every option name the media API builders read.
const API_KEYS: &[&str] = &[
    "type",
    "sort",
    "path",
    "searchQuery",
    "fileType",
    "limit",
    "skip",
    "tags",
    "AITags",
    "customCoordinates",
    "customMetadata",
    "description",
    "destinationPath",
    "extensions",
    "fileIds",
    "filePath",
    "folderName",
    "folderPath",
    "includeDeleted",
    "includeFileVersions",
    "isPublished",
    "label",
    "name",
    "newFileName",
    "parentFolderPath",
    "purgeCache",
    "removeAITags",
    "schema",
    "sourceFilePath",
    "sourceFolderPath",
    "webhookUrl",
    "publish",
];

/// A client: mostly a working one with a distinctive private key, sometimes anything `from_value` accepts.
fn client(rng: &mut Rng, v: &Vocab) -> Option<(ClientConfig, Option<String>)> {
    if rng.one_in(6) {
        let opts = options_object(rng, v, CLIENT_OPTIONS);
        let cfg = ClientConfig::from_value(&through_json(rng, &opts)?).ok()?;
        let key = cfg.private_key.as_ref().map(|k| k.expose().to_string());
        return Some((cfg, key));
    }
    let key = (!rng.one_in(8)).then(|| private_key(rng));
    let mut e = vec![];
    if let Some(k) = &key {
        e.push(("privateKey".to_string(), Value::Str(k.clone().into())));
    }
    if !rng.one_in(5) {
        e.push((
            "urlEndpoint".into(),
            // Any endpoint of the table, upper-case schemes included: the constructor reads them as URL parsers do.
            Value::Str(rng.pick(ENDPOINTS).0.into()),
        ));
    }
    if rng.one_in(3) {
        e.push(("transformationPosition".into(), Value::Str("query".into())));
    }
    e.push(("publicKey".into(), Value::Str("public_key_test".into())));
    let cfg = ClientConfig::from_value(&Value::object(e))
        .expect("INVARIANT: a well-formed client is accepted");
    Some((cfg, key))
}

/// The value as the wasm layer hands it over: JSON text, sometimes mutated, through `json::parse`.
/// `None` when the mutated text does not parse (the boundary would throw a `ValidationError` there).
fn through_json(rng: &mut Rng, v: &Value) -> Option<Value<'static>> {
    let text = v.to_json();
    if rng.one_in(10) {
        let text = mutate(rng, text.into_bytes());
        return json::parse(&String::from_utf8_lossy(&text))
            .ok()
            .map(Value::into_owned);
    }
    match json::parse(&text) {
        Ok(v) => Some(v.into_owned()),
        Err(e) if e.message().contains("nested more than") => None,
        Err(e) => panic!("INVARIANT: the JSON text of a generated value parses: {e:?}"),
    }
}

fn mutate(rng: &mut Rng, mut bytes: Vec<u8>) -> Vec<u8> {
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(5) {
            0 if !bytes.is_empty() => {
                let i = at.min(bytes.len() - 1);
                bytes[i] = (rng.next() & 0xff) as u8;
            }
            1 => bytes.truncate(at),
            2 => {
                let piece = rng.pick(&[
                    "\"", "\\", "{", "}", "[", "]", ",", ":", "-", "e", "\\u", "\\ud83d", "1",
                ]);
                let tail = bytes.split_off(at);
                bytes.extend_from_slice(piece.as_bytes());
                bytes.extend(tail);
            }
            3 if at < bytes.len() => {
                bytes.remove(at);
            }
            _ => {
                let tail = bytes.split_off(at);
                bytes.extend_from_slice(rng.pick(PIECES).as_bytes());
                bytes.extend(tail);
            }
        }
    }
    bytes
}

// ---------------------------------------------------------------------------------------------------------------
// Invariants

fn unreserved_or_sub(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=".contains(&b)
}

fn well_formed_pct(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().all(|(i, &c)| {
        c != b'%'
            || (b.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
    })
}

/// An absolute http(s) URL by RFC 3986's character rules (an independent copy of the crate's test checker).
fn valid_url(url: &str) -> bool {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return false;
    };
    let auth_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(auth_end);
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    if host.is_empty() || host.starts_with(':') {
        return false;
    }
    let ipv6 = host.starts_with('[');
    if !host.bytes().all(|b| {
        unreserved_or_sub(b) || b == b':' || b == b'%' || (ipv6 && (b == b'[' || b == b']'))
    }) || !well_formed_pct(authority)
        || !authority.bytes().all(|b| b.is_ascii_graphic())
    {
        return false;
    }
    let mut hashes = 0;
    tail.bytes().all(|b| {
        if b == b'#' {
            hashes += 1;
        }
        (unreserved_or_sub(b) || b":@/?%#".contains(&b)) && hashes <= 1
    }) && well_formed_pct(tail)
}

fn check_url(u: &str, what: &str) {
    assert!(
        valid_url(u),
        "INVARIANT: {what} emitted an invalid URL: {u:?}"
    );
    assert!(
        !u.contains(MARK),
        "INVARIANT: {what} leaked the private key into a URL: {u:?}"
    );
}

fn check_error(e: &Error, what: &str) {
    assert!(
        !e.message().is_empty(),
        "INVARIANT: {what}: an error without a message"
    );
    assert!(
        !e.message().contains(MARK),
        "INVARIANT: {what}: the private key is in an error message"
    );
}

/// The option `key` of an object (any of its spellings), for the expectations of a successful call.
fn opt<'a>(v: &'a Value<'a>, key: &str) -> Option<&'a Value<'a>> {
    match v {
        Value::Obj(e) => e
            .iter()
            .find(|(k, _)| options::camel_case(k) == key)
            .map(|(_, v)| v)
            .filter(|v| !v.is_null()),
        _ => None,
    }
}

/// Recomputes `ik-s` of a signed URL from its own text (SPEC §3.1). `prefix` is the endpoint as emitted, when
/// known; otherwise the signature must match from the start or after some `/` (an HMAC does not match by chance).
fn check_signature(u: &str, key: &str, expiry: Option<u64>, prefix: Option<&str>) {
    let marker = match expiry {
        Some(t) => format!("ik-t={t}&ik-s="),
        None => "ik-s=".to_string(),
    };
    let mut found = None;
    for (i, _) in u.match_indices(&marker) {
        if i == 0 || !matches!(u.as_bytes()[i - 1], b'?' | b'&') {
            continue;
        }
        let sig = u.get(i + marker.len()..i + marker.len() + 40);
        let after = u.get(i + marker.len() + 40..).unwrap_or("");
        if let Some(sig) = sig.filter(|s| s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
        {
            if after.is_empty() || after.starts_with('#') {
                found = Some((i - 1, sig));
                break;
            }
        }
    }
    let (base_end, sig) =
        found.unwrap_or_else(|| panic!("INVARIANT: a signed URL without its ik-s: {u:?}"));
    let base = &u[..base_end];
    let tail = expiry.unwrap_or(9_999_999_999).to_string();
    let sign_from = |from: usize| {
        signing::hmac_sha1_hex(
            key.as_bytes(),
            format!("{}{tail}", &base[from..]).as_bytes(),
        )
    };
    let ok = match prefix {
        Some(p) => {
            let p = format!("{p}/");
            let from = if base.starts_with(&p) { p.len() } else { 0 };
            sign_from(from) == sig
        }
        None => std::iter::once(0)
            .chain(base.match_indices('/').map(|(i, _)| i + 1))
            .any(|from| sign_from(from) == sig),
    };
    assert!(ok, "INVARIANT: the signature of {u:?} does not verify");
}

/// The expiry a signed URL must carry: `now + whole seconds` when at least one second was asked for.
fn expected_expiry(now: u64, expire: Option<f64>) -> Option<u64> {
    let s = expire.filter(|s| s.is_finite() && *s >= 1.0)?;
    Some(now.saturating_add(s.trunc() as u64))
}

fn check_request(req: &ApiRequest, secret: Option<&str>, what: &str) {
    assert!(
        req.path.starts_with('/'),
        "INVARIANT: {what}: a path without a leading /: {:?}",
        req.path
    );
    let u = req.url("https://api.imagekit.io", "https://upload.imagekit.io");
    check_url(&u, what);
    match &req.body {
        Body::Json(text) => {
            let parsed = json::parse(text);
            assert!(
                parsed.is_ok(),
                "INVARIANT: {what}: a JSON body that does not parse: {text:?}"
            );
            assert!(
                !text.contains(MARK),
                "INVARIANT: {what}: the private key is in a JSON body"
            );
        }
        Body::Form(fields) => {
            for (k, v) in fields {
                assert!(
                    !k.is_empty(),
                    "INVARIANT: {what}: a form field without a name"
                );
                // Only a generated (distinctive) key: a random one like "0" may well be in a file name.
                if let Some(s) = secret.filter(|s| s.contains(MARK)) {
                    assert!(
                        !v.contains(s),
                        "INVARIANT: {what}: the private key is in form field {k}"
                    );
                }
            }
        }
        Body::Empty => {}
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Targets: one entry point each. Returns whether the entry point accepted the input (for the coverage table).

struct Ctx<'a> {
    vocab: &'a Vocab,
    verbose: bool,
}

impl Ctx<'_> {
    fn show(&self, label: &str, v: &dyn Debug) {
        if self.verbose {
            eprintln!("  {label} = {v:?}");
        }
    }
}

type Target = fn(&mut Rng, &Ctx<'_>) -> bool;

/// Whether an object anywhere in `v` repeats a key (JSON.parse keeps the last, so such a value cannot round-trip).
fn has_duplicate_keys(v: &Value) -> bool {
    match v {
        Value::Arr(items) => items.iter().any(has_duplicate_keys),
        Value::Obj(e) => {
            e.iter()
                .enumerate()
                .any(|(i, (k, _))| e[..i].iter().any(|(j, _)| j == k))
                || e.iter().any(|(_, v)| has_duplicate_keys(v))
        }
        _ => false,
    }
}

fn t_json(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let text = match rng.below(5) {
        0 => {
            // Random bytes.
            let n = rng.below(64);
            let bytes: Vec<u8> = (0..n).map(|_| (rng.next() & 0xff) as u8).collect();
            String::from_utf8_lossy(&bytes).into_owned()
        }
        1 => {
            let levels = 40 + rng.below(60);
            let inner = scalar(rng);
            let v = deep(rng, inner, levels);
            v.to_json()
        }
        _ => {
            let v = any_value(rng, 4);
            let text = v.to_json();
            if rng.one_in(2) && !has_duplicate_keys(&v) {
                ctx.show("value", &v);
                assert_eq!(
                    json::parse(&text).as_ref(),
                    Ok(&v),
                    "INVARIANT: JSON round trip of {text:?}"
                );
                return true;
            }
            String::from_utf8_lossy(&mutate(rng, text.into_bytes())).into_owned()
        }
    };
    ctx.show("text", &text);
    match json::parse(&text) {
        Ok(v) => {
            // Whatever parses is re-serialised to text that parses to the same value.
            let again = v.to_json();
            assert_eq!(
                json::parse(&again).as_ref(),
                Ok(&v),
                "INVARIANT: JSON re-serialisation of {text:?}"
            );
            let _ = v.to_js_string();
            true
        }
        Err(e) => {
            ctx.show("error", &e);
            check_error(&e, "json::parse");
            false
        }
    }
}

fn t_number(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    if rng.one_in(2) {
        // Integers up to 2^53 are exact.
        let n = rng.next() % (1u64 << 53);
        let neg = rng.one_in(2);
        let text = if neg { format!("-{n}") } else { n.to_string() };
        let want = if neg { -(n as f64) } else { n as f64 };
        assert_eq!(
            json::parse_number(&text),
            Some(want),
            "INVARIANT: parse_number({text}) is exact"
        );
        return true;
    }
    let text = match rng.below(3) {
        0 => string(rng),
        1 => format!("{}{}", number_text(rng), rng.pick(PIECES)),
        _ => number_text(rng),
    };
    ctx.show("text", &text);
    json::parse_number(&text).is_some()
}

fn t_client(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let opts = options_object(rng, ctx.vocab, CLIENT_OPTIONS);
    let Some(opts) = through_json(rng, &opts) else {
        return false;
    };
    ctx.show("options", &opts);
    match ClientConfig::from_value(&opts) {
        Ok(c) => {
            let public = c.public_json();
            assert!(
                json::parse(&public).is_ok(),
                "INVARIANT: public_json is JSON"
            );
            assert!(
                !public.contains(MARK),
                "INVARIANT: public_json shows the private key"
            );
            assert!(
                !format!("{c:?}").contains(MARK),
                "INVARIANT: Debug of the client shows the private key"
            );
            true
        }
        Err(e) => {
            ctx.show("error", &e);
            check_error(&e, "ClientConfig::from_value");
            false
        }
    }
}

/// `ik.url` (`seed == true`) or `ik.buildSrc`.
fn client_url(rng: &mut Rng, ctx: &Ctx<'_>, seed: bool) -> bool {
    let Some((cfg, key)) = client(rng, ctx.vocab) else {
        return false;
    };
    let opts = options_object(
        rng,
        ctx.vocab,
        if seed {
            url::URL_KEYS
        } else {
            url::BUILD_SRC_KEYS
        },
    );
    let Some(opts) = through_json(rng, &opts) else {
        return false;
    };
    let now = match rng.below(6) {
        0 => u64::MAX - rng.next() % 1000,
        1 => 0,
        _ => 1_700_000_000 + rng.next() % 1_000_000,
    };
    ctx.show("client", &cfg);
    ctx.show("options", &opts);
    let result = if seed {
        url::url(&cfg, &opts, now)
    } else {
        url::client_build_src(&cfg, &opts, now)
    };
    ctx.show("result", &result);
    match result {
        Ok(u) if u.is_empty() => true,
        Ok(u) => {
            check_url(&u, if seed { "ik.url" } else { "ik.buildSrc" });
            let expire = opt(&opts, "expireSeconds")
                .or_else(|| opt(&opts, "expiresIn"))
                .and_then(Value::as_f64);
            let signed = matches!(opt(&opts, "signed"), Some(Value::Bool(true)))
                || (!seed && expire.is_some_and(|s| s.is_finite() && s > 0.0));
            if signed {
                let key = key.expect("INVARIANT: a URL was signed without a private key");
                let endpoint = opt(&opts, "urlEndpoint")
                    .and_then(Value::as_str)
                    .or(cfg.url_endpoint.as_deref());
                let prefix = ENDPOINTS
                    .iter()
                    .find(|(given, _)| Some(*given) == endpoint)
                    .map(|(_, e)| *e);
                check_signature(&u, &key, expected_expiry(now, expire), prefix);
            }
            true
        }
        Err(e) => {
            ctx.show("error", &e);
            check_error(&e, "url");
            false
        }
    }
}

fn t_url(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    client_url(rng, ctx, true)
}

fn t_client_build_src(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    client_url(rng, ctx, false)
}

fn t_build_src(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let opts = options_object(rng, ctx.vocab, url::BUILD_SRC_KEYS);
    let Some(opts) = through_json(rng, &opts) else {
        return false;
    };
    ctx.show("options", &opts);
    match url::build_src(&opts) {
        Ok(u) => {
            if !u.is_empty() {
                check_url(&u, "buildSrc");
            }
            true
        }
        Err(e) => {
            ctx.show("error", &e);
            check_error(&e, "buildSrc");
            false
        }
    }
}

/// `parseUrl` (+ `verifyUrl`, `transformUrl`): a URL `buildSrc` built reads back to itself, and that URL mutated
/// (any bytes) reads, verifies and transforms without a panic.
fn t_parse_url(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let opts = options_object(rng, ctx.vocab, url::BUILD_SRC_KEYS);
    let Some(opts) = through_json(rng, &opts) else {
        return false;
    };
    ctx.show("options", &opts);
    let Ok(u) = url::build_src(&opts) else {
        return false;
    };
    if !u.is_empty() {
        let endpoint = opts.get("urlEndpoint").and_then(Value::as_str);
        let parsed = url::parse_url(&u, endpoint).or_else(|_| url::parse_url(&u, None));
        ctx.show("parsed", &parsed);
        // Not round trips by design: both forms at once (a path `tr:` and a `tr` in the source's own query, read
        // as one list of steps that builds back into the path), and a source query ending in `ik-s=` (read as
        // a signature, which buildSrc does not write).
        let both = u.contains("/tr:") && (u.contains("?tr=") || u.contains("&tr="));
        let looks_signed = u.contains("?ik-s=") || u.contains("&ik-s=");
        match parsed {
            Ok(_) if both || looks_signed => {}
            Ok(p) => assert_eq!(
                url::build_src(&p).ok().as_deref(),
                Some(u.as_str()),
                "buildSrc(parseUrl(u)) != u"
            ),
            Err(e) => panic!(
                "parseUrl refused a URL buildSrc built: {u} ({})",
                e.message()
            ),
        }
    }
    let mutated = String::from_utf8_lossy(&mutate(rng, u.into_bytes())).into_owned();
    ctx.show("mutated", &mutated);
    if let Err(e) = url::parse_url(&mutated, None) {
        check_error(&e, "parseUrl");
    }
    if let Some((c, _)) = client(rng, ctx.vocab) {
        let now = rng.next() % 4_000_000_000;
        let _ = url::verify_url(&c, &mutated, &Value::Null, now);
        let _ = url::transform_url(Some(&c), &mutated, &Value::Null, &Value::Null, now);
    }
    true
}

fn t_transformation_string(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let tr = if rng.one_in(20) {
        let levels = 10 + rng.below(60);
        let inner = step(rng, ctx.vocab, 0);
        deep(rng, inner, levels)
    } else {
        transformation(rng, ctx.vocab, 0)
    };
    let Some(tr) = through_json(rng, &tr) else {
        return false;
    };
    ctx.show("transformation", &tr);
    match url::build_transformation_string(&tr) {
        Ok(s) => {
            assert!(!s.contains(MARK));
            true
        }
        Err(e) => {
            ctx.show("error", &e);
            check_error(&e, "buildTransformationString");
            false
        }
    }
}

fn t_responsive(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let opts = options_object(rng, ctx.vocab, url::RESPONSIVE_KEYS);
    let Some(opts) = through_json(rng, &opts) else {
        return false;
    };
    ctx.show("options", &opts);
    match url::responsive_image_attributes(&opts) {
        Ok(v) => {
            let src = v.get("src").and_then(Value::as_str);
            let src = src
                .unwrap_or_else(|| panic!("INVARIANT: responsive attributes without src: {v:?}"));
            // `""` where buildSrc gives `""` (a `src` of only blanks and controls).
            if !src.is_empty() {
                check_url(src, "getResponsiveImageAttributes src");
            }
            if let Some(set) = v.get("srcSet").and_then(Value::as_str) {
                // Candidates are `<url> <descriptor>` joined by `, `; a URL may itself hold `, ` only in a fragment
                // (spaces are encoded), so split before each `http`.
                let pieces = set.split(", http").enumerate();
                for (i, piece) in pieces {
                    let candidate = if i == 0 {
                        piece.to_string()
                    } else {
                        format!("http{piece}")
                    };
                    let (u, descriptor) = candidate.rsplit_once(' ').unwrap_or_else(|| {
                        panic!("INVARIANT: a srcSet candidate without a descriptor: {set:?}")
                    });
                    if !src.is_empty() {
                        check_url(u, "getResponsiveImageAttributes srcSet");
                    }
                    assert!(
                        descriptor.ends_with('w') || descriptor.ends_with('x'),
                        "INVARIANT: srcSet descriptor {descriptor:?}"
                    );
                }
            }
            true
        }
        Err(e) => {
            ctx.show("error", &e);
            check_error(&e, "getResponsiveImageAttributes");
            false
        }
    }
}

fn t_phash(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let n = 1 + rng.below(20);
    let text = |rng: &mut Rng| match rng.below(8) {
        0 => None,
        1 => Some(string(rng)),
        2 => {
            let m = 1 + rng.below(20);
            Some(hex_string(rng, m))
        }
        3 => Some(format!("{}{}", hex_string(rng, n - 1), rng.pick(PIECES))),
        _ => Some(hex_string(rng, n)),
    };
    let (a, b) = (text(rng), text(rng));
    ctx.show("a", &a);
    ctx.show("b", &b);
    match phash::distance(a.as_deref(), b.as_deref()) {
        Ok(d) => {
            let (a, b) = (a.unwrap(), b.unwrap());
            let nibbles = |s: &str| {
                s.chars()
                    .map(|c| c.to_digit(16).unwrap())
                    .collect::<Vec<_>>()
            };
            let want: u32 = nibbles(&a)
                .iter()
                .zip(nibbles(&b))
                .map(|(x, y)| (x ^ y).count_ones())
                .sum();
            assert_eq!(d, want, "INVARIANT: phash distance of {a:?} and {b:?}");
            assert_eq!(
                phash::distance(Some(&b), Some(&a)).ok(),
                Some(d),
                "INVARIANT: distance is symmetric"
            );
            true
        }
        Err(e) => {
            ctx.show("error", &e);
            check_error(&e, "phashDistance");
            assert_eq!(e.class_name(), "ValidationError");
            false
        }
    }
}

fn body_bytes(rng: &mut Rng) -> Vec<u8> {
    match rng.below(4) {
        0 => (0..rng.below(64))
            .map(|_| (rng.next() & 0xff) as u8)
            .collect(),
        1 => any_value(rng, 3).to_json().into_bytes(),
        _ => string(rng).into_bytes(),
    }
}

fn t_webhook_ik(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let body = body_bytes(rng);
    let secret = if rng.one_in(20) {
        String::new()
    } else {
        string(rng)
    };
    ctx.show("body", &String::from_utf8_lossy(&body));
    ctx.show("secret", &secret);
    if rng.one_in(2) && !secret.is_empty() {
        // A genuine signature verifies; one byte more in the body does not.
        let ts = rng.next() % 10_000_000_000_000;
        let sig = encoding::hex(&signing::hmac_sha256(
            secret.as_bytes(),
            &[format!("{ts}.").as_bytes(), &body],
        ));
        let header = match rng.below(3) {
            0 => format!("v1={sig},t={ts}"),
            1 => format!("t={ts},v1={sig},v2=zz"),
            _ => format!("t={ts},v1={sig}"),
        };
        ctx.show("header", &header);
        let got = webhook::verify_ik_signature(&body, &header, &secret);
        assert_eq!(
            got.as_ref().ok(),
            Some(&(ts as i64)),
            "INVARIANT: a genuine x-ik-signature verifies: {got:?}"
        );
        let mut tampered = body.clone();
        tampered.push(b' ');
        let e = webhook::verify_ik_signature(&tampered, &header, &secret)
            .expect_err("INVARIANT: a tampered body fails");
        assert_eq!(e.class_name(), "WebhookVerificationError");
        return true;
    }
    let header = match rng.below(3) {
        0 => string(rng),
        _ => (0..rng.below(5))
            .map(|_| {
                format!(
                    "{}{}",
                    rng.pick(&["t=", "v1=", "v0=", "", "=", "t==", " t="]),
                    string(rng)
                )
            })
            .collect::<Vec<_>>()
            .join(","),
    };
    ctx.show("header", &header);
    match webhook::verify_ik_signature(&body, &header, &secret) {
        Ok(_) => true,
        Err(e) => {
            ctx.show("error", &e);
            check_error(&e, "verifyWebhookEvent");
            false
        }
    }
}

fn t_webhook_standard(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let body = body_bytes(rng);
    let secret = if rng.one_in(20) {
        String::new()
    } else {
        string(rng)
    };
    let now = (rng.next() % 4_000_000_000) as i64 - if rng.one_in(10) { 2_000_000_000 } else { 0 };
    let id = string(rng);
    ctx.show("body", &String::from_utf8_lossy(&body));
    ctx.show("secret", &secret);
    if rng.one_in(2) && !secret.is_empty() {
        let skew = rng.below(700) as i64 - 350;
        let ts = now + skew;
        let mac = signing::hmac_sha256(
            secret.as_bytes(),
            &[id.as_bytes(), b".", ts.to_string().as_bytes(), b".", &body],
        );
        let sig = format!("v1,{}", encoding::base64_encode(&mac));
        let sig = match rng.below(3) {
            0 => format!("v1,AAAA v2,xyz {sig}"),
            1 => format!("{sig} v1,Zm9v"),
            _ => sig,
        };
        let ts_text = ts.to_string();
        let headers = webhook::StandardHeaders {
            id: Some(&id),
            timestamp: Some(&ts_text),
            signature: Some(&sig),
        };
        ctx.show("headers", &headers);
        let got = webhook::verify_standard(&body, &headers, &secret, now);
        if skew.abs() <= webhook::TOLERANCE_SECONDS {
            assert!(
                got.is_ok(),
                "INVARIANT: a genuine Standard Webhooks delivery verifies: {got:?}"
            );
            let mut tampered = body.clone();
            tampered.push(b'x');
            assert!(
                webhook::verify_standard(&tampered, &headers, &secret, now).is_err(),
                "INVARIANT: tampered"
            );
        } else {
            assert!(
                got.is_err(),
                "INVARIANT: a delivery outside the tolerance window is refused"
            );
        }
        return got.is_ok();
    }
    let field = |rng: &mut Rng| {
        (!rng.one_in(6)).then(|| match rng.below(3) {
            0 => format!("{}", now + rng.below(1000) as i64 - 500),
            _ => string(rng),
        })
    };
    let (ts, sig) = (field(rng), field(rng));
    let sig = sig.map(|s| format!("{}{s}", rng.pick(&["v1,", "", "v1, ", "v2,"])));
    let headers = webhook::StandardHeaders {
        id: Some(&id),
        timestamp: ts.as_deref(),
        signature: sig.as_deref(),
    };
    ctx.show("headers", &headers);
    match webhook::verify_standard(&body, &headers, &secret, now) {
        Ok(()) => true,
        Err(e) => {
            ctx.show("error", &e);
            check_error(&e, "unwrapWebhook");
            false
        }
    }
}

const STATUSES: &[u16] = &[
    0, 100, 199, 200, 201, 204, 206, 207, 208, 299, 300, 302, 304, 400, 401, 403, 404, 408, 409,
    418, 429, 499, 500, 502, 503, 504, 599, 600, 999, 65535,
];
const HEADER_NAMES: &[&str] = &[
    "retry-after",
    "retry-after-ms",
    "x-ratelimit-limit",
    "x-ratelimit-remaining",
    "x-ratelimit-reset",
    "content-type",
    "x-request-id",
    "Retry-After",
];

fn t_interpret(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let status = if rng.one_in(5) {
        (rng.next() & 0xffff) as u16
    } else {
        *rng.pick(STATUSES)
    };
    let headers: Vec<(String, String)> = (0..rng.below(5))
        .map(|_| {
            let name = if rng.one_in(6) {
                string(rng)
            } else {
                rng.pick(HEADER_NAMES).to_string()
            };
            let value = match rng.below(4) {
                0 => number_text(rng),
                1 => rng
                    .pick(&[
                        "",
                        " 2 ",
                        "-1",
                        "NaN",
                        "Infinity",
                        "Wed, 21 Oct 2015 07:28:00 GMT",
                        "1e309",
                        "0.5",
                    ])
                    .to_string(),
                _ => string(rng),
            };
            (name, value)
        })
        .collect();
    let body = match rng.below(10) {
        0 => String::new(),
        1 => " \n".into(),
        2 => "<html><body>502 Bad Gateway</body></html>".into(),
        3 => {
            let levels = 50 + rng.below(100);
            let inner = scalar(rng);
            deep(rng, inner, levels).to_json()
        }
        4 if rng.one_in(20) => format!(
            "{{\"padding\":\"{}\"}}",
            "x".repeat(200_000 + rng.below(200_000))
        ),
        5 => {
            let text = any_value(rng, 3).to_json().into_bytes();
            String::from_utf8_lossy(&mutate(rng, text)).into_owned()
        }
        6 => {
            let mut e = vec![
                ("message".to_string(), scalar(rng)),
                ("help".to_string(), scalar(rng)),
            ];
            if rng.one_in(2) {
                e.push(("successfullyDeletedFileIds".into(), any_value(rng, 2)));
            }
            Value::object(e).to_json()
        }
        _ => any_value(rng, 3).to_json(),
    };
    let bulk = rng.one_in(3);
    ctx.show("status", &status);
    ctx.show("headers", &headers);
    ctx.show("body", &body);
    let retry_after = response::retry_after_seconds(&headers);
    if let Some(s) = retry_after {
        assert!(
            s >= 0.0 && !s.is_nan(),
            "INVARIANT: retry-after {s} from {headers:?}"
        );
    }
    let wait = retry::delay_ms(
        (rng.next() % 100) as u32,
        retry_after,
        rng.f64() * 3.0 - 1.0,
    );
    assert!(
        wait.is_finite() && (0.0..=60_000.0).contains(&wait),
        "INVARIANT: delay_ms gave {wait}"
    );
    let class = ErrorClass::for_status(status, bulk);
    let parsed = if body.trim().is_empty() {
        None
    } else {
        json::parse(&body).ok()
    };
    match response::interpret(status, headers, body.clone(), bulk) {
        Outcome::Success(v) => {
            assert!(class.is_none(), "INVARIANT: status {status} succeeded");
            match parsed {
                Some(p) => assert_eq!(v, p, "INVARIANT: a success payload is the body's JSON"),
                None => assert!(
                    body.trim().is_empty() && v == Value::Obj(vec![]),
                    "INVARIANT: an empty success is {{}}"
                ),
            }
            true
        }
        Outcome::Failure(e) => {
            match class {
                Some(c) => assert_eq!(
                    e.class,
                    c,
                    "INVARIANT: status {status} maps to {}",
                    c.name()
                ),
                None => assert!(
                    e.class == ErrorClass::Unknown && parsed.is_none() && !body.trim().is_empty(),
                    "INVARIANT: a success status fails only for a body that is not JSON"
                ),
            }
            assert_eq!(e.status, status);
            assert_eq!(e.raw_text, body, "INVARIANT: the raw body is kept");
            assert!(
                !e.message.is_empty(),
                "INVARIANT: an HTTP error without a message"
            );
            assert!(
                e.message.chars().count() <= 260 || parsed.is_some(),
                "INVARIANT: messages quote at most an excerpt"
            );
            if let Some(s) = e.retry_after {
                assert!(s.is_finite() && s >= 0.0, "INVARIANT: retry_after {s}");
            }
            false
        }
    }
}

/// A positional argument of a media API call.
fn api_arg(rng: &mut Rng, v: &Vocab) -> Value<'static> {
    match rng.below(10) {
        0 => Value::Null,
        1..=3 => Value::Str(string(rng).into()),
        4 => Value::Arr(
            (0..rng.below(4))
                .map(|_| {
                    if rng.one_in(8) {
                        scalar(rng)
                    } else {
                        Value::Str(string(rng).into())
                    }
                })
                .collect(),
        ),
        5 => scalar(rng),
        6 => any_value(rng, 3),
        _ => options_object(rng, v, API_KEYS),
    }
}

fn t_endpoints(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let call = *rng.pick(&Call::ALL);
    let n = rng.below(4);
    let args: Vec<Value<'static>> = (0..n)
        .filter_map(|_| {
            let a = api_arg(rng, ctx.vocab);
            through_json(rng, &a)
        })
        .collect();
    ctx.show("call", &call);
    ctx.show("args", &args);
    match endpoints::build(call, &args) {
        Ok(req) => {
            check_request(&req, None, call.js_name());
            true
        }
        Err(e) => {
            ctx.show("error", &e);
            check_error(&e, call.js_name());
            assert_eq!(
                e.class_name(),
                "ValidationError",
                "INVARIANT: builders only fail with ValidationError"
            );
            false
        }
    }
}

fn t_upload(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let Some((cfg, key)) = client(rng, ctx.vocab) else {
        return false;
    };
    let opts = options_object(rng, ctx.vocab, UPLOAD_OPTIONS);
    let Some(opts) = through_json(rng, &opts) else {
        return false;
    };
    let file = if rng.one_in(3) {
        UploadFile::Binary
    } else {
        UploadFile::Text(path_or_src(rng))
    };
    ctx.show("options", &opts);
    ctx.show("file", &file);
    match endpoints::upload(&cfg, &opts, file) {
        Ok(req) => {
            check_request(&req, key.as_deref(), "uploadFile");
            true
        }
        Err(e) => {
            ctx.show("error", &e);
            check_error(&e, "uploadFile");
            false
        }
    }
}

fn t_signing(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let key = string(rng);
    let token = string(rng);
    let expire = rng.next() % 100_000_000_000;
    ctx.show("key/token/expire", &(&key, &token, expire));
    let p = signing::authentication_parameters(
        &imagekit_wasm::client::Secret::new(key.clone()),
        token.clone(),
        expire,
    );
    assert_eq!(
        p.signature.len(),
        40,
        "INVARIANT: a SHA-1 signature has 40 hex digits"
    );
    assert_eq!(
        p.signature,
        signing::hmac_sha1_hex(key.as_bytes(), format!("{token}{expire}").as_bytes())
    );
    let raw = match rng.below(4) {
        0 => f64::from_bits(rng.next()),
        1 => *rng.pick(&[
            f64::NAN,
            f64::INFINITY,
            -0.0,
            0.0,
            0.5,
            1e15,
            1e15 + 1.0,
            1e16,
            -1.0,
            1.0,
        ]),
        _ => (rng.next() % 10_000_000_000) as f64,
    };
    if let Ok(e) = signing::parse_expire(raw) {
        assert!(
            e > 0 && e as f64 == raw && raw <= 1e15,
            "INVARIANT: parse_expire({raw}) = {e}"
        );
    }
    let mut bytes = [0u8; 16];
    for b in &mut bytes {
        *b = (rng.next() & 0xff) as u8;
    }
    let id = signing::uuid_v4(bytes);
    let groups: Vec<usize> = id.split('-').map(str::len).collect();
    assert_eq!(groups, [8, 4, 4, 4, 12], "INVARIANT: uuid shape {id}");
    assert!(
        id.as_bytes()[14] == b'4' && matches!(id.as_bytes()[19], b'8' | b'9' | b'a' | b'b'),
        "INVARIANT: uuid v4 {id}"
    );
    true
}

fn t_encoding(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let bytes: Vec<u8> = (0..rng.below(48))
        .map(|_| (rng.next() & 0xff) as u8)
        .collect();
    let b64 = encoding::base64_encode(&bytes);
    assert_eq!(
        encoding::base64_decode(&b64).as_deref(),
        Some(&bytes[..]),
        "INVARIANT: base64 round trip"
    );
    let s = string(rng);
    ctx.show("text", &s);
    let _ = encoding::base64_decode(&s);
    for out in [
        encoding::encode_uri_component(&s),
        encoding::quote_plus(&s),
        endpoints_segment(&s),
    ] {
        assert!(
            out.is_ascii() && well_formed_pct(&out),
            "INVARIANT: encoders emit ASCII with well-formed %XX: {out:?}"
        );
    }
    let _ = options::camel_case(&s);
    true
}

fn endpoints_segment(s: &str) -> String {
    imagekit_wasm::api::request::segment(s)
}

const TARGETS: &[(&str, Target, usize)] = &[
    ("json::parse", t_json, 8),
    ("json::parse_number", t_number, 2),
    ("ClientConfig::from_value", t_client, 3),
    ("url::url (ik.url)", t_url, 16),
    (
        "url::client_build_src (ik.buildSrc)",
        t_client_build_src,
        10,
    ),
    ("url::build_src (buildSrc)", t_build_src, 8),
    (
        "url::build_transformation_string",
        t_transformation_string,
        8,
    ),
    ("url::responsive_image_attributes", t_responsive, 5),
    (
        "url::parse_url (+ verify_url, transform_url)",
        t_parse_url,
        6,
    ),
    ("phash::distance", t_phash, 4),
    ("webhook::verify_ik_signature", t_webhook_ik, 4),
    ("webhook::verify_standard", t_webhook_standard, 4),
    ("api::response::interpret (+retry)", t_interpret, 8),
    ("api::endpoints::build", t_endpoints, 10),
    ("api::endpoints::upload", t_upload, 6),
    ("signing", t_signing, 2),
    ("encoding", t_encoding, 2),
];

// ---------------------------------------------------------------------------------------------------------------
// Driver

thread_local! {
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

struct Stats {
    cases: AtomicU64,
    accepted: Vec<AtomicU64>,
    rejected: Vec<AtomicU64>,
    panics: AtomicU64,
    violations: AtomicU64,
    failures: Mutex<Vec<String>>,
}

fn pick_target(rng: &mut Rng) -> usize {
    let total: usize = TARGETS.iter().map(|t| t.2).sum();
    let mut r = rng.below(total);
    for (i, t) in TARGETS.iter().enumerate() {
        if r < t.2 {
            return i;
        }
        r -= t.2;
    }
    0
}

fn run_case(seed: u64, case: u64, vocab: &Vocab, verbose: bool, stats: &Stats) {
    let mut rng = Rng::for_case(seed, case);
    let which = pick_target(&mut rng);
    let (name, target, _) = TARGETS[which];
    if verbose {
        eprintln!("case {case} (seed {seed}): {name}");
    }
    let ctx = Ctx { vocab, verbose };
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| target(&mut rng, &ctx)));
    stats.cases.fetch_add(1, Ordering::Relaxed);
    match outcome {
        Ok(true) => {
            stats.accepted[which].fetch_add(1, Ordering::Relaxed);
        }
        Ok(false) => {
            stats.rejected[which].fetch_add(1, Ordering::Relaxed);
        }
        Err(_) => {
            let message = LAST_PANIC
                .with(|p| p.borrow_mut().take())
                .unwrap_or_default();
            let kind = if message.contains("INVARIANT") {
                stats.violations.fetch_add(1, Ordering::Relaxed);
                "invariant violated"
            } else {
                stats.panics.fetch_add(1, Ordering::Relaxed);
                "PANIC"
            };
            let mut f = stats.failures.lock().unwrap();
            if f.len() < 20 {
                let short: String = message
                    .chars()
                    .take(if verbose { usize::MAX } else { 600 })
                    .collect();
                f.push(format!(
                    "{kind} in {name}, case {case} (replay: --seed {seed} --case {case}): {short}"
                ));
            }
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .map(|v| {
                v.parse::<u64>()
                    .unwrap_or_else(|_| panic!("{name} takes a number, got {v}"))
            })
    };
    let cases = arg("--cases").unwrap_or(1_000_000);
    let seed = arg("--seed").unwrap_or(0x01A6_EC17);
    let only = arg("--case");
    let threads = arg("--threads")
        .map(|t| t as usize)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));

    // Built before the quiet panic hook below, so that a broken setup fails loudly.
    let vocab = Vocab {
        tr_keys: table_keys(),
    };

    panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let payload = info
            .payload()
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| info.payload().downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("{payload}{at}")));
    }));

    let stats = Stats {
        cases: AtomicU64::new(0),
        accepted: TARGETS.iter().map(|_| AtomicU64::new(0)).collect(),
        rejected: TARGETS.iter().map(|_| AtomicU64::new(0)).collect(),
        panics: AtomicU64::new(0),
        violations: AtomicU64::new(0),
        failures: Mutex::new(Vec::new()),
    };

    if let Some(case) = only {
        run_case(seed, case, &vocab, true, &stats);
        for f in stats.failures.lock().unwrap().iter() {
            eprintln!("{f}");
        }
        let bad = stats.panics.load(Ordering::Relaxed) + stats.violations.load(Ordering::Relaxed);
        eprintln!(
            "{}",
            if bad == 0 {
                "case passed"
            } else {
                "case FAILED"
            }
        );
        std::process::exit(i32::from(bad != 0));
    }

    println!(
        "fuzzing the pure core: {cases} cases, seed {seed}, {threads} thread(s), {} transformation keys",
        vocab.tr_keys.len()
    );
    let start = Instant::now();
    let next = AtomicU64::new(0);
    const CHUNK: u64 = 1000;
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let from = next.fetch_add(CHUNK, Ordering::Relaxed);
                if from >= cases {
                    break;
                }
                for case in from..(from + CHUNK).min(cases) {
                    run_case(seed, case, &vocab, false, &stats);
                }
                let done = (from + CHUNK).min(cases);
                let step = (cases / 10).max(1);
                if done / step != from / step && done < cases {
                    eprintln!("  … {done} cases, {:.1} s", start.elapsed().as_secs_f64());
                }
            });
        }
    });
    let elapsed = start.elapsed().as_secs_f64();

    println!(
        "{:<40} {:>12} {:>12}",
        "entry point", "accepted", "rejected"
    );
    for (i, (name, _, _)) in TARGETS.iter().enumerate() {
        println!(
            "{:<40} {:>12} {:>12}",
            name,
            stats.accepted[i].load(Ordering::Relaxed),
            stats.rejected[i].load(Ordering::Relaxed)
        );
    }
    let failures = stats.failures.lock().unwrap();
    for f in failures.iter() {
        println!("FAIL {f}");
    }
    let panics = stats.panics.load(Ordering::Relaxed);
    let violations = stats.violations.load(Ordering::Relaxed);
    let done = stats.cases.load(Ordering::Relaxed);
    println!(
        "fuzz: {done} cases in {elapsed:.1} s ({:.0} cases/s), {panics} panics, {violations} invariant violations",
        done as f64 / elapsed.max(1e-9)
    );
    if panics + violations > 0 {
        std::process::exit(1);
    }
}
