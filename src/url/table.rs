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

/// The row is known to `@imagekit/javascript` 5.5 (`buildSrc` reads it); every row is known to the seed's `url()`.
const JS: bool = true;
/// The row is the seed's only (snake_case names, their camelCase spellings, `overlay_*`, legacy aliases):
/// `buildSrc` passes such a key through as `key-value`, as `@imagekit/javascript` does.
const SEED: bool = false;

/// Every key with its code, rule and dialect, sorted by the key's bytes (a test checks the order, which also rules
/// out a key listed twice). Looked up through [`INDEX`], a hash index built from it at compile time.
const TABLE: &[(&str, &str, Rule, bool)] = &[
    ("aiChangeBackground", "e-changebg", Rule::Generic, JS),
    ("aiDropShadow", "e-dropshadow", Rule::OptionalArg, JS),
    ("aiEdit", "e-edit", Rule::Generic, JS),
    ("aiRemoveBackground", "e-bgremove", Rule::Flag, JS),
    (
        "aiRemoveBackgroundExternal",
        "e-removedotbg",
        Rule::Flag,
        JS,
    ),
    ("aiRetouch", "e-retouch", Rule::Flag, JS),
    ("aiUpscale", "e-upscale", Rule::Flag, JS),
    ("aiVariation", "e-genvar", Rule::Flag, JS),
    ("alpha", "al", Rule::Generic, JS),
    ("aspectRatio", "ar", Rule::Generic, JS),
    ("aspect_ratio", "ar", Rule::Generic, SEED),
    ("audioCodec", "ac", Rule::Generic, JS),
    ("background", "bg", Rule::Generic, JS),
    ("blur", "bl", Rule::Generic, JS),
    ("border", "b", Rule::Generic, JS),
    ("colorProfile", "cp", Rule::Generic, JS),
    ("colorReplace", "cr", Rule::Generic, JS),
    ("color_profile", "cp", Rule::Generic, SEED),
    ("colorize", "e-colorize", Rule::Generic, JS),
    ("contrastStretch", "e-contrast", Rule::Flag, JS),
    ("crop", "c", Rule::Generic, JS),
    ("cropMode", "cm", Rule::Generic, JS),
    ("crop_mode", "cm", Rule::Generic, SEED),
    ("defaultImage", "di", Rule::Path, JS),
    ("default_image", "di", Rule::Path, SEED),
    ("density", "dn", Rule::Generic, JS),
    ("distort", "e-distort", Rule::Generic, JS),
    ("dpr", "dpr", Rule::Generic, JS),
    ("duration", "du", Rule::Generic, JS),
    ("effectContrast", "e-contrast", Rule::Flag, SEED),
    ("effectGradient", "e-gradient", Rule::OptionalArg, SEED),
    ("effectGray", "e-grayscale", Rule::Flag, SEED),
    ("effectShadow", "e-shadow", Rule::OptionalArg, SEED),
    ("effectSharpen", "e-sharpen", Rule::OptionalArg, SEED),
    ("effectUSM", "e-usm", Rule::OptionalArg, SEED),
    ("effect_contrast", "e-contrast", Rule::Flag, SEED),
    ("effect_gradient", "e-gradient", Rule::OptionalArg, SEED),
    ("effect_gray", "e-grayscale", Rule::Flag, SEED),
    ("effect_shadow", "e-shadow", Rule::OptionalArg, SEED),
    ("effect_sharpen", "e-sharpen", Rule::OptionalArg, SEED),
    ("effect_usm", "e-usm", Rule::OptionalArg, SEED),
    ("endOffset", "eo", Rule::Generic, JS),
    ("flip", "fl", Rule::Generic, JS),
    ("focus", "fo", Rule::Generic, JS),
    ("fontColor", "co", Rule::Generic, JS),
    ("fontFamily", "ff", Rule::Path, JS),
    ("fontOutline", "fol", Rule::Generic, JS),
    ("fontShadow", "fsh", Rule::Generic, JS),
    ("fontSize", "fs", Rule::Generic, JS),
    ("format", "f", Rule::Generic, JS),
    ("gradient", "e-gradient", Rule::OptionalArg, JS),
    ("grayscale", "e-grayscale", Rule::Flag, JS),
    ("height", "h", Rule::Generic, JS),
    ("innerAlignment", "ia", Rule::Generic, JS),
    ("layerMode", "lm", Rule::Generic, JS),
    ("lineHeight", "lh", Rule::Generic, JS),
    ("lossless", "lo", Rule::Generic, JS),
    ("metadata", "md", Rule::Generic, JS),
    ("named", "n", Rule::Generic, JS),
    ("opacity", "o", Rule::Generic, JS),
    ("original", "orig", Rule::Generic, JS),
    ("overlay", "", Rule::Overlay, JS),
    ("overlayAlpha", "oa", Rule::Generic, SEED),
    ("overlayBackground", "obg", Rule::Generic, SEED),
    ("overlayFocus", "ofo", Rule::Generic, SEED),
    ("overlayHeight", "oh", Rule::Generic, SEED),
    ("overlayImage", "oi", Rule::Path, SEED),
    ("overlayImageAspectRatio", "oiar", Rule::Generic, SEED),
    ("overlayImageBackground", "oibg", Rule::Generic, SEED),
    ("overlayImageBorder", "oib", Rule::Generic, SEED),
    ("overlayImageCropping", "oic", Rule::Generic, SEED),
    ("overlayImageDpr", "oidpr", Rule::Generic, SEED),
    ("overlayImageFocus", "oifo", Rule::Generic, SEED),
    ("overlayImageQuality", "oiq", Rule::Generic, SEED),
    ("overlayImageTrim", "oit", Rule::Generic, SEED),
    ("overlayRadius", "or", Rule::Generic, SEED),
    ("overlayText", "ot", Rule::Generic, SEED),
    ("overlayTextBackground", "otbg", Rule::Generic, SEED),
    ("overlayTextColor", "otc", Rule::Generic, SEED),
    ("overlayTextEncoded", "ote", Rule::Generic, SEED),
    ("overlayTextFontFamily", "otf", Rule::Generic, SEED),
    ("overlayTextFontSize", "ots", Rule::Generic, SEED),
    ("overlayTextInnerAlignment", "otia", Rule::Generic, SEED),
    ("overlayTextPadding", "otp", Rule::Generic, SEED),
    ("overlayTextTransparency", "oa", Rule::Generic, SEED),
    ("overlayTextTypography", "ott", Rule::Generic, SEED),
    ("overlayTextWidth", "otw", Rule::Generic, SEED),
    ("overlayWidth", "ow", Rule::Generic, SEED),
    ("overlayX", "ox", Rule::Generic, SEED),
    ("overlayY", "oy", Rule::Generic, SEED),
    ("overlay_alpha", "oa", Rule::Generic, SEED),
    ("overlay_background", "obg", Rule::Generic, SEED),
    ("overlay_focus", "ofo", Rule::Generic, SEED),
    ("overlay_height", "oh", Rule::Generic, SEED),
    ("overlay_image", "oi", Rule::Path, SEED),
    ("overlay_image_aspect_ratio", "oiar", Rule::Generic, SEED),
    ("overlay_image_background", "oibg", Rule::Generic, SEED),
    ("overlay_image_border", "oib", Rule::Generic, SEED),
    ("overlay_image_cropping", "oic", Rule::Generic, SEED),
    ("overlay_image_dpr", "oidpr", Rule::Generic, SEED),
    ("overlay_image_focus", "oifo", Rule::Generic, SEED),
    ("overlay_image_quality", "oiq", Rule::Generic, SEED),
    ("overlay_image_trim", "oit", Rule::Generic, SEED),
    ("overlay_radius", "or", Rule::Generic, SEED),
    ("overlay_text", "ot", Rule::Generic, SEED),
    ("overlay_text_background", "otbg", Rule::Generic, SEED),
    ("overlay_text_color", "otc", Rule::Generic, SEED),
    ("overlay_text_encoded", "ote", Rule::Generic, SEED),
    ("overlay_text_font_family", "otf", Rule::Generic, SEED),
    ("overlay_text_font_size", "ots", Rule::Generic, SEED),
    ("overlay_text_inner_alignment", "otia", Rule::Generic, SEED),
    ("overlay_text_padding", "otp", Rule::Generic, SEED),
    ("overlay_text_transparency", "oa", Rule::Generic, SEED),
    ("overlay_text_typography", "ott", Rule::Generic, SEED),
    ("overlay_text_width", "otw", Rule::Generic, SEED),
    ("overlay_width", "ow", Rule::Generic, SEED),
    ("overlay_x", "ox", Rule::Generic, SEED),
    ("overlay_y", "oy", Rule::Generic, SEED),
    ("padding", "pa", Rule::Generic, JS),
    ("page", "pg", Rule::Generic, JS),
    ("progressive", "pr", Rule::Generic, JS),
    ("quality", "q", Rule::Generic, JS),
    ("radius", "r", Rule::Generic, JS),
    ("raw", "", Rule::Raw, JS),
    ("rotate", "rt", Rule::Generic, SEED),
    ("rotation", "rt", Rule::Generic, JS),
    ("shadow", "e-shadow", Rule::OptionalArg, JS),
    ("sharpen", "e-sharpen", Rule::OptionalArg, JS),
    ("startOffset", "so", Rule::Generic, JS),
    ("streamingResolutions", "sr", Rule::Streaming, JS),
    ("trim", "t", Rule::Trim, JS),
    ("typography", "tg", Rule::Generic, JS),
    ("unsharpMask", "e-usm", Rule::OptionalArg, JS),
    ("videoCodec", "vc", Rule::Generic, JS),
    ("width", "w", Rule::Generic, JS),
    ("x", "x", Rule::Generic, JS),
    ("xCenter", "xc", Rule::Generic, JS),
    ("y", "y", Rule::Generic, JS),
    ("yCenter", "yc", Rule::Generic, JS),
    ("zoom", "z", Rule::Generic, JS),
];

