// The requests of `imagekit` 6.0.0, one function per method: each checks its arguments as 6.x does (first failing
// check wins, with 6.x's `{message, help}`) and returns `{error}` or the request `{method, path, query?, json?}`
// exactly as 6.x sends it (same path spelling, same default booleans, ids concatenated as given). Options are read
// as 6.x reads them, so a missing options object throws 6.x's very TypeError. imagekit.js sends them.
import { argumentError as fail } from "./imagekit-messages.js";

const isObject = (v) => v !== null && (typeof v === "object" || typeof v === "function");
const nonEmptyString = (v) => typeof v === "string" && v.length > 0;
const stringArray = (v) => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "string");
const get = (path) => ({ method: "GET", path });

/** `{fileId, versionId}` of the version calls, each required. */
function version(options, suffix, method) {
  const { fileId, versionId } = options || {};
  if (!fileId) return { error: fail("FILE_ID_MISSING") };
  if (!versionId) return { error: fail("FILE_VERSION_ID_MISSING") };
  return { method, path: `/v1/files/${fileId}/versions/${versionId}${suffix}` };
}

/** The bulk tag calls: file ids, then the tags (6.x checks AITags with the `tags` message too). */
function bulk(fileIds, tags, path, tagKey) {
  if (!stringArray(fileIds)) return { error: fail("INVALID_FILEIDS_VALUE") };
  if (!stringArray(tags)) return { error: fail("BULK_ADD_TAGS_INVALID") };
  return { method: "POST", path, json: { fileIds, [tagKey]: tags } };
}

/** copyFile / copyFolder: source, destination, and `includeFileVersions` (false unless given). */
function copy(options, sourceKey, sourceError, path) {
  const source = options[sourceKey], destinationPath = options.destinationPath;
  const includeFileVersions = options.includeFileVersions === undefined ? false : options.includeFileVersions;
  if (!nonEmptyString(source)) return { error: fail(sourceError) };
  if (!nonEmptyString(destinationPath)) return { error: fail("INVALID_DESTINATION_FOLDER_PATH") };
  if (typeof includeFileVersions !== "boolean") return { error: fail("INVALID_INCLUDE_VERSION") };
  return { method: "POST", path, json: { [sourceKey]: source, destinationPath, includeFileVersions } };
}

/** moveFile / moveFolder. */
function move(options, sourceKey, sourceError, path) {
  const source = options[sourceKey], destinationPath = options.destinationPath;
  if (!nonEmptyString(source)) return { error: fail(sourceError) };
  if (!nonEmptyString(destinationPath)) return { error: fail("INVALID_DESTINATION_FOLDER_PATH") };
  return { method: "POST", path, json: { [sourceKey]: source, destinationPath } };
}

/** A call on one id: `error` when the id is falsy. */
const byId = (id, error, method, path) => (!id ? { error: fail(error) } : { method, path });
const fieldId = (id) => typeof id === "string" && id.length > 0;

