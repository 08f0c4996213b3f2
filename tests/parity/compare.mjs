// How two answers are compared (SPEC §0): identical; or, where the mirror's URL is not a valid URL (or keeps dot
// segments a client would resolve), the same text once both are percent-decoded ("encoding-only"); anything else is
// a divergence. A signed URL's `ik-s` is compared only where the rest is identical; otherwise ours is checked
// against its own emitted text with an independent HMAC.
import { createHmac } from "node:crypto";

/** `String(v)` where JS can make one (a symbol, or an array holding one, throws: ""); `""` for null/undefined. */
export function text(v) {
  try {
    return String(v ?? "");
  } catch {
    return "";
  }
}

/** Percent-decodes leniently (a bad `%` stays), as UTF-8. */
export function decode(s) {
  const bytes = [];
  const raw = Buffer.from(s, "utf8");
  for (let i = 0; i < raw.length; i++) {
    const h = raw.subarray(i + 1, i + 3).toString("latin1");
    if (raw[i] === 0x25 && /^[0-9a-fA-F]{2}$/.test(h)) {
      bytes.push(parseInt(h, 16));
      i += 2;
    } else bytes.push(raw[i]);
  }
  return Buffer.from(bytes).toString("utf8");
}

/** RFC 3986 character rules: printable ASCII outside `"<>\^`{|}`, well-formed `%XX`, at most one `#`. */
export function validUrl(s) {
  return (
    /^https?:\/\/[^/?#]+/.test(s) &&
    /^[\x21-\x7e]*$/.test(s) &&
    !/["<>\\^`{|}]/.test(s) &&
    !/%(?![0-9a-fA-F]{2})/.test(s) &&
    (s.match(/#/g) ?? []).length <= 1 &&
    !/[[\]]/.test(s.replace(/^https?:\/\/\[[0-9a-fA-F:.]+\]/, ""))
  );
}

/** Whether the path of `s` holds a `.`/`..` segment (also as `%2e`), which every client resolves. */
export function hasDotSegments(s) {
  const path = s.replace(/^https?:\/\/[^/?#]*/, "").split(/[?#]/)[0];
  return path.split(/[/\\]/).some((seg) => /^(\.|%2e){1,2}$/i.test(seg));
}

/** The URL as a client sends it: dot segments resolved as the WHATWG parser resolves them (the rest untouched). */
function resolved(s) {
  if (!hasDotSegments(s)) return s;
  const m = /^(https?:\/\/[^/?#]*)([^?#]*)(.*)$/s.exec(s);
  if (!m) return s;
  const out = [];
  const segs = m[2].split("/").slice(1);
  segs.forEach((seg, i) => {
    const last = i === segs.length - 1;
    if (/^(\.|%2e)$/i.test(seg)) {
      if (last) out.push("");
    } else if (/^(\.|%2e){2}$/i.test(seg)) {
      out.pop();
      if (last) out.push("");
    } else out.push(seg);
  });
  return m[1] + "/" + out.join("/") + m[3];
}

/** `url` without `ik-t`/`ik-s` (read from its query only), and their values. */
export function unsign(url) {
  const q = url.indexOf("?");
  if (q < 0) return { rest: url, t: null, s: null };
  const h = url.indexOf("#", q);
  const query = url.slice(q + 1, h < 0 ? url.length : h);
  const fragment = h < 0 ? "" : url.slice(h);
  let t = null;
  let s = null;
  const kept = query.split("&").filter((p) => {
    const m = /^ik-([ts])=(.*)$/.exec(p);
    if (m?.[1] === "t" && /^\d+$/.test(m[2])) return (t = m[2]), false;
    if (m?.[1] === "s" && /^[0-9a-f]{40}$/.test(m[2])) return (s = m[2]), false;
    return true;
  });
  return { rest: url.slice(0, q) + (kept.length ? "?" + kept.join("&") : "") + fragment, t, s };
}

/** Whether `sig` is HMAC-SHA1(key, url-minus-endpoint-prefix + expiry) over `rest` as emitted (SPEC §3.1). */
export function signatureHolds(rest, t, sig, key, endpoint) {
  if (!sig) return false;
  const noFrag = rest.split("#")[0];
  const candidates = [""];
  try {
    const e = new URL(endpoint);
    const path = e.pathname.replace(/\/+/g, "/").replace(/^\/|\/$/g, "");
    candidates.push(e.origin + (path ? "/" + path : "") + "/");
  } catch {}
  if (typeof endpoint === "string") candidates.push(endpoint.replace(/\/+$/, "") + "/");
  const expiry = t ?? "9999999999";
  return candidates.some((prefix) => {
    const signed = prefix && noFrag.startsWith(prefix) ? noFrag.slice(prefix.length) : noFrag;
    return createHmac("sha1", key).update(signed + expiry).digest("hex") === sig;
  });
}

/**
 * RFC 3986 §6.2.2.1 and §6.2.3: the scheme and host are case-insensitive and a default port is no port, so
 * `https://IK.ImageKit.io:443/x` and `https://ik.imagekit.io/x` are the same URL. We print the normal form (as the
 * JS SDKs' `new URL()` does); the seed prints what it was given.
 */
function normalOrigin(s) {
  return s.replace(/^(https?):\/\/([^/?#@]*@)?([^/?#:]*)(:\d*)?/i, (_, scheme, user = "", host, port = "") => {
    const p = (scheme.toLowerCase() === "https" && port === ":443") || (scheme.toLowerCase() === "http" && port === ":80") ? "" : port;
    return `${scheme.toLowerCase()}://${user}${host.toLowerCase()}${p}`;
  });
}

/** identical | encoding | divergent, for two URL strings. */
export function compareUrls(mirror, ours) {
  if (mirror === ours) return "identical";
  if (normalOrigin(mirror) !== mirror) return compareUrls(normalOrigin(mirror), ours) === "divergent" ? "divergent" : "encoding";
  const r = resolved(mirror);
  if (validUrl(mirror) && r === mirror) return "divergent";
  return decode(r) === decode(resolved(ours)) ? "encoding" : "divergent";
}

/** Like compareUrls, for signed URLs: the signature must match where the rest matches; else ours must verify. */
export function compareSigned(mirror, ours, key, endpoint) {
  if (mirror === ours) return "identical";
  const m = unsign(mirror);
  const o = unsign(ours);
  if (m.t !== o.t) return "divergent";
  const rest = compareUrls(m.rest, o.rest);
  if (rest === "divergent" || (!m.s && !o.s)) return rest;
  // The mirrors strip the endpoint as the caller wrote it; where that text is not how the URL starts (`base//`,
  // upper case, a default port), they sign the whole URL, which the CDN cannot verify: then ours must verify.
  const asGiven = typeof endpoint === "string" ? endpoint.replace(/\/?$/, "/") : "";
  if (rest === "identical" && mirror.startsWith(asGiven) && !mirror.includes("#")) return "divergent";
  return signatureHolds(o.rest, o.t, o.s, key, endpoint) ? "encoding" : "divergent";
}

/** A mirror answer no caller can use: `undefined`, `[object Object]`, `NaN` and the like inside the URL. */
export function garbage(s) {
  return (
    typeof s !== "string" ||
    /undefined|\[object( |%20|\+)Object\]|%5Bobject(\+|%20)Object%5D|NaN|Infinity|function|None|Symbol\(|True|False/.test(s) ||
    // `tr` or the signature after a `#` is part of the fragment, which no client sends: the transformation is lost.
    /#[\s\S]*[?&](tr|ik-s)=/.test(s) ||
    /\?\?(tr|ik-[st])=/.test(s) ||
    /[?&]ik-s=(?![0-9a-f]{40})/.test(s) ||
    loneLayerEnd(s)
  );
}

/** garbage, or a URL answer that is not an http(s) URL (an endpoint such as `a:b` that parses as another scheme). */
export function garbageUrl(s) {
  return garbage(s) || (s !== "" && !/^https?:\/\//i.test(s));
}

/** An `l-end` with no layer open: what the JS SDKs emit for an overlay of an unknown type. */
function loneLayerEnd(s) {
  let depth = 0;
  for (const part of decode(s).split(/[,:/?&=#]/)) {
    if (/^l-(text|image|video|subtitles)$/.test(part)) depth++;
    else if (part === "l-end" && --depth < 0) return true;
  }
  return false;
}

/**
 * Whether a transformation holds an overlay whose non-string `text`/`input` goes to base64: the JS SDKs then
 * base64 `Buffer.from(value)` (an array's numbers as bytes, nothing for an object) or crash, never the text.
 */
export function garbageOverlay(t, depth = 0) {
  if (!Array.isArray(t) || depth > 8) return false;
  return t.some((step) => {
    if (!step || typeof step !== "object") return false;
    const o = step.overlay;
    if (!o || typeof o !== "object" || Array.isArray(o)) return false;
    const v = o.type === "text" ? o.text : o.input;
    const simple = o.type === "text" ? /^[a-zA-Z0-9-._ ]*$/ : /^[a-zA-Z0-9-._/ ]*$/;
    let text;
    try {
      text = String(v);
    } catch {
      return true; // a symbol: the mirror's template literal throws on it
    }
    const base64 = o.encoding === "base64" || (o.encoding !== "plain" && !simple.test(text));
    return (v !== undefined && v !== null && typeof v !== "string" && base64) || garbageOverlay(o.transformation, depth + 1);
  });
}

/**
 * @imagekit/javascript removes the endpoint's path from the endpoint by its encoded spelling; where the two differ
 * (`/a b` vs `/a%20b`) nothing is removed and the path comes out twice.
 */
export function endpointTwice(endpoint) {
  try {
    return typeof endpoint === "string" && !endpoint.includes(new URL(endpoint).pathname);
  } catch {
    return false;
  }
}

/**
 * The seed's signed URL cannot verify where its string to sign is not "the URL minus the endpoint prefix": it
 * removes every occurrence of the endpoint (`str.replace`), so an endpoint repeated in the path is removed twice.
 */
export function endpointRepeated(url, endpoint) {
  const e = text(endpoint).replace(/\/+$/, "") + "/";
  return e.length > 1 && url.split(e).length > 2;
}

/**
 * Where a client resolving the mirror's dot segments would leave `prefix` (the endpoint as emitted) or drop the
 * `tr:` segment: the mirror's URL does not say what it was asked.
 */
export function dotsEscape(url, prefix) {
  if (!hasDotSegments(url)) return false;
  const r = resolved(url);
  const tr = (x) => (x.split(/[?#]/)[0].match(/\/tr:/g) ?? []).length;
  return !r.toLowerCase().startsWith(prefix.toLowerCase()) || tr(r) !== tr(url);
}
