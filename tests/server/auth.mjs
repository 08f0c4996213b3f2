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


const b64url = (buf) => Buffer.from(buf).toString("base64url");

/**
 * V2 upload auth: Basic (server-side), or a `token` field holding an HS256 JWT signed with the private key
 * (client-side). As ImageKit documents it: the header may name the public key as `kid`; the payload carries
 * `exp` (at most 1 hour ahead), optionally `iat`, and every other form field except `file` and `token`, with the
 * same values (compared as text) — a field in the form but not in the payload, or the other way round, is 400.
 * A token is accepted once.
 */
export function authenticateUploadV2(req, fields, config, store, nowSeconds = Math.floor(Date.now() / 1000)) {
  if (req.headers.authorization) return requireBasicAuth(req, config.privateKey);
  const { token } = fields;
  if (!token) throw unauthorized("Your request does not contain a private API key or a token.");
  const parts = String(token).split(".");
  let header, payload;
  try {
    header = JSON.parse(Buffer.from(parts[0], "base64url").toString("utf8"));
    payload = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
  } catch {
    throw badRequest("Your request contains an invalid token: it is not a JWT.");
  }
  if (parts.length !== 3 || header.alg !== "HS256") throw badRequest("Your request contains an invalid token: expected an HS256 JWT.");
  if (header.kid !== undefined && header.kid !== config.publicKey) throw forbidden("Your account cannot be authenticated.");
  const want = b64url(createHmac("sha256", config.privateKey).update(`${parts[0]}.${parts[1]}`).digest());
  const x = Buffer.from(want), y = Buffer.from(parts[2]);
  if (x.length !== y.length || !timingSafeEqual(x, y)) throw badRequest("Your request contains an invalid token signature.");
  if (typeof payload.exp !== "number" || payload.exp <= nowSeconds || payload.exp > nowSeconds + 3600) {
    throw badRequest("The token's exp must be a Unix time in less than 1 hour into the future.");
  }
  const signed = Object.keys(payload).filter((k) => k !== "exp" && k !== "iat");
  const sent = Object.keys(fields).filter((k) => k !== "token" && k !== "file");
  for (const k of new Set([...signed, ...sent])) {
    const p = payload[k];
    const asText = p === undefined ? undefined : typeof p === "string" ? p : JSON.stringify(p);
    if (asText !== fields[k]) throw badRequest(`The token does not match the request: parameter ${k} differs.`);
  }
  if (store.usedTokens.has(token)) throw badRequest("The token has been used before.");
  store.usedTokens.add(token);
}
