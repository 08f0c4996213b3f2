#!/usr/bin/env node
// Drop-in test for `@imagekit/javascript` 5.5.1, in Node: program-imagekit-javascript5.mjs runs with the official
// package (given an XMLHttpRequest over fetch, since Node has none) and with imagekit-wasm twice: over its fetch
// path (the global fetch, which here sends the upload URL 5.x hard-codes to the local server, as a user's mock
// would) and over that same XMLHttpRequest. Every step's summary and every request the server saw must be the same.
// Ours: buildSrc, buildTransformationString and getResponsiveImageAttributes of the root entry; upload() and its
// error classes of upload5.js (COMPAT §3). Prints `dropin-imagekit-javascript5: N passed, M failed`.
import { createHmac, randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startImageKitServer } from "../server/imagekit-server.mjs";
import { tally } from "./compare.mjs";
import { program } from "./program-imagekit-javascript5.mjs";
import { xhrClass } from "./xhr-over-fetch.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(join(root, "package.json"));
const official = require("@imagekit/javascript");
// The root entry exports 5.5.1's free upload() and its error classes (classes.js re-exports upload5.js).
const ours = await import(pathToFileURL(join(root, "pkg/node.mjs")).href);

const server = await startImageKitServer();
const auth = () => {
  const token = randomUUID(), expire = Math.floor(Date.now() / 1000) + 600;
  return { token, expire, signature: createHmac("sha1", server.privateKey).update(token + expire).digest("hex") };
};
const toServer = (url) => String(url).replace("https://upload.imagekit.io", server.url);
const seen = () => server.requests.map((r) => JSON.parse(JSON.stringify({ method: r.method, path: r.path, query: r.query, body: r.body })
  .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<token>").replace(/"expire":"\d+"/g, '"expire":"<expire>"')
  .replace(/"signature":"[0-9a-f]{40}"/g, '"signature":"<signature>"').replace(/127\.0\.0\.1:\d+/g, "<server>")));

const realFetch = globalThis.fetch;
const runs = {};
try {
  for (const [name, sdk, XHR] of [["official", official, xhrClass(toServer)], ["ours (fetch)", ours, undefined], ["ours (XMLHttpRequest)", ours, xhrClass(toServer)]]) {
    server.reset();
    if (XHR) globalThis.XMLHttpRequest = XHR;
    else delete globalThis.XMLHttpRequest;
    globalThis.fetch = (url, init) => realFetch(toServer(url), init);
    const steps = await program(sdk, { server, auth, XHR: XHR ?? xhrClass(toServer) });
    runs[name] = { steps, requests: seen() };
  }
} finally {
  delete globalThis.XMLHttpRequest;
  globalThis.fetch = realFetch;
  await server.close();
}

const t = tally("@imagekit/javascript 5"), { check } = t;
for (const run of ["ours (fetch)", "ours (XMLHttpRequest)"]) {
  const a = runs.official, b = runs[run];
  for (const step of new Set([...Object.keys(a.steps), ...Object.keys(b.steps)])) check(`${run}: ${step}`, a.steps[step], b.steps[step]);
  for (let i = 0; i < Math.max(a.requests.length, b.requests.length); i++) check(`${run}: request ${i + 1}`, a.requests[i], b.requests[i]);
}
const steps = Object.keys(runs.official.steps).length;
console.log(`  note: ${steps} steps and ${runs.official.requests.length} requests, compared for each of ours' two transports; ` +
  "kept differences: percent-encoding of characters that cannot stand in a URL (README), upload() and its error classes from the root entry");
console.log(`dropin-imagekit-javascript5: ${t.passed} passed, ${t.failed} failed`);
process.exit(t.failed ? 1 : 0);
