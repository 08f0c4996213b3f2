// @ts-check
// Explicit initialisation for hosts the conditional entries do not cover: call `await init()` (the wasm next to
// this file: fetched, read from disk, or inlined — wasm-source.js) or `await init({ module_or_path })` /
// `initSync({ module })` before using anything else. Nothing runs at import: the resource surface is installed by
// init, after the wasm is instantiated. `init` is also the default export (the wasm-bindgen convention).
// The media API's module is loaded by the first media call (media.js): from `media` when init was given one (a
// source as `module_or_path` takes), else the file next to this one, like the default init's.
import { useMedia } from "./media-load.js";
import { start, startSync } from "./start.js";
import { mediaSource, wasmSource } from "./wasm-source.js";

/** @typedef {RequestInfo | URL | Response | BufferSource | WebAssembly.Module} WasmSource */

/**
 * Whether `v` is an options object (`{ module_or_path }`, `{ module }`) rather than the wasm source itself.
 * @param {unknown} v
 * @returns {v is Record<string, unknown>}
 */
const isOptions = (v) => v !== null && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype;

/**
 * Loads the wasm (from `input.module_or_path` when given) and installs the surface; resolves when ready. The
 * media API's module comes from `input.media` when given (loaded by the first media call).
 * @param {{ module_or_path?: WasmSource, media?: WasmSource } | WasmSource} [input]
 */
export async function init(input) {
  const given = /** @type {WasmSource | undefined} */ (isOptions(input) ? input.module_or_path : input);
  const out = await start(given === undefined ? await wasmSource() : given);
  mediaFrom(input);
  return out;
}

/**
 * The media module's source: `input.media` when given, else the file next to this one.
 * @param {unknown} input
 */
function mediaFrom(input) {
  const media = isOptions(input) ? input.media : undefined;
  useMedia(media === undefined ? mediaSource : async () => media);
}

/**
 * Instantiates `input.module` (bytes or a compiled module) synchronously and installs the surface.
 * @param {{ module: BufferSource | WebAssembly.Module, media?: WasmSource } | BufferSource | WebAssembly.Module} input
 */
export function initSync(input) {
  const out = startSync(/** @type {BufferSource | WebAssembly.Module} */ (isOptions(input) ? input.module : input));
  mediaFrom(input);
  return out;
}

export { init as default };
export * from "./surface.js";
