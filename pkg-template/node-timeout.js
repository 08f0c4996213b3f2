// Timeouts for Node without an AbortController per request. In Node 20 making an AbortController's signal costs
// ~17 µs (its transferable-object setup), a sixth of the SDK's whole cost per API call against a local server,
// and 64 concurrent calls paid it 64 times. Here attempts that start within the same short window (1/64 of the
// timeout) share one controller, whose timer fires `timeout` after the window closes: every attempt still pending
// then is at least `timeout` old, so aborting them all is exactly "no response within the timeout", at most 1.6 %
// late. Attempts that finish never see it. A bucket takes at most 16 attempts: undici adds a listener per fetch
// to the signal and removes it only when the request is collected, and each `addEventListener` (and undici's
// `getEventListeners` check) walks the list; against the local server a plain fetch on a bucket of 16 measured
// 2-5 µs less per sequential call than on one of 64 (bench/api-ab.mjs, three runs); at 64 concurrent calls
// (4 controllers instead of 1) the same or better within the noise (+10.0 vs +9.6 %, +11.9 vs +16.5 % over fetch).
// Node only: a Worker must not share I/O objects between requests, and
// the other runtimes make signals cheaply. Calls with their own signal get their own controller (io.js).
// The windows run on the monotonic clock: `Date.now()` may be fixed by a test (SPEC §1 invites it) or stepped back
// by the system, and a window that never closes would let late attempts share an early timer. A timer holds at
// most 2^31 - 1 ms (longer fires at once), so near that bound the window shrinks to fit.
import { setMaxListeners } from "node:events";
import { performance } from "node:perf_hooks";
import { MAX_TIMER_MS } from "./io.js";

const open = new Map(); // timeout → the bucket new attempts join until it closes
const MAX_JOINED = 16;

export function sharedTimeout(timeoutMs) {
  const now = performance.now();
  let bucket = open.get(timeoutMs);
  if (bucket === undefined || now >= bucket.closes || bucket.joined >= MAX_JOINED) {
    const controller = new AbortController();
    // undici adds a listener or two per fetch to the shared signal; Node warns past 10 otherwise. Not 0
    // ("unlimited"): Node 20's getMaxListeners then throws, and undici catches that for every request.
    setMaxListeners(2 * MAX_JOINED + 16, controller.signal);
    // The window shrinks (to none) near the timer's maximum, so that no attempt is ever aborted early.
    const window = Math.max(0, Math.min(Math.ceil(timeoutMs / 64), MAX_TIMER_MS - timeoutMs));
    const b = { controller, closes: now + window, joined: 0, pending: 0, fired: false, timer: undefined };
    b.timer = setTimeout(() => {
      b.fired = true;
      controller.abort();
      if (open.get(timeoutMs) === b) open.delete(timeoutMs);
    }, Math.min(timeoutMs + window, MAX_TIMER_MS));
    b.timer.unref();
    open.set(timeoutMs, b);
    bucket = b;
  }
  const b = bucket;
  b.joined++;
  b.pending++;
  return {
    signal: b.controller.signal,
    finish() {
      b.pending--;
      // The last attempt of a closed bucket stops its timer.
      if (b.pending === 0 && !b.fired && (performance.now() >= b.closes || b.joined >= MAX_JOINED)) {
        clearTimeout(b.timer);
        if (open.get(timeoutMs) === b) open.delete(timeoutMs);
      }
      return b.fired;
    },
  };
}
