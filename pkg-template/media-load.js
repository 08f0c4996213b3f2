// @ts-check
// How the ES module entries load the media module (media.js) on the first media call: its glue by a dynamic
// import (bundlers make it a chunk of its own), its wasm from `source()`, the entry's own way. A compiled module
// (workerd, Vercel Edge: possibly of another realm) is instantiated synchronously, anything else by the glue's init.
// node.cjs has its own loader (node-media.cjs): its glue must share node.cjs's error classes.
import { setMediaLoader } from "./media.js";

/** @param {() => Promise<unknown>} source */
export function useMedia(source) {
  setMediaLoader(async () => {
    const [g, wasm] = await Promise.all([import("./imagekit_media.js"), source()]);
    if (Object.prototype.toString.call(wasm) === "[object WebAssembly.Module]") g.initSync({ module: wasm });
    else await g.default({ module_or_path: wasm });
    return g;
  });
}
