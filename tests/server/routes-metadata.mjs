// Custom metadata fields (CRUD + value validation) and the image metadata endpoints.
import { badRequest, notFound } from "./errors.mjs";
import { newId } from "./store.mjs";
import { imageMetadata } from "./image-info.mjs";
import { resolveDeliveryUrl } from "./delivery.mjs";

const TYPES = ["Text", "Textarea", "Number", "Date", "Boolean", "SingleSelect", "MultiSelect"];
const SCHEMA_KEYS = ["type", "selectOptions", "defaultValue", "isValueRequired", "minValue", "maxValue", "minLength", "maxLength"];
const isPlain = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const isScalar = (v) => ["string", "number", "boolean"].includes(typeof v);
const dateOk = (v) => typeof v === "string" && !Number.isNaN(Date.parse(v));

/** Returns an error message when `value` does not fit `schema`, else null. */
export function checkValue(schema, value) {
  const t = schema.type;
  if (t === "Text" || t === "Textarea") {
    if (typeof value !== "string") return "must be a string";
    if (schema.minLength !== undefined && value.length < schema.minLength) return `must be at least ${schema.minLength} characters long`;
    if (schema.maxLength !== undefined && value.length > schema.maxLength) return `must be at most ${schema.maxLength} characters long`;
  } else if (t === "Number") {
    if (typeof value !== "number" || !Number.isFinite(value)) return "must be a number";
    if (schema.minValue !== undefined && value < schema.minValue) return `must be greater than or equal to ${schema.minValue}`;
    if (schema.maxValue !== undefined && value > schema.maxValue) return `must be less than or equal to ${schema.maxValue}`;
  } else if (t === "Date") {
    if (!dateOk(value)) return "must be a valid ISO 8601 date";
    if (schema.minValue !== undefined && Date.parse(value) < Date.parse(schema.minValue)) return `must be on or after ${schema.minValue}`;
    if (schema.maxValue !== undefined && Date.parse(value) > Date.parse(schema.maxValue)) return `must be on or before ${schema.maxValue}`;
  } else if (t === "Boolean") {
    if (typeof value !== "boolean") return "must be a boolean";
  } else if (t === "SingleSelect") {
    if (!schema.selectOptions.includes(value)) return "must be one of the select options";
  } else if (t === "MultiSelect") {
    if (!Array.isArray(value) || !value.every((x) => schema.selectOptions.includes(x))) return "must be an array of select options";
  }
  return null;
}

function validateSchema(schema) {
  if (!isPlain(schema)) throw badRequest("schema is required and must be an object.");
  for (const k of Object.keys(schema)) if (!SCHEMA_KEYS.includes(k)) throw badRequest(`schema.${k} is not allowed.`);
  if (!TYPES.includes(schema.type)) throw badRequest(`schema.type must be one of ${TYPES.join(", ")}.`);
  const t = schema.type;
  const text = t === "Text" || t === "Textarea", select = t === "SingleSelect" || t === "MultiSelect";
  if ((schema.minLength !== undefined || schema.maxLength !== undefined) && !text) throw badRequest("minLength and maxLength are allowed only for Text and Textarea fields.");
  for (const k of ["minLength", "maxLength"]) {
    if (schema[k] !== undefined && !(Number.isInteger(schema[k]) && schema[k] >= 0)) throw badRequest(`schema.${k} must be a non-negative integer.`);
  }
  if ((schema.minValue !== undefined || schema.maxValue !== undefined) && t !== "Number" && t !== "Date") throw badRequest("minValue and maxValue are allowed only for Number and Date fields.");
  for (const k of ["minValue", "maxValue"]) {
    if (schema[k] === undefined) continue;
    if (t === "Number" && typeof schema[k] !== "number") throw badRequest(`schema.${k} must be a number.`);
    if (t === "Date" && !dateOk(schema[k])) throw badRequest(`schema.${k} must be a valid date.`);
  }
  if (select) {
    if (!Array.isArray(schema.selectOptions) || !schema.selectOptions.length || !schema.selectOptions.every(isScalar)) {
      throw badRequest("schema.selectOptions must be a non-empty array of strings, numbers or booleans.");
    }
  } else if (schema.selectOptions !== undefined) throw badRequest("selectOptions is allowed only for SingleSelect and MultiSelect fields.");
  if (schema.isValueRequired !== undefined && typeof schema.isValueRequired !== "boolean") throw badRequest("schema.isValueRequired must be a boolean.");
  if (schema.defaultValue !== undefined) {
    const why = checkValue(schema, schema.defaultValue);
    if (why) throw badRequest(`schema.defaultValue ${why}.`);
  } else if (schema.isValueRequired) throw badRequest("schema.defaultValue is required when isValueRequired is true.");
}

