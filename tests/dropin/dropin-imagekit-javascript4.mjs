#!/usr/bin/env node
// Drop-in test for `imagekit-javascript` 4.0.1, in Node: program-imagekit-javascript4.mjs runs with the official
// package (given an XMLHttpRequest over fetch, xhr-over-fetch.mjs, since Node has none, whose requests to the
// upload URL 4.x hard-codes go to the local server), then with `imagekit-wasm/compat/imagekit-javascript` twice:
// with no XMLHttpRequest (its fetch path) and with that same XMLHttpRequest (its XHR path). Every step's summary
// and every request the server saw must be the same as the official run's. Then the differences kept on purpose
// are checked on ours alone. Prints `dropin-imagekit-javascript4: N passed, M failed`; exit 1 on any difference.
import { createHmac, randomUUID } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startImageKitServer } from "../server/imagekit-server.mjs";
import { tally } from "./compare.mjs";
import { program } from "./program-imagekit-javascript4.mjs";
import { xhrClass } from "./xhr-over-fetch.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(join(root, "package.json"));
const Official = require("imagekit-javascript");
const { default: Ours } = await import(pathToFileURL(join(root, "pkg/compat/imagekit-javascript.js")).href);
const OursCjs = require(join(root, "pkg/compat/imagekit-javascript.cjs"));

const server = await startImageKitServer();
const auth = () => {
  const token = randomUUID(), expire = Math.floor(Date.now() / 1000) + 600;
  return { token, expire, signature: createHmac("sha1", server.privateKey).update(token + expire).digest("hex") };
};
const toServer = (url) => url.replace("https://upload.imagekit.io", server.url);
/** The requests as the server saw them (tokens and signatures are fresh per run: replaced by placeholders). */
const seen = () => server.requests.map((r) => JSON.parse(JSON.stringify({ method: r.method, path: r.path, query: r.query, body: r.body })
  .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<token>").replace(/"expire":"\d+"/g, '"expire":"<expire>"')
  .replace(/"signature":"[0-9a-f]{40}"/g, '"signature":"<signature>"').replace(/127\.0\.0\.1:\d+/g, "<server>")));

const runs = {};
try {
  for (const [name, SDK, XHR] of [["official", Official, xhrClass(toServer)], ["ours (fetch)", Ours, undefined], ["ours (XMLHttpRequest)", Ours, xhrClass()]]) {
    server.reset();
    if (XHR) globalThis.XMLHttpRequest = XHR;
    else delete globalThis.XMLHttpRequest;
    // 4.x prints the URL error of an invalid `src` on console.error (ours does not): counted, not printed.
    const printed = console.error;
    let logged = 0;
    console.error = () => logged++;
    const steps = await program(SDK, { server, auth, XHR: XHR ?? xhrClass() }).finally(() => (console.error = printed));
    if (name === "official" && logged !== 1) throw new Error(`expected 4.x to log one error, it logged ${logged}`);
    if (name !== "official" && logged !== 0) throw new Error(`${name} logged ${logged} errors`);
    runs[name] = { steps, requests: seen() };
  }
} finally {
  delete globalThis.XMLHttpRequest;
}

const t = tally("imagekit-javascript 4"), { check, own } = t;
const official = runs.official;
for (const run of ["ours (fetch)", "ours (XMLHttpRequest)"]) {
  const ours = runs[run];
  for (const step of new Set([...Object.keys(official.steps), ...Object.keys(ours.steps)])) check(`${run}: ${step}`, official.steps[step], ours.steps[step]);
  for (let i = 0; i < Math.max(official.requests.length, ours.requests.length); i++) check(`${run}: request ${i + 1}`, official.requests[i], ours.requests[i]);
}

// The differences kept on purpose, on ours alone.
server.reset();
const ik = new Ours({ urlEndpoint: "https://ik.imagekit.io/demo", publicKey: server.publicKey, uploadEndpoint: `${server.url}/api/v1/files/upload` });
const png = await (await fetch(`${server.url}/fixtures/image-3x2.png`)).arrayBuffer();
for (const [kind, file] of [["Uint8Array", new Uint8Array(png)], ["ArrayBuffer", png]]) {
  const r = await ik.upload({ file, fileName: `${kind}.png`, useUniqueFileName: false, ...auth() }).catch((e) => e);
  own(`upload(${kind}): sent as a file part (4.x takes Blobs only)`, r.name === `${kind}.png` && r.size === png.byteLength);
}
own("url(): characters that cannot stand in a URL are percent-encoded (4.x writes them raw)",
  ik.url({ path: "/a.jpg", transformation: [{ width: "300 px" }] }) === "https://ik.imagekit.io/demo/a.jpg?tr=w-300%20px");
const withXhr = { file: "abc", fileName: "x.png", xhr: new (xhrClass())(), ...auth() };
await ik.upload(withXhr).catch(() => {});
own("upload leaves opts.xhr on the caller's options (4.x deletes it)", withXhr.xhr !== undefined);
const first = await ik.upload({ fileName: "a" }).catch((e) => e), second = await ik.upload({ fileName: "a" }).catch((e) => e);
own("each error is a fresh object (4.x hands out one shared object per message)", first !== second && JSON.stringify(first) === JSON.stringify(second));
const pkgJson = JSON.parse(readFileSync(join(root, "pkg/package.json"), "utf8"));
own("no UMD build: no unpkg/jsdelivr/browser-global file (a classic script cannot load the wasm synchronously)",
  !pkgJson.unpkg && !pkgJson.jsdelivr && !readdirSync(join(root, "pkg/compat")).some((f) => /umd|\.min\.js$/.test(f)));
// A mock installed after the import sees the upload (no XMLHttpRequest here: the global fetch, looked up at each call).
const realFetch = globalThis.fetch;
let mockedUrl;
globalThis.fetch = async (url) => ((mockedUrl = String(url)), new Response('{"fileId":"mocked"}', { status: 200 }));
try {
  const r = await new Ours({ urlEndpoint: "https://ik.imagekit.io/d", publicKey: "p" }).upload({ file: "abc", fileName: "a", ...auth() });
  own("a fetch mock installed after import sees the upload", r.fileId === "mocked" && mockedUrl === "https://upload.imagekit.io/api/v1/files/upload");
} finally {
  globalThis.fetch = realFetch;
}
own("require() gives the class itself", typeof OursCjs === "function" && new OursCjs({ urlEndpoint: "https://ik.imagekit.io/d" }).url({ path: "/a.jpg" }) === "https://ik.imagekit.io/d/a.jpg");
await server.close();

const steps = Object.keys(official.steps).length;
const errorsSeen = Object.values(official.steps).filter((v) => v && (v.error || v.err || v.thrown)).length;
console.log(`  note: ${steps} steps (${errorsSeen} of them errors) and ${official.requests.length} requests, compared for each of ours' two transports; ` +
  "kept differences checked on ours: byte uploads (Uint8Array, ArrayBuffer), percent-encoding in url(), no console.error for an invalid src, " +
  "opts.xhr not deleted, fresh error objects, no UMD build");
console.log(`dropin-imagekit-javascript4: ${t.passed} passed, ${t.failed} failed`);
process.exit(t.failed ? 1 : 0);
