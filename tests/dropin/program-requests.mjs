// The steps of the `@imagekit/nodejs` 7 drop-in program (program.mjs) for how 7.11.0 builds a request and reads its
// answer: a request's own `fetchOptions`, `Headers` and arrays of pairs as `headers`/`defaultHeaders`, a raw call's
// text body and its path's own query, the request option `query` of a listing call, the client without a private
// key, and the waits `retry-after-ms` / `Retry-After` ask for. Each step's summary must be the same for both SDKs.

import { helpers } from "./program-options.mjs";
import { normalise } from "./steps.mjs";

export async function requestSteps(ImageKit, { baseURL, privateKey }, step) {
  const { inject, seen, base, id, caught } = helpers(ImageKit, { baseURL, privateKey });

  // fetchOptions of one request: spread over the client's, key by key, into that request's fetch init
  const inits = [];
  const spy = (url, init) => {
    inits.push({ url: normalise(String(url)), credentials: init.credentials ?? null, redirect: init.redirect ?? null, keepalive: init.keepalive ?? null });
    return fetch(url, init);
  };
  const fetching = new ImageKit({ ...base, fetch: spy, fetchOptions: { credentials: "omit", keepalive: false } });
  await step("request fetchOptions", async () => {
    await caught(() => fetching.files.get(id("f"), { fetchOptions: { credentials: "include", redirect: "error" } }));
    await caught(() => fetching.files.get(id("f")));
    await caught(() => fetching.get(`/v1/files/${id("f")}/details`, { fetchOptions: { keepalive: true } }));
    return inits;
  });

  // Headers instances and arrays of pairs, as defaultHeaders and as a request's headers
  await step("headers as Headers", async () => {
    const c = new ImageKit({ ...base, defaultHeaders: new Headers({ "X-Team": "t", "x-gone": "g" }) });
    await caught(() => c.files.get(id("h"), { headers: new Headers({ "x-call": "c", "X-Row": "r" }) }));
    return seen(id("h"));
  });
  await step("headers as pairs", async () => {
    const c = new ImageKit({ ...base, defaultHeaders: [["x-team", "t1"], ["X-Team", "t2"], ["x-gone", "g"]] });
    await caught(() => c.files.get(id("p"), { headers: [["x-call", "c1"], ["x-call", "c2"], ["x-gone", null], ["x-row", ["r1", "r2"]]] }));
    return seen(id("p"));
  });
  await step("headers: object keys replace, arrays append", async () => {
    const c = new ImageKit({ ...base, defaultHeaders: { "x-team": "t", "x-row": "kept" } });
    await caught(() => c.files.get(id("o"), { headers: { "X-Team": "a", "x-team": "b", "x-call": ["c1", "c2"], "x-row": [] } }));
    await caught(() => c.withOptions({ defaultHeaders: new Headers([["x-with", "w"]]) }).files.get(id("o")));
    return seen(id("o"));
  });

  // null removes the SDK's own headers too: without `authorization` the server refuses the call
  await step("headers: null removes authorization", async () => {
    const c = new ImageKit({ ...base, defaultHeaders: { Authorization: null } });
    const r = [await caught(() => c.files.get(id("a"))), await caught(() => new ImageKit(base).files.get(id("a"), { headers: [["authorization", null]] }))];
    return [r.map((x) => [x.class, x.status]), (await seen(id("a"))).length];
  });

  // a raw call's answer: JSON by its content type, else its text; an empty JSON body (content-length 0) is undefined
  const client = new ImageKit(base);
  const answer = async (path, fault) => {
    await inject({ path, ...fault });
    const r = await caught(() => client.get(path));
    return typeof r.resolved === "string" ? { text: r.resolved } : r;
  };
  await step("raw: a text answer", () => answer("/v1/raw/text", { status: 200, body: "plain words\n", contentType: "text/plain" }));
  await step("raw: an HTML answer", () => answer("/v1/raw/html", { status: 200, body: "<p>hi</p>", contentType: "text/html; charset=utf-8" }));
  await step("raw: a +json answer", () => answer("/v1/raw/problem", { status: 200, body: { a: 1 }, contentType: "application/problem+json" }));
  await step("raw: an empty JSON answer", () => answer("/v1/raw/empty", { status: 200, emptyBody: true }));
  await step("raw: a 204", () => answer("/v1/raw/none", { status: 204 }));

  // a raw path's own query, under defaultQuery and the request's query
  const defaults = new ImageKit({ ...base, defaultQuery: { dq: "1", type: "file" } });
  await step("raw: an absolute URL's query", async () => {
    const r = await caught(() => client.get(`${baseURL}/v1/files?path=%2Fnowhere&type=folder&a+b=c%20d`, { query: { type: "file", limit: 2 } }));
    return [r, await seen("/v1/files?path=%2Fnowhere")];
  });
  await step("raw: a path's query under defaultQuery", async () => {
    await caught(() => defaults.get("/v1/files?path=%2Fnowhere2&type=folder&dq=path&skip=0", { query: { skip: 1 } }));
    return seen("path=%2Fnowhere2");
  });

  // the request option `query` of a listing call: it replaces the call's own parameters
  await step("assets.list({…}, {query}) replaces", async () => {
    const r = await caught(() => client.assets.list({ path: "/nowhere3", type: "folder" }, { query: { path: "/nowhere3", limit: 1 } }));
    return [r, await seen("nowhere3")];
  });
  await step("customMetadataFields.list({…}, {query: {}})", async () => {
    await caught(() => defaults.customMetadataFields.list({ includeDeleted: true }, { query: {} }));
    await caught(() => defaults.customMetadataFields.list({ includeDeleted: true }, { query: { includeDeleted: false } }));
    await caught(() => defaults.customMetadataFields.list({ includeDeleted: true }));
    return seen("/v1/customMetadataFields");
  });
  await step("accounts.usage.get({…}, {query})", async () => {
    const r = await caught(() => client.accounts.usage.get({ startDate: "2024-01-01", endDate: "2024-01-31" }, { query: { startDate: "2024-02-01", endDate: "2024-02-02" } }));
    return [r, await seen("startDate=2024-02-01")];
  });

  // no private key: 7.x refuses at construction, ours at the first call that needs it (README: kept on purpose);
  // both with an ImageKitError that says how to give one
  await step("no private key", async () => {
    const saved = process.env.IMAGEKIT_PRIVATE_KEY;
    delete process.env.IMAGEKIT_PRIVATE_KEY;
    try {
      const c = new ImageKit({ baseURL, maxRetries: 0 });
      await c.files.get(id("k"));
      return "resolved";
    } catch (e) {
      return { imageKitError: e instanceof ImageKit.ImageKitError, namesTheKey: /privateKey/.test(e.message), sent: (await seen(id("k"))).length };
    } finally {
      if (saved !== undefined) process.env.IMAGEKIT_PRIVATE_KEY = saved;
    }
  });

  // Retry-After: the waits 7.x sleeps (its setTimeout calls, each run at once here), on every status it retries
  const TIMEOUT = 54321;
  const retrying = new ImageKit({ ...base, maxRetries: 1, timeout: TIMEOUT });
  const waits = async (fileId, headers, status = 503) => {
    await inject({ path: `/v1/files/${fileId}/details`, status, headers });
    const real = globalThis.setTimeout;
    const asked = [];
    globalThis.setTimeout = (fn, ms, ...rest) => {
      // The attempt's own timer (ours may add up to 1/64 to it: node-timeout.js) is let be.
      if (ms >= TIMEOUT && ms <= TIMEOUT * 1.02) return real(fn, ms, ...rest);
      // What a Node timer does with it: a delay that is not a number from 1 to 2^31 - 1 fires after 1 ms.
      asked.push(ms >= 1 && ms <= 2147483647 ? Math.round(ms) : 0);
      return real(fn, 0, ...rest);
    };
    let r;
    try {
      r = await caught(() => retrying.files.get(fileId));
    } finally {
      globalThis.setTimeout = real;
    }
    return [r.class ?? "resolved", (await seen(`/v1/files/${fileId}/details`)).length, asked];
  };
  const w = (n) => `${"c".repeat(22)}${String(n).padStart(2, "0")}`;
  await step("Retry-After: retry-after-ms", () => waits(w(1), { "retry-after-ms": "250" }));
  await step("Retry-After: seconds", () => waits(w(2), { "retry-after": "2" }));
  await step("Retry-After: on a 409", () => waits(w(3), { "retry-after": "1.5" }, 409));
  await step("Retry-After: on x-should-retry", () => waits(w(4), { "retry-after": "3", "x-should-retry": "true" }, 400));
  await step("Retry-After: an hour", () => waits(w(5), { "retry-after": "3600" }));
  await step("Retry-After: ms 0 gives way", () => waits(w(6), { "retry-after-ms": "0", "retry-after": "4" }));
  await step("Retry-After: ms over seconds", () => waits(w(7), { "retry-after-ms": "120", "retry-after": "4" }));
  await step("Retry-After: unreadable", () => waits(w(8), { "retry-after": "soon" }));
  await step("Retry-After: negative", () => waits(w(9), { "retry-after": "-3" }));
  await step("Retry-After: an HTTP date", async () => {
    const [cls, n, asked] = await waits(w(10), { "retry-after": new Date(Date.now() + 5000).toUTCString() });
    return [cls, n, asked.map((ms) => ms > 3000 && ms <= 5000)];
  });
  await step("Retry-After: a past date", () => waits(w(11), { "retry-after": new Date(Date.now() - 60000).toUTCString() }));
  await step("Retry-After: not on a 404", () => waits(w(12), { "retry-after": "1" }, 404));
}