const fieldOut = (f) => ({ id: f.id, name: f.name, label: f.label, schema: structuredClone(f.schema), ...(f.description !== undefined ? { description: f.description } : {}) });

/** Validate a customMetadata object against the live fields; returns the merged result. */
export function applyCustomMetadata(store, input, base = {}) {
  if (input === undefined) return base;
  if (!isPlain(input)) throw badRequest("customMetadata must be a JSON object.");
  const live = new Map([...store.fields.values()].filter((f) => !f.deleted).map((f) => [f.name, f]));
  const out = { ...base };
  for (const [name, value] of Object.entries(input)) {
    const field = live.get(name);
    if (!field) throw badRequest(`Invalid custom metadata. Field "${name}" does not exist.`, { reason: "CUSTOM_METADATA_FIELD_NOT_FOUND" });
    if (value === null) { delete out[name]; continue; }
    const why = checkValue(field.schema, value);
    if (why) throw badRequest(`Invalid value for custom metadata field "${name}": it ${why}.`);
    out[name] = value;
  }
  for (const f of live.values()) {
    if (f.schema.isValueRequired && !(f.name in out)) out[f.name] = structuredClone(f.schema.defaultValue);
  }
  return out;
}

function liveField(store, id) {
  const f = store.fields.get(id);
  if (!f || f.deleted) throw notFound("No such custom metadata field exists.");
  return f;
}

export const metadataRoutes = [
  ["POST", "/v1/customMetadataFields", ({ store, body }) => {
    const { name, label, schema, description } = body ?? {};
    if (typeof name !== "string" || !name.trim()) throw badRequest("name is required.");
    if (typeof label !== "string" || !label.trim()) throw badRequest("label is required.");
    validateSchema(schema);
    const live = [...store.fields.values()].filter((f) => !f.deleted);
    if (live.some((f) => f.name === name)) throw badRequest("A custom metadata field with this name already exists.");
    if (live.some((f) => f.label === label)) throw badRequest("A custom metadata field with this label already exists.");
    const f = { id: newId(), name, label, schema: structuredClone(schema), deleted: false, description };
    store.fields.set(f.id, f);
    return { status: 201, body: fieldOut(f) };
  }],
  ["GET", "/v1/customMetadataFields", ({ store, query }) => {
    const withDeleted = query.get("includeDeleted") === "true";
    return { body: [...store.fields.values()].filter((f) => withDeleted || !f.deleted).map(fieldOut) };
  }],
  ["PATCH", "/v1/customMetadataFields/:id", ({ store, params, body }) => {
    const f = liveField(store, params.id);
    const { label, schema, description } = body ?? {};
    if (label === undefined && schema === undefined && description === undefined) throw badRequest("At least one of label or schema is required.");
    if (label !== undefined) {
      if (typeof label !== "string" || !label.trim()) throw badRequest("label must be a non-empty string.");
      if ([...store.fields.values()].some((o) => !o.deleted && o !== f && o.label === label)) throw badRequest("A custom metadata field with this label already exists.");
    }
    let next = f.schema;
    if (schema !== undefined) {
      if (!isPlain(schema)) throw badRequest("schema must be an object.");
      if (schema.type !== undefined && schema.type !== f.schema.type) throw badRequest("schema.type cannot be changed.");
      next = { ...f.schema, ...schema, type: f.schema.type };
      validateSchema(next);
    }
    if (label !== undefined) f.label = label;
    if (description !== undefined) f.description = description;
    f.schema = structuredClone(next);
    return { body: fieldOut(f) };
  }],
  ["DELETE", "/v1/customMetadataFields/:id", ({ store, params }) => {
    liveField(store, params.id).deleted = true;
    return { status: 204 };
  }],
  ["GET", "/v1/files/:id/metadata", ({ store, params }) => {
    const asset = store.getAsset(params.id);
    const meta = imageMetadata(store.current(asset).bytes);
    if (!meta) throw badRequest("Metadata is available only for image files.");
    return { body: meta };
  }],
  ["GET", "/v1/metadata", async ({ store, query }) => {
    const url = query.get("url");
    if (!url) throw badRequest("Missing url parameter.");
    let bytes;
    const local = resolveDeliveryUrl(store, url);
    if (local) bytes = local.version.bytes;
    else {
      if (!/^https?:\/\//i.test(url)) throw badRequest("The url parameter must be a valid http(s) URL.");
      try {
        const r = await fetch(url, { signal: AbortSignal.timeout(10000) });
        if (!r.ok) throw new Error(String(r.status));
        bytes = Buffer.from(await r.arrayBuffer());
      } catch {
        throw badRequest("The remote file could not be fetched from the url provided.");
      }
    }
    const meta = imageMetadata(bytes);
    if (!meta) throw badRequest("Metadata is available only for image files.");
    return { body: meta };
  }],
];
