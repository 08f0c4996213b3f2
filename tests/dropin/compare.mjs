// The drop-in runners' tally: `check(name, official, ours)` compares two summaries as JSON and prints both on a
// difference; `own(name, ok)` counts a check made on ours alone (a difference kept on purpose).
export function tally(officialLabel) {
  let passed = 0, failed = 0;
  const pad = Math.max(officialLabel.length, "imagekit-wasm".length) + 1;
  return {
    check(name, a, b) {
      const x = JSON.stringify(a), y = JSON.stringify(b);
      if (x === y) return void passed++;
      failed++;
      console.log(`  FAIL ${name}\n       ${`${officialLabel}:`.padEnd(pad)} ${x}\n       ${"imagekit-wasm:".padEnd(pad)} ${y}`);
    },
    own(name, ok) {
      if (ok) return void passed++;
      failed++;
      console.log(`  FAIL (ours) ${name}`);
    },
    get passed() {
      return passed;
    },
    get failed() {
      return failed;
    },
  };
}
