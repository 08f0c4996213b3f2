// Input generators for the differential parity fuzzer (tests/parity/parity.mjs). Everything is drawn from one
// seeded PRNG, so a failure is replayed with `--seed S --only NAME --case I`. Keys come from the in-repo copy of the
// key table (src/url/table_fixture.tsv), in both spellings, plus keys no table knows.
import { readFileSync } from "node:fs";

const TABLE = readFileSync(new URL("../../src/url/table_fixture.tsv", import.meta.url), "utf8")
  .split("\n")
  .slice(1)
  .filter((l) => l.trim())
  .map((l) => {
    const [key, code, rule] = l.split("\t");
    return { key, code, rule: rule.split(/[.:]/)[0] };
  });
export const KEYS = TABLE.map((r) => r.key);
export const ROWS = new Map(TABLE.map((r) => [r.key, r]));

const camel = (k) => k.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
const snake = (k) => k.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase());
/** Keys as callers spell them: the table's own, their other spelling, and keys no table has. */
const SPELLED = [...new Set([...KEYS, ...KEYS.map(camel), ...KEYS.map(snake)])];
const UNKNOWN_KEYS = ["fake", "foo_bar", "Width", "HEIGHT", "x-y", "custom1", "e-edge", "zz"];

/** xorshift32: small, fast, reproducible. */
export function rng(seed) {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  const chance = (p) => next() < p;
  // Half the inputs use only values every mirror prints as text (numbers, strings, booleans, "-"), so that most
  // comparisons test an answer and not a mirror's garbage.
  return { next, int, pick, chance, clean: next() < 0.5 };
}

const TEXTS = [
  "a", "Hello World", "héllo wörld", "Let's use ©, ®, ™, etc", "a b", "50%", "100%25", "%zz", "a/b", "/a/b/",
  "a?b", "a#b", "a,b", "a:b", "a&b=c", "x+y", "✓", "日本", "😀", " ", "  pad  ", "-", "true", "false", "0",
  "300", "ar-4-3,q-40", "a\tb", "a\nb", "'quote'", '"dq"', "<tag>", "`tick`", "{br}", "a|b^c", "[sq]", "a\\b",
  "e-sharpen", "l-end", "..", ".", "%2e", "~x", "a;b", "a@b", "$5", "!*()",
];
const NUMBERS = [0, -0, 1, 2, 5, 10, 90, 100, 300, 400, 640, 1080, -5, -1, 0.5, -0.25, 1.5, 3.14159, 1e21, 1e-7, 2 ** 31, 123456789];

/** A value of some JS type, as a caller might pass it. */
export function value(r, depth = 0) {
  const k = r.clean ? r.int(76) : r.int(100);
  if (k < 28) return r.pick(NUMBERS);
  if (k < 60) return r.pick(TEXTS);
  if (k < 66) return "-";
  if (k < 72) return true;
  if (k < 76) return false;
  if (k < 79) return "";
  if (k < 81) return null;
  if (k < 83) return undefined;
  if (k < 88 && depth < 2) return Array.from({ length: r.int(4) }, () => value(r, depth + 1));
  if (k < 90 && depth < 2) return { a: 1 };
  if (k < 92) return NaN;
  if (k < 93) return Infinity;
  if (k < 94) return function f() {};
  if (k < 95) return BigInt(r.pick([0, 5, 300]));
  if (k < 96) return Symbol("s");
  return r.pick(NUMBERS).toString();
}

const TYPES = ["text", "image", "video", "subtitle", "solidColor", "gif", "", 5, "TEXT"];
const OVERLAY_KEYS = ["text", "input", "color", "encoding", "layerMode", "position", "timing", "transformation"];

/** An overlay object: known and unknown keys, right and wrong types. */
export function overlay(r, depth) {
  const o = {};
  const type = r.pick(TYPES);
  if (r.chance(0.95)) o.type = type;
  const input = r.chance(0.5) ? r.pick(["/logo/a.png", "a.png", "my logo.png", "/dir/a,b.png", "v/clip.mp4", "sub.srt"]) : value(r);
  if (type === "text" || r.chance(0.15)) o.text = r.chance(0.7) ? r.pick(TEXTS) : value(r);
  if (["image", "video", "subtitle"].includes(type) || r.chance(0.15)) o.input = input;
  if (type === "solidColor" || r.chance(0.1)) o.color = r.pick(["FF0000", "red", "00ff0080", value(r)]);
  if (r.chance(0.3)) o.encoding = r.pick(["auto", "plain", "base64", "hex", "", 1]);
  if (r.chance(0.2)) o.layerMode = r.pick(["displace", "multiply", "cutout", value(r)]);
  if (r.chance(0.4)) {
    const p = {};
    for (const key of ["x", "y", "xCenter", "yCenter", "focus", "anchorPoint", "left", "top"]) if (r.chance(0.3)) p[key] = value(r);
    o.position = r.chance(0.9) ? p : value(r);
  }
  if (r.chance(0.25)) {
    const t = {};
    for (const key of ["start", "end", "duration", "fps"]) if (r.chance(0.4)) t[key] = value(r);
    o.timing = t;
  }
  if (r.chance(0.25) && depth < 2) o.transformation = transformation(r, depth + 1);
  if (r.chance(0.2)) o[r.pick(["txt", "fontSize", "radius", "unknownKey", "x"])] = value(r);
  // Shuffle: the JS SDK reads named keys, so their order must not matter.
  if (r.chance(0.3)) return Object.fromEntries(Object.entries(o).sort(() => r.next() - 0.5));
  return o;
}