/// Every key of the table, in its sorted order (for the fuzzer, which speaks the real names).
pub fn keys() -> impl Iterator<Item = &'static str> {
    TABLE.iter().map(|&(key, _, _, _)| key)
}

/// Slots of [`INDEX`]: a power of two over three times the rows, so a look-up probes one or two slots.
const SLOTS: usize = 512;
/// An empty slot of [`INDEX`] (no row has this number: the table has fewer rows).
const EMPTY: u8 = u8::MAX;
const _: () = assert!(TABLE.len() < EMPTY as usize && TABLE.len() * 3 < SLOTS);

/// FNV-1a of `key`, reduced to a slot of [`INDEX`]. A `const fn`, so the index is built with the same hash the
/// look-ups use.
const fn slot_of(key: &[u8]) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    let mut rest = key;
    while let [b, tail @ ..] = rest {
        h = (h ^ *b as u32).wrapping_mul(0x0100_0193);
        rest = tail;
    }
    h as usize & (SLOTS - 1)
}

/// Row numbers of [`TABLE`] by the slot of their key (open addressing, linear probing), computed by the compiler.
/// Why a hash and not the binary search over the sorted rows this replaced: a search compared eight keys per
/// look-up, each a `memcmp` call in wasm, and the look-ups were an eighth of a chained `buildTransformationString`
/// call in a Node profile (issue #16); a hash compares one key.
static INDEX: [u8; SLOTS] = build_index();

