// @ts-check
// The media API lives in a second wasm module (README "Size"): URLs, signing, authentication parameters, pHash and
// webhooks need only the first, so a page or a Worker that never calls the API never loads the second. Every media
// call returns a Promise already, so the first one loads the module inside its own promise: each entry says how
// its runtime gets that module (`setMediaLoader`), the way it got the first one.
//
// The media module's client is made from the very options the first module's constructor read
// (client-options.js keeps them, with the other per-client options, out of reach of the client object), so both
// hold the same configuration. It is made on a client's first media call and lives as long as the client.
import { ImageKitError } from "./errors.js";
import { clientResolved } from "./client-options.js";

/**
 * The initialised media glue: its client class, whose methods `__call`, `__raw`, `__uploadFile` and
 * `__uploadFileV2` are the first module's client's, moved, and the URL reader's exports (reader.js: they answer
 * only in the build whose media module holds the reader, `ImageKit.__readerHere()`).
 * @typedef {{
 *   ImageKit: (new (options: any) => any) & { __readerHere(): boolean },
 *   parseUrl: (url: unknown, opts?: unknown) => unknown,
 *   transformUrl: (url: unknown, edit: unknown, opts?: unknown) => string,
 * }} MediaGlue
 */

/** @type {(() => Promise<MediaGlue>) | undefined} */
let loader;
/** @type {Promise<MediaGlue> | undefined} */
let loading;
/** @type {WeakMap<object, any>} The media module's client of each client, once made. */
const twins = new WeakMap();

/**
 * Called once by each entry: how this runtime loads and instantiates the media module.
 * @param {() => Promise<MediaGlue>} load
 */
export function setMediaLoader(load) {
  loader = load;
}

/** The media glue, loaded on first use; a failed load is not kept, so a later call tries again. */
export function mediaGlue() {
  if (!loader) return Promise.reject(new ImageKitError("imagekit-wasm: this entry has no media API module (call init() first)"));
  loading ??= loader().catch((e) => {
    loading = undefined;
    const message = e instanceof Error ? e.message : String(e);
    throw Object.assign(new ImageKitError(`imagekit-wasm: the media API module could not be loaded: ${message}`), { cause: e });
  });
  return loading;
}

/**
 * The media module's client for `ik`, made by its first use from the loaded glue `g` (synchronously: the URL
 * reader's calls, reader.js, are synchronous). A client whose options the media module refuses (it never does
 * when the first module accepted them) is not kept, so the next call tries again.
 * @param {object} ik
 * @param {MediaGlue} g
 */
export function mediaTwin(ik, g) {
  let twin = twins.get(ik);
  if (twin === undefined) {
    twin = new g.ImageKit(clientResolved(ik));
    twins.set(ik, twin);
  }
  return twin;
}

/**
 * The media calls, as methods of the first module's client class (resources.js defines them before guarding):
 * each hands its arguments, as they are, to the media module's client's method of the same name. Once that client
 * is made, directly: a `then` would run the call a microtask later and wrap its promise in one more (two promise
 * jobs on the way back), ~2 µs of a sequential call against the local server (bench/api-ab.mjs). A throw (a trap)
 * still becomes the call's rejection, as it did inside the `then`.
 * @type {Record<string, (this: object, ...args: unknown[]) => Promise<unknown>>}
 */
export const MEDIA_METHODS = Object.fromEntries(["__call", "__raw", "__uploadFile", "__uploadFileV2"].map((name) => [
  name,
  {
    [name](/** @type {unknown[]} */ ...args) {
      const m = twins.get(this);
      if (m === undefined) return mediaGlue().then((g) => mediaTwin(this, g)[name](...args));
      try {
        return m[name](...args);
      } catch (e) {
        return Promise.reject(e);
      }
    },
  }[name],
]));
