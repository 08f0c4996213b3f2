#!/usr/bin/env node
// The JS test driver (`make test-js`, after `make package`): installs the packed package into a scratch project
// and runs the smoke suite in every runtime, then the package checks. One line per harness,
// `<name>: N passed, M failed` (failure details above it), then `runtimes: N passed, M failed` counting lines.
// Exit 1 if any line failed or could not run; nothing is ever skipped.
// usage: node tests/run-all.mjs [--only name[,name...]]      or ONLY=regex (harness names, e.g. ONLY='^api-')
import { apiBun, apiDeno, apiNode, apiWorkerd, stopApiServer } from "./runtimes/api.mjs";
import { bun } from "./runtimes/bun.mjs";
import { bunBrowser } from "./runtimes/bun-browser.mjs";
import { chromium } from "./runtimes/chromium.mjs";
import { crashed } from "./runtimes/check.mjs";
import { declarationsCheck } from "./runtimes/declarations.mjs";
import { deno } from "./runtimes/deno.mjs";
import { edge } from "./runtimes/edge.mjs";
import { entries } from "./runtimes/entries.mjs";
import { nextTurbopack, nextWebpack } from "./runtimes/next.mjs";
import { nodeCjs, nodeEsm } from "./runtimes/node.mjs";
import { attw, conformance, exportsMatch, publint, types, typesJs } from "./runtimes/package-checks.mjs";
import { workerd } from "./runtimes/workerd.mjs";
import { selected as wanted } from "./checks.mjs";
import { wrangler } from "./runtimes/wrangler.mjs";

const HARNESSES = {
  "node-esm": nodeEsm,
  "node-cjs": nodeCjs,
  deno,
  bun,
  workerd,
  wrangler,
  "edge-runtime": edge,
  chromium,
  "bun-browser": bunBrowser,
  "next-turbopack": nextTurbopack,
  "next-webpack": nextWebpack,
  entries,
  "api-node": apiNode,
  "api-deno": apiDeno,
  "api-bun": apiBun,
  "api-workerd": apiWorkerd,
  "types-bundler": () => types("bundler"),
  "types-node16": () => types("node16"),
  "types-js": typesJs,
  publint,
  attw,
  exports: exportsMatch,
  declarations: declarationsCheck,
  conformance,
};

function selected(argv) {
  const i = argv.indexOf("--only");
  if (i < 0) return Object.keys(HARNESSES).filter(wanted);
  const names = (argv[i + 1] ?? "").split(/[,\s]+/).filter(Boolean);
  const unknown = names.filter((n) => !(n in HARNESSES));
  if (!names.length || unknown.length) {
    console.error(`--only: unknown or missing names [${unknown}]; choose from: ${Object.keys(HARNESSES).join(", ")}`);
    process.exit(2);
  }
  return names;
}

let ok = 0, bad = 0;
for (const name of selected(process.argv.slice(2))) {
  let r;
  const started = performance.now();
  try {
    r = await HARNESSES[name]();
  } catch (e) {
    r = crashed(name, e);
  }
  for (const n of [...(r.notes ?? []), `took ${((performance.now() - started) / 1000).toFixed(1)} s`]) console.log(`  note: ${n}`);
  for (const f of r.failures ?? []) console.log(`  FAIL ${f.replaceAll("\n", "\n       ")}`);
  const failed = r.failed || (r.passed ? 0 : 1); // a line with nothing passed never counts as a pass
  console.log(`${name}: ${r.passed} passed, ${failed} failed`);
  failed ? bad++ : ok++;
}
await stopApiServer();
console.log(`runtimes: ${ok} passed, ${bad} failed`);
process.exit(bad ? 1 : 0);
