// Three classes of bug for the JS fuzzer (fuzz.mjs), each aimed at the class, not at one instance (issue #12):
// - ids that a URL parser resolves as dot segments, in every string position (and every string option one level
//   down) of every media call: no request may leave the path the same call takes with a plain id;
// - huge strings past the lane's bound (1 MiB) and past the package's input bound (MAX_INPUT_LENGTH), in every
//   position of every synchronous call: an answer or an ImageKitError, never a trap;
// - a hostile server: every async call against a server answering impossible status lines (600, 101, 099, 000,
//   1000, letters, control characters in the reason phrase, …): each call settles with a result or an
//   ImageKitError subclass, and nothing escapes as an uncaught exception;
// - trap-then-use: in a fresh process per export, wasm memory is run out and the export is called with big
//   arguments until it traps; then every export must answer exactly as an unbroken module would, or (once the
//   module has stopped) the one "module stopped" ImageKitError — never a RuntimeError, a foreign error, or a
//   wrong known answer.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { rawServer } from "./faults-hostile.mjs";

/** Ids to throw at every id position: those refused, then those that must stay one plain segment. */
export const DOT_IDS = [".", ".."];
export const NEAR_DOT_IDS = ["%2e", "%2E%2e", ".%2e", "%2e.", "./", "../", "/..", "..%2f", "...", " ..", "..\\", "\uff0e\uff0e", "..?a", "..#"];

const RAW_CALLS = new Set(["ik.get", "ik.post", "ik.put", "ik.patch", "ik.delete"]);

/** The raw path of every request the server saw (before its own URL parsing). */
const pathsSeen = (server) => server.requests.map((r) => r.url.split("?")[0]);

/**
 * Dot-segment ids at every string position of every async call of `surface`. `call(name, fn, args, isAsync, label)`
 * is the fuzzer's one-call check (no trap, ImageKitError only, module healthy); `record(ok, kind, detail)` counts.
 */
export async function dotIdRounds({ surface, server, call, record, ImageKitError, ValidationError }) {
  const sites = [];
  const MARK = "zzfuzzid";
  for (const [name, [fn, base, isAsync]] of Object.entries(surface)) {
    // The raw calls of @imagekit/nodejs 7 (`ik.get(path)`, …) take a path, not an id: the caller writes the whole
    // path, and it goes as written.
    if (isAsync === false || RAW_CALLS.has(name)) continue;
    // Every place a string sits: a positional argument, or a string option of an object argument.
    const places = [];
    base.forEach((arg, pos) => {
      if (typeof arg === "string") places.push({ pos });
      else if (arg && typeof arg === "object" && !Array.isArray(arg) && !ArrayBuffer.isView(arg))
        for (const [k, v] of Object.entries(arg)) if (typeof v === "string") places.push({ pos, key: k });
    });
    // The baseline, or (for the generic baselines of newer methods, whose later arguments may be refused) only
    // the arguments up to the place.
    const put = (place, value) => {
      const args = (place.short ? base.slice(0, place.pos + 1) : base.slice());
      args[place.pos] = place.key === undefined ? value : { ...args[place.pos], [place.key]: value };
      return args;
    };
    for (const at of places) {
      let place, plain = [];
      for (const candidate of [at, { ...at, short: true }]) {
        server.reset();
        await settle(() => fn(put(candidate, MARK)));
        plain = pathsSeen(server).filter((p) => p.includes(MARK));
        if (plain.length) {
          place = candidate;
          break;
        }
      }
      if (!place) continue; // not a path segment here
      const label = `${name} ${place.key ?? `arg ${place.pos}`}`;
      sites.push(label);
      for (const id of [...DOT_IDS, ...NEAR_DOT_IDS]) {
        server.reset();
        let error;
        try {
          await fn(put(place, id));
        } catch (e) {
          error = e;
        }
        const seen = pathsSeen(server);
        if (DOT_IDS.includes(id)) {
          record(error instanceof ValidationError && seen.length === 0, `dot id: ${name}`,
            `${label} = ${JSON.stringify(id)} → ${error ? `${error.name}: ${error.message}` : "resolved"}, sent ${JSON.stringify(seen)}`);
        } else {
          // The same path as with a plain id, the id's segment aside.
          const want = plain[0].split("/");
          const ok = seen.every((p) => {
            const got = p.split("/");
            return got.length === want.length && got.every((s, i) => s === want[i] || want[i].includes(MARK));
          });
          record(ok && (error === undefined || error instanceof ImageKitError), `near-dot id left its segment: ${name}`,
            `${label} = ${JSON.stringify(id)} sent ${JSON.stringify(seen)} (plain: ${plain[0]})`);
        }
        // And the usual checks (no trap, module healthy afterwards).
        await call(name, fn, put(place, id), isAsync, `${label} = dot id ${JSON.stringify(id)}`);
      }
    }
  }
  return sites;
}

