// `imagekit-wasm/compat/imagekit-javascript`: the class of `imagekit-javascript` 4.0.1 (COMPAT §2), the browser
// SDK, so that code written for 4.x runs unchanged here and in runtimes 4.x never ran in (Node, Workers, Deno).
// `url()` is our `buildSrc` fed 4.x's options and key map; `upload()` is 4.x's (form-upload.js: its checks, form
// fields and transports, `XMLHttpRequest` or `opts.xhr` where there is one, else `fetch`), with 4.x's results
// (`$ResponseMetadata`) and plain-object errors.
import { buildSrc, buildTransformationString } from "imagekit-wasm";
import { DEFAULT_UPLOAD, SendFailure, UPLOAD_MESSAGES, sendForm, uploadCheck, uploadForm } from "./form-upload.js";

/** 4.x's errors: plain `{message, help: ""}`, a fresh object each time. */
const MESSAGES = {
  ...UPLOAD_MESSAGES,
  MANDATORY_INITIALIZATION_MISSING: "Missing urlEndpoint during SDK initialization",
  INVALID_TRANSFORMATION_POSITION: "Invalid transformationPosition parameter",
  INVALID_UPLOAD_OPTIONS: "Invalid uploadOptions parameter",
};
const fail = (key) => ({ message: MESSAGES[key], help: "" });

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

/** 4.x's reading of an answer: only 200 succeeds; `{...body}` with `$ResponseMetadata` either way; a body that is
 * not JSON rejects with the parse error. */
function settle({ status, text, headers }) {
  const response = { ...JSON.parse(text) };
  Object.defineProperty(response, "$ResponseMetadata", { value: { statusCode: status, headers }, enumerable: false, writable: false });
  if (status !== 200) throw response;
  return response;
}

/** 4.x's upload once the options are known to be an object. */
function send(uploadOptions, merged) {
  const error = uploadCheck(uploadOptions, merged.publicKey);
  if (error) return Promise.reject(fail(error));
  const form = uploadForm(uploadOptions, ["xhr"], merged.publicKey);
  return sendForm({ xhr: uploadOptions.xhr, endpoint: merged.uploadEndpoint || DEFAULT_UPLOAD, form })
    .then(settle, (e) => {
      throw e instanceof SendFailure ? fail("UPLOAD_ENDPOINT_NETWORK_ERROR") : e;
    });
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
    if (!callback) return send(uploadOptions, merged);
    // Argument errors reach a callback synchronously, as in 4.x.
    const error = uploadCheck(uploadOptions, merged.publicKey);
    if (error) return void callback(fail(error), null);
    send(uploadOptions, merged).then((r) => callback(null, r), (e) => callback(e, null));
  }
}
