// Size: each package's whole public surface (`export *`) bundled by esbuild --minify for the platform it targets,
// gzip -9. Ours: both wasm files (the speed build every entry but the browser's loads, the size build the browser
// entry loads; kept external by esbuild), and the JS of each entry (glue, error classes, lane, resources): what the
// entry loads when it is imported. Two things are not JS and are left out of that figure:
// - the base64 copies of the wasm (`wasm-inline*.cjs`): node.cjs inlines the speed build so that server bundlers have
//   no file to rewrite, and the async entries import one only when fetching the wasm file failed (Bun's browser
//   bundler). They are the wasm rows' bytes in another spelling, reported in a row of their own.
// - chunks reached only through a dynamic `import()` (esbuild `splitting`): a page never loads them unless that
//   fallback runs, or, for the media API's glue (imagekit_media.js; media.cjs in node.cjs), until the first media
//   call (media.js). The media API's wasm module has rows of its own.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { IK6, JS, NODE, OURS, ROOT, result } from "../lib.mjs";

const INLINED_WASM = /(^|\/)wasm-inline[\w-]*\.cjs$/;
// node.cjs's media glue: required by the first media call only (node-media.cjs), as the ES entries import() theirs.
const MEDIA_CJS = /(^|\/)media\.cjs$/;
/** esbuild plugin: the base64 wasm copies and node.cjs's media glue stay out of the bundle (see the header). */
const inlinedWasmExternal = {
  name: "inlined-wasm-external",
  setup(b) {
    b.onResolve({ filter: INLINED_WASM }, (args) => ({ path: args.path, external: true }));
    b.onResolve({ filter: MEDIA_CJS }, (args) => ({ path: args.path, external: true }));
  },
};

/** The minified files an import of `contents` loads: the entry chunk and the chunks it imports statically. */
async function bundle(contents, platform, conditions = []) {
  const r = await build({
    stdin: { contents, resolveDir: ROOT, loader: "js" }, bundle: true, minify: true, format: "esm", platform, conditions,
    target: "es2022", write: false, logLevel: "silent", external: ["*.wasm", "*.wasm?module", "node:*"],
    splitting: true, outdir: `${ROOT}/.size-out`, absWorkingDir: ROOT, metafile: true, plugins: [inlinedWasmExternal],
  });
  const files = new Map(r.outputFiles.map((f) => [f.path, f.contents]));
  const outputs = r.metafile.outputs;
  const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint !== undefined);
  const seen = new Set();
  const walk = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imp of outputs[key].imports) if (imp.kind === "import-statement" && !imp.external) walk(imp.path);
  };
  walk(entry);
  const chunks = [...seen].map((key) => files.get(resolve(ROOT, key)));
  if (chunks.some((c) => c === undefined)) throw new Error(`size: an output of ${contents} was not written`);
  return chunks;
}
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const sizes = (bytes) => ({ min: bytes.length, gz: gz(bytes) });
/** A bundle's files as a page fetches them: each one compressed on its own. */
const chunkSizes = (chunks) => ({ min: chunks.reduce((n, c) => n + c.length, 0), gz: chunks.reduce((n, c) => n + gz(c), 0) });
const KB = 1024;
const cell = (value) => ({ value, unit: "bytes" });

