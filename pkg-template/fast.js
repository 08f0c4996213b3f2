// The one-crossing lane for the hot synchronous calls (src/wasm/fast.rs says why). Each function here writes its
// input into wasm memory, makes one call with plain numbers, and decodes the result in place. Whenever that lane
// says no (bad input of any kind) or cannot be used (a value JSON.stringify throws on), the exported wasm-bindgen
// function runs instead: it computes the same thing and throws the error class with its message. No SDK rule lives
// here; every entry exports these in place of the glue's functions of the same names.
import {
  ImageKit,
  buildSrc as buildSrcChecked,
  buildTransformationString as buildTransformationStringChecked,
  getResponsiveImageAttributes as getResponsiveImageAttributesChecked,
  phashDistance as phashDistanceChecked,
} from "./imagekit_wasm.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
let memory, bytes, result;

/** Views over wasm memory, made again after the memory has grown (which detaches the old ones). */
function views() {
  if (bytes === undefined || bytes.byteLength === 0) {
    memory ??= ImageKit.__memory();
    bytes = new Uint8Array(memory.buffer);
    result = new Uint32Array(memory.buffer, ImageKit.__result(), 2);
  }
  return bytes;
}

/** The address of an input area of at least `n` bytes. Asked for on every call (a few ns), never cached: the
 * area moves when it grows, and another copy of this module over the same instance may have grown it. */
function room(n) {
  const at = ImageKit.__input(n);
  views();
  return at;
}

/** Writes `text` as UTF-8 at `offset` into the input; returns the bytes written. */
function write(text, offset = 0) {
  const end = offset + text.length * 3;
  const at = room(end);
  return encoder.encodeInto(text, bytes.subarray(at + offset, at + end)).written;
}

/** The text of the last result. */
function read() {
  views();
  return decoder.decode(bytes.subarray(result[0], result[0] + result[1]));
}

// Random bytes for default tokens, drawn from a pool that `crypto.getRandomValues` refills when it runs out (at
// call time, never at import): one getRandomValues call costs ~2 µs in Node, more than the rest of the call. Node's
// own `crypto.randomUUID` pools the same way. Each byte is handed out once and then zeroed.
const pool = new Uint8Array(4096);
let poolUsed = pool.length;

/** Writes 16 fresh random bytes at `at` in wasm memory. */
function random16(at) {
  if (poolUsed === pool.length) {
    crypto.getRandomValues(pool);
    poolUsed = 0;
  }
  const bytesOut = pool.subarray(poolUsed, poolUsed + 16);
  bytes.set(bytesOut, at);
  bytesOut.fill(0);
  poolUsed += 16;
}

/** JSON text of an options value, or undefined when only the checked path can say what is wrong with it. */
function json(value, arrayExpected) {
  if (value === undefined || value === null) return "null";
  if (typeof value !== "object") return undefined;
  try {
    // Inside the try: Array.isArray throws on a revoked Proxy, JSON.stringify on cycles, BigInts and getters.
    if (Array.isArray(value) !== arrayExpected) return undefined;
    const text = JSON.stringify(value);
    return typeof text === "string" ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One call through the lane: `value`'s JSON into wasm memory, then `answer.call(self, length, extra)` (a lane
 * export, looked up by the caller at call time), then the result text. Undefined when the lane declines: the caller
 * then runs the checked form.
 */
function viaLane(value, arrayExpected, answer, self, extra) {
  const text = json(value, arrayExpected);
  return text !== undefined && answer.call(self, write(text), extra) ? read() : undefined;
}

export function buildSrc(options) {
  return viaLane(options, false, ImageKit.__buildSrc) ?? buildSrcChecked(options);
}

export function buildTransformationString(transformation) {
  return viaLane(transformation, true, ImageKit.__transformation) ?? buildTransformationStringChecked(transformation);
}

export function getResponsiveImageAttributes(options) {
  const text = viaLane(options, false, ImageKit.__responsive);
  return text !== undefined ? JSON.parse(text) : getResponsiveImageAttributesChecked(options);
}

export function phashDistance(first, second) {
  if (typeof first === "string" && typeof second === "string") {
    const a = write(first);
    const d = ImageKit.__phash(a, write(second, a));
    if (d >= 0) return d;
  }
  return phashDistanceChecked(first, second);
}

const installed = new WeakSet();

/** Replaces the class's URL, signing and pHash methods by their one-crossing forms (once per class). */
export function installFast(Class = ImageKit) {
  const proto = Class.prototype;
  if (installed.has(proto)) return;
  installed.add(proto);
  const checked = {
    url: proto.url,
    buildSrc: proto.buildSrc,
    getAuthenticationParameters: proto.getAuthenticationParameters,
  };
  const methods = {
    url(options) {
      return viaLane(options, false, this.__url, this, Date.now()) ?? checked.url.call(this, options);
    },
    buildSrc(options) {
      return viaLane(options, false, this.__signedBuildSrc, this, Date.now()) ?? checked.buildSrc.call(this, options);
    },
    getAuthenticationParameters(token, expire) {
      const given = token !== undefined && token !== null && token !== "";
      const defaultExpire = expire === undefined || expire === null;
      const random = !given && typeof crypto === "object" && crypto !== null;
      if ((random || typeof token === "string") && (defaultExpire || (typeof expire === "number" && expire === expire))) {
        let n = 0;
        if (given) {
          n = write(token);
        } else {
          random16(room(16));
        }
        if (this.__auth(n, defaultExpire ? NaN : expire, Date.now())) {
          const text = read(), space = text.indexOf(" ", 40);
          return { token: text.slice(space + 1), expire: Number(text.slice(40, space)), signature: text.slice(0, 40) };
        }
      }
      return checked.getAuthenticationParameters.call(this, token, expire);
    },
    phashDistance(first, second) {
      return phashDistance(first, second);
    },
  };
  for (const [name, value] of Object.entries(methods)) {
    Object.defineProperty(proto, name, { configurable: true, writable: true, value });
  }
}
