// `imagekit-wasm/compat/imagekit`: the class of `imagekit` 6.0.0 (COMPAT §1), so that code written for 6.x runs
// unchanged in every runtime. Names, argument shapes, callbacks and promises, the requests, results with
// `$ResponseMetadata` and plain-object errors are 6.x's; signing (URLs, upload auth), pHash distances and webhook
// HMACs are computed by our client. The requests themselves are built by imagekit-requests.js / imagekit-upload.js
// and sent through http.js (which says why not through the flat methods).
import { ImageKit as Client, phashDistance, verifyWebhookEvent as verifyIk } from "imagekit-wasm";
import { MESSAGES } from "./imagekit-messages.js";
import { REQUESTS, axiosQuery } from "./imagekit-requests.js";
import { uploadFields } from "./imagekit-upload.js";
import { buildUrl, hmacSha1 } from "./imagekit-url.js";
import { basicAuth, multipart, parseBody, send } from "./http.js";

const DEFAULT_UPLOAD = "https://upload.imagekit.io/api/v1/files/upload";
const DEFAULT_API = "https://api.imagekit.io";
const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);
/** Our signing client per ImageKit instance, kept out of the instance so that nothing on it shows the key. */
const signers = new WeakMap();

/** `$ResponseMetadata` as 6.x defines it: not enumerable, not writable. */
function withMetadata(result, status, headers) {
  if (result !== null && typeof result === "object") {
    Object.defineProperty(result, "$ResponseMetadata", { value: { statusCode: status, headers }, enumerable: false, writable: false });
  }
  return result;
}

/** An answer as 6.x hands it over: `[isError, value]`. */
function answer({ status, headers, text }) {
  const data = parseBody(text);
  if (status >= 200 && status < 300) return [false, withMetadata(data ? data : {}, status, headers)];
  let result = data && typeof data === "object" ? data : typeof data === "string" && data ? { help: data } : {};
  if (status === 429) {
    result = {
      ...result,
      "X-RateLimit-Limit": parseInt(headers["x-ratelimit-limit"], 10),
      "X-RateLimit-Reset": parseInt(headers["x-ratelimit-reset"], 10),
      "X-RateLimit-Interval": parseInt(headers["x-ratelimit-interval"], 10),
    };
  }
  return [true, withMetadata(result, status, headers)];
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * 6.x's callback-or-promise contract around `prepare()` (which returns `{error}` or a request, or throws as 6.x
 * throws): a function → `cb(err, null)` / `cb(null, result)`, argument errors synchronously, returns undefined;
 * undefined → a Promise; anything else → `Error("Callback must be a function.")`, thrown.
 */
function invoke(ik, callback, prepare, sendIt) {
  if (callback !== undefined && typeof callback !== "function") throw new Error("Callback must be a function.");
  if (callback === undefined) {
    return new Promise((resolve, reject) => {
      const r = prepare();
      if (r.error) return reject(r.error);
      sendIt(ik, r).then(([isError, value]) => (isError ? reject(value) : resolve(value)), reject);
    });
  }
  const r = prepare();
  if (r.error) return void callback(r.error, null);
  sendIt(ik, r).then(([isError, value]) => (isError ? callback(value, null) : callback(null, value)), (e) => callback(e, null));
}

/** Sends one request with the instance's timeout and retries (none by default, as 6.x). */
async function transmit(ik, url, init) {
  const { timeout = 60000, maxRetries = 0 } = ik.options;
  for (let attempt = 0; ; attempt++) {
    let got, failure;
    try {
      got = await send(url, init(), timeout);
    } catch (e) {
      failure = e;
    }
    const retry = attempt < maxRetries && (failure || RETRY_STATUS.has(got.status));
    if (!retry) {
      if (failure) throw failure;
      return answer(got);
    }
    await sleep(Math.min(8000, 500 * 2 ** attempt));
  }
}

/** A media API request of imagekit-requests.js, with 6.x's headers (axios's Accept, Basic auth). */
function sendApi(ik, { method, path, query, json }) {
  const base = String(ik.options.apiBaseUrl || DEFAULT_API).replace(/\/+$/, "");
  const qs = query ? axiosQuery(query) : "";
  const url = `${base}${path}${qs ? (path.includes("?") ? "&" : "?") + qs : ""}`;
  const headers = { accept: "application/json, text/plain, */*", authorization: basicAuth(ik.options.privateKey) };
  // axios sends a JSON body as such, and an empty form body for a PUT/POST/PATCH without data.
  let body;
  if (json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(json);
  } else if (method !== "GET" && method !== "DELETE") {
    headers["content-type"] = "application/x-www-form-urlencoded";
    body = "";
  }
  return transmit(ik, url, () => ({ method, headers, body }));
}

/** The upload: a multipart body of `fields` to `uploadEndpoint`. A streamed body is sent once (never retried). */
function sendUpload(ik, { fields }) {
  const url = ik.options.uploadEndpoint || DEFAULT_UPLOAD;
  const form = multipart(fields);
  const headers = { accept: "application/json, text/plain, */*", authorization: basicAuth(ik.options.privateKey), "content-type": form.contentType };
  const init = () => ({ method: "POST", headers, body: form.body, ...(form.streamed ? { duplex: "half" } : {}) });
  if (!form.streamed) return transmit(ik, url, init);
  return transmit({ options: { ...ik.options, maxRetries: 0 } }, url, init);
}

