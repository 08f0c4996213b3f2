#!/usr/bin/env node
// Fault suite (`make test-js`, after `make package`): the media API against the local ImageKit server while it
// misbehaves — 5xx then success, 429 with Retry-After, a connection dropped before and in the middle of the body,
// a server slower than the timeout, an HTML error page, malformed JSON, an empty body, a 10 MB body, 500
// concurrent calls (with and without faults), an abort — and, from faults-hostile.mjs, raw status lines no HTTP
// server library would send, a frozen clock, the largest timeouts, aborts while waiting to retry, odd payloads
// and pages, the multipart bytes, and wasm memory after a 10 MB error body. Every outcome is checked for its class, the retries are
// counted in the server's request log, nothing may hang (overall timeout) and no rejection may go unhandled.
// usage: node tests/hardening/faults.mjs        prints `faults: N passed, M failed`
import { selected } from "../checks.mjs";
import * as api from "../../pkg/node.mjs";
import { startImageKitServer } from "../server/imagekit-server.mjs";
import { hostileScenarios } from "./faults-hostile.mjs";

const OVERALL_MS = 180_000;
const t0 = Date.now();
let passed = 0;
let failed = 0;
let injected = 0;
const overall = setTimeout(() => {
  console.log(`  FAIL the suite did not finish within ${OVERALL_MS / 1000} s (something hangs)`);
  console.log(`faults: ${passed} passed, ${failed + 1} failed`);
  process.exit(1);
}, OVERALL_MS);
process.on("unhandledRejection", (e) => {
  failed++;
  console.log(`  FAIL unhandled rejection: ${e && e.name}: ${e && e.message}`);
});

const server = await startImageKitServer();
const client = (extra = {}) =>
  new api.ImageKit({ publicKey: "public_key_test", privateKey: "private_key_test", apiBaseUrl: server.url, uploadBaseUrl: server.url, ...extra });
const inject = (fault) => {
  injected += fault.times ?? 1;
  server.inject(fault);
};
const LIST = { path: "/v1/files", method: "GET" };
const attempts = () => server.countRequests("/v1/files", "GET");

