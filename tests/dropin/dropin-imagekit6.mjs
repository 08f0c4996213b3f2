#!/usr/bin/env node
// Drop-in test for `imagekit` 6.0.0: program-imagekit6.mjs runs once with the official package and once with
// `imagekit-wasm/compat/imagekit` (pkg/, after `make package`) against the same local server (reset between the
// runs). Every step's summary must be the same, and so must the requests the server saw (method, path, query,
// body fields and file parts, auth), in the same order. The official package hard-codes https://api.imagekit.io:
// an axios interceptor sends its requests to the local server instead. Then the differences kept on purpose are
// checked on ours alone. Prints `dropin-imagekit6: N passed, M failed`; exit 1 on any difference.
import { createRequire } from "node:module";
import { inspect } from "node:util";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { writeFileSync, mkdirSync } from "node:fs";
import { startImageKitServer } from "../server/imagekit-server.mjs";
import { tally } from "./compare.mjs";
import { program } from "./program-imagekit6.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(join(root, "package.json"));
const Official = require("imagekit");
const { default: Ours } = await import(pathToFileURL(join(root, "pkg/compat/imagekit.js")).href);
const OursCjs = require(join(root, "pkg/compat/imagekit.cjs"));

const server = await startImageKitServer();
require("axios").interceptors.request.use((config) => ({ ...config, url: config.url.replace("https://api.imagekit.io", server.url) }));
const scratch = join(root, "tests/.scratch");
mkdirSync(scratch, { recursive: true });
const fixture = join(scratch, "dropin-imagekit6.png");
writeFileSync(fixture, Buffer.from(await (await fetch(`${server.url}/fixtures/image-2x2.png`)).arrayBuffer()));

/** The requests as the server saw them, with random parts (ids, boundaries) replaced by placeholders. */
const seen = () => server.requests.map((r) => JSON.parse(JSON.stringify({
  method: r.method, path: r.path, query: r.query, body: r.body, auth: r.headers.authorization ?? null,
  json: /application\/json/.test(r.headers["content-type"] ?? "") || undefined,
  boundary: (r.headers["content-type"] ?? "").match(/boundary=(.*)$/)?.[1]?.replace(/^-{26}[0-9a-f]{24}$/, "<form-data boundary>"),
}).replace(/\b[0-9a-f]{24}\b/g, "<id>").replace(/127\.0\.0\.1:\d+/g, "<server>")));

let official, ours, officialRequests, oursRequests;
try {
  server.reset();
  official = await program(Official, { server, fixture });
  officialRequests = seen();
  server.reset();
  ours = await program(Ours, { server, fixture });
  oursRequests = seen();
} finally {
  await server.close();
}

const t = tally("imagekit 6"), { check, own } = t;
for (const step of new Set([...Object.keys(official), ...Object.keys(ours)])) check(step, official[step], ours[step]);
const steps = Object.keys(official).length;
for (let i = 0; i < Math.max(officialRequests.length, oursRequests.length); i++) {
  check(`request ${i + 1} (${officialRequests[i]?.method} ${officialRequests[i]?.path})`, officialRequests[i], oursRequests[i]);
}

// The differences kept on purpose, on ours alone.
const key = "private_key_never_shown";
const ik = new Ours({ publicKey: "p", privateKey: key, urlEndpoint: "https://ik.imagekit.io/demo", apiBaseUrl: "http://127.0.0.1:9", uploadEndpoint: "http://127.0.0.1:9/api/v1/files/upload" });
own("privateKey readable, not enumerable, not in JSON or inspect", ik.options.privateKey === key && !Object.keys(ik.options).includes("privateKey") &&
  !JSON.stringify(ik).includes(key) && !inspect(ik, { depth: 5 }).includes(key));