export const REQUESTS = {
  listFiles(options) {
    if (options && !isObject(options)) return { error: fail("INVALID_LIST_OPTIONS") };
    const query = { ...(options || {}) };
    if (Array.isArray(query.tags) && query.tags.length) query.tags = query.tags.join(",");
    return { method: "GET", path: "/v1/files/", query };
  },
  getFileDetails: (fileId) => byId(fileId, "FILE_ID_MISSING", "GET", `/v1/files/${fileId}/details`),
  getFileVersions: (fileId) => byId(fileId, "FILE_ID_MISSING", "GET", `/v1/files/${fileId}/versions`),
  getFileVersionDetails: (options) => version(options, "", "GET"),
  getFileMetadata(fileIdOrURL) {
    if (!fileIdOrURL || fileIdOrURL.trim() == "") return { error: fail("FILE_ID_OR_URL_MISSING") };
    // 6.x puts the URL into the query as it is, unencoded.
    if (fileIdOrURL.indexOf("http") === 0) return get(`/v1/metadata?url=${fileIdOrURL}`);
    return get(`/v1/files/${fileIdOrURL}/metadata`);
  },
  updateFileDetails(fileId, data) {
    if (!fileId) return { error: fail("FILE_ID_MISSING") };
    if (!isObject(data)) return { error: fail("UPDATE_DATA_MISSING") };
    const { tags, customCoordinates, extensions, webhookUrl, customMetadata, publish } = data;
    const json = { tags, customCoordinates, extensions, webhookUrl, customMetadata };
    if (publish) json.publish = publish;
    return { method: "PATCH", path: `/v1/files/${fileId}/details`, json };
  },
  bulkAddTags: (fileIds, tags) => bulk(fileIds, tags, "/v1/files/addTags", "tags"),
  bulkRemoveTags: (fileIds, tags) => bulk(fileIds, tags, "/v1/files/removeTags", "tags"),
  bulkRemoveAITags: (fileIds, tags) => bulk(fileIds, tags, "/v1/files/removeAITags", "AITags"),
  deleteFile: (fileId) => byId(fileId, "FILE_ID_MISSING", "DELETE", `/v1/files/${fileId}`),
  deleteFileVersion: (options) => version(options, "", "DELETE"),
  restoreFileVersion: (options) => version(options, "/restore", "PUT"),
  purgeCache(url) {
    // 6.x's own test: a TypeError for undefined/null, the message for "".
    if (!url && !url.length) return { error: fail("CACHE_PURGE_URL_MISSING") };
    return { method: "POST", path: "/v1/files/purge", json: { url } };
  },
  getPurgeCacheStatus(requestId) {
    if (!requestId && !requestId.length) return { error: fail("CACHE_PURGE_STATUS_ID_MISSING") };
    return get(`/v1/files/purge/${requestId}`);
  },
  bulkDeleteFiles(fileIds) {
    if (!stringArray(fileIds)) return { error: fail("INVALID_FILEIDS_VALUE") };
    return { method: "POST", path: "/v1/files/batch/deleteByFileIds", json: { fileIds } };
  },
  copyFile: (o) => copy(o, "sourceFilePath", "INVALID_SOURCE_FILE_PATH", "/v1/files/copy"),
  moveFile: (o) => move(o, "sourceFilePath", "INVALID_SOURCE_FILE_PATH", "/v1/files/move"),
  renameFile(options) {
    const filePath = options.filePath, newFileName = options.newFileName;
    const purgeCache = options.purgeCache === undefined ? false : options.purgeCache;
    if (!nonEmptyString(filePath)) return { error: fail("INVALID_FILE_PATH") };
    if (!nonEmptyString(newFileName)) return { error: fail("INVALID_NEW_FILE_NAME") };
    if (typeof purgeCache !== "boolean") return { error: fail("INVALID_PURGE_CACHE") };
    return { method: "PUT", path: "/v1/files/rename", json: { filePath, newFileName, purgeCache } };
  },
  createFolder(options) {
    const folderName = options.folderName, parentFolderPath = options.parentFolderPath;
    if (!nonEmptyString(folderName)) return { error: fail("INVALID_FOLDER_NAME") };
    if (!nonEmptyString(parentFolderPath)) return { error: fail("INVALID_PARENT_FOLDER_PATH") };
    return { method: "POST", path: "/v1/folder", json: { folderName, parentFolderPath } };
  },
  deleteFolder(folderPath) {
    if (!nonEmptyString(folderPath)) return { error: fail("INVALID_FOLDER_PATH") };
    return { method: "DELETE", path: "/v1/folder", json: { folderPath } };
  },
  copyFolder: (o) => copy(o, "sourceFolderPath", "INVALID_SOURCE_FOLDER_PATH", "/v1/bulkJobs/copyFolder"),
  moveFolder: (o) => move(o, "sourceFolderPath", "INVALID_SOURCE_FOLDER_PATH", "/v1/bulkJobs/moveFolder"),
  getBulkJobStatus: (jobId) => byId(jobId, "JOB_ID_MISSING", "GET", `/v1/bulkJobs/${jobId}`),
  createCustomMetadataField(options) {
    const name = options.name, label = options.label, schema = options.schema;
    if (!name || !name.length) return { error: fail("CMF_NAME_MISSING") };
    if (!label || !label.length) return { error: fail("CMF_LABEL_MISSING") };
    if (!schema) return { error: fail("CMF_SCHEMA_MISSING") };
    if (!schema.type) return { error: fail("CMF_SCHEMA_INVALID") };
    return { method: "POST", path: "/v1/customMetadataFields", json: { name, label, schema } };
  },
  getCustomMetadataFields(options) {
    const { includeDeleted = false } = options || {};
    return { method: "GET", path: "/v1/customMetadataFields", query: { includeDeleted } };
  },
  updateCustomMetadataField(fieldIdValue, options) {
    if (!fieldId(fieldIdValue)) return { error: fail("CMF_FIELD_ID_MISSING") };
    const label = options.label, schema = options.schema;
    if (!label && !schema) return { error: fail("CMF_LABEL_SCHEMA_MISSING") };
    const json = {};
    if (label) json.label = label;
    if (schema) json.schema = schema;
    return { method: "PATCH", path: `/v1/customMetadataFields/${fieldIdValue}`, json };
  },
  deleteCustomMetadataField(fieldIdValue) {
    if (!fieldId(fieldIdValue)) return { error: fail("CMF_FIELD_ID_MISSING") };
    return { method: "DELETE", path: `/v1/customMetadataFields/${fieldIdValue}` };
  },
};

/** axios's query serialisation (1.x): `null`/`undefined` left out, arrays as `key[]=v`, objects as `key[sub]=v`,
 * Dates as ISO text, and its encoding, which keeps `: $ , [ ]` and writes a space as `+`. */
export function axiosQuery(params) {
  const encode = (s) => encodeURIComponent(s).replace(/%3A/gi, ":").replace(/%24/g, "$").replace(/%2C/gi, ",")
    .replace(/%20/g, "+").replace(/%5B/gi, "[").replace(/%5D/gi, "]");
  const pairs = [];
  const add = (key, v) => {
    if (v === null || v === undefined) return;
    if (Array.isArray(v)) for (const x of v) add(`${key}[]`, x);
    else if (v instanceof Date) pairs.push(`${encode(key)}=${encode(v.toISOString())}`);
    else if (typeof v === "object") for (const k of Object.keys(v)) add(`${key}[${k}]`, v[k]);
    else pairs.push(`${encode(key)}=${encode(String(v))}`);
  };
  for (const k of Object.keys(params)) add(k, params[k]);
  return pairs.join("&");
}
