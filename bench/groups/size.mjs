// Size: each package's whole public surface (`export *`) bundled by esbuild --minify for the platform it targets,
// gzip -9. Ours: the browser entry's JS (glue + error classes) plus the .wasm it loads (kept external by esbuild,
// fetched next to it), and the Node entry for comparison with the Node SDKs.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { IK6, JS, NODE, OURS, ROOT, result } from "../lib.mjs";

async function bundle(contents, platform) {
  const r = await build({
    stdin: { contents, resolveDir: ROOT, loader: "js" }, bundle: true, minify: true, format: "esm", platform,
    target: "es2022", write: false, logLevel: "silent", external: ["*.wasm"],
  });
  return r.outputFiles[0].contents;
}
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const sizes = (bytes) => ({ min: bytes.length, gz: gz(bytes) });

const wasm = readFileSync(`${ROOT}/pkg/imagekit_wasm_bg.wasm`);
const oursBrowser = sizes(await bundle(`export * from "./pkg/browser.js";`, "browser"));
const oursNode = sizes(await bundle(`export * from "./pkg/node.mjs";`, "node"));
const peers = {
  [JS]: sizes(await bundle(`export * from "@imagekit/javascript";`, "browser")),
  [NODE]: sizes(await bundle(`export * from "@imagekit/nodejs"; export { default } from "@imagekit/nodejs";`, "node")),
  [IK6]: sizes(await bundle(`export { default } from "imagekit";`, "node")),
};
const w = { min: wasm.length, gz: gz(wasm) };
const cell = (value) => ({ value, unit: "bytes" });
const total = oursBrowser.gz + w.gz;
const smallest = Math.min(...Object.values(peers).map((p) => p.gz));
result("Size (esbuild --minify, gzip -9)", [OURS, JS, NODE, IK6], [
  { name: "JS, minified + gzip (ours: browser entry)", cells: { [OURS]: cell(oursBrowser.gz), ...Object.fromEntries(Object.entries(peers).map(([k, p]) => [k, cell(p.gz)])) } },
  { name: "wasm, gzip", cells: { [OURS]: cell(w.gz) } },
  { name: "total, gzip", cells: { [OURS]: cell(total), ...Object.fromEntries(Object.entries(peers).map(([k, p]) => [k, cell(p.gz)])) },
    target: { text: `ours ÷ smallest peer: ${(total / smallest).toFixed(1)}×` } },
  { name: "total, minified (uncompressed)", cells: { [OURS]: cell(oursBrowser.min + w.min), ...Object.fromEntries(Object.entries(peers).map(([k, p]) => [k, cell(p.min)])) } },
], [
  `Platforms: ours and ${JS} browser, ${NODE} and ${IK6} node (Node built-ins external, npm dependencies bundled). ` +
    `Our Node entry's JS is ${(oursNode.gz / 1024).toFixed(1)} KiB gzip (same glue, reads the wasm from disk).`,
]);
