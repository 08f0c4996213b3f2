// The fetch the transport sends with: the runtime's global `fetch`, unless an entry installs a better one for
// uploads in its runtime (Node's entries do: Node 20's fetch holds a whole multipart body in memory, node:http
// streams it). Looked up at call time, so a test or a polyfill can replace the global.

let uploadFetch = null;

/** `fetch(url, init)`, through the installed upload fetch when the body is a FormData. */
export function ikFetch(url, init) {
  if (uploadFetch !== null && typeof FormData === "function" && init && init.body instanceof FormData) {
    return uploadFetch(url, init);
  }
  return fetch(url, init);
}

/** Installs (or, with a non-function, removes) the fetch used for multipart uploads. */
export function setUploadFetch(fn) {
  uploadFetch = typeof fn === "function" ? fn : null;
}
