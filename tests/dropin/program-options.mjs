// The steps of the `@imagekit/nodejs` 7 drop-in program (program.mjs) for its client and request options and its
// error details (COMPAT §3): `fetch`, `fetchOptions`, `defaultHeaders`, `defaultQuery`, `logLevel` + `logger`, the
// environment's defaults, `withOptions`, the raw calls, request `headers`/`query`, `APIError.headers`/`.error`,
// `UnprocessableEntityError`, retries on 409 and by `x-should-retry`, a 207 resolving. Each step's summary must be
// the same for both SDKs; what the local server saw is read back from its /__control/requests log.

import { normalise } from "./steps.mjs";

/** Header names compared as the server saw them (each SDK sends others of its own: user agents, platform). */
const WATCHED = ["x-team", "x-call", "x-env", "x-with", "x-gone", "x-row", "content-type"];

/** What the option steps share: the server's control calls, the request log, 7.x's view of an error. */
export function helpers(ImageKit, { baseURL, privateKey }) {
  const control = (path, init) => fetch(`${baseURL}/__control/${path}`, init).then((r) => r.json());
  const inject = (fault) => control("inject", { method: "POST", body: JSON.stringify(fault) });
  /** The requests the server saw whose path+query contains `part`: method, path, query and the watched headers. */
  const seen = async (part) => (await control(`requests?path=${encodeURIComponent(part)}`)).map((r) => ({
    method: r.method, path: r.path, query: r.query,
    headers: Object.fromEntries(WATCHED.filter((h) => h in r.headers).map((h) => [h, r.headers[h]])),
  }));
  const base = { privateKey, baseURL, maxRetries: 0 };
  /** Ids of files that do not exist, one per step, so that each step reads back only its own requests. */
  const id = (n) => `${"b".repeat(23)}${n}`;
  /** 7.x's error classes, the most specific first (ours has the same classes under more names). */
  const CLASSES = ["BadRequestError", "AuthenticationError", "PermissionDeniedError", "NotFoundError", "ConflictError",
    "UnprocessableEntityError", "RateLimitError", "InternalServerError", "APIConnectionTimeoutError", "APIConnectionError",
    "APIUserAbortError", "APIError"];
  /** An error by what 7.x code reads off it. */
  const caught = async (fn) => {
    try {
      return { resolved: normalise(await fn()) };
    } catch (e) {
      return {
        class: CLASSES.find((k) => e.constructor === ImageKit[k]) ?? e.constructor.name,
        apiError: e instanceof ImageKit.APIError,
        status: e.status,
        error: normalise(e.error),
        headers: e.headers instanceof Headers ? { type: e.headers.get("content-type"), requestId: /^[0-9a-f-]{36}$/.test(e.headers.get("x-request-id")) } : typeof e.headers,
      };
    }
  };
  return { control, inject, seen, base, id, caught };
}

