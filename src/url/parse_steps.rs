//! Reading a transformation string back into steps (`parseUrl`, SPEC §3 read backwards): `w-300,e-sharpen-10:rt-90`
//! → `[{width: 300, sharpen: 10}, {rotation: 90}]`, layers (`l-… l-end`) → overlay objects.
//!
//! The reading is checked, not guessed: every entry, layer and whole transformation read back is compiled again
//! with `buildSrc`'s rules and kept only if it gives exactly the text it came from. What does not (an unknown code,
//! a value no key would print that way, a key twice in a step) stays as `raw`, verbatim, so that
//! `buildSrc(parseUrl(u))` rebuilds `u`'s transformation byte for byte.

use std::borrow::Cow;

use super::jsvalue::{Values, MAX_LAYER_DEPTH};
use super::parse_layers::read_layer;
use super::parse_names::code_of;
use super::parse_values::{rebuilds, typed, unslash, Level};
use super::table::{lookup_exact, Rule};
use super::transform::transformation_string;
use crate::json::Value;

/// One entry of a step read back as `(name, value)`, when some value of that key compiles to exactly `entry`.
fn read_entry(entry: &str) -> Option<(&'static str, Value<'static>)> {
    let (name, rest) = code_of(entry)?;
    let (_, rule) = lookup_exact(name, false)?;
    let candidates: Vec<Value<'static>> = match (rule, rest) {
        (Rule::Flag | Rule::OptionalArg, None) => vec![Value::Bool(true)],
        (_, None) => return None,
        (Rule::Path, Some(rest)) => {
            vec![Value::string(unslash(rest)), Value::string(rest)]
        }
        (Rule::Streaming, Some(rest)) => vec![
            Value::Arr(rest.split('_').map(typed).collect()),
            Value::string(rest),
        ],
        (_, Some(rest)) => vec![typed(rest), Value::string(rest)],
    };
    candidates.into_iter().find_map(|v| {
        let step = Value::Arr(vec![Value::Obj(vec![(Cow::Borrowed(name), v.clone())])]);
        (transformation_string(&step, Values::Js).ok()? == entry).then_some((name, v))
    })
}

/// A piece of a step: its text span in the transformation string, and what it reads back as (`None`: raw).
struct Item {
    start: usize,
    end: usize,
    read: Option<(Cow<'static, str>, Value<'static>)>,
}

/// Cuts `text` into steps of items: `:` separates steps and `,` entries, except inside a layer (from an `l-…`
/// entry to its matching `l-end`), whose own steps belong to the layer.
fn items(text: &str, level: Level, depth: usize) -> Vec<Vec<Item>> {
    let bytes = text.as_bytes();
    let mut bounds: Vec<(usize, usize, u8)> = Vec::new(); // (start, end, separator before)
    let mut start = 0;
    let mut sep = b',';
    for (i, &b) in bytes.iter().enumerate() {
        if b == b',' || b == b':' {
            bounds.push((start, i, sep));
            start = i + 1;
            sep = b;
        }
    }
    bounds.push((start, bytes.len(), sep));
    let token = |k: usize| {
        bounds
            .get(k)
            .and_then(|&(s, e, _)| text.get(s..e))
            .unwrap_or("")
    };
    let mut steps: Vec<Vec<Item>> = vec![Vec::new()];
    let mut k = 0;
    while let Some(&(s, e, sep)) = bounds.get(k) {
        if sep == b':' && k > 0 {
            steps.push(Vec::new());
        }
        let t = token(k);
        let mut item = Item {
            start: s,
            end: e,
            read: None,
        };
        // A layer: find its matching `l-end`; a layer left open is read as plain (raw) entries.
        if t.starts_with("l-") && t != "l-end" {
            let mut open = 0usize;
            let close = (k..bounds.len()).find(|&j| {
                let tj = token(j);
                if tj == "l-end" {
                    open = open.saturating_sub(1);
                    open == 0
                } else {
                    if tj.starts_with("l-") {
                        open += 1;
                    }
                    false
                }
            });
            if let Some(j) = close {
                let end = bounds.get(j).map_or(e, |b| b.1);
                let span = text.get(s..end).unwrap_or("");
                item = Item {
                    start: s,
                    end,
                    read: if depth + 1 < MAX_LAYER_DEPTH {
                        read_layer(span, level, depth + 1, &read_steps)
                            .map(|o| (Cow::Borrowed("overlay"), o))
                    } else {
                        None
                    },
                };
                k = j;
            }
        } else {
            item.read = read_entry(t).map(|(n, v)| (Cow::Borrowed(n), v));
        }
        if let Some(step) = steps.last_mut() {
            step.push(item);
        }
        k += 1;
    }
    steps
}

