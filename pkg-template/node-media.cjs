"use strict";
// node.cjs's loader of the media API's module (media.js), run by the first media call: the media glue bundled as
// CommonJS (media.cjs; it requires errors.cjs, io.cjs and values.cjs, the very modules node.cjs uses, so its errors
// are node.cjs's classes) and its wasm inlined as base64, like node.cjs's own (wasm-inline-media.cjs).
exports.loadMedia = function loadMedia() {
  const glue = require("./media.cjs");
  glue.initSync({ module: require("./wasm-inline-media.cjs").wasmBytes() });
  return glue;
};
