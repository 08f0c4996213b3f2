#!/usr/bin/env node
// The media API's second wasm module (README "Size", pkg-template/media.js): loaded by a client's first media call
// and not before; made from the options the first module's constructor read (the environment's defaults included,
// each `withOptions` client its own); its errors are the package's classes; a failed load rejects that call with an
// ImageKitError and the next call loads again. And the URL reader's place (pkg-template/reader.js): the first module
// of the speed build, where `loadUrlReader()` loads nothing; the media module of the browser's size build, loaded
// by `loadUrlReader()`, before which the reader's five calls throw an ImageKitError that says so.
// usage: node tests/hardening/media-module.mjs     prints `media-module: N passed, M failed`
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { assert, checks } from "../checks.mjs";
import { packageFile } from "./wasm-build.mjs";

const require = createRequire(import.meta.url);
const suite = checks("media-module");
/** One named check of a condition already computed (the suite's helper takes a function that throws). */
const check = (label, ok, detail = "") => suite.check(label, () => assert(ok, detail || label));

/** A `fetch` that answers every request with `body` and records the requests. */
function recorder(body = "[]") {
  const seen = [];
  const fetch = async (url, init) => {
    seen.push({ url: String(url), headers: Object.fromEntries(new Headers(init?.headers).entries()) });
    return new Response(body, { status: 200, headers: { "content-type": "application/json" } });
  };
  return { fetch, seen };
}
const basic = (key) => `Basic ${btoa(`${key}:`)}`;
const loadedCjs = () => Object.keys(require.cache).map((p) => p.split(/[\\/]/).pop());

// 1. node.cjs: the media glue and its inlined wasm are required by the first media call, not at import.
{
  const pkg = require("../../pkg/node.cjs");
  await check("node.cjs: no media module at import", !loadedCjs().includes("media.cjs") && !loadedCjs().includes("wasm-inline-media.cjs"), `${loadedCjs()}`);
  const r = recorder();
  const ik = new pkg.ImageKit({ privateKey: "private_key_test", urlEndpoint: "https://ik.imagekit.io/demo", fetch: r.fetch });
  ik.url({ path: "/a.jpg", signed: true });
  ik.getAuthenticationParameters("t", 1700000000);
  await check("node.cjs: URLs and signing load no media module", !loadedCjs().includes("media.cjs"));
  const files = await ik.listFiles();
  await check("node.cjs: the first media call answers", Array.isArray(files) && files.length === 0, JSON.stringify(files));
  await check("node.cjs: the first media call loaded it", loadedCjs().includes("media.cjs") && loadedCjs().includes("wasm-inline-media.cjs"), `${loadedCjs()}`);
  await check("node.cjs: the media module signs with the client's key", r.seen[0]?.headers.authorization === basic("private_key_test"), JSON.stringify(r.seen[0]));
  const e = await ik.getFileDetails("").catch((x) => x);
  await check("node.cjs: its errors are the package's classes", e instanceof pkg.ValidationError && e instanceof pkg.ImageKitError, String(e));
}

// 1b. A call waits in the media module only while io.js sends its first attempt (wasm/pending.rs): whatever the
// attempt met — a success, an unreadable body, an error status, a retry, no response, an abort, a timeout — none
// is left once every call has settled.
{
  const pkg = require("../../pkg/node.cjs");
  const media = require("../../pkg/media.cjs");
  let release;
  const answers = {
    "/ok": () => new Response("[]", { status: 200 }),
    "/text": () => new Response("not json", { status: 200 }),
    "/gone": () => new Response('{"message":"gone"}', { status: 404 }),
    "/flaky": (n) => new Response(n === 0 ? "{}" : "[]", { status: n === 0 ? 503 : 200, headers: { "retry-after-ms": "1" } }),
    "/down": () => { throw new TypeError("connection refused"); },
    "/hang": (n, init) => new Promise((resolve, reject) => {
      release = () => resolve(new Response("[]"));
      init.signal.addEventListener("abort", () => reject(init.signal.reason));
    }),
  };
  const seen = {};
  const fetch = async (url, init) => {
    const path = new URL(url).pathname;
    seen[path] = (seen[path] ?? 0) + 1;
    return answers[path](seen[path] - 1, init);
  };
  const ik = new pkg.ImageKit({ privateKey: "private_key_test", urlEndpoint: "https://ik.imagekit.io/demo", apiBaseUrl: "http://api.test", fetch });
  const call = (path, o) => ik.get(path, { maxRetries: 1, ...o }).then((v) => ["ok", v], (e) => [e.name]);
  await call("/ok"); // this client's media client made
  const hung = call("/hang");
  await new Promise((r) => setTimeout(r, 10));
  await check("a call whose first attempt is in flight waits in the media module", media.ImageKit.__pendingCalls() === 1, String(media.ImageKit.__pendingCalls()));
  release();
  const c = new AbortController();
  const aborted = call("/hang", { signal: c.signal });
  c.abort();
  const got = await Promise.all([hung, call("/ok"), call("/text"), call("/gone"), call("/flaky"), call("/down"), aborted, call("/hang", { timeout: 5, maxRetries: 0 })]);
  await check("every kind of first attempt settled as before", JSON.stringify(got.map((g) => g[0]))
    === JSON.stringify(["ok", "ok", "ok", "NotFoundError", "ok", "ConnectionError", "AbortError", "TimeoutError"]), JSON.stringify(got));
  await check("no call waits once all have settled", media.ImageKit.__pendingCalls() === 0, String(media.ImageKit.__pendingCalls()));
}

