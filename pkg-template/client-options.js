// `@imagekit/nodejs` 7.11.0's client options that are JS values (COMPAT §3): `fetch`, `fetchOptions` and `logger`
// stay here, per client, and go with every call; the rest crosses into the wasm constructor as JSON, after the
// core has applied the environment (`environment::apply`: IMAGEKIT_PRIVATE_KEY, IMAGE_KIT_BASE_URL,
// IMAGEKIT_WEBHOOK_SECRET, IMAGE_KIT_LOG, IMAGE_KIT_CUSTOM_HEADERS, read where `process.env` or `Deno.env` exists,
// as 7.x reads them). tools/assemble.mjs makes the glue's `ImageKit` constructor begin with `clientOptions`.

import { ImageKitError, ValidationError } from "./errors.js";

const clients = new WeakMap();

/** The message of anything thrown, even an object whose `message` getter throws. */
function messageOf(e) {
  try {
    return String(e && e.message);
  } catch {
    return "unreadable error";
  }
}

/** The environment's values of the variables the core names, as `[name, value]` pairs (none without one). */
function environment(names) {
  const read = (name) => {
    try {
      if (typeof globalThis.process !== "undefined") return globalThis.process.env?.[name];
      if (typeof globalThis.Deno !== "undefined") return globalThis.Deno.env?.get?.(name);
    } catch {
      // A runtime that denies access (Deno without --allow-env) has no environment for us.
    }
    return undefined;
  };
  return names.map((n) => [n, read(n)]).filter(([, v]) => typeof v === "string");
}

/**
 * Called first thing by `new ImageKit(opts)` (with the glue's class): keeps the JS-only options for `client`, logs
 * 7.x's warnings about them, and returns the options the wasm constructor reads.
 */
export function clientOptions(client, opts, ImageKit) {
  let fetch, fetchOptions, logger, rest;
  try {
    if (opts === null || typeof opts !== "object" || Array.isArray(opts)) return opts;
    ({ fetch, fetchOptions, logger, ...rest } = opts);
  } catch (e) {
    // A throwing getter or Proxy trap: the constructor's own words for options it cannot read.
    throw e instanceof ImageKitError ? e : new ValidationError(`ImageKit options cannot be read: ${messageOf(e)}`);
  }
  if (fetch != null && typeof fetch !== "function") throw new ValidationError(`ImageKit options.fetch must be a function, got ${typeof fetch}`);
  // A `Headers` crosses as its `[name, value]` rows (JSON would make it `{}`), read as 7.x reads an array of pairs.
  if (typeof Headers === "function" && rest.defaultHeaders instanceof Headers) rest = { ...rest, defaultHeaders: [...rest.defaultHeaders] };
  const [options, warnings] = ImageKit.__clientOptions(rest, environment(ImageKit.__environmentVariables()));
  const js = { fetch, fetchOptions, logger: logger ?? (typeof console === "object" ? console : undefined) };
  for (const w of warnings) {
    try {
      if (typeof js.logger?.warn === "function") js.logger.warn(w);
    } catch {
      // a logger that throws does not stop the client being made
    }
  }
  clients.set(client, { js, given: opts, resolved: options });
  return options;
}

/** The JS-only options of `client`, handed to each call (undefined for a client made without options). */
export const clientJs = (client) => clients.get(client)?.js;

/** The options the wasm constructor of `client` read, for the media module's twin of the client (media.js). */
export const clientResolved = (client) => clients.get(client)?.resolved;

/** `client.withOptions(partial)`: a new client of the same class, with the options it was made with and `partial`
 * over them (as 7.x's; the environment is read again for what neither gives). */
export function withOptions(client, partial) {
  if (partial != null && typeof partial !== "object") {
    throw new ValidationError(`withOptions options must be an object, got ${typeof partial}`);
  }
  const given = clients.get(client)?.given ?? {};
  let options;
  try {
    // Inside the try: Array.isArray throws on a revoked Proxy, the spread on throwing getters and traps.
    if (Array.isArray(partial)) throw new ValidationError("withOptions options must be an object, got array");
    options = { ...given, ...partial };
  } catch (e) {
    throw e instanceof ImageKitError ? e : new ValidationError(`withOptions options cannot be read: ${messageOf(e)}`);
  }
  return new client.constructor(options);
}
