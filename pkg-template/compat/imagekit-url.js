// `url()` of `imagekit` 6.0.0: its output, character for character, including its quirks (an endpoint with a
// trailing slash and a path with a leading one give `//`, as 6.x gives), because code written for 6.x stores and
// compares those URLs. 6.x's own key map is used, not ours: keys it does not know (e.g. `overlayImage`) pass through
// as written there, and must here too. The HMAC-SHA1 of a signed URL is computed by our client (hmacSha1 below),
// made only when a URL is signed (`signer()`), so unsigned URLs need no private key where one is refused (browsers).

/** 6.x's transformation keys (its libs/constants/supportedTransforms.js). */
const KEYS = {
  width: "w", height: "h", aspectRatio: "ar", quality: "q", crop: "c", cropMode: "cm", focus: "fo", x: "x", y: "y",
  format: "f", radius: "r", background: "bg", border: "b", rotation: "rt", rotate: "rt", blur: "bl", named: "n",
  progressive: "pr", lossless: "lo", trim: "t", metadata: "md", colorProfile: "cp", defaultImage: "di", dpr: "dpr",
  effectSharpen: "e-sharpen", effectUSM: "e-usm", effectContrast: "e-contrast", effectGray: "e-grayscale",
  effectShadow: "e-shadow", effectGradient: "e-gradient", original: "orig",
};
const own = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const keyOf = (k) => (own(KEYS, k) ? KEYS[k] : own(KEYS, k.toLowerCase()) ? KEYS[k.toLowerCase()] : k);
const DEFAULT_TIMESTAMP = "9999999999";
const trimSlashes = (s) => s.replace(/^\//, "").replace(/\/$/, "");

/** `tr` of 6.x: steps joined by `:`, `key-value` by `,`; `"-"` alone gives the bare key; `raw` as written. */
function transformationString(steps) {
  if (!Array.isArray(steps)) return "";
  return steps.map((step) => {
    const parts = [];
    for (const key in step) {
      const value = step[key];
      if (value === undefined || value === null) continue;
      const k = keyOf(key);
      if (value === "-") parts.push(k);
      else if (key === "raw") parts.push(value);
      else {
        let v = String(value);
        if (k === "di") v = trimSlashes(v).replace(/\//g, "@@");
        parts.push(`${k}-${v}`);
      }
    }
    return parts.join(",");
  }).join(":");
}

/** POSIX `path.join` (6.x uses Node's): segments joined by `/`, then `.`/`..` resolved and runs of `/` folded. */
function joinPath(...segments) {
  const joined = segments.filter((s) => s !== "").join("/");
  if (joined === "") return ".";
  const absolute = joined.startsWith("/");
  const out = [];
  for (const part of joined.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length && out[out.length - 1] !== "..") out.pop();
      else if (!absolute) out.push("..");
    } else out.push(part);
  }
  const tail = joined.endsWith("/") && out.length ? "/" : "";
  return (absolute ? "/" : "") + out.join("/") + tail || (absolute ? "/" : ".");
}

/** HMAC-SHA1 hex of `text` under the client's private key. `text` ends with the expiry's digits, so it is split
 * into `token + expire`, which is what getAuthenticationParameters signs (the digits must start non-zero). */
export function hmacSha1(client, text) {
  for (let k = Math.min(10, text.length - 1); k >= 1; k--) {
    const tail = text.slice(-k);
    if (/^[1-9][0-9]*$/.test(tail)) return client.getAuthenticationParameters(text.slice(0, -k), Number(tail)).signature;
  }
  throw new Error("cannot sign a URL that does not end with its expiry timestamp");
}

/** 6.x's signature query value: what 6.x signs (the URL less `urlEndpoint/`, plus the expiry), non-ASCII encoded. */
function signature(signer, opts, href, expiry) {
  if (!opts.privateKey || !href || !opts.urlEndpoint) return "";
  const endpoint = opts.urlEndpoint.endsWith("/") ? opts.urlEndpoint : `${opts.urlEndpoint}/`;
  let text = href.replace(endpoint, "") + expiry;
  if ([...text].some((c) => c.charCodeAt(0) > 127)) {
    const q = text.indexOf("?");
    text = q < 0 ? encodeURI(text) : `${encodeURI(text.slice(0, q))}?${text.split("?")[1]}`;
  }
  return hmacSha1(signer(), text);
}

/** `ik.url(urlOptions)` of 6.x: the client's options overridden by `urlOptions`; `signer()` gives our client. */
export function buildUrl(signer, defaults, urlOptions) {
  const opts = Object.assign({}, defaults, urlOptions);
  let url, fromSrc = false;
  if (opts.path) url = new URL(opts.urlEndpoint);
  else if (opts.src) {
    fromSrc = true;
    url = new URL(opts.src);
  } else return "";
  const query = new URLSearchParams(url.search || "");
  for (const k in opts.queryParameters) query.set(k, opts.queryParameters[k]);
  const tr = transformationString(opts.transformation);
  const path = opts.path || "";
  if (tr && (opts.transformationPosition === "query" || fromSrc)) {
    query.set("tr", tr);
    url.pathname = `${url.pathname}${path}`;
  } else if (tr) url.pathname = joinPath(url.pathname, `tr:${tr}`, path);
  else url.pathname = `${url.pathname}${path}`;
  if (!url.pathname.startsWith("/")) url.pathname = `/${url.pathname}`;
  url.search = query.toString();
  if (opts.signed === true) {
    const seconds = parseInt(String(opts.expireSeconds), 10);
    const expiry = opts.expireSeconds && seconds ? String(Math.trunc(Date.now() / 1000) + seconds) : DEFAULT_TIMESTAMP;
    const sig = signature(signer, opts, url.href, expiry);
    if (expiry !== DEFAULT_TIMESTAMP) query.set("ik-t", expiry);
    query.set("ik-s", sig);
    url.search = query.toString();
  }
  return url.href;
}