// 2. The ES module graph (default.js, as the async entries load it).
const pkg = await import("../../pkg/default.js");
const media = await import("../../pkg/media.js");
const load = await import("../../pkg/media-load.js");
const source = await import("../../pkg/wasm-source.js");
{
  // A failed load rejects the call with an ImageKitError naming the cause; the next call loads again. (First in
  // this module graph: once loaded, the module stays for the process.)
  let attempts = 0;
  media.setMediaLoader(async () => {
    attempts++;
    throw new TypeError("offline");
  });
  const r = recorder();
  const ik = new pkg.ImageKit({ privateKey: "private_key_test", urlEndpoint: "https://ik.imagekit.io/demo", fetch: r.fetch });
  const e = await ik.listFiles().catch((x) => x);
  await check("a failed load rejects with an ImageKitError", e instanceof pkg.ImageKitError && /media API module could not be loaded: offline/.test(e.message)
    && e.cause instanceof TypeError, `${e?.constructor?.name}: ${e?.message}`);
  const again = await ik.listFiles().catch((x) => x);
  await check("each call after a failed load tries again", attempts === 2 && again instanceof pkg.ImageKitError, `attempts ${attempts}`);
  // The entry's own loader again (the one default.js installed): the client loads and answers.
  load.useMedia(source.mediaSource);
  const files = await ik.listFiles();
  await check("after a failed load, a working loader serves the client", Array.isArray(files) && r.seen.length === 1, JSON.stringify(r.seen));
  await check("the failed loads sent nothing", r.seen.length === 1);
}
{
  const r = recorder();
  const ik = new pkg.ImageKit({ privateKey: "private_key_test", urlEndpoint: "https://ik.imagekit.io/demo", apiBaseUrl: "http://api.test", fetch: r.fetch });
  await ik.listFiles({ limit: 2 });
  await check("default.js: the media module's client has the client's options", r.seen[0]?.url === "http://api.test/v1/files?limit=2"
    && r.seen[0]?.headers.authorization === basic("private_key_test"), JSON.stringify(r.seen[0]));
  const other = ik.withOptions({ privateKey: "other_key", apiBaseUrl: "http://other.test" });
  await other.listFiles();
  await ik.listFiles();
  await check("withOptions: its own media client, with its own options", r.seen[1]?.url === "http://other.test/v1/files"
    && r.seen[1]?.headers.authorization === basic("other_key") && r.seen[2]?.headers.authorization === basic("private_key_test"), JSON.stringify(r.seen.slice(1)));
  const e = await ik.files.get("").catch((x) => x);
  await check("default.js: its errors are the package's classes", e instanceof pkg.ValidationError, String(e));
  await check("JSON.stringify of the client shows no key", !JSON.stringify(ik).includes("private_key_test"), JSON.stringify(ik));
}
{
  // The environment's private key (7.x's IMAGEKIT_PRIVATE_KEY) reaches the media module as it reached the first.
  process.env.IMAGEKIT_PRIVATE_KEY = "env_key";
  const r = recorder();
  const ik = new pkg.ImageKit({ urlEndpoint: "https://ik.imagekit.io/demo", fetch: r.fetch });
  await ik.listFiles();
  delete process.env.IMAGEKIT_PRIVATE_KEY;
  await check("the environment's key reaches the media module", r.seen[0]?.headers.authorization === basic("env_key"), JSON.stringify(r.seen[0]));
}

