// The tiny check runner both demo scripts use: named checks printed as they go, a crash counted as a failure,
// and the closing `<name>: N passed, M failed` line (exit 1 when anything failed or nothing passed).

export function checks(name, detailLines = 8) {
  let passed = 0, failed = 0;
  return {
    async check(label, fn) {
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
