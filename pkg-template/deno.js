// @ts-check
// Deno: the wasm is read from disk next to this file (Deno grants read access to its own npm cache). The URL is
// built from a name, not a literal, so that a bundler never turns it into an asset object.
import { startSync } from "./start.js";

const WASM = "./imagekit_wasm_bg.wasm";
startSync(Deno.readFileSync(new URL(WASM, import.meta.url)));

export * from "./surface.js";
export { default } from "./surface.js";