/** Runs `f` and waits for it, whatever it throws or rejects with. */
const settle = async (f) => {
  try {
    await f();
  } catch {}
};

/** Huge strings at every position of every synchronous call (the lane's bound + 1, the input bound + 1). */
export async function hugeRounds({ surface, call, MAX_INPUT_LENGTH }) {
  const values = [
    ["1 MiB + 1 (past the lane's bound)", "a".repeat((1 << 20) + 1)],
    ["700 000 × é (1.4 MB of UTF-8 in 0.7 M units)", "é".repeat(700_000)],
    [`${MAX_INPUT_LENGTH} + 1 (past the input bound)`, "a".repeat(MAX_INPUT_LENGTH + 1)],
  ];
  for (const [name, [fn, base, isAsync]] of Object.entries(surface)) {
    if (isAsync !== false) continue;
    for (let pos = 0; pos < Math.max(base.length, 1); pos++) {
      for (const [label, value] of values) {
        const args = base.slice();
        args[pos] = value;
        await call(name, fn, args, false, `arg ${pos} = ${label}`);
        // In an option object too.
        if (base[pos] && typeof base[pos] === "object" && !Array.isArray(base[pos])) {
          for (const key of Object.keys(base[pos])) {
            const nested = base.slice();
            nested[pos] = { ...base[pos], [key]: value };
            await call(name, fn, nested, false, `arg ${pos}.${key} = ${label}`);
          }
        }
      }
    }
  }
}

/** Trap-then-use, one child process (this fuzzer with `--trap-at NAME`) per export, two at a time. */
export async function trapRounds({ names, record, fuzzer }) {
  let trapped = 0;
  const unguarded = new Set();
  const escaped = [];
  const queue = names.slice();
  const one = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      const { stdout, error } = await new Promise((resolve) =>
        execFile(process.execPath, [fileURLToPath(fuzzer), "--trap-at", name], { timeout: 120_000, maxBuffer: 1 << 24 },
          (error, stdout) => resolve({ stdout, error })));
      let report;
      try {
        report = JSON.parse(stdout.trim().split("\n").pop());
      } catch {
        report = { failures: [`child gave no report (${error?.message ?? "no output"})`], calls: 0 };
      }
      if (report.trapped) trapped++;
      for (const u of report.unguarded ?? []) unguarded.add(u);
      if (report.notes?.length) escaped.push(name);
      record(report.failures.length === 0, `trap-then-use at ${name}`, report.failures.slice(0, 3).join(" | "));
    }
  };
  await Promise.all([one(), one()]);
  return { trapped, unguarded: [...unguarded], escaped };
}

/**
 * The child: run memory out, call `name` with big arguments until the module traps (or 8 tries), then call every
 * export once with its baseline arguments. Prints one JSON line: {trapped, calls, failures}.
 */
