// Node.js (and Bun) as ES module: the CommonJS build itself (node.cjs), so that `import` and `require` share one
// wasm instance and one set of classes (an error thrown through one is `instanceof` the other's class).
// The names below are written in by tools/assemble.mjs from what node.cjs exports.
import * as ns from "./node.cjs";

// Node gives the CommonJS exports object as `default`; a bundler honouring `__esModule` gives it as the namespace.
const api = ns.default !== null && typeof ns.default === "object" ? ns.default : ns;

export const { /* NAMES */ } = api;
export default api.default;
