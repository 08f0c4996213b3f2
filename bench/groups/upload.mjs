// Upload of one large File (a Blob): peak RSS growth of a fresh uploading process, ours vs @imagekit/nodejs (and a
// plain fetch + FormData reference). The server runs in its own process. Growth = peak RSS during the upload minus
// RSS just before it (after the File exists and a 1 KB warm-up upload ran). Peak = the larger of VmHWM (reset via
// /proc/<pid>/clear_refs where allowed) and /proc/<pid>/status VmRSS sampled every 2 ms.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { NODE, OURS, QUICK, ROOT, result, log } from "../lib.mjs";
import { spawnServer } from "../server.mjs";

const FETCH = "plain fetch";
const MB = QUICK ? 8 : 200, REPS = QUICK ? 1 : 3;
const kb = (pid, field) => Number(readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`${field}:\\s+(\\d+)`))[1]) * 1024;

async function once(impl, base) {
  const child = spawn(process.execPath, ["--expose-gc", `${ROOT}/bench/groups/upload-child.mjs`, impl, String(MB), base], { stdio: ["pipe", "pipe", "inherit"] });
  const exited = new Promise((res) => child.once("exit", res));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error(`${impl}: upload child exited early (${await exited})`);
    return value;
  };
  if ((await next()) !== "ready") throw new Error(`${impl}: unexpected output`);
  const baseline = kb(child.pid, "VmRSS");
  let hwmReset = true;
  try { writeFileSync(`/proc/${child.pid}/clear_refs`, "5"); } catch { hwmReset = false; }
  let sampled = baseline;
  const timer = setInterval(() => { try { sampled = Math.max(sampled, kb(child.pid, "VmRSS")); } catch {} }, 2);
  child.stdin.write("go\n");
  const done = await next();
  clearInterval(timer);
  const peak = Math.max(sampled, hwmReset ? kb(child.pid, "VmHWM") : 0);
  child.stdin.end("exit\n");
  if ((await exited) !== 0) throw new Error(`${impl}: upload child failed`);
  return { growth: peak - baseline, baseline, ms: Number(done.split(" ")[1]), hwmReset };
}

const srv = await spawnServer();
const runs = { [OURS]: [], [NODE]: [], [FETCH]: [] };
let hwm = true;
try {
  for (let r = 0; r < REPS; r++) {
    for (const impl of Object.keys(runs)) {
      const one = await once(impl, srv.uploadBaseUrl);
      hwm &&= one.hwmReset;
      runs[impl].push(one);
      await srv.reset({ store: true });
      log(`upload: ${impl} +${(one.growth / 2 ** 20).toFixed(1)} MB in ${one.ms.toFixed(0)} ms`);
    }
  }
} finally {
  await srv.close();
}

const med = (a) => [...a].sort((x, y) => x - y)[(a.length - 1) >> 1];
const cells = (key, unit) => Object.fromEntries(Object.entries(runs).map(([k, a]) => [k, { value: med(a.map((x) => x[key])), unit }]));
const growth = cells("growth", "bytes");
const ratio = growth[NODE].value / Math.max(growth[OURS].value, 1);
result(`Upload of a ${MB} MB File (fresh process per upload, median of ${REPS})`, [OURS, NODE, FETCH], [
  { name: "peak RSS growth during upload", cells: growth, target: { text: `${NODE} ÷ ours: ${ratio.toFixed(2)}×` } },
  { name: "upload time", cells: cells("ms", "ms") },
], [
  `The same \`new File([...], "big.bin")\` (${MB} × 1 MB parts) for every implementation; the server checks the size. ` +
    `Peak from ${hwm ? "VmHWM after clear_refs and " : ""}VmRSS sampled every 2 ms. ` +
    "imagekit 6 is left out: it takes a Buffer, stream or base64 string, not a Blob.",
]);
