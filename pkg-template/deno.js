// @ts-check
// Deno: the wasm is read from disk next to this file (Deno grants read access to its own npm cache). The URL is
// built from a name, not a literal, so that a bundler never turns it into an asset object.
import { useMedia } from "./media-load.js";
import { startSync } from "./start.js";

const WASM = "./imagekit_wasm_bg.wasm";
const MEDIA = "./imagekit_media_bg.wasm";
startSync(Deno.readFileSync(new URL(WASM, import.meta.url)));
// The media API's module is read by the first media call (media.js).
useMedia(() => Deno.readFile(new URL(MEDIA, import.meta.url)));

export * from "./surface.js";
export { default } from "./surface.js";
