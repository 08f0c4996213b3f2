//! Compiling `transformation` (an array of step objects) to its string: steps joined by `:`, entries of a step
//! by `,`, in the caller's key order. The two dialects differ only in how a value becomes text (see [`Values`]);
//! everything is appended to one output buffer, so a whole URL is built with a handful of allocations.

use super::overlay::write_layer;
use super::table::{lookup, Rule};
use crate::error::{Error, Result};
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
fn push_js_joined(out: &mut String, v: &Value, sep: &str, depth: usize) {
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
fn blank(v: &Value) -> bool {
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

/// Appends the transformation string of `steps` (an array of step objects; `null` is none) to `out`.
/// `place` names the array in error messages (`transformation`, `transformation[0].overlay.transformation`).
pub(crate) fn write_steps(
    out: &mut String,
    steps: &Value,
    values: Values,
    place: Place<'_>,
    depth: usize,
) -> Result<()> {
    let items = match steps {
        Value::Null => return Ok(()),
        Value::Arr(items) => items,
        other => {
            return Err(Error::validation(format!(
                "{} must be an array of transformation steps, got {}",
                place(),
                other.type_name()
            )))
        }
    };
    let mut wrote_step = false;
    for (i, step) in items.iter().enumerate() {
        let entries = match step {
            Value::Null => continue,
            Value::Obj(entries) => entries,
            other => {
                return Err(Error::validation(format!(
                    "{}[{i}] must be an object, got {}",
                    place(),
                    other.type_name()
                )))
            }
        };
        let before = out.len();
        if wrote_step {
            out.push(':');
        }
        let start = out.len();
        for (key, value) in entries {
            let entry_start = out.len();
            if entry_start > start {
                out.push(',');
            }
            let content = out.len();
            write_entry(out, key, value, values, depth, &|| {
                format!("{}[{i}].{key}", place())
            })?;
            if out.len() == content {
                out.truncate(entry_start);
            }
        }
        if out.len() == start {
            // An empty step leaves no `::` behind.
            out.truncate(before);
        } else {
            wrote_step = true;
        }
    }
    Ok(())
}

/// Appends one `key: value` entry of a step (or nothing, when the rules omit it).
fn write_entry(
    out: &mut String,
    key: &str,
    value: &Value,
    values: Values,
    depth: usize,
    place: Place<'_>,
) -> Result<()> {
    if value.is_null() || key.is_empty() {
        return Ok(());
    }
    let (code, rule) = lookup(key).unwrap_or((key, Rule::Generic));
    let is_dash = value.as_str() == Some("-");
    match rule {
        Rule::Overlay => {
            let Value::Obj(layer) = value else {
                return Err(Error::validation(format!(
                    "{} must be an object, got {}",
                    place(),
                    value.type_name()
                )));
            };
            return write_layer(out, layer, values, place, depth);
        }
        Rule::Raw => {
            // An empty raw value adds nothing (the JS SDK would leave a stray `,` or `::`).
            push_js_string(out, value);
            return Ok(());
        }
        _ if is_dash && values == Values::Seed => {
            out.push_str(code);
            return Ok(());
        }
        Rule::Flag | Rule::OptionalArg if matches!(value, Value::Bool(true)) => {
            out.push_str(code);
            return Ok(());
        }
        Rule::Flag if values == Values::Js => {
            if is_dash || value.as_str() == Some("true") {
                out.push_str(code);
            }
            return Ok(());
        }
        Rule::OptionalArg
            if values == Values::Js && (value.as_str() == Some("true") || blank(value)) =>
        {
            out.push_str(code);
            return Ok(());
        }
        _ => {}
    }
    out.push_str(code);
    out.push('-');
    match rule {
        Rule::Path => push_path_value(out, value),
        Rule::Trim if blank(value) => out.push_str("true"),
        Rule::Streaming => push_js_joined(out, value, "_", 0),
        _ => push_js_string(out, value),
    }
    Ok(())
}

/// A file path value (`defaultImage`, `fontFamily`, `overlay_image`): one leading and one trailing `/` stripped,
/// then `/` → `@@`. A falsy value is empty, as the JS SDK's `value || ""` makes it.
fn push_path_value(out: &mut String, value: &Value) {
    if !truthy(value) {
        return;
    }
    let mut s = String::new();
    push_js_string(&mut s, value);
    let s = s.strip_prefix('/').unwrap_or(&s);
    let s = s.strip_suffix('/').unwrap_or(s);
    for (i, part) in s.split('/').enumerate() {
        if i > 0 {
            out.push_str("@@");
        }
        out.push_str(part);
    }
}

/// The transformation string of `steps` on its own (`buildTransformationString`).
pub(crate) fn transformation_string(steps: &Value, values: Values) -> Result<String> {
    let mut out = String::new();
    write_steps(&mut out, steps, values, &|| "transformation".to_string(), 0)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    fn js(t: &str) -> String {
        transformation_string(&parse(t).unwrap(), Values::Js).unwrap()
    }
    fn seed(t: &str) -> String {
        transformation_string(&parse(t).unwrap(), Values::Seed).unwrap()
    }

    #[test]
    fn generic_entries_keep_key_order_and_js_spelling() {
        assert_eq!(
            js(r#"[{"height":"300","width":400,"raw":"ar-4-3,q-40"},{"rotation":90}]"#),
            "h-300,w-400,ar-4-3,q-40:rt-90"
        );
        assert_eq!(
            js(r#"[{"width":1e+21,"x":-0.5,"quality":true,"named":["a","b",null]}]"#),
            "w-1e+21,x--0.5,q-true,n-a,b,"
        );
        assert_eq!(
            js(r#"[{"fake_xxxx":"400","Width":5,"bg":{"a":1}}]"#),
            "fake_xxxx-400,w-5,bg-[object Object]"
        );
        assert_eq!(
            js(r#"[{"width":100},{},null,{"height":50,"x":null,"":"1"}]"#),
            "w-100:h-50"
        );
        assert_eq!(js(r#"[{"raw":""},{"raw":"x","w":1}]"#), "x,w-1");
        assert_eq!(js("null"), "");
    }

    #[test]
    fn every_spelling_of_a_key() {
        assert_eq!(
            seed(
                r#"[{"aspect_ratio":"4-3","aspectRatio":"4-3","crop_mode":"pad","color_profile":false}]"#
            ),
            "ar-4-3,ar-4-3,cm-pad,cp-false"
        );
        assert_eq!(
            seed(
                r#"[{"overlay_text":"Hi","overlayText":"Hi","overlay_alpha":5,"overlay_text_transparency":5,"rotate":90}]"#
            ),
            "ot-Hi,ot-Hi,oa-5,oa-5,rt-90"
        );
        assert_eq!(
            seed(
                r#"[{"effectSharpen":"-","effectUSM":"2","effectContrast":true,"effectGray":"-","effect_gradient":true}]"#
            ),
            "e-sharpen,e-usm-2,e-contrast,e-grayscale,e-gradient"
        );
    }

    #[test]
    fn flags() {
        let t = r#"[{"grayscale":true,"aiUpscale":"true","aiRetouch":"-","aiVariation":false,"aiRemoveBackground":"yes","contrastStretch":1}]"#;
        assert_eq!(js(t), "e-grayscale,e-upscale,e-retouch");
        assert_eq!(
            seed(t),
            "e-grayscale,e-upscale-true,e-retouch,e-genvar-false,e-bgremove-yes,e-contrast-1"
        );
        assert_eq!(
            seed(r#"[{"effect_contrast":"1","effect_gray":"-"}]"#),
            "e-contrast-1,e-grayscale"
        );
    }

    #[test]
    fn optional_argument_effects() {
        let t = r#"[{"sharpen":true,"shadow":"","gradient":"true","unsharpMask":" ","aiDropShadow":"az-45","effect_sharpen":10,"effect_shadow":false,"effect_usm":[]}]"#;
        assert_eq!(js(t), "e-sharpen,e-shadow,e-gradient,e-usm,e-dropshadow-az-45,e-sharpen-10,e-shadow-false,e-usm");
        assert_eq!(seed(t), "e-sharpen,e-shadow-,e-gradient-true,e-usm- ,e-dropshadow-az-45,e-sharpen-10,e-shadow-false,e-usm-");
        assert_eq!(
            seed(r#"[{"sharpen":"-","width":"-","fake":"-"}]"#),
            "e-sharpen,w,fake"
        );
        assert_eq!(js(r#"[{"sharpen":"-","width":"-"}]"#), "e-sharpen--,w--");
    }

    #[test]
    fn paths_trim_and_streaming() {
        assert_eq!(
            js(
                r#"[{"defaultImage":"/folder/file.jpg/","fontFamily":"//a//","default_image":"x"}]"#
            ),
            "di-folder@@file.jpg,ff-@@a@@,di-x"
        );
        assert_eq!(
            seed(r#"[{"overlay_image":"/a/b.png","overlayImage":"c.png","defaultImage":false}]"#),
            "oi-a@@b.png,oi-c.png,di-"
        );
        assert_eq!(
            js(r#"[{"trim":true},{"trim":""},{"trim":5},{"trim":"  "}]"#),
            "t-true:t-true:t-5:t-true"
        );
        assert_eq!(seed(r#"[{"trim":"-"}]"#), "t");
        assert_eq!(
            js(
                r#"[{"streamingResolutions":["240",360,"720"]},{"sr":"240_360"},{"streamingResolutions":"1080"}]"#
            ),
            "sr-240_360_720:sr-240_360:sr-1080"
        );
    }

    #[test]
    fn type_errors_name_the_place() {
        let err = |t: &str| {
            transformation_string(&parse(t).unwrap(), Values::Js)
                .unwrap_err()
                .message()
                .to_string()
        };
        assert_eq!(
            err(r#"{"width":1}"#),
            "transformation must be an array of transformation steps, got object"
        );
        assert_eq!(
            err(r#"[{"w":1},"abc"]"#),
            "transformation[1] must be an object, got string"
        );
        assert_eq!(
            err(r#"[{"overlay":"x"}]"#),
            "transformation[0].overlay must be an object, got string"
        );
    }

    #[test]
    fn js_whitespace() {
        assert!(js_space('\u{feff}') && js_space('\u{3000}') && !js_space('\u{85}'));
        assert!(blank(&Value::Str("\u{a0}\t".into())) && !blank(&Value::Num("0".into())));
        assert!(
            !truthy(&Value::Num("0".into()))
                && !truthy(&Value::Num("-0".into()))
                && truthy(&Value::Num("0.5".into()))
        );
    }
}
