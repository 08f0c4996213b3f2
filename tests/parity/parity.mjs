#!/usr/bin/env node
// Differential parity fuzzer (issue #14, SPEC §0): random inputs through each function and through the official SDK
// it mirrors; the answers must be the same, or differ only by SPEC §3.1's percent-encoding, or the mirror must have
// failed (thrown, returned garbage such as "undefined" in a URL). Mirrors: @imagekit/javascript 5.5.1 (buildSrc,
// buildTransformationString, getResponsiveImageAttributes), @imagekit/nodejs 7.11.0 (ik.buildSrc signed,
// getAuthenticationParameters, unwrapWebhook), the seed's Python imagekitio 4.2.0 (ik.url, one long-lived
// process), imagekit 6.0.0 (phashDistance, verifyWebhookEvent). Date.now() is fixed in both processes.
// usage: node tests/parity/parity.mjs [--inputs N] [--seed S] [--only NAME] [--case I] [--show K]
// prints one figures line per function and `parity: N passed, M failed` (N, M: functions).
import { createRequire } from "node:module";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { createHmac } from "node:crypto";
import * as ours from "../../pkg/node.mjs";
import * as js from "@imagekit/javascript";
import NodeSdk from "@imagekit/nodejs";
import * as g from "./gen.mjs";
import { decode, text, compareUrls, compareSigned, garbage, garbageUrl, garbageOverlay, endpointTwice, endpointRepeated, dotsEscape } from "./compare.mjs";
import { seedOptions } from "./seed.mjs";

const require = createRequire(import.meta.url);
const ImageKit6 = require("imagekit");
const argv = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : dflt;
};
const INPUTS = Number(arg("--inputs", 2000));
const SEED = Number(arg("--seed", 0x1d1ff)) >>> 0;
const ONLY = arg("--only", null);
const CASE = arg("--case", null);
const SHOW = Number(arg("--show", 3));

const NOW_MS = 1_700_000_000_123;
// Both Date.now() and `new Date()` (which @imagekit/nodejs reads for expiring signatures) give the fixed time.
const RealDate = Date;
globalThis.Date = class extends RealDate {
  constructor(...a) {
    super(...(a.length ? a : [NOW_MS]));
  }
  static now() {
    return NOW_MS;
  }
};
// @imagekit/javascript logs every URL it cannot parse; the harness counts those answers instead.
console.error = () => {};
const NOW_S = Math.floor(NOW_MS / 1000);
const KEY = "private_key_test";
const ENDPOINT = "https://ik.imagekit.io/demo";

const oursIk = (endpoint, position) =>
  new ours.ImageKit({ publicKey: "public_key_test", privateKey: KEY, urlEndpoint: endpoint, transformationPosition: position });
const nodeSdk = new NodeSdk({ privateKey: KEY, webhookSecret: "whsec_unused" });
// SPEC §3.2: where the two JS SDKs disagree (the transformation string, e.g. the order of a layer's position
// codes), ik.buildSrc follows @imagekit/javascript; the URL assembly and signing are @imagekit/nodejs's.
nodeSdk.helper.buildTransformationString = js.buildTransformationString;
const ik6 = new ImageKit6({ publicKey: "public_key_test", privateKey: KEY, urlEndpoint: ENDPOINT });

/** A deep copy that keeps what JSON would lose (functions, NaN, undefined): the mirrors may mutate their input. */
const clone = (v) =>
  Array.isArray(v) ? v.map(clone) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clone(x)])) : v;
const show = (v) =>
  JSON.stringify(v, (_, x) =>
    x === undefined ? "<undefined>"
    : typeof x === "function" ? "<function>"
    : typeof x === "bigint" ? `${x}n`
    : typeof x === "symbol" ? String(x)
    : typeof x === "number" && !Number.isFinite(x) ? String(x)
    : x);

