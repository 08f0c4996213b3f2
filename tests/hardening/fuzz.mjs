#!/usr/bin/env node
// JS boundary fuzz (`make test-js`, after `make package`): every export and every ImageKit method, called with
// hostile values in every argument position and inside option objects — wrong types, null/undefined, a 10 MB
// string, 10 000-level deep and cyclic objects, throwing getters, Proxies (transparent, throwing, revoked),
// Symbols, BigInts, functions, NaN/±Infinity/-0, detached and lying typed arrays — plus random mixtures of them.
// Each call must return or throw an ImageKitError (async methods: return a Promise that resolves or rejects with
// one), never a WebAssembly.RuntimeError (a trap) nor a foreign error, and the module must still give known
// answers after every single call. Media calls go to the local ImageKit server.
// usage: node tests/hardening/fuzz.mjs [--random N] [--seed S]     prints `fuzz: N passed, M failed`
// The ES module graph of the package (the `import` entry), in which pkg/lane.js is the very module instance the
// entry uses: node.mjs re-exports the CommonJS bundle, whose copy of lane.js this suite could not reach.
import * as api from "../../pkg/default.js";
import * as lane from "../../pkg/lane.js";
import { startImageKitServer } from "../server/imagekit-server.mjs";
import { dotIdRounds, hostileServerRounds, hostileStatusLines, hugeRounds, trapChild, trapRounds } from "./fuzz-classes.mjs";
import { selected } from "../checks.mjs";
import { HOSTILE_KEYS, EvilView, getters, hostileValues, lyingView, revoked, throwingTraps } from "./fuzz-values.mjs";
// The browser's build (run here through size-build.mjs) loads the URL reader on demand (README "Size").
await api.loadUrlReader();

const { ImageKit, ImageKitError, ValidationError } = api;
const argv = process.argv.slice(2);
const flag = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const RANDOM = flag("--random", 20000);
// `--classes-only`: only the issue-12 classes of section 5 (dot ids, huge strings, trap-then-use), to rerun them alone.
const CLASSES_ONLY = argv.includes("--classes-only");
let seed = flag("--seed", 0x5eed) >>> 0;

const t0 = Date.now();
const OVERALL_MS = 10 * 60 * 1000;
const overall = setTimeout(() => {
  console.log(`FAIL overall timeout (${OVERALL_MS} ms) exceeded`);
  console.log(`fuzz: ${passed} passed, ${failed + 1} failed`);
  process.exit(1);
}, OVERALL_MS);

let passed = 0;
let failed = 0;
let inputs = 0;
const failures = new Map(); // kind → first few examples, so one bug does not flood the output
const fail = (kind, detail) => {
  failed++;
  const list = failures.get(kind) ?? [];
  if (list.length < 3) list.push(detail);
  if (list.length === 1 && !failures.has(kind)) console.log(`  first failure: ${kind}: ${detail}`);
  failures.set(kind, list);
};
process.on("unhandledRejection", (e) => fail("unhandled rejection", describe(e)));

function describe(e) {
  try {
    if (e === null || (typeof e !== "object" && typeof e !== "function")) return `${typeof e} ${String(e)}`;
    return `${e.constructor?.name ?? "?"}/${e.name}: ${String(e.message).slice(0, 200)}`;
  } catch {
    return "<undescribable>";
  }
}

// --- the known answers, checked after every call --------------------------------------------------------------
const REF = new ImageKit({ privateKey: "private_key_test", urlEndpoint: "https://ik.imagekit.io/test_url_endpoint" });
const REF_URL = "https://ik.imagekit.io/test_url_endpoint/tr:w-100/test-signed-url.png?ik-s=41b3075c40bc84147eb71b8b49ae7fbf349d0f00";
function healthy() {
  try {
    return (
      api.phashDistance("2d5ad3936d2e015b", "2d6ed293db36a4fb") === 17 &&
      REF.url({ path: "/test-signed-url.png", transformation: [{ width: 100 }], signed: true }) === REF_URL &&
      api.buildTransformationString([{ width: 300, height: 400 }]) === "w-300,h-400"
    );
  } catch {
    return false;
  }
}
if (!healthy()) {
  console.log("FAIL the known answers are wrong before any fuzzing");
  process.exit(1);
}

