// @ts-check
// Cloudflare Workers (workerd): a Worker may not compile wasm from bytes, so the bundler (wrangler, or esbuild with
// the wasm module kept external) hands us a compiled WebAssembly.Module by import.
import wasmModule from "./imagekit_wasm_bg.wasm";
import { startSync } from "./start.js";

startSync(wasmModule);

export * from "./surface.js";
export { default } from "./surface.js";
