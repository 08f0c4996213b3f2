//! Overlay objects → layers (SPEC §3.3): `l-<type>`, the input as `i-<plain>` or `ie-<base64>`, layer mode,
//! position, timing, the layer's own transformation, `l-end`. The object is read the way `@imagekit/javascript`
//! reads it (SPEC §0): keys it does not know are ignored, an unknown `encoding` is `auto`, a `position` or
//! `timing` that is not an object has no entries, and an overlay without its input is dropped. Only an unknown
//! `type` is an error: the JS SDKs answer it with a lone `l-end`, a layer that closes without opening.
//!
//! The layer's own transformation is compiled by the caller's step writer (passed in), so this module does not
//! import the transformation compiler that imports it.

use super::jsvalue::{push_js_string, truthy, Place, MAX_LAYER_DEPTH};
use crate::encoding::{base64_encode, encode_uri_component};
use crate::error::{Error, Result};
use std::borrow::Cow;

use crate::json::Value;

/// Position keys in the order their codes are emitted (`@imagekit/javascript` 5.5's order).
const POSITION: &[(&str, &str)] = &[
    ("x", "lx-"),
    ("y", "ly-"),
    ("xCenter", "lxc-"),
    ("yCenter", "lyc-"),
    ("anchorPoint", "lap-"),
    ("focus", "lfo-"),
];
const TIMING: &[(&str, &str)] = &[("start", "lso-"), ("end", "leo-"), ("duration", "ldu-")];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Auto,
    Plain,
    Base64,
}

fn field<'a>(layer: &'a [(Cow<'a, str>, Value<'a>)], key: &str) -> Option<&'a Value<'a>> {
    layer
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
        .filter(|v| !v.is_null())
}

/// The entries of a sub-object (`position`, `timing`); none when it is not an object, as JS destructuring of a
/// string or number finds none of the names.
fn sub_object<'a>(
    layer: &'a [(Cow<'a, str>, Value<'a>)],
    key: &str,
) -> &'a [(Cow<'a, str>, Value<'a>)] {
    match field(layer, key) {
        Some(Value::Obj(entries)) => entries,
        _ => &[],
    }
}

/// `^[a-zA-Z0-9-._ ]*$` (text) or, with `slash`, `^[a-zA-Z0-9-._/ ]*$` (paths): what may go in plain.
pub(crate) fn simple(s: &str, slash: bool) -> bool {
    s.bytes().all(|b| {
        b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b' ') || (slash && b == b'/')
    })
}

/// `ie-` + encodeURIComponent(base64(s)). Of the base64 alphabet only `+`, `/` and `=` need escaping, so they are
/// mapped here as the digits are appended, without encode_uri_component's second string.
fn push_base64(out: &mut String, s: &str) {
    out.push_str("ie-");
    for c in base64_encode(s.as_bytes()).chars() {
        match c {
            '+' => out.push_str("%2B"),
            '/' => out.push_str("%2F"),
            '=' => out.push_str("%3D"),
            c => out.push(c),
        }
    }
}

/// Text: plain is `i-` + encodeURIComponent(text); otherwise base64.
fn push_text(out: &mut String, text: &str, encoding: Encoding) {
    if encoding == Encoding::Plain || (encoding == Encoding::Auto && simple(text, false)) {
        out.push_str("i-");
        out.push_str(&encode_uri_component(text));
    } else {
        push_base64(out, text);
    }
}

/// A file path: one leading and one trailing `/` stripped; plain is `i-` with `/` → `@@`; otherwise base64.
fn push_input_path(out: &mut String, path: &str, encoding: Encoding) {
    let path = path.strip_prefix('/').unwrap_or(path);
    let path = path.strip_suffix('/').unwrap_or(path);
    if encoding == Encoding::Plain || (encoding == Encoding::Auto && simple(path, true)) {
        out.push_str("i-");
        out.push_str(&path.replace('/', "@@"));
    } else {
        push_base64(out, path);
    }
}

