// In-memory media library: files (each with versions), folders, custom metadata fields, jobs, purges.
import { randomBytes } from "node:crypto";
import { notFound, FILE_NOT_FOUND } from "./errors.mjs";

let seq = 0;
/** 24-hex ids in the style of ImageKit's (Mongo ObjectId-like). */
export function newId() {
  const ts = Math.floor(Date.now() / 1000).toString(16).padStart(8, "0");
  seq = (seq + 1) % 0xffffff;
  return ts + randomBytes(5).toString("hex") + seq.toString(16).padStart(6, "0");
}

export function normalizeFolder(p) {
  const parts = String(p ?? "/").split("/").filter((s) => s && s !== ".");
  return `/${parts.join("/")}`;
}

export function joinPath(folder, name) {
  return folder === "/" ? `/${name}` : `${folder}/${name}`;
}

export function splitFilePath(filePath) {
  const norm = normalizeFolder(filePath);
  const i = norm.lastIndexOf("/");
  return { folder: i <= 0 ? "/" : norm.slice(0, i), name: norm.slice(i + 1) };
}

/** ImageKit replaces characters other than letters, digits, '.', '_' and '-' with '_'. */
export function sanitizeFileName(name) {
  return String(name).replace(/[^\p{L}\p{N}._-]/gu, "_");
}

export function isInside(path, folder) {
  return folder === "/" ? path.startsWith("/") : path === folder || path.startsWith(`${folder}/`);
}

const nowIso = () => new Date().toISOString();

export class Store {
  constructor(urlEndpoint) {
    this.urlEndpoint = urlEndpoint;
    this.clear();
  }

  clear() {
    this.files = new Map(); // fileId -> asset
    this.pathIndex = new Map(); // filePath -> fileId
    this.folders = new Map(); // folderPath -> folder
    this.fields = new Map(); // id -> custom metadata field
    this.jobs = new Map();
    this.purges = new Map();
    this.usedTokens = new Set();
    // The account resources of routes-accounts.mjs, id -> stored object, in creation order.
    this.savedExtensions = new Map();
    this.namedTransformations = new Map();
    this.origins = new Map();
    this.urlEndpoints = new Map();
    this.seq = 0; // creation order, the tie-breaker of list sorting
  }

  // ---- folders
  folderExists(path) {
    return path === "/" || this.folders.has(path);
  }

  ensureFolder(path) {
    const norm = normalizeFolder(path);
    if (norm === "/") return null;
    const parts = norm.split("/").filter(Boolean);
    let cur = "";
    for (const part of parts) {
      cur += `/${part}`;
      if (!this.folders.has(cur)) {
        const t = nowIso();
        this.folders.set(cur, { folderId: newId(), name: part, folderPath: cur, createdAt: t, updatedAt: t, seq: ++this.seq });
      }
    }
    return this.folders.get(norm);
  }

  folderObject(f) {
    return { type: "folder", name: f.name, folderPath: f.folderPath, folderId: f.folderId, createdAt: f.createdAt, updatedAt: f.updatedAt, customMetadata: {} };
  }

  // ---- files
  getAsset(fileId) {
    const a = this.files.get(fileId);
    if (!a) throw notFound(FILE_NOT_FOUND);
    return a;
  }

  findByPath(filePath) {
    const id = this.pathIndex.get(normalizeFolder(filePath));
    return id ? this.files.get(id) : undefined;
  }

  current(asset) {
    return asset.versions.find((v) => v.id === asset.currentId);
  }

  getVersion(asset, versionId) {
    const v = asset.versions.find((x) => x.id === versionId);
    if (!v) throw notFound("The requested file version does not exist.");
    return v;
  }

  /** data: {bytes, mime, fileType, size, width, height, hasAlpha, tags, AITags, customCoordinates, customMetadata, isPrivateFile, isPublished, description} */
  createAsset(folder, name, data) {
    const fileId = newId();
    this.ensureFolder(folder);
    const asset = { fileId, name, folder, filePath: joinPath(folder, name), versions: [], currentId: null, nextNumber: 1, seq: ++this.seq, createdAt: nowIso() };
    this.files.set(fileId, asset);
    this.pathIndex.set(asset.filePath, fileId);
    this.addVersion(asset, data, fileId); // the first version's id is the file id, as on ImageKit
    return asset;
  }

