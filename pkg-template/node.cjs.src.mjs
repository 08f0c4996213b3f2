// Node.js (and Bun) through require(): bundled to CommonJS (node.cjs) when the package is assembled.
// `__dirname` is the CommonJS module's own; esbuild leaves it alone.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { initSync } from "./imagekit_wasm.js";

initSync({ module: readFileSync(join(__dirname, "imagekit_wasm_bg.wasm")) });

export * from "./imagekit_wasm.js";
export * from "./classes.js";
