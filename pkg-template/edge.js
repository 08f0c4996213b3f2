// @ts-check
// Vercel Edge and Next.js edge routes (edge-light): like Workers, wasm must arrive as a compiled module, through
// the `?module` import Vercel's and Next.js's bundlers understand. Next.js hands over a module of another realm;
// start.js accepts it.
import wasmModule from "./imagekit_wasm_bg.wasm?module";
import { useMedia } from "./media-load.js";
import { startSync } from "./start.js";

startSync(wasmModule);
// The media API's module, by the same `?module` import, made by the first media call (media.js).
useMedia(() => import("./imagekit_media_bg.wasm?module").then((m) => m.default));

export * from "./surface.js";
export { default } from "./surface.js";
