// A real perceptual hash (32x32 grey, DCT, 8x8 low frequencies vs median) for PNGs we can decode.
import { inflateSync } from "node:zlib";

const CHANNELS = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Decode a non-interlaced 8/16-bit PNG to a Float64Array of grey values, or null. */
export function decodePngGrey(b) {
  if (b.length < 33 || b.readUInt32BE(0) !== 0x89504e47) return null;
  const width = b.readUInt32BE(16), height = b.readUInt32BE(20);
  const depth = b[24], ct = b[25], interlace = b[28];
  if (interlace !== 0 || !(depth === 8 || depth === 16) || !(ct in CHANNELS)) return null;
  if (width * height > 25_000_000) return null;
  const idat = [];
  let palette = null;
  for (let p = 8; p + 8 <= b.length;) {
    const len = b.readUInt32BE(p);
    const type = b.toString("latin1", p + 4, p + 8);
    if (type === "IDAT") idat.push(b.subarray(p + 8, p + 8 + len));
    if (type === "PLTE") palette = b.subarray(p + 8, p + 8 + len);
    if (type === "IEND") break;
    p += 12 + len;
  }
  if (ct === 3 && !palette) return null;
  const data = inflateSync(Buffer.concat(idat));
  const bpp = CHANNELS[ct] * (depth / 8);
  const stride = width * bpp;
  if (data.length < (stride + 1) * height) return null;
  const grey = new Float64Array(width * height);
  let prev = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const f = data[y * (stride + 1)];
    const line = Buffer.from(data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? line[i - bpp] : 0, up = prev[i], c = i >= bpp ? prev[i - bpp] : 0;
      let add = 0;
      if (f === 1) add = a;
      else if (f === 2) add = up;
      else if (f === 3) add = (a + up) >> 1;
      else if (f === 4) {
        const pa = Math.abs(up - c), pb = Math.abs(a - c), pc = Math.abs(a + up - 2 * c);
        add = pa <= pb && pa <= pc ? a : pb <= pc ? up : c;
      }
      line[i] = (line[i] + add) & 255;
    }
    const step = depth / 8;
    for (let x = 0; x < width; x++) {
      const o = x * bpp;
      let r, g, bl;
      if (ct === 0 || ct === 4) r = g = bl = line[o];
      else if (ct === 3) { const k = line[o] * 3; r = palette[k]; g = palette[k + 1]; bl = palette[k + 2]; }
      else { r = line[o]; g = line[o + step]; bl = line[o + 2 * step]; }
      grey[y * width + x] = 0.299 * r + 0.587 * g + 0.114 * bl;
    }
    prev = line;
  }
  return { width, height, grey };
}

function resize32(width, height, grey) {
  const out = new Float64Array(32 * 32);
  for (let ty = 0; ty < 32; ty++) {
    const y0 = Math.floor((ty * height) / 32), y1 = Math.max(y0 + 1, Math.floor(((ty + 1) * height) / 32));
    for (let tx = 0; tx < 32; tx++) {
      const x0 = Math.floor((tx * width) / 32), x1 = Math.max(x0 + 1, Math.floor(((tx + 1) * width) / 32));
      let sum = 0, n = 0;
      for (let y = y0; y < Math.min(y1, height); y++) for (let x = x0; x < Math.min(x1, width); x++) { sum += grey[y * width + x]; n++; }
      out[ty * 32 + tx] = n ? sum / n : 0;
    }
  }
  return out;
}

const COS = (() => {
  const c = [];
  for (let u = 0; u < 9; u++) for (let x = 0; x < 32; x++) c.push(Math.cos(((2 * x + 1) * u * Math.PI) / 64));
  return c;
})();

export function phashPng(bytes) {
  const img = decodePngGrey(bytes);
  if (!img) return null;
  const f = resize32(img.width, img.height, img.grey);
  const tmp = new Float64Array(9 * 32); // tmp[u][y] = sum_x C[u][x] f[y][x]
  for (let u = 0; u < 9; u++) for (let y = 0; y < 32; y++) {
    let s = 0;
    for (let x = 0; x < 32; x++) s += COS[u * 32 + x] * f[y * 32 + x];
    tmp[u * 32 + y] = s;
  }
  const coeffs = [];
  for (let v = 1; v < 9; v++) for (let u = 1; u < 9; u++) {
    let s = 0;
    for (let y = 0; y < 32; y++) s += COS[v * 32 + y] * tmp[u * 32 + y];
    coeffs.push(s);
  }
  const sorted = [...coeffs].sort((a, b) => a - b);
  const median = (sorted[31] + sorted[32]) / 2;
  let hex = "";
  for (let i = 0; i < 64; i += 4) {
    let nib = 0;
    for (let j = 0; j < 4; j++) nib = (nib << 1) | (coeffs[i + j] > median ? 1 : 0);
    hex += nib.toString(16);
  }
  return hex;
}
