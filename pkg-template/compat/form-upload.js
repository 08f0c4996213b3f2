// The browser SDKs' upload (`imagekit-javascript` 4's method and `@imagekit/javascript` 5's free `upload()`), the
// part they share: the checks in their order with their texts, the form fields in the caller's key order, and the
// sending — over `XMLHttpRequest` where there is one (the caller's `xhr`, else the global at call time), else over
// the global `fetch` at call time (Node, Workers, Deno). Each SDK then reads the answer its own way.

const AUTH = " The SDK expects token, signature and expire for authentication.";
/** The texts both SDKs give (4.x as `{message, help: ""}`, 5.x as ImageKitInvalidRequestError messages). */
export const UPLOAD_MESSAGES = {
  MISSING_UPLOAD_FILE_PARAMETER: "Missing file parameter for upload",
  MISSING_UPLOAD_FILENAME_PARAMETER: "Missing fileName parameter for upload",
  MISSING_PUBLIC_KEY: "Missing public key for upload",
  UPLOAD_ENDPOINT_NETWORK_ERROR: "Request to ImageKit upload endpoint failed due to network error",
  MISSING_SIGNATURE: `Missing signature for upload.${AUTH}`,
  MISSING_TOKEN: `Missing token for upload.${AUTH}`,
  MISSING_EXPIRE: `Missing expire for upload.${AUTH}`,
  INVALID_TRANSFORMATION: "Invalid transformation parameter. Please include at least pre, post, or both.",
  INVALID_PRE_TRANSFORMATION: "Invalid pre transformation parameter.",
  INVALID_POST_TRANSFORMATION: "Invalid post transformation parameter.",
};
export const DEFAULT_UPLOAD = "https://upload.imagekit.io/api/v1/files/upload";

/** The key of the first check that fails, in the SDKs' order; undefined when the upload may go. */
export function uploadCheck(o, publicKey) {
  if (!o.file) return "MISSING_UPLOAD_FILE_PARAMETER";
  if (!o.fileName) return "MISSING_UPLOAD_FILENAME_PARAMETER";
  if (!publicKey) return "MISSING_PUBLIC_KEY";
  if (!o.token) return "MISSING_TOKEN";
  if (!o.signature) return "MISSING_SIGNATURE";
  if (!o.expire) return "MISSING_EXPIRE";
  const t = o.transformation;
  if (t) {
    const k = Object.keys(t);
    if (!(k.includes("pre") || k.includes("post"))) return "INVALID_TRANSFORMATION";
    if (k.includes("pre") && !t.pre) return "INVALID_PRE_TRANSFORMATION";
    if (k.includes("post")) {
      if (!Array.isArray(t.post)) return "INVALID_POST_TRANSFORMATION";
      for (const s of t.post) {
        if ((s.type === "abs" && !(s.protocol || s.value)) || (s.type === "transformation" && !s.value)) return "INVALID_POST_TRANSFORMATION";
      }
    }
  }
  return undefined;
}

/** The form: the caller's keys in order, `skip`ped ones and undefined values left out, arrays and objects as the
 * SDKs write them; then `publicKey` when given (4.x adds it last; 5.x has it among the caller's keys). A file that
 * is bytes (the SDKs take Blobs only) is sent as a Blob. */
export function uploadForm(o, skip, publicKey) {
  const form = new FormData();
  for (const key in o) {
    const v = o[key];
    if (!key || skip.includes(key)) continue;
    if (key === "file" && typeof v !== "string") {
      const blob = v instanceof Blob ? v : new Blob([v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? v : String(v)]);
      form.append("file", blob, String(o.fileName));
    } else if ((key === "tags" || key === "responseFields") && Array.isArray(v)) form.append(key, v.join(","));
    else if (key === "extensions" && Array.isArray(v)) form.append(key, JSON.stringify(v));
    else if (key === "customMetadata" && typeof v === "object" && v !== null && !Array.isArray(v)) form.append(key, JSON.stringify(v));
    else if (key === "transformation" && typeof v === "object" && v !== null) form.append(key, JSON.stringify(v));
    else if (v !== undefined) form.append(key, String(v));
  }
  if (publicKey !== undefined) form.append("publicKey", publicKey);
  return form;
}

/** The headers of an XHR answer as the SDKs read them from getAllResponseHeaders() (5.x lower-cases the names). */
function xhrHeaders(xhr, lower) {
  const headers = {};
  const all = xhr.getAllResponseHeaders();
  if (all) {
    for (const line of all.trim().split(/[\r\n]+/)) {
      const [k, v] = line.split(/: /);
      headers[lower ? k.trim().toLowerCase() : k.trim()] = (v ?? "").trim();
    }
  }
  return headers;
}

/** A failure of the sending itself: `network` (no answer) or `aborted` (the caller's signal, with its reason). */
export class SendFailure {
  constructor(kind, reason) {
    this.kind = kind;
    this.reason = reason;
  }
}

/**
 * Posts `form` to `endpoint`; resolves `{status, text, headers}` for any answer, rejects with a SendFailure.
 * `xhr`: the caller's XMLHttpRequest (else the global one, else fetch); `signal` aborts; `onProgress` gets the
 * upload's progress events (over XMLHttpRequest only: fetch reports none); `lower`: lower-case header names.
 */
export function sendForm({ xhr, endpoint, form, signal, onProgress, lower }) {
  if (signal?.aborted) return Promise.reject(new SendFailure("aborted", signal.reason));
  if (!xhr && typeof XMLHttpRequest === "function") xhr = new XMLHttpRequest();
  if (!xhr) return viaFetch(endpoint, form, signal);
  return new Promise((resolve, reject) => {
    if (onProgress) xhr.upload.onprogress = (event) => onProgress(event);
    const onAbort = () => {
      xhr.abort();
      reject(new SendFailure("aborted", signal.reason));
    };
    if (signal) {
      signal.addEventListener("abort", onAbort);
      xhr.addEventListener?.("loadend", () => signal.removeEventListener("abort", onAbort));
    }
    xhr.open("POST", endpoint);
    xhr.onerror = () => reject(new SendFailure("network"));
    xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText, headers: xhrHeaders(xhr, lower) });
    xhr.send(form);
  });
}

async function viaFetch(endpoint, form, signal) {
  try {
    const response = await fetch(endpoint, { method: "POST", body: form, signal });
    return { status: response.status, text: await response.text(), headers: Object.fromEntries(response.headers) };
  } catch (e) {
    throw signal?.aborted ? new SendFailure("aborted", signal.reason) : new SendFailure("network", e);
  }
}