const HOSTILE = hostileValues(REF);

// --- the surface ------------------------------------------------------------------------------------------------
let server;
const ep = "https://ik.imagekit.io/demo";
const freshClient = () =>
  new ImageKit({ publicKey: "public_key_test", privateKey: "private_key_test", urlEndpoint: ep, apiBaseUrl: server.url, uploadBaseUrl: server.url, maxRetries: 0, timeout: 5000 });
let ik;

const ID = "000000000000000000000000";
/** name → [function(args), baseline args, async?, nested option keys for arg 0] */
const SYNC_METHODS = new Set(["url", "buildSrc", "getAuthenticationParameters", "phashDistance", "verifyWebhookEvent", "unwrapWebhook", "toJSON", "toString"]);
const SURFACE = () => ({
  buildSrc: [(a) => api.buildSrc(...a), [{ src: "/a.jpg", urlEndpoint: ep, transformation: [{ width: 100 }] }], false],
  buildTransformationString: [(a) => api.buildTransformationString(...a), [[{ width: 100 }]], false],
  getResponsiveImageAttributes: [(a) => api.getResponsiveImageAttributes(...a), [{ src: "/a.jpg", urlEndpoint: ep, width: 400 }], false],
  phashDistance: [(a) => api.phashDistance(...a), ["2d5ad3936d2e015b", "2d6ed293db36a4fb"], false],
  verifyWebhookEvent: [(a) => api.verifyWebhookEvent(...a), ["{}", "t=1,v1=00", "secret"], false],
  unwrapWebhook: [(a) => api.unwrapWebhook(...a), ["{}", { "webhook-id": "i", "webhook-timestamp": "1", "webhook-signature": "v1,x" }, "secret"], false],
  initSync: [(a) => api.initSync(...a), [undefined], false],
  parseUrl: [(a) => api.parseUrl(...a), [`${ep}/tr:w-100,l-text,i-Hi,l-end/a.jpg?tr=h-2&v=1`, { urlEndpoint: ep }], false],
  transformUrl: [(a) => api.transformUrl(...a), [`${ep}/tr:w-100/a.jpg`, { width: 200, height: undefined }, { transformationPosition: "query" }], false],
  "new ImageKit": [(a) => new ImageKit(...a), [{ privateKey: "k", urlEndpoint: ep }], false],
  "ik.url": [(a) => ik.url(...a), [{ path: "/a.jpg", transformation: [{ width: 100 }], signed: true, expireSeconds: 60 }], false],
  "ik.buildSrc": [(a) => ik.buildSrc(...a), [{ src: "/a.jpg", signed: true, expiresIn: 60 }], false],
  "ik.getAuthenticationParameters": [(a) => ik.getAuthenticationParameters(...a), ["tok", 1700000000], false],
  "ik.phashDistance": [(a) => ik.phashDistance(...a), ["2d5ad3936d2e015b", "2d6ed293db36a4fb"], false],
  "ik.verifyWebhookEvent": [(a) => ik.verifyWebhookEvent(...a), ["{}", "t=1,v1=00", "secret"], false],
  "ik.unwrapWebhook": [(a) => ik.unwrapWebhook(...a), ["{}", new Headers(), "secret"], false],
  "ik.parseUrl": [(a) => ik.parseUrl(...a), [`${ep}/tr:w-100/a.jpg`, {}], false],
  "ik.verifyUrl": [(a) => ik.verifyUrl(...a), [`${ep}/a.jpg?ik-t=1700000060&ik-s=00`, { now: 1700000000000 }], false],
  "ik.transformUrl": [(a) => ik.transformUrl(...a), [`${ep}/a.jpg?ik-t=9999999999&ik-s=00`, (steps) => steps, { expiresIn: 60 }], false],
  "ik.toJSON": [(a) => ik.toJSON(...a), [], false],
  "ik.toString": [(a) => ik.toString(...a), [], false],
  "ik.uploadFile": [(a) => ik.uploadFile(...a), [{ file: "aGVsbG8=", fileName: "f.txt", tags: ["a"] }, {}], true],
  "ik.upload": [(a) => ik.upload(...a), [{ file: new Uint8Array([1, 2, 3]), fileName: "f.bin" }, {}], true],
  "ik.listFiles": [(a) => ik.listFiles(...a), [{ limit: 1 }, {}], true],
  "ik.getFileDetails": [(a) => ik.getFileDetails(...a), [ID, {}], true],
  "ik.getFileVersions": [(a) => ik.getFileVersions(...a), [ID, {}], true],
  "ik.getFileVersionDetails": [(a) => ik.getFileVersionDetails(...a), [ID, ID, {}], true],
  "ik.updateFileDetails": [(a) => ik.updateFileDetails(...a), [ID, { tags: ["x"] }, {}], true],
  "ik.addTags": [(a) => ik.addTags(...a), [[ID], ["t"], {}], true],
  "ik.removeTags": [(a) => ik.removeTags(...a), [[ID], ["t"], {}], true],
  "ik.removeAITags": [(a) => ik.removeAITags(...a), [[ID], ["t"], {}], true],
  "ik.deleteFile": [(a) => ik.deleteFile(...a), [ID, {}], true],
  "ik.deleteFileVersion": [(a) => ik.deleteFileVersion(...a), [ID, ID, {}], true],
  "ik.bulkFileDelete": [(a) => ik.bulkFileDelete(...a), [[ID], {}], true],
  "ik.copyFile": [(a) => ik.copyFile(...a), [{ sourceFilePath: "/a.jpg", destinationPath: "/b/" }, {}], true],
  "ik.moveFile": [(a) => ik.moveFile(...a), [{ sourceFilePath: "/a.jpg", destinationPath: "/b/" }, {}], true],
  "ik.renameFile": [(a) => ik.renameFile(...a), [{ filePath: "/a.jpg", newFileName: "c.jpg" }, {}], true],
  "ik.restoreFileVersion": [(a) => ik.restoreFileVersion(...a), [ID, ID, {}], true],
  "ik.createFolder": [(a) => ik.createFolder(...a), [{ folderName: "f", parentFolderPath: "/" }, {}], true],
  "ik.deleteFolder": [(a) => ik.deleteFolder(...a), [{ folderPath: "/nope" }, {}], true],
  "ik.copyFolder": [(a) => ik.copyFolder(...a), [{ sourceFolderPath: "/f", destinationPath: "/g" }, {}], true],
  "ik.moveFolder": [(a) => ik.moveFolder(...a), [{ sourceFolderPath: "/f", destinationPath: "/g" }, {}], true],
  "ik.getBulkJobStatus": [(a) => ik.getBulkJobStatus(...a), ["job", {}], true],
  "ik.purgeFileCache": [(a) => ik.purgeFileCache(...a), ["https://ik.imagekit.io/demo/a.jpg", {}], true],
  "ik.getPurgeFileCacheStatus": [(a) => ik.getPurgeFileCacheStatus(...a), ["req", {}], true],
  "ik.getFileMetadata": [(a) => ik.getFileMetadata(...a), [ID, {}], true],
  "ik.getRemoteFileUrlMetadata": [(a) => ik.getRemoteFileUrlMetadata(...a), ["https://ik.imagekit.io/demo/a.jpg", {}], true],
  "ik.createCustomMetadataFields": [(a) => ik.createCustomMetadataFields(...a), [{ name: "n", label: "l", schema: { type: "Text" } }, {}], true],
  "ik.getCustomMetadataFields": [(a) => ik.getCustomMetadataFields(...a), [{ includeDeleted: true }, {}], true],
  "ik.updateCustomMetadataFields": [(a) => ik.updateCustomMetadataFields(...a), ["fid", { label: "m" }, {}], true],
  "ik.deleteCustomMetadataField": [(a) => ik.deleteCustomMetadataField(...a), ["fid", {}], true],
});

