// @ts-check
// Browsers and bundlers (Vite, esbuild, webpack, Bun): the wasm is an asset next to this file (wasm-source.js says
// how each bundler finds it); top-level await makes the exports ready when the import resolves, so no init call.
import { start } from "./start.js";
// The size build (SPEC §8): wasm-source-size.js is wasm-source.js naming imagekit_wasm_size.wasm (tools/assemble.mjs).
import { wasmSource } from "./wasm-source-size.js";

await start(await wasmSource());

export * from "./surface.js";
export { default } from "./surface.js";
