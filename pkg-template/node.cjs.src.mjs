// @ts-check
// Node.js (and Bun) through require(), and through import as well (node.mjs re-exports this file), so that one
// process holds one wasm instance and one set of classes whichever loads first. Bundled to CommonJS (node.cjs)
// when the package is assembled. The wasm bytes are inlined (wasm-inline.cjs): no file is read, so a server bundler
// (Next.js's webpack or Turbopack, esbuild for a Lambda) cannot break the path to it.
import { setSharedTimeout, setUploadFetch } from "./io.js";
import { setMediaLoader } from "./media.js";
import { loadMedia } from "./node-media.cjs";
import { sharedTimeout } from "./node-timeout.js";
import { nodeUploadFetch } from "./node-upload.js";
import { startSync } from "./start.js";
import { wasmBytes } from "./wasm-inline.cjs";

startSync(wasmBytes());
// The media API's module (its glue and its inlined wasm) is required by the first media call (media.js).
setMediaLoader(async () => loadMedia());
// Uploads stream through node:http: Node 20's fetch would hold the whole file in memory.
setUploadFetch(nodeUploadFetch);
// Attempts share timeout signals (node-timeout.js: an AbortController costs ~17 µs to make in Node 20).
setSharedTimeout(sharedTimeout);

export * from "./surface.js";
export { default } from "./surface.js";
