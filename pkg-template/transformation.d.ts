// The transformation step of imagekit-wasm's types (re-exported by index.d.ts): one key per row of the
// transformation table (src/url/table_fixture.tsv; tests/runtimes/declarations.mjs checks they match).
import type { Overlay } from "./index.js";

/**
 * One transformation step: every key of the transformation table (transformations.tsv), in the spellings it lists.
 * A key the table lacks goes through `raw` (`{ raw: "e-custom-1" }`); the package also passes unknown keys on as
 * `key-value`, but the types refuse them so that a typo (`widht`) fails to compile.
 */
export interface Transformation {
  /** inserted as it is */
  raw?: string;
  /** a layer (SPEC 3.3) */
  overlay?: Overlay;
  /** `w` */
  width?: number | string;
  /** `h` */
  height?: number | string;
  /** `ar` */
  aspectRatio?: number | string;
  /** `bg` */
  background?: number | string;
  /** `b` */
  border?: number | string;
  /** `c` */
  crop?: number | string;
  /** `cm` */
  cropMode?: number | string;
  /** `dpr` */
  dpr?: number | string;
  /** `fo` */
  focus?: number | string;
  /** `q` */
  quality?: number | string;
  /** `x` */
  x?: number | string;
  /** `xc` */
  xCenter?: number | string;
  /** `y` */
  y?: number | string;
  /** `yc` */
  yCenter?: number | string;
  /** `f` */
  format?: number | string;
  /** `vc` */
  videoCodec?: number | string;
  /** `ac` */
  audioCodec?: number | string;
  /** `r` */
  radius?: number | string;
  /** `rt` */
  rotation?: number | string;
  /** `bl` */
  blur?: number | string;
  /** `n` */
  named?: number | string;
  /** `di`, a path */
  defaultImage?: string;
  /** `fl` */
  flip?: boolean | number | string;
  /** `orig` */
  original?: boolean | number | string;
  /** `so` */
  startOffset?: number | string;
  /** `eo` */
  endOffset?: number | string;
  /** `du` */
  duration?: number | string;
  /** `sr`, values joined with `_` */
  streamingResolutions?: (string | number)[];
  /** `e-grayscale`; `true` gives the bare code */
  grayscale?: boolean | number | string;
  /** `e-upscale`; `true` gives the bare code */
  aiUpscale?: boolean | number | string;
  /** `e-retouch`; `true` gives the bare code */
  aiRetouch?: boolean | number | string;
  /** `e-genvar`; `true` gives the bare code */
  aiVariation?: boolean | number | string;
  /** `e-dropshadow`; `true` gives the bare code */
  aiDropShadow?: boolean | number | string;
  /** `e-changebg` */
  aiChangeBackground?: number | string;
  /** `e-edit` */
  aiEdit?: number | string;
  /** `e-bgremove`; `true` gives the bare code */
  aiRemoveBackground?: boolean | number | string;
  /** `e-removedotbg`; `true` gives the bare code */
  aiRemoveBackgroundExternal?: boolean | number | string;
  /** `e-contrast`; `true` gives the bare code */
  contrastStretch?: boolean | number | string;
  /** `e-shadow`; `true` gives the bare code */
  shadow?: boolean | number | string;
  /** `e-sharpen`; `true` gives the bare code */
  sharpen?: boolean | number | string;
  /** `e-usm`; `true` gives the bare code */
  unsharpMask?: boolean | number | string;
  /** `e-gradient`; `true` gives the bare code */
  gradient?: boolean | number | string;
  /** `cr` */
  colorReplace?: number | string;
  /** `e-distort` */
  distort?: number | string;
  /** `e-colorize` */
  colorize?: number | string;
  /** `pr` */
  progressive?: boolean | number | string;
  /** `lo` */
  lossless?: boolean | number | string;
  /** `cp` */
  colorProfile?: boolean | number | string;
  /** `md` */
  metadata?: boolean | number | string;
  /** `dn` */
  density?: number | string;
  /** `o` */
  opacity?: number | string;
  /** `t`; `true` gives the bare code */
  trim?: boolean | number | string;
  /** `z` */
  zoom?: number | string;
  /** `pg` */
  page?: number | string;
  /** `lm` */
  layerMode?: number | string;
  /** `fs` */
  fontSize?: number | string;
  /** `ff`, a path */
  fontFamily?: string;
  /** `co` */
  fontColor?: number | string;
  /** `ia` */
  innerAlignment?: number | string;
  /** `pa` */
  padding?: number | string;
  /** `al` */
  alpha?: number | string;
  /** `tg` */
  typography?: number | string;
  /** `lh` */
  lineHeight?: number | string;
  /** `fol` */
  fontOutline?: number | string;
  /** `fsh` */
  fontShadow?: number | string;
  /** `ar` */
  aspect_ratio?: number | string;
  /** `cm` */
  crop_mode?: number | string;
  /** `cp` */
  color_profile?: boolean | number | string;
  /** `di`, a path */
  default_image?: string;
  /** `e-sharpen`; `true` gives the bare code */
  effect_sharpen?: boolean | number | string;
  /** `e-usm`; `true` gives the bare code */
  effect_usm?: boolean | number | string;
  /** `e-contrast`; `true` gives the bare code */
  effect_contrast?: boolean | number | string;
  /** `e-grayscale`; `true` gives the bare code */
  effect_gray?: boolean | number | string;
  /** `e-shadow`; `true` gives the bare code */
  effect_shadow?: boolean | number | string;
  /** `e-gradient`; `true` gives the bare code */
  effect_gradient?: boolean | number | string;
  /** `rt` */
  rotate?: number | string;
  /** `e-sharpen`; `true` gives the bare code */
  effectSharpen?: boolean | number | string;
  /** `e-usm`; `true` gives the bare code */
  effectUSM?: boolean | number | string;
  /** `e-contrast`; `true` gives the bare code */
  effectContrast?: boolean | number | string;
  /** `e-grayscale`; `true` gives the bare code */
  effectGray?: boolean | number | string;
  /** `e-shadow`; `true` gives the bare code */
  effectShadow?: boolean | number | string;
  /** `e-gradient`; `true` gives the bare code */
  effectGradient?: boolean | number | string;
  /** `ox` */
  overlay_x?: number | string;
  /** `ox` */
  overlayX?: number | string;
  /** `oy` */
  overlay_y?: number | string;
  /** `oy` */
  overlayY?: number | string;
  /** `ofo` */
  overlay_focus?: number | string;
  /** `ofo` */
  overlayFocus?: number | string;
  /** `oh` */
  overlay_height?: number | string;
  /** `oh` */
  overlayHeight?: number | string;
  /** `ow` */
  overlay_width?: number | string;
  /** `ow` */
  overlayWidth?: number | string;
  /** `oi`, a path */
  overlay_image?: string;
  /** `oi`, a path */
  overlayImage?: string;
  /** `oit` */
  overlay_image_trim?: number | string;
  /** `oit` */
  overlayImageTrim?: number | string;
  /** `oiar` */
  overlay_image_aspect_ratio?: number | string;
  /** `oiar` */
  overlayImageAspectRatio?: number | string;
  /** `oibg` */
  overlay_image_background?: number | string;
  /** `oibg` */
  overlayImageBackground?: number | string;
  /** `oib` */
  overlay_image_border?: number | string;
  /** `oib` */
  overlayImageBorder?: number | string;
  /** `oidpr` */
  overlay_image_dpr?: number | string;
  /** `oidpr` */
  overlayImageDpr?: number | string;
  /** `oiq` */
  overlay_image_quality?: number | string;
  /** `oiq` */
  overlayImageQuality?: number | string;
  /** `oic` */
  overlay_image_cropping?: number | string;
  /** `oic` */
  overlayImageCropping?: number | string;
  /** `oifo` */
  overlay_image_focus?: number | string;
  /** `oifo` */
  overlayImageFocus?: number | string;
  /** `ot` */
  overlay_text?: number | string;
  /** `ot` */
  overlayText?: number | string;
  /** `ots` */
  overlay_text_font_size?: number | string;
  /** `ots` */
  overlayTextFontSize?: number | string;
  /** `otf` */
  overlay_text_font_family?: number | string;
  /** `otf` */
  overlayTextFontFamily?: number | string;
  /** `otc` */
  overlay_text_color?: number | string;
  /** `otc` */
  overlayTextColor?: number | string;
  /** `oa` */
  overlay_text_transparency?: number | string;
  /** `oa` */
  overlayTextTransparency?: number | string;
  /** `oa` */
  overlay_alpha?: number | string;
  /** `oa` */
  overlayAlpha?: number | string;
  /** `ott` */
  overlay_text_typography?: number | string;
  /** `ott` */
  overlayTextTypography?: number | string;
  /** `obg` */
  overlay_background?: number | string;
  /** `obg` */
  overlayBackground?: number | string;
  /** `ote` */
  overlay_text_encoded?: number | string;
  /** `ote` */
  overlayTextEncoded?: number | string;
  /** `otw` */
  overlay_text_width?: number | string;
  /** `otw` */
  overlayTextWidth?: number | string;
  /** `otbg` */
  overlay_text_background?: number | string;
  /** `otbg` */
  overlayTextBackground?: number | string;
  /** `otp` */
  overlay_text_padding?: number | string;
  /** `otp` */
  overlayTextPadding?: number | string;
  /** `otia` */
  overlay_text_inner_alignment?: number | string;
  /** `otia` */
  overlayTextInnerAlignment?: number | string;
  /** `or` */
  overlay_radius?: number | string;
  /** `or` */
  overlayRadius?: number | string;
}
