// Image header parsing (PNG, JPEG, GIF, WebP) and MIME / file-type guessing.
import { createHash } from "node:crypto";
import { phashPng } from "./phash.mjs";

const EXT_MIME = {
  png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", gif: "image/gif", webp: "image/webp",
  svg: "image/svg+xml", avif: "image/avif", bmp: "image/bmp", ico: "image/x-icon", tif: "image/tiff",
  tiff: "image/tiff", heic: "image/heic", txt: "text/plain", json: "application/json", pdf: "application/pdf",
  css: "text/css", js: "application/javascript", html: "text/html", mp4: "video/mp4", webm: "video/webm",
  mov: "video/quicktime", mp3: "audio/mpeg", zip: "application/zip", csv: "text/csv", xml: "application/xml",
};
const IMAGE_EXT = new Set(["png", "jpg", "jpeg", "gif", "webp", "svg", "avif", "bmp", "ico", "tif", "tiff", "heic"]);
const FORMAT_MIME = { png: "image/png", jpg: "image/jpeg", gif: "image/gif", webp: "image/webp" };

function extOf(name) {
  const m = /\.([A-Za-z0-9]+)$/.exec(name || "");
  return m ? m[1].toLowerCase() : "";
}

function probePng(b) {
  if (b.length < 33 || b.readUInt32BE(0) !== 0x89504e47 || b.readUInt32BE(4) !== 0x0d0a1a0a) return null;
  const colorType = b[25];
  let hasAlpha = colorType === 4 || colorType === 6;
  let hasColorProfile = false, density = 72;
  for (let p = 8; p + 8 <= b.length;) {
    const len = b.readUInt32BE(p);
    const type = b.toString("latin1", p + 4, p + 8);
    if (type === "tRNS") hasAlpha = true;
    if (type === "iCCP") hasColorProfile = true;
    if (type === "pHYs" && p + 17 <= b.length && b[p + 16] === 1) density = Math.round(b.readUInt32BE(p + 8) * 0.0254);
    if (type === "IDAT" || type === "IEND") break;
    p += 12 + len;
  }
  return { format: "png", width: b.readUInt32BE(16), height: b.readUInt32BE(20), hasAlpha, hasColorProfile, density };
}

const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function probeJpeg(b) {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  let p = 2, hasColorProfile = false, density = 72;
  while (p + 4 <= b.length) {
    if (b[p] !== 0xff) { p++; continue; }
    const marker = b[p + 1];
    if (marker === 0xff) { p++; continue; }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { p += 2; continue; }
    if (marker === 0xd9 || marker === 0xda) break;
    const len = b.readUInt16BE(p + 2);
    if (marker === 0xe0 && b.toString("latin1", p + 4, p + 8) === "JFIF" && p + 16 <= b.length) {
      const unit = b[p + 11], xd = b.readUInt16BE(p + 12);
      if (unit === 1) density = xd; else if (unit === 2) density = Math.round(xd * 2.54);
    }
    if (marker === 0xe2 && b.toString("latin1", p + 4, p + 15) === "ICC_PROFILE") hasColorProfile = true;
    if (SOF.has(marker) && p + 9 <= b.length) {
      return { format: "jpg", height: b.readUInt16BE(p + 5), width: b.readUInt16BE(p + 7), hasAlpha: false, hasColorProfile, density };
    }
    p += 2 + len;
  }
  return null;
}

function probeGif(b) {
  if (b.length < 10) return null;
  const sig = b.toString("latin1", 0, 6);
  if (sig !== "GIF87a" && sig !== "GIF89a") return null;
  let hasAlpha = false;
  for (let i = 13; i + 3 < b.length; i++) {
    if (b[i] === 0x21 && b[i + 1] === 0xf9 && b[i + 2] === 4) { hasAlpha = (b[i + 3] & 1) === 1; if (hasAlpha) break; }
  }
  return { format: "gif", width: b.readUInt16LE(6), height: b.readUInt16LE(8), hasAlpha, hasColorProfile: false, density: 72 };
}

function probeWebp(b) {
  if (b.length < 30 || b.toString("latin1", 0, 4) !== "RIFF" || b.toString("latin1", 8, 12) !== "WEBP") return null;
  const chunk = b.toString("latin1", 12, 16);
  const base = { format: "webp", hasColorProfile: false, density: 72 };
  if (chunk === "VP8 " && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) {
    return { ...base, width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff, hasAlpha: false };
  }
  if (chunk === "VP8L" && b[20] === 0x2f) {
    const bits = b.readUInt32LE(21);
    return { ...base, width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1, hasAlpha: ((bits >>> 28) & 1) === 1 };
  }
  if (chunk === "VP8X") {
    return { ...base, width: b.readUIntLE(24, 3) + 1, height: b.readUIntLE(27, 3) + 1, hasAlpha: (b[20] & 0x10) !== 0, hasColorProfile: (b[20] & 0x20) !== 0 };
  }
  return null;
}

/** Probe bytes; returns {format, width, height, hasAlpha, hasColorProfile, density} or null. */
export function probeImage(buf) {
  try {
    return probePng(buf) ?? probeJpeg(buf) ?? probeGif(buf) ?? probeWebp(buf);
  } catch {
    return null;
  }
}

/** Everything the store needs about freshly uploaded bytes. */
export function describeFile(bytes, fileName) {
  const info = probeImage(bytes);
  const ext = extOf(fileName);
  const mime = info ? FORMAT_MIME[info.format] : EXT_MIME[ext] ?? "application/octet-stream";
  const fileType = info || IMAGE_EXT.has(ext) ? "image" : "non-image";
  return {
    mime, fileType, size: bytes.length, info,
    width: info?.width, height: info?.height, hasAlpha: info?.hasAlpha ?? false,
  };
}

/** Deterministic 16-hex pHash: a real DCT pHash for decodable PNGs, otherwise a content hash. */
export function pHashOf(bytes) {
  let h = null;
  try { h = phashPng(bytes); } catch { h = null; }
  return h ?? createHash("sha1").update(bytes).digest("hex").slice(0, 16);
}

/** The body of GET /v1/files/{id}/metadata for the given bytes (null when not an image). */
export function imageMetadata(bytes) {
  const info = probeImage(bytes);
  if (!info) return null;
  return {
    height: info.height, width: info.width, size: bytes.length, format: info.format,
    hasColorProfile: info.hasColorProfile, quality: 0, density: info.density,
    hasTransparency: info.hasAlpha, exif: {}, pHash: pHashOf(bytes),
  };
}
