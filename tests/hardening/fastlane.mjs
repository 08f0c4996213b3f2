#!/usr/bin/env node
// The one-crossing lane (pkg/fast.js + src/wasm/fast.rs) against the checked wasm-bindgen exports it stands in for
// (`make test-js`, after `make package`). For the shared conformance cases and thousands of generated options —
// valid and invalid, unicode, huge — every call must give exactly what the checked export gives (the same text or
// object, or the same error class and message), and the lane must have answered every call that succeeds (so it
// is really the path taken) and declined every call that throws. Also: results stay right after wasm memory grows.
// usage: node tests/hardening/fastlane.mjs [--random N] [--seed S]     prints `fastlane: N passed, M failed`
import { readFileSync } from "node:fs";
import * as fast from "../../pkg/node.mjs";

// The oracle: a second copy of the glue over its own wasm instance, which fast.js never touched, so its exports and
// methods are the checked wasm-bindgen ones (same errors.js, so the same error classes).
const checked = await import(new URL("../../pkg/imagekit_wasm.js?oracle", import.meta.url).href);
checked.initSync({ module: readFileSync(new URL("../../pkg/imagekit_wasm_bg.wasm", import.meta.url)) });

const argv = process.argv.slice(2);
const flag = (name, dflt) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : dflt);
const RANDOM = flag("--random", 6000);
let seed = flag("--seed", 0xfa57) >>> 0;
const rand = () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const { ImageKit } = fast;
let passed = 0;
let failed = 0;
const fail = (what) => {
  failed++;
  if (failed <= 20) console.log(`FAIL ${what}`);
};

// Count what the lane answers: every lane entry point is looked up on the class at call time.
const lane = { yes: 0, no: 0 };
const spy = (owner, name) => {
  const f = owner[name];
  owner[name] = function (...args) {
    const r = f.apply(this, args);
    if (r === true || (typeof r === "number" && r >= 0)) lane.yes++;
    else lane.no++;
    return r;
  };
};
for (const n of ["__buildSrc", "__transformation", "__responsive", "__phash"]) spy(ImageKit, n);
for (const n of ["__url", "__signedBuildSrc", "__auth"]) spy(ImageKit.prototype, n);

const outcome = (f) => {
  try {
    const value = f();
    return { ok: true, text: typeof value === "string" ? value : JSON.stringify(value) };
  } catch (e) {
    return { ok: false, text: `${e && e.constructor && e.constructor.name}: ${e && e.message}` };
  }
};

/** Runs one call both ways at a fixed clock and compares. The lane must answer exactly the calls that succeed,
 * except where `laneTakes` is false (arguments it leaves to the checked path, e.g. an `expire` given as a string). */
function compare(label, fastCall, checkedCall, nowMs = 1_700_000_000_000, laneTakes = true) {
  const realNow = Date.now;
  Date.now = () => nowMs;
  const before = lane.yes;
  let a, b;
  try {
    a = outcome(fastCall);
    b = outcome(checkedCall);
  } finally {
    Date.now = realNow;
  }
  const answered = lane.yes > before;
  if (a.ok !== b.ok || a.text !== b.text) return fail(`${label}: lane ${JSON.stringify(a)} vs checked ${JSON.stringify(b)}`);
  if (laneTakes ? a.ok !== answered : answered) return fail(`${label}: ${a.ok ? "succeeded without" : "failed although answered by"} the lane: ${a.text}`);
  passed++;
}

/** A client of each copy, built from the same options. */
const clientOf = (opts) => {
  const o = { dangerouslyAllowBrowser: true, ...opts };
  return { fast: new ImageKit(o), checked: new checked.ImageKit(o) };
};
const call = (name, args, client) => {
  switch (name) {
    case "buildSrc":
      return [() => fast.buildSrc(...args), () => checked.buildSrc(...args)];
    case "buildTransformationString":
      return [() => fast.buildTransformationString(...args), () => checked.buildTransformationString(...args)];
    case "getResponsiveImageAttributes":
      return [() => fast.getResponsiveImageAttributes(...args), () => checked.getResponsiveImageAttributes(...args)];
    case "phashDistance":
      return [() => fast.phashDistance(...args), () => checked.phashDistance(...args)];
    default: {
      const method = name.slice(3);
      return [() => client.fast[method](...args), () => client.checked[method](...args)];
    }
  }
};

// 1. The shared conformance cases of the lane's calls.
const cases = JSON.parse(readFileSync(new URL("../../../shared/conformance/cases.json", import.meta.url)));
const LANE_CALLS = ["buildSrc", "buildTransformationString", "getResponsiveImageAttributes", "phashDistance", "ik.url", "ik.buildSrc"];
for (const c of cases.filter((c) => LANE_CALLS.includes(c.call))) {
  const client = c.client ? clientOf(c.client) : clientOf({ privateKey: "private_key_test" });
  compare(c.name, ...call(c.call, c.args, client), c.nowMs ?? undefined);
}

// 2. Generated options, valid and not.
const KEYS = readFileSync(new URL("../../../shared/transformations.tsv", import.meta.url), "utf8")
  .split("\n").slice(1).map((l) => l.split("\t")[0]).filter((k) => k && k !== "overlay");
const STRINGS = ["", "a", "300", "ar-4-3,q-40", "é ü 日本", "a b+c%20?#&=", "😀", "\u0000\t\n", "\ud800", "x".repeat(300)];
const value = () => pick([() => Math.floor(rand() * 1000), () => rand() * 10 - 5, () => pick(STRINGS), () => rand() < 0.5, () => null,
  () => [1, "a"], () => ({ nested: 1 }), () => NaN])();