/// Writes a layer's own transformation steps (the transformation compiler, handed in by its caller).
pub(crate) type StepWriter<'w> = &'w dyn Fn(&mut String, &Value, Place<'_>, usize) -> Result<()>;

/// Appends the layer for one overlay object (or nothing, for an overlay without type or input).
/// `place` names the overlay in error messages (built only when there is an error); `depth` counts the layers it
/// sits inside; `steps` compiles the layer's own transformation.
pub(crate) fn write_layer<'a>(
    out: &mut String,
    layer: &[(Cow<'a, str>, Value<'a>)],
    place: Place<'_>,
    depth: usize,
    steps: StepWriter<'_>,
) -> Result<()> {
    if depth >= MAX_LAYER_DEPTH {
        return Err(Error::validation(format!(
            "{}: overlays nest more than {MAX_LAYER_DEPTH} deep",
            place()
        )));
    }
    let encoding = match field(layer, "encoding").and_then(Value::as_str) {
        Some("plain") => Encoding::Plain,
        Some("base64") => Encoding::Base64,
        _ => Encoding::Auto,
    };
    let position = sub_object(layer, "position");
    let timing = sub_object(layer, "timing");
    let kind = match field(layer, "type") {
        Some(t) if !truthy(t) => return Ok(()),
        None => return Ok(()),
        Some(Value::Str(s)) => s.as_ref(),
        Some(other) => {
            return Err(Error::validation(format!(
                "{}.type must be one of \"text\", \"image\", \"video\", \"subtitle\", \"solidColor\", got {}",
                place(),
                other.type_name()
            )))
        }
    };
    let (code, source) = match kind {
        "text" => ("l-text", "text"),
        "image" => ("l-image", "input"),
        "video" => ("l-video", "input"),
        "subtitle" => ("l-subtitles", "input"),
        "solidColor" => ("l-image,i-ik_canvas", "color"),
        other => {
            return Err(Error::validation(format!(
                "{}.type must be one of \"text\", \"image\", \"video\", \"subtitle\", \"solidColor\", got \"{other}\"",
                place()
            )))
        }
    };
    // Without its input a layer means nothing: the JS SDKs drop it, and so do we.
    let Some(input) = field(layer, source).filter(|v| truthy(v)) else {
        return Ok(());
    };
    // A string input (nearly every one) is read in place; other values are spelled as `String(v)` first.
    let spelled;
    let text: &str = match input {
        Value::Str(s) => s,
        other => {
            let mut t = String::new();
            push_js_string(&mut t, other);
            spelled = t;
            &spelled
        }
    };
    let start = out.len();
    out.push_str(code);
    out.push(',');
    match source {
        "text" => push_text(out, text, encoding),
        "input" => push_input_path(out, text, encoding),
        _ => {
            out.push_str("bg-");
            out.push_str(text);
        }
    }
    let push_coded = |out: &mut String, prefix: &str, v: Option<&Value>| {
        if let Some(v) = v.filter(|v| truthy(v)) {
            out.push(',');
            out.push_str(prefix);
            push_js_string(out, v);
        }
    };
    push_coded(out, "lm-", field(layer, "layerMode"));
    for (key, prefix) in POSITION {
        push_coded(out, prefix, field(position, key));
    }
    for (key, prefix) in TIMING {
        push_coded(out, prefix, field(timing, key));
    }
    if let Some(nested) = field(layer, "transformation") {
        let before = out.len();
        out.push(',');
        let inner = out.len();
        if let Err(e) = steps(
            out,
            nested,
            &|| format!("{}.transformation", place()),
            depth + 1,
        ) {
            out.truncate(start);
            return Err(e);
        }
        // `@imagekit/javascript` adds the nested string only when it is not blank.
        if out.get(inner..).map_or(true, |t| t.trim().is_empty()) {
            out.truncate(before);
        }
    }
    out.push_str(",l-end");
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::json::parse;
    use crate::url::build_transformation_string;

    fn layer(overlay: &str) -> String {
        let text = format!(r#"[{{"overlay":{overlay}}}]"#);
        let t = parse(&text).unwrap();
        build_transformation_string(&t).unwrap()
    }
    fn err(overlay: &str) -> String {
        let text = format!(r#"[{{"overlay":{overlay}}}]"#);
        let t = parse(&text).unwrap();
        build_transformation_string(&t)
            .unwrap_err()
            .message()
            .to_string()
    }

    #[test]
    fn text_layers() {
        assert_eq!(
            layer(r#"{"type":"text","text":"Manu"}"#),
            "l-text,i-Manu,l-end"
        );
        assert_eq!(
            layer(r#"{"type":"text","text":"Hello World"}"#),
            "l-text,i-Hello%20World,l-end"
        );
        assert_eq!(
            layer(r#"{"type":"text","text":"Let's use ©, ®, ™, etc"}"#),
            "l-text,ie-TGV0J3MgdXNlIMKpLCDCriwg4oSiLCBldGM%3D,l-end"
        );
        assert_eq!(
            layer(r#"{"type":"text","text":"héllo wörld"}"#),
            "l-text,ie-aMOpbGxvIHfDtnJsZA%3D%3D,l-end"
        );
        assert_eq!(
            layer(r#"{"type":"text","text":"HelloWorld","encoding":"base64"}"#),
            "l-text,ie-SGVsbG9Xb3JsZA%3D%3D,l-end"
        );
        assert_eq!(
            layer(r#"{"type":"text","text":"a#b?c%d+e/f","encoding":"plain"}"#),
            "l-text,i-a%23b%3Fc%25d%2Be%2Ff,l-end"
        );
        assert_eq!(
            layer(r#"{"type":"text","text":"/a/","encoding":"auto"}"#),
            "l-text,ie-L2Ev,l-end"
        );
        assert_eq!(layer(r#"{"type":"text","text":5}"#), "l-text,i-5,l-end");
    }

    #[test]
    fn path_layers() {
        assert_eq!(
            layer(r#"{"type":"image","input":"/customer_logo/nykaa.png"}"#),
            "l-image,i-customer_logo@@nykaa.png,l-end"
        );
        assert_eq!(
            layer(r#"{"type":"image","input":"/customer/logo.png","encoding":"base64"}"#),
            "l-image,ie-Y3VzdG9tZXIvbG9nby5wbmc%3D,l-end"
        );
        assert_eq!(
            layer(r#"{"type":"image","input":"/dir/a,b.png"}"#),
            "l-image,ie-ZGlyL2EsYi5wbmc%3D,l-end"
        );
        assert_eq!(
            layer(r#"{"type":"image","input":"my logo.png"}"#),
            "l-image,i-my logo.png,l-end"
        );
        assert_eq!(
            layer(
                r#"{"type":"video","input":"/v/clip.mp4","timing":{"start":2.5,"end":"10","duration":5}}"#
            ),
            "l-video,i-v@@clip.mp4,lso-2.5,leo-10,ldu-5,l-end"
        );
        assert_eq!(
            layer(r#"{"type":"subtitle","input":"/sub.srt","encoding":"plain"}"#),
            "l-subtitles,i-sub.srt,l-end"
        );
        assert_eq!(
            layer(r#"{"type":"solidColor","color":"FF0000"}"#),
            "l-image,i-ik_canvas,bg-FF0000,l-end"
        );
    }

    #[test]
    fn mode_position_and_nesting() {
        assert_eq!(
            layer(
                r#"{"type":"image","input":"o.jpg","layerMode":"displace","position":{"x":"50","y":50,"xCenter":1,"yCenter":2,"focus":"c","anchorPoint":"top_left"}}"#
            ),
            "l-image,i-o.jpg,lm-displace,lx-50,ly-50,lxc-1,lyc-2,lap-top_left,lfo-c,l-end"
        );
        // Falsy position values are left out, as the JS SDK's `if (x)` does.
        assert_eq!(
            layer(r#"{"type":"image","input":"o.jpg","position":{"x":0,"y":""}}"#),
            "l-image,i-o.jpg,l-end"
        );
        assert_eq!(
            layer(
                r#"{"type":"image","input":"a.png","transformation":[{"width":50,"overlay":{"type":"text","text":"Hi"}}]}"#
            ),
            "l-image,i-a.png,w-50,l-text,i-Hi,l-end,l-end"
        );
        assert_eq!(
            layer(
                r#"{"type":"image","input":"a.png","transformation":[{"width":1},{"height":2}]}"#
            ),
            "l-image,i-a.png,w-1:h-2,l-end"
        );
        assert_eq!(
            layer(r#"{"type":"image","input":"a.png","transformation":[{}]}"#),
            "l-image,i-a.png,l-end"
        );
    }

    #[test]
    fn incomplete_layers_are_dropped() {
        for o in [
            r#"{"type":"image"}"#,
            r#"{"type":"video","input":""}"#,
            r#"{"type":"subtitle"}"#,
            r#"{"type":"solidColor"}"#,
            r#"{"type":"text","text":""}"#,
            "{}",
            r#"{"type":null}"#,
        ] {
            assert_eq!(layer(o), "", "{o}");
        }
    }

    #[test]
    fn layers_read_as_the_js_sdk_reads_them() {
        assert_eq!(err(r#"{"type":"gif","input":"a"}"#), "transformation[0].overlay.type must be one of \"text\", \"image\", \"video\", \"subtitle\", \"solidColor\", got \"gif\"");
        // Unknown keys are ignored, an unknown encoding is auto, a position that is not an object has no entries.
        assert_eq!(
            layer(r#"{"type":"text","txt":"a","text":"b"}"#),
            "l-text,i-b,l-end"
        );
        assert_eq!(
            layer(r#"{"type":"text","text":"a","position":{"left":1,"x":2}}"#),
            "l-text,i-a,lx-2,l-end"
        );
        assert_eq!(
            layer(r#"{"type":"text","text":"a","encoding":"hex","position":"0"}"#),
            "l-text,i-a,l-end"
        );
        assert_eq!(
            layer(r#"{"type":"text","text":"a","transformation":{"w":1}}"#),
            "l-text,i-a,l-end"
        );
        let mut deep = String::from(r#"{"type":"text","text":"a"}"#);
        for _ in 0..10 {
            deep =
                format!(r#"{{"type":"text","text":"a","transformation":[{{"overlay":{deep}}}]}}"#);
        }
        assert!(err(&deep).contains("overlays nest more than 8 deep"));
    }
}
