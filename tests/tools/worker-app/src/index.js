// The Worker of the wrangler trial (tests/runtimes/wrangler.mjs): the package imported by name, bundled by
// `wrangler deploy --dry-run`.
import ImageKit, { phashDistance, ValidationError } from "imagekit-wasm";

export default {
  async fetch() {
    const ik = new ImageKit({ privateKey: "private_key_test", urlEndpoint: "https://ik.imagekit.io/demo" });
    let validation = false;
    try {
      new ImageKit({ privatekey: "x" });
    } catch (e) {
      validation = e instanceof ValidationError;
    }
    return Response.json({
      url: ik.url({ path: "/test-signed-url.png", transformation: [{ width: 100 }], signed: true }),
      distance: phashDistance("2d5ad3936d2e015b", "2d6ed293db36a4fb"),
      validation,
      resources: typeof ik.files.get === "function",
    });
  },
};
