//! `getResponsiveImageAttributes` beyond `@imagekit/javascript` 5.5 (issue 17 part 5), with defaults that leave its
//! output unchanged:
//! - `widths`: the candidate widths, given outright (in place of the device and image breakpoints);
//! - `minWidth` / `maxWidth` / `widthTolerance`: candidate widths generated from `minWidth` (default 100) to
//!   `maxWidth` (default 8192) so that each is at most `widthTolerance` (default 0.08, i.e. 8 %) wider than the one
//!   before it — fewer, evenly spread variants instead of a fixed list (imgix's approach to cache hit rates);
//! - `devicePixelRatios` (with a numeric `width`): the densities of the `x` descriptors, in place of 1 and 2;
//! - `variableQuality: true`: a lower quality at a higher density (`q-75` at 1x, 50 at 2x, 35 at 3x, 23 at 4x,
//!   20 beyond), which a denser screen hides, for much smaller files.

use crate::encoding::decimal;
use crate::error::{Error, Result};
use crate::json::{parse_number, Value};
use crate::options::Options;

/// How messages name the options (here and in `responsive.rs`, which imports it).
pub(super) const WHAT: &str = "getResponsiveImageAttributes options";

/// More candidates than this is a mistake (a tiny tolerance over a wide range), not a srcset.
const MAX_CANDIDATES: usize = 500;

/// Quality by density, for `variableQuality` (index: the density rounded up, 1-based).
const QUALITY: &[&str] = &["75", "50", "35", "23", "20"];

/// A density of the `x` descriptors: its value, its text, and the quality it gets.
pub struct Density {
    pub value: f64,
    pub text: String,
    pub quality: Option<&'static str>,
}

/// A positive finite number option.
fn positive(o: &Options<'_>, key: &str) -> Result<Option<f64>> {
    match o.num(key)? {
        Some(n) if n > 0.0 => Ok(Some(n)),
        Some(_) => Err(Error::validation(format!(
            "{WHAT}.{key} must be greater than 0"
        ))),
        None => Ok(None),
    }
}

/// An array of positive numbers, with each number's text as JS prints it.
fn numbers(o: &Options<'_>, key: &str) -> Result<Option<Vec<(f64, String)>>> {
    let wrong = || {
        Error::validation(format!(
            "{WHAT}.{key} must be a non-empty array of numbers greater than 0"
        ))
    };
    match o.get(key) {
        None => Ok(None),
        Some(Value::Arr(items)) if !items.is_empty() => items
            .iter()
            .map(|v| match v {
                Value::Num(n) => parse_number(n)
                    .filter(|f| *f > 0.0)
                    .map(|f| (f, n.to_string()))
                    .ok_or_else(wrong),
                _ => Err(wrong()),
            })
            .collect::<Result<Vec<_>>>()
            .map(Some),
        Some(_) => Err(wrong()),
    }
}

/// Widths from `min` to `max`, each at most `tolerance` wider than the last (or 1 px wider, where that fraction
/// of a small width is under a pixel).
fn generated(min: f64, max: f64, tolerance: f64) -> Result<Vec<(f64, String)>> {
    let (min, max) = (min.ceil(), max.floor());
    if min > max {
        return Err(Error::validation(format!(
            "{WHAT}.minWidth must not be more than maxWidth"
        )));
    }
    let mut out = Vec::new();
    let mut w = min;
    loop {
        if out.len() >= MAX_CANDIDATES {
            return Err(Error::validation(format!(
                "{WHAT}: minWidth, maxWidth and widthTolerance give more than {MAX_CANDIDATES} widths; raise widthTolerance"
            )));
        }
        out.push((w, decimal(w as u64)));
        if w >= max {
            return Ok(out);
        }
        w = (w * (1.0 + tolerance)).floor().max(w + 1.0).min(max);
    }
}

