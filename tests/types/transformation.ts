// The generated `Transformation` type (tools/transformation-types.mjs) as a user writes it: every key of the key
// table accepted in each spelling it lists, with a value the engine takes (object literals, so an undeclared key would
// fail the excess-property check; tests/runtimes/declarations.mjs checks the declared keys == the table's), open keys
// still taking numbers and arithmetic, and typos in closed values or in keys refused (`@ts-expect-error` fails the
// build when the line compiles). Compiled by the types-bundler and types-node16 lines; not executed.
import { buildSrc, ImageKit } from "imagekit-wasm";
import type { Transformation } from "imagekit-wasm";

/** The @imagekit/javascript 5.5.1 keys (camelCase), which `buildSrc` and `ik.url` both know. */
export const sdkKeys: Transformation = {
  raw: "e-custom-1", overlay: { type: "text", text: "Hi" }, width: "iw_div_2", height: 0.5, aspectRatio: "4-3",
  background: "F3F3F3", border: "5_FFF000", crop: "at_max_enlarge", cropMode: "pad_resize", dpr: "auto", focus: "face",
  quality: 80, x: 10, xCenter: "iw_div_2", y: 10, yCenter: 20, format: "avif", videoCodec: "h264", audioCodec: "opus",
  radius: "max", rotation: "auto", blur: 10, named: "thumb", defaultImage: "/fallback.jpg", flip: "h_v", original: true,
  startOffset: 5, endOffset: "10.5", duration: "du_mul_2", streamingResolutions: ["240", 1080], grayscale: true,
  aiUpscale: "-", aiRetouch: "true", aiVariation: true, aiDropShadow: "az-45", aiChangeBackground: "prompt-snow road",
  aiEdit: "prompt-a hat", aiRemoveBackground: true, aiRemoveBackgroundExternal: false, contrastStretch: true,
  shadow: "bl-15", sharpen: 10, unsharpMask: true, gradient: "ld-top", colorReplace: "FF0022_20", distort: "a-40",
  colorize: "co-red", progressive: "true", lossless: false, colorProfile: true, metadata: true, density: 300,
  opacity: 50, trim: 20, zoom: 1.5, page: "3-4", layerMode: "multiply", fontSize: 20, fontFamily: "Open Sans",
  fontColor: "FF0000", innerAlignment: "center", padding: "10_20", alpha: 5, typography: "b_i", lineHeight: 20,
  fontOutline: "2_red", fontShadow: "FF0000_2",
};

/** The seed's snake_case spellings and the `imagekit` 6.x aliases (`ik.url`'s dialect). */
export const seedKeys: Transformation = {
  aspect_ratio: "16-9", crop_mode: "extract", color_profile: "false", default_image: "a/b.jpg", effect_sharpen: "-",
  effect_usm: "2-2-0.8-0.024", effect_contrast: "-", effect_gray: "-", effect_shadow: true, effect_gradient: true,
  rotate: 90, effectSharpen: "5", effectUSM: "2", effectContrast: true, effectGray: true, effectShadow: "-",
  effectGradient: "-",
};

/** The seed README's overlay parameters, both spellings. */
export const legacyOverlayKeys: Transformation = {
  overlay_x: 10, overlayX: "N10", overlay_y: 10, overlayY: 5, overlay_focus: "top", overlayFocus: "bottom",
  overlay_height: 100, overlayHeight: 100, overlay_width: 100, overlayWidth: "bw_div_2", overlay_image: "logo.png",
  overlayImage: "/a/logo.png", overlay_image_trim: "false", overlayImageTrim: "true", overlay_image_aspect_ratio: "4-3",
  overlayImageAspectRatio: "4-3", overlay_image_background: "FFF", overlayImageBackground: "FFF",
  overlay_image_border: "5_FFF", overlayImageBorder: "5_FFF", overlay_image_dpr: 2, overlayImageDpr: 2,
  overlay_image_quality: 50, overlayImageQuality: 50, overlay_image_cropping: "at_max", overlayImageCropping: "at_max",
  overlay_image_focus: "face", overlayImageFocus: "face", overlay_text: "Hi", overlayText: "Hi",
  overlay_text_font_size: 20, overlayTextFontSize: 20, overlay_text_font_family: "Arial", overlayTextFontFamily: "Arial",
  overlay_text_color: "000", overlayTextColor: "000", overlay_text_transparency: 5, overlayTextTransparency: 5,
  overlay_alpha: 5, overlayAlpha: 5, overlay_text_typography: "b", overlayTextTypography: "i", overlay_background: "FFF",
  overlayBackground: "FFF", overlay_text_encoded: "SGk", overlayTextEncoded: "SGk", overlay_text_width: 200,
  overlayTextWidth: 200, overlay_text_background: "FFF", overlayTextBackground: "FFF", overlay_text_padding: 10,
  overlayTextPadding: 10, overlay_text_inner_alignment: "left", overlayTextInnerAlignment: "left", overlay_radius: 5,
  overlayRadius: "max",
};