/// One step's object: the entries read back, with everything from the first raw item to the last one kept as a
/// single `raw` text in their place (a step has one `raw` key, and the builder prints it where it stands).
fn step_object(text: &str, step: Vec<Item>) -> Value<'static> {
    let mut seen: Vec<Cow<'static, str>> = Vec::new();
    let mut raw_at: Vec<bool> = Vec::with_capacity(step.len());
    for item in &step {
        let dup = match &item.read {
            Some((name, _)) if !seen.contains(name) => {
                seen.push(name.clone());
                false
            }
            _ => true,
        };
        raw_at.push(dup);
    }
    let first = raw_at.iter().position(|&r| r);
    let last = raw_at.iter().rposition(|&r| r);
    let mut entries: Vec<(Cow<'static, str>, Value<'static>)> = Vec::with_capacity(step.len());
    let (Some(first), Some(mut last)) = (first, last) else {
        return Value::Obj(step.into_iter().filter_map(|i| i.read).collect());
    };
    let mut first = first;
    let span = |a: usize, b: usize| {
        let s = step.get(a).map_or(0, |i| i.start);
        let e = step.get(b).map_or(0, |i| i.end);
        text.get(s..e).unwrap_or("").to_string()
    };
    // An empty raw text prints nothing (and takes its separator with it): widen it to a neighbour.
    if span(first, last).is_empty() {
        if last + 1 < step.len() {
            last += 1;
        } else {
            first = first.saturating_sub(1);
        }
    }
    let raw = span(first, last);
    for (i, item) in step.into_iter().enumerate() {
        if i == first {
            entries.push((Cow::Borrowed("raw"), Value::string(raw.clone())));
        }
        if i < first || i > last {
            if let Some(read) = item.read {
                entries.push(read);
            }
        }
    }
    Value::Obj(entries)
}

/// The steps of transformation text `text` read at `level`; `[{raw: text}]` when the structured reading would not
/// rebuild it exactly, `[]` for no text. `depth` counts the layers it sits inside.
pub(crate) fn read_steps(text: &str, level: Level, depth: usize) -> Value<'static> {
    if text.is_empty() {
        return Value::Arr(Vec::new());
    }
    let steps = Value::Arr(
        items(text, level, depth)
            .into_iter()
            .map(|step| step_object(text, step))
            .collect(),
    );
    if rebuilds(&steps, text, level) {
        steps
    } else {
        Value::Arr(vec![Value::object(vec![(
            "raw".to_string(),
            Value::string(text),
        )])])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url::parse_values::js_number_text;

    fn read(text: &str) -> String {
        read_steps(text, Level::Path, 0).to_json()
    }

    #[test]
    fn entries_read_back_to_their_names() {
        assert_eq!(read("w-300"), r#"[{"width":300}]"#);
        assert_eq!(read("e-grayscale"), r#"[{"grayscale":true}]"#);
        assert_eq!(read("e-sharpen-10"), r#"[{"sharpen":10}]"#);
        assert_eq!(read("e-sharpen"), r#"[{"sharpen":true}]"#);
        assert_eq!(
            read("w-300,h-200,ar-4-3:rt-90,fo-auto,fol-5_red"),
            r#"[{"width":300,"height":200,"aspectRatio":"4-3"},{"rotation":90,"focus":"auto","fontOutline":"5_red"}]"#
        );
        assert_eq!(
            read("di-folder@@a.jpg,sr-240_360,t-true,pr-false,q-0050,x-1.50,y--2.5"),
            r#"[{"defaultImage":"folder/a.jpg","streamingResolutions":[240,360],"trim":true,"progressive":false,"quality":"0050","x":"1.50","y":-2.5}]"#
        );
        assert_eq!(
            read("e-changebg-prompt-snow%20road,bg-FF0000"),
            r#"[{"aiChangeBackground":"prompt-snow%20road","background":"FF0000"}]"#
        );
    }

    #[test]
    fn what_cannot_be_read_stays_raw() {
        assert_eq!(
            read("w-100,fake-1,h-2"),
            r#"[{"width":100,"raw":"fake-1","height":2}]"#
        );
        assert_eq!(read("zz-1,w-100,yy-2"), r#"[{"raw":"zz-1,w-100,yy-2"}]"#);
        assert_eq!(read("w-100,w-200"), r#"[{"width":100,"raw":"w-200"}]"#);
        // `buildSrc` never prints a flag with a value.
        assert_eq!(read("e-grayscale-5"), r#"[{"raw":"e-grayscale-5"}]"#);
        assert_eq!(read("w-1,,h-2"), r#"[{"width":1,"raw":",h-2"}]"#);
        // An empty `raw` keeps its step (as `@imagekit/javascript` does), so `::` reads back as one.
        assert_eq!(read("w-1::h-2"), r#"[{"width":1},{"raw":""},{"height":2}]"#);
        assert_eq!(read(""), "[]");
    }

    #[test]
    fn unslash_is_replace() {
        for s in ["", "a@@b", "a@@@b", "@", "@@", "@a@@", "x@y@@z@@@@"] {
            assert_eq!(unslash(s), s.replace("@@", "/"), "{s}");
        }
    }

    #[test]
    fn js_numbers() {
        for ok in ["0", "300", "-2.5", "0.000001", "123456789012345", "1.5"] {
            assert!(js_number_text(ok), "{ok}");
        }
        for no in [
            "",
            "-",
            "01",
            "1.",
            ".5",
            "1.50",
            "-0",
            "1e5",
            "0.0000001",
            "1234567890123456",
            "+1",
            "0x1",
        ] {
            assert!(!js_number_text(no), "{no}");
        }
    }
}
