// Node.js (and Bun) as ES module: the wasm is read from disk next to this file and instantiated synchronously,
// so the exports are ready when the import resolves.
import { readFileSync } from "node:fs";
import { initSync } from "./imagekit_wasm.js";

initSync({ module: readFileSync(new URL("./imagekit_wasm_bg.wasm", import.meta.url)) });

export * from "./imagekit_wasm.js";
export * from "./classes.js";
