export * from "./index.js";
/** Loads the wasm (fetched next to this file, or from `module_or_path`). Call once before anything else. The media
 * API's module (`imagekit_media_bg.wasm`) is loaded by the first media call, from `media` when given. */
declare function init(input?: {
  module_or_path?: RequestInfo | URL | Response | BufferSource | WebAssembly.Module;
  media?: RequestInfo | URL | Response | BufferSource | WebAssembly.Module;
}): Promise<unknown>;
export default init;
export { init };
