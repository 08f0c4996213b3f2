// The transport's edges, the same in every runtime (issue #12): an impossible status from the server, a payload
// with its own `responseMetadata`, timeouts at the timer's maximum and one past it, an abort while waiting out a
// Retry-After, and pages of `iterateFiles` that are not arrays. Runtime-neutral (fetch only); run by suite.mjs.

import { harness } from "./harness.mjs";

export async function transportSuite(api, { serverUrl }) {
  const { check, eq, rejects, control, result } = harness(api, serverUrl);
  const reset = () => control("reset", { store: false, faults: true, requests: true });
  const attempts = async (pathPart) => (await control(`requests?path=${encodeURIComponent(pathPart)}`)).length;
  const ik = new api.ImageKit({ privateKey: "private_key_test", apiBaseUrl: serverUrl, uploadBaseUrl: serverUrl });

  await reset();
  await check("status 600 → UnknownError with status 600 (a call and an upload)", async () => {
    await control("inject", { status: 600, path: "/v1/files", method: "GET" });
    await rejects(ik.listFiles({}, { maxRetries: 0 }), "UnknownError", 600);
    await control("inject", { status: 600, path: "/api/v1/files/upload" });
    await rejects(ik.uploadFile({ file: new Blob(["x"]), fileName: "x.txt" }, { maxRetries: 0 }), "UnknownError", 600);
    return true;
  });
  await check("a payload with its own top-level responseMetadata stays the API's JSON", async () => {
    const body = { fileId: "f1", responseMetadata: { mine: true } };
    await control("inject", { status: 200, body, path: "/v1/files", method: "GET" });
    const r = await ik.listFiles({}, { maxRetries: 0 });
    return eq(JSON.stringify(r), JSON.stringify(body));
  });
  await check("response headers named __proto__ and constructor are own keys of responseMetadata.headers", async () => {
    const headers = [["__proto__", "p"], ["constructor", "c"], ["content-type", "application/json"]];
    const answering = (status) => new api.ImageKit({
      privateKey: "private_key_test",
      apiBaseUrl: serverUrl,
      fetch: async () => new Response(status === 200 ? "[]" : '{"message":"gone"}', { status, headers }),
    });
    const shape = (h) => JSON.stringify([Object.getPrototypeOf(h) === Object.prototype, Object.keys(h), h.__proto__ === Object.prototype, Object.getOwnPropertyDescriptor(h, "__proto__")?.value, h.constructor]);
    const want = JSON.stringify([true, ["__proto__", "constructor", "content-type"], false, "p", "c"]);
    eq(shape((await answering(200).listFiles()).responseMetadata.headers), want, "payload");
    const e = await answering(404).getFileDetails("f", { maxRetries: 0 }).catch((x) => x);
    return eq(shape(e.responseMetadata.headers), want, "error");
  });
  await check("timeout 2^31 - 1 ms works (client and per call); 2^31 is a ValidationError", async () => {
    const longest = new api.ImageKit({ privateKey: "private_key_test", apiBaseUrl: serverUrl, timeout: 2147483647 });
    eq(Array.isArray(await longest.listFiles({ limit: 1 })), true, "client timeout");
    eq(Array.isArray(await ik.listFiles({ limit: 1 }, { timeout: 2147483647 })), true, "per-call timeout");
    await rejects(ik.listFiles({}, { timeout: 2147483648 }), "ValidationError");
    try {
      new api.ImageKit({ privateKey: "private_key_test", timeout: 2147483648 });
    } catch (e) {
      return eq(e instanceof api.ValidationError, true, "client");
    }
    return "the client accepted timeout 2^31";
  });
  await check("abort() during a 20 s Retry-After → AbortError at once, one request", async () => {
    await reset();
    await control("inject", { retryAfter: "20", path: "/v1/files", method: "GET" });
    const c = new AbortController();
    const started = Date.now();
    const p = ik.listFiles({}, { signal: c.signal, maxRetries: 2 });
    setTimeout(() => c.abort(), 200);
    await rejects(p, "AbortError");
    const took = Date.now() - started;
    eq(await attempts("/v1/files"), 1, "requests");
    return took < 5000 || `took ${took} ms`;
  });
  await check("iterateFiles on a page that is not an array → UnknownError, paging ends", async () => {
    for (const body of ['"abc"', '{"a":1}']) {
      await reset();
      await control("inject", { status: 200, body, times: 20, path: "/v1/files", method: "GET" });
      const seen = [];
      await rejects((async () => {
        for await (const f of ik.iterateFiles({ limit: 1 }, { maxRetries: 0 })) seen.push(f);
      })(), "UnknownError");
      eq([seen.length, await attempts("/v1/files")], [0, 1], `items and requests for ${body}`);
    }
    return true;
  });
  await reset();
  return result();
}
