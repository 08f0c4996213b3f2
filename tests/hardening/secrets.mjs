#!/usr/bin/env node
// Secret hygiene (`make test-js`, after `make package`): a distinctive private key and webhook secret must never
// appear — as they are, percent-encoded, or as the base64 of the Basic credentials — in any URL, any error
// (message, stack, JSON.stringify, util.inspect with hidden properties, String), any console line, any
// JSON.stringify/util.inspect/String of the client or of a result, nor in the responseMetadata of results and
// errors (which never carries request headers). Runs every kind of call against the local ImageKit server,
// successes and failures (validation, HTTP errors, faults, webhooks).
// usage: node tests/hardening/secrets.mjs        prints `secrets: N passed, M failed`
import { inspect } from "node:util";
import * as api from "../../pkg/node.mjs";
import { startImageKitServer } from "../server/imagekit-server.mjs";
import { selected } from "../checks.mjs";

const KEY = "pk_SECRET_do_not_leak_7f3a9c";
const WEBHOOK_SECRET = "whsec_SECRET_webhook_c0ffee";
const NEEDLES = [
  ["private key", KEY],
  ["private key, base64 Basic credentials", btoa(`${KEY}:`)],
  ["private key, base64 Basic credentials (unpadded stem)", btoa(`${KEY}:`).replace(/=+$/, "").slice(0, 24)],
  ["private key, percent-encoded", encodeURIComponent(KEY)],
  ["private key, JSON-escaped", JSON.stringify(KEY).slice(1, -1)],
  ["webhook secret", WEBHOOK_SECRET],
  ["webhook secret, base64", btoa(WEBHOOK_SECRET)],
];

const overall = setTimeout(() => {
  console.log("secrets: the suite did not finish within 120 s");
  process.exit(1);
}, 120_000);
let passed = 0;
let failed = 0;
const problems = [];
process.on("unhandledRejection", (e) => {
  failed++;
  problems.push(`unhandled rejection: ${e && e.name}: ${e && e.message}`);
});

// Every console line the SDK might print is captured (and scanned) instead of printed.
const captured = [];
const original = {};
for (const level of ["log", "info", "warn", "error", "debug", "trace", "dir"]) {
  original[level] = console[level];
  console[level] = (...args) => captured.push(args.map((a) => (typeof a === "string" ? a : inspect(a, { showHidden: true, depth: null }))).join(" "));
}
const say = (...a) => original.log(...a);
const emitWarning = process.emitWarning;
process.emitWarning = (w, ...rest) => {
  captured.push(String(w && w.message ? w.message : w));
  return emitWarning.call(process, w, ...rest);
};

/** Every way `value` could be shown to a person or a log. */
function renderings(value) {
  const out = [];
  const tryPush = (how, f) => {
    try {
      const s = f();
      if (typeof s === "string") out.push([how, s]);
    } catch {
      /* a rendering that throws shows nothing */
    }
  };
  tryPush("String", () => String(value));
  tryPush("JSON.stringify", () => JSON.stringify(value));
  tryPush("util.inspect", () => inspect(value, { showHidden: true, depth: null, getters: true }));
  if (value && typeof value === "object") {
    tryPush("stack", () => value.stack);
    tryPush("message", () => value.message);
    tryPush("responseMetadata", () => JSON.stringify(value.responseMetadata));
    tryPush("responseMetadata (inspect)", () => inspect(value.responseMetadata, { showHidden: true, depth: null }));
    tryPush("own property values", () => Object.getOwnPropertyNames(value).map((k) => inspect(value[k], { depth: null })).join("\n"));
  }
  return out;
}

function scan(label, value) {
  if (label !== "negative control" && !selected(label)) return; // the scanner's own control always runs
  let clean = true;
  for (const [how, text] of renderings(value)) {
    for (const [what, needle] of NEEDLES) {
      if (text.includes(needle)) {
        clean = false;
        problems.push(`${label}: the ${what} appears in its ${how}`);
      }
    }
  }
  if (clean) passed++;
  else failed++;
}

/** The request headers must never be echoed into responseMetadata. */
function noRequestHeaders(label, value) {
  if (!selected(label)) return;
  const h = value && value.responseMetadata && value.responseMetadata.headers;
  if (!h || typeof h !== "object") {
    failed++;
    problems.push(`${label}: no responseMetadata.headers`);
    return;
  }
  const bad = Object.keys(h).filter((k) => /^(authorization|cookie|proxy-authorization)$/i.test(k));
  if (bad.length) {
    failed++;
    problems.push(`${label}: responseMetadata.headers carries ${bad.join(", ")}`);
  } else passed++;
}

