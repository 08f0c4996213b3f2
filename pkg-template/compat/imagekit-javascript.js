// `imagekit-wasm/compat/imagekit-javascript`: the class of `imagekit-javascript` 4.0.1 (COMPAT §2), the browser
// SDK, so that code written for 4.x runs unchanged here and in runtimes 4.x never ran in (Node, Workers, Deno).
// `url()` is our `buildSrc` fed 4.x's options and key map; `upload()` is 4.x's: its checks and messages, its form
// fields, over `XMLHttpRequest` where there is one (the global at call time, or `opts.xhr`) and `fetch` elsewhere,
// 4.x's results (`$ResponseMetadata`) and plain-object errors.
import { buildSrc, buildTransformationString } from "imagekit-wasm";

const m = (message) => ({ message, help: "" });
const AUTH = " The SDK expects token, signature and expire for authentication.";
/** 4.x's texts (its src/constants/errorMessages.ts), the ones its constructor, url() and upload() can give. */
const MESSAGES = {
  MANDATORY_INITIALIZATION_MISSING: "Missing urlEndpoint during SDK initialization",
  INVALID_TRANSFORMATION_POSITION: "Invalid transformationPosition parameter",
  MISSING_UPLOAD_FILE_PARAMETER: "Missing file parameter for upload",
  MISSING_UPLOAD_FILENAME_PARAMETER: "Missing fileName parameter for upload",
  MISSING_PUBLIC_KEY: "Missing public key for upload",
  UPLOAD_ENDPOINT_NETWORK_ERROR: "Request to ImageKit upload endpoint failed due to network error",
  INVALID_UPLOAD_OPTIONS: "Invalid uploadOptions parameter",
  MISSING_SIGNATURE: `Missing signature for upload.${AUTH}`,
  MISSING_TOKEN: `Missing token for upload.${AUTH}`,
  MISSING_EXPIRE: `Missing expire for upload.${AUTH}`,
  INVALID_TRANSFORMATION: "Invalid transformation parameter. Please include at least pre, post, or both.",
  INVALID_PRE_TRANSFORMATION: "Invalid pre transformation parameter.",
  INVALID_POST_TRANSFORMATION: "Invalid post transformation parameter.",
};
const fail = (key) => m(MESSAGES[key]);

/** The transformation keys 4.x knows (its supportedTransforms). Ours knows more; a key 4.x does not know is
 * written by 4.x as `key-value`, so it must be here too rather than mapped. */
const KNOWN = new Set(("width height aspectRatio background border crop cropMode dpr focus quality x xCenter y yCenter " +
  "format videoCodec audioCodec radius rotation blur named defaultImage flip original startOffset endOffset duration " +
  "streamingResolutions grayscale aiUpscale aiRetouch aiVariation aiDropShadow aiChangeBackground aiRemoveBackground " +
  "aiRemoveBackgroundExternal contrastStretch shadow sharpen unsharpMask gradient progressive lossless colorProfile " +
  "metadata opacity trim zoom page fontSize fontFamily fontColor innerAlignment padding alpha typography lineHeight " +
  "fontOutline fontShadow raw overlay").split(" "));
const known = (k) => KNOWN.has(k) || KNOWN.has(k.toLowerCase());

/** One step as 4.x writes it: each key on its own through our builder (4.x's and ours agree key by key), a key
 * 4.x does not know as `key-value`. */
function stepString(step) {
  const parts = [];
  for (const key in step) {
    const value = step[key];
    if (value === undefined || value === null) continue;
    let part = known(key) ? buildTransformationString([{ [key]: value }]) : `${key}-${value}`;
    // 4.x names the subtitle layer `l-subtitle` (5.x and ours: `l-subtitles`).
    if (key === "overlay" && value.type === "subtitle") part = part.replace(/^l-subtitles,/, "l-subtitle,");
    parts.push(part);
  }
  return parts.filter((p) => p !== "").join(",");
}

const DEFAULT_UPLOAD = "https://upload.imagekit.io/api/v1/files/upload";

/** 4.x's `$ResponseMetadata` over a body: `{...body}` with the status and the headers. */
function withMetadata(body, statusCode, headers) {
  const response = { ...body };
  Object.defineProperty(response, "$ResponseMetadata", { value: { statusCode, headers }, enumerable: false, writable: false });
  return response;
}

/** `[ok, value]` of an answer: only 200 succeeds; a body that is not JSON rejects with the parse error, as 4.x. */
function settle(status, text, headers) {
  const body = JSON.parse(text);
  return [status === 200, withMetadata(body, status, headers)];
}

/** The headers of an XHR answer as 4.x reads them from getAllResponseHeaders(). */
function xhrHeaders(xhr) {
  const headers = {};
  const all = xhr.getAllResponseHeaders();
  if (all) {
    for (const line of all.trim().split(/[\r\n]+/)) {
      const [k, v] = line.split(/: /);
      headers[k.trim()] = (v ?? "").trim();
    }
  }
  return headers;
}

function viaXhr(xhr, endpoint, form) {
  return new Promise((resolve, reject) => {
    xhr.open("POST", endpoint);
    xhr.onerror = () => reject(fail("UPLOAD_ENDPOINT_NETWORK_ERROR"));
    xhr.onload = () => {
      try {
        const [ok, value] = settle(xhr.status, xhr.responseText, xhrHeaders(xhr));
        (ok ? resolve : reject)(value);
      } catch (e) {
        reject(e);
      }
    };
    xhr.send(form);
  });
}

