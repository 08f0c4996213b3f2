// A minimal XMLHttpRequest for Node (which has none), over fetch: what `imagekit-javascript` 4 uses of it (open,
// send, onload, onerror, status, responseText, getAllResponseHeaders). Test fixture only: it lets the official 4.x
// run in Node, and our compat entry's XHR path be driven there. `rewrite` maps the URL 4.x hard-codes to the
// local server.
export function xhrClass(rewrite = (url) => url) {
  return class XMLHttpRequest {
    status = 0;
    responseText = "";
    onload = null;
    onerror = null;
    upload = {};
    #method = "GET";
    #url = "";
    #headers = "";
    static opened = 0;
    open(method, url) {
      XMLHttpRequest.opened++;
      this.#method = method;
      this.#url = url;
    }
    send(body) {
      fetch(rewrite(this.#url), { method: this.#method, body }).then(async (r) => {
        this.status = r.status;
        this.responseText = await r.text();
        this.#headers = [...r.headers].map(([k, v]) => `${k}: ${v}`).join("\r\n");
        this.onload?.();
      }).catch((e) => this.onerror?.(e));
    }
    getAllResponseHeaders() {
      return this.#headers;
    }
  };
}