async function settle(label, f) {
  let result;
  try {
    result = await f();
    scan(`${label} (result)`, result);
    return result;
  } catch (e) {
    scan(`${label} (error ${e && e.name})`, e);
    return e;
  }
}

// The scanner itself must see a leak (a negative control): Basic credentials inside a nested header object.
{
  const before = problems.length;
  scan("negative control", { responseMetadata: { headers: { authorization: `Basic ${btoa(`${KEY}:`)}` } } });
  if (problems.length > before) {
    problems.length = before;
    failed--;
    passed++;
  } else {
    problems.push("negative control: the scanner missed a planted leak");
  }
}

// --- set up --------------------------------------------------------------------------------------------------------
const server = await startImageKitServer({ privateKey: KEY });
const options = { publicKey: "public_key_test", privateKey: KEY, urlEndpoint: `${server.url}/ik`, apiBaseUrl: server.url, uploadBaseUrl: server.url, webhookSecret: WEBHOOK_SECRET, maxRetries: 0, timeout: 2000 };
const ik = new api.ImageKit(options);
const seedStyle = new api.ImageKit({ public_key: "public_key_test", private_key: KEY, url_endpoint: `${server.url}/ik`, api_base_url: server.url });

// The client itself.
for (const [label, c] of [["client", ik], ["client (snake_case options)", seedStyle]]) {
  scan(label, c);
  scan(`${label}.toJSON()`, c.toJSON());
  scan(`${label} in a template string`, `${c}`);
  scan(`${label} inside an object`, { nested: { c } });
}

// URLs and signatures.
scan("ik.url signed", ik.url({ path: "/a b.jpg", transformation: [{ width: 100 }], signed: true, expireSeconds: 60 }));
scan("ik.url signed, query", ik.url({ path: "/a.jpg", transformation: [{ height: 5 }], transformationPosition: "query", signed: true }));
scan("ik.url src signed", ik.url({ src: `${server.url}/ik/x.png?a=1`, signed: true }));
scan("ik.buildSrc signed", ik.buildSrc({ src: "/a.jpg", transformation: [{ overlay: { type: "text", text: "hi" } }], expiresIn: 300 }));
scan("getResponsiveImageAttributes", api.getResponsiveImageAttributes({ src: "/a.jpg", urlEndpoint: `${server.url}/ik`, width: 400 }));
scan("getAuthenticationParameters", ik.getAuthenticationParameters());
scan("getAuthenticationParameters(token, expire)", ik.getAuthenticationParameters("tok", 1900000000));

// Validation errors, including ones about options next to the key.
const sync = (label, f) => {
  try {
    scan(`${label} (result)`, f());
  } catch (e) {
    scan(`${label} (error ${e && e.name})`, e);
  }
};
sync("constructor with an unknown option", () => new api.ImageKit({ privateKey: KEY, bogus: KEY }));
sync("constructor with a bad endpoint", () => new api.ImageKit({ privateKey: KEY, urlEndpoint: "ftp://x" }));
sync("constructor with the key twice", () => new api.ImageKit({ privateKey: KEY, private_key: KEY }));
sync("constructor with a bad timeout", () => new api.ImageKit({ privateKey: KEY, timeout: -1 }));
sync("constructor with the key as a number", () => new api.ImageKit({ privateKey: 12345, webhookSecret: WEBHOOK_SECRET, bogus: 1 }));
sync("url with bad options", () => ik.url({ path: "/a", transformation: "w-100" }));
sync("url with an unknown option", () => ik.url({ path: "/a", privateKey: "x" }));
sync("buildSrc with a bad endpoint", () => ik.buildSrc({ src: "/a", urlEndpoint: "nope", signed: true }));
sync("getAuthenticationParameters with a bad expire", () => ik.getAuthenticationParameters("t", -5));
sync("phashDistance error", () => ik.phashDistance("zz", "00"));

