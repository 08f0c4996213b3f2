#!/usr/bin/env node
// The one-crossing lane (pkg/lane.js + src/wasm/lane.rs) against the checked wasm-bindgen exports it stands in for
// (`make test-js`, after `make package`). For the shared conformance cases and thousands of generated options —
// valid and invalid, unicode, huge — every call must give exactly what the checked export gives (the same text or
// object, or the same error class and message), and the lane must have answered every call that succeeds (so it
// is really the path taken) and declined every call that throws. Also: results stay right after wasm memory grows.
// usage: node tests/hardening/fastlane.mjs [--random N] [--seed S]     prints `fastlane: N passed, M failed`
import { readFileSync } from "node:fs";
// The ES module graph of the package (the `import` entry), in which pkg/lane.js is the very module instance the
// entry uses: node.mjs re-exports the CommonJS bundle, whose copy of lane.js this suite could not reach.
import * as fast from "../../pkg/default.js";
import * as laneModule from "../../pkg/lane.js";
import { selected } from "../checks.mjs";

// The oracle: a second copy of the glue over its own wasm instance, which lane.js never touched, so its exports and
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

// Count what the lane answers: every lane entry point is looked up on the class at call time, on the object that
// holds it (the glue's class, also when the entry exports lane.js's subclass of it).
const lane = { yes: 0, no: 0 };
const spy = (start, name) => {
  let owner = start;
  while (!Object.hasOwn(owner, name)) owner = Object.getPrototypeOf(owner);
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
 * except where `laneTakes` is false (arguments it leaves to the checked path, e.g. an `expire` given as a string)
 * or null (a call that may be answered from `buildTransformationString`'s memo, without the lane). The memo is
 * emptied first otherwise, so that the lane is the path taken. */
function compare(label, fastCall, checkedCall, nowMs = 1_700_000_000_000, laneTakes = true) {
  if (!selected(label)) return;
  if (laneTakes !== null) laneModule.forgetTransformations();
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
  if (laneTakes !== null && (laneTakes ? a.ok !== answered : answered)) return fail(`${label}: ${a.ok ? "succeeded without" : "failed although answered by"} the lane: ${a.text}`);
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
const cases = JSON.parse(readFileSync(new URL("../fixtures/conformance/cases.json", import.meta.url)));
const LANE_CALLS = ["buildSrc", "buildTransformationString", "getResponsiveImageAttributes", "phashDistance", "ik.url", "ik.buildSrc"];
for (const c of cases.filter((c) => LANE_CALLS.includes(c.call))) {
  const client = c.client ? clientOf(c.client) : clientOf({ privateKey: "private_key_test" });
  compare(c.name, ...call(c.call, c.args, client), c.nowMs ?? undefined);
}

// 2. Generated options, valid and not.
const KEYS = readFileSync(new URL("../../src/url/table_fixture.tsv", import.meta.url), "utf8")
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
  if (kind === 0) {
    compare(`buildSrc #${i}`, ...call("buildSrc", [o]));
    // The same transformation under another source: its string may now come from the lane's memo (url/tr_memo.rs).
    compare(`buildSrc #${i} again`, ...call("buildSrc", [{ ...o, src: pick(SRCS) }]));
  }
  else if (kind === 1) compare(`ik.buildSrc #${i}`, ...call("ik.buildSrc", [o], rand() < 0.8 ? signer : keyless));
  else if (kind === 2) {
    const u = { ...o, path: rand() < 0.7 ? o.src : undefined };
    delete u.expiresIn;
    if (rand() < 0.3) u.expireSeconds = pick([60, 0, 1e9]);
    compare(`ik.url #${i}`, ...call("ik.url", [u], rand() < 0.8 ? signer : keyless));
  } else if (kind === 3) {
    const steps = [o.transformation ?? pick([null, undefined, {}, "w-1", [1]])];
    compare(`buildTransformationString #${i}`, ...call("buildTransformationString", steps));
    // Once more, from the memo where the first call left its result: the same answer.
    compare(`buildTransformationString #${i} again`, ...call("buildTransformationString", steps), undefined, null);
  }
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
// SPEC §4's defaults, the same through the lane and the checked method (src/upload_auth.rs decides them once): a
// falsy expiry (0, NaN, "") is now + 1800; an expiry given as decimal digits is signed and returned as that string.
for (const [expire, want, viaLane] of [[0, 1700001800, true], [NaN, 1700001800, true], ["", 1700001800, false],
  ["1582269249", "1582269249", false], ["01582269249", "01582269249", false]]) {
  for (const [side, client] of [["lane", signer.fast], ["checked", signer.checked]]) {
    const realNow = Date.now;
    Date.now = () => 1_700_000_000_000;
    const before = lane.yes;
    const r = outcome(() => client.getAuthenticationParameters("your_token", expire));
    Date.now = realNow;
    const p = r.ok ? JSON.parse(r.text) : {};
    const signature = want === "1582269249" ? "e71bcd6031016b060d349d212e23e85c791decdd" : p.signature;
    const again = r.ok && typeof want === "number" ? signer.checked.getAuthenticationParameters("your_token", want).signature : signature;
    const laneOk = side === "checked" || (lane.yes > before) === viaLane;
    if (r.ok && p.expire === want && p.token === "your_token" && p.signature === signature && again === p.signature && laneOk) passed++;
    else fail(`auth expire ${JSON.stringify(expire)} (${side}): ${r.text}`);
  }
}

// 4. The lane's bound (1 MiB of UTF-8) and its area. Within it the lane answers, also for a text of more than 1 MiB / 3
//    UTF-16 units that is not ASCII (the area is sized by the encoded length, not 3 × the length); past it the lane
//    declines and the checked path answers the same. Memory grows for the big inputs (detaching every view) and the
//    calls before and after stay exact; repeated big calls do not keep growing it (the area is released after each).
const EP = "https://ik.imagekit.io/demo";
const MiB = 1 << 20;
const wrapped = (n) => `{"src":"/${"x".repeat(n)}.jpg","urlEndpoint":"${EP}"}`.length; // JSON length of src("x" × n)
const srcOf = (n, ch = "x") => ({ src: `/${ch.repeat(n)}.jpg`, urlEndpoint: EP });
const atBound = MiB - (wrapped(0));
compare("before growth", ...call("buildSrc", [{ src: "/a.jpg", urlEndpoint: EP }]));
compare("ASCII options of exactly 1 MiB: the lane", ...call("buildSrc", [srcOf(atBound)]));
compare("ASCII options of 1 MiB + 1: the checked path", ...call("buildSrc", [srcOf(atBound + 1)]), undefined, false);
compare("non-ASCII: 400 000 units, 1.2 MB at 3 bytes a unit but 1.0 MB encoded: the lane", ...call("buildSrc", [srcOf(200_000, "é日")]));
compare("non-ASCII past 1 MiB encoded: the checked path", ...call("buildSrc", [srcOf(4 << 20, "é")]), undefined, false);
compare("pHash of exactly 1 MiB (two halves): the lane", ...call("phashDistance", ["0".repeat(MiB / 2), "f".repeat(MiB / 2)]));
compare("pHash of 1 MiB + 1: the checked path", ...call("phashDistance", ["0".repeat(MiB / 2), "f".repeat(MiB / 2 + 1)]), undefined, false);
compare("token of 2 MiB: the checked path", ...call("ik.getAuthenticationParameters", ["t".repeat(2 * MiB), 1700000000], signer), undefined, false);
compare("after growth", ...call("buildSrc", [{ src: "/a.jpg", urlEndpoint: EP, transformation: [{ width: 1 }] }]));
compare("phash after growth", ...call("phashDistance", ["2d5ad3936d2e015b", "2d6ed293db36a4fb"]));
{
  const memory = ImageKit.__memory();
  const before = memory.buffer.byteLength;
  for (let i = 0; i < 40; i++) {
    const n = atBound - (i % 7) * 1000;
    if (fast.buildSrc(srcOf(n)).length !== n + EP.length + 5) fail(`big call ${i}: wrong length`);
    fast.phashDistance("0".repeat(MiB / 2 - i), "1".repeat(MiB / 2 - i));
  }
  const grown = memory.buffer.byteLength - before;
  if (grown > 8 * MiB) fail(`40 calls of ~1 MiB grew wasm memory by ${grown} bytes`);
  else passed++;
}
// Past the input bound of the package (MAX_INPUT_LENGTH characters), a ValidationError naming it, before any copy.
{
  const past = "a".repeat(laneModule.MAX_INPUT_LENGTH + 1);
  for (const [label, f] of [["buildSrc", () => fast.buildSrc({ src: past, urlEndpoint: EP })], ["phashDistance", () => fast.phashDistance(past, "a")],
    ["ik.url", () => signer.fast.url({ path: past })], ["ik.getAuthenticationParameters", () => signer.fast.getAuthenticationParameters(past, 1700000000)]]) {
    const r = outcome(f);
    if (!r.ok && r.text.startsWith("ValidationError: ") && r.text.includes(`past the bound of ${laneModule.MAX_INPUT_LENGTH} characters`)) passed++;
    else fail(`${label} past the input bound: ${r.text.slice(0, 200)}`);
  }
}

if (lane.yes < passed / 2) fail(`the lane answered only ${lane.yes} of ${passed} calls`);
console.log(`fastlane: lane answered ${lane.yes} calls and declined ${lane.no}`);
console.log(`fastlane: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