// Option keys into which hostile values are also placed (argument 0 unless the call's objects are elsewhere).
const NESTED = {
  buildSrc: [0, ["src", "urlEndpoint", "transformation", "transformationPosition", "queryParameters", "signed", "expiresIn"]],
  getResponsiveImageAttributes: [0, ["src", "urlEndpoint", "transformation", "sizes", "width", "deviceBreakpoints", "imageBreakpoints", "queryParameters"]],
  "new ImageKit": [0, ["publicKey", "privateKey", "urlEndpoint", "transformationPosition", "apiBaseUrl", "uploadBaseUrl", "timeout", "maxRetries", "webhookSecret", "dangerouslyAllowBrowser", "private_key"]],
  "ik.url": [0, ["path", "src", "urlEndpoint", "transformation", "transformationPosition", "queryParameters", "signed", "expireSeconds", "expiresIn"]],
  "ik.buildSrc": [0, ["src", "transformation", "signed", "expiresIn"]],
  transformUrl: [1, ["width", "overlay", "raw", "transformation"]],
  "ik.verifyUrl": [1, ["now", "urlEndpoint"]],
  "ik.uploadFile": [0, ["file", "fileName", "tags", "folder", "customMetadata", "extensions", "transformation", "onProgress", "useUniqueFileName", "token", "signature", "expire"]],
  "ik.listFiles": [0, ["limit", "skip", "tags", "path", "searchQuery", "type"]],
  "ik.updateFileDetails": [1, ["tags", "customMetadata", "extensions", "removeAITags", "webhookUrl"]],
  "ik.copyFile": [0, ["sourceFilePath", "destinationPath", "includeFileVersions"]],
  "ik.createCustomMetadataFields": [0, ["name", "label", "schema"]],
  "unwrapWebhook": [1, ["webhook-id", "webhook-timestamp", "webhook-signature"]],
};
// The trailing request options of every media call get the same treatment.
const REQUEST_KEYS = ["signal", "timeout", "maxRetries", "bogus"];
// Where a value sits inside a transformation.
const IN_TRANSFORMATION = [
  (h) => [h], (h) => [{ width: h }], (h) => [{ overlay: h }], (h) => [{ overlay: { type: "text", text: h } }],
  (h) => [{ overlay: { type: "image", input: "a.png", position: h } }], (h) => [{ raw: h, [typeof h === "string" ? h.slice(0, 50) : "k"]: 1 }],
  (h) => [{ streamingResolutions: h, trim: h, sharpen: h }],
];

