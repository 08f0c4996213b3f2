#!/usr/bin/env node
// Writes pkg-template/transformation.d.ts (the `Transformation` type) from the key table, src/url/table_fixture.tsv,
// so that the declared keys cannot drift from the keys the engine knows: one property per row, in the table's order
// and spelling (camelCase, the seed's snake_case, the legacy aliases).
//
// The value type of a key comes from its URL code, not its name, so every spelling of one code (`cropMode`,
// `crop_mode`) gets the same type. VALUES below is the hand-kept part: the closed value sets (facts from
// @imagekit/javascript 5.5.1's declarations and ImageKit's documentation) and a one-line doc per code. A code it does
// not list gets the type its rule column implies (`number | string` for code-value, `string` for a path, …), so a
// new row of the table is typed without touching this file; a VALUES entry whose code left the table is an error.
//
// Every closed union also takes `"-"`, which both dialects turn into the bare code (SPEC §3.2); keys whose value
// the SDKs take as a number, an arithmetic expression (`width: "iw_div_2"`) or free text stay open (SPEC §0: a
// valid input must not fail to compile).
//
// `node tools/transformation-types.mjs` writes the file (only when its text changes, so make's timestamps hold);
// `--check` exits 1 when the committed file is stale. `make package` runs the former before tools/assemble.mjs.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const TABLE = join(root, "src/url/table_fixture.tsv");
export const OUTPUT = join(root, "pkg-template/transformation.d.ts");

/** A closed set of string literals (plus the bare-code `"-"`). */
const closed = (...values) => ({ closed: values });
/** Suggested literals that stay open: any string is still accepted (`(string & {})` keeps the editor's list). */
const open = (literals, ...base) => ({ type: [...base, ...literals.map((v) => JSON.stringify(v)), "(string & {})"].join(" | ") });
const BOOLEAN = { type: 'boolean | "true" | "false" | "-"' };
const FLAG = { type: 'boolean | "true" | "-"' };
const NUMERIC_ARG = { type: 'boolean | number | `${number}` | "true" | "-" | ""' };
const RESOLUTIONS = ["240", "360", "480", "720", "1080", "1440", "2160"];

