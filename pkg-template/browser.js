// @ts-check
// Browsers and bundlers (Vite, esbuild, webpack, Bun): the wasm is an asset next to this file (wasm-source.js says
// how each bundler finds it); top-level await makes the exports ready when the import resolves, so no init call.
import { start } from "./start.js";
import { wasmSource } from "./wasm-source.js";

await start(await wasmSource());

export * from "./surface.js";
export { default } from "./surface.js";