async function check(name, fn) {
  if (!selected(name)) return;
  server.reset();
  const started = Date.now();
  try {
    // Each scenario has its own limit too, so a hang is named.
    const r = await Promise.race([fn(), new Promise((_, rej) => setTimeout(() => rej(new Error("scenario timed out (hang)")), 30_000))]);
    if (r !== true) throw new Error(`returned ${JSON.stringify(r)}`);
    passed++;
    console.log(`  ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    failed++;
    console.log(`  FAIL ${name}: ${e && e.name}: ${e && e.message}`);
  }
}
const eq = (got, want, what) => {
  if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`${what}: ${JSON.stringify(got)} !== ${JSON.stringify(want)}`);
  return true;
};
const assert = (cond, what) => {
  if (!cond) throw new Error(what);
  return true;
};
async function rejects(promise, cls) {
  try {
    await promise;
  } catch (e) {
    if (!(e instanceof api[cls]) || e.name !== cls || !(e instanceof api.ImageKitError)) {
      throw new Error(`expected ${cls}, got ${e && e.constructor && e.constructor.name}/${e && e.name}: ${e && e.message}`);
    }
    return e;
  }
  throw new Error(`expected ${cls}, but it resolved`);
}

// --- hostile answers and transport edges (first: the memory check needs a module no big error body has grown) ----
await hostileScenarios({ api, check, client, inject, rejects, eq, assert, LIST, attempts });

// --- 5xx ---------------------------------------------------------------------------------------------------------
await check("503 twice, then success: resolves after 2 retries (3 requests)", async () => {
  inject({ ...LIST, status: 503, times: 2 });
  const r = await client({ maxRetries: 2 }).listFiles();
  return assert(Array.isArray(r), "a list") && eq(attempts(), 3, "requests");
});
await check("500 on every attempt: InternalServerError after maxRetries + 1 requests", async () => {
  inject({ ...LIST, status: 500, times: 3 });
  const e = await rejects(client({ maxRetries: 2 }).listFiles(), "InternalServerError");
  return eq([e.status, e.responseMetadata.httpStatusCode], [500, 500], "status") && eq(attempts(), 3, "requests");
});
await check("maxRetries: 0 per call overrides the client: one request", async () => {
  inject({ ...LIST, status: 502, times: 1 });
  await rejects(client({ maxRetries: 2 }).listFiles({}, { maxRetries: 0 }), "InternalServerError");
  return eq(attempts(), 1, "requests");
});
await check("a 4xx is not retried", async () => {
  inject({ ...LIST, status: 404, times: 1 });
  await rejects(client({ maxRetries: 2 }).listFiles(), "NotFoundError");
  return eq(attempts(), 1, "requests");
});

// --- 429 ---------------------------------------------------------------------------------------------------------
await check("429 with Retry-After: 1 then success: waits about a second, 2 requests", async () => {
  inject({ ...LIST, retryAfter: 1, times: 1 });
  const started = Date.now();
  await client({ maxRetries: 1 }).listFiles();
  const waited = Date.now() - started;
  return assert(waited >= 900 && waited < 5000, `waited ${waited} ms`) && eq(attempts(), 2, "requests");
});
await check("429 with retry-after-ms: 150 then success: honoured (not the 500 ms backoff)", async () => {
  inject({ ...LIST, retryAfterMs: 150, times: 1 });
  const started = Date.now();
  await client({ maxRetries: 1 }).listFiles();
  const waited = Date.now() - started;
  return assert(waited >= 140 && waited < 450, `waited ${waited} ms`) && eq(attempts(), 2, "requests");
});
await check("429 without retries left: TooManyRequestsError with retryAfter and the rate-limit figures", async () => {
  inject({ ...LIST, retryAfter: 7, rateLimit: { limit: 10, remaining: 0, reset: 7000 }, times: 1 });
  const e = await rejects(client({ maxRetries: 0 }).listFiles(), "TooManyRequestsError");
  return eq([e.status, e.retryAfter], [429, 7], "status, retryAfter") && assert(e.rateLimit && typeof e.rateLimit === "object", "rateLimit");
});

// --- dropped connections -----------------------------------------------------------------------------------------
await check("connection dropped before any answer, then success: retried", async () => {
  inject({ ...LIST, drop: true, times: 1 });
  await client({ maxRetries: 1 }).listFiles();
  return eq(attempts(), 2, "requests");
});
await check("connection dropped every time: ConnectionError after the retries", async () => {
  inject({ ...LIST, drop: true, times: 2 });
  await rejects(client({ maxRetries: 1 }).listFiles(), "ConnectionError");
  return eq(attempts(), 2, "requests");
});
await check("connection dropped in the middle of the body: ConnectionError (no retries)", async () => {
  inject({ ...LIST, dropMidBody: true, times: 1 });
  const e = await rejects(client({ maxRetries: 0 }).listFiles(), "ConnectionError");
  return assert(!(e instanceof api.TimeoutError), "not a timeout");
});
await check("connection dropped mid-body, then success: retried", async () => {
  inject({ ...LIST, dropMidBody: true, times: 1 });
  const r = await client({ maxRetries: 1 }).listFiles();
  return assert(Array.isArray(r), "a list") && eq(attempts(), 2, "requests");
});

// --- slow server -------------------------------------------------------------------------------------------------
await check("a server slower than the timeout: TimeoutError about when the timeout says", async () => {
  inject({ ...LIST, delayMs: 5000, times: 1 });
  const started = Date.now();
  const e = await rejects(client({ maxRetries: 0, timeout: 300 }).listFiles(), "TimeoutError");
  const took = Date.now() - started;
  return assert(took >= 250 && took < 2000, `took ${took} ms`) && assert(e instanceof api.ConnectionError, "TimeoutError extends ConnectionError");
});
await check("slow once, then fast: the retry succeeds", async () => {
  inject({ ...LIST, delayMs: 5000, times: 1 });
  await client({ maxRetries: 1, timeout: 300 }).listFiles();
  return eq(attempts(), 2, "requests");
});
await check("the per-call timeout overrides the client's", async () => {
  inject({ ...LIST, delayMs: 5000, times: 1 });
  await rejects(client({ maxRetries: 0, timeout: 60000 }).listFiles({}, { timeout: 200 }), "TimeoutError");
  return true;
});
await check("150 concurrent calls, 100 of them slow: exactly those time out (shared timeout signals in Node)", async () => {
  inject({ ...LIST, delayMs: 5000, times: 100 });
  const warnings = [];
  const onWarning = (w) => warnings.push(`${w.name}: ${w.message}`);
  process.on("warning", onWarning);
  const ik = client({ maxRetries: 0, timeout: 400 });
  const started = Date.now();
  const results = await Promise.allSettled(Array.from({ length: 150 }, () => ik.listFiles()));
  const took = Date.now() - started;
  await new Promise((r) => setTimeout(r, 50));
  process.off("warning", onWarning);
  const timedOut = results.filter((r) => r.status === "rejected" && r.reason instanceof api.TimeoutError).length;
  const ok = results.filter((r) => r.status === "fulfilled" && Array.isArray(r.value)).length;
  return eq([timedOut, ok], [100, 50], "timed out, answered") && assert(took >= 350 && took < 3000, `took ${took} ms`) &&
    eq(warnings, [], "process warnings");
});
await check("a caller's abort during a slow answer: AbortError, not retried", async () => {
  inject({ ...LIST, delayMs: 5000, times: 1 });
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 100);
  await rejects(client({ maxRetries: 2 }).listFiles({}, { signal: ac.signal }), "AbortError");
  return eq(attempts(), 1, "requests");
});

// --- bodies that are not what they should be ----------------------------------------------------------------------
const HTML = "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>";
await check("an HTML error page (502): InternalServerError quoting it, raw text in responseMetadata", async () => {
  inject({ ...LIST, status: 502, body: HTML, contentType: "text/html", times: 1 });
  const e = await rejects(client({ maxRetries: 0 }).listFiles(), "InternalServerError");
  return assert(e.message.includes("502 Bad Gateway"), e.message) && eq(e.responseMetadata.raw, HTML, "raw");
});
await check("an HTML page with status 200: UnknownError (a success that is not JSON)", async () => {
  inject({ ...LIST, status: 200, body: HTML, contentType: "text/html", times: 1 });
  const e = await rejects(client({ maxRetries: 0 }).listFiles(), "UnknownError");
  return eq(e.status, 200, "status");
});
await check("malformed JSON with status 200: UnknownError", async () => {
  inject({ ...LIST, status: 200, malformedJson: true, times: 1 });
  await rejects(client({ maxRetries: 0 }).listFiles(), "UnknownError");
  return true;
});
await check("malformed JSON with status 400: BadRequestError, raw text kept", async () => {
  inject({ ...LIST, status: 400, malformedJson: true, times: 1 });
  const e = await rejects(client({ maxRetries: 0 }).listFiles(), "BadRequestError");
  return assert(typeof e.responseMetadata.raw === "string" && e.responseMetadata.raw.includes("trunc"), "raw");
});
await check("an empty body with status 500: InternalServerError 'empty body'", async () => {
  inject({ ...LIST, status: 500, emptyBody: true, times: 1 });
  const e = await rejects(client({ maxRetries: 0 }).listFiles(), "InternalServerError");
  return assert(/empty body/.test(e.message), e.message);
});
await check("an empty body with status 200: resolves to {}", async () => {
  inject({ ...LIST, status: 200, emptyBody: true, times: 1 });
  const r = await client({ maxRetries: 0 }).listFiles();
  return eq(r, {}, "payload") && eq(r.responseMetadata.httpStatusCode, 200, "status");
});
await check("a 10 MB JSON success body: parsed and returned whole", async () => {
  inject({ ...LIST, status: 200, bigBody: 10_000_000, times: 1 });
  const r = await client({ maxRetries: 0 }).listFiles();
  return assert(typeof r.padding === "string" && r.padding.length > 9_900_000, `padding ${r.padding && r.padding.length}`);
});
await check("a 10 MB JSON error body (500): InternalServerError with its message, body kept raw", async () => {
  inject({ ...LIST, status: 500, bigBody: 10_000_000, times: 1 });
  const e = await rejects(client({ maxRetries: 0 }).listFiles(), "InternalServerError");
  return assert(e.message.length < 1000, `message of ${e.message.length} chars`) &&
    assert(JSON.stringify(e.responseMetadata.raw).length > 9_900_000, "raw body");
});
await check("a 207 from a bulk call: PartialSuccessError with the partial result", async () => {
  inject({ path: "/v1/files/batch/deleteByFileIds", status: 207, body: { successfullyDeletedFileIds: ["a"], errors: [{ fileId: "b" }] }, times: 1 });
  const e = await rejects(client({ maxRetries: 0 }).bulkFileDelete(["a", "b"]), "PartialSuccessError");
  return eq(e.responseMetadata.raw.successfullyDeletedFileIds, ["a"], "partial result");
});

// --- concurrency ---------------------------------------------------------------------------------------------------
await check("500 concurrent calls: all resolve, 500 requests", async () => {
  const ik = client({ maxRetries: 0 });
  const all = await Promise.all(Array.from({ length: 500 }, () => ik.listFiles({ limit: 1 })));
  return assert(all.every(Array.isArray), "every answer is a list") && eq(attempts(), 500, "requests");
});
await check("500 concurrent calls while 100 answers are 503: all resolve, 600 requests", async () => {
  inject({ ...LIST, status: 503, times: 100 });
  const ik = client({ maxRetries: 2 });
  const all = await Promise.all(Array.from({ length: 500 }, () => ik.listFiles({ limit: 1 })));
  return assert(all.every(Array.isArray), "every answer is a list") && eq(attempts(), 600, "requests");
});
await check("500 concurrent calls with every kind of fault mixed in: each settles with the right class", async () => {
  const kinds = [
    [{ status: 500 }, "InternalServerError"], [{ status: 404 }, "NotFoundError"], [{ retryAfter: 0 }, "TooManyRequestsError"],
    [{ drop: true }, "ConnectionError"], [{ status: 200, malformedJson: true }, "UnknownError"], [{ delayMs: 8000 }, "TimeoutError"],
  ];
  // One fault per distinct request (by its query), so which call meets which fault is known.
  const ik = client({ maxRetries: 0, timeout: 4000 });
  const calls = Array.from({ length: 500 }, (_, i) => {
    const [fault, cls] = i % 2 === 0 ? kinds[(i / 2) % kinds.length] : [null, null];
    if (fault) inject({ ...fault, path: `searchQuery=name%3D%22f${i}%22`, times: 1 });
    return [ik.listFiles({ searchQuery: `name="f${i}"` }), cls];
  });
  const outcomes = await Promise.allSettled(calls.map(([p]) => p));
  const wrong = outcomes.flatMap((o, i) => {
    const cls = calls[i][1];
    if (cls === null) return o.status === "fulfilled" ? [] : [`#${i}: ${o.reason && o.reason.name}`];
    const e = o.reason;
    return o.status === "rejected" && e instanceof api[cls] && e.name === cls ? [] : [`#${i}: wanted ${cls}, got ${o.status} ${e && e.name}`];
  });
  return eq(wrong.slice(0, 5), [], "wrong outcomes");
});

// --- after all that, the module still answers ------------------------------------------------------------------------
await check("the module still works afterwards", async () => {
  return eq(api.phashDistance("2d5ad3936d2e015b", "2d6ed293db36a4fb"), 17, "phash") && assert(Array.isArray(await client().listFiles()), "list");
});

await server.close();
await new Promise((r) => setTimeout(r, 100));
clearTimeout(overall);
console.log(`faults: ${injected} faults injected, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`faults: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
