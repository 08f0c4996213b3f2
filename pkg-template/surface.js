// @ts-check
// The public surface, the same for every runtime entry: each entry only loads the wasm its own way (start.js) and
// then re-exports this module (`export * from "./surface.js"` plus the default). Adding an export here adds it
// to every runtime at once; index.d.ts declares exactly these names (tests/runtimes/package-checks.mjs).
export * from "./imagekit_wasm.js";
// The one-crossing forms of the hot functions, in place of the glue's (lane.js).
export { buildSrc, buildTransformationString, getResponsiveImageAttributes, phashDistance } from "./lane.js";
// The client class and the free webhook functions guarded against a trapped module (lane.js), in place of the
// glue's: after a trap they throw the one "module stopped" ImageKitError instead of a raw RuntimeError.
export { ImageKit, verifyWebhookEvent, unwrapWebhook, parseUrl, transformUrl } from "./lane.js";
// `import ImageKit from "imagekit-wasm"`, as `@imagekit/nodejs` is imported.
export { ImageKit as default } from "./lane.js";
export * from "./classes.js";
// Makes the URL reader ready (at once, but in the browser's build, where it is loaded on demand: reader.js).
export { loadUrlReader } from "./lane.js";
