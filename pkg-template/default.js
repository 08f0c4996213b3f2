// Any other ES module host: read the wasm from disk when this file is on disk, else fetch it.
import init, { initSync } from "./imagekit_wasm.js";
import { installResources } from "./resources.js";

const wasmUrl = new URL("./imagekit_wasm_bg.wasm", import.meta.url);
if (wasmUrl.protocol === "file:") {
  const { readFileSync } = await import("node:fs");
  initSync({ module: readFileSync(wasmUrl) });
} else {
  await init({ module_or_path: wasmUrl });
}
installResources();

export * from "./imagekit_wasm.js";
// The one-crossing forms of the hot functions, in place of the glue's (fast.js).
export { buildSrc, buildTransformationString, getResponsiveImageAttributes, phashDistance } from "./fast.js";
// `import ImageKit from "imagekit-wasm"`, as `@imagekit/nodejs` is imported.
export { ImageKit as default } from "./imagekit_wasm.js";
export * from "./classes.js";
