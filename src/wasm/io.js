// The JS edge of the transport. The fetch it sends with: the runtime's global `fetch`, unless an entry installs a
// better one for uploads in its runtime (Node's entries do: Node 20's fetch holds a whole multipart body in memory,
// node:http streams it). Looked up at call time, so a test or a polyfill can replace the global. Also each
// attempt's timeout signal, the one promise per attempt, the wait between attempts, the payload with its
// `responseMetadata`, and the summary of an error body (the body itself never crosses into wasm).

/** The longest delay a JS timer holds (2^31 - 1 ms); a longer one fires at once in every runtime. */
export const MAX_TIMER_MS = 2147483647;

let uploadFetch = null;

/** `fetch(url, init)`, through the installed upload fetch when the body is a FormData. */
export function ikFetch(url, init) {
  if (uploadFetch !== null && typeof FormData === "function" && init && init.body instanceof FormData) {
    return uploadFetch(url, init);
  }
  return fetch(url, init);
}

let sharedTimeout = null;

/**
 * Installs (or, with a non-function, removes) a factory of attempt signals for calls without a caller's signal:
 * `(timeoutMs) => ({signal, finish})`, as `ikAttemptSignal` returns. Node's entries install one that shares
 * signals between attempts (node-timeout.js says why); elsewhere every attempt gets its own.
 */
export function setSharedTimeout(fn) {
  sharedTimeout = typeof fn === "function" ? fn : null;
}

/** Installs (or, with a non-function, removes) the fetch used for multipart uploads. */
export function setUploadFetch(fn) {
  uploadFetch = typeof fn === "function" ? fn : null;
}

/**
 * The signal of one attempt: aborts after `timeoutMs`, or when the caller's `user` signal does. An AbortController
 * with a timer we clear, not `AbortSignal.timeout` + `AbortSignal.any`: in Node those cost ~5 µs to make and more
 * in GC later (weak references, transferable signals), a tenth of the SDK's own cost per call. `finish()` clears
 * the timer and the listener and says whether the timer fired.
 */
export function ikAttemptSignal(timeoutMs, user) {
  if (!user && sharedTimeout !== null) return sharedTimeout(timeoutMs);
  const controller = new AbortController();
  let fired = false;
  const timer = setTimeout(() => {
    fired = true;
    controller.abort();
  }, Math.min(timeoutMs, MAX_TIMER_MS));
  // A pending request keeps Node, Deno and Bun alive by its socket; the timer alone must not.
  if (typeof timer === "object" && timer !== null && typeof timer.unref === "function") timer.unref();
  const onAbort = () => controller.abort();
  if (user) {
    if (user.aborted) onAbort();
    else user.addEventListener("abort", onAbort, { once: true });
  }
  return {
    signal: controller.signal,
    finish() {
      clearTimeout(timer);
      if (user) user.removeEventListener("abort", onAbort);
      return fired;
    },
  };
}

/**
 * The wait before a retry: resolves after `ms`, or at once when the caller's `signal` (if any) aborts, so an abort
 * during a `Retry-After` or the backoff ends the call now (the transport then sees the signal aborted). The timer
 * keeps the process alive, as the retry it leads to would.
 */
export function ikSleep(ms, signal) {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, Math.min(ms, MAX_TIMER_MS));
    signal?.addEventListener("abort", done, { once: true });
  });
}

/**
 * The `fetch` of one attempt, from its wire text (src/api/wire.rs): `[method, url, name, value, …]` as JSON, then,
 * after the first line feed, the text body if there is one. A `null` header value is `credentials`, which cross
 * apart so that no other string holds them; `form` is the multipart body (undefined when none). The init is
 * `{method, headers, body?, signal}`, its headers in the wire's order. With the client's own `fetch` (7.x's
 * option) every request goes through it, called with no `this` as 7.x calls it; its `fetchOptions` are spread
 * over the init, our signal and method kept.
 */
function ikSend(wire, credentials, form, signal, clientFetch, fetchOptions) {
  const cut = wire.indexOf("\n");
  const fields = JSON.parse(cut < 0 ? wire : wire.slice(0, cut));
  const headers = {};
  for (let i = 2; i < fields.length; i += 2) headers[fields[i]] = fields[i + 1] ?? credentials;
  let init = { method: fields[0], headers };
  if (cut >= 0) init.body = wire.slice(cut + 1);
  else if (form !== undefined) init.body = form;
  init.signal = signal;
  if (fetchOptions && typeof fetchOptions === "object") {
    init = { ...init, ...fetchOptions, method: init.method, signal: init.signal };
  }
  const url = fields[1];
  return typeof clientFetch === "function" ? clientFetch.call(undefined, url, init) : ikFetch(url, init);
}

/** An answer as the transport reads it: `[status, headers as a plain object (lower-cased names), body text]`. */
const answerParts = (response, text) => [response.status, headerObject(response.headers), text];

/**
 * `Object.fromEntries(headers)`, by a loop: in Node 20 the loop took ~3 µs less of a sequential call (6 → 3 µs
 * for the local server's 8 headers, measured apart). The two names a plain object's prototype has in lower case
 * are defined, not assigned, as `fromEntries` does: `__proto__` would set the prototype, and `constructor` throws
 * where the prototype is frozen.
 */
function headerObject(headers) {
  const o = {};
  for (const [k, v] of headers) {
    if (k === "__proto__" || k === "constructor") Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
    else o[k] = v;
  }
  return o;
}