/**
 * Whether `v` holds a value JSON.stringify cannot carry (NaN, ±Infinity: null; a function or symbol: dropped).
 * Options cross into wasm as JSON text (src/wasm/values.js), so the engine never sees these; the mirrors print
 * them as JS spells them (`w-NaN`, `w-Infinity`, a function's source), which means nothing to ImageKit. A
 * difference that only such a value explains is counted on its own ("lost-in-JSON"), not hidden among the
 * divergent. A BigInt is not among them: values.js sends it as the number it spells, as the mirrors print it.
 */
const unrepresentable = (v, d = 0) =>
  d < 12 &&
  ((typeof v === "number" && !Number.isFinite(v)) ||
    typeof v === "function" ||
    typeof v === "symbol" ||
    (v !== null && typeof v === "object" && Object.values(v).some((x) => unrepresentable(x, d + 1))));

/**
 * @imagekit/nodejs 7.11.0's signing step (client.helper.buildSrc, resources/helper.js: getSignatureTimestamp,
 * getSignature and the `?`/`&` choice), applied to a finished URL: the mirror's rule, not ours.
 */
function nodeSign(url, urlEndpoint, expiresIn) {
  const DEFAULT = 9999999999;
  const sec = !expiresIn || expiresIn <= 0 ? 0 : parseInt(String(expiresIn), 10);
  const expiry = sec ? Math.floor(Date.now() / 1000) + sec : DEFAULT;
  const endpoint = urlEndpoint.endsWith("/") ? urlEndpoint : urlEndpoint + "/";
  const signature = createHmac("sha1", KEY).update(url.replace(endpoint, "") + String(expiry)).digest("hex");
  const separator = new URL(url).searchParams.toString().length > 0 ? "&" : "?";
  return expiry !== DEFAULT ? `${url}${separator}ik-t=${expiry}&ik-s=${signature}` : `${url}${separator}ik-s=${signature}`;
}

/** Runs both sides; returns [class, detail]. `cmp(mirror, ours)` compares two successful answers. */
function judge(mirror, mine, cmp, isGarbage = garbageUrl, input = undefined, mustAlsoFail = false) {
  let m, mErr, o, oErr;
  try {
    m = mirror();
  } catch (e) {
    mErr = e;
  }
  try {
    o = mine();
  } catch (e) {
    oErr = e;
  }
  if (oErr && !(oErr instanceof ours.ImageKitError)) return ["divergent", `ours threw a foreign ${oErr?.name}: ${oErr?.message}`];
  // A webhook the mirror refuses (or a pHash it calls invalid) must be refused by us too: accepting a forged
  // signature is no "difference of encoding".
  if (mustAlsoFail && (mErr || m instanceof Error) && !oErr) return ["divergent", `mirror refused (${mErr?.message ?? m?.message}); ours accepted: ${show(o)}`];
  if (mErr || m instanceof Error || isGarbage(m) || garbageOverlay(Array.isArray(input) ? input : input?.transformation)) return ["mirrorFailed"];
  if (oErr && unrepresentable(input)) return ["jsonLost"];
  if (oErr) return ["divergent", `mirror: ${show(m)}\n      ours threw ${oErr.name}: ${oErr.message}`];
  const c = cmp(m, o);
  if (c === "divergent" && unrepresentable(input)) return ["jsonLost"];
  return c === "divergent" ? [c, `mirror: ${show(m)}\n      ours:   ${show(o)}`] : [c];
}

const responsiveCmp = (m, o) => {
  // A key whose value is undefined is no key to a caller (and to JSON).
  const keys = (x) => Object.keys(x).filter((k) => x[k] !== undefined).join();
  if (keys(m) !== keys(o) || m.sizes !== o.sizes || m.width !== o.width) return "divergent";
  const parts = (x) => (x.srcSet === undefined ? [] : x.srcSet.split(/, (?=https?:)/));
  const pairs = [[m.src, o.src], ...parts(m).map((p, i) => [p, parts(o)[i] ?? ""])];
  let worst = "identical";
  for (const [a, b] of pairs) {
    const c = compareUrls(a, b);
    if (c === "divergent") return c;
    if (c === "encoding") worst = c;
  }
  return worst;
};
// `src: ""` is @imagekit/javascript's answer for an endpoint it cannot parse (its srcSet is then " 32w, …").
const responsiveGarbage = (o) => (m) =>
  !m || !m.src || garbageUrl(m.src) || garbage(m.srcSet ?? "") || (endpointTwice(o.urlEndpoint) && !/^https?:/.test(o.src));