// Indexing in a `const fn` evaluated at compile time: an index out of bounds fails the build, it cannot panic at
// run time.
#[allow(clippy::indexing_slicing)]
const fn build_index() -> [u8; SLOTS] {
    let mut index = [EMPTY; SLOTS];
    let mut row = 0;
    while row < TABLE.len() {
        let mut slot = slot_of(TABLE[row].0.as_bytes());
        while index[slot] != EMPTY {
            slot = (slot + 1) & (SLOTS - 1);
        }
        index[slot] = row as u8;
        row += 1;
    }
    index
}

/// The code and rule of a known key, `None` for a key that passes through as `key-value`. With `js_only`, only
/// the rows `@imagekit/javascript` knows count.
pub(crate) fn lookup_exact(key: &str, js_only: bool) -> Option<(&'static str, Rule)> {
    let mut slot = slot_of(key.as_bytes());
    loop {
        // An empty slot ends the probe (`EMPTY` is past the last row, so `TABLE.get` answers `None`); the index
        // always has empty slots, so the probe ends.
        let &(k, code, rule, js) = TABLE.get(usize::from(*INDEX.get(slot)?))?;
        if k == key {
            return (js || !js_only).then_some((code, rule));
        }
        slot = (slot + 1) & (SLOTS - 1);
    }
}

/// Like [`lookup_exact`], then (as `@imagekit/javascript` and `imagekit` 6 do) retried with the key in lower
/// case, so `Width` still means `w`. Only keys with an upper-case ASCII letter pay for the second look-up.
pub(crate) fn lookup(key: &str, js_only: bool) -> Option<(&'static str, Rule)> {
    lookup_exact(key, js_only).or_else(|| {
        if key.bytes().any(|b| b.is_ascii_uppercase()) {
            lookup_exact(&key.to_ascii_lowercase(), js_only)
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
            let (got_code, got_rule) =
                lookup_exact(key, false).unwrap_or_else(|| panic!("{key} missing"));
            let from = cols.next().unwrap();
            let js = from.contains("@imagekit/javascript") || from == "all";
            assert_eq!(lookup_exact(key, true).is_some(), js, "{key}: dialect");
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
        assert_eq!(lookup("Width", true), Some(("w", Rule::Generic)));
        assert_eq!(lookup("GRAYSCALE", true), Some(("e-grayscale", Rule::Flag)));
        // camelCase keys are not reachable in lower case, exactly as in the JS SDK.
        assert_eq!(lookup("aspectratio", false), None);
        assert_eq!(lookup("fake_xxxx", false), None);
        // The seed's names are the seed's: `buildSrc` passes them through as `@imagekit/javascript` does.
        assert_eq!(lookup("aspect_ratio", true), None);
        assert_eq!(lookup("aspect_ratio", false), Some(("ar", Rule::Generic)));
    }
}
