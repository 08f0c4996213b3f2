// The Chromium page: the smoke suite against the package imported BY NAME (browser condition, via Vite), plus the
// browser-only rule that a privateKey is refused unless dangerouslyAllowBrowser.
import { ImageKit, ValidationError } from "imagekit-wasm";
import { run } from "../smoke-run.mjs";

const pageChecks = [];
const check = (label, fn) => {
  try {
    const detail = fn();
    pageChecks.push({ label, ok: detail === true, detail: String(detail) });
  } catch (e) {
    pageChecks.push({ label, ok: false, detail: `threw ${e && e.name}: ${e && e.message}` });
  }
};
check("privateKey in a browser throws ValidationError", () => {
  try {
    new ImageKit({ privateKey: "x" });
    return "did not throw";
  } catch (e) {
    return (e instanceof ValidationError && /dangerouslyAllowBrowser/.test(e.message)) || `threw ${e && e.name}: ${e && e.message}`;
  }
});
check("privateKey with dangerouslyAllowBrowser works", () =>
  typeof new ImageKit({ privateKey: "x", dangerouslyAllowBrowser: true }).getAuthenticationParameters("t", 1900000000).signature === "string");

run().then(
  (result) => (window.__smoke = { ...result, pageChecks }),
  (e) => (window.__smoke = { passed: 0, failed: 1, failures: [`smoke threw: ${e && e.stack}`], pageChecks }),
).then(() => (document.body.textContent = JSON.stringify(window.__smoke)));