async function viaFetch(endpoint, form) {
  let response, text;
  try {
    response = await fetch(endpoint, { method: "POST", body: form });
    text = await response.text();
  } catch {
    throw fail("UPLOAD_ENDPOINT_NETWORK_ERROR");
  }
  const [ok, value] = settle(response.status, text, Object.fromEntries(response.headers));
  if (!ok) throw value;
  return value;
}

/** 4.x's checks, in its order; undefined when the upload may go. */
function uploadError(o, publicKey) {
  if (!o.file) return fail("MISSING_UPLOAD_FILE_PARAMETER");
  if (!o.fileName) return fail("MISSING_UPLOAD_FILENAME_PARAMETER");
  if (!publicKey) return fail("MISSING_PUBLIC_KEY");
  if (!o.token) return fail("MISSING_TOKEN");
  if (!o.signature) return fail("MISSING_SIGNATURE");
  if (!o.expire) return fail("MISSING_EXPIRE");
  const t = o.transformation;
  if (t) {
    const k = Object.keys(t);
    if (!(k.includes("pre") || k.includes("post"))) return fail("INVALID_TRANSFORMATION");
    if (k.includes("pre") && !t.pre) return fail("INVALID_PRE_TRANSFORMATION");
    if (k.includes("post")) {
      if (!Array.isArray(t.post)) return fail("INVALID_POST_TRANSFORMATION");
      for (const s of t.post) {
        if ((s.type === "abs" && !(s.protocol || s.value)) || (s.type === "transformation" && !s.value)) return fail("INVALID_POST_TRANSFORMATION");
      }
    }
  }
  return undefined;
}

/** The form 4.x sends: the caller's keys in order (undefined ones left out), then `publicKey`. A file that is
 * bytes (4.x takes Blobs only) is sent as a Blob. */
function uploadForm(o, publicKey) {
  const form = new FormData();
  for (const key in o) {
    const v = o[key];
    if (!key || key === "xhr") continue;
    if (key === "file" && typeof v !== "string") {
      const blob = v instanceof Blob ? v : new Blob([v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? v : String(v)]);
      form.append("file", blob, String(o.fileName));
    } else if ((key === "tags" || key === "responseFields") && Array.isArray(v)) form.append(key, v.join(","));
    else if (key === "extensions" && Array.isArray(v)) form.append(key, JSON.stringify(v));
    else if (key === "customMetadata" && typeof v === "object" && v !== null && !Array.isArray(v)) form.append(key, JSON.stringify(v));
    else if (key === "transformation" && typeof v === "object" && v !== null) form.append(key, JSON.stringify(v));
    else if (v !== undefined) form.append(key, String(v));
  }
  form.append("publicKey", publicKey);
  return form;
}

export default class ImageKit {
  constructor(opts) {
    this.options = { publicKey: "", urlEndpoint: "", transformationPosition: "query", ...(opts || {}) };
    if (!this.options.urlEndpoint) throw fail("MANDATORY_INITIALIZATION_MISSING");
    if (!["path", "query"].includes(this.options.transformationPosition)) throw fail("INVALID_TRANSFORMATION_POSITION");
  }

  /** 4.x's URL: `path` on `urlEndpoint` or an absolute `src`; "" when there is neither or the URL is invalid. */
  url(urlOptions) {
    const o = { ...this.options, ...urlOptions };
    if (!o.path && !o.src) return "";
    try {
      new URL(o.path ? o.urlEndpoint : o.src);
    } catch {
      return "";
    }
    const tr = Array.isArray(o.transformation) ? o.transformation.map(stepString).filter((s) => s !== "").join(":") : "";
    return buildSrc({
      src: o.path ? o.path : o.src,
      urlEndpoint: o.urlEndpoint,
      transformation: tr ? [{ raw: tr }] : [],
      transformationPosition: o.path ? o.transformationPosition : "query",
      queryParameters: o.queryParameters,
    });
  }

  /** `upload(options, callback?, overrides?)` or `upload(options, overrides?)` → Promise. */
  upload(uploadOptions, callbackOrOptions, options) {
    let callback;
    if (typeof callbackOrOptions === "function") callback = callbackOrOptions;
    else options = callbackOrOptions || {};
    // 4.x answers bad options without a promise, even when the caller expects one.
    if (!uploadOptions || typeof uploadOptions !== "object") {
      if (callback) callback(fail("INVALID_UPLOAD_OPTIONS"), null);
      return undefined;
    }
    const merged = { ...this.options, ...options };
    const run = () => {
      const error = uploadError(uploadOptions, merged.publicKey);
      if (error) return Promise.reject(error);
      const form = uploadForm(uploadOptions, merged.publicKey);
      const endpoint = merged.uploadEndpoint || DEFAULT_UPLOAD;
      const xhr = uploadOptions.xhr || (typeof XMLHttpRequest === "function" ? new XMLHttpRequest() : undefined);
      return xhr ? viaXhr(xhr, endpoint, form) : viaFetch(endpoint, form);
    };
    if (!callback) return run();
    const error = uploadError(uploadOptions, merged.publicKey);
    if (error) return void callback(error, null);
    run().then((r) => callback(null, r), (e) => callback(e, null));
  }
}
