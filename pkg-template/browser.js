// Browsers and bundlers (Vite, esbuild, webpack): the wasm is an asset next to this file; top-level await makes
// the exports ready when the import resolves, so no init call is needed.
import init from "./imagekit_wasm.js";

await init({ module_or_path: new URL("./imagekit_wasm_bg.wasm", import.meta.url) });

export * from "./imagekit_wasm.js";
export * from "./classes.js";
