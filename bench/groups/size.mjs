// Size: each package's whole public surface (`export *`) bundled by esbuild --minify for the platform it targets,
// gzip -9. Ours: both wasm files (the speed build every entry but the browser's loads, the size build the browser
// entry loads; kept external by esbuild), and the JS of each entry (glue, error classes, lane, resources).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { IK6, JS, NODE, OURS, ROOT, result } from "../lib.mjs";

async function bundle(contents, platform, conditions = []) {
  const r = await build({
    stdin: { contents, resolveDir: ROOT, loader: "js" }, bundle: true, minify: true, format: "esm", platform, conditions,
    target: "es2022", write: false, logLevel: "silent", external: ["*.wasm", "*.wasm?module", "node:*"],
  });
  return r.outputFiles[0].contents;
}
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const sizes = (bytes) => ({ min: bytes.length, gz: gz(bytes) });
const KB = 1024;
const cell = (value) => ({ value, unit: "bytes" });

const speedWasm = sizes(readFileSync(`${ROOT}/pkg/imagekit_wasm_bg.wasm`));
const sizeWasm = sizes(readFileSync(`${ROOT}/pkg/imagekit_wasm_size.wasm`));
const entries = { "browser.js": "browser", "node.mjs": "node", "deno.js": "neutral", "workerd.js": "neutral", "edge.js": "neutral", "default.js": "neutral" };
const entryJs = {};
for (const [file, platform] of Object.entries(entries)) entryJs[file] = sizes(await bundle(`export * from "./pkg/${file}";`, platform));
const peers = {
  [JS]: sizes(await bundle(`export * from "@imagekit/javascript";`, "browser")),
  [NODE]: sizes(await bundle(`export * from "@imagekit/nodejs"; export { default } from "@imagekit/nodejs";`, "node")),
  [IK6]: sizes(await bundle(`export { default } from "imagekit";`, "node")),
};
const peerCells = (f) => Object.fromEntries(Object.entries(peers).map(([k, p]) => [k, cell(f(p))]));
const smallest = Math.min(...Object.values(peers).map((p) => p.gz));
const under = (n, kb) => ({ text: `≤ ${kb} KB: ${(n / KB).toFixed(1)} KB`, met: n <= kb * KB });
const browserTotal = entryJs["browser.js"].gz + sizeWasm.gz, nodeTotal = entryJs["node.mjs"].gz + speedWasm.gz;
const largestJs = Math.max(...Object.values(entryJs).map((s) => s.gz));

result("Size (esbuild --minify, gzip -9)", [OURS, JS, NODE, IK6], [
  { name: "wasm, speed build (Node, Deno, Bun, workerd, Vercel Edge, default), gzip", cells: { [OURS]: cell(speedWasm.gz) }, target: under(speedWasm.gz, 128) },
  { name: "wasm, size build (browser entry), gzip", cells: { [OURS]: cell(sizeWasm.gz) }, target: under(sizeWasm.gz, 64) },
  ...Object.entries(entryJs).map(([file, s]) => ({ name: `JS of ${file}, minified + gzip`, cells: { [OURS]: cell(s.gz) }, target: under(s.gz, 14) })),
  { name: "JS, minified + gzip (ours: browser entry; peers: their package)", cells: { [OURS]: cell(entryJs["browser.js"].gz), ...peerCells((p) => p.gz) } },
  { name: "browser total (browser.js + size build), gzip", cells: { [OURS]: cell(browserTotal), ...peerCells((p) => p.gz) },
    target: { text: `ours ÷ smallest peer: ${(browserTotal / smallest).toFixed(1)}×` } },
  { name: "server total (node.mjs + speed build), gzip", cells: { [OURS]: cell(nodeTotal), [NODE]: cell(peers[NODE].gz), [IK6]: cell(peers[IK6].gz) } },
  { name: "browser total, minified (uncompressed)", cells: { [OURS]: cell(entryJs["browser.js"].min + sizeWasm.min), ...peerCells((p) => p.min) } },
], [
  `Platforms: ours per entry (browser.js browser, node.mjs node, the rest neutral), ${JS} browser, ${NODE} and ${IK6} node ` +
    `(Node built-ins external, npm dependencies bundled). Largest entry JS: ${(largestJs / KB).toFixed(1)} KB gzip. ` +
    `Raw wasm: speed ${(speedWasm.min / KB).toFixed(1)} KB, size ${(sizeWasm.min / KB).toFixed(1)} KB.`,
]);
