// Shared by the benchmark groups: timing (mitata), output checks, and the result line the driver collects.
// A group prints exactly one `@@RESULT <json>` line on stdout: {title, columns, rows, notes}, where each row is
// {name, cells: {<column>: {value, unit}}, target?: {text, met}}; everything else a group prints is just a log.
import { isDeepStrictEqual, inspect } from "node:util";
import { measure, do_not_optimize } from "mitata";

export const QUICK = process.argv.includes("--quick");
export const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
export const OURS = "imagekit-wasm";
export const JS = "@imagekit/javascript";
export const NODE = "@imagekit/nodejs";
export const IK6 = "imagekit 6";
export const PRIVATE_KEY = "private_key_test";
export const PUBLIC_KEY = "public_key_test";

/** Median time of one synchronous call, in ns (mitata batches fast calls). */
export async function median(fn) {
  const opts = QUICK ? { min_cpu_time: 2e6, min_samples: 4, batch_samples: 256, warmup_samples: 1 } : {};
  const stats = await measure(() => do_not_optimize(fn()), opts);
  return stats.p50;
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

/** A row of timings: ours first, then peers; speed-up (theirs ÷ ours) against `against` (default: fastest peer). */
export function timeRow(name, times, { factor, against } = {}) {
  const cells = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, ns(v)]));
  const peers = Object.entries(times).filter(([k, v]) => k !== OURS && v != null && (!against || k === against));
  const row = { name, cells };
  if (factor && peers.length) {
    const [peer, t] = peers.reduce((a, b) => (b[1] < a[1] ? b : a));
    const speedup = t / times[OURS];
    row.target = { text: `≥ ${factor}× ${against ?? `fastest (${peer})`}: ${speedup.toFixed(2)}×`, met: speedup >= factor };
  }
  return row;
}
