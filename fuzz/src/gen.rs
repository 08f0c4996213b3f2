//! Structured generators for URL inputs: transformation steps, overlays (nested layers), endpoints, paths,
//! query parameters, `sizes` and breakpoints.

use imagekit_wasm::json::Value;

use crate::rng::Rng;
use crate::vocab::{any_value, number_text, scalar, snake, string};

pub(crate) struct Vocab {
    pub(crate) tr_keys: Vec<&'static str>,
}

pub(crate) const LAYER_TYPES: &[&str] = &[
    "text",
    "image",
    "video",
    "subtitle",
    "solidColor",
    "Text",
    "",
    "gif",
];
pub(crate) const POSITION_KEYS: &[&str] =
    &["x", "y", "xCenter", "yCenter", "focus", "anchorPoint", "z"];
pub(crate) const TIMING_KEYS: &[&str] = &["start", "end", "duration", "fps"];

pub(crate) fn tr_value(rng: &mut Rng, v: &Vocab, layers: usize) -> Value<'static> {
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

pub(crate) fn step(rng: &mut Rng, v: &Vocab, layers: usize) -> Value<'static> {
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

pub(crate) fn transformation(rng: &mut Rng, v: &Vocab, layers: usize) -> Value<'static> {
    match rng.below(24) {
        0 => Value::Null,
        1 => scalar(rng),
        2 => Value::Obj(vec![]),
        _ => Value::Arr((0..rng.below(5)).map(|_| step(rng, v, layers)).collect()),
    }
}

pub(crate) fn overlay(rng: &mut Rng, v: &Vocab, layers: usize) -> Value<'static> {
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
pub(crate) const ENDPOINTS: &[(&str, &str)] = &[
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

pub(crate) fn endpoint(rng: &mut Rng) -> String {
    match rng.below(10) {
        0 => string(rng),
        1 => format!("https://{}", string(rng)),
        2 => format!("http://ik.imagekit.io/{}", string(rng)),
        _ => rng.pick(ENDPOINTS).0.to_string(),
    }
}

/// A `path` or `src`: relative, absolute under an endpoint, or anything.
pub(crate) fn path_or_src(rng: &mut Rng) -> String {
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

pub(crate) fn query_parameters(rng: &mut Rng) -> Value<'static> {
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

pub(crate) fn sizes(rng: &mut Rng) -> String {
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

pub(crate) fn breakpoints(rng: &mut Rng) -> Value<'static> {
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
