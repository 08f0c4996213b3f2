// Account and configuration resources (the `@imagekit/nodejs` 7 calls beyond the seed): saved extensions, named
// transformations, origins, URL endpoints (in-memory CRUD, ids like ImageKit's, 404 for unknown ids), usage and
// usage analytics. Choices where ImageKit's behaviour is not documented:
// - create → 201, delete → 204, everything else 200; PATCH (saved extensions, named transformations) merges,
//   PUT (origins, URL endpoints) replaces the whole object and is validated like a create.
// - Origins are validated by `type` with the required fields of the SDK's types; secrets (keys, passwords, tokens)
//   are never echoed; `includeCanonicalHeader` defaults to false, `prefix` to "", the booleans to false.
// - Named transformation names and URL endpoint prefixes are unique (409 on a clash); a URL endpoint's origins
//   must exist (400), and an origin in use by a URL endpoint cannot be deleted (409).
// - Usage: startDate/endDate are YYYY-MM-DD, start before end, less than 90 days apart (400 otherwise);
//   mediaLibraryStorageBytes is the size of every stored version, the other figures are 0. Usage analytics
//   takes the same dates (end may equal start) and answers the full shape with zero counts.
import { badRequest, conflict, notFound } from "./errors.mjs";
import { newId } from "./store.mjs";
import { allowKeys, requireObject, requireString, optionalBool } from "./validate.mjs";

const nowIso = () => new Date().toISOString();
const optionalString = (body, key) => {
  if (body[key] !== undefined && typeof body[key] !== "string") throw badRequest(`${key} must be a string.`);
  return body[key];
};

/** Routes for one collection at `base`: list, create, get, update (`updateMethod`), delete. */
function collection(base, mapName, { what, check, updateMethod, beforeDelete }) {
  const get = (store, id) => {
    const item = store[mapName].get(id);
    if (!item) throw notFound(`No ${what} found with this id.`);
    return item;
  };
  return [
    ["GET", base, ({ store }) => ({ body: [...store[mapName].values()] })],
    ["POST", base, ({ store, body }) => {
      const item = { id: newId(), ...check(store, body, null) };
      store[mapName].set(item.id, item);
      return { status: 201, body: item };
    }],
    ["GET", `${base}/:id`, ({ store, params }) => ({ body: get(store, params.id) })],
    [updateMethod, `${base}/:id`, ({ store, params, body }) => {
      const old = get(store, params.id);
      const item = { id: old.id, ...check(store, body, old) };
      store[mapName].set(item.id, item);
      return { body: item };
    }],
    ["DELETE", `${base}/:id`, ({ store, params }) => {
      const item = get(store, params.id);
      beforeDelete?.(store, item);
      store[mapName].delete(item.id);
      return { status: 204 };
    }],
  ];
}

const EXTENSION_NAMES = ["remove-bg", "google-auto-tagging", "aws-auto-tagging", "ai-auto-description", "ai-tasks"];

function savedExtension(store, body, old) {
  allowKeys(body, ["name", "description", "config"]);
  const merged = { ...old, ...body };
  if (!old) ["name", "description"].forEach((k) => requireString(body, k));
  else ["name", "description"].forEach((k) => body[k] !== undefined && requireString(body, k));
  const config = merged.config;
  if (config === null || typeof config !== "object" || Array.isArray(config)) throw badRequest("config must be an object.");
  if (!EXTENSION_NAMES.includes(config.name)) throw badRequest(`config.name must be one of ${EXTENSION_NAMES.join(", ")}.`);
  const t = nowIso();
  return { name: merged.name, description: merged.description, config: structuredClone(config), createdAt: old?.createdAt ?? t, updatedAt: t };
}

