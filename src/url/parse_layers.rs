//! Reading a layer (`l-text,i-Hi,lx-10,w-50,l-end`) back into the overlay object that compiles to it (SPEC §3.3
//! backwards): the input decoded (`i-` percent-decoded, `@@` → `/` for paths; `ie-` base64), `encoding` given
//! only where `"auto"` would choose otherwise, position and timing, and the nested transformation.
//!
//! Each reading is compiled again and kept only when it rebuilds the layer's text exactly; otherwise the caller
//! keeps the layer as `raw`.

use std::borrow::Cow;

use super::escape::percent_decode_bytes;
use super::jsvalue::truthy;
use super::overlay::simple;
use super::parse_values::{rebuilds, typed, unslash, Level};
use crate::encoding::base64_decode;
use crate::json::Value;

/// Layer parameters: the code's prefix, the sub-object it belongs to (`""` for the layer itself) and its key.
const PARAMS: &[(&str, &str, &str)] = &[
    ("lm-", "", "layerMode"),
    ("lxc-", "position", "xCenter"),
    ("lyc-", "position", "yCenter"),
    ("lx-", "position", "x"),
    ("ly-", "position", "y"),
    ("lap-", "position", "anchorPoint"),
    ("lfo-", "position", "focus"),
    ("lso-", "timing", "start"),
    ("leo-", "timing", "end"),
    ("ldu-", "timing", "duration"),
];

/// The UTF-8 text `s` percent-decodes to (`+` a space when `plus_is_space`); `None` when it is not UTF-8.
pub(crate) fn percent_decode(s: &str, plus_is_space: bool) -> Option<String> {
    String::from_utf8(percent_decode_bytes(s, plus_is_space)).ok()
}

/// The text of base64 `s` (percent-encoded as the layer writes it).
fn base64_text(s: &str) -> Option<String> {
    String::from_utf8(base64_decode(&percent_decode(s, false)?)?).ok()
}

/// The readings of a layer's input entry to try, best first: `(input, encoding to state)`.
fn inputs(entry: &str, text: bool) -> Vec<(String, Option<&'static str>)> {
    let mut out = Vec::with_capacity(3);
    let auto_if = |simple: bool, otherwise: &'static str| (!simple).then_some(otherwise);
    if let Some(b64) = entry.strip_prefix("ie-") {
        if let Some(t) = base64_text(b64) {
            let is_simple = simple(&t, !text);
            out.push((t.clone(), is_simple.then_some("base64")));
            out.push((t, Some("base64")));
        }
    } else if let Some(plain) = entry.strip_prefix("i-") {
        let unslashed = |s: &str| {
            if text {
                s.to_string()
            } else {
                unslash(s)
            }
        };
        if let Some(d) = percent_decode(plain, false) {
            let d = unslashed(&d);
            let is_simple = simple(&d, !text);
            out.push((d, auto_if(is_simple, "plain")));
        }
        out.push((unslashed(plain), Some("plain")));
    }
    out
}

/// The overlay object for layer text `span` (from `l-<type>` to its `l-end`), read at `level`.
/// `read_nested` reads the layer's own steps (`parse_steps::read_steps`, passed in so the two readers do not import
/// each other).
pub(crate) fn read_layer(
    span: &str,
    level: Level,
    depth: usize,
    read_nested: &dyn Fn(&str, Level, usize) -> Value<'static>,
) -> Option<Value<'static>> {
    let body = span.strip_suffix(",l-end")?;
    let (kind, mut rest) = body.split_once(',')?;
    let (kind, source) = match kind {
        "l-text" => ("text", "text"),
        "l-image" => ("image", "input"),
        "l-video" => ("video", "input"),
        "l-subtitles" => ("subtitle", "input"),
        _ => return None,
    };
    /// The next `,`-separated token of `rest`, taken off it.
    fn next<'s>(rest: &mut &'s str) -> &'s str {
        let (token, after) = rest.split_once(',').unwrap_or((rest, ""));
        *rest = after;
        token
    }
    let input = next(&mut rest);
    let (kind, source, readings) = match (kind, input) {
        ("image", "i-ik_canvas") => {
            let color = next(&mut rest).strip_prefix("bg-")?;
            ("solidColor", "color", vec![(color.to_string(), None)])
        }
        _ => (kind, source, inputs(input, source == "text")),
    };
    let mut params: Vec<(&str, &str, Value<'static>)> = Vec::new();
    loop {
        let token = rest.split_once(',').map_or(rest, |(t, _)| t);
        let Some((prefix, group, key)) = PARAMS
            .iter()
            .copied()
            .find(|(p, _, _)| token.starts_with(p) && !token.contains(':'))
        else {
            break;
        };
        let text = token.get(prefix.len()..).unwrap_or("");
        let v = typed(text);
        params.push((group, key, if truthy(&v) { v } else { Value::string(text) }));
        next(&mut rest);
    }
    let inner = (!rest.is_empty()).then(|| read_nested(rest, level, depth));
    let group = |name: &str| {
        let entries: Vec<(Cow<'static, str>, Value<'static>)> = params
            .iter()
            .filter(|(g, _, _)| *g == name)
            .map(|(_, k, v)| (Cow::Owned(k.to_string()), v.clone()))
            .collect();
        (!entries.is_empty()).then_some(Value::Obj(entries))
    };
    readings.into_iter().find_map(|(value, encoding)| {
        let mut o: Vec<(String, Value<'static>)> = vec![
            ("type".into(), Value::string(kind)),
            (source.into(), Value::string(value)),
        ];
        if let Some(e) = encoding {
            o.push(("encoding".into(), Value::string(e)));
        }
        if let Some(mode) = params.iter().find(|(g, _, _)| g.is_empty()) {
            o.push(("layerMode".into(), mode.2.clone()));
        }
        for name in ["position", "timing"] {
            if let Some(sub) = group(name) {
                o.push((name.into(), sub));
            }
        }
        if let Some(steps) = &inner {
            o.push(("transformation".into(), steps.clone()));
        }
        let overlay = Value::object(o);
        let step = Value::Arr(vec![Value::Obj(vec![("overlay".into(), overlay.clone())])]);
        rebuilds(&step, span, level).then_some(overlay)
    })
}