const { ConnectionError, TimeoutError } = await import(pathToFileURL(join(root, "pkg/node.mjs")).href);
const netError = await ik.getFileDetails("f").catch((e) => e);
own("network failure: our ConnectionError, without the key", netError instanceof ConnectionError && !JSON.stringify(netError).includes(key) && !String(netError.stack).includes(key));
const uploadError = await ik.upload({ file: "abc", fileName: "a" }).catch((e) => e);
own("upload network failure: our ConnectionError", uploadError instanceof ConnectionError);
const slow = await startImageKitServer();
slow.inject({ delayMs: 2000 });
const timeout = await new Ours({ publicKey: "p", privateKey: slow.privateKey, urlEndpoint: "u", apiBaseUrl: slow.url, timeout: 100 }).getFileDetails("f").catch((e) => e);
own("timeout: our TimeoutError", timeout instanceof TimeoutError);
slow.reset();
const blobs = new Ours({ publicKey: slow.publicKey, privateKey: slow.privateKey, urlEndpoint: "u", uploadEndpoint: `${slow.url}/api/v1/files/upload` });
const png = await (await fetch(`${slow.url}/fixtures/image-3x2.png`)).arrayBuffer();
for (const [kind, file] of [["Blob", new Blob([png], { type: "image/png" })], ["File", new File([png], "x.png")], ["Uint8Array", new Uint8Array(png)], ["ArrayBuffer", png], ["ReadableStream", new Blob([png]).stream()]]) {
  const r = await blobs.upload({ file, fileName: `${kind}.png`, useUniqueFileName: false }).catch((e) => e);
  const logged = slow.requests.at(-1)?.body?.files?.file;
  own(`upload(${kind}): the bytes as a file part`, r.name === `${kind}.png` && r.size === png.byteLength && logged?.size === png.byteLength && logged?.contentType === "image/png");
}
const rar = await blobs.upload({ file: new Uint8Array(png), fileName: "x.rar", useUniqueFileName: false }).then(() => slow.requests.at(-1)?.body?.files?.file?.contentType);
own("a name outside our type table is sent as application/octet-stream (form-data knows all of mime-db)", rar === "application/octet-stream");
const { Readable } = await import("node:stream");
const streamed = await blobs.upload({ file: Readable.from([Buffer.from(png)]), fileName: "s.png", useUniqueFileName: false });
const streamRequest = slow.requests.at(-1);
own("a stream is sent as it is read (chunked, no content-length)", streamed.size === png.byteLength && streamRequest.headers["transfer-encoding"] === "chunked" && !streamRequest.headers["content-length"]);
const listOptions = { tags: ["a", "b"] };
await blobs.listFiles(listOptions).catch(() => {});
own("listFiles leaves the caller's options as they were (6.x joins its tags array in place)", Array.isArray(listOptions.tags));
await slow.close();
// A mock installed after the import sees the requests (the global fetch is looked up at each call).
const realFetch = globalThis.fetch;
const mocked = [];
globalThis.fetch = async (url, init) => (mocked.push(`${init.method} ${url}`), new Response('{"fileId":"mocked"}', { status: 200, headers: { "content-type": "application/json" } }));
try {
  const r = await ik.getFileDetails("f1");
  const u = await ik.upload({ file: "abc", fileName: "a.png" });
  own("a fetch mock installed after import sees every request", r.fileId === "mocked" && u.fileId === "mocked" &&
    mocked.join() === "GET http://127.0.0.1:9/v1/files/f1/details,POST http://127.0.0.1:9/api/v1/files/upload");
} finally {
  globalThis.fetch = realFetch;
}
own("require() gives the class itself", typeof OursCjs === "function" && new OursCjs({ publicKey: "p", privateKey: "k", urlEndpoint: "https://ik.imagekit.io/d" }).url({ path: "/a.jpg" }) === "https://ik.imagekit.io/d/a.jpg");

const errorsSeen = Object.values(official).filter((v) => v && (v.error || v.err || v.thrown)).length;
console.log(`  note: ${steps} steps (${errorsSeen} of them errors) and ${officialRequests.length} requests compared; kept differences checked on ours: ` +
  "privateKey not enumerable, network failures/timeouts as our ConnectionError/TimeoutError, Blob/File/typed-array/ArrayBuffer/ReadableStream uploads (6.x sends only Buffers and Node streams as files), " +
  "file-part types from a table of common extensions, streams sent chunked, listFiles options not mutated");
console.log(`dropin-imagekit6: ${t.passed} passed, ${t.failed} failed`);
process.exit(t.failed ? 1 : 0);
