// The hostile-server and transport-edge scenarios of the fault suite (faults.mjs runs them; issue #12's items 2, 7,
// 8, 9, 11, 12, 13, 14): raw HTTP answers no well-behaved server sends (statuses 600, 101, 099, 000, 999, 1000,
// reason phrases with control characters), a frozen `Date.now()`, timeouts at the timer maximum, an abort during
// Retry-After and backoff, a payload with its own `responseMetadata`, pages that are not arrays, the multipart
// bytes of Node's streamed upload against the platform's FormData, and wasm memory after a 10 MB error body.
import { createServer as createHttpServer } from "node:http";
import { createServer as createNetServer } from "node:net";
import { setUploadFetch } from "../../pkg/io.js";
import { nodeUploadFetch } from "../../pkg/node-upload.js";

/** A server that answers every request with `statusLine` (e.g. "HTTP/1.1 600 Weird") and a small JSON body (also
 * for the JS fuzzer: no HTTP server library sends such lines). */
export async function rawServer(statusLine) {
  const server = createNetServer((socket) => {
    socket.on("error", () => {});
    socket.once("data", () => {
      const body = '{"a":1}';
      socket.end(`${statusLine}\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`);
    });
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/** A server that records each request's content type and raw body bytes, and answers `{}`. */
async function captureServer() {
  const seen = [];
  const server = createHttpServer((req, res) => {
    const parts = [];
    req.on("data", (c) => parts.push(c));
    req.on("end", () => {
      seen.push({ type: req.headers["content-type"], body: Buffer.concat(parts) });
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${server.address().port}`, seen, close: () => new Promise((r) => server.close(r)) };
}

export async function hostileScenarios({ api, check, client, inject, rejects, eq, assert, LIST, attempts }) {
  // --- item 2: hostile status lines, on the fetch path (listFiles) and Node's node:http upload path -------------
  const uncaught = [];
  const onUncaught = (e) => uncaught.push(`${e && e.name}: ${e && e.message}`);
  process.on("uncaughtException", onUncaught);
  const hostile = [
    // [status line, what listFiles (Node's fetch) gives, what the upload (node:http) gives]
    ["HTTP/1.1 600 Weird", "UnknownError", "UnknownError"],
    ["HTTP/1.1 101 Switching Protocols", "ConnectionError", "UnknownError"],
    ["HTTP/1.1 099 Low", "ConnectionError", "UnknownError"],
    ["HTTP/1.1 000 Zero", "ConnectionError", "UnknownError"],
    ["HTTP/1.1 999 High", "UnknownError", "UnknownError"],
    ["HTTP/1.1 1000 Too many digits", "ConnectionError", "ConnectionError"],
    ["HTTP/1.1 abc Letters", "ConnectionError", "ConnectionError"],
    ["HTTP/1.1 200 O\x01K", null, null],
    ["HTTP/1.1 200 OK\x7f", null, null],
    ["HTTP/1.1 404 Not\x1bFound", "NotFoundError", "NotFoundError"],
  ];
  for (const [line, listClass, uploadClass] of hostile) {
    await check(`hostile answer ${JSON.stringify(line)}: list → ${listClass ?? "result"}, upload → ${uploadClass ?? "result"}`, async () => {
      const raw = await rawServer(line);
      try {
        const ik = new api.ImageKit({ privateKey: "private_key_test", apiBaseUrl: raw.url, uploadBaseUrl: raw.url, maxRetries: 0, timeout: 3000 });
        const calls = [
          [listClass, () => ik.listFiles()],
          [uploadClass, () => ik.uploadFile({ file: new Blob(["x"]), fileName: "a.txt" })],
        ];
        for (const [cls, call] of calls) {
          if (cls === null) eq(await call(), { a: 1 }, "result");
          else {
            const e = await rejects(call(), cls);
            const status = Number(line.split(" ")[1]);
            if (e instanceof api.APIError) eq(e.status, status, "status");
          }
        }
        await new Promise((r) => setTimeout(r, 20));
        return eq(uncaught, [], "uncaught exceptions");
      } finally {
        await raw.close();
      }
    });
  }
  process.off("uncaughtException", onUncaught);

  // --- item 7: a frozen wall clock ------------------------------------------------------------------------------
  await check("Date.now() frozen: a call 700 ms after another still has its whole 1 s timeout", async () => {
    const realNow = Date.now;
    const frozen = realNow();
    Date.now = () => frozen;
    try {
      const ik = client({ maxRetries: 0, timeout: 1000 });
      await ik.listFiles();
      await new Promise((r) => setTimeout(r, 700));
      inject({ ...LIST, delayMs: 600, times: 1 });
      const r = await ik.listFiles();
      return assert(Array.isArray(r), "a list after 600 ms");
    } finally {
      Date.now = realNow;
    }
  });

  // --- item 8: timeouts at the timer's maximum --------------------------------------------------------------------
  await check("timeouts up to 2^31 - 1 ms hold (client and per call); 2^31 ms is a ValidationError", async () => {
    for (const timeout of [2_114_445_438, 2_147_483_647]) {
      inject({ ...LIST, delayMs: 50, times: 2 });
      assert(Array.isArray(await client({ maxRetries: 0, timeout }).listFiles()), `client timeout ${timeout}`);
      assert(Array.isArray(await client({ maxRetries: 0 }).listFiles({}, { timeout })), `call timeout ${timeout}`);
    }
    let threw = null;
    try {
      client({ timeout: 2_147_483_648 });
    } catch (e) {
      threw = e;
    }
    assert(threw instanceof api.ValidationError, "client timeout 2^31");
    await rejects(client().listFiles({}, { timeout: 2_147_483_648 }), "ValidationError");
    return true;
  });

  // --- item 9: abort while waiting to retry -----------------------------------------------------------------------
  /** Aborts `abortAfter` ms into a call that meets `fault`; the AbortError must follow within `slack` ms. */
  const abortWhileWaiting = async (fault, maxRetries, abortAfter, slack) => {
    inject({ ...LIST, ...fault });
    const ac = new AbortController();
    const started = Date.now();
    const p = client({ maxRetries }).listFiles({}, { signal: ac.signal });
    setTimeout(() => ac.abort(), abortAfter);
    await rejects(p, "AbortError");
    const took = Date.now() - started;
    return assert(took < abortAfter + slack, `took ${took} ms`) && eq(attempts(), 1, "requests");
  };
  await check("abort() during a 20 s Retry-After: AbortError at once, no second request", () =>
    abortWhileWaiting({ retryAfter: 20, times: 1 }, 2, 200, 800));
  await check("abort() during the backoff after a 503: AbortError at once", () =>
    abortWhileWaiting({ status: 503, times: 3 }, 5, 150, 200));

  // --- item 11: the API's own responseMetadata key --------------------------------------------------------------
  await check("a payload with a top-level responseMetadata key stays the API's JSON (no cycle)", async () => {
    const body = { fileId: "f1", responseMetadata: { mine: [1, 2] } };
    inject({ ...LIST, status: 200, body, times: 1 });
    const r = await client({ maxRetries: 0 }).listFiles();
    return eq(JSON.parse(JSON.stringify(r)), body, "payload") && eq(r.responseMetadata, { mine: [1, 2] }, "its own key");
  });

  // --- item 12: pages that are not arrays --------------------------------------------------------------------------
  for (const [what, body] of [["an object", '{"a":1}'], ["a string", '"abc"'], ["null", "null"], ["a number", "7"]]) {
    await check(`iterateFiles on a page that is ${what}: UnknownError after one request`, async () => {
      inject({ ...LIST, status: 200, body, times: 50 });
      const seen = [];
      const e = await rejects((async () => {
        for await (const f of client({ maxRetries: 0 }).iterateFiles({ limit: 1 })) seen.push(f);
      })(), "UnknownError");
      return eq(seen, [], "items") && eq(attempts(), 1, "requests") && assert(/not an array/.test(e.message), e.message);
    });
  }

  // --- item 13: Node's multipart bytes are the platform FormData's ----------------------------------------------
  await check("Node's streamed multipart body equals the platform FormData's, byte for byte (lone CR/LF → CRLF)", async () => {
    const cap = await captureServer();
    try {
      const ik = new api.ImageKit({ privateKey: "private_key_test", uploadBaseUrl: cap.url, maxRetries: 0 });
      const options = {
        file: new Blob([new Uint8Array([0, 13, 10, 13, 255])], { type: "image/png" }),
        fileName: 'a"b.png',
        description: "one\ntwo\rthree\r\nfour\n\r",
        customMetadata: { note: "x\ny" },
        tags: ["t\r1", "t2"],
      };
      await ik.uploadFile(options); // node:http (the Node entry's upload fetch)
      setUploadFetch(null);
      try {
        await ik.uploadFile(options); // the platform fetch serialising the FormData itself
      } finally {
        setUploadFetch(nodeUploadFetch);
      }
      const [ours, platform] = cap.seen;
      const boundary = (c) => c.type.split("boundary=")[1];
      const normal = (c) => c.body.toString("latin1").split(boundary(c)).join("BOUNDARY");
      assert(normal(ours).includes("one\r\ntwo\r\nthree\r\nfour\r\n\r\n"), "CRLF in the value");
      return eq(normal(ours), normal(platform), "multipart bytes");
    } finally {
      await cap.close();
    }
  });

  // --- item 14: an error body stays in JS ------------------------------------------------------------------------
  await check("a 10 MB JSON error body grows wasm memory by less than 1 MiB", async () => {
    const memory = api.ImageKit.__memory();
    const before = memory.buffer.byteLength;
    inject({ ...LIST, status: 500, bigBody: 10_000_000, times: 1 });
    const e = await rejects(client({ maxRetries: 0 }).listFiles(), "InternalServerError");
    const grown = memory.buffer.byteLength - before;
    return assert(e.responseMetadata.raw.padding.length > 9_900_000, "raw body kept") &&
      assert(grown < 1 << 20, `wasm memory grew by ${grown} bytes`);
  });
}
