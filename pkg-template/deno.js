// Deno: the wasm is read from disk next to this file (Deno grants read access to its own npm cache).
import { initSync } from "./imagekit_wasm.js";

initSync({ module: Deno.readFileSync(new URL("./imagekit_wasm_bg.wasm", import.meta.url)) });

export * from "./imagekit_wasm.js";
export * from "./classes.js";
