// Multipart uploads in Node (and Bun) over node:http(s), streamed from the file with backpressure. Node 20's global
// fetch holds a whole FormData body in memory (a 200 MB file grows the process by 200 MB); node:http does not.
// The Node entries install this through io.js; everything else still goes through the global fetch.
//
// The body is the bytes the platform's FormData serialisation sends (lone CR and LF in names and values become
// CRLF, as the HTML form encoding says), so an upload stores the same text in every runtime. The answer is not a
// `Response`: its constructor throws on a status outside 200–599 or a control character in the reason phrase, and
// a throw inside node:http's callback would escape every promise and kill the process. A hostile server can only
// make the call settle: with the status as it came (the transport maps an impossible one to UnknownError) or with
// the network error.
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { Readable } from "node:stream";

const CRLF = "\r\n";
const encoder = new TextEncoder();
/** Every lone CR, lone LF and CRLF as CRLF. */
const normalizeLineBreaks = (s) => String(s).replace(/\r?\n|\r/g, CRLF);
/** A header parameter value: quotes and line breaks percent-encoded, as browsers do in multipart names. */
const param = (s) => String(s).replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const abortError = (signal) => signal.reason ?? new DOMException("This operation was aborted", "AbortError");

/** The multipart body of `form` as parts (bytes, or Blobs streamed later) and its exact length. */
function multipart(form, boundary) {
  const parts = [];
  let length = 0;
  const bytes = (text) => {
    const b = encoder.encode(text);
    parts.push(b);
    length += b.length;
  };
  for (const [name, value] of form.entries()) {
    const disposition = `--${boundary}${CRLF}Content-Disposition: form-data; name="${param(normalizeLineBreaks(name))}"`;
    if (typeof value === "string") {
      bytes(`${disposition}${CRLF}${CRLF}${normalizeLineBreaks(value)}`);
    } else {
      const filename = value.name ? `; filename="${param(value.name)}"` : "";
      bytes(`${disposition}${filename}${CRLF}Content-Type: ${value.type || "application/octet-stream"}${CRLF}${CRLF}`);
      parts.push(value);
      length += value.size;
    }
    bytes(CRLF);
  }
  bytes(`--${boundary}--${CRLF}`);
  return { parts, length };
}

async function* chunks(parts) {
  for (const part of parts) {
    if (part instanceof Uint8Array) yield part;
    else for await (const chunk of part.stream()) yield chunk;
  }
}

/** The whole body of `res` as text (UTF-8, as `Response.text()` decodes); rejects when it is cut short. */
function readText(res) {
  return new Promise((resolve, reject) => {
    const received = [];
    res.on("data", (chunk) => received.push(chunk));
    res.on("error", reject);
    res.on("end", () => resolve(new TextDecoder().decode(Buffer.concat(received))));
    res.on("close", () => {
      if (!res.complete) reject(new Error("the connection closed before the answer's body ended"));
    });
  });
}

/** The answer as io.js reads a fetch Response: `status`, `headers` (pairs, lower-case names) and `text()`. */
function answerOf(res) {
  const headers = [];
  for (const [k, v] of Object.entries(res.headers)) {
    if (v !== undefined) headers.push([k, Array.isArray(v) ? v.join(", ") : String(v)]);
  }
  const body = readText(res);
  body.catch(() => {}); // read or not, a cut body must not become an unhandled rejection
  return { status: res.statusCode ?? 0, headers, text: () => body };
}

function send(url, init, resolve, reject) {
  const signal = init.signal;
  if (signal?.aborted) return reject(abortError(signal));
  const boundary = `----imagekit-wasm-${Math.random().toString(16).slice(2)}${Math.random().toString(16).slice(2)}`;
  const { parts, length } = multipart(init.body, boundary);
  const headers = { ...init.headers, "content-type": `multipart/form-data; boundary=${boundary}`, "content-length": String(length) };
  const target = new URL(url);
  const request = target.protocol === "https:" ? httpsRequest : httpRequest;
  const req = request(target, { method: init.method || "POST", headers }, (res) => {
    try {
      res.on("close", () => signal?.removeEventListener("abort", onAbort));
      resolve(answerOf(res));
    } catch (e) {
      req.destroy(e);
      reject(e);
    }
  });
  // The signal (the caller's, joined with the per-attempt timeout) also cuts a response body being read.
  const onAbort = () => req.destroy(abortError(signal));
  signal?.addEventListener("abort", onAbort, { once: true });
  req.on("error", (e) => {
    signal?.removeEventListener("abort", onAbort);
    reject(e);
  });
  Readable.from(chunks(parts)).on("error", (e) => req.destroy(e)).pipe(req);
}

/** `fetch(url, init)` for an `init.body` that is a FormData: resolves to an answer (see `answerOf`), never throws. */
export function nodeUploadFetch(url, init) {
  return new Promise((resolve, reject) => {
    try {
      send(url, init, resolve, reject);
    } catch (e) {
      reject(e);
    }
  });
}
