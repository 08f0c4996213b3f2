#!/usr/bin/env node
// The speed build and the size build give the same answers (SPEC §8). The package's Node entry is loaded twice,
// once over each wasm (wasm-build.mjs: two module graphs, the same JS), and every call goes to both: the shared
// conformance cases and thousands of generated inputs — URLs plain, signed and seed-style, transformation strings,
// responsive attributes, pHash, authentication parameters, webhooks — valid and not. Each pair of answers must be
// the same text, or the same error class and message. Also: each entry of pkg/ names the wasm meant for it.
// usage: [ONLY=regex] node tests/hardening/builds.mjs [--random N] [--seed S]   prints `builds: N passed, M failed`
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { selected } from "../checks.mjs";
import { packageDir, packageFile } from "./wasm-build.mjs";

const argv = process.argv.slice(2);
const flag = (name, dflt) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : dflt);
const RANDOM = flag("--random", 5000);
let seed = flag("--seed", 0xb01d) >>> 0;
const rand = () => ((seed = (Math.imul(seed ^ (seed >>> 13), 0x5bd1e995) + 0x9e3779b9) >>> 0) / 2 ** 32);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const upTo = (n) => Math.floor(rand() * (n + 1));

const speed = await import(packageFile("node.mjs", "speed"));
const size = await import(packageFile("node.mjs", "size"));
// The size build holds the URL reader in its media module, loaded on demand (README "Size"); the speed build's
// resolves at once.
await Promise.all([speed.loadUrlReader(), size.loadUrlReader()]);
let passed = 0, failed = 0, succeeded = 0;
const fail = (what) => {
  failed++;
  if (failed <= 20) console.log(`FAIL ${what}`);
};

/** What a call gave, as text: its value (JSON) or its error's class and message. */
function answer(f) {
  try {
    const v = f();
    return `= ${typeof v === "string" ? v : JSON.stringify(v)}`;
  } catch (e) {
    return `! ${e?.constructor?.name}: ${e?.message}`;
  }
}

/** `run(pkg)` on both builds at one fixed clock; both must give the same answer. */
function both(label, run, nowMs = 1_700_000_000_000) {
  if (!selected(label)) return;
  const realNow = Date.now;
  Date.now = () => nowMs;
  let a, b;
  try {
    a = answer(() => run(speed));
    b = answer(() => run(size));
  } finally {
    Date.now = realNow;
  }
  if (a !== b) return fail(`${label}:\n  speed ${a.slice(0, 300)}\n  size  ${b.slice(0, 300)}`);
  if (a.startsWith("=")) succeeded++;
  passed++;
}

// 0. Each entry loads its own build: the browser entry the size build, every other entry the speed build. An entry
//    names its wasm in code (`import mod from "./x.wasm"`, `new URL("./x.wasm", …)`) or through the local modules
//    it loads (wasm-source*.js, node.cjs, and the base64 copies wasm-inline*.cjs, identified by their bytes).
//    Each names its media module too (media.js: loaded by the first media call), of the same build.
const WANT = { "browser.js": ["imagekit_wasm_size.wasm", "imagekit_media_size.wasm"] };
const SPEED = ["imagekit_wasm_bg.wasm", "imagekit_media_bg.wasm"];
const WASMS = [...SPEED, "imagekit_wasm_size.wasm", "imagekit_media_size.wasm"];
const code = (text) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
function wasmsLoadedBy(file, seen = new Set()) {
  if (seen.has(file)) return [];
  seen.add(file);
  const text = readFileSync(`${packageDir("speed")}/${file}`, "utf8");
  if (/^wasm-inline[\w-]*\.cjs$/.test(file)) {
    const bytes = Buffer.from(text.match(/const BASE64 = "([^"]*)"/)?.[1] ?? "", "base64");
    return WASMS.filter((w) => readFileSync(`${packageDir("speed")}/${w}`).equals(bytes));
  }
  const own = [...code(text).matchAll(/imagekit_(?:wasm|media)_\w+\.wasm/g)].map((m) => m[0]);
  const local = [...code(text).matchAll(/["']\.\/((?:wasm-source|wasm-inline|node-media)[\w-]*\.c?js|node\.cjs)["']/g)].map((m) => m[1]);
  return [...own, ...local.flatMap((f) => wasmsLoadedBy(f, seen))];
}
for (const entry of ["node.mjs", "node.cjs", "deno.js", "workerd.js", "edge.js", "default.js", "browser.js"]) {
  const names = wasmsLoadedBy(entry);
  const want = WANT[entry] ?? SPEED;
  if (!selected(`${entry} loads ${want}`)) continue;
  if (want.every((w) => names.includes(w)) && names.every((n) => want.includes(n))) passed++;
  else fail(`${entry} names [${names}], want [${want}]`);
}

// 1. The conformance cases (the in-repo copy of the shared cases), every call they make.
const revive = (v) => (Array.isArray(v) ? v.map(revive) : v && typeof v === "object"
  ? ("$bytes_utf8" in v ? new TextEncoder().encode(v.$bytes_utf8) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, revive(x)]))) : v);