/** One transformation step. `keys` limits the key choice (the seed's `url()` speaks its own table). */
export function step(r, depth = 0, keys = SPELLED) {
  const s = {};
  const n = 1 + r.int(4);
  for (let i = 0; i < n; i++) {
    const k = r.int(100);
    if (k < 8 && depth < 2) s.overlay = overlay(r, depth);
    else if (k < 12) s.raw = r.pick(["ar-4-3,q-40", "", "l-text,i-Hi,l-end", "w-100", value(r)]);
    else if (k < 20) s[r.pick(UNKNOWN_KEYS)] = value(r);
    else s[r.pick(keys)] = value(r);
  }
  return s;
}

/** A transformation array (sometimes not an array, or with odd items). */
export function transformation(r, depth = 0, keys = SPELLED) {
  const k = r.int(100);
  if (k < 4) return undefined;
  if (k < 6) return [];
  const steps = Array.from({ length: 1 + r.int(3) }, () => step(r, depth, keys));
  if (r.chance(0.03)) steps.push(null);
  if (r.chance(0.03)) steps.push({});
  return steps;
}

export const ENDPOINTS = [
  "https://ik.imagekit.io/demo", "https://ik.imagekit.io/demo/", "https://ik.imagekit.io/demo/sub/path/",
  "https://ik.imagekit.io", "https://ik.imagekit.io/", "http://localhost:3000/x", "https://IK.ImageKit.io/Demo",
  "https://cdn.example.com:8443/base//", "https://ik.imagekit.io/a b", "not a url", "",
];
const RELATIVE = [
  "a.jpg", "/a.jpg", "/folder/a b.jpg", "folder/sub/x.png", "a.jpg?x=1", "/a.jpg?x=1&y=2", "a.jpg#frag",
  "dir/", "//double//slash.jpg", "a%20b.jpg", "é/ü.jpg", "a,b:c.jpg", "x?tr=w-1", "a.jpg?", "/a.jpg?q=a+b&r=%2F",
  "../a.jpg", "a/../b.jpg", "a/./b.jpg", "%2e%2e/x.jpg", "sub/%2E/x.jpg", "a\\b.jpg", "  a.jpg  ", "a.jpg?x=1#f",
];
const ABSOLUTE = [
  "https://ik.imagekit.io/demo/a.jpg", "https://ik.imagekit.io/demo/a.jpg?x=1", "https://ik.imagekit.io/demo/a.jpg#f",
  "https://ik.imagekit.io/demo/dir/", "https://ik.imagekit.io/demo/a b.jpg?q=a b", "http://other.com:8080/x/y.png",
  "https://other.com/y?z=1&z=2#f", "https://ik.imagekit.io/demo/sub/path/a.jpg", "https://ik.imagekit.io/demo/a/../b.jpg",
  "https://ik.imagekit.io/demo/%2e%2e/x.jpg", "https://ik.imagekit.io", "https://ik.imagekit.io/demo/é.jpg",
  "https://user:pw@host.com/p", "https://ik.imagekit.io/demo/a.jpg?tr=w-1",
];

export function endpoint(r) {
  return r.chance(0.93) ? r.pick(ENDPOINTS) : value(r);
}
export function src(r) {
  const k = r.int(100);
  if (k < 55) return r.pick(RELATIVE);
  if (k < 90) return r.pick(ABSOLUTE);
  if (k < 95) return "";
  return value(r);
}
export function queryParameters(r) {
  const k = r.int(100);
  if (k < 60) return undefined;
  if (k < 65) return {};
  const q = {};
  for (let i = 0, n = 1 + r.int(3); i < n; i++) {
    q[r.pick(["v", "a b", "x", "ik-attachment", "é", "q&r", "tr", "p1"])] = r.chance(0.8) ? r.pick([1, "2", "a b", true, "x&y=z", "é", 0, "", "%41"]) : value(r);
  }
  return q;
}
export function position(r) {
  return r.pick([undefined, undefined, "path", "query", "query", "bogus"]);
}
