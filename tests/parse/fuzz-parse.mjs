#!/usr/bin/env node
// Round-trip fuzzer for parseUrl / transformUrl / verifyUrl over the built package (`make fuzz-parse`: 100 000
// cases; `make test`: 2 000). Each case builds a random URL with our own builders — both positions, overlays
// nested in overlays, awkward characters, query parameters, absolute and relative `src`, signed and not — and
// checks:
//   - buildSrc(parseUrl(u)) === u                                  (the round trip the issue promises)
//   - for a signed u: ik.verifyUrl(u).valid, ik.transformUrl(u) === u (signed again to itself), and a random
//     one-character change of u is rejected by verifyUrl
//   - parseUrl of a random string returns, or throws a ValidationError — never anything else, never a trap
// usage: node tests/parse/fuzz-parse.mjs [--cases N] [--seed S]     prints `fuzz-parse: N passed, M failed`
import * as api from "../../pkg/node.mjs";
// The browser's build (run through tests/hardening/size-build.mjs) loads the URL reader on demand (README "Size").
await api.loadUrlReader();

const { ImageKit, ValidationError, buildSrc, parseUrl } = api;
const argv = process.argv.slice(2);
const flag = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const CASES = flag("--cases", 2000);
const SEED = flag("--seed", 0x9a75e) >>> 0;
let seed = SEED;

/** xorshift32: the same cases for the same seed. */
function rnd() {
  seed ^= seed << 13;
  seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed / 0x100000000;
}
const pick = (list) => list[Math.floor(rnd() * list.length)];
const upTo = (n) => Math.floor(rnd() * (n + 1));

let passed = 0;
let failed = 0;
const shown = new Map();
function check(kind, ok, detail) {
  if (ok) {
    passed++;
    return;
  }
  failed++;
  const n = shown.get(kind) ?? 0;
  if (n < 3) console.log(`FAIL ${kind}: ${detail()}`);
  shown.set(kind, n + 1);
}

const ENDPOINTS = ["https://ik.imagekit.io/demo", "https://ik.imagekit.io/demo/", "https://img.example.com",
  "https://img.example.com/shop/v2", "HTTP://E.io:8080/a/b c/", "https://bücher.de/é"];
const CHARS = "abcXYZ019 -_./?#%&+=:;,'\"<>`{}|^[]\\é✓~!@$()*";
const word = () => Array.from({ length: upTo(8) }, () => (rnd() < 0.7 ? pick("abcdefxyz0123456789") : pick([...CHARS]))).join("");
const KEYS = ["width", "height", "quality", "aspectRatio", "crop", "cropMode", "focus", "format", "rotation", "radius",
  "background", "border", "blur", "grayscale", "sharpen", "shadow", "gradient", "unsharpMask", "contrastStretch",
  "aiRemoveBackground", "aiDropShadow", "aiChangeBackground", "trim", "defaultImage", "fontFamily", "streamingResolutions",
  "progressive", "lossless", "named", "x", "y", "xCenter", "opacity", "dpr", "raw", "effect_sharpen", "overlay_image",
  "aspect_ratio", "Width", "fake_key"];
function value() {
  switch (upTo(7)) {
    case 0: return upTo(2000);
    case 1: return rnd() < 0.5;
    case 2: return -upTo(50) / 4;
    case 3: return "-";
    case 4: return [upTo(720), String(upTo(99))];
    default: return rnd() < 0.6 ? pick(["auto", "FF0000", "4-3", "at_max", "N20", "top_left", "0050", "true"]) : word();
  }
}
function overlay(depth) {
  const type = pick(["text", "image", "video", "subtitle", "solidColor"]);
  const o = { type };
  const source = type === "text" ? "text" : type === "solidColor" ? "color" : "input";
  o[source] = rnd() < 0.5 ? pick(["Hello World", "/logo/nykaa.png", "Let's use ©, ®, ™", "FF0000", "a,b.png"]) : word();
  if (rnd() < 0.3) o.encoding = pick(["auto", "plain", "base64"]);
  if (rnd() < 0.3) o.layerMode = pick(["multiply", "displace", 0]);
  if (rnd() < 0.4) o.position = { x: pick([10, "N20", 0, word()]), focus: pick(["center", undefined]) };
  if (rnd() < 0.3) o.timing = { start: pick([2.5, "10"]), duration: 5 };
  if (rnd() < 0.4) o.transformation = steps(depth + 1);
  return o;
}
function steps(depth = 0) {
  return Array.from({ length: upTo(3) }, () => {
    const step = {};
    for (let i = upTo(4); i > 0; i--) {
      if (depth < 3 && rnd() < 0.15) step.overlay = overlay(depth);
      else step[rnd() < 0.9 ? pick(KEYS) : word()] = value();
    }
    return step;
  });
}
function options() {
  const o = { urlEndpoint: pick(ENDPOINTS), transformation: steps() };
  o.src = rnd() < 0.2 ? `https://ik.imagekit.io/demo/${word()}` : `${rnd() < 0.5 ? "/" : ""}${word()}/${word() || "a"}.jpg`;
  if (rnd() < 0.3) o.src += `?${pick(["v=1", "a=b%20c", "flag", "x=1&y=2"])}`;
  if (rnd() < 0.1) o.src += `#${word()}`;
  if (rnd() < 0.6) o.transformationPosition = pick(["path", "query"]);
  if (rnd() < 0.4) o.queryParameters = { v: upTo(9), [word() || "k"]: word() };
  return o;
}

