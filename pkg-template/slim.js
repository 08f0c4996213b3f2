// Explicit initialisation for hosts the conditional entries do not cover: call `await init()` (fetches the wasm
// next to this file, or takes `{ module_or_path }`) or `initSync({ module })` before using anything else.
export { default as init, initSync } from "./imagekit_wasm.js";
export * from "./imagekit_wasm.js";
export * from "./classes.js";
