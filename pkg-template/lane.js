// The one-crossing lane for the hot synchronous calls (src/wasm/lane.rs says why). Each function here writes its
// input into wasm memory, makes one call with plain numbers, and decodes the result in place. Whenever that lane
// says no (bad input of any kind) or cannot be used (a value JSON.stringify throws on), the exported wasm-bindgen
// function runs instead: it computes the same thing and throws the error class with its message. No SDK rule lives
// here; every entry exports these in place of the glue's functions of the same names. Bounds: the lane takes inputs up
// to 1 MiB of UTF-8 (lane.rs), the checked path up to MAX_INPUT_LENGTH characters; past that, a ValidationError.
// After a trap, every call of the package answers one clear ImageKitError (see `stopped` below).
import {
  ImageKit as WasmImageKit,
  buildSrc as buildSrcChecked,
  buildTransformationString as buildTransformationStringChecked,
  getResponsiveImageAttributes as getResponsiveImageAttributesChecked,
  phashDistance as phashDistanceChecked,
  verifyWebhookEvent as verifyWebhookEventChecked,
  unwrapWebhook as unwrapWebhookChecked,
} from "./imagekit_wasm.js";
// The URL reader's free functions, sent to the module that holds the reader (reader.js).
import { loadUrlReader as loadUrlReaderChecked, parseUrl as parseUrlChecked, transformUrl as transformUrlChecked } from "./reader.js";
import { ImageKitError, ValidationError } from "./errors.js";
import { ikJson } from "./values.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
let memory, bytes, result, buffer;

/**
 * Node's (and Bun's) `Buffer`, when this runtime is one of those two, else undefined: its `utf8Write` and
 * `utf8Slice` write and read UTF-8 at an offset of one view over all of wasm memory, where `encodeInto` and
 * `decode` need a `subarray` made for each call. Measured (fastest of 31 rounds, a 170-byte options text and a
 * 72-byte URL): writing 66 → 30 ns in Bun and 108 → 83 ns in Node, reading 94 → 57 ns and 120 → 82 ns. Both write
 * a lone surrogate as U+FFFD, as `encodeInto` does. Known by `process.versions.node` (Bun sets it too); Deno sets
 * it as well and keeps the standard pair, as do browsers (a bundler's `Buffer` polyfill has no `utf8Slice`). A
 * runtime with both and a full `Buffer` (workerd with nodejs_compat) writes the same bytes, unmeasured there.
 * Written short: every entry's JS is held to 14 KB gzip (bench/groups/size.mjs).
 */
// Deno is asked first: reading its `process` or `Buffer` global loads its Node compatibility layer, ~15 ms of
// every start (bench "Cold start").
const g = globalThis, B = g.Deno ? undefined : g.Buffer?.prototype;
const NodeBuffer = B?.utf8Write && B.utf8Slice && g.process?.versions?.node ? g.Buffer : undefined;

/** Views over wasm memory, made again after the memory has grown (which detaches the old ones). */
function views() {
  if (!bytes?.byteLength) {
    memory ??= WasmImageKit.__memory();
    bytes = new Uint8Array(memory.buffer);
    result = new Uint32Array(memory.buffer, WasmImageKit.__result(), 4);
    buffer = NodeBuffer?.from(memory.buffer);
  }
}

/** The address of an input area of at least `n` bytes. Read from where lane.rs publishes the current area (its
 * address and length after the result's), never cached here: the area moves when it grows, and another copy of
 * this module over the same instance may have grown it. Only an input that does not fit asks `__input`. */
function room(n) {
  views();
  if (result[3] && n <= result[3]) return result[2];
  const at = WasmImageKit.__input(n);
  views();
  return at;
}

/** The largest area `write` asks for before measuring the text: lane.rs `LANE_KEEP` (64 KiB), the most the
 * lane keeps between calls (a larger area is released after each call, and making it again costs more than the
 * measuring). */
const LANE_KEEP = 64 << 10;
/** lane.rs `LANE_MAX_INPUT` (1 MiB): a text of more units has more bytes (never fewer), and is declined unmeasured. */
const LANE_MAX_INPUT = 1 << 20;

