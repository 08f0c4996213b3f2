// `upload()` of `imagekit` 6.0.0: its checks (the file, the name, `transformation.pre`/`post`) and its form fields
// in the caller's key order, serialised as 6.x does: `tags`/`responseFields` arrays comma-joined, `extensions`,
// `customMetadata` and `transformation` JSON-encoded, anything else `String(value)`. A string `file` (URL, base64,
// data URI) is a plain field; bytes, a Blob or a stream (a Node readable, a web ReadableStream) is a file part named
// `fileName`, typed from its name as form-data types it. Streams are read as the request is sent.
import { argumentError as fail } from "./imagekit-messages.js";
import { bytesOf, typeOfName } from "./http.js";

const isObject = (v) => v !== null && (typeof v === "object" || typeof v === "function");
const keys = (o) => Object.keys(o);

/** 6.x's checks of `transformation`: `pre` and/or `post`; each `post` step of type abs/transformation has a value. */
function transformationError(t) {
  if (!t) return undefined;
  const k = keys(t);
  if (!(k.includes("pre") || k.includes("post"))) return fail("INVALID_TRANSFORMATION");
  if (k.includes("pre") && !t.pre) return fail("INVALID_PRE_TRANSFORMATION");
  if (k.includes("post")) {
    if (!Array.isArray(t.post)) return fail("INVALID_POST_TRANSFORMATION");
    for (const step of t.post) {
      if (step.type === "abs" && !(step.protocol || step.value)) return fail("INVALID_POST_TRANSFORMATION");
      if (step.type === "transformation" && !step.value) return fail("INVALID_POST_TRANSFORMATION");
    }
  }
  return undefined;
}

/** The file part of a non-string `file`. */
function filePart(file, fileName) {
  const name = String(fileName);
  const bytes = bytesOf(file);
  if (bytes) return { data: bytes, filename: name, type: typeOfName(name) };
  const typedBy = typeof Blob === "function" && file instanceof Blob && file.type ? file.type : undefined;
  const from = file.name || (typeof file.path === "string" ? file.path : "") || name;
  if (typeof Blob === "function" && file instanceof Blob) return { data: file, filename: name, type: typedBy || typeOfName(from) };
  if (typeof file[Symbol.asyncIterator] === "function") return { data: file, filename: name, type: typeOfName(from) };
  return undefined;
}

/** `{error}` or `{fields}`: the `[name, value]` pairs of the multipart body. */
export function uploadFields(options) {
  if (!isObject(options)) return { error: fail("MISSING_UPLOAD_DATA") };
  if (!options.file) return { error: fail("MISSING_UPLOAD_FILE_PARAMETER") };
  if (!options.fileName) return { error: fail("MISSING_UPLOAD_FILENAME_PARAMETER") };
  const error = transformationError(options.transformation);
  if (error) return { error };
  const fields = [];
  for (const key in options) {
    if (!key) continue;
    const v = options[key];
    const part = key === "file" && typeof v !== "string" ? filePart(v, options.fileName) : undefined;
    if (part) fields.push([key, part]);
    else if ((key === "tags" || key === "responseFields") && Array.isArray(v)) fields.push([key, v.join(",")]);
    else if (key === "extensions" && Array.isArray(v)) fields.push([key, JSON.stringify(v)]);
    else if (key === "customMetadata" && typeof v === "object" && v !== null && !Array.isArray(v)) fields.push([key, JSON.stringify(v)]);
    else if (key === "transformation" && typeof v === "object" && v !== null) fields.push([key, JSON.stringify(v)]);
    else fields.push([key, String(v)]);
  }
  return { fields };
}
