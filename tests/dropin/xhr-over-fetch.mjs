// A minimal XMLHttpRequest for Node (which has none), over fetch: what the browser SDKs use of it (open, send,
// abort, onload, onerror, addEventListener("loadend"), status, responseText, getAllResponseHeaders). Test fixture
// only: it lets the official browser SDKs run in Node, and our compat code's XHR path be driven there. `rewrite`
// maps the upload URL they hard-code to the local server.
export function xhrClass(rewrite = (url) => url) {
  return class XMLHttpRequest extends EventTarget {
    status = 0;
    responseText = "";
    onload = null;
    onerror = null;
    upload = {};
    #method = "GET";
    #url = "";
    #headers = "";
    #controller = new AbortController();
    open(method, url) {
      this.#method = method;
      this.#url = url;
    }
    send(body) {
      fetch(rewrite(this.#url), { method: this.#method, body, signal: this.#controller.signal }).then(async (r) => {
        this.status = r.status;
        this.responseText = await r.text();
        this.#headers = [...r.headers].map(([k, v]) => `${k}: ${v}`).join("\r\n");
        this.onload?.();
      }).catch((e) => {
        if (!this.#controller.signal.aborted) this.onerror?.(e);
      }).finally(() => this.dispatchEvent(new Event("loadend")));
    }
    abort() {
      this.#controller.abort();
    }
    getAllResponseHeaders() {
      return this.#headers;
    }
  };
}
