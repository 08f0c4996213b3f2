// One-shot (or `times: N`) fault injection, matched by optional `path` substring (of path+query) and `method`.
//   {status, times, path, method, retryAfter, retryAfterMs, rateLimit: {limit, remaining, reset}, headers,
//    delayMs, drop, dropMidBody, body, contentType, malformedJson, emptyBody, bigBody}
import { randomUUID } from "node:crypto";
import { HELP, defaultMessage } from "./errors.mjs";

const RESPONSE_KEYS = ["status", "retryAfter", "retryAfterMs", "drop", "dropMidBody", "body", "malformedJson", "emptyBody", "bigBody"];

export class FaultQueue {
  constructor() {
    this.items = [];
  }

  add(fault) {
    const list = Array.isArray(fault) ? fault : [fault];
    for (const f of list) {
      if (!f || typeof f !== "object") throw new TypeError("a fault must be an object");
      const times = f.times ?? 1;
      if (!(Number.isInteger(times) && times > 0)) throw new TypeError("fault.times must be a positive integer");
      this.items.push({ ...f, remaining: times });
    }
  }

  take(method, pathAndQuery) {
    const i = this.items.findIndex((f) => (!f.path || pathAndQuery.includes(f.path)) && (!f.method || f.method.toUpperCase() === method));
    if (i < 0) return null;
    const f = this.items[i];
    if (--f.remaining === 0) this.items.splice(i, 1);
    const { remaining, ...fault } = f;
    return fault;
  }

  clear() {
    this.items = [];
  }
}

const sleep = (ms, socket) => new Promise((resolve) => {
  const t = setTimeout(resolve, ms);
  socket.once("close", () => { clearTimeout(t); resolve(); });
});

function bigJson(n, status) {
  const head = JSON.stringify({ message: defaultMessage(status), help: HELP, padding: "" });
  return head.slice(0, -2) + "x".repeat(Math.max(0, n - head.length)) + '"}';
}

/**
 * Apply a fault to a request. Resolves true when the fault produced (or destroyed) the response,
 * false when normal processing should continue (a pure `delayMs`).
 */
export async function applyFault(fault, req, res) {
  if (fault.delayMs) {
    await sleep(fault.delayMs, req.socket);
    if (req.socket.destroyed) return true;
  }
  if (!RESPONSE_KEYS.some((k) => fault[k] !== undefined && fault[k] !== false)) return false;
  if (fault.drop) {
    req.socket.destroy();
    return true;
  }
  const status = fault.status ?? (fault.retryAfter !== undefined || fault.retryAfterMs !== undefined ? 429
    : fault.bigBody || fault.emptyBody ? 500 : 200);
  const headers = { "content-type": fault.contentType ?? "application/json; charset=utf-8", "x-request-id": randomUUID() };
  if (fault.retryAfter !== undefined) headers["retry-after"] = String(fault.retryAfter);
  if (fault.retryAfterMs !== undefined) headers["retry-after-ms"] = String(fault.retryAfterMs);
  if (status === 429) {
    const resetMs = fault.retryAfterMs ?? (fault.retryAfter !== undefined ? Number(fault.retryAfter) * 1000 : 1000);
    headers["x-ratelimit-limit"] = String(fault.rateLimit?.limit ?? 10);
    headers["x-ratelimit-remaining"] = String(fault.rateLimit?.remaining ?? 0);
    headers["x-ratelimit-reset"] = String(fault.rateLimit?.reset ?? resetMs);
  }
  Object.assign(headers, fault.headers);
  let body;
  if (fault.emptyBody) body = "";
  else if (fault.malformedJson) body = '{"fileId": "5f3a1b", "name": "trunc';
  else if (fault.bigBody) body = bigJson(Number(fault.bigBody), status);
  else if (fault.body !== undefined) body = typeof fault.body === "string" ? fault.body : JSON.stringify(fault.body);
  else if (fault.dropMidBody) body = JSON.stringify({ fileId: "000000000000000000000000", name: "partial.png", padding: "x".repeat(4096) });
  else body = JSON.stringify({ message: defaultMessage(status), help: HELP });
  const buf = Buffer.from(body);
  headers["content-length"] = String(buf.length);
  if (fault.dropMidBody) {
    res.writeHead(status, headers);
    const cut = Math.max(1, Math.floor(buf.length / 2));
    res.write(buf.subarray(0, cut), () => setTimeout(() => req.socket.destroy(), 20));
    return true;
  }
  res.writeHead(status, headers);
  res.end(status === 204 || status === 304 ? undefined : buf);
  return true;
}
