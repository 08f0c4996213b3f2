// Rendering of ImageKit transformations on delivery, with sharp (libvips), so that a preview is real.
// `tr:` path segments and `?tr=` are both read (path steps first, then the query's); steps (`:`) run in order.
// Rendered: w, h (pixels, or a fraction < 1 of the current size), ar, dpr, c (maintain_ratio, force, at_max,
// at_max_enlarge, at_least), cm (pad_resize, extract, pad_extract), fo (center/top/left/…/auto), x, y, xc, yc, bg,
// rt (degrees or auto), fl (h, v, h_v), t (trim), r (radius or max), bl, e-grayscale, e-sharpen[-N], e-contrast,
// f (jpg, jpeg, png, webp, avif, gif, auto, orig), q, and layers: l-text (i-/ie-, fs, co, bg, pa, tg, w, lx, ly,
// lxc, lyc, lfo), l-image (another stored file, with its own w/h/effects, or i-ik_canvas with bg/w/h).
// Anything else is reported in the `x-ik-not-rendered` response header and otherwise ignored; a file sharp
// cannot decode (or a missing sharp) is served unchanged. `x-ik-rendered` lists what was applied.
let sharpModule;
async function loadSharp() {
  if (sharpModule === undefined) {
    try {
      sharpModule = (await import("sharp")).default;
      sharpModule.cache(false);
    } catch {
      sharpModule = null; // optional: without sharp, delivery serves stored bytes unchanged
    }
  }
  return sharpModule;
}

const MAX_SIDE = 4096;
const FORMATS = { jpg: "jpeg", jpeg: "jpeg", png: "png", webp: "webp", avif: "avif", gif: "gif" };
const MIME = { jpeg: "image/jpeg", png: "image/png", webp: "image/webp", avif: "image/avif", gif: "image/gif" };
const GRAVITY = { center: "centre", top: "north", bottom: "south", left: "west", right: "east", top_left: "northwest",
  top_right: "northeast", bottom_left: "southwest", bottom_right: "southeast" };

/** "tr:w-1,h-2:rt-90" / "w-1,h-2:rt-90" → [[{key, value, raw}]] (one array per chained step). */
export function parseTransformation(str) {
  return String(str).replace(/^tr:/, "").split(":").filter(Boolean).map((step) =>
    step.split(",").filter(Boolean).map((raw) => {
      const i = raw.indexOf("-");
      return i < 0 ? { key: raw, value: "", raw } : { key: raw.slice(0, i), value: raw.slice(i + 1), raw };
    }));
}

/** The transformation string of a delivery request: `tr:` path segments (raw, undecoded) then `?tr=`; "" if none. */
export function transformationOf(rawPath, query) {
  const parts = [];
  for (const seg of rawPath.split("/")) {
    if (!seg.startsWith("tr:")) continue;
    try { parts.push(decodeURIComponent(seg.slice(3))); } catch { parts.push(seg.slice(3)); }
  }
  if (query.get("tr")) parts.push(query.get("tr"));
  return parts.filter(Boolean).join(":");
}

const num = (v) => (/^-?\d+(\.\d+)?$/.test(v) ? Number(v) : NaN);
/** ImageKit writes negative offsets as N20. */
const offset = (v) => num(String(v).replace(/^N/, "-"));
const clampSide = (n) => Math.max(1, Math.min(MAX_SIDE, Math.round(n)));

function colour(v, fallback = { r: 255, g: 255, b: 255, alpha: 1 }) {
  if (!v) return fallback;
  const hex = /^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(v) ? v : null;
  if (hex) {
    const n = (i) => parseInt(hex.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), alpha: hex.length === 8 ? n(6) / 255 : 1 };
  }
  return /^[a-z]+$/i.test(v) ? v.toLowerCase() : fallback; // a CSS colour name: sharp (via color) knows them
}

/** Pango span attributes for a colour. */
function pangoColour(c) {
  if (typeof c === "string") return `foreground="${c}"`;
  const hex = [c.r, c.g, c.b].map((n) => n.toString(16).padStart(2, "0")).join("");
  return `foreground="#${hex}" fgalpha="${Math.max(1, Math.round(c.alpha * 100))}%"`;
}
const escapeXml = (s) => s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]);

