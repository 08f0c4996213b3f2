// Every `exports` entry in its own fresh process, as a user's first import: `imagekit-wasm/slim` in Node, Deno
// and Bun (init without arguments finds the wasm), the main entry, `imagekit-wasm/package.json`, and the
// dual-package check (import and require in one process share one instance and one class set, in both orders).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runJson } from "./check.mjs";
import { bin, prepareScratch } from "./scratch.mjs";

/** Each run: [label, command, args]. */
function runs(app, scratch, installed) {
  const deno = (mode) => [bin("deno"), ["run", "--node-modules-dir=manual", "--no-prompt", `--allow-read=${installed}`, "entry-probe.mjs", mode]];
  return [
    ["node slim", process.execPath, ["entry-probe.mjs", "slim"]],
    ["deno slim", ...deno("slim")],
    ["bun slim", bin("bun"), ["entry-probe.mjs", "slim"]],
    ["node main (import)", process.execPath, ["entry-probe.mjs", "esm"]],
    ["node require then import", process.execPath, ["entry-probe.mjs", "cjs-then-esm"]],
    ["node import then require", process.execPath, ["entry-probe.mjs", "esm-then-cjs"]],
    ["bun require then import", bin("bun"), ["entry-probe.mjs", "cjs-then-esm"]],
    ["bun import then require", bin("bun"), ["entry-probe.mjs", "esm-then-cjs"]],
    ["node package.json", process.execPath, ["-e", `console.log(JSON.stringify({ checks: { "version readable": typeof require("imagekit-wasm/package.json").version === "string" } }))`]],
  ].map(([label, cmd, args]) => ({ label, cmd, args, env: label.startsWith("deno") ? { DENO_DIR: join(scratch, "deno-dir"), NO_COLOR: "1" } : { NO_COLOR: "1" } }));
}

export async function entries() {
  const { app, scratch, installed } = prepareScratch();
  let passed = 0;
  const failures = [];
  for (const { label, cmd, args, env } of runs(app, scratch, installed)) {
    try {
      const { checks } = await runJson(cmd, args, { cwd: app, env });
      const names = Object.keys(checks);
      if (!names.length) failures.push(`${label}: no checks ran`);
      for (const name of names) checks[name] ? passed++ : failures.push(`${label}: ${name}`);
    } catch (e) {
      failures.push(`${label}: ${e.message}`);
    }
  }
  // The tarball carries the user's guide (package.json `files` lists README.md).
  const readme = existsSync(join(installed, "README.md")) ? readFileSync(join(installed, "README.md"), "utf8") : "";
  for (const section of ["## Install", "## Runtimes", "## API", "## Switching from another SDK"]) {
    readme.includes(section) ? passed++ : failures.push(`the packed README has no "${section}"`);
  }
  return { name: "entries", passed, failed: failures.length, failures };
}
