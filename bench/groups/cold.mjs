// Cold start: a new process that imports the package and builds one URL (printed and checked), wall time from
// spawn to exit. Node and Deno: `node --input-type=module -e …` / `deno run file.mjs` (one untimed Deno run first
// fills DENO_DIR, so every timed run is a new process with a warm disk cache). workerd: `workerd serve` of a
// bundled Worker, from spawn to the body of the first HTTP response (workerd start-up, module and wasm compile,
// instantiation, first request); the Worker builds the URL in its fetch handler. "bare" = the same runtime
// printing a constant, the floor. Rounds interleave the cases; median per case.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { IK6, JS, NODE, OURS, OURS_SIZE, PRIVATE_KEY, PUBLIC_KEY, QUICK, ROOT, result, log } from "../lib.mjs";
import { packageDir } from "../../tests/hardening/wasm-build.mjs";

const RUNS = QUICK ? 2 : 20;
const BARE = "bare runtime";
const O = { src: "/default-image.jpg", urlEndpoint: "https://ik.imagekit.io/demo", transformation: [{ height: 300, width: 400 }], transformationPosition: "path" };
const WANT = "https://ik.imagekit.io/demo/tr:h-300,w-400/default-image.jpg";
const o = JSON.stringify(O);
// The first signed URL (Worker row "workerd, signed URL"): its expiry and signature depend on the clock.
const SIGNED = /^https:\/\/ik\.imagekit\.io\/demo\/tr:h-300,w-400\/default-image\.jpg\?ik-t=\d+&ik-s=[0-9a-f]{40}$/;
const signedWorker = (pkg) => `import { ImageKit } from "${pkg}/workerd.js";
export default { fetch: () => new Response(new ImageKit({ privateKey: "${PRIVATE_KEY}" }).buildSrc({ ...${o}, signed: true, expiresIn: 300 })) };`;
const SPEED_PKG = `${ROOT}/pkg`, SIZE_PKG = packageDir("size");
const dir = mkdtempSync(join(tmpdir(), "imagekit-bench-cold-"));
const bin = (name) => join(ROOT, "node_modules/.bin", name);

const nodeCode = {
  [BARE]: `console.log(${JSON.stringify(WANT)})`,
  [OURS]: `import { buildSrc } from "${SPEED_PKG}/node.mjs"; console.log(buildSrc(${o}))`,
  [OURS_SIZE]: `import { buildSrc } from "${SIZE_PKG}/node.mjs"; console.log(buildSrc(${o}))`,
  [JS]: `import { buildSrc } from "@imagekit/javascript"; console.log(buildSrc(${o}))`,
  [NODE]: `import ImageKit from "@imagekit/nodejs"; console.log(new ImageKit({ privateKey: "${PRIVATE_KEY}" }).helper.buildSrc(${o}))`,
  [IK6]: `import ImageKit from "imagekit"; console.log(new ImageKit({ publicKey: "${PUBLIC_KEY}", privateKey: "${PRIVATE_KEY}", urlEndpoint: "${O.urlEndpoint}" }).url({ path: "${O.src}", transformation: ${JSON.stringify(O.transformation)} }))`,
};
const jsEsm = join(ROOT, "node_modules/@imagekit/javascript/dist/imagekit.esm.js");
const denoCode = {
  [BARE]: nodeCode[BARE],
  [OURS]: `import { buildSrc } from "file://${SPEED_PKG}/deno.js"; console.log(buildSrc(${o}))`,
  [OURS_SIZE]: `import { buildSrc } from "file://${SIZE_PKG}/deno.js"; console.log(buildSrc(${o}))`,
  [JS]: `import { buildSrc } from "file://${jsEsm}"; console.log(buildSrc(${o}))`,
};
const workerCode = {
  [BARE]: `export default { fetch: () => new Response(${JSON.stringify(WANT)}) };`,
  [OURS]: `import { buildSrc } from "${SPEED_PKG}/workerd.js"; export default { fetch: () => new Response(buildSrc(${o})) };`,
  [OURS_SIZE]: `import { buildSrc } from "${SIZE_PKG}/workerd.js"; export default { fetch: () => new Response(buildSrc(${o})) };`,
  [JS]: `import { buildSrc } from "${jsEsm}"; export default { fetch: () => new Response(buildSrc(${o})) };`,
};

/** Whether `out` is the answer wanted: the string itself, or a match of the RegExp. */
const right = (out, want) => (want instanceof RegExp ? want.test(out) : out === want);

function timed(cmd, args, opts) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: "utf8", ...opts });
  const ms = performance.now() - t0;
  if (r.status !== 0 || !right(r.stdout.trim(), WANT)) throw new Error(`${cmd} ${args.join(" ")}: status ${r.status}, out ${r.stdout} ${r.stderr}`);
  return ms;
}