/** Our client for HMACs under the current `options.privateKey` (made again when the key changes). */
function signer(ik) {
  const key = ik.options.privateKey;
  let s = signers.get(ik);
  if (!s || s.key !== key) {
    s?.client.free();
    s = { key, client: new Client({ privateKey: key, dangerouslyAllowBrowser: ik.options.dangerouslyAllowBrowser }) };
    signers.set(ik, s);
  }
  return s.client;
}

const utf8 = new TextDecoder();
const HEX = /^[0-9a-fA-F]+$/i;
const asError = (e) => new Error(`${e.message}: ${e.help}`);

/** 6.x's `verifyWebhookEvent(payload, signature, secret)`: header parsed with 6.x's errors, HMAC checked by ours. */
function verifyWebhookEvent(payload, signature, secret) {
  const items = signature.split(",").map((item) => item.split("="));
  const t = items.find(([k]) => k === "t")?.[1];
  if (t === undefined) throw new Error(MESSAGES.VERIFY_WEBHOOK_EVENT_TIMESTAMP_MISSING.message);
  const timestamp = parseInt(t, 10);
  if (Number.isNaN(timestamp) || timestamp < 0) throw new Error(MESSAGES.VERIFY_WEBHOOK_EVENT_TIMESTAMP_INVALID.message);
  const v1 = items.find(([k]) => k === "v1")?.[1];
  if (v1 === undefined) throw new Error(MESSAGES.VERIFY_WEBHOOK_EVENT_SIGNATURE_MISSING.message);
  const text = typeof payload === "string" ? payload : utf8.decode(payload);
  try {
    verifyIk(text, `t=${timestamp},v1=${v1}`, secret);
  } catch {
    throw new Error(MESSAGES.VERIFY_WEBHOOK_EVENT_SIGNATURE_INCORRECT.message);
  }
  return { timestamp, event: JSON.parse(text) };
}

export default class ImageKit {
  constructor(opts = {}) {
    this.options = Object.assign({
      uploadEndpoint: DEFAULT_UPLOAD, publicKey: "", privateKey: "", urlEndpoint: "", transformationPosition: "path",
    }, opts);
    // The key stays readable as `ik.options.privateKey` (6.x code reads it) but never shows in JSON or inspect.
    Object.defineProperty(this.options, "privateKey", { value: this.options.privateKey, enumerable: false, writable: true, configurable: true });
    /** An own property, as in 6.x, so that `const { verifyWebhookEvent } = ik` works unbound. */
    this.verifyWebhookEvent = verifyWebhookEvent;
    if (!this.options.publicKey) throw new Error(MESSAGES.MANDATORY_PUBLIC_KEY_MISSING.message);
    if (!this.options.privateKey) throw new Error(MESSAGES.MANDATORY_PRIVATE_KEY_MISSING.message);
    if (!this.options.urlEndpoint) throw new Error(MESSAGES.MANDATORY_URL_ENDPOINT_KEY_MISSING.message);
  }

  url(urlOptions) {
    const opts = { ...this.options, privateKey: this.options.privateKey };
    return buildUrl(() => signer(this), opts, urlOptions);
  }

  upload(uploadOptions, callback) {
    return invoke(this, callback, () => uploadFields(uploadOptions), sendUpload);
  }

  getAuthenticationParameters(token, expire) {
    const params = { token: token || "", expire: expire || 0, signature: "" };
    if (!this.options.privateKey) return params;
    params.token = token || crypto.randomUUID();
    params.expire = expire || Math.trunc(Date.now() / 1000) + 60 * 30;
    params.signature = hmacSha1(signer(this), `${params.token}${params.expire}`);
    return params;
  }

  /** The distance, or (returned, not thrown) an `Error` with 6.x's `"<message>: <help>"`. */
  pHashDistance(firstPHash, secondPHash) {
    if (!firstPHash || !secondPHash) return asError(MESSAGES.MISSING_PHASH_VALUE);
    if (!HEX.test(firstPHash) || !HEX.test(secondPHash)) return asError(MESSAGES.INVALID_PHASH_VALUE);
    const a = firstPHash.toString(), b = secondPHash.toString();
    if (a.length !== b.length) return asError(MESSAGES.UNEQUAL_STRING_LENGTH);
    return phashDistance(a, b);
  }

}

// The API methods, with 6.x's arity (the callback last): each one prepares its request and sends it.
for (const [name, prepare] of Object.entries(REQUESTS)) {
  const arity = prepare.length;
  Object.defineProperty(ImageKit.prototype, name, {
    configurable: true,
    writable: true,
    value: {
      [name](...args) {
        const callback = args.length > arity ? args[arity] : undefined;
        return invoke(this, callback, () => prepare(...args.slice(0, arity)), sendApi);
      },
    }[name],
  });
}

