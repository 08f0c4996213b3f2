// @ts-check
// Any other ES module host: read the wasm from disk when this file is on disk, else fetch it (wasm-source.js).
import { start } from "./start.js";
import { wasmSource } from "./wasm-source.js";

await start(await wasmSource());

export * from "./surface.js";
export { default } from "./surface.js";