/** A raw RGBA image in memory: {data, info: {width, height, channels}}. */
async function toRaw(pipeline) {
  const { data, info } = await pipeline.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, info: { width: info.width, height: info.height, channels: info.channels } };
}

class Renderer {
  constructor(sharp, loadFile) {
    this.sharp = sharp;
    this.loadFile = loadFile;
    this.applied = [];
    this.ignored = [];
    this.format = null;
    this.quality = null;
  }

  open(img) { return this.sharp(img.data, { raw: img.info }); }

  async op(img, fn) { return toRaw(fn(this.open(img))); }

  /** Splits a step into plain entries and layers (l-… up to l-end). */
  static split(step) {
    const entries = [], layers = [];
    let layer = null;
    for (const e of step) {
      if (e.key === "l" && e.value === "end") { if (layer) layers.push(layer); layer = null; continue; }
      if (e.key === "l") { if (layer) layers.push(layer); layer = { type: e.value, raw: [e.raw], entries: [] }; continue; }
      if (layer) { layer.entries.push(e); layer.raw.push(e.raw); } else entries.push(e);
    }
    if (layer) layers.push(layer);
    return { entries, layers };
  }

  /** Applies one step's plain entries (not layers) to img; `note(true|false, raw)` records the outcome. */
  async step(img, entries, note) {
    const o = {};
    for (const e of entries) {
      if (e.key === "e") {
        const [name, arg] = [e.value.split("-")[0], e.value.split("-")[1]];
        (o.effects ??= []).push({ name, arg, raw: e.raw });
      } else o[e.key] = e;
    }
    const val = (k) => o[k]?.value;
    const ok = (k) => o[k] && note(true, o[k].raw);
    const bad = (k) => o[k] && note(false, o[k].raw);

    // size
    const W = img.info.width, H = img.info.height;
    const side = (k, full) => {
      const v = num(val(k));
      if (!(v > 0)) { bad(k); return undefined; }
      ok(k);
      return v < 1 ? full * v : v;
    };
    let w = o.w ? side("w", W) : undefined;
    let h = o.h ? side("h", H) : undefined;
    if (o.ar) {
      const m = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(val("ar"));
      if (m && (w === undefined) !== (h === undefined)) {
        ok("ar");
        if (w !== undefined) h = (w * Number(m[2])) / Number(m[1]);
        else w = (h * Number(m[1])) / Number(m[2]);
      } else bad("ar");
    }
    if (o.dpr) {
      const d = num(val("dpr"));
      if (d > 0 && d <= 5) { ok("dpr"); if (w) w *= d; if (h) h *= d; } else bad("dpr");
    }
    if (w !== undefined) w = clampSide(w);
    if (h !== undefined) h = clampSide(h);
    const bg = colour(val("bg"));
    if (o.bg) ok("bg");
    let position = "centre";
    if (o.fo) {
      const f = val("fo");
      if (GRAVITY[f]) { position = GRAVITY[f]; ok("fo"); } else if (f === "auto" || f === "face") { position = "attention"; ok("fo"); } else bad("fo");
    }
    if (w !== undefined || h !== undefined) {
      const cm = val("cm"), c = val("c");
      if (cm === "extract" || cm === "pad_extract") {
        ok("cm");
        const ew = Math.min(w ?? W, W), eh = Math.min(h ?? H, H);
        let left, top;
        if (o.x || o.y || o.xc || o.yc) {
          const px = o.xc ? num(val("xc")) - ew / 2 : num(val("x") ?? 0);
          const py = o.yc ? num(val("yc")) - eh / 2 : num(val("y") ?? 0);
          for (const k of ["x", "y", "xc", "yc"]) ok(k);
          left = px; top = py;
        } else {
          const g = GRAVITY_OFFSETS[position] ?? [0.5, 0.5];
          left = (W - ew) * g[0]; top = (H - eh) * g[1];
        }
        left = Math.max(0, Math.min(W - ew, Math.round(left || 0)));
        top = Math.max(0, Math.min(H - eh, Math.round(top || 0)));
        img = await this.op(img, (s) => s.extract({ left, top, width: ew, height: eh }));
        if (cm === "pad_extract" && ((w ?? ew) > ew || (h ?? eh) > eh)) {
          const padW = (w ?? ew) - ew, padH = (h ?? eh) - eh;
          img = await this.op(img, (s) => s.extend({ left: padW >> 1, right: padW - (padW >> 1), top: padH >> 1, bottom: padH - (padH >> 1), background: bg }));
        }
      } else {
        let fit = "cover", withoutEnlargement = false;
        if (cm === "pad_resize") { fit = "contain"; ok("cm"); } else if (o.cm) bad("cm");
        if (!o.cm || cm !== "pad_resize") {
          if (!c || c === "maintain_ratio") fit = "cover";
          else if (c === "force") fit = "fill";
          else if (c === "at_max") { fit = "inside"; withoutEnlargement = true; }
          else if (c === "at_max_enlarge") fit = "inside";
          else if (c === "at_least") fit = "outside";
          if (o.c) (["maintain_ratio", "force", "at_max", "at_max_enlarge", "at_least"].includes(c) ? ok : bad)("c");
        } else if (o.c) bad("c");
        img = await this.op(img, (s) => s.resize({ width: w, height: h, fit, position, background: bg, withoutEnlargement }));
      }
    } else {
      for (const k of ["c", "cm", "fo"]) if (o[k] && !(k === "fo")) bad(k);
    }
    for (const k of ["x", "y", "xc", "yc"]) if (o[k] && !(val("cm") || "").includes("extract")) bad(k);

    if (o.t) {
      const t = val("t");
      if (t === "true" || num(t) > 0) {
        ok("t");
        img = await this.op(img, (s) => s.trim(t === "true" ? {} : { threshold: num(t) }));
      } else if (t !== "false") bad("t");
    }
    if (o.rt) {
      const r = val("rt");
      if (r === "auto") { ok("rt"); } // the stored bytes carry no EXIF orientation here: nothing to do
      else if (Number.isFinite(num(r))) {
        ok("rt");
        const deg = ((num(r) % 360) + 360) % 360;
        if (deg) img = await this.op(img, (s) => s.rotate(deg, { background: o.bg ? bg : { r: 0, g: 0, b: 0, alpha: 0 } }));
      } else bad("rt");
    }
    if (o.fl) {
      const f = val("fl");
      if (["h", "v", "h_v", "v_h"].includes(f)) {
        ok("fl");
        img = await this.op(img, (s) => { if (f.includes("h")) s.flop(); if (f.includes("v")) s.flip(); return s; });
      } else bad("fl");
    }
    if (o.bl) {
      const b = num(val("bl"));
      if (b > 0 && b <= 100) { ok("bl"); img = await this.op(img, (s) => s.blur(Math.max(0.3, b / 2))); } else bad("bl");
    }
    for (const e of o.effects ?? []) {
      if (e.name === "grayscale") { note(true, e.raw); img = await this.op(img, (s) => s.grayscale()); }
      else if (e.name === "sharpen") {
        const n = e.arg === undefined ? 1 : num(e.arg);
        if (n > 0) { note(true, e.raw); img = await this.op(img, (s) => s.sharpen({ sigma: Math.min(10, 0.5 + n / 10) })); } else note(false, e.raw);
      } else if (e.name === "contrast") { note(true, e.raw); img = await this.op(img, (s) => s.normalise()); }
      else note(false, e.raw);
    }
    if (o.r) {
      const { width, height } = img.info;
      const r = val("r") === "max" ? Math.min(width, height) / 2 : num(val("r"));
      if (r > 0) {
        ok("r");
        const mask = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" rx="${r}" ry="${r}"/></svg>`);
        img = await this.op(img, (s) => s.composite([{ input: mask, blend: "dest-in" }]));
      } else bad("r");
    }
    if (o.f) {
      const f = val("f");
      if (FORMATS[f]) { ok("f"); this.format = FORMATS[f]; } else if (f === "auto" || f === "orig") { ok("f"); this.format = null; } else bad("f");
    }
    if (o.q) {
      const q = num(val("q"));
      if (q >= 1 && q <= 100) { ok("q"); this.quality = Math.round(q); } else bad("q");
    }
    const known = new Set(["w", "h", "ar", "dpr", "bg", "fo", "c", "cm", "x", "y", "xc", "yc", "t", "rt", "fl", "bl", "r", "f", "q", "e"]);
    for (const k of Object.keys(o)) if (k !== "effects" && !known.has(k)) bad(k);
    return img;
  }

