// What `require("imagekit-wasm")` gives (node.cjs ends by calling this on its exports): the ImageKit class itself,
// so that `const ImageKit = require("imagekit-wasm"); new ImageKit(opts)` works as with `@imagekit/nodejs` 7
// (COMPAT §3), carrying every named export as an own enumerable property, so that `require(...).ImageKit`,
// `const { buildSrc, NotFoundError } = require(...)` and `.default` keep working. `__esModule` keeps the
// default-import interop of TypeScript and bundlers (`import ImageKit from` → `.default`).
"use strict";

module.exports = function callable(namespace) {
  const ImageKit = namespace.ImageKit;
  for (const name of Object.keys(namespace)) {
    Object.defineProperty(ImageKit, name, { value: namespace[name], enumerable: true, writable: true, configurable: true });
  }
  Object.defineProperty(ImageKit, "__esModule", { value: true });
  return ImageKit;
};