const cases = JSON.parse(readFileSync(new URL("../fixtures/conformance/cases.json", import.meta.url)));
for (const c of cases) {
  both(c.name, (m) => {
    const args = revive(c.args);
    if (!c.call.startsWith("ik.")) return m[c.call](...args);
    const ik = new m.ImageKit(revive(c.client ?? {}));
    return ik[c.call.slice(3)](...args);
  }, c.nowMs ?? undefined);
}

// 2. Generated inputs.
const TEXT = ["", "x", "400", "ar-4-3,q-40", "Hello, world ©", "ü ß 中文", "%2F a&b=c?d#e", "🙂", "\t\r\n", "\udfff", "long ".repeat(80)];
const KEYS = ["width", "height", "quality", "raw", "aspectRatio", "crop", "cropMode", "focus", "format", "radius", "background",
  "border", "rotation", "blur", "named", "progressive", "lossless", "trim", "dpr", "x", "y", "xCenter", "yCenter", "zoom",
  "effectSharpen", "effectGray", "effectContrast", "effectShadow", "effectGradient", "defaultImage", "original", "page",
  "startOffset", "endOffset", "duration", "audioCodec", "videoCodec", "streamingResolutions", "grayscale", "flip", "Width", "wdth"];
const scalar = () => pick([() => upTo(2000), () => (rand() - 0.5) * 20, () => pick(TEXT), () => rand() < 0.5, () => null, () => undefined, () => [upTo(9)], () => ({ k: 1 })])();
function overlay() {
  const type = pick(["text", "image", "video", "subtitle", "solidColor", "nope"]);
  const o = { type, text: pick(TEXT), input: pick(["logo.png", "/a/b.png", "", "sub.srt"]), color: pick(["FF0000", "red", ""]) };
  if (rand() < 0.5) o.position = { x: upTo(50), y: pick([10, "bh_div_2", -3]), focus: pick(["center", "top_left", "x"]) };
  if (rand() < 0.3) o.timing = { start: upTo(5), duration: pick([2, "3", -1]) };
  if (rand() < 0.4) o.encoding = pick(["auto", "plain", "base64", "other"]);
  if (rand() < 0.5) o.transformation = [{ [pick(["fontSize", "fontColor", "width", "typography"])]: scalar() }];
  return o;
}
function step() {
  const s = {};
  for (let n = upTo(3); n >= 0; n--) s[pick(KEYS)] = scalar();
  if (rand() < 0.15) s.overlay = overlay();
  return s;
}
const SRC = ["/default-image.jpg", "sample.jpg", "/a b/ç.png", "https://ik.imagekit.io/demo/x.jpg?v=1", "http://other.host/p.webp#h", "", "/q?x=1&y", "//h/p"];
const ENDPOINT = ["https://ik.imagekit.io/demo", "https://ik.imagekit.io/demo/", "https://cdn.example.com:8443/base/", "no-scheme", "", undefined];
function src() {
  const o = { src: pick(SRC) + (rand() < 0.2 ? pick(TEXT) : ""), urlEndpoint: pick(ENDPOINT) };
  if (rand() < 0.85) o.transformation = Array.from({ length: upTo(3) }, step);
  if (rand() < 0.5) o.transformationPosition = pick(["path", "query", "elsewhere"]);
  if (rand() < 0.3) o.queryParameters = { a: pick(TEXT), b: upTo(99), c: pick([null, true]) };
  return o;
}
const client = (m, key = true) => new m.ImageKit({ privateKey: key ? "private_key_test" : undefined, publicKey: "public_key_test",
  urlEndpoint: "https://ik.imagekit.io/demo", dangerouslyAllowBrowser: true });
