// Shared setup for the server tests: one server per test file, reset before each test.
import { before, after, beforeEach } from "node:test";
import { createHmac } from "node:crypto";
import { startImageKitServer } from "./imagekit-server.mjs";
import { makePng } from "./fixtures.mjs";

export const PRIVATE = "private_key_test";
export const AUTH = `Basic ${Buffer.from(`${PRIVATE}:`).toString("base64")}`;
export const hmac = (s) => createHmac("sha1", PRIVATE).update(s).digest("hex");

/** Registers hooks; the returned object's `srv` is live inside tests. */
export function useServer() {
  const ctx = { srv: null };
  before(async () => { ctx.srv = await startImageKitServer(); });
  after(async () => { await ctx.srv.close(); });
  beforeEach(() => ctx.srv.reset());

  ctx.api = async (method, path, body, headers = {}) => {
    const r = await fetch(ctx.srv.apiBaseUrl + path, {
      method, headers: { authorization: AUTH, ...(body !== undefined ? { "content-type": "application/json" } : {}), ...headers },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await r.text();
    return { status: r.status, headers: r.headers, text, json: text ? JSON.parse(text) : undefined };
  };

  ctx.upload = async (fields, { auth = true, file = makePng(4, 3), filename = "f.png" } = {}) => {
    const fd = new FormData();
    if (file !== null) fd.append("file", typeof file === "string" ? file : new Blob([file]), ...(typeof file === "string" ? [] : [filename]));
    for (const [k, v] of Object.entries(fields)) fd.append(k, typeof v === "string" ? v : JSON.stringify(v));
    const r = await fetch(`${ctx.srv.uploadBaseUrl}/api/v1/files/upload`, { method: "POST", body: fd, headers: auth ? { authorization: AUTH } : {} });
    return { status: r.status, json: await r.json() };
  };

  ctx.put = (name, extra = {}, opts) => ctx.upload({ fileName: name, useUniqueFileName: "false", ...extra }, opts);

  /** A signed delivery URL per SPEC §3.1 (no ik-t when expireSeconds is undefined). */
  ctx.signUrl = (path, expireSeconds) => {
    const base = `${ctx.srv.urlEndpoint}/${path.replace(/^\//, "")}`;
    const expiry = expireSeconds === undefined ? 9999999999 : expireSeconds;
    const sig = hmac(base.slice(ctx.srv.urlEndpoint.length + 1) + expiry);
    const sep = base.includes("?") ? "&" : "?";
    return expireSeconds === undefined ? `${base}${sep}ik-s=${sig}` : `${base}${sep}ik-t=${expiry}&ik-s=${sig}`;
  };
  return ctx;
}
