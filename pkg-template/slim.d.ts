export * from "./index.js";
/** Loads the wasm (fetched next to this file, or from `module_or_path`). Call once before anything else. */
declare function init(input?: { module_or_path?: RequestInfo | URL | Response | BufferSource | WebAssembly.Module }): Promise<unknown>;
export default init;
export { init };
