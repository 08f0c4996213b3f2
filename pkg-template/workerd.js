// Cloudflare Workers (workerd): a Worker may not compile wasm from bytes, so the bundler (wrangler, or esbuild with
// the wasm module kept external) hands us a compiled WebAssembly.Module by import.
import wasmModule from "./imagekit_wasm_bg.wasm";
import { initSync } from "./imagekit_wasm.js";
import { installResources } from "./resources.js";

initSync({ module: wasmModule });
installResources();

export * from "./imagekit_wasm.js";
// The one-crossing forms of the hot functions, in place of the glue's (fast.js).
export { buildSrc, buildTransformationString, getResponsiveImageAttributes, phashDistance } from "./fast.js";
// `import ImageKit from "imagekit-wasm"`, as `@imagekit/nodejs` is imported.
export { ImageKit as default } from "./imagekit_wasm.js";
export * from "./classes.js";
