// The checks helper every custom JS suite shares: the name filter and a tiny named-check runner.
//
//   ONLY=regex node tests/hardening/faults.mjs     runs only the checks whose name matches (JavaScript RegExp)
//
// A suite asks `selected(name)` before it runs or counts a check; everything else stays the suite's own, so its
// closing `<name>: N passed, M failed` line now counts the selected checks only. Inputs a suite generates are
// still generated for the checks it leaves out, so a seeded case keeps its name and its input under a filter
// (`ONLY='ik.url #123$'` replays exactly that case). A filter that selects nothing fails the run: a suite never
// passes by running nothing.

const pattern = process.env.ONLY ?? "";
let only = null;
try {
  only = pattern ? new RegExp(pattern) : null;
} catch (e) {
  console.log(`ONLY=${pattern} is not a regular expression: ${e.message}`);
  process.exit(2);
}
let chosen = 0, left = 0;
if (only) {
  console.log(`  note: ONLY=${pattern}: running only the checks whose name matches`);
  // On stderr, so the suite's closing line stays the last line of its output.
  process.on("exit", () => {
    console.error(`ONLY=${pattern}: ${chosen} checks selected, ${left} left out`);
    if (chosen === 0) process.exitCode = 1;
  });
}

/** Whether the check called `name` runs (always, without ONLY). */
export function selected(name) {
  const yes = !only || only.test(String(name));
  if (yes) chosen++;
  else left++;
  return yes;
}

/**
 * Named checks printed as they go (`ok`/`FAIL` lines), a crash counted as a failure, and the closing
 * `<name>: N passed, M failed` line; `finish()` exits 1 when anything failed or nothing passed.
 */
export function checks(name, detailLines = 8) {
  let passed = 0, failed = 0;
  return {
    async check(label, fn) {
      if (!selected(label)) return;
      try {
        await fn();
        passed++;
        console.log(`  ok   ${label}`);
      } catch (e) {
        failed++;
        console.log(`  FAIL ${label}\n       ${String(e?.message ?? e).split("\n").slice(0, detailLines).join("\n       ")}`);
      }
    },
    crashed(e) {
      failed++;
      console.log(`  FAIL ${name} could not run: ${e?.stack ?? e}`);
    },
    finish() {
      console.log(`${name}: ${passed} passed, ${failed} failed`);
      process.exit(failed || !passed ? 1 : 0);
    },
  };
}

export function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}
