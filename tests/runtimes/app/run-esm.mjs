// Node ESM, Deno and Bun: one JSON line with the smoke result and the file the runtime resolved the package to.
import { run } from "./smoke-run.mjs";

const result = await run();
console.log(JSON.stringify({ ...result, entry: String(import.meta.resolve("imagekit-wasm")) }));
