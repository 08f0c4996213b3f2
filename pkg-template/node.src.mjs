// @ts-check
// Node.js (and Bun) as ES module: the CommonJS build itself (node.cjs), so that `import` and `require` share one
// wasm instance and one set of classes (an error thrown through one is `instanceof` the other's class).
// The names below are written in by tools/assemble.mjs from what node.cjs exports.
import * as ns from "./node.cjs";

// Node and most bundlers give the CommonJS exports (the constructible module, see assemble.mjs) as `default`;
// a bundler that honours their `__esModule` mark (Turbopack) spreads them into the namespace, with `default` then
// the class itself. Whichever of the two carries the named exports is the API.
const api = [ns, ns.default].find((c) => c && typeof c.phashDistance === "function") ?? ns;

export const { /* NAMES */ } = api;
export default api.ImageKit; // the class, as `import ImageKit from "@imagekit/nodejs"` gives
