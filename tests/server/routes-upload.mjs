// POST /api/v1/files/upload and /api/v2/files/upload (multipart/form-data; urlencoded also accepted). They differ
// only in client-side authentication: v1 takes publicKey + token + signature + expire, v2 a JWT `token`.
import { randomBytes } from "node:crypto";
import { badRequest } from "./errors.mjs";
import { normalizeFolder, sanitizeFileName, joinPath } from "./store.mjs";
import { describeFile, imageMetadata } from "./image-info.mjs";
import { compileSearch } from "./search-query.mjs";
import { applyCustomMetadata } from "./routes-metadata.mjs";
import { authenticateUpload, authenticateUploadV2 } from "./auth.mjs";
import { COORDS_RE } from "./validate.mjs";

const RESPONSE_FIELDS = ["tags", "customCoordinates", "isPrivateFile", "embeddedMetadata", "isPublished", "customMetadata", "metadata", "selectedFieldsSchema"];
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function bool(fields, key, dflt) {
  const v = fields[key];
  if (v === undefined || v === "") return dflt;
  if (v === "true" || v === "1") return true;
  if (v === "false" || v === "0") return false;
  throw badRequest(`${key} must be true or false.`);
}

function json(fields, key, check, what) {
  if (fields[key] === undefined || fields[key] === "") return undefined;
  let v;
  try { v = JSON.parse(fields[key]); } catch { throw badRequest(`${key} must be valid JSON.`); }
  if (!check(v)) throw badRequest(`${key} must be ${what}.`);
  return v;
}

function uniqueName(name) {
  const bytes = randomBytes(9);
  const suffix = Array.from(bytes, (b) => ALNUM[b % ALNUM.length]).join("");
  const dot = name.lastIndexOf(".");
  return dot > 0 ? `${name.slice(0, dot)}_${suffix}${name.slice(dot)}` : `${name}_${suffix}`;
}

async function fileBytes(files, fields) {
  if (files.file) return files.file.data;
  const s = fields.file;
  if (s === undefined || s === "") throw badRequest("Missing file parameter for upload.");
  if (/^https?:\/\//i.test(s)) {
    try {
      const r = await fetch(s, { signal: AbortSignal.timeout(30000) });
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return Buffer.from(await r.arrayBuffer());
    } catch {
      throw badRequest("We could not fetch the file from the URL provided. Please check the URL.");
    }
  }
  const m = /^data:[^,]*?(;base64)?,(.*)$/s.exec(s);
  const b64 = m ? m[2] : s;
  if (m && !m[1]) return Buffer.from(decodeURIComponent(b64));
  if (!/^[A-Za-z0-9+/=_\-\s]*$/.test(b64)) throw badRequest("Invalid file parameter: expected binary data, a base64 string or a URL.");
  return Buffer.from(b64, "base64");
}

