// imagekit-wasm in a Cloudflare Worker: signed image URLs at the edge, and the file list, with the private key
// kept in a Worker secret. Configuration comes from the bindings in wrangler.toml ([vars]) and the secret:
//   IMAGEKIT_PUBLIC_KEY, IMAGEKIT_PRIVATE_KEY (secret), IMAGEKIT_URL_ENDPOINT, SIGNED_URL_TTL, IMAGEKIT_API_BASE_URL?
// Routes:
//   GET /image/<file path>?w=&h=&q=&f=   → 302 to a signed, transformed URL (use it as an <img src>)
//   GET /sign/<file path>?w=&h=&q=&f=    → {url, expiresAt}
//   GET /files?path=/folder              → [{fileId, name, filePath, width, height, thumbnail}] (signed thumbnails)
import { ImageKit, ImageKitError } from "imagekit-wasm";

const FORMATS = new Set(["auto", "jpg", "png", "webp", "avif"]);

/** The transformation a request asks for (?w=&h=&q=&f=), validated; throws a 400 Response otherwise. */
function transformationOf(params) {
  const step = {};
  for (const [key, name, max] of [["w", "width", 4000], ["h", "height", 4000], ["q", "quality", 100]]) {
    const v = params.get(key);
    if (v === null) continue;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > max) throw Response.json({ error: `${key} must be an integer from 1 to ${max}` }, { status: 400 });
    step[name] = n;
  }
  const f = params.get("f");
  if (f !== null) {
    if (!FORMATS.has(f)) throw Response.json({ error: `f must be one of ${[...FORMATS].join(", ")}` }, { status: 400 });
    step.format = f;
  }
  return Object.keys(step).length ? [step] : [];
}

function client(env) {
  return new ImageKit({
    publicKey: env.IMAGEKIT_PUBLIC_KEY,
    privateKey: env.IMAGEKIT_PRIVATE_KEY,
    urlEndpoint: env.IMAGEKIT_URL_ENDPOINT,
    ...(env.IMAGEKIT_API_BASE_URL ? { apiBaseUrl: env.IMAGEKIT_API_BASE_URL } : {}),
  });
}

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const ttl = Number(env.SIGNED_URL_TTL) || 3600;
    try {
      if (request.method !== "GET") return Response.json({ error: "method not allowed" }, { status: 405 });
      const ik = client(env);
      const m = /^\/(image|sign)(\/.+)$/.exec(url.pathname);
      if (m) {
        const path = decodeURIComponent(m[2]);
        const signed = ik.url({ path, transformation: transformationOf(url.searchParams), signed: true, expireSeconds: ttl });
        if (m[1] === "image") return Response.redirect(signed, 302);
        return Response.json({ url: signed, expiresAt: Math.floor(Date.now() / 1000) + ttl });
      }
      if (url.pathname === "/files") {
        const files = await ik.listFiles({ path: url.searchParams.get("path") ?? "/", fileType: "image", limit: 50 });
        return Response.json(files.map((f) => ({
          fileId: f.fileId, name: f.name, filePath: f.filePath, width: f.width, height: f.height,
          thumbnail: ik.url({ path: f.filePath, transformation: [{ width: 200, height: 200 }], signed: true, expireSeconds: ttl }),
        })));
      }
      return Response.json({ error: "not found", routes: ["/image/<path>", "/sign/<path>", "/files?path=/"] }, { status: 404 });
    } catch (e) {
      if (e instanceof Response) return e;
      // API errors keep their status (401, 404, 429, …); anything else is a 500.
      if (e instanceof ImageKitError) return Response.json({ error: e.message, name: e.name }, { status: e.status ?? (e.name === "ValidationError" ? 400 : 500) });
      return Response.json({ error: String(e) }, { status: 500 });
    }
  },
};
