// Basic auth of the API and the client-side (token/signature/expire) upload authentication.
import { createHmac, timingSafeEqual } from "node:crypto";
import { badRequest, unauthorized, forbidden } from "./errors.mjs";

/** 'ok' | 'missing' | 'wrong'. The password part is ignored (ImageKit ignores it; @imagekit/nodejs sends "do_not_set"). */
export function basicAuthState(req, privateKey) {
  const h = req.headers.authorization;
  if (!h) return "missing";
  const m = /^Basic\s+(\S+)$/i.exec(h);
  if (!m) return "wrong";
  const decoded = Buffer.from(m[1], "base64").toString("utf8");
  const i = decoded.indexOf(":");
  const user = i < 0 ? decoded : decoded.slice(0, i);
  return user === privateKey ? "ok" : "wrong";
}

export function requireBasicAuth(req, privateKey) {
  const s = basicAuthState(req, privateKey);
  if (s === "missing") throw unauthorized("Your request does not contain private API key.");
  if (s === "wrong") throw unauthorized("Your account cannot be authenticated.");
}

function safeEqualHex(a, b) {
  const x = Buffer.from(String(a).toLowerCase()), y = Buffer.from(String(b).toLowerCase());
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Upload auth: Basic (server-side) or publicKey + token + signature + expire (client-side). */
export function authenticateUpload(req, fields, config, store, nowSeconds = Math.floor(Date.now() / 1000)) {
  if (req.headers.authorization) return requireBasicAuth(req, config.privateKey);
  const { publicKey, token, signature, expire } = fields;
  if (!publicKey) throw unauthorized("Your request does not contain a private API key or a public API key.");
  if (publicKey !== config.publicKey) throw forbidden("Your account cannot be authenticated.");
  if (!token) throw badRequest("Missing token for upload. The SDK should have sent token, signature and expire for authentication.");
  if (!signature) throw badRequest("Missing signature for upload. The SDK should have sent token, signature and expire for authentication.");
  if (!expire) throw badRequest("Missing expire for upload. The SDK should have sent token, signature and expire for authentication.");
  const exp = Number(expire);
  if (!/^\d+$/.test(expire) || exp <= nowSeconds || exp > nowSeconds + 3600) {
    throw badRequest("Your request contains invalid expire parameter. Expire parameter should be a Unix time in less than 1 hour into the future.");
  }
  const want = createHmac("sha1", config.privateKey).update(token + expire).digest("hex");
  if (!safeEqualHex(want, signature)) throw badRequest("Your request contains invalid signature. Please check the signature, token and expire parameters.");
  if (store.usedTokens.has(token)) {
    throw badRequest(`The token with value '${token}' has been used before. We suggest using V4 UUIDs, or another random string with enough entropy to avoid collisions.`);
  }
  store.usedTokens.add(token);
}