/** Each function: name → (rng, index) → [class, detail] (sync), or a batch runner for the Python mirror. */
const FUNCTIONS = {
  buildSrc(r) {
    const o = {
      src: g.src(r),
      urlEndpoint: g.endpoint(r),
      transformation: g.transformation(r),
      transformationPosition: g.position(r),
      queryParameters: g.queryParameters(r),
    };
    const g2 = (m) => garbageUrl(m) || (endpointTwice(o.urlEndpoint) && !/^https?:/.test(o.src));
    return [o, judge(() => js.buildSrc(clone(o)), () => ours.buildSrc(clone(o)), compareUrls, g2, o)];
  },
  buildTransformationString(r) {
    // Now and then not an array at all: @imagekit/javascript answers "" for anything but an array.
    const t = r.chance(0.01) ? r.pick([{}, { width: 1 }, "w-1", 5, true]) : g.transformation(r);
    return [t, judge(() => js.buildTransformationString(clone(t)), () => ours.buildTransformationString(clone(t)), (a, b) => (a === b ? "identical" : "divergent"), (m) => typeof m !== "string" || garbage(m), t)];
  },
  getResponsiveImageAttributes(r) {
    const o = { src: g.src(r), urlEndpoint: g.endpoint(r), transformation: g.transformation(r) };
    if (r.chance(0.3)) o.width = r.pick([100, 500, 640, 3000, 0, -1, "300", 1.5]);
    if (r.chance(0.3)) o.sizes = r.pick(["100vw", "(min-width: 800px) 33vw, 100vw", "50vw 5vw", "auto", "", "calc(100vw - 2rem)"]);
    if (r.chance(0.2)) o.deviceBreakpoints = r.pick([[640, 1080], [], [100], [400, 200, 400], [3840, 1.5]]);
    if (r.chance(0.2)) o.imageBreakpoints = r.pick([[16, 32], [], [50, 150]]);
    if (r.chance(0.2)) o.transformationPosition = g.position(r);
    if (r.chance(0.2)) o.queryParameters = g.queryParameters(r);
    return [o, judge(() => js.getResponsiveImageAttributes(clone(o)), () => ours.getResponsiveImageAttributes(clone(o)), responsiveCmp, responsiveGarbage(o), o)];
  },
  "ik.buildSrc"(r) {
    const endpoint = g.endpoint(r);
    const o = {
      src: g.src(r),
      urlEndpoint: endpoint,
      transformation: g.transformation(r),
      transformationPosition: g.position(r),
      queryParameters: g.queryParameters(r),
    };
    const k = r.int(10);
    if (k < 6) o.signed = true;
    else if (k < 7) o.signed = false;
    if (r.chance(0.5)) o.expiresIn = r.pick([100, 3600, 0, -5, 1.5, 0.5, 86400]);
    const ik = oursIk(ENDPOINT);
    // @imagekit/nodejs has no client endpoint: without one in the options it answers "" for a relative src, where
    // ik.buildSrc uses the client's (README). Its answer is then no answer.
    const signs = o.signed === true || (o.expiresIn && o.expiresIn > 0);
    const noEndpoint = (m) =>
      garbageUrl(m) ||
      (m === "" && !o.urlEndpoint) ||
      (endpointTwice(o.urlEndpoint) && !/^https?:/.test(o.src)) ||
      // Signing with an endpoint that is not a URL: the mirror signs the whole URL, which the CDN cannot verify.
      (signs && !/^https?:\/\/[^/]/i.test(text(o.urlEndpoint)));
    // SPEC §3.2: the URL is @imagekit/javascript's (the two JS SDKs disagree, e.g. on `?` in a relative src, which
    // @imagekit/nodejs encodes as part of the file name); signing is @imagekit/nodejs's, applied to that URL.
    const mirror = () => {
      const { signed, expiresIn, ...unsigned } = clone(o);
      const url = js.buildSrc(unsigned);
      if (!url || !(signed === true || (expiresIn && expiresIn > 0))) return url;
      return nodeSign(url, o.urlEndpoint, expiresIn);
    };
    return [o, judge(mirror, () => ik.buildSrc(clone(o)), (m, x) => compareSigned(m, x, KEY, endpoint), noEndpoint, o)];
  },
  "ik.getAuthenticationParameters"(r) {
    const token = r.pick([undefined, undefined, null, "", "tok", "your_token", "é✓ tok", "a".repeat(300)]);
    const expire = r.pick([undefined, undefined, null, 0, 1582269249, NOW_S + 100, String(NOW_S + 100), "1700000100", 1.5, -1]);
    const ik = oursIk(ENDPOINT);
    const input = { token, expire };
    const cmp = (m, o) => {
      if (m.expire !== o.expire) return "divergent";
      if (token) return m.token === o.token && m.signature === o.signature ? "identical" : "divergent";
      // A random token on both sides: ours must be a v4 UUID and signed as the mirror signs.
      const sig = createHmac("sha1", KEY).update(o.token + o.expire).digest("hex");
      return /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(o.token) && sig === o.signature ? "identical" : "divergent";
    };
    // An expiry that is negative or fractional is refused by the upload API whatever its signature: no answer.
    const unusable = () => typeof expire === "number" && (expire < 0 || !Number.isInteger(expire));
    return [input, judge(() => nodeSdk.helper.getAuthenticationParameters(token, expire), () => ik.getAuthenticationParameters(token, expire), cmp, unusable)];
  },
  phashDistance(r) {
    const hex = (n) => Array.from({ length: n }, () => "0123456789abcdefABCDEF"[r.int(22)]).join("");
    const len = r.pick([16, 16, 16, 8, 1, 0]);
    const a = r.chance(0.9) ? hex(len) : r.pick(["", "xyz", "12 34", null, undefined, "0x12", "ffff"]);
    const b = r.chance(0.85) ? hex(r.chance(0.9) ? len : len + 1) : r.pick(["", "g", "ffff", "FFFF"]);
    return [{ a, b }, judge(() => ik6.pHashDistance(a, b), () => ours.phashDistance(a, b), (m, o) => (m === o ? "identical" : "divergent"), (m) => typeof m !== "number", undefined, true)];
  },
  verifyWebhookEvent(r) {
    const secret = r.pick(["whsec_test", "s", "é✓"]);
    const body = r.pick(['{"type":"video.transformation.accepted","id":"1"}', '{"a":[1,2,{"b":null}]}', "[]", "not json", '{"x":"é"}', ""]);
    const t = r.pick([NOW_MS, 1656921250765, 0, 5]);
    let v1 = createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
    if (r.chance(0.2)) v1 = v1.slice(0, -1) + (v1.endsWith("0") ? "1" : "0");
    const header = r.pick([`t=${t},v1=${v1}`, `v1=${v1},t=${t}`, `t=${t}`, `v1=${v1}`, `t=abc,v1=${v1}`, `t=${t},v1=${v1},v2=x`, `t=-1,v1=${v1}`]);
    const input = { body, header, secret };
    const cmp = (m, o) => (JSON.stringify(m) === JSON.stringify(o) ? "identical" : "divergent");
    return [input, judge(() => ik6.verifyWebhookEvent(body, header, secret), () => ours.verifyWebhookEvent(body, header, secret), cmp, () => false, undefined, true)];
  },
  unwrapWebhook(r) {
    const keyStr = r.pick(["whsec_test", "secret key", "é✓"]);
    const body = r.pick(['{"type":"upload.pre-transform.success","id":"1"}', '{"a":[1,{"b":null}]}', "[]", "not json", '{"x":"é"}']);
    const ts = Math.floor(NOW_MS / 1000) + r.pick([0, 0, 10, -299, 301, -301, 1000]);
    const id = r.pick(["msg_1", "msg_2abc"]);
    const sig = createHmac("sha256", Buffer.from(keyStr, "utf8")).update(`${id}.${ts}.${body}`).digest("base64");
    const headers = { "webhook-id": id, "webhook-timestamp": String(ts), "webhook-signature": r.pick([`v1,${sig}`, `v1,${sig} v1,other`, `v2,${sig}`, "v1,AAAA", `v1,${sig.slice(1)}`]) };
    if (r.chance(0.1)) delete headers["webhook-id"];
    if (r.chance(0.05)) headers["webhook-timestamp"] = "abc";
    const input = { body, headers, keyStr };
    const cmp = (m, o) => (JSON.stringify(m) === JSON.stringify(o) ? "identical" : "divergent");
    return [input, judge(() => nodeSdk.webhooks.unwrap(body, { headers: { ...headers }, key: keyStr }), () => ours.unwrapWebhook(body, { ...headers }, keyStr), cmp, () => false, undefined, true)];
  },
};

