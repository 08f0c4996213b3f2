//! `getResponsiveImageAttributes` (SPEC §3.4): `@imagekit/javascript` 5.5's algorithm. With `sizes`, every
//! breakpoint at least as wide as the smallest `vw` share of the smallest device needs (`w` descriptors); with a
//! numeric `width`, the breakpoints nearest to 1× and 2× (`x` descriptors); otherwise the device breakpoints.
//! Each candidate URL is the caller's transformation plus a step `w-<width>,c-at_max`.

use super::builder::{assemble, Policy, Target, BUILD_SRC};
use super::jsvalue::{js_space, Values};
use super::reading::{lenient_text, read_position};
use super::responsive_widths::WHAT;
use super::transform::transformation_steps;
use crate::config::Position;
use crate::error::{Error, Result};
use crate::json::Value;
use crate::options::Options;

pub const RESPONSIVE_KEYS: &[&str] = &[
    "src",
    "urlEndpoint",
    "transformation",
    "queryParameters",
    "transformationPosition",
    "sizes",
    "width",
    "deviceBreakpoints",
    "imageBreakpoints",
    // Issue 17's additions, read by responsive_widths.rs.
    "widths",
    "minWidth",
    "maxWidth",
    "widthTolerance",
    "devicePixelRatios",
    "variableQuality",
];
/// At most this many candidate widths (the defaults give 16). Without a bound a 0.2 MB input asked for a srcSet
/// of over 1 GiB (issue #12, item 5); past it the call is a `ValidationError` that states the bound.
pub const MAX_CANDIDATES: usize = 256;
/// At most this many bytes in `srcSet` (with `src`): 1 MiB, far above any real attribute.
pub const MAX_OUTPUT_BYTES: usize = 1 << 20;
const DEVICE_BREAKPOINTS: &[&str] = &["640", "750", "828", "1080", "1200", "1920", "2048", "3840"];
const IMAGE_BREAKPOINTS: &[&str] = &["16", "32", "48", "64", "96", "128", "256", "384"];

/// `buildSrc`'s rules, but a bad endpoint is an error: an attribute set of empty URLs helps nobody.
const POLICY: Policy = Policy {
    lenient: false,
    what: WHAT,
    ..BUILD_SRC
};

/// A breakpoint: its value, and its text as JS prints the number.
type Breakpoint<'a> = (f64, &'a str);

fn breakpoints<'a>(
    o: &Options<'a>,
    key: &str,
    default: &'static [&'static str],
) -> Result<Vec<Breakpoint<'a>>> {
    let mut out: Vec<Breakpoint<'a>> = match o.get(key) {
        None => default
            .iter()
            .map(|s| (crate::json::parse_number(s).unwrap_or(0.0), *s))
            .collect(),
        Some(Value::Arr(items)) => items
            .iter()
            .map(|v| match v {
                Value::Num(n) => crate::json::parse_number(n).map(|f| (f, n.as_ref())),
                _ => None,
            })
            .collect::<Option<_>>()
            .ok_or_else(|| {
                Error::validation(format!("{WHAT}.{key} must be an array of numbers"))
            })?,
        Some(other) => {
            return Err(Error::validation(format!(
                "{WHAT}.{key} must be an array of numbers, got {}",
                other.type_name()
            )))
        }
    };
    sort_by_width(&mut out);
    Ok(out)
}

