// The HTTP edge of the compat entries. The legacy SDKs send what they are given (6.x does not check option names,
// sends `undefined` fields as absent, `publish` with other fields, any list query), while our flat methods check
// every option before any request (SPEC §5) and would refuse calls 6.x makes; so these entries build 6.x's exact
// requests and send them here, over the global `fetch` looked up at each call (a mock installed after import sees
// every request). Network failures and timeouts become our ConnectionError / TimeoutError, never a raw error
// object that could carry the key. Also the multipart body, with form-data's boundary shape and part headers.
import { ConnectionError, TimeoutError } from "imagekit-wasm";

const encoder = new TextEncoder();

/** Base64 of UTF-8 text (btoa alone throws on characters above U+00FF). */
export function base64(text) {
  let binary = "";
  for (const b of encoder.encode(text)) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** `Authorization` for the API: Basic with the private key as user name and an empty password. */
export const basicAuth = (privateKey) => `Basic ${base64(`${privateKey || ""}:`)}`;

/**
 * One request: resolves `{status, headers, text}` (headers a plain object, lower-case names) for any HTTP answer;
 * rejects with ConnectionError (no answer) or TimeoutError (none within `timeoutMs`).
 */
export async function send(url, init, timeoutMs = 60000) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  if (typeof timer === "object" && timer !== null && typeof timer.unref === "function") timer.unref();
  try {
    const response = await fetch(url, { ...init, signal: controller.signal });
    const text = await response.text();
    return { status: response.status, headers: Object.fromEntries(response.headers), text };
  } catch (e) {
    if (timedOut) throw new TimeoutError(`no response from ${new URL(url).host} within ${timeoutMs} ms`);
    throw new ConnectionError(`the request to ${new URL(url).host} failed: ${causeOf(e)}`);
  } finally {
    clearTimeout(timer);
  }
}

/** The deepest message of a fetch failure ("fetch failed" says little; its cause says what). */
function causeOf(e) {
  let m = "network error";
  for (let c = e, i = 0; c && i < 4; c = c.cause, i++) if (typeof c.message === "string" && c.message) m = c.message;
  return m;
}

/** JSON of a body text, or the text itself when it is not JSON (as axios and the browser SDK read answers). */
export function parseBody(text) {
  if (text === "") return "";
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// The types `form-data` (mime-types) gives the extensions ImageKit stores most; anything else is
// application/octet-stream, as form-data gives for a name it does not know.
const TYPES = {
  png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", gif: "image/gif", webp: "image/webp", avif: "image/avif",
  svg: "image/svg+xml", bmp: "image/bmp", tif: "image/tiff", tiff: "image/tiff", ico: "image/vnd.microsoft.icon",
  heic: "image/heic", heif: "image/heif", psd: "image/vnd.adobe.photoshop", mp4: "video/mp4", webm: "video/webm",
  mov: "video/quicktime", m4v: "video/x-m4v", mkv: "video/x-matroska", mp3: "audio/mpeg", wav: "audio/wave",
  pdf: "application/pdf", txt: "text/plain", json: "application/json", html: "text/html", css: "text/css",
  js: "application/javascript", csv: "text/csv", zip: "application/zip", xml: "application/xml",
  eps: "application/postscript", woff2: "font/woff2",
};
export const typeOfName = (name) => TYPES[String(name).split(".").pop().toLowerCase()] || "application/octet-stream";

const CRLF = "\r\n";
const quoted = (s) => String(s).replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const isAsyncIterable = (v) => v != null && typeof v[Symbol.asyncIterator] === "function";

/** form-data's boundary (4.0.6, the version 6.x installs): 26 dashes and 12 random bytes in hex. */
function boundary() {
  const random = crypto.getRandomValues(new Uint8Array(12));
  return "-".repeat(26) + Array.from(random, (x) => x.toString(16).padStart(2, "0")).join("");
}

/**
 * A multipart/form-data body of `fields`: `[name, value]` with `value` a string, or `{data, filename, type}` with
 * `data` bytes, a Blob or an async iterable of chunks (a Node stream, a web ReadableStream). Returns
 * `{body, contentType, streamed}`: a Blob when every part is in hand (fetch then sends its length), else a
 * ReadableStream that reads the stream parts as the request is sent (`streamed`: fetch needs `duplex: "half"`).
 */
export function multipart(fields) {
  const b = boundary();
  const parts = [];
  for (const [name, value] of fields) {
    if (typeof value === "string") {
      parts.push(`--${b}${CRLF}Content-Disposition: form-data; name="${quoted(name)}"${CRLF}${CRLF}`, value, CRLF);
    } else {
      parts.push(`--${b}${CRLF}Content-Disposition: form-data; name="${quoted(name)}"; filename="${quoted(value.filename)}"` +
        `${CRLF}Content-Type: ${value.type}${CRLF}${CRLF}`, value.data, CRLF);
    }
  }
  parts.push(`--${b}--${CRLF}`);
  const contentType = `multipart/form-data; boundary=${b}`;
  if (!parts.some(isAsyncIterable)) return { body: new Blob(parts), contentType, streamed: false };
  async function* chunks() {
    for (const p of parts) {
      if (typeof p === "string") yield encoder.encode(p);
      else if (p instanceof Blob) yield new Uint8Array(await p.arrayBuffer());
      else if (isAsyncIterable(p)) for await (const c of p) yield typeof c === "string" ? encoder.encode(c) : new Uint8Array(c.buffer ?? c, c.byteOffset ?? 0, c.byteLength);
      else yield p;
    }
  }
  const it = chunks();
  const body = new ReadableStream({
    async pull(controller) {
      try {
        const { value, done } = await it.next();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (e) {
        controller.error(e);
      }
    },
    cancel() {
      return it.return();
    },
  });
  return { body, contentType, streamed: true };
}

/** Bytes of what an upload may hold as its file: Buffer/typed array/DataView/ArrayBuffer → Uint8Array. */
export function bytesOf(value) {
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return undefined;
}