function namedTransformation(store, body, old) {
  allowKeys(body, ["name", "transformation", "enabled"]);
  const name = old && body.name === undefined ? old.name : requireString(body, "name");
  const transformation = old && body.transformation === undefined ? old.transformation : requireString(body, "transformation");
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw badRequest("name may contain only letters, digits, '-' and '_'.");
  if ([...store.namedTransformations.values()].some((n) => n.name === name && n.id !== old?.id)) {
    throw conflict("A named transformation with this name already exists.");
  }
  return { name, transformation, enabled: optionalBool(body, "enabled", old?.enabled ?? true), createdAt: old?.createdAt ?? nowIso() };
}

// Per origin type: [required fields, optional fields, secret (write-only) fields, fields with a default].
const COMMON = ["baseUrlForCanonicalHeader", "includeCanonicalHeader"];
const BUCKET = { required: ["name", "bucket", "accessKey", "secretKey"], optional: ["prefix", "useIAMRole"] };
const ORIGIN_TYPES = {
  S3: BUCKET,
  S3_COMPATIBLE: { required: ["name", "bucket", "endpoint", "accessKey", "secretKey"], optional: ["prefix", "s3ForcePathStyle"] },
  CLOUDINARY_BACKUP: BUCKET,
  WEB_FOLDER: { required: ["name", "baseUrl"], optional: ["forwardHostHeaderToOrigin"] },
  WEB_PROXY: { required: ["name"], optional: [] },
  GCS: { required: ["name", "bucket", "clientEmail", "privateKey"], optional: ["prefix"] },
  AZURE_BLOB: { required: ["name", "accountName", "container", "sasToken"], optional: ["prefix"] },
  AKENEO_PIM: { required: ["name", "baseUrl", "clientId", "clientSecret", "username", "password"], optional: [] },
};
const SECRETS = new Set(["accessKey", "secretKey", "privateKey", "sasToken", "clientId", "clientSecret", "username", "password"]);
const BOOLEANS = new Set(["includeCanonicalHeader", "useIAMRole", "s3ForcePathStyle", "forwardHostHeaderToOrigin"]);

function origin(store, body, old) {
  requireObject(body);
  const spec = ORIGIN_TYPES[body.type];
  if (!spec) throw badRequest(`type must be one of ${Object.keys(ORIGIN_TYPES).join(", ")}.`);
  allowKeys(body, ["type", ...spec.required, ...spec.optional, ...COMMON]);
  for (const k of spec.required) requireString(body, k);
  for (const k of [...spec.optional, ...COMMON]) {
    if (BOOLEANS.has(k)) optionalBool(body, k, false);
    else optionalString(body, k);
  }
  if (spec.required.includes("baseUrl") && !/^https?:\/\/\S+$/.test(body.baseUrl)) throw badRequest("baseUrl must be a valid http(s) URL.");
  const out = { type: body.type };
  for (const k of spec.required) if (!SECRETS.has(k)) out[k] = body[k];
  if (spec.optional.includes("prefix")) out.prefix = body.prefix ?? "";
  out.includeCanonicalHeader = body.includeCanonicalHeader ?? false;
  for (const k of spec.optional) if (BOOLEANS.has(k)) out[k] = body[k] ?? false;
  if (body.baseUrlForCanonicalHeader !== undefined) out.baseUrlForCanonicalHeader = body.baseUrlForCanonicalHeader;
  return out;
}

const REWRITERS = ["CLOUDINARY", "IMGIX", "AKAMAI"];

