// Node.js (and Bun) through require(): bundled to CommonJS (node.cjs) when the package is assembled.
// `__dirname` is the CommonJS module's own; esbuild leaves it alone.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { initSync } from "./imagekit_wasm.js";
import { setSharedTimeout, setUploadFetch } from "./io.js";
import { sharedTimeout } from "./node-timeout.js";
import { nodeUploadFetch } from "./node-upload.js";
import { installResources } from "./resources.js";

initSync({ module: readFileSync(join(__dirname, "imagekit_wasm_bg.wasm")) });
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
