// Explicit initialisation for hosts the conditional entries do not cover: call `await init()` (fetches the wasm
// next to this file, or takes `{ module_or_path }`) or `initSync({ module })` before using anything else.
// `init` is also the default export, as slim.d.ts declares (the wasm-bindgen convention `import init from`).
import { installResources } from "./resources.js";

// The resource surface (ik.files.get, …) only touches the class, so it can be installed before init.
installResources();

export { default, default as init, initSync } from "./imagekit_wasm.js";
export * from "./imagekit_wasm.js";
// The one-crossing forms of the hot functions, in place of the glue's (fast.js).
export { buildSrc, buildTransformationString, getResponsiveImageAttributes, phashDistance } from "./fast.js";
export * from "./classes.js";