function urlEndpoint(store, body, old) {
  allowKeys(body, ["description", "origins", "urlPrefix", "urlRewriter"]);
  const description = requireString(body, "description");
  const origins = body.origins ?? [];
  if (!Array.isArray(origins) || !origins.every((o) => typeof o === "string")) throw badRequest("origins must be an array of origin ids.");
  for (const o of origins) if (!store.origins.has(o)) throw badRequest(`Origin ${o} does not exist.`);
  const urlPrefix = optionalString(body, "urlPrefix") ?? "";
  if (!/^[A-Za-z0-9_-]*$/.test(urlPrefix)) throw badRequest("urlPrefix may contain only letters, digits, '-' and '_'.");
  if ([...store.urlEndpoints.values()].some((u) => u.urlPrefix === urlPrefix && u.id !== old?.id)) {
    throw conflict("A URL endpoint with this urlPrefix already exists.");
  }
  const out = { description, origins: [...origins], urlPrefix };
  if (body.urlRewriter !== undefined) {
    const r = body.urlRewriter;
    if (r === null || typeof r !== "object" || !REWRITERS.includes(r.type)) throw badRequest(`urlRewriter.type must be one of ${REWRITERS.join(", ")}.`);
    allowKeys(r, r.type === "CLOUDINARY" ? ["type", "preserveAssetDeliveryTypes"] : ["type"]);
    out.urlRewriter = r.type === "CLOUDINARY" ? { type: r.type, preserveAssetDeliveryTypes: optionalBool(r, "preserveAssetDeliveryTypes", false) } : { type: r.type };
  }
  return out;
}

function dates(query, { maxDays, allowEqual }) {
  const read = (k) => {
    const v = query.get(k);
    if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) throw badRequest(`${k} is required in YYYY-MM-DD format.`);
    return { text: v, ms: Date.parse(`${v}T00:00:00Z`) };
  };
  const start = read("startDate"), end = read("endDate");
  if (end.ms < start.ms || (!allowEqual && end.ms === start.ms)) throw badRequest("endDate must be after startDate.");
  if ((end.ms - start.ms) / 86_400_000 >= maxDays) throw badRequest(`The difference between startDate and endDate should be less than ${maxDays} days.`);
  return { startDate: start.text, endDate: end.text };
}

const byBoth = () => ({ byBandwidth: [], byRequests: [] });

export const accountRoutes = [
  ...collection("/v1/saved-extensions", "savedExtensions", { what: "saved extension", check: savedExtension, updateMethod: "PATCH" }),
  ...collection("/v1/named-transformations", "namedTransformations", { what: "named transformation", check: namedTransformation, updateMethod: "PATCH" }),
  ...collection("/v1/accounts/origins", "origins", {
    what: "origin", check: origin, updateMethod: "PUT",
    beforeDelete: (store, o) => {
      if ([...store.urlEndpoints.values()].some((u) => u.origins.includes(o.id))) throw conflict("The origin is used by a URL endpoint.");
    },
  }),
  ...collection("/v1/accounts/url-endpoints", "urlEndpoints", { what: "URL endpoint", check: urlEndpoint, updateMethod: "PUT" }),
  ["GET", "/v1/accounts/usage", ({ store, query }) => {
    dates(query, { maxDays: 90, allowEqual: false });
    let storage = 0;
    for (const a of store.files.values()) for (const v of a.versions) storage += v.size ?? 0;
    return { body: { bandwidthBytes: 0, mediaLibraryStorageBytes: storage, videoProcessingUnitsCount: 0, extensionUnitsCount: 0, originalCacheStorageBytes: 0 } };
  }],
  ["GET", "/v1/accounts/usage-analytics", ({ query }) => {
    const { startDate, endDate } = dates(query, { maxDays: 90, allowEqual: true });
    return {
      body: {
        startDate, endDate, generatedAt: nowIso(), bandwidthBytes: 0, requestCount: 0,
        cache: { hitCount: 0, missCount: 0, errorCount: 0 },
        browser: byBoth(), country: byBoth(), device: byBoth(), format: byBoth(),
        topImages: byBoth(), topVideos: byBoth(), topOtherAssets: byBoth(), topImageTransforms: byBoth(), topVideoTransforms: byBoth(),
        topReferrers: byBoth(), topUserAgents: byBoth(), urlEndpoints: byBoth(),
        statusCodes: [], errorReasons: [], top404Assets: [], extensions: [], videoProcessing: [],
      },
    };
  }],
];
