// Media API: list/search, details, versions, tags, delete, copy/move/rename.
import { badRequest, notFound, conflict } from "./errors.mjs";
import { normalizeFolder, splitFilePath, sanitizeFileName, joinPath, isInside } from "./store.mjs";
import { compileSearch } from "./search-query.mjs";
import { applyCustomMetadata } from "./routes-metadata.mjs";
import { allowKeys, requireString, optionalBool, stringArray, COORDS_RE } from "./validate.mjs";

const TYPES = ["file", "file-version", "folder", "all"];
const SORT_FIELDS = { NAME: "name", CREATED: "createdAt", UPDATED: "updatedAt", HEIGHT: "height", WIDTH: "width", SIZE: "size", RELEVANCE: "createdAt" };

function intParam(query, key, dflt, min, max) {
  const raw = query.get(key);
  if (raw === null || raw === "") return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw badRequest(`${key} must be an integer between ${min} and ${max}.`);
  return n;
}

function listFiles({ store, query }) {
  const type = query.get("includeFolder") === "true" && !query.get("type") ? "all" : query.get("type") || "file";
  if (!TYPES.includes(type)) throw badRequest(`type must be one of ${TYPES.join(", ")}.`);
  const sort = (query.get("sort") || "ASC_CREATED").toUpperCase();
  const sm = /^(ASC|DESC)_(\w+)$/.exec(sort);
  if (!sm || !SORT_FIELDS[sm[2]]) throw badRequest("Invalid sort parameter.");
  const fileType = query.get("fileType") || "all";
  if (!["all", "image", "non-image"].includes(fileType)) throw badRequest("fileType must be one of all, image, non-image.");
  const limit = intParam(query, "limit", 1000, 1, 1000);
  const skip = intParam(query, "skip", 0, 0, Number.MAX_SAFE_INTEGER);
  const searchQuery = query.get("searchQuery");
  const predicate = searchQuery ? compileSearch(searchQuery) : null;
  const path = query.get("path") ? normalizeFolder(query.get("path")) : null;
  // `path` alone lists one folder's direct children; with a searchQuery it searches the whole subtree.
  const inPath = (folder) => !path || (predicate ? isInside(folder, path) : folder === path);
  const tags = !predicate && query.get("tags") ? query.get("tags").split(",").map((t) => t.trim()).filter(Boolean) : null;
  const name = !predicate ? query.get("name") : null;

  const entries = [];
  if (type !== "folder") {
    for (const asset of store.files.values()) {
      if (!inPath(asset.folder)) continue;
      const versions = type === "file-version" ? asset.versions.filter((v) => v.id !== asset.currentId) : [store.current(asset)];
      for (const v of versions) {
        if (fileType !== "all" && v.fileType !== fileType) continue;
        if (tags && !tags.some((t) => v.tags.includes(t))) continue;
        entries.push({ obj: store.fileObject(asset, v), seq: type === "file-version" ? v.seq : asset.seq });
      }
    }
  }
  if (type === "folder" || type === "all") {
    for (const f of store.folders.values()) {
      if (!inPath(splitFilePath(f.folderPath).folder)) continue;
      entries.push({ obj: store.folderObject(f), seq: f.seq });
    }
  }
  let list = entries.filter((e) => (!predicate || predicate(e.obj)) && (!name || e.obj.name === name));
  const key = SORT_FIELDS[sm[2]], dir = sm[1] === "ASC" ? 1 : -1;
  const val = (o) => (key === "createdAt" || key === "updatedAt" ? Date.parse(o[key]) : o[key] ?? (key === "name" ? "" : -1));
  list.sort((a, b) => {
    const x = val(a.obj), y = val(b.obj);
    const c = typeof x === "string" ? x.localeCompare(y) : x - y;
    return dir * (c || a.seq - b.seq);
  });
  return { body: list.slice(skip, skip + limit).map((e) => e.obj) };
}