export async function upload({ req, store, config, form }) {
  if (!form) throw badRequest("The upload request must be multipart/form-data.");
  const { fields, files } = form;
  const v2 = new URL(req.url, "http://x").pathname === "/api/v2/files/upload";
  (v2 ? authenticateUploadV2 : authenticateUpload)(req, fields, config, store);
  if (!fields.fileName) throw badRequest("Missing fileName parameter for upload.");
  const bytes = await fileBytes(files, fields);

  const useUnique = bool(fields, "useUniqueFileName", true);
  const isPrivateFile = bool(fields, "isPrivateFile", false);
  const overwriteFile = bool(fields, "overwriteFile", true);
  const overwriteAITags = bool(fields, "overwriteAITags", true);
  const overwriteTags = bool(fields, "overwriteTags", true);
  const overwriteCustomMetadata = bool(fields, "overwriteCustomMetadata", true);
  const isPublished = bool(fields, "isPublished", true);
  const tags = fields.tags !== undefined ? [...new Set(fields.tags.split(",").map((t) => t.trim()).filter(Boolean))] : undefined;
  const folder = normalizeFolder(fields.folder ?? "/");
  const coords = fields.customCoordinates;
  if (coords && !COORDS_RE.test(coords)) throw badRequest("customCoordinates must be in the format x,y,width,height.");
  const responseFields = fields.responseFields ? fields.responseFields.split(",").map((s) => s.trim()).filter(Boolean) : [];
  for (const f of responseFields) if (!RESPONSE_FIELDS.includes(f)) throw badRequest(`Invalid responseFields value "${f}".`);
  const extensions = json(fields, "extensions", (v) => Array.isArray(v) && v.every((e) => e && typeof e.name === "string"), "a JSON array of extensions");
  const cm = json(fields, "customMetadata", (v) => v && typeof v === "object" && !Array.isArray(v), "a JSON object");
  json(fields, "transformation", (v) => v && typeof v === "object" && !Array.isArray(v) && (v.pre === undefined || typeof v.pre === "string") && (v.post === undefined || Array.isArray(v.post)), "a JSON object {pre?, post?}");
  if (fields.webhookUrl && !/^https?:\/\/\S+$/.test(fields.webhookUrl)) throw badRequest("webhookUrl must be a valid http(s) URL.");

  const desc = describeFile(bytes, fields.fileName);
  if (fields.checks) {
    let pass;
    try { pass = compileSearch(fields.checks.replace(/"file\.(size|mime)"/g, "$1"))({ size: desc.size, mime: desc.mime }); } catch { throw badRequest("The checks parameter is invalid."); }
    if (!pass) throw badRequest("Your request failed the upload checks.", { reason: "CHECKS_FAILED" });
  }
  const baseName = sanitizeFileName(fields.fileName);
  const name = useUnique ? uniqueName(baseName) : baseName;
  const existing = store.findByPath(joinPath(folder, name));
  if (existing && !overwriteFile) {
    throw badRequest("A file with the same name already exists at the exact location. We could not overwrite it because both overwriteFile and useUniqueFileName are set to false.");
  }
  const prev = existing && store.current(existing);
  const data = {
    bytes, mime: desc.mime, fileType: desc.fileType, size: desc.size, width: desc.width, height: desc.height, hasAlpha: desc.hasAlpha,
    tags: tags ?? (prev && !overwriteTags ? prev.tags : []),
    AITags: prev && !overwriteAITags ? prev.AITags : null,
    customCoordinates: coords || null,
    customMetadata: cm !== undefined ? applyCustomMetadata(store, cm, {}) : prev && !overwriteCustomMetadata ? prev.customMetadata : applyCustomMetadata(store, {}, {}),
    isPrivateFile, isPublished,
    ...(fields.description !== undefined ? { description: fields.description } : {}),
  };
  const asset = existing ?? store.createAsset(folder, name, data);
  const version = existing ? store.addVersion(existing, data) : store.current(asset);

  const out = {
    fileId: asset.fileId, name: asset.name, size: version.size,
    versionInfo: { id: version.id, name: `Version ${version.number}` },
    filePath: asset.filePath, url: store.fileUrl(asset), fileType: version.fileType,
    ...(version.width !== undefined ? { height: version.height, width: version.width } : {}),
    thumbnailUrl: store.thumbnailUrl(asset, version), AITags: version.AITags,
    tags: version.tags.length ? [...version.tags] : null, isPrivateFile, customCoordinates: version.customCoordinates,
    isPublished, customMetadata: { ...version.customMetadata },
    ...(version.description !== undefined ? { description: version.description } : {}),
  };
  if (responseFields.includes("metadata")) out.metadata = imageMetadata(bytes) ?? { size: bytes.length };
  if (responseFields.includes("embeddedMetadata")) out.embeddedMetadata = store.fileObject(asset).embeddedMetadata;
  if (extensions?.length) out.extensionStatus = Object.fromEntries(extensions.map((e) => [e.name, "pending"]));
  return { body: out };
}
