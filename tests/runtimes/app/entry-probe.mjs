// One `exports` entry of the package in a fresh process (tests/runtimes/entries.mjs): loads it the way a user
// would (argument: slim | esm | cjs-then-esm | esm-then-cjs), uses the wasm and the resource surface, and prints
// one JSON line {checks: {name: bool}}.
import { createRequire } from "node:module";

const mode = globalThis.Deno ? globalThis.Deno.args[0] : process.argv[2];
const require = createRequire(import.meta.url);
const checks = {};

/** The wasm answers, the resource surface is there, and our errors are thrown. */
function use(api, tag) {
  checks[`${tag}: phashDistance through the wasm`] = api.phashDistance("2d5ad3936d2e015b", "2d6ed293db36a4fb") === 17;
  const ik = new api.ImageKit({ privateKey: "private_key_test", urlEndpoint: "https://ik.imagekit.io/demo" });
  checks[`${tag}: ik.url`] = ik.url({ src: "/a.jpg", transformation: [{ width: 100 }] }) === "https://ik.imagekit.io/demo/a.jpg?tr=w-100";
  checks[`${tag}: resource surface installed`] = typeof ik.files?.get === "function" && typeof ik.accounts?.origins?.list === "function";
  try {
    new api.ImageKit({ privatekey: "x" });
    checks[`${tag}: ValidationError thrown`] = false;
  } catch (e) {
    checks[`${tag}: ValidationError thrown`] = e instanceof api.ValidationError && e.name === "ValidationError";
  }
}

if (mode === "slim") {
  const slim = await import("imagekit-wasm/slim");
  checks["slim: imports before init without throwing"] = typeof slim.init === "function" && slim.default === slim.init;
  await slim.init();
  use(slim, "slim");
  await slim.init(); // a second init is harmless
  checks["slim: a second init keeps the surface"] = typeof new slim.ImageKit({}).files?.get === "function";
} else if (mode === "esm") {
  use(await import("imagekit-wasm"), "esm");
} else {
  const [first, second] = mode === "cjs-then-esm" ? ["cjs", "esm"] : ["esm", "cjs"];
  const load = (how) => (how === "cjs" ? require("imagekit-wasm") : import("imagekit-wasm"));
  const a = await load(first), b = await load(second);
  checks["one ImageKit class for import and require"] = a.ImageKit === b.ImageKit && a.default === b.ImageKit;
  checks["one set of error classes"] = a.NotFoundError === b.NotFoundError && a.RateLimitError === b.TooManyRequestsError;
  try {
    new b.ImageKit({ privatekey: "x" });
  } catch (e) {
    checks["an error from one is instanceof the other's class"] = e instanceof a.ValidationError && e instanceof a.ImageKitError;
  }
  const cjs = require("imagekit-wasm");
  const made = new cjs({ urlEndpoint: "https://ik.imagekit.io/demo" });
  checks["require(...) itself is constructible (import X = require)"] = made instanceof a.ImageKit && made instanceof cjs && cjs.default === a.ImageKit;
  checks["one wasm instance (the memory is shared)"] = a.ImageKit.__memory() === b.ImageKit.__memory();
  use(b, mode);
}
console.log(JSON.stringify({ checks }));
