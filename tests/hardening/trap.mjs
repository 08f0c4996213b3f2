#!/usr/bin/env node
// Trap, then use (issue #12 item 3): a wasm trap inside a call must never turn into memory corruption. The trap is
// made the way it happened in the field: wasm memory runs out in the middle of a call (here: the memory is grown to
// wasm32's 4 GiB maximum from JS, so the module's allocator cannot grow it any more, and the next big allocation
// fails and aborts). Afterwards every call, of every kind, must answer the one "module stopped" ImageKitError
// (async calls reject with it), never a RuntimeError or a wrong answer; and nothing is ever written at wasm address 0
// (the bottom of the shadow stack), where the lane once wrote every input after a trap.
// usage: node tests/hardening/trap.mjs     prints `trap: N passed, M failed`
// The ES module graph of the package (the `import` entry), in which pkg/lane.js is the very module instance the
// entry uses: node.mjs re-exports the CommonJS bundle, whose copy of lane.js this suite could not reach.
import * as api from "../../pkg/default.js";
import * as lane from "../../pkg/lane.js";
const moduleStopped = () => lane.moduleStopped?.() ?? false;

const { ImageKit, ImageKitError } = api;
let passed = 0;
let failed = 0;
const check = (what, ok, detail = "") => {
  if (ok) passed++;
  else {
    failed++;
    console.log(`FAIL ${what}${detail ? `: ${detail}` : ""}`);
  }
};
/** What `f()` gave: a value or an error, and whether it came synchronously or through a Promise. */
const outcome = async (f) => {
  let r;
  try {
    r = f();
  } catch (e) {
    return { error: e, sync: true };
  }
  if (!r || typeof r.then !== "function") return { value: r, sync: true };
  try {
    return { value: await r, sync: false };
  } catch (e) {
    return { error: e, sync: false };
  }
};
const STOPPED = /^the ImageKit wasm module stopped after an internal error \(RuntimeError: [^)]+\); every call now fails/;
const isStopped = (e) => e instanceof ImageKitError && e.constructor === ImageKitError && STOPPED.test(e.message);

const EP = "https://ik.imagekit.io/demo";
const ik = new ImageKit({ privateKey: "private_key_test", publicKey: "p", urlEndpoint: EP, apiBaseUrl: "http://127.0.0.1:9", maxRetries: 0 });
const REF_URL = api.buildSrc({ src: "/a.jpg", urlEndpoint: EP, transformation: [{ width: 100 }] });
check("known answer before", REF_URL === `${EP}/a.jpg?tr=w-100`, REF_URL);
check("not stopped before", !moduleStopped());
// lane.js's guarded class (what the entries should export): a client of the glue's class, with every method.
const guarded = lane.ImageKit ? new lane.ImageKit({ privateKey: "private_key_test", urlEndpoint: EP }) : undefined;
check("the guarded class makes clients of the glue's class", guarded instanceof ImageKit && typeof guarded.listFiles === "function");
check("… that work", guarded?.url({ path: "/a.jpg", transformation: [{ width: 100 }] }) === `${EP}/tr:w-100/a.jpg`);

// Run the memory out: wasm32's maximum is 65 536 pages; the module's allocator can no longer grow the memory.
const memory = ImageKit.__memory();
for (let step = 32768; step >= 1; step >>= 1) {
  try {
    memory.grow(step);
  } catch {}
}
check("memory at its maximum", memory.buffer.byteLength === 2 ** 32, String(memory.buffer.byteLength));
const low = () => Array.from(new Uint8Array(memory.buffer, 0, 64));
const lowBefore = low().join();

// Lane calls of growing size until one traps (the allocator gives out its last free blocks first).
let trap;
for (let n = 1 << 12; n <= 1 << 24 && !trap; n <<= 1) {
  const r = await outcome(() => api.buildSrc({ src: `/${"é".repeat(n)}.jpg`, urlEndpoint: EP }));
  if (r.error) trap = { n, error: r.error };
}
check("a call trapped once memory ran out", trap !== undefined);
check("the trapping call threw the stopped ImageKitError, not a RuntimeError", trap && isStopped(trap.error), trap && `${trap.error?.constructor?.name}: ${trap.error?.message}`);
check("moduleStopped() says so", moduleStopped());

// Then every kind of call: the lane's, with inputs small and past the old 1.1 MB overwrite; the checked ones; the media API.
const BIG = "x".repeat(1_100_000);
const calls = {
  "buildSrc (small)": () => api.buildSrc({ src: "/a.jpg", urlEndpoint: EP, transformation: [{ width: 100 }] }),
  "buildSrc (1.1 MB)": () => api.buildSrc({ src: `/${BIG}`, urlEndpoint: EP }),
  buildTransformationString: () => api.buildTransformationString([{ width: 300 }]),
  getResponsiveImageAttributes: () => api.getResponsiveImageAttributes({ src: "/a.jpg", urlEndpoint: EP, width: 400 }),
  phashDistance: () => api.phashDistance("2d5ad3936d2e015b", "2d6ed293db36a4fb"),
  "phashDistance (1.1 MB)": () => api.phashDistance(BIG, BIG),
  "ik.url": () => ik.url({ path: "/a.jpg", signed: true }),
  "ik.buildSrc": () => ik.buildSrc({ src: "/a.jpg", signed: true }),
  "ik.getAuthenticationParameters": () => ik.getAuthenticationParameters("t", 1700000000),
  "ik.getAuthenticationParameters()": () => ik.getAuthenticationParameters(),
  "ik.phashDistance": () => ik.phashDistance("2d5ad3936d2e015b", "2d6ed293db36a4fb"),
  "ik.verifyWebhookEvent": () => ik.verifyWebhookEvent("{}", "t=1,v1=00", "s"),
  "ik.unwrapWebhook": () => ik.unwrapWebhook("{}", {}, "s"),
  "ik.toJSON": () => ik.toJSON(),
  "ik.listFiles": () => ik.listFiles(),
  "ik.getFileDetails": () => ik.getFileDetails("f"),
  "ik.files.get": () => ik.files.get("f"),
  "ik.uploadFile": () => ik.uploadFile({ file: "aGk=", fileName: "a.txt" }),
  "new (guarded) ImageKit": () => new lane.ImageKit({ privateKey: "k" }),
  "guarded client's url": () => guarded.url({ path: "/a.jpg" }),
  "verifyWebhookEvent (guarded)": () => lane.verifyWebhookEvent("{}", "t=1,v1=00", "s"),
  "unwrapWebhook (guarded)": () => lane.unwrapWebhook("{}", {}, "s"),
};
const ASYNC = new Set(["ik.listFiles", "ik.getFileDetails", "ik.files.get", "ik.uploadFile"]);
for (const [name, f] of Object.entries(calls)) {
  for (let i = 0; i < 3; i++) {
    const r = await outcome(f);
    if (r.error) check(`${name} after the trap (#${i})`, isStopped(r.error), `${r.error?.constructor?.name}: ${r.error?.message}`);
    else check(`${name} after the trap (#${i}) answered`, false, String(r.value).slice(0, 100));
    if (ASYNC.has(name)) check(`${name} rejects, never throws synchronously`, !r.sync);
  }
}
check("nothing was written at wasm address 0", low().join() === lowBefore);

console.log(`trap: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
