// Small request-body validators shared by the route modules.
import { badRequest } from "./errors.mjs";

export function requireObject(body) {
  if (body === null || typeof body !== "object" || Array.isArray(body)) throw badRequest("The request body must be a JSON object.");
  return body;
}

/** 400 for keys outside `allowed` (catches SDKs sending wrong wire names). */
export function allowKeys(body, allowed) {
  requireObject(body);
  for (const k of Object.keys(body)) if (!allowed.includes(k)) throw badRequest(`Invalid parameter "${k}".`);
  return body;
}

export function requireString(body, key) {
  const v = body[key];
  if (typeof v !== "string" || !v.trim()) throw badRequest(`Missing or invalid parameter ${key}.`);
  return v;
}

export function optionalBool(body, key, dflt) {
  const v = body[key];
  if (v === undefined) return dflt;
  if (typeof v !== "boolean") throw badRequest(`${key} must be a boolean.`);
  return v;
}

export function stringArray(body, key, { max = Infinity } = {}) {
  const v = body[key];
  if (!Array.isArray(v) || !v.length || !v.every((x) => typeof x === "string" && x.length)) {
    throw badRequest(`${key} must be a non-empty array of strings.`);
  }
  if (v.length > max) throw badRequest(`${key} can contain at most ${max} values.`);
  return v;
}

export const COORDS_RE = /^\d+,\d+,\d+,\d+$/;