const WORKERD_SIGNED = "workerd, signed URL";
const runners = { Node: {}, Deno: {}, workerd: {}, [WORKERD_SIGNED]: {} };
for (const [k, code] of Object.entries(nodeCode)) runners.Node[k] = () => timed(process.execPath, ["--input-type=module", "-e", code], { cwd: ROOT });
const denoEnv = { ...process.env, DENO_DIR: join(dir, "deno-dir"), DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" };
for (const [k, code] of Object.entries(denoCode)) {
  const file = join(dir, `deno-${Object.keys(denoCode).indexOf(k)}.mjs`);
  writeFileSync(file, code);
  runners.Deno[k] = () => timed(bin("deno"), ["run", "--no-prompt", `--allow-read=${SPEED_PKG}/imagekit_wasm_bg.wasm,${SIZE_PKG}/imagekit_wasm_bg.wasm,${SPEED_PKG}/imagekit_media_bg.wasm,${SIZE_PKG}/imagekit_media_bg.wasm`, file], { cwd: dir, env: denoEnv });
  runners.Deno[k](); // fills DENO_DIR
}
for (const [k, code] of Object.entries(workerCode)) runners.workerd[k] = await workerdRunner(k, code);
runners[WORKERD_SIGNED][BARE] = await workerdRunner("signed-bare", workerCode[BARE]);
runners[WORKERD_SIGNED][OURS] = await workerdRunner("signed-speed", signedWorker(SPEED_PKG), SIGNED);
runners[WORKERD_SIGNED][OURS_SIZE] = await workerdRunner("signed-size", signedWorker(SIZE_PKG), SIGNED);

const times = {};
for (const rt of Object.keys(runners)) times[rt] = Object.fromEntries(Object.keys(runners[rt]).map((k) => [k, []]));
for (let r = 0; r < RUNS; r++) {
  for (const [rt, cases] of Object.entries(runners)) {
    for (const [k, run] of Object.entries(cases)) times[rt][k].push(await run());
  }
  log(`cold: round ${r + 1}/${RUNS}`);
}
rmSync(dir, { recursive: true, force: true });

const med = (a) => [...a].sort((x, y) => x - y)[(a.length - 1) >> 1];
const rows = Object.entries(times).map(([rt, cases]) => {
  const m = Object.fromEntries(Object.entries(cases).map(([k, a]) => [k, med(a)]));
  const short = (k) => (k === OURS ? "ours" : k === OURS_SIZE ? "ours (size build)" : k);
  const over = Object.entries(m).filter(([k]) => k !== BARE).map(([k, v]) => `${short(k)} ${v >= m[BARE] ? "+" : "−"}${Math.abs(v - m[BARE]).toFixed(0)}`);
  const what = rt === WORKERD_SIGNED ? "import + first signed URL, excluding process start (over bare), ms" : "over bare, ms";
  return { name: rt, cells: Object.fromEntries(Object.entries(m).map(([k, v]) => [k, { value: v, unit: "ms" }])), target: { text: `${what}: ${over.join(", ")}` } };
});
result(`Cold start: new process, import, build one URL (median of ${RUNS})`, [OURS, OURS_SIZE, JS, NODE, IK6, BARE], rows, [
  "Node and Deno: spawn → exit. workerd: spawn of `workerd serve` → body of the first response (the Worker builds the URL per request).",
  `"${WORKERD_SIGNED}": the Worker makes a client and signs one URL (expiresIn 300) per request; its time over the bare Worker's ` +
    "is the import (module and wasm compile, instantiation) plus the first signed URL, without workerd's own start-up " +
    "(a Worker's clock stands still while it runs, so it cannot time itself).",
  "Deno and workerd rows show the SDKs that load there (the Node SDKs need node:crypto/axios, so they are not tried); @imagekit/javascript as its ESM build.",
]);

async function workerdRunner(name, code, want = WANT) {
  const wd = join(dir, `workerd-${name.replace(/\W+/g, "_")}`);
  const wasm = new Map();
  await build({
    stdin: { contents: code, resolveDir: ROOT, loader: "js" }, outfile: join(wd, "worker.js"), bundle: true, format: "esm",
    platform: "neutral", conditions: ["workerd", "worker", "browser"], mainFields: ["module", "main"], logLevel: "silent",
    plugins: [{ name: "wasm", setup: (b) => b.onResolve({ filter: /\.wasm$/ }, (a) => {
      wasm.set(a.path.split("/").pop(), join(a.resolveDir, a.path));
      return { path: `./${a.path.split("/").pop()}`, external: true };
    }) }],
  });
  for (const [f, from] of wasm) copyFileSync(from, join(wd, f));
  const modules = [`(name = "worker.js", esModule = embed "worker.js")`, ...[...wasm.keys()].map((f) => `(name = "${f}", wasm = embed "${f}")`)];
  writeFileSync(join(wd, "config.capnp"), `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = (modules = [${modules.join(", ")}], compatibilityDate = "2025-01-01"))],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);`);
  const run = async () => {
    const t0 = performance.now();
    const child = spawn(bin("workerd"), ["serve", "config.capnp", "--control-fd=3"], { cwd: wd, stdio: ["ignore", "ignore", "pipe", "pipe"] });
    let control = "", err = "";
    child.stderr.on("data", (d) => (err += d));
    const gone = new Promise((res) => child.once("exit", res));
    try {
      const port = await new Promise((resolve, reject) => {
        child.stdio[3].on("data", (d) => {
          control += d;
          const m = control.split("\n").map((l) => { try { return JSON.parse(l); } catch { return null; } }).find((x) => x?.event === "listen");
          if (m) resolve(m.port);
        });
        child.once("exit", (c) => reject(new Error(`workerd exited (${c}): ${err}`)));
      });
      const body = await (await fetch(`http://127.0.0.1:${port}/`)).text();
      const ms = performance.now() - t0;
      if (!right(body, want)) throw new Error(`workerd ${name}: ${body}`);
      return ms;
    } finally {
      child.kill("SIGTERM");
      await gone;
    }
  };
  await run(); // untimed: catches a broken bundle early
  return run;
}