// 3. The URL reader. The speed build's first module holds it: loadUrlReader() loads no media module (node.cjs's
// require.cache shows it; a process of its own, as section 1 loaded the module in this one).
{
  const script = `const pkg = require(${JSON.stringify(require.resolve("../../pkg/node.cjs"))});
    pkg.loadUrlReader().then(() => {
      const p = pkg.parseUrl("https://ik.imagekit.io/demo/tr:w-300/a.jpg");
      const loaded = Object.keys(require.cache).some((f) => /[\\\\/]media\\.cjs$/.test(f));
      console.log(JSON.stringify({ width: p.transformation[0].width, loaded }));
    });`;
  const out = JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
  await check("speed build: loadUrlReader() loads no media module, and the reader answers", out.width === 300 && out.loaded === false, JSON.stringify(out));
}
// slim's init() is the one place that can pair the modules of two builds: the size build's first module with the
// speed build's media module holds no reader, and loadUrlReader() says so (a process of its own: one init each).
{
  const script = `import { readFileSync } from "node:fs";
    const dir = ${JSON.stringify(new URL("../../pkg/", import.meta.url).pathname)};
    const slim = await import(dir + "slim.js");
    slim.initSync({ module: readFileSync(dir + "imagekit_wasm_size.wasm"), media: readFileSync(dir + "imagekit_media_bg.wasm") });
    const e = await slim.loadUrlReader().then(() => null, (x) => x);
    console.log(JSON.stringify({ ours: e instanceof slim.ImageKitError, message: e?.message }));`;
  const out = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }));
  await check("slim: a first module and a media module of two builds that hold no reader: loadUrlReader() rejects",
    out.ours && /neither wasm module holds the URL reader/.test(out.message), JSON.stringify(out));
}
// The browser's size build (its copy of pkg/, tests/hardening/wasm-build.mjs), in a module graph of its own.
{
  const size = await import(packageFile("default.js", "size"));
  const sizeMedia = await import(packageFile("media.js", "size"));
  const sizeLoad = await import(packageFile("media-load.js", "size"));
  const sizeSource = await import(packageFile("wasm-source.js", "size"));
  const ep = "https://ik.imagekit.io/demo";
  const ik = new size.ImageKit({ privateKey: "private_key_test", urlEndpoint: ep, fetch: recorder().fetch });
  const speedIk = new pkg.ImageKit({ privateKey: "private_key_test", urlEndpoint: ep });
  const signed = speedIk.url({ path: "/a.jpg", transformation: [{ width: 300 }], signed: true, expireSeconds: 600 });
  const calls = {
    parseUrl: () => size.parseUrl(signed),
    transformUrl: () => size.transformUrl(`${ep}/a.jpg`, { width: 10 }),
    "ik.parseUrl": () => ik.parseUrl(signed),
    "ik.verifyUrl": () => ik.verifyUrl(signed, { now: 1700000000000 }),
    "ik.transformUrl": () => ik.transformUrl(signed, { width: 400 }),
  };
  const before = Object.entries(calls).map(([name, f]) => {
    try {
      return `${name} answered ${JSON.stringify(f())}`;
    } catch (e) {
      return e instanceof size.ImageKitError && /`await loadUrlReader\(\)` once before parseUrl/.test(e.message) ? "" : `${name}: ${e}`;
    }
  }).filter(Boolean);
  await check("size build: before loadUrlReader(), each reader call throws the ImageKitError that says so", before.length === 0, before.join("; "));
  let loads = 0;
  sizeMedia.setMediaLoader(async () => {
    loads++;
    throw new TypeError("offline");
  });
  const e = await size.loadUrlReader().catch((x) => x);
  await check("size build: a failed load rejects loadUrlReader() with an ImageKitError", e instanceof size.ImageKitError && e.cause instanceof TypeError, String(e));
  sizeLoad.useMedia(() => (loads++, sizeSource.mediaSource()));
  await size.loadUrlReader();
  await size.loadUrlReader();
  const answers = Object.fromEntries(Object.entries(calls).map(([name, f]) => [name, f()]));
  const speedAnswers = {
    parseUrl: pkg.parseUrl(signed),
    transformUrl: pkg.transformUrl(`${ep}/a.jpg`, { width: 10 }),
    "ik.parseUrl": speedIk.parseUrl(signed),
    "ik.verifyUrl": speedIk.verifyUrl(signed, { now: 1700000000000 }),
    "ik.transformUrl": speedIk.transformUrl(signed, { width: 400 }),
  };
  await check("size build: after loadUrlReader(), the reader's calls give the speed build's answers", JSON.stringify(answers) === JSON.stringify(speedAnswers),
    `${JSON.stringify(answers)} vs ${JSON.stringify(speedAnswers)}`);
  await check("size build: the reader verifies a signed URL with the client's key", answers["ik.verifyUrl"].valid === true, JSON.stringify(answers["ik.verifyUrl"]));
  await ik.listFiles();
  await check("size build: the reader and the media API load the module once", loads === 2, `loads ${loads}`);
  const bad = (() => { try { size.parseUrl("a.jpg"); } catch (x) { return x; } })();
  await check("size build: the reader's errors are the package's classes", bad instanceof size.ValidationError, String(bad));
}
suite.finish();
