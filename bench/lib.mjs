// Shared by the benchmark groups: timing (mitata), output checks, and the result line the driver collects.
// A group prints exactly one `@@RESULT <json>` line on stdout: {title, columns, rows, notes}, where each row is
// {name, cells: {<column>: {value, unit}}, target?: {text, met}}; everything else a group prints is just a log.
import { isDeepStrictEqual, inspect } from "node:util";
import { measure, do_not_optimize } from "mitata";
import { packageFile } from "../tests/hardening/wasm-build.mjs";

export const QUICK = process.argv.includes("--quick");
export const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
/** The speed build (what every entry but the browser's loads); OURS_SIZE is the browser's size build (SPEC §8). */
export const OURS = "imagekit-wasm";
export const OURS_SIZE = "imagekit-wasm size build";
/** The runtime this group runs in: `make bench` runs the URL and signing groups in Node, Bun and Deno. */
export const RUNTIME = globalThis.Bun ? `Bun ${globalThis.Bun.version}` : globalThis.Deno ? `Deno ${globalThis.Deno.version.deno}` : `Node ${process.version}`;

/** Our package over one build, through the entry this runtime resolves (Deno: deno.js; Node and Bun: node.mjs). */
export const loadOurs = (build = "speed") => import(packageFile(globalThis.Deno ? "deno.js" : "node.mjs", build));
export const JS = "@imagekit/javascript";
export const NODE = "@imagekit/nodejs";
export const IK6 = "imagekit 6";
export const PRIVATE_KEY = "private_key_test";
export const PUBLIC_KEY = "public_key_test";

/**
 * Time of one synchronous call of each function, in ns, measured side by side: every round times a batch of each
 * function in turn (the order rotating), and each function's figure is its fastest round. Why the fastest and not
 * the median: this 2-core machine is shared, and with a load average of 6–12 most batches of a few milliseconds are
 * preempted at least once, so a median over rounds measured the neighbours (one run put the same call at 2.7 µs in
 * one column and 11 µs in the next); the fastest batch of ~1 ms is the one that ran alone. Interleaving still
 * spreads the machine's slow phases over all implementations alike. mitata warms each function and sizes its batch.
 */
export async function fastest(fns) {
  const rounds = QUICK ? 2 : 41;
  const names = Object.keys(fns);
  const batch = {};
  for (const name of names) {
    const stats = await measure(() => do_not_optimize(fns[name]()), { min_cpu_time: QUICK ? 2e6 : 50e6 });
    batch[name] = Math.max(1, Math.round(1e6 / Math.max(stats.p50, 1)));
  }
  const best = Object.fromEntries(names.map((n) => [n, Infinity]));
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(r + j) % names.length], fn = fns[name], n = batch[name];
      const t0 = performance.now();
      for (let i = 0; i < n; i++) sink ^= fn() === undefined ? 1 : 0;
      best[name] = Math.min(best[name], ((performance.now() - t0) * 1e6) / n);
    }
  }
  do_not_optimize(sink);
  return best;
}

/** Fails the group unless every value equals the first: we never time a wrong answer. */
export function same(what, entries) {
  const [[firstName, first], ...rest] = Object.entries(entries);
  for (const [name, value] of rest) {
    if (!isDeepStrictEqual(plain(value), plain(first))) {
      throw new Error(`${what}: ${name} gave ${inspect(value)}, ${firstName} gave ${inspect(first)}`);
    }
  }
  return first;
}
/** `fns` itself, once each of its functions has given the same answer as the first (see `same`). */
export function checked(what, fns) {
  same(what, Object.fromEntries(Object.entries(fns).map(([k, f]) => [k, f()])));
  return fns;
}
const plain = (v) => (v && typeof v === "object" ? JSON.parse(JSON.stringify(v)) : v);

/** Compares `ours()` with `theirs()` once two calls of `ours` around `theirs` agree: all three fell in one clock second. */
export function sameSecond(what, ours, theirs) {
  for (let i = 0; i < 5; i++) {
    const a = ours(), b = theirs(), c = ours();
    if (a === c) return same(what, { [OURS]: a, theirs: b });
  }
  throw new Error(`${what}: clock kept moving`);
}

export function result(title, columns, rows, notes = []) {
  process.stdout.write(`@@RESULT ${JSON.stringify({ title, columns, rows, notes })}\n`);
}

export const ns = (value) => ({ value, unit: "ns" });
export const log = (...a) => console.error(...a);

/**
 * A row of timings: ours (both builds) first, then peers. With `factor`, the target is theirs ÷ ours ≥ factor
 * against `against` (default: the fastest peer), judged on the speed build; the size build's ratio is shown too.
 */
export function timeRow(name, times, { factor, against, aim } = {}) {
  const cells = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, ns(v)]));
  const peers = Object.entries(times).filter(([k, v]) => k !== OURS && k !== OURS_SIZE && v != null && (!against || k === against));
  const row = { name, cells };
  if (factor && peers.length) {
    const [peer, t] = peers.reduce((a, b) => (b[1] < a[1] ? b : a));
    const speedup = t / times[OURS];
    const size = times[OURS_SIZE] ? `; size build ${(t / times[OURS_SIZE]).toFixed(2)}×` : "";
    row.target = { text: `≥ ${factor}×${aim ? ` (aim ${aim}×)` : ""} ${against ?? `fastest (${peer})`}: ${speedup.toFixed(2)}×${size}`, met: speedup >= factor };
  }
  return row;
}
