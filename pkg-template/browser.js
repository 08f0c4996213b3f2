// @ts-check
// Browsers and bundlers (Vite, esbuild, webpack, Bun): the wasm is an asset next to this file (wasm-source.js says
// how each bundler finds it); top-level await makes the exports ready when the import resolves, so no init call.
import { useMedia } from "./media-load.js";
import { start } from "./start.js";
// The size build (SPEC §8): wasm-source-size.js is wasm-source.js naming imagekit_wasm_size.wasm and
// imagekit_media_size.wasm (tools/assemble.mjs).
import { mediaSource, wasmSource } from "./wasm-source-size.js";

await start(await wasmSource());
// The media API's module is fetched by the first media call (media.js).
useMedia(mediaSource);

export * from "./surface.js";
export { default } from "./surface.js";
