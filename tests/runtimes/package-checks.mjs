// Checks of the package itself, each its own line: tsc over tests/types (bundler and node16 resolution, against
// the installed package), publint, attw, runtime exports == declared exports, and the conformance suite
// (its in-repo copy in tests/fixtures/conformance).
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { publint as runPublint } from "publint";
import { formatMessage } from "publint/utils";
import ts from "typescript";
import { spawnSync } from "node:child_process";
import { crashed } from "./check.mjs";
import { bin, prepareScratch, root } from "./scratch.mjs";
import { packageDir } from "../hardening/wasm-build.mjs";

const line = (name, passed, failures, notes = []) => ({ name, passed, failed: failures.length, failures, notes });
const run = (cmd, args, cwd) => spawnSync(cmd, args, { cwd, encoding: "utf8", maxBuffer: 64 << 20, timeout: 180_000 });

const TSCONFIG = {
  bundler: { module: "esnext", moduleResolution: "bundler", files: ["types/usage.ts", "types/usage-nodejs.ts", "types/readme.ts", "types/transformation.ts"] },
  node16: { module: "node16", moduleResolution: "node16", files: ["types/usage.ts", "types/usage-nodejs.ts", "types/readme.ts", "types/transformation.ts", "types/usage-cjs.cts"] },
};

/** `tsc --noEmit` (strict, declarations checked too) over tests/types in the scratch project. */
export function types(mode) {
  const name = `types-${mode}`;
  try {
    const { app } = prepareScratch();
    cpSync(join(root, "tests/types"), join(app, "types"), { recursive: true });
    const { module, moduleResolution, files } = TSCONFIG[mode];
    const compilerOptions = { strict: true, noEmit: true, target: "es2022", lib: ["es2022", "dom", "dom.iterable"], types: [], module, moduleResolution, skipLibCheck: false, noUnusedLocals: true };
    writeFileSync(join(app, `tsconfig.${mode}.json`), JSON.stringify({ compilerOptions, files }, null, 2));
    const r = run(bin("tsc"), ["-p", `tsconfig.${mode}.json`, "--pretty", "false"], app);
    const errors = `${r.stdout}${r.stderr}`.split("\n").filter((l) => /error TS\d+/.test(l));
    if (r.status !== 0 && !errors.length) errors.push(`tsc exited ${r.status}: ${r.stdout}${r.stderr}${r.error ?? ""}`);
    return line(name, errors.length ? 0 : 1, errors);
  } catch (e) {
    return crashed(name, e);
  }
}

// The package's own hand-written entry and loading modules (each starts with `// @ts-check`); the generated glue is
// read for its types but not checked.
const CHECKED_JS = ["start.js", "surface.js", "wasm-source.js", "slim.js", "browser.js", "default.js", "deno.js", "edge.js", "workerd.js", "node.mjs"];

/** `tsc --checkJs` (strict) over the installed package's hand-written JS, with tests/types/host-js.d.ts for the hosts. */
export function typesJs() {
  const name = "types-js";
  try {
    const { app, installed } = prepareScratch();
    cpSync(join(root, "tests/types/host-js.d.ts"), join(app, "host-js.d.ts"));
    const files = [...CHECKED_JS.map((f) => join(installed, f)), join(app, "host-js.d.ts")];
    const unchecked = CHECKED_JS.filter((f) => !readFileSync(join(installed, f), "utf8").startsWith("// @ts-check\n"));
    // maxNodeModuleJsDepth: the checked files live in node_modules, and import their JS siblings.
    const compilerOptions = { allowJs: true, maxNodeModuleJsDepth: 2, noEmit: true, strict: true, target: "es2022", module: "esnext", moduleResolution: "bundler", lib: ["es2022", "dom"], types: [] };
    writeFileSync(join(app, "tsconfig.js.json"), JSON.stringify({ compilerOptions, files }, null, 2));
    const r = run(bin("tsc"), ["-p", "tsconfig.js.json", "--pretty", "false"], app);
    const errors = `${r.stdout}${r.stderr}`.split("\n").filter((l) => /error TS\d+/.test(l));
    if (r.status !== 0 && !errors.length) errors.push(`tsc exited ${r.status}: ${r.stdout}${r.stderr}${r.error ?? ""}`);
    errors.push(...unchecked.map((f) => `${f} does not start with // @ts-check`));
    return line(name, errors.length ? 0 : CHECKED_JS.length, errors);
  } catch (e) {
    return crashed(name, e);
  }
}