  /** A layer → {overlay: raw RGBA image} or null (not rendered). */
  async layer(layer, note) {
    const entries = [], rest = {};
    for (const e of layer.entries) {
      if (["i", "ie", "lx", "ly", "lxc", "lyc", "lfo", "fs", "co", "pa", "tg", "ff", "lm"].includes(e.key)) rest[e.key] = e;
      else entries.push(e);
    }
    let input = rest.i?.value;
    if (rest.ie) {
      try { input = Buffer.from(rest.ie.value, "base64").toString("utf8"); } catch { input = undefined; }
    }
    if (input === undefined) return null;
    let img;
    const sub = (ok, raw) => note(ok, raw);
    if (layer.type === "text") {
      const fs = num(rest.fs?.value) > 0 ? Math.min(400, num(rest.fs.value)) : 14;
      const co = pangoColour(colour(rest.co?.value, "black"));
      const tg = rest.tg?.value ?? "";
      const bgE = entries.find((e) => e.key === "bg");
      const wE = entries.find((e) => e.key === "w");
      const pa = num(rest.pa?.value) >= 0 ? num(rest.pa.value) : 0;
      let markup = `<span ${co}>${escapeXml(input)}</span>`;
      if (tg.includes("b")) markup = `<b>${markup}</b>`;
      if (tg.includes("i")) markup = `<i>${markup}</i>`;
      const text = { text: markup, font: `DejaVu Sans ${fs}px`, rgba: true, dpi: 72 };
      if (wE && num(wE.value) > 0) text.width = clampSide(num(wE.value));
      img = await toRaw(this.sharp({ text }));
      if (pa || bgE) {
        const background = bgE ? colour(bgE.value) : { r: 0, g: 0, b: 0, alpha: 0 };
        const glyphs = await this.open(img).png().toBuffer();
        const create = { width: img.info.width + 2 * pa, height: img.info.height + 2 * pa, channels: 4, background };
        img = await toRaw(this.sharp({ create }).composite([{ input: glyphs, left: pa, top: pa }]));
      }
      for (const k of ["fs", "co", "tg", "pa"]) if (rest[k]) sub(true, rest[k].raw);
      for (const e of [bgE, wE]) if (e) sub(true, e.raw);
      for (const e of entries) if (e !== bgE && e !== wE) sub(false, e.raw);
    } else if (layer.type === "image") {
      if (input === "ik_canvas") {
        const bgE = entries.find((e) => e.key === "bg");
        const w = clampSide(num(entries.find((e) => e.key === "w")?.value) || 100);
        const h = clampSide(num(entries.find((e) => e.key === "h")?.value) || 100);
        img = await toRaw(this.sharp({ create: { width: w, height: h, channels: 4, background: colour(bgE?.value) } }));
        for (const e of entries) sub(["bg", "w", "h"].includes(e.key), e.raw);
      } else {
        const bytes = await this.loadFile(`/${input.replace(/^\/+|\/+$/g, "").replaceAll("@@", "/")}`);
        if (!bytes) return null;
        img = await toRaw(this.sharp(bytes));
        img = await this.step(img, entries, sub);
      }
    } else return null;
    if (rest.lm) sub(false, rest.lm.raw);
    if (rest.ff) sub(false, rest.ff.raw);
    return { img, position: rest };
  }

