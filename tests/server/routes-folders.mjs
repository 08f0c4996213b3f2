// Folders, bulk jobs (copy/move/rename folder, completed synchronously) and cache purge.
import { badRequest, notFound } from "./errors.mjs";
import { normalizeFolder, joinPath, splitFilePath, isInside, sanitizeFileName } from "./store.mjs";
import { allowKeys, requireString, optionalBool } from "./validate.mjs";

function existingFolder(store, raw, key = "folderPath") {
  const path = normalizeFolder(raw);
  if (path === "/" || !store.folders.has(path)) {
    throw notFound(`No folder found with ${key} ${raw}`, { reason: "FOLDER_NOT_FOUND" });
  }
  return path;
}

/** Copy (or move) folder `src` to become `<destParent>/<newName>`. */
function transplant(store, src, destParent, newName, { move, withVersions }) {
  const dest = joinPath(destParent, newName);
  if (isInside(dest, src)) throw badRequest("A folder cannot be copied or moved into itself.");
  const mapFolder = (p) => dest + p.slice(src.length);
  store.ensureFolder(dest);
  for (const f of [...store.folders.values()]) if (isInside(f.folderPath, src)) store.ensureFolder(mapFolder(f.folderPath));
  for (const asset of store.assetsInside(src)) {
    const target = mapFolder(asset.folder);
    if (move) {
      if (store.findByPath(joinPath(target, asset.name))) {
        store.copyVersionsTo(asset.versions, target, asset.name);
        store.removeAsset(asset);
      } else store.relocate(asset, target, asset.name);
    } else store.copyVersionsTo(withVersions ? asset.versions : [store.current(asset)], target, asset.name);
  }
  if (move) for (const p of [...store.folders.keys()]) if (isInside(p, src)) store.folders.delete(p);
}

export const folderRoutes = [
  ["POST", "/v1/folder", ({ store, body }) => {
    allowKeys(body, ["folderName", "parentFolderPath"]);
    const name = requireString(body, "folderName");
    const parent = normalizeFolder(body.parentFolderPath ?? "/");
    const clean = name.split("/").filter(Boolean).map(sanitizeFileName).join("/");
    if (!clean) throw badRequest("Missing or invalid parameter folderName.");
    store.ensureFolder(joinPath(parent, clean)); // idempotent, like ImageKit: an existing folder is not an error
    return { status: 201, body: {} };
  }],
  ["DELETE", "/v1/folder", ({ store, body }) => {
    allowKeys(body, ["folderPath"]);
    const path = existingFolder(store, requireString(body, "folderPath"));
    for (const asset of store.assetsInside(path)) store.removeAsset(asset);
    for (const p of [...store.folders.keys()]) if (isInside(p, path)) store.folders.delete(p);
    return { status: 204 };
  }],
  ["POST", "/v1/bulkJobs/copyFolder", ({ store, body }) => {
    allowKeys(body, ["sourceFolderPath", "destinationPath", "includeFileVersions", "includeVersions"]);
    const src = existingFolder(store, requireString(body, "sourceFolderPath"), "sourceFolderPath");
    const dest = normalizeFolder(requireString(body, "destinationPath"));
    const withVersions = optionalBool(body, "includeFileVersions", false) || optionalBool(body, "includeVersions", false);
    transplant(store, src, dest, splitFilePath(src).name, { move: false, withVersions });
    return { body: { jobId: store.newJob("COPY_FOLDER").jobId } };
  }],
  ["POST", "/v1/bulkJobs/moveFolder", ({ store, body }) => {
    allowKeys(body, ["sourceFolderPath", "destinationPath"]);
    const src = existingFolder(store, requireString(body, "sourceFolderPath"), "sourceFolderPath");
    const dest = normalizeFolder(requireString(body, "destinationPath"));
    transplant(store, src, dest, splitFilePath(src).name, { move: true });
    return { body: { jobId: store.newJob("MOVE_FOLDER").jobId } };
  }],
  ["POST", "/v1/bulkJobs/renameFolder", ({ store, body }) => {
    allowKeys(body, ["folderPath", "newFolderName", "purgeCache"]);
    const src = existingFolder(store, requireString(body, "folderPath"));
    const newName = requireString(body, "newFolderName");
    if (newName.includes("/")) throw badRequest("newFolderName cannot contain a slash.");
    const parent = splitFilePath(src).folder;
    if (store.folderExists(joinPath(parent, sanitizeFileName(newName)))) throw badRequest("A folder with this name already exists.");
    transplant(store, src, parent, sanitizeFileName(newName), { move: true });
    const job = store.newJob("RENAME_FOLDER");
    if (optionalBool(body, "purgeCache", false)) job.purgeRequestId = store.newPurge(`${store.urlEndpoint}${src}/*`);
    return { body: { jobId: job.jobId } };
  }],
  ["GET", "/v1/bulkJobs/:jobId", ({ store, params }) => {
    const job = store.jobs.get(params.jobId);
    if (!job) throw notFound("No job found with this jobId.");
    return { body: { ...job } };
  }],
  ["POST", "/v1/files/purge", ({ store, body }) => {
    allowKeys(body, ["url"]);
    const url = requireString(body, "url");
    if (!/^https?:\/\/\S+$/.test(url)) throw badRequest("url must be a valid http(s) URL.");
    return { status: 201, body: { requestId: store.newPurge(url) } };
  }],
  ["GET", "/v1/files/purge/:requestId", ({ store, params }) => {
    const p = store.purges.get(params.requestId);
    if (!p) throw notFound("No purge request found with this requestId.");
    return { body: { status: p.status } };
  }],
];
