// The server half of the example: the only place that holds the private key. The page asks it for upload
// authentication parameters, the file list, deletions and signed URLs; everything else happens in the browser.
//   GET    /api/config        → {publicKey, urlEndpoint, uploadBaseUrl, backend}   (nothing secret)
//   GET    /api/auth          → {token, expire, signature}                          (one upload each)
//   GET    /api/files         → the library (listFiles: images, newest first)
//   DELETE /api/files/:fileId → 204
//   POST   /api/sign          {path, transformation, expireSeconds} → {url}
//   POST   /api/transform     {url, transformation} → {url}   (ik.transformUrl: a signed URL is signed again)
//   POST   /api/verify        {url} → ik.verifyUrl's {valid, expired, expiresAt, signedString}
// Errors answer {error: {name, message, status, help}} with the API's status (or 400 / 502).
import { ImageKit } from "imagekit-wasm";

const MAX_BODY = 64 * 1024;

/** A request handler for the /api/ routes: (req, res) → Promise<boolean handled>. */
export function createApi({ publicKey, privateKey, urlEndpoint, apiBaseUrl, uploadBaseUrl, backend = "ImageKit" }) {
  const ik = new ImageKit({ publicKey, privateKey, urlEndpoint, apiBaseUrl, uploadBaseUrl });

  const routes = {
    "GET /api/config": () => ({ publicKey, urlEndpoint, uploadBaseUrl: uploadBaseUrl ?? "https://upload.imagekit.io", backend }),
    "GET /api/auth": () => ik.getAuthenticationParameters(),
    "GET /api/files": () => ik.listFiles({ fileType: "image", sort: "DESC_CREATED", limit: 200 }),
    "DELETE /api/files/:id": async (_, id) => { await ik.deleteFile(id); return null; },
    "POST /api/sign": (body) => {
      const { path, transformation = [], expireSeconds = 0 } = body ?? {};
      if (typeof path !== "string" || !path) throw Object.assign(new Error("path (a string) is required"), { name: "ValidationError" });
      if (!Array.isArray(transformation)) throw Object.assign(new Error("transformation must be an array"), { name: "ValidationError" });
      const seconds = Number(expireSeconds) || 0;
      return { url: ik.url({ path, transformation, signed: true, expireSeconds: seconds }), expiresAt: seconds > 0 ? Math.floor(Date.now() / 1000) + seconds : null };
    },
    "POST /api/transform": (body) => {
      const { url, transformation } = body ?? {};
      return { url: ik.transformUrl(url, Array.isArray(transformation) ? transformation : undefined) };
    },
    "POST /api/verify": (body) => ik.verifyUrl(body?.url),
  };

  return async function handle(req, res) {
    const { pathname } = new URL(req.url, "http://x");
    if (!pathname.startsWith("/api/")) return false;
    let key = `${req.method} ${pathname}`, param;
    const m = /^\/api\/files\/([^/]+)$/.exec(pathname);
    if (m) { key = `${req.method} /api/files/:id`; param = decodeURIComponent(m[1]); }
    const route = routes[key];
    try {
      if (!route) throw Object.assign(new Error(`No route ${req.method} ${pathname}`), { name: "NotFound", status: 404 });
      const body = req.method === "POST" ? await readJson(req) : undefined;
      const out = await route(body, param);
      if (out === null) res.writeHead(204).end();
      else json(res, 200, out);
    } catch (e) {
      json(res, statusOf(e), { error: { name: e.name, message: e.message, status: e.status ?? null, help: e.help ?? null } });
    }
    return true;
  };
}

function statusOf(e) {
  if (Number.isInteger(e.status) && e.status >= 400) return e.status;
  if (e.name === "ValidationError" || e.name === "SyntaxError") return 400;
  return 502; // ConnectionError, TimeoutError, UnknownError: the backend did not answer usefully
}

function json(res, status, value) {
  const body = JSON.stringify(value);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" }).end(body);
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on("data", (c) => {
      size += c.length;
      if (size > MAX_BODY) { reject(Object.assign(new Error("request body too large"), { status: 413 })); req.destroy(); }
      else chunks.push(c);
    });
    req.on("end", () => {
      try { resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {}); } catch (e) { reject(e); }
    });
    req.on("error", reject);
  });
}