function updateDetails({ store, params, body }) {
  allowKeys(body, ["tags", "customCoordinates", "customMetadata", "removeAITags", "webhookUrl", "extensions", "description", "publish"]);
  const asset = store.getAsset(params.id);
  const v = store.current(asset);
  if (body.publish !== undefined) {
    if (Object.keys(body).length > 1) throw badRequest("publish cannot be combined with other parameters.");
    const p = body.publish;
    if (!p || typeof p !== "object" || typeof p.isPublished !== "boolean") throw badRequest("publish.isPublished must be a boolean.");
    for (const x of p.includeFileVersions ? asset.versions : [v]) x.isPublished = p.isPublished;
  }
  if (body.tags !== undefined && body.tags !== null && !(Array.isArray(body.tags) && body.tags.every((t) => typeof t === "string"))) throw badRequest("tags must be an array of strings or null.");
  if (body.customCoordinates !== undefined && body.customCoordinates !== null && !(typeof body.customCoordinates === "string" && (body.customCoordinates === "" || COORDS_RE.test(body.customCoordinates)))) {
    throw badRequest("customCoordinates must be in the format x,y,width,height.");
  }
  const rm = body.removeAITags;
  if (rm !== undefined && rm !== "all" && !(Array.isArray(rm) && rm.every((t) => typeof t === "string"))) throw badRequest('removeAITags must be an array of strings or "all".');
  if (body.webhookUrl !== undefined && !/^https?:\/\/\S+$/.test(String(body.webhookUrl))) throw badRequest("webhookUrl must be a valid http(s) URL.");
  if (body.extensions !== undefined && !(Array.isArray(body.extensions) && body.extensions.every((e) => e && typeof e.name === "string"))) throw badRequest("extensions must be an array of objects with a name.");
  if (body.description !== undefined && typeof body.description !== "string") throw badRequest("description must be a string.");
  const meta = applyCustomMetadata(store, body.customMetadata, v.customMetadata);
  if (body.tags !== undefined) v.tags = [...new Set(body.tags ?? [])];
  if (body.customCoordinates !== undefined) v.customCoordinates = body.customCoordinates || null;
  v.customMetadata = meta;
  if (rm === "all") v.AITags = null;
  else if (rm && v.AITags) v.AITags = v.AITags.filter((t) => !rm.includes(t.name));
  if (body.description !== undefined) v.description = body.description;
  v.updatedAt = new Date().toISOString();
  const out = store.fileObject(asset);
  if (body.extensions?.length) out.extensionStatus = Object.fromEntries(body.extensions.map((e) => [e.name, "pending"]));
  return { body: out };
}

function bulkTags(kind) {
  return ({ store, body }) => {
    const tagKey = kind === "removeAITags" ? "AITags" : "tags";
    allowKeys(body, ["fileIds", tagKey]);
    const ids = stringArray(body, "fileIds", { max: 50 });
    const tags = stringArray(body, tagKey);
    const missing = ids.filter((id) => !store.files.has(id));
    if (missing.length) throw notFound("The requested file(s) does not exist.", { missingFileIds: missing });
    for (const id of ids) {
      const v = store.current(store.files.get(id));
      if (kind === "addTags") v.tags = [...new Set([...v.tags, ...tags])];
      else if (kind === "removeTags") v.tags = v.tags.filter((t) => !tags.includes(t));
      else if (v.AITags) v.AITags = v.AITags.filter((t) => !tags.includes(t.name));
      v.updatedAt = new Date().toISOString();
    }
    return { body: { successfullyUpdatedFileIds: ids } };
  };
}

function sourceFile(store, filePath) {
  const asset = store.findByPath(filePath);
  if (!asset) throw notFound(`No file found with filePath ${filePath}`, { reason: "SOURCE_FILE_MISSING" });
  return asset;
}

