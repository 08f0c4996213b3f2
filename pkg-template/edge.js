// Vercel Edge (edge-light): like Workers, wasm must arrive as a compiled module, through the `?module` import
// Vercel's bundler understands.
import wasmModule from "./imagekit_wasm_bg.wasm?module";
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
