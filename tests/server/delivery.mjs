// Delivery of stored files at the URL endpoint (with signed-URL checks), plus fixture files.
import { createHmac, timingSafeEqual } from "node:crypto";
import { ApiError } from "./errors.mjs";
import { makePng } from "./fixtures.mjs";
import { renderImage, transformationOf } from "./render.mjs";

export const ENDPOINT_PREFIX = "/ik/";

/** Raw path (after the endpoint, no query) → {asset, version} or null. `tr:` segments are ignored. */
function resolvePath(store, rawPath, query) {
  const segs = rawPath.split("/").filter((s) => s && !s.startsWith("tr:"));
  let filePath;
  try {
    filePath = `/${segs.map(decodeURIComponent).join("/")}`;
  } catch {
    return null;
  }
  const asset = store.findByPath(filePath);
  if (!asset) return null;
  const vid = query.get("ik-obj-version");
  const version = vid ? asset.versions.find((v) => v.id === vid) : store.current(asset);
  return version ? { asset, version } : null;
}

/** A full delivery URL of this server → {asset, version} or null. */
export function resolveDeliveryUrl(store, url) {
  const prefix = `${store.urlEndpoint}/`;
  if (typeof url !== "string" || !url.startsWith(prefix)) return null;
  const u = new URL(url);
  return resolvePath(store, url.slice(prefix.length).split(/[?#]/)[0], u.searchParams);
}

function sign(privateKey, str) {
  return createHmac("sha1", privateKey).update(str).digest("hex");
}

/** Check ik-s / ik-t of a raw request URL ("/ik/..."). Returns null when fine, else an error message. */
export function checkSignature(rawUrl, privateKey, nowSeconds = Math.floor(Date.now() / 1000)) {
  const rest = rawUrl.slice(ENDPOINT_PREFIX.length);
  const q = rest.indexOf("?");
  const pathPart = q < 0 ? rest : rest.slice(0, q);
  const pieces = q < 0 ? [] : rest.slice(q + 1).split("&");
  const ikS = pieces.find((p) => p.startsWith("ik-s="))?.slice(5);
  const ikT = pieces.find((p) => p.startsWith("ik-t="))?.slice(5);
  const kept = pieces.filter((p) => !p.startsWith("ik-s=") && !p.startsWith("ik-t="));
  if (!ikS) return "This URL requires a signature (ik-s).";
  const expiry = ikT ?? "9999999999";
  if (ikT !== undefined && !/^\d+$/.test(ikT)) return "The ik-t parameter is invalid.";
  const toSign = `${pathPart}${kept.length ? `?${kept.join("&")}` : ""}${expiry}`;
  const want = Buffer.from(sign(privateKey, toSign));
  const got = Buffer.from(ikS.toLowerCase());
  if (want.length !== got.length || !timingSafeEqual(want, got)) return "The URL signature is invalid.";
  if (Number(expiry) < nowSeconds) return "The signed URL has expired.";
  return null;
}

/** GET/HEAD /ik/... — transformations (`tr:` segments, then `?tr=`) are rendered with sharp (render.mjs). */
export async function deliver({ req, store, config }) {
  const rawUrl = req.url;
  const url = new URL(rawUrl, "http://x");
  const signed = url.searchParams.has("ik-s");
  if (signed) {
    const why = checkSignature(rawUrl, config.privateKey);
    if (why) throw new ApiError(401, why);
  }
  const hit = resolvePath(store, url.pathname.slice(ENDPOINT_PREFIX.length), url.searchParams);
  if (!hit || !hit.version.isPublished) throw new ApiError(404, "The requested file does not exist.");
  if (hit.version.isPrivateFile && !signed) throw new ApiError(401, "This file is private. A signed URL is required.");
  const tr = transformationOf(url.pathname.slice(ENDPOINT_PREFIX.length), url.searchParams);
  if (!tr) return { status: 200, raw: hit.version.bytes, contentType: hit.version.mime };
  const loadFile = async (filePath) => {
    const asset = store.findByPath(filePath);
    const v = asset && store.current(asset);
    return v?.isPublished && !v.isPrivateFile ? v.bytes : null;
  };
  const out = await renderImage(hit.version.bytes, hit.version.mime, tr, { loadFile });
  return { status: 200, raw: out.raw, contentType: out.contentType, headers: out.headers };
}

/** GET /fixtures/image-<W>x<H>.png, /fixtures/hello.txt, /fixtures/status/<code> */
export function fixture({ req }) {
  const path = new URL(req.url, "http://x").pathname;
  let m = /^\/fixtures\/image-(\d{1,4})x(\d{1,4})\.png$/.exec(path);
  if (m) {
    const w = Number(m[1]), h = Number(m[2]);
    const png = makePng(w, h, (x, y) => [(x * 255) / Math.max(1, w - 1), (y * 255) / Math.max(1, h - 1), 128, 255]);
    return { status: 200, raw: png, contentType: "image/png" };
  }
  if (path === "/fixtures/hello.txt") return { status: 200, raw: Buffer.from("hello world\n"), contentType: "text/plain" };
  m = /^\/fixtures\/status\/(\d{3})$/.exec(path);
  if (m) return { status: Number(m[1]), raw: Buffer.from(`status ${m[1]}`), contentType: "text/plain" };
  throw new ApiError(404, "No such fixture.");
}