  async composite(base, layers, note) {
    for (const layer of layers) {
      let r = null;
      try { r = await this.layer(layer, note); } catch (e) { if (process.env.IK_RENDER_DEBUG) console.error(e); r = null; }
      if (!r) { note(false, layer.raw.join(",")); continue; }
      note(true, `l-${layer.type}`);
      for (const k of ["i", "ie", "lx", "ly", "lxc", "lyc", "lfo"]) if (r.position[k]) note(true, r.position[k].raw);
      const { img, position: p } = r;
      const W = base.info.width, H = base.info.height, w = img.info.width, h = img.info.height;
      let left = (W - w) / 2, top = (H - h) / 2;
      if (p.lfo && GRAVITY_OFFSETS[GRAVITY[p.lfo.value]]) {
        const g = GRAVITY_OFFSETS[GRAVITY[p.lfo.value]];
        left = (W - w) * g[0]; top = (H - h) * g[1];
      }
      const x = (e, full, size) => { const v = offset(e.value); return v < 0 ? full + v - size : v; };
      if (p.lx) left = x(p.lx, W, w);
      if (p.ly) top = x(p.ly, H, h);
      if (p.lxc) left = offset(p.lxc.value) - w / 2;
      if (p.lyc) top = offset(p.lyc.value) - h / 2;
      left = Math.round(left || 0); top = Math.round(top || 0);
      // Only the part inside the base image is drawn (sharp refuses overlays that stick out).
      const l0 = Math.max(0, left), t0 = Math.max(0, top);
      const cw = Math.min(W, left + w) - l0, ch = Math.min(H, top + h) - t0;
      if (cw <= 0 || ch <= 0) continue;
      const part = await this.op(img, (s) => s.extract({ left: l0 - left, top: t0 - top, width: cw, height: ch }));
      const input = await this.open(part).png().toBuffer();
      base = await this.op(base, (s) => s.composite([{ input, left: l0, top: t0 }]));
    }
    return base;
  }
}

