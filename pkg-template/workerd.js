// @ts-check
// Cloudflare Workers (workerd): a Worker may not compile wasm from bytes, so the bundler (wrangler, or esbuild with
// the wasm module kept external) hands us a compiled WebAssembly.Module by import.
import wasmModule from "./imagekit_wasm_bg.wasm";
import { useMedia } from "./media-load.js";
import { startSync } from "./start.js";

startSync(wasmModule);
// The media API's module, imported and instantiated by the first media call (media.js).
useMedia(() => import("./imagekit_media_bg.wasm").then((m) => m.default));

export * from "./surface.js";
export { default } from "./surface.js";