const speedWasm = sizes(readFileSync(`${ROOT}/pkg/imagekit_wasm_bg.wasm`));
const sizeWasm = sizes(readFileSync(`${ROOT}/pkg/imagekit_wasm_size.wasm`));
const speedMedia = sizes(readFileSync(`${ROOT}/pkg/imagekit_media_bg.wasm`));
const sizeMedia = sizes(readFileSync(`${ROOT}/pkg/imagekit_media_size.wasm`));
const inlinedWasm = sizes(readFileSync(`${ROOT}/pkg/wasm-inline.cjs`));
const entries = { "browser.js": "browser", "node.mjs": "node", "deno.js": "neutral", "workerd.js": "neutral", "edge.js": "neutral", "default.js": "neutral" };
const entryJs = {};
for (const [file, platform] of Object.entries(entries)) entryJs[file] = chunkSizes(await bundle(`export * from "./pkg/${file}";`, platform));
const peers = {
  [JS]: chunkSizes(await bundle(`export * from "@imagekit/javascript";`, "browser")),
  [NODE]: chunkSizes(await bundle(`export * from "@imagekit/nodejs"; export { default } from "@imagekit/nodejs";`, "node")),
  [IK6]: chunkSizes(await bundle(`export { default } from "imagekit";`, "node")),
};
const peerCells = (f) => Object.fromEntries(Object.entries(peers).map(([k, p]) => [k, cell(f(p))]));
const smallest = Math.min(...Object.values(peers).map((p) => p.gz));
const under = (n, kb) => ({ text: `≤ ${kb} KB: ${(n / KB).toFixed(1)} KB`, met: n <= kb * KB });
const browserTotal = entryJs["browser.js"].gz + sizeWasm.gz, nodeTotal = entryJs["node.mjs"].gz + speedWasm.gz;
const largestJs = Math.max(...Object.values(entryJs).map((s) => s.gz));

result("Size (esbuild --minify, gzip -9)", [OURS, JS, NODE, IK6], [
  { name: "wasm, speed build (Node, Deno, Bun, workerd, Vercel Edge, default), loaded at import, gzip", cells: { [OURS]: cell(speedWasm.gz) }, target: under(speedWasm.gz, 128) },
  { name: "wasm, size build (browser entry), loaded at import, gzip", cells: { [OURS]: cell(sizeWasm.gz) }, target: under(sizeWasm.gz, 64) },
  { name: "wasm, speed build's media API module (loaded by the first media call), gzip", cells: { [OURS]: cell(speedMedia.gz) } },
  { name: "wasm, size build's media API module (loaded by the first media call), gzip", cells: { [OURS]: cell(sizeMedia.gz) } },
  { name: "wasm, speed build as node.cjs inlines it (base64 in wasm-inline.cjs), gzip", cells: { [OURS]: cell(inlinedWasm.gz) } },
  ...Object.entries(entryJs).map(([file, s]) => ({ name: `JS of ${file}, minified + gzip`, cells: { [OURS]: cell(s.gz) }, target: under(s.gz, 14) })),
  { name: "JS, minified + gzip (ours: browser entry; peers: their package)", cells: { [OURS]: cell(entryJs["browser.js"].gz), ...peerCells((p) => p.gz) } },
  { name: "browser total (browser.js + size build), gzip", cells: { [OURS]: cell(browserTotal), ...peerCells((p) => p.gz) },
    target: { text: `ours ÷ smallest peer: ${(browserTotal / smallest).toFixed(1)}×` } },
  { name: "server total (node.mjs + speed build), gzip", cells: { [OURS]: cell(nodeTotal), [NODE]: cell(peers[NODE].gz), [IK6]: cell(peers[IK6].gz) } },
  { name: "browser total, minified (uncompressed)", cells: { [OURS]: cell(entryJs["browser.js"].min + sizeWasm.min), ...peerCells((p) => p.min) } },
], [
  `Platforms: ours per entry (browser.js browser, node.mjs node, the rest neutral), ${JS} browser, ${NODE} and ${IK6} node ` +
    `(Node built-ins external, npm dependencies bundled). Largest entry JS: ${(largestJs / KB).toFixed(1)} KB gzip. ` +
    `Raw wasm: speed ${(speedWasm.min / KB).toFixed(1)} KB (media API module ${(speedMedia.min / KB).toFixed(1)} KB), ` +
    `size ${(sizeWasm.min / KB).toFixed(1)} KB (media API module ${(sizeMedia.min / KB).toFixed(1)} KB).`,
]);
