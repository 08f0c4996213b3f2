// Host-side helpers shared by the harnesses: run a child process that prints one JSON line, and score a
// runtime's result (smoke checks + "loaded the entry meant for it" + "exports the same names as the Node entry").
import { spawn } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { installed } from "./scratch.mjs";

/** Runs `cmd args` and resolves with the JSON of its last stdout line; rejects with its output on failure. */
export function runJson(cmd, args, { cwd, env, timeoutMs = 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "", err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (e) => { clearTimeout(timer); reject(e); });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const last = out.trim().split("\n").pop();
      try {
        if (code !== 0) throw new Error(`exit ${code ?? signal}`);
        resolve(JSON.parse(last));
      } catch (e) {
        reject(new Error(`${cmd} ${args.join(" ")}: ${e.message}\n${(out + err).trim().slice(-3000)}`));
      }
    });
  });
}

let reference = null;
/** The export names of the installed package's Node ESM entry: every runtime's entry must export the same. */
export async function referenceExports() {
  reference ??= Object.keys(await import(pathToFileURL(join(installed, "node.mjs")).href)).sort();
  return reference;
}

/** The check on named-run.mjs's result (a bundle of named imports only still initialises the wasm). */
export function namedCheck(value, error) {
  const ok = !error && value?.distance === 17 && value?.validation === true;
  return { label: "named imports in a tree-shaken bundle", ok, detail: error ? error.message : JSON.stringify(value) };
}

/**
 * Turns a runner's {passed, failed, failures, exports} plus the resolved entry into a harness result, adding two
 * checks: the entry is `wantEntry` (a file name inside the package) and the exports equal the Node entry's;
 * `extra` adds the harness's own checks ({label, ok, detail}).
 */
export async function score(name, result, { entry, wantEntry, extra = [] }) {
  const failures = [...(result.failures ?? [])];
  let passed = result.passed ?? 0;
  const check = (label, ok, detail) => (ok ? passed++ : failures.push(`${label}: ${detail}`));
  const resolved = String(entry ?? "").replace(/^file:\/\//, "").replaceAll("\\", "/");
  check("loaded its own entry", resolved.endsWith(`/imagekit-wasm/${wantEntry}`), `resolved ${resolved || "nothing"}, expected ${wantEntry}`);
  const ref = await referenceExports();
  const got = [...(result.exports ?? [])].sort();
  check("exports match the Node entry", got.join() === ref.join(),
    `missing [${ref.filter((n) => !got.includes(n))}], extra [${got.filter((n) => !ref.includes(n))}]`);
  for (const x of extra) check(x.label, x.ok, x.detail);
  return { name, passed, failed: failures.length, failures };
}

/** A harness that could not run at all counts as one failure (never a skip). */
export function crashed(name, error) {
  return { name, passed: 0, failed: 1, failures: [`could not run: ${error && (error.stack || error.message || error)}`] };
}
