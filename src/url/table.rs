//! The transformation key table (`transformations.tsv`, 140 rows): every name a caller may use for a
//! transformation — the seed's snake_case names, their camelCase spellings, `@imagekit/javascript` 5.5's names,
//! legacy aliases and the seed's `overlay_*` keys — with the URL code it becomes and the rule its value follows.
//!
//! A `match` on the key compiles to a jump over string lengths and bytes: no allocation, no hash map to build at
//! start-up, and the whole table is data the compiler can check for duplicate arms.

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

/// The code and rule of a known key, `None` for a key that passes through as `key-value`.
pub(crate) fn lookup_exact(key: &str) -> Option<(&'static str, Rule)> {
    Some(match key {
        "raw" => ("", Rule::Raw),
        "overlay" => ("", Rule::Overlay),
        "width" => ("w", Rule::Generic),
        "height" => ("h", Rule::Generic),
        "aspectRatio" => ("ar", Rule::Generic),
        "background" => ("bg", Rule::Generic),
        "border" => ("b", Rule::Generic),
        "crop" => ("c", Rule::Generic),
        "cropMode" => ("cm", Rule::Generic),
        "dpr" => ("dpr", Rule::Generic),
        "focus" => ("fo", Rule::Generic),
        "quality" => ("q", Rule::Generic),
        "x" => ("x", Rule::Generic),
        "xCenter" => ("xc", Rule::Generic),
        "y" => ("y", Rule::Generic),
        "yCenter" => ("yc", Rule::Generic),
        "format" => ("f", Rule::Generic),
        "videoCodec" => ("vc", Rule::Generic),
        "audioCodec" => ("ac", Rule::Generic),
        "radius" => ("r", Rule::Generic),
        "rotation" => ("rt", Rule::Generic),
        "blur" => ("bl", Rule::Generic),
        "named" => ("n", Rule::Generic),
        "defaultImage" => ("di", Rule::Path),
        "flip" => ("fl", Rule::Generic),
        "original" => ("orig", Rule::Generic),
        "startOffset" => ("so", Rule::Generic),
        "endOffset" => ("eo", Rule::Generic),
        "duration" => ("du", Rule::Generic),
        "streamingResolutions" => ("sr", Rule::Streaming),
        "grayscale" => ("e-grayscale", Rule::Flag),
        "aiUpscale" => ("e-upscale", Rule::Flag),
        "aiRetouch" => ("e-retouch", Rule::Flag),
        "aiVariation" => ("e-genvar", Rule::Flag),
        "aiDropShadow" => ("e-dropshadow", Rule::OptionalArg),
        "aiChangeBackground" => ("e-changebg", Rule::Generic),
        "aiEdit" => ("e-edit", Rule::Generic),
        "aiRemoveBackground" => ("e-bgremove", Rule::Flag),
        "aiRemoveBackgroundExternal" => ("e-removedotbg", Rule::Flag),
        "contrastStretch" => ("e-contrast", Rule::Flag),
        "shadow" => ("e-shadow", Rule::OptionalArg),
        "sharpen" => ("e-sharpen", Rule::OptionalArg),
        "unsharpMask" => ("e-usm", Rule::OptionalArg),
        "gradient" => ("e-gradient", Rule::OptionalArg),
        "colorReplace" => ("cr", Rule::Generic),
        "distort" => ("e-distort", Rule::Generic),
        "colorize" => ("e-colorize", Rule::Generic),
        "progressive" => ("pr", Rule::Generic),
        "lossless" => ("lo", Rule::Generic),
        "colorProfile" => ("cp", Rule::Generic),
        "metadata" => ("md", Rule::Generic),
        "density" => ("dn", Rule::Generic),
        "opacity" => ("o", Rule::Generic),
        "trim" => ("t", Rule::Trim),
        "zoom" => ("z", Rule::Generic),
        "page" => ("pg", Rule::Generic),
        "layerMode" => ("lm", Rule::Generic),
        "fontSize" => ("fs", Rule::Generic),
        "fontFamily" => ("ff", Rule::Path),
        "fontColor" => ("co", Rule::Generic),
        "innerAlignment" => ("ia", Rule::Generic),
        "padding" => ("pa", Rule::Generic),
        "alpha" => ("al", Rule::Generic),
        "typography" => ("tg", Rule::Generic),
        "lineHeight" => ("lh", Rule::Generic),
        "fontOutline" => ("fol", Rule::Generic),
        "fontShadow" => ("fsh", Rule::Generic),
        "aspect_ratio" => ("ar", Rule::Generic),
        "crop_mode" => ("cm", Rule::Generic),
        "color_profile" => ("cp", Rule::Generic),
        "default_image" => ("di", Rule::Path),
        "effect_sharpen" => ("e-sharpen", Rule::OptionalArg),
        "effect_usm" => ("e-usm", Rule::OptionalArg),
        "effect_contrast" => ("e-contrast", Rule::Flag),
        "effect_gray" => ("e-grayscale", Rule::Flag),
        "effect_shadow" => ("e-shadow", Rule::OptionalArg),
        "effect_gradient" => ("e-gradient", Rule::OptionalArg),
        "rotate" => ("rt", Rule::Generic),
        "effectSharpen" => ("e-sharpen", Rule::OptionalArg),
        "effectUSM" => ("e-usm", Rule::OptionalArg),
        "effectContrast" => ("e-contrast", Rule::Flag),
        "effectGray" => ("e-grayscale", Rule::Flag),
        "effectShadow" => ("e-shadow", Rule::OptionalArg),
        "effectGradient" => ("e-gradient", Rule::OptionalArg),
        "overlay_x" => ("ox", Rule::Generic),
        "overlayX" => ("ox", Rule::Generic),
        "overlay_y" => ("oy", Rule::Generic),
        "overlayY" => ("oy", Rule::Generic),
        "overlay_focus" => ("ofo", Rule::Generic),
        "overlayFocus" => ("ofo", Rule::Generic),
        "overlay_height" => ("oh", Rule::Generic),
        "overlayHeight" => ("oh", Rule::Generic),
        "overlay_width" => ("ow", Rule::Generic),
        "overlayWidth" => ("ow", Rule::Generic),
        "overlay_image" => ("oi", Rule::Path),
        "overlayImage" => ("oi", Rule::Path),
        "overlay_image_trim" => ("oit", Rule::Generic),
        "overlayImageTrim" => ("oit", Rule::Generic),
        "overlay_image_aspect_ratio" => ("oiar", Rule::Generic),
        "overlayImageAspectRatio" => ("oiar", Rule::Generic),
        "overlay_image_background" => ("oibg", Rule::Generic),
        "overlayImageBackground" => ("oibg", Rule::Generic),
        "overlay_image_border" => ("oib", Rule::Generic),
        "overlayImageBorder" => ("oib", Rule::Generic),
        "overlay_image_dpr" => ("oidpr", Rule::Generic),
        "overlayImageDpr" => ("oidpr", Rule::Generic),
        "overlay_image_quality" => ("oiq", Rule::Generic),
        "overlayImageQuality" => ("oiq", Rule::Generic),
        "overlay_image_cropping" => ("oic", Rule::Generic),
        "overlayImageCropping" => ("oic", Rule::Generic),
        "overlay_image_focus" => ("oifo", Rule::Generic),
        "overlayImageFocus" => ("oifo", Rule::Generic),
        "overlay_text" => ("ot", Rule::Generic),
        "overlayText" => ("ot", Rule::Generic),
        "overlay_text_font_size" => ("ots", Rule::Generic),
        "overlayTextFontSize" => ("ots", Rule::Generic),
        "overlay_text_font_family" => ("otf", Rule::Generic),
        "overlayTextFontFamily" => ("otf", Rule::Generic),
        "overlay_text_color" => ("otc", Rule::Generic),
        "overlayTextColor" => ("otc", Rule::Generic),
        "overlay_text_transparency" => ("oa", Rule::Generic),
        "overlayTextTransparency" => ("oa", Rule::Generic),
        "overlay_alpha" => ("oa", Rule::Generic),
        "overlayAlpha" => ("oa", Rule::Generic),
        "overlay_text_typography" => ("ott", Rule::Generic),
        "overlayTextTypography" => ("ott", Rule::Generic),
        "overlay_background" => ("obg", Rule::Generic),
        "overlayBackground" => ("obg", Rule::Generic),
        "overlay_text_encoded" => ("ote", Rule::Generic),
        "overlayTextEncoded" => ("ote", Rule::Generic),
        "overlay_text_width" => ("otw", Rule::Generic),
        "overlayTextWidth" => ("otw", Rule::Generic),
        "overlay_text_background" => ("otbg", Rule::Generic),
        "overlayTextBackground" => ("otbg", Rule::Generic),
        "overlay_text_padding" => ("otp", Rule::Generic),
        "overlayTextPadding" => ("otp", Rule::Generic),
        "overlay_text_inner_alignment" => ("otia", Rule::Generic),
        "overlayTextInnerAlignment" => ("otia", Rule::Generic),
        "overlay_radius" => ("or", Rule::Generic),
        "overlayRadius" => ("or", Rule::Generic),
        _ => return None,
    })
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
    fn lower_case_fallback() {
        assert_eq!(lookup("Width"), Some(("w", Rule::Generic)));
        assert_eq!(lookup("GRAYSCALE"), Some(("e-grayscale", Rule::Flag)));
        // camelCase keys are not reachable in lower case, exactly as in the JS SDK.
        assert_eq!(lookup("aspectratio"), None);
        assert_eq!(lookup("fake_xxxx"), None);
    }
}