#[cfg(test)]
mod tests {
    use crate::url::parse_steps::read_steps;
    use crate::url::parse_values::Level;

    fn read(text: &str) -> String {
        read_steps(text, Level::Path, 0).to_json()
    }

    #[test]
    fn text_layers() {
        assert_eq!(
            read("l-text,i-Hello%20World,l-end"),
            r#"[{"overlay":{"type":"text","text":"Hello World"}}]"#
        );
        assert_eq!(
            read("l-text,ie-TGV0J3MgdXNlIMKpLCDCriwg4oSiLCBldGM%3D,l-end"),
            r#"[{"overlay":{"type":"text","text":"Let's use ©, ®, ™, etc"}}]"#
        );
        assert_eq!(
            read("l-text,ie-SGVsbG9Xb3JsZA%3D%3D,l-end"),
            r#"[{"overlay":{"type":"text","text":"HelloWorld","encoding":"base64"}}]"#
        );
        assert_eq!(
            read("l-text,i-a%23b%3Fc%25d%2Be%2Ff,l-end"),
            r#"[{"overlay":{"type":"text","text":"a#b?c%d+e/f","encoding":"plain"}}]"#
        );
    }

    #[test]
    fn path_and_color_layers_with_position_timing_and_nesting() {
        assert_eq!(
            read(
                "w-300:l-image,i-customer_logo@@nykaa.png,lx-10,ly-N20,lfo-center,w-50:h-20,l-end"
            ),
            r#"[{"width":300},{"overlay":{"type":"image","input":"customer_logo/nykaa.png","position":{"x":10,"y":"N20","focus":"center"},"transformation":[{"width":50},{"height":20}]}}]"#
        );
        assert_eq!(
            read("l-image,i-my%20logo.png,l-end"),
            r#"[{"overlay":{"type":"image","input":"my logo.png"}}]"#
        );
        assert_eq!(
            read("l-video,i-v@@clip.mp4,lso-2.5,leo-10,ldu-5,l-end"),
            r#"[{"overlay":{"type":"video","input":"v/clip.mp4","timing":{"start":2.5,"end":10,"duration":5}}}]"#
        );
        assert_eq!(
            read("l-image,i-ik_canvas,bg-FF0000,lm-multiply,l-end"),
            r#"[{"overlay":{"type":"solidColor","color":"FF0000","layerMode":"multiply"}}]"#
        );
        assert_eq!(
            read("l-image,i-a.png,w-50,l-text,i-Hi,l-end,l-end"),
            r#"[{"overlay":{"type":"image","input":"a.png","transformation":[{"width":50,"overlay":{"type":"text","text":"Hi"}}]}}]"#
        );
        assert_eq!(
            read("l-image,ie-ZGlyL2EsYi5wbmc%3D,l-end"),
            r#"[{"overlay":{"type":"image","input":"dir/a,b.png"}}]"#
        );
    }

    #[test]
    fn broken_layers_stay_raw() {
        assert_eq!(read("l-text,i-a"), r#"[{"raw":"l-text,i-a"}]"#);
        assert_eq!(read("l-gif,i-a,l-end"), r#"[{"raw":"l-gif,i-a,l-end"}]"#);
        assert_eq!(
            read("l-text,ie-***,l-end"),
            r#"[{"raw":"l-text,ie-***,l-end"}]"#
        );
    }
}