/** By URL code: the value type (when the rule's default is too loose) and a one-line doc. */
const VALUES = {
  w: { doc: "Output width in pixels; a value in (0, 1) is a fraction of the original; an expression such as `iw_div_2`." },
  h: { doc: "Output height in pixels; a value in (0, 1) is a fraction of the original; an expression such as `ih_mul_0.5`." },
  ar: { doc: "Output aspect ratio, `4-3` (or `4:3`, `4_3`) or an expression such as `iar_div_2`; used with one of width/height." },
  bg: { doc: "Background for padded crops: a colour (`F3F3F3`), `dominant`, `gradient_dominant`, `blurred…`, `genfill…`." },
  b: { doc: "Border, `<width>_<colour>` such as `5_FFF000`." },
  c: { doc: "How the image fits the requested box.", ...closed("force", "at_max", "at_max_enlarge", "at_least", "maintain_ratio", "maintain_ratio_no_enlarge") },
  cm: { doc: "Padding and extraction crop modes.", ...closed("pad_resize", "extract", "pad_extract", "pad_resize_no_enlarge", "pad_extract_no_shrink") },
  dpr: { doc: "Device pixel ratio, 0.1 to 5, `auto`, or an expression.", ...open(["auto"], "number") },
  fo: { doc: "What to keep in frame when cropping: a side or corner, `auto`, `face`, `custom`, or an object name (`car`).", ...open(["center", "top", "left", "bottom", "right", "top_left", "top_right", "bottom_left", "bottom_right", "auto", "face", "custom"]) },
  q: { doc: "Quality of lossy output, 1 to 100." },
  x: { doc: "Left edge of the crop, in pixels of the cropped image." },
  xc: { doc: "Horizontal centre of the crop." },
  y: { doc: "Top edge of the crop, in pixels of the cropped image." },
  yc: { doc: "Vertical centre of the crop." },
  f: { doc: "Output format (`orig`: the original's format; `auto`: the best the client supports).", ...closed("auto", "webp", "jpg", "jpeg", "png", "gif", "svg", "mp4", "webm", "avif", "orig") },
  vc: { doc: "Video codec.", ...closed("h264", "vp9", "av1", "none") },
  ac: { doc: "Audio codec.", ...closed("aac", "opus", "none") },
  r: { doc: "Corner radius: one value, `max` (a circle or an oval), or four `_`-separated corners.", ...open(["max"], "number") },
  rt: { doc: "Rotation in degrees (`N40` counter-clockwise) or `auto` (from EXIF).", ...open(["auto"], "number") },
  bl: { doc: "Gaussian blur, 1 to 100." },
  n: { doc: "A named transformation of the account." },
  di: { doc: "Image served when the requested one does not exist (a path)." },
  fl: { doc: "Mirror horizontally, vertically or both.", ...closed("h", "v", "h_v", "v_h") },
  orig: { doc: "Serve the original file without any transformation.", ...BOOLEAN },
  so: { doc: "Video start offset in seconds (or an expression)." },
  eo: { doc: "Video end offset in seconds (or an expression)." },
  du: { doc: "Video duration from the start offset, in seconds (or an expression)." },
  sr: { doc: "Resolutions for adaptive bitrate streaming, joined with `_`.", type: `(${RESOLUTIONS.map((r) => `"${r}" | ${r}`).join(" | ")})[]` },
  "e-grayscale": { doc: "Grayscale; `true` gives the bare effect.", ...FLAG },
  "e-upscale": { doc: "AI upscaling beyond the original size.", ...FLAG },
  "e-retouch": { doc: "AI retouching of faces and product shots.", ...FLAG },
  "e-genvar": { doc: "An AI-generated variation of the image.", ...FLAG },
  "e-dropshadow": { doc: "AI drop shadow; `true` for the default one, or its parameters (`az-45`).", type: "boolean | number | string" },
  "e-changebg": { doc: "AI background change from a prompt (`prompt-snow road`)." , type: "string" },
  "e-edit": { doc: "AI edit from a prompt (`prompt-…`).", type: "string" },
  "e-bgremove": { doc: "ImageKit's background removal.", ...FLAG },
  "e-removedotbg": { doc: "Third-party background removal.", ...FLAG },
  "e-contrast": { doc: "Contrast stretch.", ...FLAG },
  "e-shadow": { doc: "Shadow under the object of a transparent image; `true` or its parameters.", type: "boolean | number | string" },
  "e-sharpen": { doc: "Sharpening; `true` for the default amount, or a number.", ...NUMERIC_ARG },
  "e-usm": { doc: "Unsharp mask; `true` for the default, or its parameters.", type: "boolean | number | string" },
  "e-gradient": { doc: "Linear gradient; `true` for the default, or its parameters.", type: "boolean | number | string" },
  cr: { doc: "Colour replacement, `to[_tolerance[_from]]`." },
  "e-distort": { doc: "Perspective (`p-…`) or arc (`a-…`) distortion." },
  "e-colorize": { doc: "Colour tint, `co-<colour>` and `in-<intensity>`." },
  pr: { doc: "Progressive JPEG.", ...BOOLEAN },
  lo: { doc: "Lossless WebP and PNG.", ...BOOLEAN },
  cp: { doc: "Keep the original colour profile.", ...BOOLEAN },
  md: { doc: "Keep the image's metadata.", ...BOOLEAN },
  dn: { doc: "Output density in DPI, 1 to 1200, or an expression over `idn`." },
  o: { doc: "Opacity, 0 to 100." },
  t: { doc: "Trim a solid background; `true`, or a threshold 1 to 99.", type: 'boolean | number | `${number}` | "true" | "-" | ""' },
  z: { doc: "Zoom around the focused face or object." },
  pg: { doc: "Page, frame or layer of a multi-page file (`2`, `3-4`, `name-…`)." },
  lm: { doc: "How a layer blends with what is under it.", ...closed("multiply", "cutter", "cutout", "displace") },
  fs: { doc: "Text layer font size." },
  ff: { doc: "Text layer font family, or the path of an uploaded font." },
  co: { doc: "Text layer colour." },
  ia: { doc: "Text layer alignment.", ...closed("left", "right", "center") },
  pa: { doc: "Text layer padding." },
  al: { doc: "Layer transparency, 1 to 9." },
  tg: { doc: "Text layer typography (`b`, `i`, `b_i`)." },
  lh: { doc: "Text layer line height." },
  fol: { doc: "Text layer outline." },
  fsh: { doc: "Text layer shadow." },
};