/// The candidate widths asked for, if any (`None`: the breakpoints, as `@imagekit/javascript` does).
pub fn widths(o: &Options<'_>) -> Result<Option<Vec<(f64, String)>>> {
    let explicit = numbers(o, "widths")?;
    let (min, max) = (positive(o, "minWidth")?, positive(o, "maxWidth")?);
    let tolerance = match o.num("widthTolerance")? {
        Some(t) if t > 0.0 && t <= 1.0 => Some(t),
        Some(_) => {
            return Err(Error::validation(format!(
                "{WHAT}.widthTolerance must be more than 0 and at most 1"
            )))
        }
        None => None,
    };
    let range = min.is_some() || max.is_some() || tolerance.is_some();
    if !range && explicit.is_none() {
        return Ok(None);
    }
    if ["deviceBreakpoints", "imageBreakpoints"]
        .iter()
        .any(|k| o.get(k).is_some())
    {
        return Err(Error::validation(format!(
            "{WHAT}: widths, minWidth, maxWidth and widthTolerance replace deviceBreakpoints and imageBreakpoints; give one or the other"
        )));
    }
    let mut list = match explicit {
        Some(_) if range => {
            return Err(Error::validation(format!(
                "{WHAT}: give widths, or minWidth/maxWidth/widthTolerance, not both"
            )))
        }
        Some(list) => list,
        None => generated(
            min.unwrap_or(100.0),
            max.unwrap_or(8192.0),
            tolerance.unwrap_or(0.08),
        )?,
    };
    // An insertion sort: the lists are short, and std's sort would add ~4 KB of wasm for this one element type.
    for i in 1..list.len() {
        let mut j = i;
        while j > 0 && list.get(j - 1).map(|a| a.0) > list.get(j).map(|b| b.0) {
            list.swap(j - 1, j);
            j -= 1;
        }
    }
    list.dedup_by(|a, b| a.0 == b.0);
    Ok(Some(list))
}

