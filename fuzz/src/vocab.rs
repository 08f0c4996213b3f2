//! The vocabulary inputs are made of: the real transformation keys (from the crate), the characters URLs,
//! JSON, base64 and headers get wrong, numbers at the edges, any JSON value, and the spellings callers use.

use imagekit_wasm::json::Value;

use crate::rng::Rng;

/// Every transformation key of the table (`src/url/table.rs`), from the crate itself, so the fuzzer always
/// speaks the real names.
pub(crate) fn table_keys() -> Vec<&'static str> {
    let keys: Vec<_> = imagekit_wasm::url::transformation_keys().collect();
    assert_eq!(keys.len(), 140, "the key table has 140 rows");
    keys
}

/// Pieces that strings are made of: the characters URLs, JSON, base64 and headers get wrong.
pub(crate) const PIECES: &[&str] = &[
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

pub(crate) const NUMBERS: &[&str] = &[
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

pub(crate) fn string(rng: &mut Rng) -> String {
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

pub(crate) fn non_empty(rng: &mut Rng) -> String {
    let s = string(rng);
    if s.is_empty() {
        "x".into()
    } else {
        s
    }
}

pub(crate) fn hex_string(rng: &mut Rng, n: usize) -> String {
    (0..n)
        .map(|_| *rng.pick(&['0', '7', '9', 'a', 'f', 'A', 'F', 'b', 'c', 'D', 'e', '3']))
        .collect()
}

pub(crate) fn number_text(rng: &mut Rng) -> String {
    match rng.below(6) {
        0 => format!("{}", rng.next() % 5000),
        1 => format!("-{}", rng.next() % 5000),
        2 => format!("{}", rng.f64() * 1e6),
        3 => format!("{}", rng.next()),
        _ => rng.pick(NUMBERS).to_string(),
    }
}

pub(crate) fn scalar(rng: &mut Rng) -> Value<'static> {
    match rng.below(8) {
        0 => Value::Null,
        1 => Value::Bool(rng.one_in(2)),
        2 | 3 => Value::Num(number_text(rng).into()),
        _ => Value::Str(string(rng).into()),
    }
}

/// Any JSON value, nested at most `depth` more levels.
pub(crate) fn any_value(rng: &mut Rng, depth: usize) -> Value<'static> {
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
pub(crate) fn deep(rng: &mut Rng, mut v: Value<'static>, levels: usize) -> Value<'static> {
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
pub(crate) fn snake(key: &str) -> String {
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
pub(crate) fn spell(rng: &mut Rng, key: &str) -> String {
    match rng.below(100) {
        0..=9 => snake(key),
        10 => key.to_ascii_uppercase(),
        11 => string(rng),
        _ => key.to_string(),
    }
}