/** The type its rule column gives a code VALUES does not type. */
function ruleType(row) {
  if (row.key === "raw") return "string";
  if (row.key === "overlay") return "Overlay";
  if (row.rule.startsWith("path:")) return "string";
  if (row.rule.startsWith("array")) return "(string | number)[]";
  if (row.rule.startsWith("flag")) return FLAG.type;
  if (row.rule.startsWith("optional-arg") || row.rule.startsWith("true or empty")) return "boolean | number | string";
  return "number | string";
}

function valueType(row) {
  const v = VALUES[row.code];
  if (v?.closed) return [...v.closed, "-"].map((s) => JSON.stringify(s)).join(" | ");
  return v?.type ?? ruleType(row);
}

/** The table's rows, `{key, code, rule, from}`, checked for the shape this script relies on. */
export function readTable(text) {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  if (lines[0] !== "key\tcode\trule\tfrom") throw new Error(`table: unexpected header ${JSON.stringify(lines[0])}`);
  const rows = lines.slice(1).map((l, i) => {
    const [key, code, rule, from] = l.split("\t");
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key ?? "") || !code || !rule || !from) throw new Error(`table line ${i + 2}: ${JSON.stringify(l)}`);
    return { key, code, rule, from };
  });
  const seen = new Set();
  for (const r of rows) {
    if (seen.has(r.key)) throw new Error(`table: key ${r.key} twice`);
    seen.add(r.key);
  }
  const stale = Object.keys(VALUES).filter((c) => !rows.some((r) => r.code === c));
  if (stale.length) throw new Error(`tools/transformation-types.mjs: VALUES has codes the table lacks: ${stale}`);
  return rows;
}

/** The doc comment of one row: what the code does, which code, and the spelling it shares a code with. */
function doc(row, first) {
  if (row.key === "raw") return "Inserted into the step as it is (for a code the table lacks).";
  if (row.key === "overlay") return "A layer: image, text, video, subtitles or solid colour (SPEC §3.3).";
  const what = VALUES[row.code]?.doc ?? "";
  const same = first.key === row.key ? "" : ` Same as \`${first.key}\`.`;
  const dialect = row.from.includes("@imagekit/javascript") ? "" : " `ik.url` only (not a key of `buildSrc`).";
  return `\`${row.code}\`. ${what}${same}${dialect}`.replace(/\s+/g, " ").trim();
}

/** The text of transformation.d.ts for the table's text. */
export function render(tableText) {
  const rows = readTable(tableText);
  const firstByCode = new Map();
  for (const r of rows) if (!firstByCode.has(r.code)) firstByCode.set(r.code, r);
  const props = rows.flatMap((r) => [`  /** ${doc(r, firstByCode.get(r.code))} */`, `  ${r.key}?: ${valueType(r)};`]);
  return [
    "// GENERATED by tools/transformation-types.mjs from src/url/table_fixture.tsv: edit those, not this file",
    "// (`make package` rewrites it; tests/runtimes/declarations.mjs fails when it is stale).",
    'import type { Overlay } from "./index.js";',
    "",
    "/**",
    " * One transformation step: every key of the transformation table, in each spelling it lists (camelCase, the",
    ' * seed\'s snake_case, legacy aliases). Keys with a closed value set take only those values (and `"-"`, the bare',
    " * code); a typo in a key or in such a value fails to compile. A code the table lacks goes through `raw`.",
    " */",
    "export interface Transformation {",
    ...props,
    "}",
    "",
  ].join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = render(readFileSync(TABLE, "utf8"));
  let current = "";
  try {
    current = readFileSync(OUTPUT, "utf8");
  } catch {
    // no file yet: written below
  }
  if (process.argv.includes("--check")) {
    if (current !== text) {
      console.error("pkg-template/transformation.d.ts is stale: run `node tools/transformation-types.mjs`");
      process.exit(1);
    }
  } else if (current !== text) {
    writeFileSync(OUTPUT, text);
    console.log("wrote pkg-template/transformation.d.ts");
  }
}