/// The densities for a numeric `width`: `devicePixelRatios` (default 1 and 2), with `variableQuality`'s quality.
/// `width_mode` says whether the call has a numeric `width` and no `sizes`, the only case with `x` descriptors.
pub fn densities(o: &Options<'_>, width_mode: bool) -> Result<Vec<Density>> {
    let variable = o.bool("variableQuality")?.unwrap_or(false);
    let given = numbers(o, "devicePixelRatios")?;
    if !width_mode && (given.is_some() || variable) {
        return Err(Error::validation(format!(
            "{WHAT}: devicePixelRatios and variableQuality apply to a numeric width without sizes"
        )));
    }
    let ratios = given.unwrap_or_else(|| vec![(1.0, "1".into()), (2.0, "2".into())]);
    Ok(ratios
        .into_iter()
        .map(|(value, text)| Density {
            value,
            text,
            quality: variable.then(|| {
                let i = (value.ceil() as usize).clamp(1, QUALITY.len()) - 1;
                QUALITY.get(i).copied().unwrap_or("20")
            }),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url::responsive_image_attributes;

    fn attrs(options: &str) -> String {
        match responsive_image_attributes(&crate::json::parse(options).unwrap()) {
            Ok(v) => v.to_json(),
            Err(e) => e.message().to_string(),
        }
    }

    #[test]
    fn explicit_widths() {
        assert_eq!(
            attrs(r#"{"src":"a.jpg","urlEndpoint":"https://e.io","widths":[800,400,400]}"#),
            r#"{"src":"https://e.io/a.jpg?tr=w-800,c-at_max","srcSet":"https://e.io/a.jpg?tr=w-400,c-at_max 400w, https://e.io/a.jpg?tr=w-800,c-at_max 800w","sizes":"100vw"}"#
        );
        assert_eq!(
            attrs(
                r#"{"src":"a.jpg","urlEndpoint":"https://e.io","widths":[300,600,900],"width":300}"#
            ),
            r#"{"src":"https://e.io/a.jpg?tr=w-600,c-at_max","srcSet":"https://e.io/a.jpg?tr=w-300,c-at_max 1x, https://e.io/a.jpg?tr=w-600,c-at_max 2x","width":300}"#
        );
    }

    #[test]
    fn generated_widths_keep_within_the_tolerance() {
        let list = generated(100.0, 8192.0, 0.08).unwrap();
        assert_eq!(list.first().unwrap().0, 100.0);
        assert_eq!(list.last().unwrap().0, 8192.0);
        assert_eq!(list.len(), 59);
        for pair in list.windows(2) {
            assert!(
                pair[1].0 > pair[0].0 && (pair[1].0 - pair[0].0) / pair[0].0 <= 0.08,
                "{pair:?}"
            );
        }
        let few = generated(10.0, 20.0, 0.5).unwrap();
        assert_eq!(
            few.iter().map(|w| w.1.as_str()).collect::<Vec<_>>(),
            ["10", "15", "20"]
        );
        assert_eq!(
            attrs(
                r#"{"src":"a.jpg","urlEndpoint":"https://e.io","minWidth":200,"maxWidth":300,"widthTolerance":0.25,"sizes":"50vw"}"#
            ),
            r#"{"src":"https://e.io/a.jpg?tr=w-300,c-at_max","srcSet":"https://e.io/a.jpg?tr=w-200,c-at_max 200w, https://e.io/a.jpg?tr=w-250,c-at_max 250w, https://e.io/a.jpg?tr=w-300,c-at_max 300w","sizes":"50vw"}"#
        );
    }

    #[test]
    fn pixel_ratios_and_variable_quality() {
        assert_eq!(
            attrs(
                r#"{"src":"a.jpg","urlEndpoint":"https://e.io","width":400,"devicePixelRatios":[1,1.5,3],"variableQuality":true}"#
            ),
            // 1.5x lands on the 1x breakpoint (640) and is left out, as a repeated width is in 5.5's 1x/2x.
            r#"{"src":"https://e.io/a.jpg?tr=w-1200,c-at_max,q-35","srcSet":"https://e.io/a.jpg?tr=w-640,c-at_max,q-75 1x, https://e.io/a.jpg?tr=w-1200,c-at_max,q-35 3x","width":400}"#
        );
    }

    #[test]
    fn pixel_ratios_without_variable_quality() {
        assert_eq!(
            attrs(
                r#"{"src":"a.jpg","urlEndpoint":"https://e.io","width":100,"widths":[100,150,200,300],"devicePixelRatios":[1,1.5,2,3]}"#
            ),
            r#"{"src":"https://e.io/a.jpg?tr=w-300,c-at_max","srcSet":"https://e.io/a.jpg?tr=w-100,c-at_max 1x, https://e.io/a.jpg?tr=w-150,c-at_max 1.5x, https://e.io/a.jpg?tr=w-200,c-at_max 2x, https://e.io/a.jpg?tr=w-300,c-at_max 3x","width":100}"#
        );
    }

    #[test]
    fn bad_options() {
        let e = |o: &str| {
            attrs(&format!(
                r#"{{"src":"a.jpg","urlEndpoint":"https://e.io",{o}}}"#
            ))
        };
        assert_eq!(e(r#""widths":[]"#), "getResponsiveImageAttributes options.widths must be a non-empty array of numbers greater than 0");
        assert_eq!(e(r#""widths":[1],"minWidth":5"#), "getResponsiveImageAttributes options: give widths, or minWidth/maxWidth/widthTolerance, not both");
        assert_eq!(
            e(r#""minWidth":500,"maxWidth":100"#),
            "getResponsiveImageAttributes options.minWidth must not be more than maxWidth"
        );
        assert_eq!(
            e(r#""widthTolerance":0"#),
            "getResponsiveImageAttributes options.widthTolerance must be more than 0 and at most 1"
        );
        assert!(
            e(r#""minWidth":1,"maxWidth":100000,"widthTolerance":0.001"#)
                .contains("more than 500 widths")
        );
        assert_eq!(e(r#""devicePixelRatios":[1]"#), "getResponsiveImageAttributes options: devicePixelRatios and variableQuality apply to a numeric width without sizes");
        assert!(e(r#""widths":[1],"deviceBreakpoints":[2]"#).contains("give one or the other"));
    }
}
