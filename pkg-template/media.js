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
 * `__uploadFileV2` are the first module's client's, moved.
 * @typedef {{ ImageKit: new (options: any) => any }} MediaGlue
 */

/** @type {(() => Promise<MediaGlue>) | undefined} */
let loader;
/** @type {Promise<MediaGlue> | undefined} */
let loading;
/** @type {WeakMap<object, Promise<any>>} */
const clients = new WeakMap();
/** The media clients already made, by client: a call then goes to its method at once, not from a `then`.
 * @type {WeakMap<object, any>} */
const made = new WeakMap();

/**
 * Called once by each entry: how this runtime loads and instantiates the media module.
 * @param {() => Promise<MediaGlue>} load
 */
export function setMediaLoader(load) {
  loader = load;
}

/** The media glue, loaded on first use; a failed load is not kept, so a later call tries again. */
function glue() {
  if (!loader) return Promise.reject(new ImageKitError("imagekit-wasm: this entry has no media API module (call init() first)"));
  loading ??= loader().catch((e) => {
    loading = undefined;
    const message = e instanceof Error ? e.message : String(e);
    throw Object.assign(new ImageKitError(`imagekit-wasm: the media API module could not be loaded: ${message}`), { cause: e });
  });
  return loading;
}

/**
 * The media module's client for `ik` (made on its first media call).
 * @param {object} ik
 */
function mediaClient(ik) {
  let client = clients.get(ik);
  if (!client) {
    client = glue().then((g) => {
      const m = new g.ImageKit(clientResolved(ik));
      made.set(ik, m);
      return m;
    });
    // A client whose options the media module refuses (it never does when the first module accepted them) or a
    // failed load: the next call tries again.
    client.catch(() => clients.get(ik) === client && clients.delete(ik));
    clients.set(ik, client);
  }
  return client;
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
      const m = made.get(this);
      if (m === undefined) return mediaClient(this).then((c) => c[name](...args));
      try {
        return m[name](...args);
      } catch (e) {
        return Promise.reject(e);
      }
    },
  }[name],
]));
