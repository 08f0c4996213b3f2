// Explicit initialisation for hosts the conditional entries do not cover: call `await init()` (the wasm next to
// this file: fetched, read from disk, or inlined — wasm-source.js) or `await init({ module_or_path })` /
// `initSync({ module })` before using anything else. Nothing runs at import: the resource surface is installed by
// init, after the wasm is instantiated. `init` is also the default export (the wasm-bindgen convention).
import { start, startSync } from "./start.js";
import { wasmSource } from "./wasm-source.js";

/** Loads the wasm (from `input.module_or_path` when given) and installs the surface; resolves when ready. */
export async function init(input) {
  const given = input && typeof input === "object" && Object.getPrototypeOf(input) === Object.prototype ? input.module_or_path : input;
  return start(given === undefined ? await wasmSource() : given);
}

/** Instantiates `input.module` (bytes or a compiled module) synchronously and installs the surface. */
export function initSync(input) {
  const given = input && typeof input === "object" && Object.getPrototypeOf(input) === Object.prototype ? input.module : input;
  return startSync(given);
}

export { init as default };
export * from "./surface.js";