/** Texts this short (a pHash, a given token) are written one unit a byte when they are ASCII. */
const SHORT = 16;

/**
 * Writes `text` as UTF-8 at `offset` into the input; returns the bytes written, or -1 when the lane declines (the
 * text is past its bound, or the area cannot grow): the caller then runs the checked form. The area asked for is
 * the most the text can take (3 bytes a UTF-16 unit), so one `encodeInto` writes it all, ASCII or not (a text
 * with one `©` used to pay a second `encodeInto` of its rest, a `slice` and a measuring loop: ~0.1 µs of a chained
 * overlay call). Only a text whose bound is past LANE_KEEP (over ~21 K units) is measured first, by encoding it (a
 * lone surrogate counts as U+FFFD's 3 bytes, as it is written): in Node faster than the counting loop this
 * replaced (6-44 µs for 30 K units, the loop 39-68 µs), in Bun faster for ASCII and slower with other characters
 * (1.7 vs 46 µs; 61-68 vs 20-47 µs), in fewer bytes of the entry.
 * A short ASCII text is copied by a plain loop: `encodeInto` costs ~45 ns a call in Node whatever the length, the
 * loop 4 ns for one character and 25 ns for sixteen (Bun and Deno alike); past ~24 units it loses. A unit that is
 * not ASCII stops it, and the text is encoded over what it wrote.
 */
function write(text, offset = 0) {
  if (offset + text.length > LANE_MAX_INPUT) return -1;
  const most = offset + 3 * text.length;
  const end = most <= LANE_KEEP ? most : offset + encoder.encode(text).length;
  const at = room(end);
  if (at === 0) return -1;
  if (text.length <= SHORT) {
    let i = 0, c;
    while (i < text.length && (c = text.charCodeAt(i)) < 0x80) bytes[at + offset + i++] = c;
    if (i === text.length) return i;
  }
  return buffer ? buffer.utf8Write(text, at + offset, end - offset) : encoder.encodeInto(text, bytes.subarray(at + offset, at + end)).written;
}

/** The text of the last result. */
function read() {
  views();
  const from = result[0], to = from + result[1];
  return buffer ? buffer.utf8Slice(from, to) : decoder.decode(bytes.subarray(from, to));
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
  // Steps that are not an array are no steps (as the checked export reads them): the core answers for `null`.
  if (arrayExpected && typeof value !== "object") return "null";
  if (typeof value !== "object") return undefined;
  try {
    // Inside the try: Array.isArray throws on a revoked Proxy, JSON.stringify on cycles and getters.
    const isArray = Array.isArray(value);
    if (arrayExpected && !isArray) return "null";
    if (isArray !== arrayExpected) return undefined;
    const text = ikJson(value);
    return typeof text === "string" ? text : undefined;
  } catch {
    return undefined;
  }
}

// After a trap (a `WebAssembly.RuntimeError`: a Rust panic, or memory that ran out) nothing the module holds can be
// trusted: its stack pointer, allocator and buffers are wherever the trap left them. So from the first trap on,
// every call of this package throws (or, when async, rejects with) one clear ImageKitError instead of computing with
// a broken module. The module cannot be re-instantiated under the existing clients, whose state lives in it.
let stopped;

/** The error every call answers once the module has stopped. */
function stoppedError() {
  return new ImageKitError(
    `the ImageKit wasm module stopped after an internal error (${stopped}); every call now fails with this error ` +
      "rather than use a broken module: load the package again in a new process (or page) to continue",
  );
}

/** `e` as thrown on: a trap stops the module and becomes the stopped error. */
function afterError(e) {
  if (e instanceof WebAssembly.RuntimeError) {
    stopped ??= `${e.name}: ${e.message}`;
    return stoppedError();
  }
  return e;
}

/**
 * `f` (sync, or returning a Promise when `async`), answering the stopped error once the module has stopped. Five
 * fixed parameters, not `...args`: no call of this package takes more (the raw calls' `__raw` takes five; with four,
 * its fifth, the client's `fetch`/`fetchOptions`, was lost), and a rest array would cost every hot call an
 * allocation.
 */