  addVersion(asset, data, id = newId()) {
    const t = nowIso();
    const v = { tags: [], AITags: null, customCoordinates: null, customMetadata: {}, isPrivateFile: false, isPublished: true, ...data, id, number: asset.nextNumber++, createdAt: t, updatedAt: t, seq: ++this.seq };
    asset.versions.push(v);
    asset.currentId = v.id;
    return v;
  }

  removeAsset(asset) {
    this.files.delete(asset.fileId);
    if (this.pathIndex.get(asset.filePath) === asset.fileId) this.pathIndex.delete(asset.filePath);
  }

  relocate(asset, folder, name) {
    if (this.pathIndex.get(asset.filePath) === asset.fileId) this.pathIndex.delete(asset.filePath);
    this.ensureFolder(folder);
    asset.folder = folder;
    asset.name = name;
    asset.filePath = joinPath(folder, name);
    this.pathIndex.set(asset.filePath, asset.fileId);
    const v = this.current(asset);
    if (v) v.updatedAt = nowIso();
  }

  /** Copy `versions` (oldest first) to `folder`: appended to an existing file of that name, or a new file. */
  copyVersionsTo(versions, folder, name) {
    const existing = this.findByPath(joinPath(folder, name));
    const strip = ({ id, number, createdAt, updatedAt, seq, ...data }) => data;
    if (existing) {
      for (const v of versions) this.addVersion(existing, strip(v));
      return existing;
    }
    const asset = this.createAsset(folder, name, strip(versions[0]));
    for (const v of versions.slice(1)) this.addVersion(asset, strip(v));
    return asset;
  }

  assetsInside(folder) {
    return [...this.files.values()].filter((a) => isInside(a.folder, folder));
  }

  fileUrl(asset, version) {
    const base = `${this.urlEndpoint}${encodeURI(asset.filePath)}`;
    return version && version.id !== asset.currentId ? `${base}?ik-obj-version=${version.id}` : base;
  }

  thumbnailUrl(asset, version) {
    return version.fileType === "image" ? `${this.urlEndpoint}/tr:n-ik_ml_thumbnail${encodeURI(asset.filePath)}` : "";
  }

  /** The File object of the Media API (details, list, versions). */
  fileObject(asset, version = this.current(asset)) {
    const isCurrent = version.id === asset.currentId;
    const o = {
      type: isCurrent ? "file" : "file-version",
      name: asset.name,
      createdAt: isCurrent ? asset.createdAt : version.createdAt,
      updatedAt: version.updatedAt,
      fileId: asset.fileId,
      tags: version.tags.length ? [...version.tags] : null,
      AITags: version.AITags,
      versionInfo: { id: version.id, name: `Version ${version.number}` },
      embeddedMetadata: version.fileType === "image" && version.width ? { ImageWidth: version.width, ImageHeight: version.height } : {},
      isPublished: version.isPublished,
      customCoordinates: version.customCoordinates,
      customMetadata: { ...version.customMetadata },
      isPrivateFile: version.isPrivateFile,
      url: this.fileUrl(asset, version),
      thumbnail: this.thumbnailUrl(asset, version),
      fileType: version.fileType,
      filePath: asset.filePath,
      size: version.size,
      hasAlpha: version.hasAlpha,
      mime: version.mime,
    };
    if (version.width !== undefined) Object.assign(o, { height: version.height, width: version.width });
    if (version.description !== undefined) o.description = version.description;
    return o;
  }

  newJob(type) {
    const job = { jobId: newId(), type, status: "Completed" };
    this.jobs.set(job.jobId, job);
    return job;
  }

  newPurge(url) {
    const requestId = newId();
    this.purges.set(requestId, { requestId, url, status: "Completed" });
    return requestId;
  }
}