export async function optionSteps(ImageKit, { baseURL, privateKey }, step) {
  const { inject, seen, base, id, caught } = helpers(ImageKit, { baseURL, privateKey });
  const missing = "000000000000000000000000";

  // fetch: every request goes through it (uploads too), with fetchOptions spread into the init
  const calls = [];
  function spy(url, init) {
    calls.push({ url: normalise(String(url)), method: init.method, credentials: init.credentials ?? null, thisless: this === undefined });
    return fetch(url, init);
  }
  const withFetch = new ImageKit({ ...base, fetch: spy, fetchOptions: { credentials: "omit" } });
  await step("options.fetch", async () => {
    await caught(() => withFetch.files.get(missing));
    await withFetch.files.upload({ file: new File([new Uint8Array([1, 2, 3])], "f.txt"), fileName: "f.txt", useUniqueFileName: false, folder: "/opts" });
    await withFetch.folders.delete({ folderPath: "/opts" });
    return calls;
  });

  // defaultHeaders and defaultQuery on every request; request headers and query over them; a null header removed
  const defaults = new ImageKit({ ...base, defaultHeaders: { "X-Team": "t", "x-gone": "g" }, defaultQuery: { dq: "1" } });
  await step("options.defaultHeaders+defaultQuery", async () => {
    await caught(() => defaults.files.get(id("1")));
    return seen(id("1"));
  });
  await step("request options headers+query", async () => {
    const r = await caught(() => defaults.files.get(id("2"), { headers: { "x-call": "c", "x-gone": null }, query: { rq: "2" } }));
    return [r, await seen(id("2"))];
  });

  // withOptions: a new client with the options it was made with and the partial over them
  await step("withOptions", async () => {
    const derived = defaults.withOptions({ defaultHeaders: { "x-with": "w" } });
    await caught(() => derived.files.get(id("3")));
    await caught(() => defaults.files.get(id("4")));
    return [derived instanceof ImageKit, derived !== defaults, await seen("b".repeat(23))].flat();
  });

  // raw calls for endpoints the SDK lacks
  const client = new ImageKit(base);
  await step("raw post", () => client.post("/v1/folder", { body: { folderName: "raw", parentFolderPath: "/" } }));
  await step("raw get", () => client.get("/v1/files", { query: { type: "folder", path: "/" } }));
  await step("raw delete", () => client.delete("/v1/folder", { body: { folderPath: "/raw" } }));
  await step("raw get(404)", () => caught(() => client.get("/v1/files/000000000000000000000000/details")));
  await step("raw: what the server saw", async () => (await seen("/v1/folder")).concat(await seen("/v1/files?type=folder")));

  // APIError.headers and .error; 422; a 207 resolving in the resource surface
  await step("APIError.headers+error(404)", () => caught(() => client.files.get(missing)));
  await step("APIError(non-JSON body)", async () => {
    await inject({ path: "/v1/files/aaaaaaaaaaaaaaaaaaaaaaa5/details", status: 400, body: "plain words", contentType: "text/plain" });
    return caught(() => client.files.get("aaaaaaaaaaaaaaaaaaaaaaa5"));
  });
  await step("UnprocessableEntityError(422)", async () => {
    await inject({ path: "/v1/files/aaaaaaaaaaaaaaaaaaaaaaa6/details", status: 422, body: { message: "Unprocessable", help: "h" } });
    const r = await caught(() => client.files.get("aaaaaaaaaaaaaaaaaaaaaaa6"));
    return [r, typeof ImageKit.UnprocessableEntityError];
  });
  await step("files.bulk.delete(207 resolves)", async () => {
    const body = { successfullyDeletedFileIds: ["a"], errors: [{ fileId: "b", error: "not found" }] };
    await inject({ path: "/v1/files/batch/deleteByFileIds", status: 207, body });
    return caught(() => client.files.bulk.delete({ fileIds: ["a", "b"] }));
  });

  // retries: 409 is retried; x-should-retry: true retries any error, false stops even a 503
  const retrying = new ImageKit({ ...base, maxRetries: 1 });
  const attempts = async (id, fault) => {
    await inject({ path: `/v1/files/${id}/details`, ...fault });
    const r = await caught(() => retrying.files.get(id));
    return [r, (await seen(`/v1/files/${id}/details`)).length];
  };
  await step("retry on 409", () => attempts("aaaaaaaaaaaaaaaaaaaaaaa7", { status: 409 }));
  await step("retry on x-should-retry: true", () => attempts("aaaaaaaaaaaaaaaaaaaaaaa8", { status: 400, headers: { "x-should-retry": "true" } }));
  await step("no retry on x-should-retry: false", () => attempts("aaaaaaaaaaaaaaaaaaaaaaa9", { status: 503, headers: { "x-should-retry": "false" } }));

  // logLevel and logger: what 7.x logs at each level (log ids and times normalised), never the key
  const logged = (level, extra = {}) => {
    const lines = [];
    const record = (l) => (msg, details) => lines.push([l, msg, details === undefined ? null : Object.keys(details).sort()]);
    const logger = { error: record("error"), warn: record("warn"), info: record("info"), debug: record("debug") };
    return { lines, client: new ImageKit({ ...base, ...extra, logger, ...(level ? { logLevel: level } : {}) }) };
  };
  const tidy = (lines) => lines.map(([l, msg, keys]) => [l, msg.replace(/log_[0-9a-f]{6}/g, "log_<id>").replace(/in \d+ms/, "in <n>ms").replace(/https?:\/\/127\.0\.0\.1:\d+/g, "<server>"), keys]);
  const logStep = (name, level, extra) => step(name, async () => {
    const { lines, client: c } = logged(level, extra);
    await caught(() => c.files.get(missing));
    await caught(() => c.assets.list({ path: "/" }));
    const text = JSON.stringify(lines);
    return { lines: tidy(lines), keyShown: text.includes(privateKey) || text.includes(btoa(`${privateKey}:`)) };
  });
  await logStep("logLevel default (warn)", undefined);
  await logStep("logLevel info", "info");
  await step("logLevel debug", async () => {
    const { lines, client: c } = logged("debug");
    await caught(() => c.files.get(missing));
    await caught(() => c.assets.list({ path: "/" }));
    const text = JSON.stringify(lines.map(([, m, d]) => [m, d]));
    // The details' keys, but those of "sending request": 7.x shows its internal request options there.
    return { lines: tidy(lines).map(([l, m, keys]) => [l, m, / sending request$/.test(m) ? "…" : keys]), keyShown: text.includes(privateKey) };
  });
  await step("logLevel debug (connection failed)", async () => {
    await inject({ path: `/v1/files/${id("c")}/details`, drop: true, times: 2 });
    const { lines, client: c } = logged("debug", { maxRetries: 1 });
    const r = await caught(() => c.files.get(id("c")));
    return [r.class, tidy(lines).map(([l, m, keys]) => [l, m, / sending request$/.test(m) ? "…" : keys])];
  });
  await logStep("logLevel off", "off");
  await logStep("logLevel invalid (warns)", "loud");

  // the environment, where process.env exists: the key, the base URL, the level and custom headers
  await step("environment defaults", async () => {
    const env = { IMAGEKIT_PRIVATE_KEY: privateKey, IMAGE_KIT_BASE_URL: baseURL, IMAGE_KIT_LOG: "info", IMAGE_KIT_CUSTOM_HEADERS: "x-env: e\nx-team: from-env" };
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    Object.assign(process.env, env);
    try {
      const lines = [];
      const c = new ImageKit({ maxRetries: 0, defaultHeaders: { "x-team": "own" }, logger: { info: (m) => lines.push(m), debug() {}, warn() {}, error() {} } });
      const r = await caught(() => c.files.get(id("e")));
      return [r, await seen(id("e")), tidy(lines.map((m) => ["info", m, null]))];
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
}