/** publint on pkg/: errors fail; warnings and suggestions are printed. */
export async function publint() {
  try {
    const pkgDir = join(root, "pkg");
    const { messages, pkg } = await runPublint({ pkgDir, pack: "npm", level: "suggestion" });
    const say = (m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`.replace(/\x1b\[[0-9;]*m/g, "");
    const errors = messages.filter((m) => m.type === "error").map(say);
    return line("publint", errors.length ? 0 : 1, errors, messages.filter((m) => m.type !== "error").map(say));
  } catch (e) {
    return crashed("publint", e);
  }
}

// Known and intended: `imagekit-wasm/slim` is ESM only (the explicit-init entry for ES module hosts; CommonJS
// users have the main entry, which needs no init). The types say so too (node16 from CJS: dynamic import only).
const ATTW_ALLOWED = [{ kind: "CJSResolvesToESM", entrypoint: "./slim" }];

/** attw on the packed tarball: every problem fails except the allowed ones above (printed as notes). */
export function attw() {
  try {
    const { tarball } = prepareScratch();
    const r = run(bin("attw"), [tarball, "--format", "json"], root);
    const problems = Object.values(JSON.parse(r.stdout).problems ?? {}).flat();
    const allowed = (p) => ATTW_ALLOWED.some((a) => a.kind === p.kind && a.entrypoint === p.entrypoint);
    const fmt = (p) => `${p.kind} ${p.entrypoint ?? ""} ${p.resolutionKind ?? ""}`.trim();
    return line("attw", problems.some((p) => !allowed(p)) ? 0 : 1, problems.filter((p) => !allowed(p)).map(fmt),
      problems.filter(allowed).map((p) => `allowed: ${fmt(p)}`));
  } catch (e) {
    return crashed("attw", e);
  }
}

/** The value exports a .d.ts declares (classes, functions, consts; `export *` and aliases followed). */
function declaredValues(file) {
  const program = ts.createProgram([file], { noEmit: true, lib: ["lib.es2022.d.ts", "lib.dom.d.ts"] });
  const checker = program.getTypeChecker();
  const mod = checker.getSymbolAtLocation(program.getSourceFile(file));
  return checker.getExportsOfModule(mod).filter((s) => {
    const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    // `export =` of a class (index.d.cts): its `prototype` is no export.
    return target.flags & ts.SymbolFlags.Value && s.name !== "prototype";
  }).map((s) => s.name).sort();
}

/** Runtime exports of node.mjs, node.cjs and slim.js equal what index.d.ts / slim.d.ts declare. */
export async function exportsMatch() {
  try {
    const { installed } = prepareScratch();
    const require = createRequire(join(installed, "package.json"));
    const esm = (f) => import(pathToFileURL(join(installed, f)).href);
    const cases = [
      ["node.mjs", "index.d.ts", Object.keys(await esm("node.mjs"))],
      ["node.cjs", "index.d.cts", Object.keys(require("./node.cjs"))],
      ["slim.js", "slim.d.ts", Object.keys(await esm("slim.js"))],
    ];
    const failures = [];
    for (const [js, dts, got] of cases) {
      const want = declaredValues(join(installed, dts));
      const missing = want.filter((n) => !got.includes(n)), extra = got.filter((n) => !want.includes(n));
      if (missing.length || extra.length) failures.push(`${js} vs ${dts}: declared but not exported [${missing}], exported but not declared [${extra}]`);
    }
    return line("exports", cases.length - failures.length, failures);
  } catch (e) {
    return crashed("exports", e);
  }
}

/** `node tests/fixtures/conformance/run.mjs pkg`: the in-repo copy of the conformance runner and its cases. */
export function conformance() {
  const runner = join(root, "tests/fixtures/conformance/run.mjs");
  if (!existsSync(runner)) return crashed("conformance", new Error(`${runner} not found`));
  const r = run(process.execPath, [runner, packageDir()], root); // IK_WASM picks the build (wasm-build.mjs)
  const out = `${r.stdout}${r.stderr}`.trim().split("\n");
  const m = out.at(-1)?.match(/^conformance: (\d+) passed, (\d+) failed$/);
  if (!m) return crashed("conformance", new Error(`unexpected output (exit ${r.status}):\n${out.slice(-20).join("\n")}`));
  // The runner prints the first 25 failing cases, one JSON line each, then its summary line.
  const failures = out.slice(0, -1).map((l) => (l.length > 400 ? `${l.slice(0, 400)}…` : l));
  const failed = Math.max(Number(m[2]), r.status === 0 ? 0 : 1);
  if (failed > failures.length) failures.push(`(${failed - failures.length} more failing cases not listed by the runner)`);
  return { name: "conformance", passed: Number(m[1]), failed, failures };
}
