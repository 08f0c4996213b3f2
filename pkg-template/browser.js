// Browsers and bundlers (Vite, esbuild, webpack): the wasm is an asset next to this file; top-level await makes
// the exports ready when the import resolves, so no init call is needed.
import init from "./imagekit_wasm.js";
import { installResources } from "./resources.js";

await init({ module_or_path: new URL("./imagekit_wasm_size.wasm", import.meta.url) });
installResources();

export * from "./imagekit_wasm.js";
// The one-crossing forms of the hot functions, in place of the glue's (fast.js).
export { buildSrc, buildTransformationString, getResponsiveImageAttributes, phashDistance } from "./fast.js";
// `import ImageKit from "imagekit-wasm"`, as `@imagekit/nodejs` is imported.
export { ImageKit as default } from "./imagekit_wasm.js";
export * from "./classes.js";
