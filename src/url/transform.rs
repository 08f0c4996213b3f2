//! Compiling `transformation` (an array of step objects) to its string: steps joined by `:`, entries of a step
//! by `,`, in the caller's key order. The two dialects differ only in how a value becomes text (see [`Values`]);
//! everything is appended to one output buffer, so a whole URL is built with a handful of allocations.

use super::jsvalue::{blank, push_js_joined, push_js_string, truthy, Place, Values};
use super::overlay::write_layer;
use super::table::{lookup, Rule};
use crate::error::{Error, Result};
use crate::json::Value;

/// Appends the transformation string of `steps` (an array of step objects) to `out`. Anything but an array is
/// no transformation, as every mirror reads it (`@imagekit/javascript`, `imagekit` 6 and the seed all return `""`).
/// `place` names the array in error messages (`transformation`, `transformation[0].overlay.transformation`).
/// True when a step was written, even an empty one (`[{raw: ""}]` is one step, `""`).
pub(crate) fn write_steps(
    out: &mut String,
    steps: &Value,
    values: Values,
    place: Place<'_>,
    depth: usize,
) -> Result<bool> {
    let Value::Arr(items) = steps else {
        return Ok(false);
    };
    let mut wrote_step = false;
    for (i, step) in items.iter().enumerate() {
        let entries = match step {
            // `for (key in null)` and `for (key in 5)` visit nothing: the JS SDKs skip such a step.
            Value::Null | Value::Bool(_) | Value::Num(_) => continue,
            Value::Obj(entries) => entries,
            // A string or array step would come out as `0-a,1-b` (its indices as keys): refused instead.
            other => {
                return Err(Error::validation(format!(
                    "{}[{i}] must be an object, got {}",
                    place(),
                    other.type_name()
                )))
            }
        };
        let before = out.len();
        if wrote_step || (i > 0 && values == Values::Seed) {
            out.push(':');
        }
        let mut entries_written = 0;
        for (key, value) in entries {
            let entry_start = out.len();
            if entries_written > 0 {
                out.push(',');
            }
            let wrote = write_entry(out, key, value, values, depth, &|| {
                format!("{}[{i}].{key}", place())
            })?;
            if wrote {
                entries_written += 1;
            } else {
                out.truncate(entry_start);
            }
        }
        if entries_written == 0 && values == Values::Js {
            // `@imagekit/javascript` leaves a step without entries out; the seed joins every step with `:`.
            out.truncate(before);
        } else {
            wrote_step = true;
        }
    }
    Ok(wrote_step)
}

/// Appends one `key: value` entry of a step; false when the rules omit it (a `null`, a flag the JS SDK drops,
/// an overlay without its input). An empty `raw` is an entry: every mirror leaves its `,` behind.
fn write_entry(
    out: &mut String,
    key: &str,
    value: &Value,
    values: Values,
    depth: usize,
    place: Place<'_>,
) -> Result<bool> {
    if value.is_null() || key.is_empty() {
        return Ok(false);
    }
    let (code, rule) = match lookup(key, values == Values::Js) {
        // Only an object is an overlay (an array is one without a type: nothing); anything else under `overlay`
        // is an ordinary `overlay-value`, as `typeof value === "object"` decides in the JS SDKs.
        Some((_, Rule::Overlay)) if !matches!(value, Value::Obj(_) | Value::Arr(_)) => {
            (key, Rule::Generic)
        }
        Some(found) => found,
        None => (key, Rule::Generic),
    };
    let is_dash = value.as_str() == Some("-");
    match rule {
        Rule::Overlay => {
            let Value::Obj(layer) = value else {
                return Ok(false);
            };
            let before = out.len();
            write_layer(out, layer, place, depth, &|out, steps, place, depth| {
                // A layer is @imagekit/javascript's (SPEC §3.3), its own steps too, in both dialects.
                write_steps(out, steps, Values::Js, place, depth).map(|_| ())
            })?;
            return Ok(out.len() > before);
        }
        Rule::Raw => {
            push_js_string(out, value);
            return Ok(true);
        }
        _ if is_dash && values == Values::Seed => {
            out.push_str(code);
            return Ok(true);
        }
        Rule::Flag | Rule::OptionalArg if matches!(value, Value::Bool(true)) => {
            out.push_str(code);
            return Ok(true);
        }
        Rule::Flag if values == Values::Js => {
            if is_dash || value.as_str() == Some("true") {
                out.push_str(code);
                return Ok(true);
            }
            return Ok(false);
        }
        Rule::OptionalArg
            if values == Values::Js && (value.as_str() == Some("true") || blank(value)) =>
        {
            out.push_str(code);
            return Ok(true);
        }
        _ => {}
    }
    out.push_str(code);
    out.push('-');
    match rule {
        Rule::Path => push_path_value(out, value, values),
        Rule::Trim if values == Values::Js && blank(value) => out.push_str("true"),
        Rule::Streaming => push_js_joined(out, value, "_", 0),
        _ => push_js_string(out, value),
    }
    Ok(true)
}

/// A file path value (`defaultImage`, `fontFamily`, `overlay_image`): one leading and one trailing `/` stripped,
/// then `/` → `@@`. In `buildSrc` a falsy value is empty, as the JS SDK's `value || ""` makes it; the seed
/// prints it (`false`, `0`).
fn push_path_value(out: &mut String, value: &Value, values: Values) {
    if values == Values::Js && !truthy(value) {
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
    transformation_steps(steps, values).map(|(text, _)| text)
}

/// The transformation string and whether it has any step (an empty step still counts: a step joined after it
/// is preceded by `:`, as `[...transformation, step].join(":")` does in the JS SDK).
pub(crate) fn transformation_steps(steps: &Value, values: Values) -> Result<(String, bool)> {
    // Most strings fit (a chained overlay's is 63 bytes): growing from empty took four reallocations.
    let mut out = String::with_capacity(64);
    let any = write_steps(&mut out, steps, values, &|| "transformation".to_string(), 0)?;
    Ok((out, any))
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
        // An empty raw is an entry, as in every mirror: its step stays, empty.
        assert_eq!(js(r#"[{"raw":""},{"raw":"x","w":1}]"#), ":x,w-1");
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
        // The seed's `effect_*` names are not @imagekit/javascript's: buildSrc passes them through.
        assert_eq!(js(t), "e-sharpen,e-shadow,e-gradient,e-usm,e-dropshadow-az-45,effect_sharpen-10,effect_shadow-false,effect_usm-");
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
            "di-folder@@file.jpg,ff-@@a@@,default_image-x"
        );
        assert_eq!(
            seed(r#"[{"overlay_image":"/a/b.png","overlayImage":"c.png","defaultImage":false}]"#),
            "oi-a@@b.png,oi-c.png,di-false"
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
            err(r#"[{"w":1},"abc"]"#),
            "transformation[1] must be an object, got string"
        );
        // What every mirror accepts: a transformation that is not an array is none; an overlay that is not an
        // object is an ordinary entry; null and number steps are skipped.
        assert_eq!(js(r#"{"width":1}"#), "");
        assert_eq!(js(r#"[{"overlay":"x"}]"#), "overlay-x");
        assert_eq!(js(r#"[null,5,{"w":1}]"#), "w-1");
    }
}