export async function trapChild({ name, surface, ImageKit, ImageKitError, healthy, moduleStopped, unguarded }) {
  const failures = [];
  const notes = [];
  let calls = 0;
  const STOPPED = /^the ImageKit wasm module stopped after an internal error/;
  const judge = async (label, f, exempt = false) => {
    calls++;
    let r, error;
    try {
      r = f();
    } catch (e) {
      error = e;
    }
    if (!error && r && typeof r.then === "function") {
      try {
        await r;
      } catch (e) {
        error = e;
      }
    }
    if (error instanceof WebAssembly.RuntimeError) (exempt ? notes : failures).push(`${label}: trap escaped (${error.message})`);
    else if (error !== undefined && !(error instanceof ImageKitError)) failures.push(`${label}: non-ImageKitError ${error?.name}: ${error?.message}`);
    else if (moduleStopped() && !exempt && !(error instanceof ImageKitError && STOPPED.test(error.message)))
      failures.push(`${label}: answered ${error ? `${error.name}: ${error.message}` : "a value"} after the module stopped`);
  };
  const memory = ImageKit.__memory();
  for (let step = 32768; step >= 1; step >>= 1) {
    try {
      memory.grow(step);
    } catch {}
  }
  const [fn, base] = surface[name];
  for (let n = 1 << 16; n <= 1 << 22 && !moduleStopped(); n <<= 2) {
    const big = "é".repeat(n);
    const args = base.length ? base.map((b) => (typeof b === "string" ? big : b && typeof b === "object" && !ArrayBuffer.isView(b) ? bigOptions(b, big) : b)) : [big];
    await judge(`${name} with ${n}-unit strings`, () => fn(args), unguarded.has(name));
  }
  for (const [other, [f, args]] of Object.entries(surface)) await judge(`then ${other}`, () => f(args.slice()), unguarded.has(other));
  calls++;
  if (moduleStopped()) {
    if (healthy()) failures.push("known answers still given after the module stopped");
  } else if (!healthy()) failures.push("module broken without a trap being reported");
  console.log(JSON.stringify({ trapped: moduleStopped(), calls, failures, notes, unguarded: [...unguarded] }));
}

/** An option object with every string value replaced by `big` (and a big `src`/`path` where there are none). */
function bigOptions(o, big) {
  if (Array.isArray(o)) return o;
  const out = {};
  for (const [k, v] of Object.entries(o)) out[k] = typeof v === "string" ? big : v;
  return out;
}

/** Status lines no API should send, fixed ones and `random` more drawn with `rnd` (codes 0–1099, hostile reasons). */
export function hostileStatusLines(rnd, random) {
  const lines = ["HTTP/1.1 600 Weird", "HTTP/1.1 101 Switching Protocols", "HTTP/1.1 099 Low", "HTTP/1.1 000 Zero",
    "HTTP/1.1 999 High", "HTTP/1.1 1000 Four", "HTTP/1.1 abc Letters", "HTTP/1.1 200 O\x01K", "HTTP/1.1 500 \x7f",
    "HTTP/1.1 304 Not Modified", "HTTP/1.1 207 Multi-Status", "HTTP/1.1 429 Slow\tdown", "HTTP/1.1 401", "HTTP/2 200 OK"];
  const reasonChars = ["a", " ", "\t", "\x01", "\x1f", "\x7f", "é", "\u0000", ":", "%"];
  for (let i = 0; i < random; i++) {
    const code = String(Math.floor(rnd() * 1100)).padStart(Math.floor(rnd() * 4), "0");
    const reason = Array.from({ length: Math.floor(rnd() * 8) }, () => reasonChars[Math.floor(rnd() * reasonChars.length)]).join("");
    lines.push(`HTTP/1.1 ${code} ${reason}`);
  }
  return lines;
}

/**
 * Every async call of `surface` against a server answering each of `lines`. `useServer(url)` points the
 * surface's client at the server (and back, with `undefined`); `call` is the fuzzer's one-call check (which
 * also requires a rejection to be an ImageKitError); an uncaught exception during a round is a failure.
 */
export async function hostileServerRounds({ surface, call, record, lines, useServer }) {
  const uncaught = [];
  const onUncaught = (e) => uncaught.push(`${e && e.name}: ${e && e.message}`);
  process.on("uncaughtException", onUncaught);
  try {
    for (const line of lines) {
      const raw = await rawServer(line);
      try {
        useServer(raw.url);
        for (const [name, [fn, base, isAsync]] of Object.entries(surface)) {
          if (isAsync !== true) continue;
          await call(name, fn, base.slice(), isAsync, `hostile server answering ${JSON.stringify(line)}`);
        }
        await new Promise((r) => setTimeout(r, 10));
        record(uncaught.length === 0, "hostile server: uncaught exception", `${JSON.stringify(line)} → ${uncaught.splice(0).join("; ")}`);
      } finally {
        useServer(undefined);
        await raw.close();
      }
    }
  } finally {
    process.off("uncaughtException", onUncaught);
  }
}
