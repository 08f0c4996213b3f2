//! The transformation key table (`transformations.tsv`, 140 rows): every name a caller may use for a
//! transformation — the seed's snake_case names, their camelCase spellings, `@imagekit/javascript` 5.5's names,
//! legacy aliases and the seed's `overlay_*` keys — with the URL code it becomes and the rule its value follows.
//!
//! A sorted static array searched by halves: no allocation, no hash map to build at start-up, and a test holds the
//! order (and so the absence of repeats).

/// How an entry's value becomes URL text (the `rule` column of `transformations.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rule {
    /// `code-value`.
    Generic,
    /// An effect that takes no value (`e-grayscale`): present or absent.
    Flag,
    /// An effect whose value is optional (`e-sharpen`, `e-sharpen-10`).
    OptionalArg,
    /// A file path: one leading and one trailing `/` stripped, then `/` → `@@`.
    Path,
    /// `trim`: a blank value means `t-true`.
    Trim,
    /// `streamingResolutions`: an array is joined with `_`.
    Streaming,
    /// Inserted verbatim.
    Raw,
    /// An overlay object, compiled to a layer.
    Overlay,
}

/// Every key with its code and rule, sorted by the key's bytes for [`lookup_exact`]'s binary search (a test
/// checks the order, which also rules out a key listed twice). Why not a `match` on the key: a `match` on strings
/// compares arm by arm, and at opt-level "z" each comparison is a call, so a key late in the table took over a
/// hundred calls; a binary search takes eight.
static TABLE: &[(&str, &str, Rule)] = &[
    ("aiChangeBackground", "e-changebg", Rule::Generic),
    ("aiDropShadow", "e-dropshadow", Rule::OptionalArg),
    ("aiEdit", "e-edit", Rule::Generic),
    ("aiRemoveBackground", "e-bgremove", Rule::Flag),
    ("aiRemoveBackgroundExternal", "e-removedotbg", Rule::Flag),
    ("aiRetouch", "e-retouch", Rule::Flag),
    ("aiUpscale", "e-upscale", Rule::Flag),
    ("aiVariation", "e-genvar", Rule::Flag),
    ("alpha", "al", Rule::Generic),
    ("aspectRatio", "ar", Rule::Generic),
    ("aspect_ratio", "ar", Rule::Generic),
    ("audioCodec", "ac", Rule::Generic),
    ("background", "bg", Rule::Generic),
    ("blur", "bl", Rule::Generic),
    ("border", "b", Rule::Generic),
    ("colorProfile", "cp", Rule::Generic),
    ("colorReplace", "cr", Rule::Generic),
    ("color_profile", "cp", Rule::Generic),
    ("colorize", "e-colorize", Rule::Generic),
    ("contrastStretch", "e-contrast", Rule::Flag),
    ("crop", "c", Rule::Generic),
    ("cropMode", "cm", Rule::Generic),
    ("crop_mode", "cm", Rule::Generic),
    ("defaultImage", "di", Rule::Path),
    ("default_image", "di", Rule::Path),
    ("density", "dn", Rule::Generic),
    ("distort", "e-distort", Rule::Generic),
    ("dpr", "dpr", Rule::Generic),
    ("duration", "du", Rule::Generic),
    ("effectContrast", "e-contrast", Rule::Flag),
    ("effectGradient", "e-gradient", Rule::OptionalArg),
    ("effectGray", "e-grayscale", Rule::Flag),
    ("effectShadow", "e-shadow", Rule::OptionalArg),
    ("effectSharpen", "e-sharpen", Rule::OptionalArg),
    ("effectUSM", "e-usm", Rule::OptionalArg),
    ("effect_contrast", "e-contrast", Rule::Flag),
    ("effect_gradient", "e-gradient", Rule::OptionalArg),
    ("effect_gray", "e-grayscale", Rule::Flag),
    ("effect_shadow", "e-shadow", Rule::OptionalArg),
    ("effect_sharpen", "e-sharpen", Rule::OptionalArg),
    ("effect_usm", "e-usm", Rule::OptionalArg),
    ("endOffset", "eo", Rule::Generic),
    ("flip", "fl", Rule::Generic),
    ("focus", "fo", Rule::Generic),
    ("fontColor", "co", Rule::Generic),
    ("fontFamily", "ff", Rule::Path),
    ("fontOutline", "fol", Rule::Generic),
    ("fontShadow", "fsh", Rule::Generic),
    ("fontSize", "fs", Rule::Generic),
    ("format", "f", Rule::Generic),
    ("gradient", "e-gradient", Rule::OptionalArg),
    ("grayscale", "e-grayscale", Rule::Flag),
    ("height", "h", Rule::Generic),
    ("innerAlignment", "ia", Rule::Generic),
    ("layerMode", "lm", Rule::Generic),
    ("lineHeight", "lh", Rule::Generic),
    ("lossless", "lo", Rule::Generic),
    ("metadata", "md", Rule::Generic),
    ("named", "n", Rule::Generic),
    ("opacity", "o", Rule::Generic),
    ("original", "orig", Rule::Generic),
    ("overlay", "", Rule::Overlay),
    ("overlayAlpha", "oa", Rule::Generic),
    ("overlayBackground", "obg", Rule::Generic),
    ("overlayFocus", "ofo", Rule::Generic),
    ("overlayHeight", "oh", Rule::Generic),
    ("overlayImage", "oi", Rule::Path),
    ("overlayImageAspectRatio", "oiar", Rule::Generic),
    ("overlayImageBackground", "oibg", Rule::Generic),
    ("overlayImageBorder", "oib", Rule::Generic),
    ("overlayImageCropping", "oic", Rule::Generic),
    ("overlayImageDpr", "oidpr", Rule::Generic),
    ("overlayImageFocus", "oifo", Rule::Generic),
    ("overlayImageQuality", "oiq", Rule::Generic),
    ("overlayImageTrim", "oit", Rule::Generic),
    ("overlayRadius", "or", Rule::Generic),
    ("overlayText", "ot", Rule::Generic),
    ("overlayTextBackground", "otbg", Rule::Generic),
    ("overlayTextColor", "otc", Rule::Generic),
    ("overlayTextEncoded", "ote", Rule::Generic),
    ("overlayTextFontFamily", "otf", Rule::Generic),
    ("overlayTextFontSize", "ots", Rule::Generic),
    ("overlayTextInnerAlignment", "otia", Rule::Generic),
    ("overlayTextPadding", "otp", Rule::Generic),
    ("overlayTextTransparency", "oa", Rule::Generic),
    ("overlayTextTypography", "ott", Rule::Generic),
    ("overlayTextWidth", "otw", Rule::Generic),
    ("overlayWidth", "ow", Rule::Generic),
    ("overlayX", "ox", Rule::Generic),
    ("overlayY", "oy", Rule::Generic),
    ("overlay_alpha", "oa", Rule::Generic),
    ("overlay_background", "obg", Rule::Generic),
    ("overlay_focus", "ofo", Rule::Generic),
    ("overlay_height", "oh", Rule::Generic),
    ("overlay_image", "oi", Rule::Path),
    ("overlay_image_aspect_ratio", "oiar", Rule::Generic),
    ("overlay_image_background", "oibg", Rule::Generic),
    ("overlay_image_border", "oib", Rule::Generic),
    ("overlay_image_cropping", "oic", Rule::Generic),
    ("overlay_image_dpr", "oidpr", Rule::Generic),
    ("overlay_image_focus", "oifo", Rule::Generic),
    ("overlay_image_quality", "oiq", Rule::Generic),
    ("overlay_image_trim", "oit", Rule::Generic),
    ("overlay_radius", "or", Rule::Generic),
    ("overlay_text", "ot", Rule::Generic),
    ("overlay_text_background", "otbg", Rule::Generic),
    ("overlay_text_color", "otc", Rule::Generic),
    ("overlay_text_encoded", "ote", Rule::Generic),
    ("overlay_text_font_family", "otf", Rule::Generic),
    ("overlay_text_font_size", "ots", Rule::Generic),
    ("overlay_text_inner_alignment", "otia", Rule::Generic),
    ("overlay_text_padding", "otp", Rule::Generic),
    ("overlay_text_transparency", "oa", Rule::Generic),
    ("overlay_text_typography", "ott", Rule::Generic),
    ("overlay_text_width", "otw", Rule::Generic),
    ("overlay_width", "ow", Rule::Generic),
    ("overlay_x", "ox", Rule::Generic),
    ("overlay_y", "oy", Rule::Generic),
    ("padding", "pa", Rule::Generic),
    ("page", "pg", Rule::Generic),
    ("progressive", "pr", Rule::Generic),
    ("quality", "q", Rule::Generic),
    ("radius", "r", Rule::Generic),
    ("raw", "", Rule::Raw),
    ("rotate", "rt", Rule::Generic),
    ("rotation", "rt", Rule::Generic),
    ("shadow", "e-shadow", Rule::OptionalArg),
    ("sharpen", "e-sharpen", Rule::OptionalArg),
    ("startOffset", "so", Rule::Generic),
    ("streamingResolutions", "sr", Rule::Streaming),
    ("trim", "t", Rule::Trim),
    ("typography", "tg", Rule::Generic),
    ("unsharpMask", "e-usm", Rule::OptionalArg),
    ("videoCodec", "vc", Rule::Generic),
    ("width", "w", Rule::Generic),
    ("x", "x", Rule::Generic),
    ("xCenter", "xc", Rule::Generic),
    ("y", "y", Rule::Generic),
    ("yCenter", "yc", Rule::Generic),
    ("zoom", "z", Rule::Generic),
];

