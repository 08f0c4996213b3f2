// Multipart uploads in Node (and Bun) over node:http(s), streamed from the file with backpressure. Node 20's global
// fetch holds a whole FormData body in memory (a 200 MB file grows the process by 200 MB); node:http does not.
// The Node entries install this through io.js; everything else still goes through the global fetch.
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { Readable } from "node:stream";

const CRLF = "\r\n";
const encoder = new TextEncoder();
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
    if (typeof value === "string") {
      bytes(`--${boundary}${CRLF}Content-Disposition: form-data; name="${param(name)}"${CRLF}${CRLF}`);
      bytes(value);
    } else {
      bytes(`--${boundary}${CRLF}Content-Disposition: form-data; name="${param(name)}"; filename="${param(value.name || "blob")}"` +
        `${CRLF}Content-Type: ${value.type || "application/octet-stream"}${CRLF}${CRLF}`);
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

/** `fetch(url, init)` for an `init.body` that is a FormData; resolves to a standard `Response`. */
export function nodeUploadFetch(url, init) {
  return new Promise((resolve, reject) => {
    const signal = init.signal;
    if (signal?.aborted) return reject(abortError(signal));
    const boundary = `----imagekit-wasm-${Math.random().toString(16).slice(2)}${Math.random().toString(16).slice(2)}`;
    const { parts, length } = multipart(init.body, boundary);
    const headers = { ...init.headers, "content-type": `multipart/form-data; boundary=${boundary}`, "content-length": String(length) };
    const target = new URL(url);
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(target, { method: init.method || "POST", headers }, (res) => {
      const responseHeaders = new Headers();
      for (const [k, v] of Object.entries(res.headers)) {
        if (v !== undefined) responseHeaders.set(k, Array.isArray(v) ? v.join(", ") : v);
      }
      const status = res.statusCode ?? 0;
      const body = [101, 204, 205, 304].includes(status) ? null : Readable.toWeb(res);
      res.on("close", () => signal?.removeEventListener("abort", onAbort));
      resolve(new Response(body, { status, statusText: res.statusMessage, headers: responseHeaders }));
    });
    // The signal (the caller's, joined with the per-attempt timeout) also cuts a response body being read.
    const onAbort = () => req.destroy(abortError(signal));
    signal?.addEventListener("abort", onAbort, { once: true });
    req.on("error", (e) => {
      signal?.removeEventListener("abort", onAbort);
      reject(e);
    });
    Readable.from(chunks(parts)).on("error", (e) => req.destroy(e)).pipe(req);
  });
}
