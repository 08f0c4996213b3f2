// Node through require(): the package is required BY NAME; the (ESM) smoke suite is imported dynamically.
const api = require("imagekit-wasm");

import("./smoke.mjs").then(async ({ smoke }) => {
  const compat = { imagekit: require("imagekit-wasm/compat/imagekit"), imagekitJavascript: require("imagekit-wasm/compat/imagekit-javascript") };
  const result = await smoke(api, compat);
  console.log(JSON.stringify({ ...result, exports: Object.keys(api), entry: require.resolve("imagekit-wasm") }));
});
