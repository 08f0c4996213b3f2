//! The names URL codes read back as (`w` → `width`, `e-sharpen` → `sharpen`), and finding the code an entry
//! starts with. The key table maps names to codes; this is its inverse, with one name chosen per code.

/// Each URL code with the name it reads back as: `@imagekit/javascript` 5.5's camelCase name where it has one,
/// else the camelCase spelling of the seed's key. Sorted by code; a test holds it to the key table.
static NAMES: &[(&str, &str)] = &[
    ("ac", "audioCodec"),
    ("al", "alpha"),
    ("ar", "aspectRatio"),
    ("b", "border"),
    ("bg", "background"),
    ("bl", "blur"),
    ("c", "crop"),
    ("cm", "cropMode"),
    ("co", "fontColor"),
    ("cp", "colorProfile"),
    ("cr", "colorReplace"),
    ("di", "defaultImage"),
    ("dn", "density"),
    ("dpr", "dpr"),
    ("du", "duration"),
    ("e-bgremove", "aiRemoveBackground"),
    ("e-changebg", "aiChangeBackground"),
    ("e-colorize", "colorize"),
    ("e-contrast", "contrastStretch"),
    ("e-distort", "distort"),
    ("e-dropshadow", "aiDropShadow"),
    ("e-edit", "aiEdit"),
    ("e-genvar", "aiVariation"),
    ("e-gradient", "gradient"),
    ("e-grayscale", "grayscale"),
    ("e-removedotbg", "aiRemoveBackgroundExternal"),
    ("e-retouch", "aiRetouch"),
    ("e-shadow", "shadow"),
    ("e-sharpen", "sharpen"),
    ("e-upscale", "aiUpscale"),
    ("e-usm", "unsharpMask"),
    ("eo", "endOffset"),
    ("f", "format"),
    ("ff", "fontFamily"),
    ("fl", "flip"),
    ("fo", "focus"),
    ("fol", "fontOutline"),
    ("fs", "fontSize"),
    ("fsh", "fontShadow"),
    ("h", "height"),
    ("ia", "innerAlignment"),
    ("lh", "lineHeight"),
    ("lm", "layerMode"),
    ("lo", "lossless"),
    ("md", "metadata"),
    ("n", "named"),
    ("o", "opacity"),
    ("oa", "overlayAlpha"),
    ("obg", "overlayBackground"),
    ("ofo", "overlayFocus"),
    ("oh", "overlayHeight"),
    ("oi", "overlayImage"),
    ("oiar", "overlayImageAspectRatio"),
    ("oib", "overlayImageBorder"),
    ("oibg", "overlayImageBackground"),
    ("oic", "overlayImageCropping"),
    ("oidpr", "overlayImageDpr"),
    ("oifo", "overlayImageFocus"),
    ("oiq", "overlayImageQuality"),
    ("oit", "overlayImageTrim"),
    ("or", "overlayRadius"),
    ("orig", "original"),
    ("ot", "overlayText"),
    ("otbg", "overlayTextBackground"),
    ("otc", "overlayTextColor"),
    ("ote", "overlayTextEncoded"),
    ("otf", "overlayTextFontFamily"),
    ("otia", "overlayTextInnerAlignment"),
    ("otp", "overlayTextPadding"),
    ("ots", "overlayTextFontSize"),
    ("ott", "overlayTextTypography"),
    ("otw", "overlayTextWidth"),
    ("ow", "overlayWidth"),
    ("ox", "overlayX"),
    ("oy", "overlayY"),
    ("pa", "padding"),
    ("pg", "page"),
    ("pr", "progressive"),
    ("q", "quality"),
    ("r", "radius"),
    ("rt", "rotation"),
    ("so", "startOffset"),
    ("sr", "streamingResolutions"),
    ("t", "trim"),
    ("tg", "typography"),
    ("vc", "videoCodec"),
    ("w", "width"),
    ("x", "x"),
    ("xc", "xCenter"),
    ("y", "y"),
    ("yc", "yCenter"),
    ("z", "zoom"),
];

/// The code an entry starts with (the longest, ending at a `-` or at the end), the name it reads back as, and the
/// value text after `code-` (`None` for a bare code).
pub(super) fn code_of(entry: &str) -> Option<(&'static str, Option<&str>)> {
    let ends = entry
        .match_indices('-')
        .map(|(i, _)| i)
        .chain(std::iter::once(entry.len()));
    let mut found = None;
    for end in ends {
        let Some(code) = entry.get(..end) else {
            continue;
        };
        if let Ok(i) = NAMES.binary_search_by(|(c, _)| c.as_bytes().cmp(code.as_bytes())) {
            if let Some(&(_, name)) = NAMES.get(i) {
                found = Some((name, entry.get(end + 1..)));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url::table::{keys, lookup_exact};

    #[test]
    fn names_cover_every_code_of_the_table() {
        for pair in NAMES.windows(2) {
            assert!(pair[0].0.as_bytes() < pair[1].0.as_bytes(), "{:?}", pair);
        }
        for key in keys() {
            let (code, _) = lookup_exact(key, false).unwrap();
            if code.is_empty() {
                continue;
            }
            let i = NAMES
                .binary_search_by(|(c, _)| c.as_bytes().cmp(code.as_bytes()))
                .unwrap_or_else(|_| panic!("{code} ({key}) has no name"));
            let name = NAMES[i].1;
            assert_eq!(lookup_exact(name, false).unwrap().0, code, "{name}");
        }
    }

    #[test]
    fn longest_code_first() {
        assert_eq!(code_of("fol-5"), Some(("fontOutline", Some("5"))));
        assert_eq!(code_of("e-sharpen-10"), Some(("sharpen", Some("10"))));
        assert_eq!(code_of("e-grayscale"), Some(("grayscale", None)));
        assert_eq!(code_of("zz-1"), None);
    }
}
