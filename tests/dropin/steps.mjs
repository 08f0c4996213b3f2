// What the drop-in programs share (standard JS only: it runs in Chromium too): the normaliser of random parts and
// the step recorders, which store a step's outcome under its name in `out`.

/** Ids (24 hex), ISO timestamps, UUID tokens, unique-name suffixes and the local server's address replaced by
 * placeholders, so that two runs can be compared. */
export function normalise(v) {
  if (v === undefined) return "<undefined>";
  return JSON.parse(JSON.stringify(v), (k, x) => {
    if (typeof x !== "string") return x;
    return x
      .replace(/\b[0-9a-f]{24}\b/g, "<id>")
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<token>")
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, "<time>")
      .replace(/_[A-Za-z0-9]{9}\.png/g, "_<unique>.png")
      .replace(/^(127\.0\.0\.1|localhost):\d+/, "<host>")
      .replace(/https?:\/\/127\.0\.0\.1:\d+/g, "<server>");
  });
}

/** A result of the legacy SDKs: the value and its `$ResponseMetadata` status, content type (and what `extra` reads). */
export function summary(v, extra = () => ({})) {
  const meta = v && typeof v === "object" ? v.$ResponseMetadata : undefined;
  if (!meta) return { value: normalise(v) };
  return { value: normalise(v), status: meta.statusCode, type: meta.headers["content-type"] ?? null, ...extra(meta) };
}

/** An error: an Error by its class and message, a plain object (the legacy SDKs' errors) by its fields. */
export function errorSummary(e, extra) {
  if (e instanceof Error) return { Error: e.constructor.name, message: e.message.replace(/ at position \d+.*$/, "") };
  return { plain: typeof e, ...summary(e, extra) };
}

/**
 * The recorders of a program: `record(name, fn)` awaits fn() (a result, an error, or — when fn returns
 * undefined — that fact), `viaCallback(name, call)` runs `call(cb)` in callback style and records the callback's
 * arguments and whether it ran before the call returned, `sync(name, fn)` records a value or what was thrown.
 */
export function recorders(out, extra) {
  const ok = (v) => summary(v, extra);
  const bad = (e) => errorSummary(e, extra);
  return {
    async record(name, fn) {
      try {
        const r = fn();
        out[name] = r === undefined ? { returned: "undefined" } : { ok: ok(await r) };
      } catch (e) {
        out[name] = { error: bad(e) };
      }
    },
    viaCallback: (name, call) => new Promise((resolve) => {
      let returned = false;
      const value = call((err, result) => {
        out[name] = { sync: !returned, err: err === null ? null : bad(err), result: result === null ? null : ok(result) };
        resolve();
      });
      returned = true;
      if (value !== undefined) out[`${name} (return)`] = typeof value;
    }),
    sync(name, fn) {
      try {
        out[name] = { value: ok(fn()) };
      } catch (e) {
        out[name] = { thrown: bad(e) };
      }
    },
  };
}