const GRAVITY_OFFSETS = { centre: [0.5, 0.5], attention: [0.5, 0.5], north: [0.5, 0], south: [0.5, 1], west: [0, 0.5], east: [1, 0.5],
  northwest: [0, 0], northeast: [1, 0], southwest: [0, 1], southeast: [1, 1] };

/**
 * Renders `tr` (a transformation string) on `bytes`. Returns {raw, contentType, headers}; when nothing can be
 * rendered (no sharp, not an image sharp decodes), the bytes come back unchanged with the reason in the headers.
 * loadFile(filePath) → bytes or null, for image layers.
 */
export async function renderImage(bytes, mime, tr, { loadFile = async () => null } = {}) {
  const unchanged = (why) => ({ raw: bytes, contentType: mime, headers: { "x-ik-not-rendered": why } });
  const sharp = await loadSharp();
  if (!sharp) return unchanged("all (sharp is not installed)");
  if (!/^image\/(png|jpeg|webp|gif|avif|tiff)$/.test(mime)) return unchanged(`all (${mime} is not rendered)`);
  const r = new Renderer(sharp, loadFile);
  const applied = [], ignored = [];
  const note = (ok, raw) => (ok ? applied : ignored).push(raw);
  try {
    let img = await toRaw(sharp(bytes));
    for (const step of parseTransformation(tr)) {
      const { entries, layers } = Renderer.split(step);
      img = await r.step(img, entries, note);
      if (layers.length) img = await r.composite(img, layers, note);
    }
    const source = mime.split("/")[1];
    const format = r.format ?? (FORMATS[source] ? FORMATS[source] : "png");
    let out = r.open(img);
    if (format === "jpeg") out = out.flatten({ background: "#ffffff" });
    const q = r.quality ?? (format === "jpeg" || format === "webp" ? 80 : format === "avif" ? 50 : undefined);
    out = out.toFormat(format, q && format !== "png" && format !== "gif" ? { quality: q } : {});
    const raw = await out.toBuffer();
    const headers = { "x-ik-rendered": [...new Set(applied)].join(",") || "-" };
    if (ignored.length) headers["x-ik-not-rendered"] = [...new Set(ignored)].join(",");
    return { raw, contentType: MIME[format], headers };
  } catch (e) {
    return unchanged(`all (${String(e.message).split("\n")[0]})`);
  }
}
