// Named imports only (see named-run.mjs): Vite tree-shakes with the package's "sideEffects".
import { run } from "../named-run.mjs";

run().then((r) => (window.__smoke = r), (e) => (window.__smoke = { error: String(e && e.stack) }));