/// Sorts breakpoints by width (stable). One function for both lists: the std sort is generic over its comparator,
/// and two closures compiled two copies of it (1.5 KB gzip in the browser's build).
fn sort_by_width(list: &mut [Breakpoint<'_>]) {
    list.sort_by(|a, b| a.0.total_cmp(&b.0));
}

/// The `vw` shares in `sizes`, as the JS SDK's `/(^|\s)(1?\d{1,2})vw/g` finds them (1–199).
fn vw_percents(sizes: &str) -> Vec<f64> {
    let chars: Vec<char> = sizes.chars().collect();
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let digit = |i: usize| at(i).is_ascii_digit();
    let vw = |i: usize| at(i) == 'v' && at(i + 1) == 'w';
    let mut out = Vec::new();
    for i in 0..chars.len() {
        if i > 0 && !js_space(at(i - 1)) {
            continue;
        }
        // The regex's backtracking order: with the optional `1` first, then two digits before one (`1` + one
        // digit is the same match as two digits).
        let len = if at(i) == '1' && digit(i + 1) && digit(i + 2) && vw(i + 3) {
            3
        } else if digit(i) && digit(i + 1) && vw(i + 2) {
            2
        } else if digit(i) && vw(i + 1) {
            1
        } else {
            continue;
        };
        let n: String = chars.iter().skip(i).take(len).collect();
        out.push(crate::json::parse_number(&n).unwrap_or(0.0));
    }
    out
}

/// `getResponsiveImageAttributes(options)` → `{src, srcSet?, sizes?, width?}`, keys in that order.
pub fn responsive_image_attributes(options: &Value) -> Result<Value<'static>> {
    let o = Options::lenient(options, WHAT, RESPONSIVE_KEYS)?;
    let src = o
        .str("src")?
        .filter(|s| !s.is_empty())
        .ok_or_else(|| Error::validation(format!("{WHAT}.src is required")))?;
    let query_parameters = match o.get("queryParameters") {
        None => &[][..],
        Some(Value::Obj(entries)) => entries.as_slice(),
        Some(other) => {
            return Err(Error::validation(format!(
                "{WHAT}.queryParameters must be an object, got {}",
                other.type_name()
            )))
        }
    };
    let position = read_position(&o, Values::Js, Position::Query)?;
    let width = o.get("width");
    if let Some(w @ (Value::Arr(_) | Value::Obj(_) | Value::Bool(_))) = width {
        return Err(Error::validation(format!(
            "{WHAT}.width must be a number, got {}",
            w.type_name()
        )));
    }
    let sizes = o.str("sizes")?;
    // `widths` / `minWidth`… replace both breakpoint lists (responsive_widths.rs).
    let widths = super::responsive_widths::widths(&o)?;
    let (device, image) = match &widths {
        Some(list) => (
            list.iter().map(|(f, s)| (*f, s.as_str())).collect(),
            Vec::new(),
        ),
        None => (
            breakpoints(&o, "deviceBreakpoints", DEVICE_BREAKPOINTS)?,
            breakpoints(&o, "imageBreakpoints", IMAGE_BREAKPOINTS)?,
        ),
    };
    let width_mode =
        sizes.filter(|s| !s.is_empty()).is_none() && matches!(width, Some(Value::Num(_)));
    let densities = super::responsive_widths::densities(&o, width_mode)?;
    // The density and quality of each `x` candidate (empty for `w` candidates).
    let mut picked_densities: Vec<&super::responsive_widths::Density> = Vec::new();
    let mut all: Vec<Breakpoint<'_>> = image.iter().chain(device.iter()).copied().collect();
    sort_by_width(&mut all);

    let (candidates, per_width): (Vec<Breakpoint<'_>>, bool) =
        match (sizes.filter(|s| !s.is_empty()), width) {
            (Some(sizes), _) => {
                let shares = vw_percents(sizes);
                match shares.iter().copied().reduce(f64::min) {
                    Some(min) => {
                        // No device breakpoints makes the JS SDK's threshold NaN, which no width passes.
                        let threshold = device.first().map_or(f64::NAN, |d| d.0 * min / 100.0);
                        (
                            all.iter().copied().filter(|w| w.0 >= threshold).collect(),
                            true,
                        )
                    }
                    None => (all.clone(), true),
                }
            }
            (None, Some(Value::Num(n))) => {
                let w: f64 = crate::json::parse_number(n).unwrap_or(0.0);
                let nearest = |t: f64| {
                    all.iter()
                        .copied()
                        .find(|b| b.0 >= t)
                        .or_else(|| all.last().copied())
                };
                let mut picked: Vec<Breakpoint<'_>> = Vec::with_capacity(2);
                for d in &densities {
                    if let Some(b) = nearest(w * d.value) {
                        if !picked.iter().any(|p| p.0 == b.0) {
                            picked.push(b);
                            picked_densities.push(d);
                        }
                    }
                }
                (picked, false)
            }
            _ => (device.clone(), true),
        };

    let (tr, has_steps) =
        transformation_steps(o.get("transformation").unwrap_or(&Value::Null), Values::Js)?;
    let target = Target {
        path: None,
        src: Some(src),
        endpoint: lenient_text(&o, "urlEndpoint")?,
        position,
        query_parameters,
    };
    let mut step = String::with_capacity(tr.len() + 24);
    let mut build = |w: Option<&str>, quality: Option<&str>| -> Result<String> {
        step.clear();
        step.push_str(&tr);
        if has_steps {
            step.push(':');
        }
        if let Some(w) = w {
            step.push_str("w-");
            step.push_str(w);
            step.push(',');
        }
        step.push_str("c-at_max");
        if let Some(q) = quality {
            step.push_str(",q-");
            step.push_str(q);
        }
        assemble(&target, &step, &POLICY, None)
    };

    if candidates.len() > MAX_CANDIDATES {
        return Err(Error::validation(format!(
            "{WHAT}: {} candidate widths exceed the bound of {MAX_CANDIDATES}",
            candidates.len()
        )));
    }
    // One URL's length times the candidates is the output's size, known once the first is built. `src` is the
    // last candidate's URL, kept from the loop (it was built again, as was the first for this bound: 11 URLs
    // for 9 candidates).
    let bound = |url: &str| -> Result<()> {
        if (url.len() + 16).saturating_mul(candidates.len().max(1)) > MAX_OUTPUT_BYTES {
            return Err(Error::validation(format!(
                "{WHAT}: the srcSet would exceed the bound of {MAX_OUTPUT_BYTES} bytes"
            )));
        }
        Ok(())
    };
    let mut src_set = String::new();
    let mut last = None;
    for (i, (_, text)) in candidates.iter().enumerate() {
        let density = picked_densities.get(i);
        let url = build(Some(text), density.and_then(|d| d.quality))?;
        if i == 0 {
            bound(&url)?;
        } else {
            src_set.push_str(", ");
        }
        src_set.push_str(&url);
        src_set.push(' ');
        if per_width {
            src_set.push_str(text);
            src_set.push('w');
        } else {
            src_set.push_str(density.map_or("", |d| d.text.as_str()));
            src_set.push('x');
        }
        last = Some(url);
    }
    let src_url = match last {
        Some(url) => url,
        None => {
            let url = build(None, None)?;
            bound(&url)?;
            url
        }
    };
    // A `width` with no breakpoints at all: the JS SDK's one candidate is `undefined`, a URL without a width
    // step, described `1x`.
    if candidates.is_empty() && !per_width {
        src_set.push_str(&src_url);
        src_set.push_str(" 1x");
    }
    let mut out = vec![("src".into(), Value::Str(src_url.into()))];
    if !src_set.is_empty() {
        out.push(("srcSet".into(), Value::Str(src_set.into())));
    }
    match sizes {
        Some(s) if !s.is_empty() => out.push(("sizes".into(), Value::Str(s.to_string().into()))),
        None if per_width => out.push(("sizes".into(), Value::Str("100vw".into()))),
        _ => {}
    }
    if let Some(w) = width {
        out.push(("width".into(), w.clone().into_owned()));
    }
    Ok(Value::Obj(out))
}

#[cfg(test)]
#[path = "responsive_tests.rs"]
mod tests;