/**
 * The seed's `urlparse` reads the first `?` or `#` of the whole URL as the query or fragment, also one inside a
 * path-position transformation (`tr:w-a?b/file.jpg`): the file name then ends up in the query. Such an answer
 * does not name the file asked for.
 */
function fileLost(m, o) {
  if (typeof o.path !== "string" || !o.path.replace(/^\/+|\/+$/g, "")) return false;
  const file = o.path.split("?")[0].replace(/\/+$/, "").split("/").pop();
  if (!file) return false;
  const path = decode(m.split(/[?#]/)[0]);
  const tail = (f) => "/" + f;
  return !path.endsWith(tail(decode(file).replace(/[\t\n\r]/g, "").replace(/#/g, "%23"))) && !path.endsWith(tail(decode(file)));
}

/**
 * Whether a path's `..` segments climb above its own start: in the seed's URL they then remove the transformation
 * segment or the endpoint's path once a client resolves them (or stop at the host's root, where nothing was).
 */
function climbsAbove(path) {
  let depth = 0;
  for (const seg of path.replace(/^\/+/, "").split("/")) {
    if (/^(\.|%2e){2}$/i.test(seg)) {
      if (--depth < 0) return true;
    } else if (!/^(\.|%2e)$/i.test(seg)) depth++;
  }
  return false;
}

/** ik.url: inputs, then the Python mirror answers in batches over one process. */
async function runUrl(count, record) {
  const py = spawn(process.env.PYTHON ?? "python3", [new URL("./oracle.py", import.meta.url).pathname], { stdio: ["pipe", "pipe", "inherit"] });
  const lines = createInterface({ input: py.stdout })[Symbol.asyncIterator]();
  const BATCH = 500;
  for (let start = 0; start < count; start += BATCH) {
    const cases = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) {
      if (CASE !== null && i !== Number(CASE)) continue;
      const r = g.rng(SEED ^ (i * 2654435761) ^ 0x0ddba11);
      // The client's endpoint is a string (the constructor is no URL function); the options' may be anything.
      const endpoint = r.chance(0.9) ? r.pick(["https://ik.imagekit.io/demo", "https://ik.imagekit.io/demo/", "https://ik.imagekit.io/demo/sub/", "https://ik.imagekit.io"]) : r.pick(g.ENDPOINTS.filter((e) => /^https?:\/\/[^ ]+$/.test(e)));
      const clientPosition = r.pick(["path", "query"]);
      const o = {};
      if (r.chance(0.85)) o.path = g.src(r);
      if (!o.path || r.chance(0.2)) o.src = g.src(r);
      if (r.chance(0.2)) o.urlEndpoint = g.endpoint(r);
      o.transformation = g.transformation(r, 0);
      if (r.chance(0.4)) o.transformationPosition = g.position(r);
      o.queryParameters = g.queryParameters(r);
      const k = r.int(10);
      if (k < 4) o.signed = true;
      else if (k < 5) o.signed = r.pick([false, 1, "yes", 0]);
      if (r.chance(0.35)) o[r.pick(["expireSeconds", "expiresIn"])] = r.pick([100, 3600, 0, -5, 1.5, 0.5]);
      const seed = seedOptions(o);
      cases.push({ i, o, endpoint, clientPosition, seed });
    }
    const asked = cases.filter((c) => c.seed.options !== null);
    for (const c of asked) py.stdin.write(JSON.stringify({ options: c.seed.options, privateKey: KEY, urlEndpoint: c.endpoint, position: c.clientPosition, now: NOW_S }) + "\n");
    for (const c of asked) c.answer = JSON.parse((await lines.next()).value);
    for (const c of cases) {
      const mirror = () => {
        if (c.seed.options === null) throw new Error(`seed cannot express it: ${c.seed.why}`);
        if (c.answer.err) throw new Error(c.answer.err);
        return c.answer.ok;
      };
      const endpoint = c.o.urlEndpoint ?? c.endpoint;
      const cmp = (m, x) => (c.o.signed && (m.includes("ik-s=") || x.includes("ik-s=")) ? compareSigned(m, x, KEY, endpoint) : compareUrls(m, x));
      const prefix = text(endpoint).replace(/\/+$/, "") + "/";
      const seedGarbage = (m) =>
        garbageUrl(m) ||
        (c.o.signed && (endpointRepeated(m, endpoint) || !/^https?:\/\/[^/]/i.test(text(endpoint)))) ||
        dotsEscape(m, prefix) ||
        fileLost(m, c.o) ||
        (typeof c.o.path === "string" && climbsAbove(c.o.path.split("?")[0]));
      record(c.i, { ...c.o, client: { urlEndpoint: c.endpoint, transformationPosition: c.clientPosition } }, judge(mirror, () => oursIk(c.endpoint, c.clientPosition).url(clone(c.o)), cmp, seedGarbage, c.o));
    }
  }
  py.stdin.end();
}

const figures = [];
let passed = 0;
let failed = 0;
for (const name of [...Object.keys(FUNCTIONS).slice(0, 4), "ik.url", ...Object.keys(FUNCTIONS).slice(4)]) {
  if (ONLY && name !== ONLY) continue;
  const tally = { tried: 0, identical: 0, encoding: 0, mirrorFailed: 0, jsonLost: 0, divergent: 0 };
  const shown = [];
  const record = (i, input, [cls, detail]) => {
    tally.tried++;
    tally[cls]++;
    if (cls === "divergent" && shown.length < SHOW) shown.push(`  #${i} ${show(input)}\n      ${detail}`);
  };
  if (name === "ik.url") await runUrl(INPUTS, record);
  else
    for (let i = 0; i < INPUTS; i++) {
      if (CASE !== null && i !== Number(CASE)) continue;
      const r = g.rng(SEED ^ (i * 2654435761) ^ name.length * 0x9e3779b9);
      const [input, verdict] = FUNCTIONS[name](r, i);
      record(i, input, verdict);
    }
  const line = `${name}: tried ${tally.tried}, identical ${tally.identical}, encoding-only ${tally.encoding}, mirror-failed ${tally.mirrorFailed}, lost-in-JSON ${tally.jsonLost}, divergent ${tally.divergent}`;
  figures.push(line);
  console.log(line);
  for (const s of shown) console.log(s);
  if (tally.divergent === 0) passed++;
  else failed++;
}
console.log(`parity: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
