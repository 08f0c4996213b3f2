#!/usr/bin/env node
// `make bench` (`node bench/run.mjs [--quick]`): runs each group of bench/groups/ in its own Node process, collects
// the one result line each prints, and prints markdown tables (to stdout, and to bench/RESULTS.md on a full run).
// Cells: the URL and signing groups' fastest round (bench/lib.mjs says why), the other groups' medians; for an official SDK "(N×)" = its time (or size, memory) ÷ ours: above 1 means ours is faster
// (smaller). `--quick` runs every group with tiny iteration counts and an 8 MB upload: a smoke test, not a result.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, totalmem, loadavg, release } from "node:os";
import { OURS, OURS_SIZE, QUICK, ROOT } from "./lib.mjs";

// Each group in Node; the URL and signing groups again in Bun and Deno (another engine, another verdict).
const BIN = (name) => `${ROOT}/node_modules/.bin/${name}`;
const RUNTIMES = {
  node: (file) => [process.execPath, [file]],
  bun: (file) => [BIN("bun"), [file]],
  deno: (file) => [BIN("deno"), ["run", "-A", "--node-modules-dir=manual", file]],
};
const GROUPS = [["url", "node"], ["url", "bun"], ["url", "deno"], ["sign", "node"], ["sign", "bun"], ["sign", "deno"],
  ["api", "node"], ["upload", "node"], ["cold", "node"], ["memory", "node"], ["size", "node"]];
const NO_RATIO = new Set(["plain fetch", "bare runtime"]);

function runGroup(name, runtime) {
  return new Promise((resolve, reject) => {
    const [cmd, args] = RUNTIMES[runtime](`${ROOT}/bench/groups/${name}.mjs`);
    const child = spawn(cmd, [...args, ...(QUICK ? ["--quick"] : [])], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("exit", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("@@RESULT "));
      if (code !== 0 || !line) reject(new Error(`bench group ${name} in ${runtime} failed (exit ${code})`));
      else resolve(JSON.parse(line.slice("@@RESULT ".length)));
    });
  });
}

function fmt({ value, unit }) {
  if (value == null) return "–";
  if (unit === "ns") return value < 1e3 ? `${value.toFixed(0)} ns` : value < 1e6 ? `${(value / 1e3).toFixed(2)} µs` : `${(value / 1e6).toFixed(2)} ms`;
  if (unit === "ms") return `${value.toFixed(value < 100 ? 1 : 0)} ms`;
  if (unit === "bytes") return value < 2 ** 20 ? `${(value / 1024).toFixed(1)} KiB` : `${(value / 2 ** 20).toFixed(1)} MiB`;
  return `${value} ${unit}`;
}

function table({ title, columns, rows, notes }) {
  const hasTarget = rows.some((r) => r.target);
  const head = ["Case", ...columns, ...(hasTarget ? ["Target / ratio"] : [])];
  const lines = [`### ${title}`, "", `| ${head.join(" | ")} |`, `|${head.map((_, i) => (i ? "---:" : "---")).join("|")}|`];
  for (const r of rows) {
    const ours = r.cells[OURS]?.value;
    const cells = columns.map((c) => {
      const cell = r.cells[c];
      if (!cell) return "–";
      const ratio = c !== OURS && !NO_RATIO.has(c) && ours ? ` (${(cell.value / ours).toFixed(2)}×)` : "";
      return fmt(cell) + ratio;
    });
    const target = r.target ? `${r.target.met === undefined ? "" : r.target.met ? "✅ " : "❌ "}${r.target.text}` : "";
    lines.push(`| ${[r.name, ...cells, ...(hasTarget ? [target] : [])].join(" | ")} |`);
  }
  return [...lines, "", ...notes.map((n) => `- ${n}`), ""].join("\n");
}

function machine() {
  const cpu = readFileSync("/proc/cpuinfo", "utf8").match(/^model name\s*:\s*(.+)$/m)?.[1] ?? "unknown CPU";
  const la = loadavg().map((x) => x.toFixed(2)).join(" ");
  return `${cpu}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Linux ${release()}, Node ${process.version} (load average at start: ${la})`;
}

const started = Date.now();
const machineLine = machine();
const sections = [];
for (const [g, runtime] of GROUPS) {
  const t0 = Date.now();
  const res = await runGroup(g, runtime);
  console.error(`bench: ${g} (${runtime}) done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  sections.push(table(res));
}
const md = [
  `## Benchmarks${QUICK ? " (--quick: smoke run, numbers meaningless)" : ""}`,
  "",
  `Machine: ${machineLine}. Run: ${new Date(started).toISOString()}, ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  "",
  `URL and signing rows: each call's fastest of 41 interleaved rounds (bench/lib.mjs \`fastest\`: on this shared machine a median measured the neighbours' load); the other groups: medians. "${OURS}" is the speed build (every entry but the browser's), "${OURS_SIZE}" the browser's size build ` +
    "(SPEC §8). In the other cells, (N×) = theirs ÷ ours (the speed build's): above 1 means imagekit-wasm is faster " +
    "(or smaller); in the size build's cells it is the size build ÷ the speed build. Every output is checked equal " +
    "to ours before it is timed. Targets are goals, not assertions; they judge the speed build, and say the size build's ratio.",
  "",
  ...sections,
].join("\n");
console.log(md);
// A full run replaces the generated part of RESULTS.md (between the markers) and keeps the notes written around it.
if (!QUICK) {
  const file = `${ROOT}/bench/RESULTS.md`, [BEGIN, END] = ["<!-- make bench: begin -->", "<!-- make bench: end -->"];
  const old = existsSync(file) ? readFileSync(file, "utf8") : "";
  const [head, tail] = old.includes(BEGIN) && old.includes(END) ? [old.slice(0, old.indexOf(BEGIN)), old.slice(old.indexOf(END) + END.length)] : ["", "\n"];
  writeFileSync(file, `${head}${BEGIN}\n${md}\n${END}${tail}`);
}