const hex = () => Array.from({ length: pick([16, 16, 16, 15, 0]) }, () => pick([..."0123456789abcdefABCDEFg"])).join("");
const SECRET = "whsec_c2VjcmV0LWZvci10ZXN0cw==";
function webhook() {
  const body = JSON.stringify({ type: pick(["video.transformation.accepted", "upload.pre-transform.success"]), id: String(upTo(1e6)), data: { n: pick(TEXT) } });
  const t = 1_700_000_000_000 - upTo(600_000);
  const good = createHmac("sha256", SECRET).update(`${t}.${body}`).digest("hex");
  const sig = `t=${t},v1=${rand() < 0.6 ? good : good.replace(/^./, "0")}`;
  return [rand() < 0.9 ? body : `${body} `, rand() < 0.9 ? sig : sig.slice(2), rand() < 0.9 ? SECRET : "whsec_other"];
}

const KINDS = [
  ["buildSrc", (m, o) => m.buildSrc(o)],
  ["ik.buildSrc signed", (m, o) => client(m).buildSrc({ ...o, signed: rand() < 0.8, expiresIn: pick([undefined, 300, 0, -1, 2.5, "60"]) })],
  ["ik.url", (m, o) => client(m, rand() < 0.9).url({ path: o.src, transformation: o.transformation, transformationPosition: o.transformationPosition,
    signed: rand() < 0.5, expireSeconds: pick([undefined, 300, 0, 1e10]), queryParameters: o.queryParameters })],
  ["buildTransformationString", (m, o) => m.buildTransformationString(rand() < 0.9 ? o.transformation : pick([null, {}, "w-1", [[1]]]))],
  ["getResponsiveImageAttributes", (m, o) => m.getResponsiveImageAttributes({ ...o, width: pick([undefined, 320, 1080, 0, -5, "9"]),
    sizes: pick([undefined, "100vw", "(min-width: 768px) 50vw, 100vw", "33vw"]), deviceBreakpoints: pick([undefined, [320, 640], []]) })],
  ["phashDistance", (m) => m.phashDistance(rand() < 0.95 ? hex() : 7, hex())],
  ["getAuthenticationParameters", (m) => client(m, rand() < 0.95).getAuthenticationParameters(pick(["t", "your_token", "é😀", "x".repeat(5000)]), pick([1582269249, 1, 1.5, -3, NaN]))],
  ["verifyWebhookEvent", (m, _o, w) => m.verifyWebhookEvent(...w)],
];
for (let i = 0; i < RANDOM; i++) {
  const [name, run] = KINDS[i % KINDS.length];
  const o = src(), w = webhook();
  const state = seed; // each build sees the same random draws inside `run`
  both(`${name} #${i}`, (m) => {
    seed = state;
    return run(m, o, w);
  });
}

if (passed > 100 && succeeded < passed / 3) fail(`only ${succeeded} of ${passed} calls succeeded: the inputs are too often invalid to compare results`);
console.log(`builds: ${succeeded} calls returned a value, ${passed - succeeded} threw (the same on both builds)`);
console.log(`builds: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