export const fileRoutes = [
  ["GET", "/v1/files", listFiles],
  ["GET", "/v1/files/:id/details", ({ store, params }) => ({ body: store.fileObject(store.getAsset(params.id)) })],
  ["PATCH", "/v1/files/:id/details", updateDetails],
  ["GET", "/v1/files/:id/versions", ({ store, params }) => {
    const a = store.getAsset(params.id);
    return { body: a.versions.map((v) => store.fileObject(a, v)) };
  }],
  ["GET", "/v1/files/:id/versions/:vid", ({ store, params }) => {
    const a = store.getAsset(params.id);
    return { body: store.fileObject(a, store.getVersion(a, params.vid)) };
  }],
  ["DELETE", "/v1/files/:id/versions/:vid", ({ store, params }) => {
    const a = store.getAsset(params.id);
    const v = store.getVersion(a, params.vid);
    if (v.id === a.currentId) throw badRequest("You cannot delete the current version of a file.");
    a.versions = a.versions.filter((x) => x !== v);
    return { status: 204 };
  }],
  ["PUT", "/v1/files/:id/versions/:vid/restore", ({ store, params }) => {
    const a = store.getAsset(params.id);
    const v = store.getVersion(a, params.vid);
    a.currentId = v.id;
    v.updatedAt = new Date().toISOString();
    return { body: store.fileObject(a) };
  }],
  ["POST", "/v1/files/addTags", bulkTags("addTags")],
  ["POST", "/v1/files/removeTags", bulkTags("removeTags")],
  ["POST", "/v1/files/removeAITags", bulkTags("removeAITags")],
  ["DELETE", "/v1/files/:id", ({ store, params }) => {
    store.removeAsset(store.getAsset(params.id));
    return { status: 204 };
  }],
  ["POST", "/v1/files/batch/deleteByFileIds", ({ store, body }) => {
    allowKeys(body, ["fileIds"]);
    const ids = stringArray(body, "fileIds", { max: 100 });
    const missing = ids.filter((id) => !store.files.has(id));
    if (missing.length) throw notFound("The requested file(s) does not exist.", { missingFileIds: missing });
    for (const id of ids) store.removeAsset(store.files.get(id));
    return { body: { successfullyDeletedFileIds: ids } };
  }],
  ["POST", "/v1/files/copy", ({ store, body }) => {
    allowKeys(body, ["sourceFilePath", "destinationPath", "includeFileVersions"]);
    const src = sourceFile(store, requireString(body, "sourceFilePath"));
    const dest = normalizeFolder(requireString(body, "destinationPath"));
    const withVersions = optionalBool(body, "includeFileVersions", false);
    store.copyVersionsTo(withVersions ? src.versions : [store.current(src)], dest, src.name);
    return { status: 204 };
  }],
  ["POST", "/v1/files/move", ({ store, body }) => {
    allowKeys(body, ["sourceFilePath", "destinationPath"]);
    const src = sourceFile(store, requireString(body, "sourceFilePath"));
    const dest = normalizeFolder(requireString(body, "destinationPath"));
    if (dest === src.folder) throw badRequest("The file is already in the destination folder.");
    if (store.findByPath(joinPath(dest, src.name))) {
      store.copyVersionsTo(src.versions, dest, src.name);
      store.removeAsset(src);
    } else store.relocate(src, dest, src.name);
    return { status: 204 };
  }],
  ["PUT", "/v1/files/rename", ({ store, body }) => {
    allowKeys(body, ["filePath", "newFileName", "purgeCache"]);
    const src = sourceFile(store, requireString(body, "filePath"));
    const raw = requireString(body, "newFileName");
    if (raw.includes("/")) throw badRequest("newFileName cannot contain a slash.");
    const purge = optionalBool(body, "purgeCache", false);
    const name = sanitizeFileName(raw);
    const other = store.findByPath(joinPath(src.folder, name));
    if (other && other !== src) throw conflict("File with the same name already exists at the destination.", { reason: "FILE_ALREADY_EXISTS" });
    const oldUrl = store.fileUrl(src);
    store.relocate(src, src.folder, name);
    return { body: purge ? { purgeRequestId: store.newPurge(oldUrl) } : {} };
  }],
];
