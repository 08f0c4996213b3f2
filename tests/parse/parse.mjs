#!/usr/bin/env node
// parseUrl, transformUrl (free and on the client), ik.verifyUrl and ik.parseUrl through the built package: exact
// outputs for the cases the README shows, the JS-only parts (undefined removes a key, an edit function, errors
// thrown as ValidationError), and the responsive-image options of issue 17 part 5.
// usage: node tests/parse/parse.mjs     prints `parse: N passed, M failed`
import assert from "node:assert/strict";
import * as api from "../../pkg/node.mjs";
// The browser's build (run through tests/hardening/size-build.mjs) loads the URL reader on demand (README "Size").
await api.loadUrlReader();

const { ImageKit, ValidationError, buildSrc, parseUrl, transformUrl, getResponsiveImageAttributes } = api;
let passed = 0;
let failed = 0;
function test(name, fn) {
  try {
    fn();
    passed++;
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.message}`);
  }
}
const ep = "https://ik.imagekit.io/demo";
const ik = new ImageKit({ privateKey: "private_key_test", urlEndpoint: ep });
const throwsValidation = (fn, pattern) =>
  assert.throws(fn, (e) => e instanceof ValidationError && e.name === "ValidationError" && pattern.test(e.message));

test("parseUrl: path form, table names, layers, query parameters", () => {
  const u = `${ep}/tr:w-300,h-200,e-grayscale,e-sharpen-10,fake-1:l-text,ie-SGk%2FIQ%3D%3D,lx-10,w-50,l-end/folder/a.jpg?v=2`;
  assert.deepEqual(parseUrl(u), {
    urlEndpoint: ep,
    src: "/folder/a.jpg",
    transformation: [
      { width: 300, height: 200, grayscale: true, sharpen: 10, raw: "fake-1" },
      { overlay: { type: "text", text: "Hi?!", position: { x: 10 }, transformation: [{ width: 50 }] } },
    ],
    transformationPosition: "path",
    queryParameters: { v: "2" },
    signature: null,
  });
  assert.equal(buildSrc(parseUrl(u)), u);
});

test("parseUrl: both forms together, path steps first", () => {
  const p = parseUrl(`${ep}/tr:w-300/a.jpg?tr=rt-90`);
  assert.deepEqual(p.transformation, [{ width: 300 }, { rotation: 90 }]);
  assert.equal(p.transformationPosition, "path");
  assert.equal(buildSrc(p), `${ep}/tr:w-300:rt-90/a.jpg`);
});

test("parseUrl: a custom domain needs its urlEndpoint; ik-t/ik-s read", () => {
  const u = "https://img.example.com/shop/tr:w-1/a.jpg?ik-t=1700000000&ik-s=abc";
  assert.equal(parseUrl(u).urlEndpoint, "https://img.example.com");
  const p = parseUrl(u, { urlEndpoint: "https://img.example.com/shop" });
  assert.equal(p.urlEndpoint, "https://img.example.com/shop");
  assert.equal(p.src, "/a.jpg");
  assert.deepEqual(p.signature, { expiresAt: 1700000000, signature: "abc" });
  assert.equal(ik.parseUrl(`${ep}/a.jpg`).urlEndpoint, ep);
});

test("parseUrl: throws only ValidationError", () => {
  for (const bad of ["", "a.jpg", "ftp://x/y", "https://", 5, undefined, null, {}]) throwsValidation(() => parseUrl(bad), /./);
  throwsValidation(() => parseUrl(`${ep}/a.jpg`, { urlEndpoint: "nope" }), /urlEndpoint must be an http\(s\) URL/);
  throwsValidation(() => parseUrl(`${ep}/a.jpg`, { endpoint: ep }), /unknown option `endpoint`/);
});

test("transformUrl: set, undefined removes, function edits", () => {
  const u = `${ep}/tr:w-300,h-200:rt-90/a.jpg`;
  assert.equal(transformUrl(u, { width: 500, height: undefined }), `${ep}/tr:w-500:rt-90/a.jpg`);
  assert.equal(transformUrl(u, { grayscale: true }), `${ep}/tr:w-300,h-200,e-grayscale:rt-90/a.jpg`);
  assert.equal(transformUrl(u, (steps) => steps.slice(0, 1)), `${ep}/tr:w-300,h-200/a.jpg`);
  assert.equal(transformUrl(u, () => []), `${ep}/a.jpg`);
  assert.equal(transformUrl(u, undefined, { transformationPosition: "query" }), `${ep}/a.jpg?tr=w-300,h-200:rt-90`);
  assert.equal(transformUrl(`${ep}/a.jpg?v=1`, { width: 100 }), `${ep}/a.jpg?v=1&tr=w-100`);
});

test("transformUrl: errors", () => {
  const u = `${ep}/tr:w-300/a.jpg`;
  throwsValidation(() => transformUrl(u, () => "x"), /must return an array of steps, got string/);
  const mine = new Error("mine");
  assert.throws(() => transformUrl(u, () => { throw mine; }), (e) => e instanceof ValidationError && e.cause === mine && /threw: mine/.test(e.message));
  throwsValidation(() => transformUrl(u, 5), /edit must be an object/);
  throwsValidation(() => transformUrl(u, { width: 1n }), /edit.width cannot be read/);
  const signed = ik.buildSrc({ src: "/a.jpg", transformation: [{ width: 300 }], expiresIn: 600 });
  throwsValidation(() => transformUrl(signed, { width: 1 }), /signed.*ik\.transformUrl/);
});

test("ik.transformUrl re-signs keeping the expiry, or with expiresIn", () => {
  const signed = ik.buildSrc({ src: "/a.jpg", transformation: [{ width: 300 }], expiresIn: 600 });
  const expiry = new URL(signed).searchParams.get("ik-t");
  const again = ik.transformUrl(signed, { width: 500 });
  assert.match(again, new RegExp(`^${ep}/a\\.jpg\\?tr=w-500&ik-t=${expiry}&ik-s=[0-9a-f]{40}$`));
  assert.equal(ik.verifyUrl(again).valid, true);
  const fresh = ik.transformUrl(signed, undefined, { expiresIn: 60 });
  assert.ok(Number(new URL(fresh).searchParams.get("ik-t")) <= Math.floor(Date.now() / 1000) + 60);
  assert.equal(ik.transformUrl(signed), signed);
});

test("ik.verifyUrl: valid, expired, signedString", () => {
  const seed = new ImageKit({ privateKey: "private_key_test", urlEndpoint: "https://ik.imagekit.io/test_url_endpoint" });
  const u = "https://ik.imagekit.io/test_url_endpoint/tr:w-100/test-signed-url.png?ik-s=41b3075c40bc84147eb71b8b49ae7fbf349d0f00";
  assert.deepEqual(seed.verifyUrl(u), { valid: true, expired: false, expiresAt: null, signedString: "tr:w-100/test-signed-url.png9999999999" });
  assert.equal(seed.verifyUrl(u.replace("w-100", "w-101")).valid, false);
  const s = ik.buildSrc({ src: "/a.jpg", expiresIn: 60 });
  const at = Number(new URL(s).searchParams.get("ik-t"));
  assert.deepEqual(ik.verifyUrl(s, { now: (at + 1) * 1000 }), { valid: true, expired: true, expiresAt: at, signedString: `a.jpg${at}` });
  throwsValidation(() => new ImageKit({}).verifyUrl(s), /privateKey/);
});

test("getResponsiveImageAttributes: defaults unchanged", () => {
  const a = getResponsiveImageAttributes({ src: "a.jpg", urlEndpoint: ep, width: 500 });
  assert.deepEqual(a, {
    src: `${ep}/a.jpg?tr=w-1080,c-at_max`,
    srcSet: `${ep}/a.jpg?tr=w-640,c-at_max 1x, ${ep}/a.jpg?tr=w-1080,c-at_max 2x`,
    width: 500,
  });
});

test("getResponsiveImageAttributes: widths, min/max with tolerance, DPRs with variable quality", () => {
  assert.equal(
    getResponsiveImageAttributes({ src: "a.jpg", urlEndpoint: ep, widths: [400, 800] }).srcSet,
    `${ep}/a.jpg?tr=w-400,c-at_max 400w, ${ep}/a.jpg?tr=w-800,c-at_max 800w`,
  );
  const generated = getResponsiveImageAttributes({ src: "a.jpg", urlEndpoint: ep, minWidth: 200, maxWidth: 300, widthTolerance: 0.25 });
  assert.equal(generated.srcSet.split(", ").map((c) => c.split(" ")[1]).join(), "200w,250w,300w");
  const dpr = getResponsiveImageAttributes({ src: "a.jpg", urlEndpoint: ep, width: 100, widths: [100, 200, 300], devicePixelRatios: [1, 2, 3], variableQuality: true });
  assert.equal(dpr.srcSet, `${ep}/a.jpg?tr=w-100,c-at_max,q-75 1x, ${ep}/a.jpg?tr=w-200,c-at_max,q-50 2x, ${ep}/a.jpg?tr=w-300,c-at_max,q-35 3x`);
  throwsValidation(() => getResponsiveImageAttributes({ src: "a.jpg", urlEndpoint: ep, devicePixelRatios: [1] }), /numeric width/);
});

console.log(`parse: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