// Webhooks: failures and successes, with the client's secret and with an explicit one.
const body = JSON.stringify({ type: "upload.pre-transform.success", data: { url: "https://x" } });
const { createHmac } = await import("node:crypto");
const t = Date.now();
const v1 = createHmac("sha256", WEBHOOK_SECRET).update(`${t}.${body}`).digest("hex");
sync("verifyWebhookEvent, valid", () => ik.verifyWebhookEvent(body, `t=${t},v1=${v1}`));
sync("verifyWebhookEvent, bad signature", () => ik.verifyWebhookEvent(body, `t=${t},v1=${"0".repeat(64)}`));
sync("verifyWebhookEvent, bad header", () => api.verifyWebhookEvent(body, "garbage", WEBHOOK_SECRET));
sync("verifyWebhookEvent, tampered body", () => ik.verifyWebhookEvent(body + " ", `t=${t},v1=${v1}`));
const id = "msg_1";
const ts = Math.floor(Date.now() / 1000);
const sig = createHmac("sha256", Buffer.from(WEBHOOK_SECRET)).update(`${id}.${ts}.${body}`).digest("base64");
sync("unwrapWebhook, valid", () => ik.unwrapWebhook(body, { "webhook-id": id, "webhook-timestamp": String(ts), "webhook-signature": `v1,${sig}` }));
sync("unwrapWebhook, bad signature", () => ik.unwrapWebhook(body, { "webhook-id": id, "webhook-timestamp": String(ts), "webhook-signature": "v1,AAAA" }));
sync("unwrapWebhook, old timestamp", () => api.unwrapWebhook(body, new Headers({ "webhook-id": id, "webhook-timestamp": "1", "webhook-signature": `v1,${sig}` }), WEBHOOK_SECRET));
sync("unwrapWebhook, no headers", () => ik.unwrapWebhook(body, {}));

// The media API: successes (whose responseMetadata must not carry request headers) and every kind of failure.
const png = Uint8Array.from(atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="), (c) => c.charCodeAt(0));
const up = await settle("uploadFile", () => ik.uploadFile({ file: new Blob([png]), fileName: "s.png", useUniqueFileName: false, tags: ["t"] }));
noRequestHeaders("uploadFile result", up);
const listed = await settle("listFiles", () => ik.listFiles());
noRequestHeaders("listFiles result", listed);
if (up && up.fileId) {
  noRequestHeaders("getFileDetails result", await settle("getFileDetails", () => ik.getFileDetails(up.fileId)));
  await settle("getFileMetadata", () => ik.getFileMetadata(up.fileId));
  await settle("updateFileDetails", () => ik.updateFileDetails(up.fileId, { tags: ["u"] }));
  noRequestHeaders("deleteFile result (204)", await settle("deleteFile", () => ik.deleteFile(up.fileId)));
}
const notFound = await settle("getFileDetails of a missing file", () => ik.getFileDetails("000000000000000000000000"));
noRequestHeaders("NotFoundError", notFound);
await settle("bulkFileDelete of missing files", () => ik.bulkFileDelete(["000000000000000000000000"]));
await settle("createFolder", () => ik.createFolder({ folderName: "s", parentFolderPath: "/" }));
await settle("purgeFileCache", () => ik.purgeFileCache(`${server.url}/ik/s.png`));
await settle("uploadFile with bad options", () => ik.uploadFile({ file: "x", fileName: "" }));
await settle("client-side upload without a token", () => new api.ImageKit({ publicKey: "p", uploadBaseUrl: server.url }).uploadFile({ file: "aGk=", fileName: "a.txt" }));
const wrongKey = new api.ImageKit({ ...options, privateKey: `${KEY}_wrong` });
const unauthorized = await settle("a wrong private key (401)", () => wrongKey.listFiles());
noRequestHeaders("UnauthorizedError", unauthorized);
for (const [label, fault] of [
  ["500", { status: 500 }], ["429", { retryAfter: 3 }], ["dropped connection", { drop: true }],
  ["dropped mid-body", { dropMidBody: true }], ["timeout", { delayMs: 4000 }], ["HTML page", { status: 502, body: "<html>bad</html>", contentType: "text/html" }],
  ["malformed JSON", { status: 200, malformedJson: true }], ["207", { status: 207, body: { successfullyDeletedFileIds: [] } }],
]) {
  server.inject({ ...fault, path: "/v1/files", times: 1 });
  await settle(`listFiles under a fault: ${label}`, () => (label === "207" ? ik.bulkFileDelete(["a"]) : ik.listFiles()));
}
const aborted = new AbortController();
aborted.abort();
await settle("an aborted call", () => ik.listFiles({}, { signal: aborted.signal }));

// Nothing the SDK sent carries the key anywhere but the Authorization header.
const sentUrls = server.requests.map((r) => r.url).join("\n");
scan("request URLs sent to the server", sentUrls);
const sentBodies = server.requests.map((r) => JSON.stringify(r.body)).join("\n");
scan("request bodies sent to the server", sentBodies);

// Everything printed on the console during the run.
scan(`console output (${captured.length} lines)`, captured.join("\n"));

await server.close();
clearTimeout(overall);
for (const level of Object.keys(original)) console[level] = original[level];
process.emitWarning = emitWarning;
for (const p of problems.slice(0, 30)) say(`  FAIL ${p}`);
say(`secrets: ${NEEDLES.length} needles, ${captured.length} console lines captured`);
say(`secrets: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