/// Every key of the table, in its sorted order (for the fuzzer, which speaks the real names).
pub fn keys() -> impl Iterator<Item = &'static str> {
    TABLE.iter().map(|&(key, _, _)| key)
}

/// The code and rule of a known key, `None` for a key that passes through as `key-value`.
pub(crate) fn lookup_exact(key: &str) -> Option<(&'static str, Rule)> {
    let i = TABLE
        .binary_search_by(|(k, _, _)| k.as_bytes().cmp(key.as_bytes()))
        .ok()?;
    TABLE.get(i).map(|&(_, code, rule)| (code, rule))
}

/// Like [`lookup_exact`], then (as `@imagekit/javascript` does) retried with the key in lower case, so `Width`
/// still means `w`. Only keys with an upper-case ASCII letter pay for the second look-up.
pub(crate) fn lookup(key: &str) -> Option<(&'static str, Rule)> {
    lookup_exact(key).or_else(|| {
        if key.bytes().any(|b| b.is_ascii_uppercase()) {
            lookup_exact(&key.to_ascii_lowercase())
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_has_every_row_of_the_tsv() {
        let tsv = include_str!("table_fixture.tsv");
        let mut rows = 0;
        for line in tsv.lines().skip(1) {
            let mut cols = line.split('\t');
            let (key, code, rule) = (
                cols.next().unwrap(),
                cols.next().unwrap(),
                cols.next().unwrap(),
            );
            let (got_code, got_rule) = lookup_exact(key).unwrap_or_else(|| panic!("{key} missing"));
            if !code.starts_with('(') {
                assert_eq!(got_code, code, "{key}");
            }
            let want = match rule.split(['.', ':']).next().unwrap() {
                "inserted as is" => Rule::Raw,
                "compiled per SPEC 3" => Rule::Overlay,
                "generic" => Rule::Generic,
                "flag" => Rule::Flag,
                "optional-arg" => Rule::OptionalArg,
                "path" => Rule::Path,
                "true or empty -> t-true" => Rule::Trim,
                "array joined with _" => Rule::Streaming,
                other => panic!("unknown rule {other}"),
            };
            assert_eq!(got_rule, want, "{key}");
            rows += 1;
        }
        assert_eq!(rows, 140);
    }

    #[test]
    fn table_is_sorted_without_repeats() {
        for pair in TABLE.windows(2) {
            assert!(
                pair[0].0.as_bytes() < pair[1].0.as_bytes(),
                "{} before {}",
                pair[0].0,
                pair[1].0
            );
        }
    }

    #[test]
    fn lower_case_fallback() {
        assert_eq!(lookup("Width"), Some(("w", Rule::Generic)));
        assert_eq!(lookup("GRAYSCALE"), Some(("e-grayscale", Rule::Flag)));
        // camelCase keys are not reachable in lower case, exactly as in the JS SDK.
        assert_eq!(lookup("aspectratio"), None);
        assert_eq!(lookup("fake_xxxx"), None);
    }
}