const ik = new ImageKit({ privateKey: "private_key_test", urlEndpoint: "https://ik.imagekit.io/demo" });
const REF = "https://ik.imagekit.io/demo/tr:w-300,e-sharpen-10,l-text,i-Hi,l-end/a.jpg?v=1";
const healthy = () => {
  try {
    return buildSrc(parseUrl(REF)) === REF && parseUrl(REF).transformation[0].sharpen === 10;
  } catch {
    return false;
  }
};
const endpointOf = (o) => (/^https?:\/\/[^\s/]+/i.test(o.urlEndpoint) ? o.urlEndpoint : undefined);

for (let i = 0; i < CASES; i++) {
  const o = options();
  const where = () => `case ${i} (seed ${SEED}) ${JSON.stringify(o)}`;
  let u;
  try {
    u = buildSrc(o);
  } catch {
    continue; // an input buildSrc refuses is not this fuzzer's business
  }
  if (u) {
    let again;
    try {
      again = buildSrc(parseUrl(u, { urlEndpoint: endpointOf(o) }));
    } catch (e) {
      again = `threw ${e.name}: ${e.message}`;
    }
    check("round trip", again === u, () => `${u}\n   → ${again}\n   ${where()}`);
  }
  // Signed: verify, sign again to itself, reject a one-character change.
  if (!o.src.startsWith("http") && rnd() < 0.5) {
    let s;
    try {
      s = ik.buildSrc({ ...o, ...(rnd() < 0.5 ? { expiresIn: 1 + upTo(10000) } : { signed: true }) });
    } catch {
      s = undefined;
    }
    if (s && s.includes("ik-s=") && !s.includes("#")) {
      const opts = { urlEndpoint: endpointOf(o) };
      check("verify", ik.verifyUrl(s, opts).valid === true, () => `${s} ${JSON.stringify(ik.verifyUrl(s, opts))} ${where()}`);
      let again;
      try {
        again = ik.transformUrl(s, undefined, opts);
      } catch (e) {
        again = `threw ${e.name}: ${e.message}`;
      }
      check("signed again", again === s, () => `${s}\n   → ${again}\n   ${where()}`);
      const at = upTo(s.length - 1);
      const c = pick([..."aA09/?&=-:,%.z"]);
      const changed = s.slice(0, at) + (s[at] === c ? "b" : c) + s.slice(at + 1);
      check("one-character change rejected", ik.verifyUrl(changed, opts).valid === false, () => `${changed} ${where()}`);
    }
  }
  // Any string: parseUrl returns or throws a ValidationError.
  const junk = rnd() < 0.5 ? word() + word() : `https://ik.imagekit.io/${word()}/tr:${word()}/${word()}?tr=${word()}&ik-s=${word()}`;
  try {
    parseUrl(junk, rnd() < 0.2 ? { urlEndpoint: junk } : undefined);
    passed++;
  } catch (e) {
    check("parseUrl throws only ValidationError", e instanceof ValidationError, () => `${JSON.stringify(junk)}: ${e?.name} ${e?.message}`);
  }
  if (i % 500 === 0) check("known answers", healthy(), () => `after case ${i}`);
}
check("known answers at the end", healthy(), () => "end");
console.log(`fuzz-parse: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
