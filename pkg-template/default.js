// @ts-check
// Any other ES module host: read the wasm from disk when this file is on disk, else fetch it (wasm-source.js).
import { useMedia } from "./media-load.js";
import { start } from "./start.js";
import { mediaSource, wasmSource } from "./wasm-source.js";

await start(await wasmSource());
// The media API's module is read or fetched by the first media call (media.js).
useMedia(mediaSource);

export * from "./surface.js";
export { default } from "./surface.js";
