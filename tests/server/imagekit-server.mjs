// A local stand-in for the ImageKit API (media API, upload API and delivery) for SDK tests.
// Plain Node.js 20; sharp (optional) renders transformations. One HTTP server plays every role:
//   API       ${url}/v1/...                 (Basic auth: base64(privateKey + ":" + anything))
//   upload    ${url}/api/v1/files/upload    (Basic auth, or publicKey + token + signature + expire)
//   delivery  ${url}/ik/<filePath>          (urlEndpoint = ${url}/ik; signed URLs per SPEC §3.1)
//   fixtures  ${url}/fixtures/image-<W>x<H>.png, /fixtures/hello.txt, /fixtures/status/<code>
//   control   POST /__control/inject (fault JSON or array), POST /__control/reset ({store,faults,requests}: bools,
//             default all), POST /__control/seed ({count, folder, prefix}: tiny files straight into the store),
//             GET /__control/requests, GET /__control/faults, GET /__control/info
// Standalone: node tests/server/imagekit-server.mjs [--port 9100] [--host 127.0.0.1] [--private-key k] [--public-key k]
//
// Deliberate simplifications of ImageKit (everything is in memory and synchronous):
// - Bulk jobs (copy/move/rename folder) and cache purges complete immediately: status is always "Completed".
// - Transformations (`tr:` path segments, then `?tr=`) of PNG/JPEG/WebP/GIF/AVIF images are rendered with sharp
//   (render.mjs lists what; the rest is named in an `x-ik-not-rendered` header and ignored); files sharp cannot
//   decode, and every file when sharp is not installed, are served unchanged. Upload `transformation`, `extensions` and `webhookUrl` are validated but not acted on (no webhooks are sent,
//   no AI tags are produced; extensionStatus reports "pending"). AITags are therefore always null unless kept.
// - The upload response always includes tags, isPrivateFile, customCoordinates, isPublished and customMetadata
//   (ImageKit includes them only when asked via responseFields); `metadata`/`embeddedMetadata` only when asked.
// - Image metadata: width/height/alpha/density/colour profile come from PNG/JPEG/GIF/WebP headers; exif is {},
//   quality is 0; pHash is a real DCT pHash for decodable PNGs and the first 16 hex digits of SHA-1 otherwise.
//   Metadata of a non-image file → 400.
// - listFiles: default type is "file"; type "file-version" lists non-current versions; `path` alone lists the
//   folder's direct children, with a searchQuery it searches the subtree; `tags`/`name` are ignored when a
//   searchQuery is given; searchQuery supports = != > >= < <= IN, NOT IN, ':' (contains), AND/OR/NOT, parentheses
//   on name, tags, AITags, type, fileType, format, mime, size, height, width, createdAt, updatedAt, private,
//   published, path, customMetadata.<field>; anything else → 400. Sort ties keep creation order.
// - Bulk addTags/removeTags/removeAITags/delete with any unknown id → 404 {missingFileIds} and nothing changes;
//   a 207 partial success only happens through fault injection ({status: 207, body: {...}}).
// - createFolder is idempotent (201 for an existing folder) and creates missing parents; copy/move file and
//   copy/move folder create a missing destination folder; a name clash appends versions to the existing file.
// - renameFile onto an existing name → 409. Unknown JSON body keys → 400 (catches wrong wire names).
// - Custom metadata: required fields (which must have a default) get their default when absent; null removes a
//   value; deleted fields are soft-deleted (listed with includeDeleted=true) and reject new values.
// - Unpublished files are not delivered (404); private files need a signed URL (401 otherwise).
// - Version 1's id equals the file id; a restored version becomes current (no new version is created).
// - Status codes chosen: createFolder, createCustomMetadataField and purge → 201; copy/move file, deleteFile,
//   deleteFolder, deleteFileVersion, deleteCustomMetadataField → 204 (empty); everything else 200.
// - Upload auth: no Authorization and no publicKey → 401; wrong publicKey → 403; missing token/signature/expire,
//   bad or far-future/past expire, bad signature, reused token → 400 (ImageKit's wording where known).
//   A token is marked used once its signature checks out. /api/v2/files/upload is served like v1, except that its
//   client-side credential is a `token` JWT (HS256 with the private key, kid = publicKey, payload = the form
//   fields + exp ≤ 1 h + optional iat; see authenticateUploadV2 in auth.mjs).
// - Account resources (routes-accounts.mjs): saved extensions, named transformations, origins (validated per type)
//   and URL endpoints are in-memory CRUD with 24-hex ids and 404s; usage/usage-analytics check their dates and
//   answer zero figures (except media library storage). Its header lists the choices made.
// - File names are sanitised (anything but letters, digits, '.', '_', '-' → '_'); the unique suffix is
//   '_' + 9 random alphanumerics before the extension. Ids are 24 hex digits.
// - Faults: a pure {delayMs} delays and then serves normally; status defaults: 429 with retryAfter(Ms),
//   500 for bigBody/emptyBody, else 200. x-ratelimit-reset is in milliseconds. Permissive CORS on everything
//   (so browser tests can call it); OPTIONS preflights are neither logged nor faulted.
import http from "node:http";
import { randomUUID } from "node:crypto";
import { pathToFileURL } from "node:url";
import { ApiError, HELP } from "./errors.mjs";
import { Store, normalizeFolder } from "./store.mjs";
import { parseMultipart, boundaryOf } from "./multipart.mjs";
import { FaultQueue, applyFault } from "./faults.mjs";
import { requireBasicAuth } from "./auth.mjs";
import { fileRoutes } from "./routes-files.mjs";
import { folderRoutes } from "./routes-folders.mjs";
import { metadataRoutes } from "./routes-metadata.mjs";
import { accountRoutes } from "./routes-accounts.mjs";
import { upload } from "./routes-upload.mjs";
import { deliver, fixture, ENDPOINT_PREFIX } from "./delivery.mjs";