function guarded(f, async = false, name = f.name) {
  const g = function (a, b, c, d, e) {
    if (stopped) {
      if (async) return Promise.reject(stoppedError());
      throw stoppedError();
    }
    let r;
    try {
      r = f.call(this, a, b, c, d, e);
    } catch (e) {
      throw afterError(e);
    }
    return async && r && typeof r.then === "function" ? r.then(undefined, (e) => Promise.reject(afterError(e))) : r;
  };
  Object.defineProperty(g, "name", { value: name });
  return g;
}

/**
 * The longest input these calls take, in UTF-16 units (32 Mi): the options' JSON text, a pHash string, a token.
 * Past it, a ValidationError naming the bound, before anything reaches wasm: the checked path copies an input
 * several times over (UTF-8, parsed values, the result), and one 358M-character string once ran wasm32's 4 GiB out.
 * Inputs up to 1 MiB of UTF-8 take the lane; longer ones, up to this bound, take the checked path.
 */
/** 2001-01-01 in ms: a clock that reads earlier is workerd's module scope (src/signing.rs CLOCK_FLOOR_SECONDS). */
const CLOCK_FLOOR_MS = 978307200000;

export const MAX_INPUT_LENGTH = 1 << 25; // 32 Mi

/** `n` (the length of `what`) if it is within MAX_INPUT_LENGTH; a ValidationError naming the bound otherwise. */
function bounded(n, what) {
  if (n > MAX_INPUT_LENGTH) {
    throw new ValidationError(`${what} is ${n} characters long, past the bound of ${MAX_INPUT_LENGTH} characters`);
  }
  return n;
}

/**
 * One call through the lane: `value`'s JSON into wasm memory, then `answer.call(self, length, extra)` (a lane
 * export, looked up by the caller at call time), then the result text. Undefined when the lane declines: the caller
 * then runs the checked form.
 */
function viaLane(value, arrayExpected, answer, self, extra) {
  const text = json(value, arrayExpected);
  return text === undefined ? undefined : laneText(text, answer, self, extra);
}

/** `viaLane` from the JSON text on. */
function laneText(text, answer, self, extra) {
  bounded(text.length, "the options' JSON text");
  const n = write(text);
  return n >= 0 && answer.call(self, n, extra) ? read() : undefined;
}

export const buildSrc = guarded(function buildSrc(options) {
  return viaLane(options, false, WasmImageKit.__buildSrc) ?? buildSrcChecked(options);
});

// `buildTransformationString` results by the exact JSON text of their steps. The result is a function of that text
// alone (no clock, key or client goes in, and it holds nothing secret), and an application asks for the same few
// transformations over and over: a hit costs the JSON.stringify and one Map look-up, not the crossing, the parse
// and the compile (issue #16: 2 µs → 0.6 µs for a chained overlay). Bounded: at most MEMO_ENTRIES pairs of a text
// and a result of at most MEMO_TEXT units each (under 1 MiB in all); a full memo is emptied and starts over.
// Errors are not kept (the lane declines them and the checked export throws).
const MEMO_ENTRIES = 256;
const MEMO_TEXT = 1024;
const transformations = new Map();

export const buildTransformationString = guarded(function buildTransformationString(transformation) {
  const text = json(transformation, true);
  if (text !== undefined) {
    const known = transformations.get(text);
    if (known !== undefined) return known;
    const out = laneText(text, WasmImageKit.__transformation);
    if (out !== undefined) {
      if (text.length <= MEMO_TEXT && out.length <= MEMO_TEXT) {
        if (transformations.size >= MEMO_ENTRIES) transformations.clear();
        transformations.set(text, out);
      }
      return out;
    }
  }
  return buildTransformationStringChecked(transformation);
});

/** Empties the memo of `buildTransformationString` (for tests, which check that the lane answers a call). */
export function forgetTransformations() {
  transformations.clear();
}