/** Every value of each closed set, and the bare-code `"-"`, is accepted; open keys take a plain `string`. */
declare const anyString: string;
export const closedSets: Transformation[] = [
  ...(["force", "at_max", "at_max_enlarge", "at_least", "maintain_ratio", "maintain_ratio_no_enlarge", "-"] as const).map((crop) => ({ crop })),
  ...(["pad_resize", "extract", "pad_extract", "pad_resize_no_enlarge", "pad_extract_no_shrink", "-"] as const).map((cropMode) => ({ cropMode })),
  ...(["auto", "webp", "jpg", "jpeg", "png", "gif", "svg", "mp4", "webm", "avif", "orig", "-"] as const).map((format) => ({ format })),
  ...(["h", "v", "h_v", "v_h", "-"] as const).map((flip) => ({ flip })),
  { trim: true }, { trim: "" }, { trim: "-" }, { trim: "50" }, { sharpen: "" },
  { width: anyString, height: anyString, focus: anyString, radius: anyString, rotation: anyString, dpr: anyString, background: anyString },
];

// A typo in a closed value fails, in either spelling of the key.
// @ts-expect-error not a crop
export const badCrop: Transformation = { crop: "at_maxx" };
// @ts-expect-error not a crop mode
export const badCropMode: Transformation = { crop_mode: "pad_resise" };
// @ts-expect-error not a format
export const badFormat: Transformation = { format: "jpgg" };
// @ts-expect-error flip is h, v, h_v or v_h
export const badFlip: Transformation = { flip: "hv" };
// @ts-expect-error not a video codec
export const badVideoCodec: Transformation = { videoCodec: "h265" };
// @ts-expect-error not an audio codec
export const badAudioCodec: Transformation = { audioCodec: "mp3" };
// @ts-expect-error not a layer mode
export const badLayerMode: Transformation = { layerMode: "overlay" };
// @ts-expect-error not an alignment
export const badAlignment: Transformation = { innerAlignment: "middle" };
// @ts-expect-error grayscale is a flag
export const badFlag: Transformation = { effect_gray: "yes" };
// @ts-expect-error progressive is a boolean
export const badBoolean: Transformation = { progressive: "yes" };
// @ts-expect-error trim is true or a threshold
export const badTrim: Transformation = { trim: "auto" };
// @ts-expect-error sharpen is true or an amount
export const badSharpen: Transformation = { effectSharpen: "strong" };
// @ts-expect-error not a streaming resolution
export const badResolution: Transformation = { streamingResolutions: ["720", "999"] };
// @ts-expect-error width is a number or an expression, not a boolean
export const badWidth: Transformation = { width: true };

// A typo in a key fails.
// @ts-expect-error widht is not a key
export const badKey: Transformation = { widht: 300 };
// @ts-expect-error the seed spells it crop_mode, the SDK cropMode
export const badSpelling: Transformation = { crop_Mode: "extract" };

// The same checks hold where users write steps: inline in buildSrc, ik.url and a nested overlay.
const ik = new ImageKit({ urlEndpoint: "https://ik.imagekit.io/demo", privateKey: "private_key_test" });
export const urls: string[] = [
  buildSrc({ src: "/a.jpg", urlEndpoint: "https://ik.imagekit.io/demo", transformation: [sdkKeys, { crop: "at_least", format: "webp" }] }),
  ik.url({ path: "/a.jpg", transformation: [seedKeys, legacyOverlayKeys, { crop_mode: "pad_extract" }] }),
  // @ts-expect-error not a format
  buildSrc({ src: "/a.jpg", urlEndpoint: "https://ik.imagekit.io/demo", transformation: [{ format: "tiff" }] }),
  // @ts-expect-error not a crop, inside an overlay's own steps
  ik.url({ path: "/a.jpg", transformation: [{ overlay: { type: "text", text: "Hi", transformation: [{ crop: "fit" }] } }] }),
];
