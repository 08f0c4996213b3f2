// The resource-shaped surface of `@imagekit/nodejs` 7 (`ik.files.get(id)`, `ik.accounts.origins.list()`, …) over
// the same client: every method only reshapes its arguments and calls one of the client's own (wasm) methods, so
// auth, retries, timeouts and errors are the same. Installed on `ImageKit.prototype` by each entry, plus
// `ik.iterateFiles()` (lazy skip/limit paging) and the SDK's statics (`ImageKit.NotFoundError`, `ImageKit.toFile`).
import { ImageKit as _ImageKit } from "./imagekit_wasm.js";
import { buildTransformationString, getResponsiveImageAttributes, installFast } from "./lane.js";
import * as E from "./errors.js";
import { clientJs, withOptions } from "./client-options.js";
import { MEDIA_METHODS } from "./media.js";
import { installReader } from "./reader.js";

const ALIASES = {
  AuthenticationError: E.UnauthorizedError,
  PermissionDeniedError: E.ForbiddenError,
  RateLimitError: E.TooManyRequestsError,
  APIConnectionError: E.ConnectionError,
  APIConnectionTimeoutError: E.TimeoutError,
  APIUserAbortError: E.AbortError,
};

/** Collects what `@imagekit/nodejs` accepts as an upload and our upload does not take as it is. */
async function uploadable(value) {
  value = await value;
  if (value == null || typeof value !== "object" || value instanceof Blob || value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    return value;
  }
  if (typeof value.blob === "function" && typeof value.arrayBuffer === "function") return value.blob(); // Response
  if (typeof value[Symbol.asyncIterator] === "function") { // fs.ReadStream, web streams, any async iterable
    const parts = [];
    for await (const chunk of value) parts.push(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
    return new Blob(parts);
  }
  return value; // the client reports what it cannot upload
}

/** `toFile(value, name?, {type}?)` as `@imagekit/nodejs` has it: bytes, a Blob, a Response or an async iterable → a File. */
export async function toFile(value, name, options) {
  const data = await uploadable(value);
  const from = await value;
  name ||= (from && typeof from === "object" && String(from.name || from.path || "").split(/[\\/]/).pop()) || "unknown_file";
  const bits = [data];
  return typeof File === "function" ? new File(bits, name, options) : Object.assign(new Blob(bits, options), { name });
}

/** `@imagekit/nodejs` answers a 204 with `null`; the client resolves `{}` (with responseMetadata). */
const nullFor204 = async (p) => {
  const r = await p;
  return r?.responseMetadata?.httpStatusCode === 204 ? null : r;
};

/**
 * A bulk call as `@imagekit/nodejs` makes it: its 207 (some files failed) resolves with the body, as any 2xx; the
 * flat bulk calls reject it with SPEC §6's PartialSuccessError. The transport classifies it so when told.
 */
const bulk = (ik, name, args, o) => ik.__call(name, args, o, { ...clientJs(ik), resolvePartial: true });

/**
 * A listing call as `@imagekit/nodejs` makes it (`get(path, { query, ...options })`): the request option `query`,
 * when the options have one, replaces the call's own parameters instead of merging over them as the flat calls do.
 */
const listing = (ik, name, args, o) => ik.__call(name, args, o, { ...clientJs(ik), replaceQuery: true });

/** The named fields of an argument object; any other key is a ValidationError (as the client's own methods do). */
function fields(value, keys, what) {
  if (value == null) return [];
  if (typeof value !== "object") throw new E.ValidationError(`${what} must be an object, got ${typeof value}`);
  for (const k of Object.keys(value)) if (!keys.includes(k)) throw new E.ValidationError(`unknown option \`${k}\` in ${what}`);
  return keys.map((k) => value[k]);
}

/** The message of anything thrown, even an object whose `message` getter throws. */
function messageOf(e) {
  try {
    return String(e && e.message);
  } catch {
    return "unreadable error";
  }
}

/** A caller's own exception met while reading its arguments (a throwing getter, a Proxy trap) → ValidationError. */
const asOurs = (e, what) => (e instanceof E.ImageKitError ? e : new E.ValidationError(`${what} cannot be read: ${messageOf(e)}`));

/** Every method returns a promise and rejects (never throws) on a bad argument, as the client's methods do. */
const wrap = (tree) => {
  for (const [k, v] of Object.entries(tree)) {
    tree[k] = typeof v === "function"
      ? (...a) => (async () => v(...a))().catch((e) => { throw asOurs(e, `the arguments of ${k}`); })
      : wrap(v);
  }
  return tree;
};

function crud(ik, kind, plural) {
  return {
    list: (o) => ik[`list${plural}`](o),
    create: (body, o) => ik[`create${kind}`](body, o),
    get: (id, o) => ik[`get${kind}`](id, o),
    update: (id, body, o) => ik[`update${kind}`](id, body, o),
    delete: (id, o) => nullFor204(ik[`delete${kind}`](id, o)),
  };
}

function resources(ik) {
  const upload = (method) => async (body, o) => {
    if (body == null || typeof body !== "object") return ik[method](body, o);
    return ik[method]({ ...body, file: await uploadable(body.file) }, o);
  };
  const tree = wrap({
    files: {
      upload: upload("uploadFile"),
      get: (fileId, o) => ik.getFileDetails(fileId, o),
      update: (fileId, body, o) => ik.updateFileDetails(fileId, body, o),
      delete: (fileId, o) => nullFor204(ik.deleteFile(fileId, o)),
      copy: (body, o) => nullFor204(ik.copyFile(body, o)),
      move: (body, o) => nullFor204(ik.moveFile(body, o)),
      rename: (body, o) => ik.renameFile(body, o),
      bulk: {
        delete: (body, o) => bulk(ik, "bulkFileDelete", fields(body, ["fileIds"], "files.bulk.delete body"), o),
        addTags: (body, o) => bulk(ik, "addTags", fields(body, ["fileIds", "tags"], "files.bulk.addTags body"), o),
        removeTags: (body, o) => bulk(ik, "removeTags", fields(body, ["fileIds", "tags"], "files.bulk.removeTags body"), o),
        removeAITags: (body, o) => bulk(ik, "removeAITags", fields(body, ["fileIds", "AITags"], "files.bulk.removeAITags body"), o),
      },
      versions: {
        list: (fileId, o) => ik.getFileVersions(fileId, o),
        get: (versionId, p, o) => ik.getFileVersionDetails(...fields(p, ["fileId"], "files.versions.get params"), versionId, o),
        delete: (versionId, p, o) => nullFor204(ik.deleteFileVersion(...fields(p, ["fileId"], "files.versions.delete params"), versionId, o)),
        restore: (versionId, p, o) => ik.restoreFileVersion(...fields(p, ["fileId"], "files.versions.restore params"), versionId, o),
      },
      metadata: {
        get: (fileId, o) => ik.getFileMetadata(fileId, o),
        getFromURL: (q, o) => listing(ik, "getRemoteFileUrlMetadata", fields(q, ["url"], "files.metadata.getFromURL query"), o),
      },
    },
    folders: {
      create: (body, o) => ik.createFolder(body, o),
      delete: (body, o) => nullFor204(ik.deleteFolder(body, o)),
      // @imagekit/nodejs names the flag `includeVersions`; the client's copyFolder takes SPEC's `includeFileVersions`.
      copy: (body, o) => {
        if (body == null || typeof body !== "object" || !("includeVersions" in body)) return ik.copyFolder(body, o);
        const { includeVersions, ...rest } = body;
        return ik.copyFolder({ ...rest, includeFileVersions: includeVersions }, o);
      },
      move: (body, o) => ik.moveFolder(body, o),
      rename: (body, o) => ik.renameFolder(body, o),
      job: { get: (jobId, o) => ik.getBulkJobStatus(jobId, o) },
    },
    assets: { list: (query, o) => listing(ik, "listFiles", [query], o) },
    cache: {
      invalidation: {
        create: (body, o) => ik.purgeFileCache(...fields(body, ["url"], "cache.invalidation.create body"), o),
        get: (requestId, o) => ik.getPurgeFileCacheStatus(requestId, o),
      },
    },
    customMetadataFields: {
      create: (body, o) => ik.createCustomMetadataFields(body, o),
      // 7.x sends the parameters as they are (the flat call adds `includeDeleted=false` when it is not given).
      list: (query, o) => listing(ik, "getCustomMetadataFields", [query], o == null || typeof o === "object" ? { query, ...o } : o),
      update: (id, body, o) => ik.updateCustomMetadataFields(id, body, o),
      delete: (id, o) => nullFor204(ik.deleteCustomMetadataField(id, o)),
    },
    savedExtensions: crud(ik, "SavedExtension", "SavedExtensions"),
    namedTransformations: crud(ik, "NamedTransformation", "NamedTransformations"),
    accounts: {
      usage: { get: (query, o) => listing(ik, "getUsage", [query], o) },
      usageAnalytics: { get: (query, o) => listing(ik, "getUsageAnalytics", [query], o) },
      origins: crud(ik, "Origin", "Origins"),
      urlEndpoints: crud(ik, "UrlEndpoint", "UrlEndpoints"),
    },
    beta: { v2: { files: { upload: upload("uploadFileV2") } } },
  });
  // Synchronous, as in @imagekit/nodejs.
  tree.helper = {
    buildSrc: (opts) => ik.buildSrc(opts),
    buildTransformationString: (t) => buildTransformationString(t),
    getResponsiveImageAttributes: (opts) => getResponsiveImageAttributes(opts),
    getAuthenticationParameters: (token, expire) => ik.getAuthenticationParameters(token, expire),
  };
  // Synchronous too; whatever the body is, a failure is a ValidationError.
  const parse = (body) => {
    try {
      return JSON.parse(typeof body === "string" ? body : new TextDecoder().decode(body));
    } catch (e) {
      throw asOurs(e, "the webhook body");
    }
  };
  tree.webhooks = {
    unwrap: (body, options) => {
      let headers, key;
      try {
        ({ headers, key } = options ?? {});
      } catch (e) {
        throw asOurs(e, "the options of webhooks.unwrap");
      }
      return headers === undefined ? parse(body) : ik.unwrapWebhook(body, headers, key);
    },
    unsafeUnwrap: (body) => parse(body),
  };
  return tree;
}

/** A raw call: its options without `body` are the request options (a bad one rejects, as every call does). */
async function rawCall(ik, method, path, opts) {
  let body, request;
  if (opts !== undefined && opts !== null) {
    if (typeof opts !== "object") throw new E.ValidationError(`the options of ${method}() must be an object, got ${typeof opts}`);
    try {
      ({ body, ...request } = opts);
    } catch (e) {
      throw asOurs(e, `the options of ${method}()`);
    }
  }
  return nullFor204(ik.__raw(method, path, body, request, clientJs(ik)));
}

const trees = new WeakMap();
const RESOURCES = ["files", "folders", "assets", "cache", "customMetadataFields", "savedExtensions", "namedTransformations",
  "accounts", "beta", "helper", "webhooks"];

/** Adds the resource getters, `iterateFiles` and the SDK's statics to the `ImageKit` class (idempotent). */
export function installResources(ImageKit = _ImageKit) {
  // The media calls go to the media module (media.js); defined first, so that installFast guards them too.
  for (const [name, value] of Object.entries(MEDIA_METHODS)) {
    if (!Object.hasOwn(ImageKit.prototype, name)) Object.defineProperty(ImageKit.prototype, name, { configurable: true, writable: true, value });
  }
  // The URL reader's methods go to the module that holds it (reader.js); also guarded by installFast.
  installReader(ImageKit);
  installFast(ImageKit);
  // The media API's named methods, each a thin call into the one wasm export `__call` (by its row's index, which
  // crosses as a number where a name would be a string), with the client's JS-only options (client-options.js).
  const define = (name, value) => Object.defineProperty(ImageKit.prototype, name, { configurable: true, writable: true, value });
  ImageKit.__calls().forEach(([name, arity], row) => {
    define(name, { [name](...args) { return this.__call(row, args.slice(0, arity), args[arity], clientJs(this)); } }[name]);
  });
  define("uploadFile", function uploadFile(options, request) { return this.__uploadFile(options, request, clientJs(this)); });
  define("upload", function upload(options, request) { return this.__uploadFile(options, request, clientJs(this)); });
  define("uploadFileV2", function uploadFileV2(options, request) { return this.__uploadFileV2(options, request, clientJs(this)); });
  // `@imagekit/nodejs` 7's raw calls for endpoints the SDK lacks: `client.get(path, {query, body, headers, signal,
  // timeout, maxRetries})`, the body apart from the request options.
  for (const method of ["get", "post", "put", "patch", "delete"]) {
    define(method, { [method](path, opts) { return rawCall(this, method, path, opts); } }[method]);
  }
  define("withOptions", function (partial) { return withOptions(this, partial); });
  for (const name of RESOURCES) {
    Object.defineProperty(ImageKit.prototype, name, {
      configurable: true,
      get() {
        let tree = trees.get(this);
        if (!tree) trees.set(this, (tree = resources(this)));
        return tree[name];
      },
    });
  }
  Object.defineProperty(ImageKit.prototype, "iterateFiles", { configurable: true, writable: true, value: iterateFiles });
  const statics = { ...E, ...ALIASES, ImageKit, DEFAULT_TIMEOUT: 60000, toFile };
  delete statics.makeError;
  // node.cjs requires errors.cjs (shared with the media glue, media.cjs): its namespace has `default` too.
  delete statics.default;
  for (const [k, v] of Object.entries(statics)) {
    Object.defineProperty(ImageKit, k, { configurable: true, writable: true, value: v });
  }
}

/**
 * `for await (const file of ik.iterateFiles(options, {signal}))`: every file of `listFiles(options)`, fetched lazily
 * in pages of `options.limit` (default 1000, the API's maximum) from `options.skip` (default 0) until a short page.
 * Stopping the loop stops the requests; an aborted `signal` rejects with AbortError, even between pages. A page that
 * is not an array rejects with UnknownError.
 */
async function* iterateFiles(options, request) {
  const query = { ...(options ?? {}) };
  const limit = query.limit ?? 1000;
  let skip = query.skip ?? 0;
  const signal = request?.signal;
  for (;;) {
    const page = await this.listFiles({ ...query, limit, skip }, request);
    // Only an array is a page: a string would be walked character by character, and paging would never end.
    if (!Array.isArray(page)) {
      const got = page === null ? "null" : typeof page;
      const e = new E.UnknownError(`listFiles answered a page that is not an array (${got}); paging stopped`);
      const metadata = page !== null && typeof page === "object" ? page.responseMetadata : undefined;
      throw Object.assign(e, { status: metadata?.httpStatusCode, responseMetadata: metadata ?? { raw: page } });
    }
    for (const item of page) {
      if (signal?.aborted) throw new E.AbortError("the request was aborted by the caller's signal");
      yield item;
    }
    if (page.length < limit || !page.length) return;
    skip += page.length;
  }
}