export const getResponsiveImageAttributes = guarded(function getResponsiveImageAttributes(options) {
  const text = viaLane(options, false, WasmImageKit.__responsive);
  return text !== undefined ? JSON.parse(text) : getResponsiveImageAttributesChecked(options);
});

export const phashDistance = guarded(function phashDistance(first, second) {
  if (typeof first === "string" && typeof second === "string") {
    bounded(first.length, "the first pHash");
    bounded(second.length, "the second pHash");
    const a = write(first);
    const b = a < 0 ? -1 : write(second, a);
    const d = b < 0 ? -1 : WasmImageKit.__phash(a, b);
    if (d >= 0) return d;
  }
  return phashDistanceChecked(first, second);
});

// The glue's other free functions, guarded the same way (an entry exports these in place of the glue's).
export const verifyWebhookEvent = guarded(verifyWebhookEventChecked);
export const unwrapWebhook = guarded(unwrapWebhookChecked);
export const parseUrl = guarded(parseUrlChecked);
export const transformUrl = guarded(transformUrlChecked);
export const loadUrlReader = guarded(loadUrlReaderChecked, true);

/**
 * The client class as the entries should export it: the glue's class, whose constructor also answers the stopped
 * error, and whose own trap stops the module like any other. It inherits every method and static of the glue's
 * class (installed there by `installFast` and resources.js), and its instances are instances of both.
 */
export class ImageKit extends WasmImageKit {
  constructor(options) {
    if (stopped) throw stoppedError();
    try {
      super(options);
    } catch (e) {
      throw afterError(e);
    }
  }
}

/** Whether the module has stopped after a trap (for tests and health checks). */
export function moduleStopped() {
  return stopped !== undefined;
}

const installed = new WeakSet();

// The client's methods that return a Promise (the media API goes through `__call`, uploads through `__uploadFile*`,
// the raw calls through `__raw`: media.js's, into the media module).
const ASYNC_METHODS = new Set(["__call", "__raw", "__uploadFile", "__uploadFileV2", "upload", "uploadFile", "uploadFileV2"]);
// The lane's own entry points are called by the methods below only, inside their guard (and the constructor is the
// class's own).
const LANE = new Set(["constructor", "__url", "__signedBuildSrc", "__auth", "__destroy_into_raw"]);

/**
 * Replaces the class's URL, signing and pHash methods by their one-crossing forms, and guards every other method
 * (including `__call`, which all media methods go through) against a stopped module (once per class).
 */
export function installFast(Class = WasmImageKit) {
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
      const missing = expire === undefined || expire === null;
      // A default token with a default expiry at workerd's module scope (its clock reads 0 there): the checked
      // path names the clock before it asks for randomness, which the platform refuses with a plain Error.
      const random = !given && typeof crypto === "object" && crypto !== null && !(missing && Date.now() < CLOCK_FLOOR_MS);
      if ((random || typeof token === "string") && (missing || typeof expire === "number")) {
        let n = 0;
        if (given) {
          bounded(token.length, "token");
          n = write(token);
        } else {
          const at = room(16);
          if (at === 0) n = -1;
          else random16(at);
        }
        if (n >= 0 && this.__auth(n, missing ? NaN : expire, Date.now())) {
          // The signature alone: the token (ASCII) and the expiry came back as given (lane.rs `__auth`).
          const text = read(), space = text.indexOf(" ", 40);
          if (space < 0) return { token, expire, signature: text };
          return { token: text.slice(space + 1), expire: Number(text.slice(40, space)), signature: text.slice(0, 40) };
        }
      }
      return checked.getAuthenticationParameters.call(this, token, expire);
    },
    phashDistance(first, second) {
      return phashDistance(first, second);
    },
  };
  for (const [name, d] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
    if (LANE.has(name) || Object.hasOwn(methods, name) || typeof d.value !== "function") continue;
    methods[name] = d.value;
  }
  for (const [name, f] of Object.entries(methods)) {
    const value = guarded(f, ASYNC_METHODS.has(name), name);
    Object.defineProperty(proto, name, { configurable: true, writable: true, value });
  }
}
