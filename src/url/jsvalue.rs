//! What JavaScript makes of a caller's value, written once for the transformation compiler and the overlay
//! compiler (which both import it, and neither imports the other's helpers): truthiness, `String(v)`, blankness,
//! and the shared vocabulary of both (`Values`, `Place`, the nesting bound).

use crate::json::Value;

/// How values become URL text: the one place `ik.url()` (the seed) and `buildSrc` (`@imagekit/javascript` 5.5)
/// disagree about transformations (the `buildSrc:` / `url():` rules of `transformations.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Values {
    /// The seed: `"-"` is the bare code for any key; `true` is the bare code of a flag or optional-argument
    /// effect; anything else is `code-value` (`effect_contrast: "1"` → `e-contrast-1`).
    Seed,
    /// `@imagekit/javascript`: a flag is present for `true`/`"true"`/`"-"` and omitted otherwise; an
    /// optional-argument effect is bare for `true`/`"true"`/blank and `code-value` otherwise.
    Js,
}

/// Names a place in the options for an error message; called only when there is an error, so the happy path
/// formats nothing.
pub(crate) type Place<'a> = &'a dyn Fn() -> String;

/// How deeply overlays may nest inside overlays' transformations. Real layers nest one or two deep; the bound
/// keeps a hostile input from exhausting the wasm stack.
pub(crate) const MAX_LAYER_DEPTH: usize = 8;

/// Arrays inside values nest at most this deep before the rest is dropped (JS would print them; nobody does).
const MAX_ARRAY_DEPTH: usize = 16;

/// JavaScript's `String.prototype.trim` white space (Rust's `is_whitespace` adds U+0085 and lacks U+FEFF).
pub(crate) fn js_space(c: char) -> bool {
    (c.is_whitespace() && c != '\u{85}') || c == '\u{feff}'
}

/// JavaScript truthiness of a JSON value (`NaN` arrives as `null`).
pub(crate) fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Num(n) => !matches!(crate::json::parse_number(n), Some(f) if f == 0.0),
        Value::Str(s) => !s.is_empty(),
        Value::Arr(_) | Value::Obj(_) => true,
    }
}

/// Appends JavaScript's `String(v)` without building an intermediate string.
pub(crate) fn push_js_string(out: &mut String, v: &Value) {
    push_js_joined(out, v, ",", 0);
}

/// `String(v)`, with an array's items joined by `sep` (`,` is JS's own join; `_` is `streamingResolutions`).
/// `null` items print as nothing, as `Array.prototype.join` does.
pub(crate) fn push_js_joined(out: &mut String, v: &Value, sep: &str, depth: usize) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Num(n) => out.push_str(n),
        Value::Str(s) => out.push_str(s),
        Value::Obj(_) => out.push_str("[object Object]"),
        Value::Arr(items) if depth < MAX_ARRAY_DEPTH => {
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(sep);
                }
                if !item.is_null() {
                    // Nested arrays always join with `,`, as JS's `String()` of an inner array does.
                    push_js_joined(out, item, ",", depth + 1);
                }
            }
        }
        Value::Arr(_) => {}
    }
}

/// Whether `String(v).trim() === ""` in JS.
pub(crate) fn blank(v: &Value) -> bool {
    match v {
        Value::Str(s) => s.chars().all(js_space),
        Value::Arr(_) => {
            let mut s = String::new();
            push_js_string(&mut s, v);
            s.chars().all(js_space)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn js_whitespace_and_truthiness() {
        assert!(js_space('\u{feff}') && js_space('\u{3000}') && !js_space('\u{85}'));
        assert!(blank(&Value::Str("\u{a0}\t".into())) && !blank(&Value::Num("0".into())));
        assert!(
            !truthy(&Value::Num("0".into()))
                && !truthy(&Value::Num("-0".into()))
                && truthy(&Value::Num("0.5".into()))
        );
    }
}
