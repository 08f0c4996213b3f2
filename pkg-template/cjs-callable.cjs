// What `require("imagekit-wasm")` gives (node.cjs ends by calling this on its exports), as `@imagekit/nodejs` 7's
// CommonJS export is made (COMPAT §3): a constructible function, so that `const ImageKit = require("imagekit-wasm");
// new ImageKit(opts)` and TypeScript's `import ImageKit = require(...)` work, sharing the class's prototype (so
// `instanceof` it holds), and carrying every named export as an own enumerable property (`require(...).ImageKit`,
// `const { buildSrc, NotFoundError } = require(...)`, `.default`). The class itself stays clean: its statics are
// only those it declares. `__esModule` keeps the default-import interop of TypeScript and bundlers.
"use strict";

module.exports = function callable(namespace) {
  const Class = namespace.ImageKit;
  const ImageKit = function ImageKit(...args) {
    return new Class(...args);
  };
  ImageKit.prototype = Class.prototype;
  for (const name of Object.keys(namespace)) {
    Object.defineProperty(ImageKit, name, { value: namespace[name], enumerable: true, writable: true, configurable: true });
  }
  Object.defineProperty(ImageKit, "__esModule", { value: true });
  return ImageKit;
};
