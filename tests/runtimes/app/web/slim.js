// The slim entry in a bundled page (Vite, Bun's bundler): nothing runs at import, `await init()` finds the wasm the
// bundler emitted (or the inlined copy), and the resource surface is there afterwards. Reports window.__smoke.
import init, { ImageKit, phashDistance, ValidationError } from "imagekit-wasm/slim";

const checks = {};
try {
  await init();
  checks.phash = phashDistance("2d5ad3936d2e015b", "2d6ed293db36a4fb") === 17;
  const ik = new ImageKit({ urlEndpoint: "https://ik.imagekit.io/demo" });
  checks.url = ik.url({ path: "/a.jpg", transformation: [{ width: 100 }] }) === "https://ik.imagekit.io/demo/tr:w-100/a.jpg";
  checks.resources = typeof ik.files.get === "function" && typeof ik.accounts.origins.list === "function";
  try {
    new ImageKit({ privateKey: "x" });
    checks.validation = false;
  } catch (e) {
    checks.validation = e instanceof ValidationError;
  }
} catch (e) {
  checks.init = `${e && e.name}: ${e && e.message}`;
}
window.__smoke = checks;
