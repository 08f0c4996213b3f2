// ik.url's options, said in the seed's own terms for the Python mirror (imagekitio 4.2.0). The caller is JavaScript,
// so a value means what `String(value)` makes of it; where SPEC §3.1 states a rule that the Python package predates
// (the seed README's key table: camelCase spellings, the `overlay_*` keys, `true` as the bare code of a flag, one
// slash stripped from path values, overlay objects per §3.3, expiry in whole seconds), the key or value is handed to
// Python already in that form, and Python does the rest (URL assembly, query, encoding, signing). A value the seed
// can only print as garbage (an object, an array, null, NaN, a function: Python's repr in the URL) makes the whole
// input one the seed cannot express: it counts as mirror-failed.
import * as js from "@imagekit/javascript";
import { ROWS } from "./gen.mjs";

/** The keys Python 4.2.0 knows itself (its SUPPORTED_TRANS). */
const PYTHON_KEYS = new Set("height width aspect_ratio quality crop crop_mode x y focus format radius background border rotation blur named progressive lossless trim metadata color_profile default_image dpr effect_sharpen effect_usm effect_contrast effect_gray effect_shadow effect_gradient original raw".split(" "));

class Garbage extends Error {}

/** JS `String(v)` of a scalar, or Garbage. */
function text(v, where) {
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return String(v);
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  throw new Garbage(`${where} is ${Array.isArray(v) ? "an array" : v === null ? "null" : typeof v === "number" ? String(v) : typeof v}`);
  // (A BigInt or symbol cannot reach Python at all: JSON.stringify refuses or drops it.)
}

function row(key) {
  return ROWS.get(key) ?? ROWS.get(key.toLowerCase());
}

function step(s) {
  if (s === null || typeof s !== "object" || Array.isArray(s)) return s; // Python fails on it; that is its answer
  const out = [];
  for (const [key, v] of Object.entries(s)) {
    if (v === undefined) continue;
    if (v === null) continue; // the JS SDKs skip null; Python would print "None"
    if (key === "overlay" && typeof v === "object" && !Array.isArray(v)) {
      let layer;
      try {
        layer = js.buildTransformationString([{ overlay: v }]);
      } catch (e) {
        throw new Garbage(`the overlay crashes @imagekit/javascript: ${e.message}`);
      }
      if (layer) out.push(["raw", layer]);
      continue;
    }
    const value = text(v, key);
    if (key === "raw") {
      if (value === "-") throw new Garbage("raw is \"-\" (Python prints `raw`)");
      out.push(["raw", value]);
      continue;
    }
    const r = row(key);
    if (!r || key === "overlay") {
      out.push([key, value]);
      continue;
    }
    const code = r.code;
    let val = value;
    if ((r.rule === "flag" || r.rule === "optional-arg") && v === true) val = "-";
    if (r.rule === "path" && val !== "-") {
      val = val.replace(/^\//, "").replace(/\/$/, "").replaceAll("/", "@@");
    }
    out.push([PYTHON_KEYS.has(key) ? key : code, val]);
  }
  // Two spellings of one key would be one dict key in Python, which no JS object can hold: not expressible.
  const seen = new Map();
  for (const [k, v] of out) {
    if (seen.has(k)) throw new Garbage(`two spellings of ${k} in one step`);
    seen.set(k, v);
  }
  return Object.fromEntries(seen);
}

/** `{options}` for Python, or `{options: null, why}` when the seed can only answer with garbage. */
export function seedOptions(o) {
  try {
    const out = {};
    for (const key of ["path", "src"]) if (o[key] !== undefined) out[key] = o[key];
    // SPEC §3.1 lists `#` among the characters of a path that are percent-encoded (the seed would start a
    // fragment there): the seed is handed the path so.
    if (typeof out.path === "string") out.path = out.path.replaceAll("#", "%23");
    if (o.urlEndpoint !== undefined) out.url_endpoint = o.urlEndpoint;
    if (o.transformationPosition !== undefined) out.transformation_position = o.transformationPosition;
    if (o.signed !== undefined) out.signed = o.signed;
    if (Array.isArray(o.transformation)) out.transformation = o.transformation.map(step);
    else if (o.transformation !== undefined) out.transformation = o.transformation;
    if (o.queryParameters !== undefined) {
      const q = o.queryParameters;
      if (q === null || typeof q !== "object" || Array.isArray(q)) out.query_parameters = q;
      else {
        out.query_parameters = {};
        for (const [k, v] of Object.entries(q)) if (v !== undefined) out.query_parameters[k] = text(v, `queryParameters.${k}`);
      }
    }
    const seconds = o.expireSeconds ?? o.expiresIn;
    if (typeof seconds === "number" && Math.trunc(seconds) >= 1) out.expire_seconds = Math.trunc(seconds);
    try {
      JSON.stringify(out);
    } catch {
      throw new Garbage("the options hold a BigInt, which no JSON line can carry");
    }
    return { options: out };
  } catch (e) {
    if (e instanceof Garbage) return { options: null, why: e.message };
    throw e;
  }
}