/** One fetch attempt (`ikSend`'s arguments): its answer's `[status, headers, text]`. */
export async function ikFetchText(wire, credentials, form, signal, clientFetch, fetchOptions) {
  const response = await ikSend(wire, credentials, form, signal, clientFetch, fetchOptions);
  return answerParts(response, await response.text());
}

/**
 * A call's first attempt when the transport lets JS send it (transport.rs `start`: no progress, no per-attempt log
 * lines), from its wire text as `ikFetchText` sends one, with its own signal (`ikAttemptSignal` of `timeoutMs` and
 * the caller's `user` signal), through `client`'s `fetch` (the client's JS-only options, client-options.js) and
 * with `fetchOptions` (the call's own spread over the client's) or else the client's. A 2xx other than 207 whose
 * body reads is the call's answer, as the transport would give it, and `resume(call, true)` lets the transport
 * drop call number `call`; anything else — no response, an error status, a 207 (a bulk call's partial success), a
 * body that does not read — goes back to the transport as `resume(call, false, parts, cause, timedOut)`, whose
 * promise this one then follows: the transport decides what it is and whether to retry. `resume` is called once
 * on every path (wasm/pending.rs keeps the call until then).
 */
export async function ikFirstAttempt(wire, credentials, form, timeoutMs, user, client, fetchOptions, raw, call, resume) {
  let signal;
  try {
    signal = ikAttemptSignal(timeoutMs, user);
  } catch (e) {
    resume(call, true);
    throw e;
  }
  let parts;
  try {
    const response = await ikSend(wire, credentials, form, signal.signal, client?.fetch, fetchOptions ?? client?.fetchOptions);
    parts = answerParts(response, await response.text());
  } catch (cause) {
    return resume(call, false, undefined, cause, signal.finish());
  }
  const timedOut = signal.finish();
  const [status, headers, text] = parts;
  if (status >= 200 && status < 300 && status !== 207) {
    let payload, read = false;
    try {
      payload = raw ? ikRawPayload(text, status, headers) : ikPayload(text, status, headers);
      read = true;
    } catch {
      // Not readable: the transport maps it as an error answer.
    }
    if (read) {
      resume(call, true);
      return payload;
    }
  }
  return resume(call, false, parts, undefined, timedOut);
}

/**
 * A success payload: the JSON body (an empty body is `{}`) with a non-enumerable `responseMetadata`
 * `{raw, httpStatusCode, headers}`. Throws when the body is not JSON (the transport then maps the answer as an error).
 */
export function ikPayload(text, status, headers) {
  let payload;
  try {
    payload = JSON.parse(text);
  } catch (e) {
    if (text.trim() !== "") throw e;
    payload = {};
  }
  return withMetadata(payload, status, headers);
}

/** `payload` with its non-enumerable `responseMetadata`. A payload with its own top-level `responseMetadata` keeps
 * it: the payload is the API's JSON, whatever its keys. */
function withMetadata(payload, status, headers) {
  if (typeof payload === "object" && payload !== null && !hasOwn(payload, "responseMetadata")) {
    Object.defineProperty(payload, "responseMetadata", { value: ikMetadata(payload, status, headers), configurable: true });
  }
  return payload;
}

/**
 * A raw call's success payload, read as 7.x reads a body: a 204 is `null`; a JSON media type (`application/json`,
 * `…+json`) is the JSON value (`undefined` when `content-length` is 0) with its `responseMetadata`, and throws when
 * it does not parse (the transport then maps the answer as an error); any other type is the text itself.
 */
export function ikRawPayload(text, status, headers) {
  if (status === 204) return null;
  const type = String(headers["content-type"] ?? "").split(";")[0].trim();
  if (!(type.includes("application/json") || type.endsWith("+json"))) return text;
  if (headers["content-length"] === "0") return undefined;
  return withMetadata(JSON.parse(text), status, headers);
}

/** An error's `headers`: a `Headers` over the lower-cased header object, as `@imagekit/nodejs` 7 gives (the object
 * itself where a runtime has no `Headers`). */
export function ikHeaders(headers) {
  return typeof Headers === "function" ? new Headers(headers) : headers;
}

/** `responseMetadata`, of a payload and of an error alike. */
export function ikMetadata(raw, status, headers) {
  return { raw, httpStatusCode: status, headers };
}

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * What the error mapping needs of a body, read here so that a body of any size stays in JS:
 * `[raw, message, help, head, json]` — the JSON value (or the text when it is not JSON), the object's own string
 * `message` and `help` (else undefined), the first `headUnits` UTF-16 units of the text without its leading white
 * space, and whether it parsed.
 */
export function ikBodyParts(text, headUnits) {
  let raw = text;
  let json = false;
  try {
    raw = JSON.parse(text);
    json = true;
  } catch {
    // Not JSON: the mapping quotes the text.
  }
  const field = (k) => {
    if (!json || raw === null || typeof raw !== "object" || Array.isArray(raw) || !hasOwn(raw, k)) return undefined;
    return typeof raw[k] === "string" ? raw[k] : undefined;
  };
  const head = typeof text === "string" ? text.trimStart().slice(0, headUnits) : "";
  return [raw, field("message"), field("help"), head, json];
}

/** `logger[level](message, details?)` as 7.x calls its logger (bound to the logger; debug lines with details). */
export function ikLog(logger, level, message, details) {
  const fn = logger[level];
  if (typeof fn !== "function") return;
  if (details === undefined) fn.call(logger, message);
  else fn.call(logger, message, details);
}
