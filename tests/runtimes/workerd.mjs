// Cloudflare Workers: bundles a Worker like wrangler does (esbuild, conditions workerd/worker/browser, *.wasm kept
// external and shipped as wasm modules), runs it with `workerd serve`, and fetches the result.
// `runInWorkerd(modulePath, {args})` runs any module exporting `async run(args)`; its fetch() may reach loopback
// servers (globalOutbound allows "local").
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { bundleWrapper, callRunSource } from "./bundle.mjs";
import { crashed, namedCheck, score } from "./check.mjs";
import { bin, prepareScratch } from "./scratch.mjs";

const capnp = (modules) => `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "internet", network = (allow = ["public", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [
${modules.map((m) => `    (name = ${JSON.stringify(m.name)}, ${m.kind} = embed ${JSON.stringify(m.name)}),`).join("\n")}
  ],
  compatibilityDate = "2025-01-01",
  globalOutbound = "internet",
);
`;

/** Runs `modulePath`'s `run(args)` inside workerd; resolves with {value, entries} (entries: bundled package entry). */
export async function runInWorkerd(modulePath, { args = null, name = basename(modulePath, ".mjs"), timeoutMs = 30_000 } = {}) {
  const dir = join(prepareScratch().scratch, "workerd", name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const wasm = new Map(); // import specifier → file on disk
  const externalWasm = {
    name: "external-wasm",
    setup(b) {
      b.onResolve({ filter: /\.wasm$/ }, (a) => {
        wasm.set(basename(a.path), resolve(a.resolveDir, a.path));
        return { path: `./${basename(a.path)}`, external: true };
      });
    },
  };
  const wrapperCode = `${callRunSource(resolve(modulePath))}
export default {
  async fetch(request) {
    return Response.json(await callRun(await request.json()));
  },
};`;
  const { entries } = await bundleWrapper({ wrapperCode, outfile: join(dir, "worker.js"), conditions: ["workerd", "worker", "browser"], plugins: [externalWasm] });
  for (const [file, from] of wasm) copyFileSync(from, join(dir, file));
  const modules = [{ name: "worker.js", kind: "esModule" }, ...[...wasm.keys()].map((f) => ({ name: f, kind: "wasm" }))];
  const body = await fetchFromWorkerd(dir, modules, { method: "POST", body: JSON.stringify(args) }, timeoutMs);
  if (!body.ok) throw new Error(`run() threw in workerd: ${body.error}`);
  return { value: body.value, entries };
}

/**
 * Serves the Worker whose `modules` ({name, kind: "esModule" | "wasm"}, first is the main module) lie in `dir`
 * with `workerd serve`, sends it one request (`init`), and resolves with the JSON answer.
 */
export async function fetchFromWorkerd(dir, modules, init, timeoutMs = 30_000) {
  writeFileSync(join(dir, "config.capnp"), capnp(modules));
  // Port 0, and workerd reports the port it bound on the control fd (as wrangler runs it): no port races.
  const child = spawn(bin("workerd"), ["serve", "config.capnp", "--verbose", "--control-fd=3"], { cwd: dir, stdio: ["ignore", "pipe", "pipe", "pipe"] });
  let log = "", control = "", exited = null;
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  child.stdio[3].on("data", (d) => (control += d));
  const gone = new Promise((res) => child.on("exit", (code, sig) => res((exited = `${code ?? sig}`))));
  const deadline = Date.now() + timeoutMs;
  try {
    let port;
    while (!port) {
      if (exited !== null) throw new Error(`workerd exited (${exited})`);
      if (Date.now() > deadline) throw new Error("workerd did not start listening in time");
      port = control.split("\n").map((l) => { try { return JSON.parse(l); } catch { return null; } })
        .find((m) => m?.event === "listen" && m.socket === "http")?.port;
      if (!port) await new Promise((r) => setTimeout(r, 50));
    }
    const res = await fetch(`http://127.0.0.1:${port}`, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    return await res.json();
  } catch (e) {
    e.message += log.trim() ? `\n--- workerd log ---\n${log.trim().slice(-3000)}` : "";
    throw e;
  } finally {
    if (exited === null) child.kill("SIGTERM");
    await Promise.race([gone, new Promise((r) => setTimeout(r, 3000))]);
    if (exited === null) child.kill("SIGKILL");
  }
}

const CAUSE = "workerd's module scope has no clock — sign inside a handler";

/** The checks on module-scope-run.mjs's result: time-dependent calls refused with the cause, the rest working. */
function moduleScopeChecks({ atModuleScope: m, inHandler: h }) {
  const refused = (r) => r.error === "ValidationError" && r.ours && r.message.includes(CAUSE);
  const checks = [
    ["module scope: expiring signed URL is a ValidationError naming the cause", refused(m["expiring signed URL"])],
    ["module scope: default auth expiry is a ValidationError naming the cause", refused(m["auth with a token and the default expiry"])],
    ["module scope: a signed URL without expiry is still built", /ik-s=[0-9a-f]{40}"$/.test(m["signed URL without expiry"].value ?? "")],
  ];
  for (const [name, r] of Object.entries(h)) checks.push([`handler: ${name} works`, r.value !== undefined && !r.value.includes("ik-t=6")]);
  return checks.map(([label, ok]) => ({ label, ok, detail: JSON.stringify({ atModuleScope: m, inHandler: h }) }));
}

export async function workerd() {
  try {
    const { app } = prepareScratch();
    const { value, entries } = await runInWorkerd(join(app, "smoke-run.mjs"), { name: "smoke" });
    const named = await runInWorkerd(join(app, "named-run.mjs"), { name: "named" }).then((r) => namedCheck(r.value), (e) => namedCheck(null, e));
    const scope = await runInWorkerd(join(app, "module-scope-run.mjs"), { name: "module-scope" });
    return score("workerd", value, { entry: entries.join(" + "), wantEntry: "workerd.js", extra: [named, ...moduleScopeChecks(scope.value)] });
  } catch (e) {
    return crashed("workerd", e);
  }
}
