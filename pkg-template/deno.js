// Deno: the wasm is read from disk next to this file (Deno grants read access to its own npm cache).
import { initSync } from "./imagekit_wasm.js";
import { installResources } from "./resources.js";

initSync({ module: Deno.readFileSync(new URL("./imagekit_wasm_bg.wasm", import.meta.url)) });
installResources();

export * from "./imagekit_wasm.js";
// The one-crossing forms of the hot functions, in place of the glue's (fast.js).
export { buildSrc, buildTransformationString, getResponsiveImageAttributes, phashDistance } from "./fast.js";
// `import ImageKit from "imagekit-wasm"`, as `@imagekit/nodejs` is imported.
export { ImageKit as default } from "./imagekit_wasm.js";
export * from "./classes.js";
