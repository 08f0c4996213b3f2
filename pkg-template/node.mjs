// Node.js (and Bun) as ES module: the wasm is read from disk next to this file and instantiated synchronously,
// so the exports are ready when the import resolves.
import { readFileSync } from "node:fs";
import { initSync } from "./imagekit_wasm.js";
import { setSharedTimeout, setUploadFetch } from "./io.js";
import { sharedTimeout } from "./node-timeout.js";
import { nodeUploadFetch } from "./node-upload.js";
import { installResources } from "./resources.js";

initSync({ module: readFileSync(new URL("./imagekit_wasm_bg.wasm", import.meta.url)) });
installResources();
// Uploads stream through node:http: Node 20's fetch would hold the whole file in memory.
setUploadFetch(nodeUploadFetch);
// Attempts share timeout signals (node-timeout.js: an AbortController costs ~17 µs to make in Node 20).
setSharedTimeout(sharedTimeout);

export * from "./imagekit_wasm.js";
// The one-crossing forms of the hot functions, in place of the glue's (fast.js).
export { buildSrc, buildTransformationString, getResponsiveImageAttributes, phashDistance } from "./fast.js";
// `import ImageKit from "imagekit-wasm"`, as `@imagekit/nodejs` is imported.
export { ImageKit as default } from "./imagekit_wasm.js";
export * from "./classes.js";
