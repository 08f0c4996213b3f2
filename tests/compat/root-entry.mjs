#!/usr/bin/env node
// COMPAT §3 items of the root entry (pkg/, after `make package`): `require("imagekit-wasm")` is the ImageKit class,
// constructible, with every named export of the ES module entry still on it. Prints `root-entry: N passed, M failed`.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(join(root, "package.json"));
const cjs = require(join(root, "pkg/node.cjs"));
const esm = await import(pathToFileURL(join(root, "pkg/node.mjs")).href);

let passed = 0, failed = 0;
const check = (name, fn) => {
  let ok, detail;
  try {
    ok = fn() === true;
  } catch (e) {
    detail = e.message;
  }
  if (ok) passed++;
  else {
    failed++;
    console.log(`  FAIL ${name}${detail ? `: ${detail}` : ""}`);
  }
};
const options = { privateKey: "private_key_test", urlEndpoint: "https://ik.imagekit.io/demo" };

check("require() gives a constructible function", () => typeof cjs === "function" && new cjs(options) instanceof cjs);
check("…whose instances are the ImageKit class's, named and default (as @imagekit/nodejs 7's export)", () =>
  new cjs(options) instanceof cjs.ImageKit && cjs.prototype === cjs.ImageKit.prototype && cjs.default === cjs.ImageKit &&
  cjs.ImageKit === esm.ImageKit);
check("an instance works", () => new cjs(options).url({ path: "/a.jpg", transformation: [{ width: 1 }] }) === "https://ik.imagekit.io/demo/tr:w-1/a.jpg");
check("every named export of the ES module entry is on it, and nothing else", () => Object.keys(cjs).sort().join() === Object.keys(esm).sort().join());
check("named exports by destructuring", () => {
  const { phashDistance, buildSrc, NotFoundError, APIError, ImageKit } = cjs;
  return phashDistance("2d5ad3936d2e015b", "2d6ed293db36a4fb") === 17 && typeof buildSrc === "function" &&
    new NotFoundError("x") instanceof APIError && typeof ImageKit === "function";
});
check("the statics 7.x has stay (ImageKit.NotFoundError, ImageKit.toFile)", () => cjs.NotFoundError === cjs.ImageKit.NotFoundError && typeof cjs.toFile === "function");
check("__esModule for default-import interop, not enumerable", () => cjs.__esModule === true && !Object.keys(cjs).includes("__esModule"));
check("TypeScript's esModuleInterop default import gives the class", () => {
  const importDefault = (mod) => (mod && mod.__esModule ? mod : { default: mod });
  return importDefault(cjs).default === cjs.ImageKit;
});
check("5.5.1's free upload() and its four error classes are root exports (ESM and CommonJS)", () =>
  ["upload", "ImageKitInvalidRequestError", "ImageKitServerError", "ImageKitUploadNetworkError", "ImageKitAbortError"]
    .every((n) => typeof esm[n] === "function" && typeof cjs[n] === "function" && cjs[n].name === esm[n].name));
check("7.x's UnprocessableEntityError is a root export and a static, an APIError", () =>
  [esm, cjs].every((m) => m.UnprocessableEntityError === m.ImageKit.UnprocessableEntityError && new m.UnprocessableEntityError("x") instanceof m.APIError));
check("the key never shows through the class", () => !JSON.stringify(new cjs(options)).includes("private_key_test"));

console.log(`root-entry: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
