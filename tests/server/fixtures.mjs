// Test fixtures: a real PNG encoder (zlib + crc32) and header-only JPEG/GIF/WebP builders.
import { deflateSync } from "node:zlib";

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(buf, crc = 0) {
  let c = ~crc >>> 0;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

function pngChunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/**
 * A valid 8-bit RGBA PNG.
 * rgba: [r,g,b,a] (solid colour, default opaque red), a function (x, y) => [r,g,b,a],
 * or a Uint8Array/Buffer of width*height*4 bytes.
 */
export function makePng(width, height, rgba = [255, 0, 0, 255]) {
  if (!(width > 0 && height > 0)) throw new RangeError("width and height must be positive");
  const stride = width * 4 + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    raw[y * stride] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      let px;
      if (typeof rgba === "function") px = rgba(x, y);
      else if (rgba.length === width * height * 4) px = rgba.subarray ? rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 4) : rgba.slice((y * width + x) * 4, (y * width + x) * 4 + 4);
      else px = rgba;
      const o = y * stride + 1 + x * 4;
      raw[o] = px[0]; raw[o + 1] = px[1]; raw[o + 2] = px[2]; raw[o + 3] = px[3] ?? 255;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", deflateSync(raw)),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Header-only JPEG (SOI, APP0 JFIF, SOF0, EOI): enough for dimension probing, not decodable. */
export function makeJpegHeader(width, height) {
  const app0 = Buffer.from([0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 1, 0, 72, 0, 72, 0, 0]);
  const sof = Buffer.from([0xff, 0xc0, 0, 17, 8, height >> 8, height & 255, width >> 8, width & 255, 3,
    1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, Buffer.from([0xff, 0xd9])]);
}

/** A valid GIF89a of one colour (LZW with a clear code every two pixels keeps codes 3 bits wide). */
export function makeGif(width, height) {
  const head = Buffer.alloc(13);
  head.write("GIF89a", 0, "latin1");
  head.writeUInt16LE(width, 6);
  head.writeUInt16LE(height, 8);
  head[10] = 0x80; // global colour table, 2 entries
  const palette = Buffer.from([0, 0, 0, 255, 255, 255]);
  const desc = Buffer.alloc(10);
  desc[0] = 0x2c;
  desc.writeUInt16LE(width, 5);
  desc.writeUInt16LE(height, 7);
  const codes = [];
  const n = width * height;
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) codes.push(4); // clear
    codes.push(1);
  }
  codes.push(5); // end of information
  const bytes = [];
  let acc = 0, bits = 0;
  for (const c of codes) {
    acc |= c << bits; bits += 3;
    while (bits >= 8) { bytes.push(acc & 255); acc >>= 8; bits -= 8; }
  }
  if (bits > 0) bytes.push(acc & 255);
  const blocks = [Buffer.from([2])];
  for (let i = 0; i < bytes.length; i += 255) {
    const part = bytes.slice(i, i + 255);
    blocks.push(Buffer.from([part.length, ...part]));
  }
  blocks.push(Buffer.from([0, 0x3b]));
  return Buffer.concat([head, palette, desc, ...blocks]);
}

/** Header-only WebP (RIFF + VP8X chunk): enough for dimension probing, not decodable. */
export function makeWebpHeader(width, height, alpha = false) {
  const b = Buffer.alloc(30);
  b.write("RIFF", 0, "latin1");
  b.writeUInt32LE(22, 4);
  b.write("WEBP", 8, "latin1");
  b.write("VP8X", 12, "latin1");
  b.writeUInt32LE(10, 16);
  b[20] = alpha ? 0x10 : 0;
  b.writeUIntLE(width - 1, 24, 3);
  b.writeUIntLE(height - 1, 27, 3);
  return b;
}