function compile(routes) {
  return routes.map(([method, pattern, handler]) => ({ method, segs: pattern.split("/").filter(Boolean), handler }));
}

// Literal paths first so that e.g. /v1/files/purge/:id is not taken for /v1/files/:id/...
const API_ROUTES = compile([...folderRoutes, ...metadataRoutes, ...fileRoutes, ...accountRoutes]);

// Every segment counts, empty ones too: `/v1/files/x/` (a trailing slash) or `/v1/files//details` is no route, never
// `/v1/files/x`. (Dropping empty segments once let `deleteFileVersion(id, "..")`, sent as `DELETE /v1/files/<id>/`,
// delete the whole file.) A `:param` takes a non-empty segment only. The one exception is the trailing slash an
// official SDK sends and ImageKit answers: `imagekit` 6's listFiles asks `GET /v1/files/`.
const SLASHED = new Map([["GET /v1/files/", "/v1/files"]]);

function match(method, pathname) {
  const segs = (SLASHED.get(`${method} ${pathname}`) ?? pathname).split("/").slice(1);
  for (const r of API_ROUTES) {
    if (r.segs.length !== segs.length) continue;
    const params = {};
    let ok = true;
    for (let i = 0; i < segs.length && ok; i++) {
      if (r.segs[i].startsWith(":")) {
        try { params[r.segs[i].slice(1)] = decodeURIComponent(segs[i]); } catch { ok = false; }
        ok &&= segs[i] !== "";
      } else ok = r.segs[i] === segs[i];
    }
    if (ok && r.method === method) return { handler: r.handler, params };
  }
  return {};
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const len = Number(req.headers["content-length"]);
    const chunks = [];
    let buf = Number.isSafeInteger(len) && len > 0 ? Buffer.allocUnsafe(len) : null;
    let off = 0;
    req.on("data", (c) => {
      if (buf && off + c.length <= buf.length) { c.copy(buf, off); off += c.length; return; }
      if (buf) { chunks.push(buf.subarray(0, off)); buf = null; }
      chunks.push(c);
    });
    req.on("end", () => resolve(buf ? buf.subarray(0, off) : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function logBody(raw, json, form) {
  if (form) {
    const fields = Object.fromEntries(Object.entries(form.fields).map(([k, v]) => [k, v.length > 500 ? `${v.slice(0, 500)}…(${v.length} chars)` : v]));
    const files = Object.fromEntries(Object.entries(form.files).map(([k, f]) => [k, { filename: f.filename, contentType: f.contentType, size: f.data.length }]));
    return { fields, files };
  }
  if (json !== undefined) return json;
  return raw.length && raw.length <= 4096 ? raw.toString("utf8") : undefined;
}

function send(req, res, { status = 200, body, raw, contentType, headers = {} }) {
  const h = { "x-request-id": randomUUID(), ...headers };
  let payload = null;
  if (raw) { payload = raw; h["content-type"] = contentType; }
  else if (status !== 204 && body !== undefined) { payload = Buffer.from(JSON.stringify(body)); h["content-type"] = "application/json; charset=utf-8"; }
  if (payload) h["content-length"] = String(payload.length);
  res.writeHead(status, h);
  res.end(req.method === "HEAD" ? undefined : payload ?? undefined);
}

export async function startImageKitServer({ privateKey = "private_key_test", publicKey = "public_key_test", port = 0, host = "127.0.0.1" } = {}) {
  const config = { privateKey, publicKey };
  const faults = new FaultQueue();
  const requests = [];
  const counters = new Map();
  let store;

  async function control(req, res, u) {
    const raw = await readBody(req);
    let body = {};
    try { body = raw.length ? JSON.parse(raw.toString("utf8")) : {}; } catch { return send(req, res, { status: 400, body: { message: "Invalid JSON", help: HELP } }); }
    const op = `${req.method} ${u.pathname}`;
    if (op === "POST /__control/inject") {
      try { faults.add(body); } catch (e) { return send(req, res, { status: 400, body: { message: e.message, help: HELP } }); }
      return send(req, res, { body: { queued: faults.items.length } });
    }
    if (op === "POST /__control/reset") { handle.reset(body); return send(req, res, { body: {} }); }
    if (op === "GET /__control/requests") {
      const p = u.searchParams.get("path");
      return send(req, res, { body: p ? requests.filter((r) => r.url.includes(p)) : requests });
    }
    if (op === "POST /__control/seed") {
      // {count, folder = "/", prefix = "file-"}: `count` one-byte text files named prefix + a 4-digit index,
      // created straight in the store (for paging tests that need thousands of files fast).
      const count = Number(body.count);
      if (!Number.isSafeInteger(count) || count < 0 || count > 100_000) return send(req, res, { status: 400, body: { message: "count must be 0..100000", help: HELP } });
      const folder = normalizeFolder(body.folder ?? "/");
      const bytes = Buffer.from("x");
      for (let i = 0; i < count; i++) {
        store.createAsset(folder, `${body.prefix ?? "file-"}${String(i).padStart(4, "0")}.txt`, { bytes, mime: "text/plain", fileType: "non-image", size: 1, hasAlpha: false });
      }
      return send(req, res, { body: { created: count } });
    }
    if (op === "GET /__control/faults") return send(req, res, { body: faults.items });
    if (op === "GET /__control/info") return send(req, res, { body: { ...handle.info(), publicKey, privateKey } });
    return send(req, res, { status: 404, body: { message: "Unknown control endpoint.", help: HELP } });
  }

  async function dispatch(req, u, raw, json, form, jsonError) {
    const ctx = { req, store, config, query: u.searchParams, body: json, form, params: {} };
    const p = u.pathname;
    if ((req.method === "GET" || req.method === "HEAD") && p.startsWith(ENDPOINT_PREFIX)) return deliver(ctx);
    if ((req.method === "GET" || req.method === "HEAD") && p.startsWith("/fixtures/")) return fixture(ctx);
    if (p === "/api/v1/files/upload" || p === "/api/v2/files/upload") {
      if (req.method !== "POST") throw new ApiError(404, "The requested API endpoint does not exist.");
      if (jsonError) throw jsonError;
      return upload(ctx);
    }
    if (p.startsWith("/v1/")) {
      requireBasicAuth(req, privateKey);
      const m = match(req.method, p);
      if (!m.handler) throw new ApiError(404, "The requested API endpoint does not exist.");
      if (jsonError) throw jsonError;
      if (ctx.body === undefined) ctx.body = {};
      ctx.params = m.params;
      return m.handler(ctx);
    }
    throw new ApiError(404, "The requested API endpoint does not exist.");
  }

  async function onRequest(req, res) {
    const u = new URL(req.url, "http://localhost");
    res.setHeader("access-control-allow-origin", "*");
    res.setHeader("access-control-expose-headers", "*");
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        "access-control-allow-methods": "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS",
        "access-control-allow-headers": req.headers["access-control-request-headers"] || "*",
        "access-control-max-age": "600",
      });
      return res.end();
    }
    if (u.pathname.startsWith("/__control/")) return control(req, res, u);
    const raw = await readBody(req);
    const ct = String(req.headers["content-type"] || "");
    let json, form, jsonError;
    if (/multipart\/form-data/i.test(ct)) {
      try { form = parseMultipart(raw, boundaryOf(ct)); } catch (e) { jsonError = new ApiError(400, `Malformed multipart body: ${e.message}.`); }
    } else if (/application\/x-www-form-urlencoded/i.test(ct)) {
      form = { fields: Object.fromEntries(new URLSearchParams(raw.toString("utf8"))), files: {} };
    } else if (raw.length) {
      try { json = JSON.parse(raw.toString("utf8")); } catch { jsonError = new ApiError(400, "The request body is not valid JSON."); }
    }
    const route = `${req.method} ${u.pathname}`;
    const attempt = (counters.get(route) ?? 0) + 1;
    counters.set(route, attempt);
    const entry = { method: req.method, path: u.pathname, url: req.url, query: Object.fromEntries(u.searchParams), headers: { ...req.headers }, body: logBody(raw, json, form), bodySize: raw.length, attempt, time: Date.now() };
    requests.push(entry);

    const fault = faults.take(req.method, req.url);
    if (fault) {
      entry.fault = fault;
      if (await applyFault(fault, req, res)) return;
    }
    let result;
    try {
      result = await dispatch(req, u, raw, json, form, jsonError);
    } catch (e) {
      if (e instanceof ApiError) result = { status: e.status, body: e.toBody() };
      else {
        console.error("[imagekit-server] internal error:", e);
        result = { status: 500, body: { message: `Internal server error: ${e.message}`, help: HELP } };
      }
    }
    entry.status = result.status ?? 200;
    if (!res.destroyed && !res.headersSent) send(req, res, result);
  }

  const server = http.createServer((req, res) => {
    onRequest(req, res).catch((e) => {
      console.error("[imagekit-server] request failed:", e);
      if (!res.headersSent && !res.destroyed) send(req, res, { status: 500, body: { message: "Internal server error", help: HELP } });
    });
  });
  server.keepAliveTimeout = 1000;
  server.requestTimeout = 0;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => { server.off("error", reject); resolve(); });
  });
  const actualPort = server.address().port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${actualPort}`;
  const urlEndpoint = `${url}/ik`;
  store = new Store(urlEndpoint);

  const handle = {
    url, apiBaseUrl: url, uploadBaseUrl: url, urlEndpoint, port: actualPort, privateKey, publicKey,
    server, store, requests,
    info: () => ({ url, apiBaseUrl: url, uploadBaseUrl: url, urlEndpoint }),
    inject(fault) { faults.add(fault); },
    pendingFaults: () => faults.items.map((f) => ({ ...f })),
    /** Requests whose path+query contains `pathPart` (and method, if given). */
    countRequests(pathPart = "", method) {
      return requests.filter((r) => r.url.includes(pathPart) && (!method || r.method === method.toUpperCase())).length;
    },
    reset({ store: s = true, faults: f = true, requests: r = true } = {}) {
      if (s) store.clear();
      if (f) faults.clear();
      if (r) { requests.length = 0; counters.clear(); }
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
  return handle;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
  const srv = await startImageKitServer({
    port: Number(opt("--port", 0)), host: opt("--host", "127.0.0.1"),
    privateKey: opt("--private-key", "private_key_test"), publicKey: opt("--public-key", "public_key_test"),
  });
  console.log(JSON.stringify(srv.info()));
  const stop = () => srv.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