const step = () => {
  const s = {};
  for (let i = Math.floor(rand() * 4); i >= 0; i--) s[pick(KEYS)] = value();
  if (rand() < 0.1) s.overlay = { type: pick(["text", "image", "video", "solidColor", "bogus"]), text: pick(STRINGS), input: pick(STRINGS), color: "FF0000" };
  if (rand() < 0.05) s[pick(["widht", "Width"])] = 1;
  return s;
};
const SRCS = ["/default-image.jpg", "a.jpg", "https://ik.imagekit.io/demo/a b.jpg?x=1#f", "http://x.io/é.png", "", "//evil", "ftp://x/y", "/p?q=1&r", "/dir/../x.png"];
const ENDPOINTS = ["https://ik.imagekit.io/demo", "https://ik.imagekit.io/demo/", "HTTP://Ex.COM:80/a/", "not a url", "", undefined];
const options = () => {
  const o = {};
  if (rand() < 0.9) o.src = pick(SRCS) + (rand() < 0.3 ? pick(STRINGS) : "");
  if (rand() < 0.9) o.urlEndpoint = pick(ENDPOINTS);
  if (rand() < 0.8) o.transformation = Array.from({ length: Math.floor(rand() * 3) }, step);
  if (rand() < 0.4) o.transformationPosition = pick(["path", "query", "side"]);
  if (rand() < 0.3) o.queryParameters = { v: pick(STRINGS), n: Math.floor(rand() * 9) };
  if (rand() < 0.2) o.signed = rand() < 0.8;
  if (rand() < 0.2) o.expiresIn = pick([300, 0, -5, 1.5, "300"]);
  if (rand() < 0.05) o.bogusOption = 1;
  return o;
};
const signer = clientOf({ privateKey: "private_key_test", urlEndpoint: "https://ik.imagekit.io/demo" });
const keyless = clientOf({ urlEndpoint: "https://ik.imagekit.io/demo" });
for (let i = 0; i < RANDOM; i++) {
  const o = options();
  const kind = i % 6;
  if (kind === 0) compare(`buildSrc #${i}`, ...call("buildSrc", [o]));
  else if (kind === 1) compare(`ik.buildSrc #${i}`, ...call("ik.buildSrc", [o], rand() < 0.8 ? signer : keyless));
  else if (kind === 2) {
    const u = { ...o, path: rand() < 0.7 ? o.src : undefined };
    delete u.expiresIn;
    if (rand() < 0.3) u.expireSeconds = pick([60, 0, 1e9]);
    compare(`ik.url #${i}`, ...call("ik.url", [u], rand() < 0.8 ? signer : keyless));
  } else if (kind === 3) compare(`buildTransformationString #${i}`, ...call("buildTransformationString", [o.transformation ?? pick([null, undefined, {}, "w-1", [1]])]));
  else if (kind === 4) {
    const r = { src: o.src, urlEndpoint: o.urlEndpoint, width: pick([100, 640, undefined, -1, "x"]), sizes: pick([undefined, "50vw", "(max-width: 600px) 100vw, 50vw"]), transformation: o.transformation };
    compare(`getResponsiveImageAttributes #${i}`, ...call("getResponsiveImageAttributes", [r]));
  } else {
    const hex = () => Array.from({ length: pick([16, 16, 8, 0]) }, () => pick([..."0123456789abcdefABCDEFxyz"])).join("");
    compare(`phashDistance #${i}`, ...call("phashDistance", [pick([hex(), hex(), 42, undefined]), hex()]));
  }
}

// 3. Authentication parameters: given token/expire exactly as the checked method; defaults well-formed and signed.
for (const [token, expire] of [["your_token", 1582269249], ["t", 1], ["é日本😀", 2e9], ["", 1700000100], [undefined, 1700000100],
  [null, undefined], ["t", -5], ["t", 1.5], ["t", NaN], [42, 1], ["t", "1700000000"], ["x".repeat(10000), 1700000000]]) {
  const given = token !== undefined && token !== null && token !== "";
  if (given) {
    const args = [token, expire];
    compare(`auth ${String(token).slice(0, 12)} ${expire}`, ...call("ik.getAuthenticationParameters", args, signer), undefined, typeof expire !== "string");
  }
  else {
    const realNow = Date.now;
    Date.now = () => 1_700_000_000_000;
    const before = lane.yes;
    const q = outcome(() => signer.fast.getAuthenticationParameters(token, expire));
    Date.now = realNow;
    const p = JSON.parse(q.text ?? "{}");
    const want = expire === undefined ? 1700001800 : expire;
    const again = q.ok ? signer.checked.getAuthenticationParameters(p.token, p.expire) : {};
    if (q.ok && lane.yes > before && /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(p.token) && p.expire === want && again.signature === p.signature) passed++;
    else fail(`auth default token ${q.text}`);
  }
}
compare("auth without a private key", ...call("ik.getAuthenticationParameters", ["t", 1], keyless));

// 4. Memory growth: a huge input grows wasm memory (detaching every view); calls before and after stay exact.
const big = { src: `/${"é".repeat(4 << 20)}.jpg`, urlEndpoint: "https://ik.imagekit.io/demo" };
compare("before growth", ...call("buildSrc", [{ src: "/a.jpg", urlEndpoint: "https://ik.imagekit.io/demo" }]));
compare("huge src (grows memory)", ...call("buildSrc", [big]));
compare("after growth", ...call("buildSrc", [{ src: "/a.jpg", urlEndpoint: "https://ik.imagekit.io/demo", transformation: [{ width: 1 }] }]));
compare("phash after growth", ...call("phashDistance", ["2d5ad3936d2e015b", "2d6ed293db36a4fb"]));

if (lane.yes < passed / 2) fail(`the lane answered only ${lane.yes} of ${passed} calls`);
console.log(`fastlane: lane answered ${lane.yes} calls and declined ${lane.no}`);
console.log(`fastlane: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