// --- one call ---------------------------------------------------------------------------------------------------
const ASYNC_LIMIT_MS = 15000;
const withTimeout = (p, ms) =>
  new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    p.then((v) => { clearTimeout(t); resolve(v); }, (e) => { clearTimeout(t); reject(e); });
  });

const progress = () =>
  console.log(`  … ${inputs} inputs, ${failed} failed, ${((Date.now() - t0) / 1000).toFixed(1)} s, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);
let broken = false;
let asyncCalls = 0;
async function call(name, fn, args, isAsync, label) {
  if (!selected(`${name}: ${label}`)) return;
  inputs++;
  let verdict = null;
  let result;
  try {
    result = fn(args);
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) verdict = ["trap (WebAssembly.RuntimeError)", e];
    else if (isAsync === true) verdict = ["async method threw synchronously instead of rejecting", e];
    else if (!(e instanceof ImageKitError)) verdict = ["threw a non-ImageKitError", e];
  }
  // The local server logs every request (bodies included): forget them now and then, 10 MB inputs add up.
  if (isAsync && ++asyncCalls % 25 === 0) server.reset();
  if (!verdict && isAsync && (isAsync === true || typeof result?.then === "function")) {
    if (!result || typeof result.then !== "function") verdict = ["async method did not return a Promise", result];
    else {
      try {
        await withTimeout(result, ASYNC_LIMIT_MS);
      } catch (e) {
        if (e instanceof WebAssembly.RuntimeError) verdict = ["trap (WebAssembly.RuntimeError)", e];
        else if (!(e instanceof ImageKitError)) verdict = ["rejected with a non-ImageKitError", e];
      }
    }
  }
  if (!healthy()) {
    verdict = ["module broken afterwards (known answers wrong)", null];
    broken = true;
  }
  if (verdict) fail(`${name}: ${verdict[0]}`, `${label} → ${describe(verdict[1])}`);
  else passed++;
}

// --- a small seeded generator for random mixtures ---------------------------------------------------------------
const rnd = () => {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed / 2 ** 32;
};
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const CHEAP_HOSTILE = HOSTILE.filter(([l]) => !/10 MB|10k|sparse|slashes|MiB/.test(l));
function randomValue(depth = 0) {
  const r = rnd();
  if (r < 0.35 || depth > 3) return pick(CHEAP_HOSTILE)[1]();
  if (r < 0.5) return pick(["a.jpg", "/x/y z.png", "https://ik.imagekit.io/demo/p?q=1#f", "-", "", "text", "image", "2d5a", "t=1,v1=a"]);
  if (r < 0.6) return pick([0, 1, -1, 300, 1e21, NaN, true, false, null]);
  if (r < 0.8) {
    const o = {};
    const keys = [...HOSTILE_KEYS, "type", "text", "input", "encoding", "overlay", "width", "raw", "fileIds"];
    for (let i = 0, n = Math.floor(rnd() * 5); i < n; i++) o[pick(keys)] = randomValue(depth + 1);
    return o;
  }
  return Array.from({ length: Math.floor(rnd() * 4) }, () => randomValue(depth + 1));
}

/**
 * The exports that still answer after the module has stopped, because they are not the package's guarded forms:
 * `initSync` (which makes no wasm call once the module is loaded), and, while an entry exports the glue's own class
 * and webhook functions instead of lane.js's guarded ones, `new ImageKit` and the free webhook functions. Reported
 * in the closing lines, not counted as failures.
 */
function unguardedAfterTrap() {
  const out = new Set(["initSync"]);
  if (api.ImageKit !== lane.ImageKit) out.add("new ImageKit");
  for (const f of ["verifyWebhookEvent", "unwrapWebhook"]) if (api[f] !== lane[f]) out.add(f);
  return out;
}

// --- run ---------------------------------------------------------------------------------------------------------
// A trap-then-use child (fuzz-classes.mjs): no server (media calls may only fail), one report line, then exit.
if (argv.includes("--trap-at")) {
  clearTimeout(overall);
  ik = new ImageKit({ publicKey: "p", privateKey: "private_key_test", urlEndpoint: ep, apiBaseUrl: "http://127.0.0.1:9", uploadBaseUrl: "http://127.0.0.1:9", maxRetries: 0, timeout: 2000 });
  await trapChild({ name: argv[argv.indexOf("--trap-at") + 1], surface: SURFACE(), ImageKit, ImageKitError, healthy,
    moduleStopped: lane.moduleStopped, unguarded: unguardedAfterTrap() });
  process.exit(0);
}
server = await startImageKitServer();
ik = freshClient();
const surface = SURFACE();
// Methods added to ImageKit since this list was written are fuzzed too, with generic baselines.
// Methods without a known kind are "auto": a Promise is awaited, anything else accepted.
const discovered = [];
// Up the prototype chain: an entry may export a subclass of the glue's class (lane.js's guarded ImageKit).
const protoMembers = {};
for (let p = ImageKit.prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
  for (const [m, d] of Object.entries(Object.getOwnPropertyDescriptors(p))) protoMembers[m] ??= d;
}
for (const [m, d] of Object.entries(protoMembers)) {
  if (["constructor", "free", "__destroy_into_raw"].includes(m) || m.startsWith("__") || `ik.${m}` in surface) continue;
  if (typeof d.value === "function") {
    discovered.push(m);
    surface[`ik.${m}`] = [(a) => ik[m](...a), ["x", { name: "n" }, {}], "auto"];
  } else if (d.get) {
    // A resource namespace (`ik.files.list(...)`): every function on it.
    let ns;
    try { ns = ik[m]; } catch { continue; }
    for (let o = ns; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
      for (const [f, fd] of Object.entries(Object.getOwnPropertyDescriptors(o))) {
        if (f === "constructor" || typeof fd.value !== "function" || `ik.${m}.${f}` in surface) continue;
        discovered.push(`${m}.${f}`);
        surface[`ik.${m}.${f}`] = [(a) => ik[m][f](...a), ["x", { name: "n" }, {}], "auto"];
      }
    }
  }
}
if (discovered.length) console.log(`  also fuzzing ${discovered.length} newer methods: ${discovered.join(", ")}`);
const hostileCount = HOSTILE.length;
const counts = {};

try {
  if (!CLASSES_ONLY) {
    // 1. Every position of every call, with every hostile value.
    for (const [name, [fn, base, isAsync]] of Object.entries(surface)) {
      const positions = Math.max(base.length, 1) + 1; // one past the end too
      for (let pos = 0; pos < positions && !broken; pos++) {
        for (const [label, make] of HOSTILE) {
          const args = base.slice();
          args[pos] = make();
          await call(name, fn, args, isAsync, `arg ${pos} = ${label}`);
          if (broken) break;
        }
      }
    }
    progress();
    // 2. Hostile values inside option objects, transformations and request options.
    for (const [name, [pos, keys]] of Object.entries(NESTED)) {
      const [fn, base, isAsync] = surface[name];
      for (const key of keys) {
        for (const [label, make] of HOSTILE) {
          if (broken) break;
          const args = base.slice();
          args[pos] = { ...(args[pos] ?? {}), [key]: make() };
          await call(name, fn, args, isAsync, `arg ${pos}.${key} = ${label}`);
        }
      }
    }
    for (const name of ["buildSrc", "ik.url", "ik.buildSrc", "buildTransformationString", "getResponsiveImageAttributes", "ik.uploadFile"]) {
      const [fn, base, isAsync] = surface[name];
      for (const place of IN_TRANSFORMATION) {
        for (const [label, make] of CHEAP_HOSTILE) {
          if (broken) break;
          const args = base.slice();
          const tr = place(make());
          args[0] = name === "buildTransformationString" ? tr : { ...args[0], transformation: tr };
          await call(name, fn, args, isAsync, `transformation ${place.toString().slice(7, 60)} with ${label}`);
        }
      }
    }
    for (const [name, [fn, base, isAsync]] of Object.entries(surface)) {
      if (!isAsync) continue;
      const last = base.length - 1;
      for (const key of REQUEST_KEYS) {
        for (const [label, make] of CHEAP_HOSTILE) {
          if (broken) break;
          const args = base.slice();
          args[last] = { [key]: make() };
          await call(name, fn, args, isAsync, `request options.${key} = ${label}`);
        }
      }
    }
    progress();
    // 3. Random mixtures over every call.
    const names = Object.keys(surface);
    for (let i = 0; i < RANDOM && !broken; i++) {
      const name = pick(names);
      const [fn, base, isAsync] = surface[name];
      const args = base.map((b) => (rnd() < 0.5 ? randomValue() : b));
      if (rnd() < 0.2) args.push(randomValue());
      await call(name, fn, args, isAsync, `random #${i} (seed ${flag("--seed", 0x5eed)})`);
    }
    progress();
    // 4. The worst inputs, many times over: a JS exception escaping through wasm frames would leak wasm stack
    //    and eventually trap; each must be turned into an ImageKitError every time.
    const worst = [["Proxy (throwing traps)", () => new Proxy({}, throwingTraps)], ["revoked Proxy", revoked],
      ["throwing getters", () => getters(HOSTILE_KEYS)], ["typed array with lying byteOffset/byteLength", lyingView],
      ["typed array with throwing getters", () => new EvilView(2)]];
    const sync = Object.entries(surface).filter(([, [, , isAsync]]) => !isAsync);
    for (const [label, make] of worst) {
      for (const [name, [fn, base]] of sync) {
        for (let pos = 0; pos < Math.max(base.length, 1) && !broken; pos++) {
          for (let i = 0; i < 2000; i++) {
            const args = base.slice();
            args[pos] = make();
            await call(name, fn, args, false, `repeat ${i}: arg ${pos} = ${label}`);
          }
        }
      }
    }
    progress();
  }
  // 5. The classes of issue #12 (fuzz-classes.mjs): dot-segment ids everywhere an id goes, huge strings past each
  //    bound, and trap-then-use at every export.
  const record = (ok, kind, detail) => {
    inputs++;
    if (ok) passed++;
    else fail(kind, detail);
  };
  const before = inputs;
  counts.dotSites = (await dotIdRounds({ surface, server, call, record, ImageKitError, ValidationError })).length;
  counts.dotIds = inputs - before;
  const beforeHostile = inputs;
  const statusLines = hostileStatusLines(rnd, 16);
  await hostileServerRounds({ surface, call, record, lines: statusLines, useServer: (url) => {
    ik = url === undefined ? freshClient()
      : new ImageKit({ publicKey: "public_key_test", privateKey: "private_key_test", urlEndpoint: ep, apiBaseUrl: url, uploadBaseUrl: url, maxRetries: 0, timeout: 3000 });
  } });
  counts.hostile = inputs - beforeHostile;
  counts.statusLines = statusLines.length;
  const beforeHuge = inputs;
  await hugeRounds({ surface, call, MAX_INPUT_LENGTH: lane.MAX_INPUT_LENGTH });
  counts.huge = inputs - beforeHuge;
  progress();
  const trapSites = Object.keys(SURFACE());
  counts.trapSites = trapSites.length;
  ({ trapped: counts.trapped, unguarded: counts.unguarded, escaped: counts.escaped } = await trapRounds({ names: trapSites, record, fuzzer: import.meta.url }));
  progress();
  // 6. A freed client: a plain Error from wasm-bindgen's glue is expected here, but never a trap.
  const doomed = freshClient();
  doomed.free();
  for (const m of ["url", "buildSrc", "getAuthenticationParameters", "phashDistance", "toJSON", "listFiles", "getFileDetails"]) {
    inputs++;
    try {
      const r = doomed[m]({ path: "a" });
      if (r && typeof r.then === "function") await r.catch(() => {});
      passed++;
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) fail("freed client: trap", `${m} → ${describe(e)}`);
      else passed++;
    }
    if (!healthy()) fail("freed client: module broken afterwards", m);
  }
} finally {
  await server.close();
}

// Let stray promises settle, so an unhandled rejection is seen before the verdict.
await new Promise((r) => setTimeout(r, 200));
clearTimeout(overall);
for (const [kind, examples] of failures) {
  console.log(`FAIL ${kind}`);
  for (const ex of examples) console.log(`       ${ex}`);
}
console.log(`fuzz: ${inputs} inputs tried (${hostileCount} hostile values, ${RANDOM} random mixtures) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
if (counts.unguarded?.length) {
  console.log(`fuzz: NOTE not guarded after a trap (see unguardedAfterTrap): ${counts.unguarded.join(", ")}; ` +
    `a trap escaped as a RuntimeError at: ${counts.escaped.join(", ") || "none"}`);
}
console.log(`fuzz: of which ${counts.dotIds} with dot-segment ids (at ${counts.dotSites} id places), ${counts.huge} with huge strings, ${counts.hostile} against a server answering ${counts.statusLines} impossible status lines; trap-then-use at ${counts.trapSites} exports (${counts.trapped} trapped, each in its own process)`);
console.log(`fuzz: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
