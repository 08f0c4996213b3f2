#!/usr/bin/env node
// Runs examples/ against the local ImageKit server, each the way a user would: pkg/ packed and installed BY NAME
// into a scratch project (tests/.scratch/examples), then
//   node    examples/node/index.mjs <png>
//   deno    examples/deno/main.ts <remote image URL>   (--node-modules-dir=manual, least permissions)
//   worker  examples/worker: bundled as wrangler does (esbuild, conditions workerd/worker/browser, .wasm as a wasm
//           module), run by `workerd serve` with wrangler.toml's [vars] + the private key as text bindings
//           (wrangler itself needs Node 22), then its routes fetched over HTTP.
// Prints `examples: N passed, M failed`; exit 1 on any failure.   usage: node tests/demo/examples.mjs (after `make package`)
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import sharp from "sharp";
import { startImageKitServer } from "../server/imagekit-server.mjs";
import { makePng } from "../server/fixtures.mjs";
import { assert, checks } from "../checks.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const scratch = join(root, "tests/.scratch/examples");
const bin = (name) => join(root, "node_modules/.bin", name);

const { check, crashed, finish } = checks("examples", 12);

/** pkg/ → npm pack → installed into a fresh scratch project; the examples copied in. */
function prepare() {
  if (!existsSync(join(root, "pkg/package.json"))) throw new Error("pkg/ is missing: run `make package` first");
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const out = execFileSync("npm", ["pack", join(root, "pkg"), "--pack-destination", scratch, "--json", "--silent"], { cwd: root, encoding: "utf8" });
  const tarball = join(scratch, JSON.parse(out)[0].filename);
  writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "examples-scratch", private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", "--loglevel=error", tarball], { cwd: scratch, stdio: "pipe" });
  cpSync(join(root, "examples"), join(scratch, "examples"), { recursive: true });
}

/** Runs a command; resolves {code, stdout, stderr} (never rejects on a non-zero exit). */
function run(cmd, args, { cwd, env = {}, timeoutMs = 60_000 } = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "", stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code, signal) => { clearTimeout(timer); resolvePromise({ code: code ?? signal, stdout, stderr }); });
  });
}
const outputOf = (r) => `exit ${r.code}\n--- stdout ---\n${r.stdout.trim()}\n--- stderr ---\n${r.stderr.trim().slice(-2000)}`;

/** [vars] of a wrangler.toml (string values only, which is all the example uses). */
function wranglerVars(toml) {
  const vars = {};
  let inVars = false;
  for (const line of toml.split("\n")) {
    const t = line.trim();
    if (t.startsWith("[")) { inVars = t === "[vars]"; continue; }
    const m = inVars && /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*"([^"]*)"/.exec(t);
    if (m) vars[m[1]] = m[2];
  }
  return vars;
}

/** Bundles examples/worker like wrangler and serves it with workerd; resolves {base, stop}. */
async function startWorker(bindings) {
  const dir = join(scratch, "worker-out");
  mkdirSync(dir, { recursive: true });
  const toml = readFileSync(join(scratch, "examples/worker/wrangler.toml"), "utf8");
  const main = /^main\s*=\s*"([^"]+)"/m.exec(toml)[1];
  const wasm = new Map();
  await build({
    entryPoints: [join(scratch, "examples/worker", main)], outfile: join(dir, "worker.js"), bundle: true, format: "esm",
    platform: "neutral", target: "es2022", conditions: ["workerd", "worker", "browser"], mainFields: ["module", "main"], logLevel: "silent",
    plugins: [{ name: "wasm-modules", setup(b) {
      b.onResolve({ filter: /\.wasm$/ }, (a) => { wasm.set(basename(a.path), resolve(a.resolveDir, a.path)); return { path: `./${basename(a.path)}`, external: true }; });
    } }],
  });
  for (const [f, from] of wasm) copyFileSync(from, join(dir, f));
  const modules = [["worker.js", "esModule"], ...[...wasm.keys()].map((f) => [f, "wasm"])];
  const date = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(toml)[1];
  writeFileSync(join(dir, "config.capnp"), `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker), (name = "internet", network = (allow = ["public", "local"]))],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [${modules.map(([n, k]) => `(name = ${JSON.stringify(n)}, ${k} = embed ${JSON.stringify(n)})`).join(", ")}],
  bindings = [${Object.entries(bindings).map(([k, v]) => `(name = ${JSON.stringify(k)}, text = ${JSON.stringify(v)})`).join(", ")}],
  compatibilityDate = ${JSON.stringify(date)},
  globalOutbound = "internet",
);
`);
  const child = spawn(bin("workerd"), ["serve", "config.capnp", "--control-fd=3"], { cwd: dir, stdio: ["ignore", "pipe", "pipe", "pipe"] });
  let log = "", control = "", exited = null;
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  child.stdio[3].on("data", (d) => (control += d));
  const gone = new Promise((r) => child.on("exit", (c, s) => r((exited = `${c ?? s}`))));
  const stop = async () => {
    if (exited === null) child.kill("SIGTERM");
    await Promise.race([gone, new Promise((r) => setTimeout(r, 3000))]);
    if (exited === null) child.kill("SIGKILL");
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    const port = control.split("\n").map((l) => { try { return JSON.parse(l); } catch { return null; } })
      .find((m) => m?.event === "listen" && m.socket === "http")?.port;
    if (port) return { base: `http://127.0.0.1:${port}`, stop, log: () => log };
    if (exited !== null || Date.now() > deadline) { await stop(); throw new Error(`workerd did not start (${exited ?? "timeout"})\n${log.slice(-2000)}`); }
    await new Promise((r) => setTimeout(r, 50));
  }
}

const srv = await startImageKitServer();
const env = { IMAGEKIT_PUBLIC_KEY: srv.publicKey, IMAGEKIT_PRIVATE_KEY: srv.privateKey, IMAGEKIT_URL_ENDPOINT: srv.urlEndpoint,
  IMAGEKIT_API_BASE_URL: srv.apiBaseUrl, IMAGEKIT_UPLOAD_BASE_URL: srv.uploadBaseUrl, NO_COLOR: "1" };
try {
  prepare();
  const png = join(scratch, "photo.png");
  writeFileSync(png, makePng(320, 200, (x, y) => [x % 256, y, 150, 255]));

  await check("node: examples/node/index.mjs", async () => {
    const r = await run(process.execPath, ["examples/node/index.mjs", png], { cwd: scratch, env });
    const out = r.stdout;
    assert(r.code === 0, outputOf(r));
    assert(/^uploaded {2}\/imagekit-wasm-example\/photo_\w+\.png \(320×200, \d+ bytes/m.test(out), `upload line\n${outputOf(r)}`);
    assert(/^details {3}tags=example,node mime=image\/png$/m.test(out), `details line\n${outputOf(r)}`);
    assert(/^fetched {3}signed URL → 200 image\/png/m.test(out), `fetched line\n${outputOf(r)}`);
    assert(/^listed {4}1 file\(s\)/m.test(out) && /^deleted /m.test(out), `list/delete lines\n${outputOf(r)}`);
    assert((await (await fetch(`${srv.apiBaseUrl}/v1/files`, { headers: { authorization: `Basic ${btoa(`${srv.privateKey}:`)}` } })).json()).length === 0, "the file is gone");
  });

  await check("node: an API error is printed readably (wrong private key)", async () => {
    const r = await run(process.execPath, ["examples/node/index.mjs", png], { cwd: scratch, env: { ...env, IMAGEKIT_PRIVATE_KEY: "wrong" } });
    assert(r.code === 1 && /^UnauthorizedError \(401\): /m.test(r.stderr), outputOf(r));
  });

  await check("deno: examples/deno/main.ts", async () => {
    const wasm = join(scratch, "node_modules/imagekit-wasm/imagekit_wasm_bg.wasm");
    const r = await run(bin("deno"), ["run", "--node-modules-dir=manual", "--no-prompt", "--allow-env", "--allow-net=127.0.0.1",
      `--allow-read=${wasm},${wasm.replace("imagekit_wasm_bg", "imagekit_media_bg")}`, "examples/deno/main.ts", `${srv.url}/fixtures/image-64x48.png`],
    { cwd: scratch, env: { ...env, DENO_DIR: join(scratch, "deno-dir"), DENO_NO_UPDATE_CHECK: "1" }, timeoutMs: 120_000 });
    const out = r.stdout;
    assert(r.code === 0, outputOf(r));
    assert(/^uploaded {2}\/imagekit-wasm-example\/from-deno_\w+\.png \(64×48\)$/m.test(out), `upload line\n${outputOf(r)}`);
    assert(/^srcset {4}\d+ candidates, sizes="\(min-width: 800px\) 50vw, 100vw"$/m.test(out), `srcset line\n${outputOf(r)}`);
    assert(/^fetched {3}signed URL → 200$/m.test(out) && /^deleted /m.test(out), `fetch/delete lines\n${outputOf(r)}`);
  });

  await check("worker: examples/worker (bundled like wrangler, run by workerd)", async () => {
    const vars = wranglerVars(readFileSync(join(root, "examples/worker/wrangler.toml"), "utf8"));
    assert(vars.SIGNED_URL_TTL === "3600" && vars.IMAGEKIT_URL_ENDPOINT, `wrangler.toml [vars] ${JSON.stringify(vars)}`);
    // [vars] as configured, pointed at the local server; the private key as the secret would be.
    const worker = await startWorker({ ...vars, IMAGEKIT_PUBLIC_KEY: env.IMAGEKIT_PUBLIC_KEY, IMAGEKIT_URL_ENDPOINT: env.IMAGEKIT_URL_ENDPOINT,
      IMAGEKIT_API_BASE_URL: env.IMAGEKIT_API_BASE_URL, IMAGEKIT_PRIVATE_KEY: env.IMAGEKIT_PRIVATE_KEY });
    try {
      const fd = new FormData();
      fd.append("file", new Blob([readFileSync(png)]), "photo.png");
      fd.append("fileName", "edge.png");
      fd.append("useUniqueFileName", "false");
      fd.append("folder", "/edge");
      const up = await fetch(`${srv.uploadBaseUrl}/api/v1/files/upload`, { method: "POST", body: fd, headers: { authorization: `Basic ${btoa(`${srv.privateKey}:`)}` } });
      assert(up.status === 200, `seeding upload ${up.status}`);

      const now = Math.floor(Date.now() / 1000);
      const signed = await (await fetch(`${worker.base}/sign/edge/edge.png?w=80&f=webp`)).json();
      assert(signed.url.startsWith(`${srv.urlEndpoint}/tr:w-80,f-webp/edge/edge.png?ik-t=`) && /&ik-s=[0-9a-f]{40}$/.test(signed.url), `sign → ${JSON.stringify(signed)}`);
      assert(Math.abs(signed.expiresAt - (now + 3600)) <= 5, `expiresAt ${signed.expiresAt} (SIGNED_URL_TTL)`);
      const img = await fetch(signed.url);
      const meta = await sharp(Buffer.from(await img.arrayBuffer())).metadata();
      assert(img.status === 200 && meta.width === 80 && meta.format === "webp", `signed URL → ${img.status} ${meta.width} ${meta.format}`);

      const redirect = await fetch(`${worker.base}/image/edge/edge.png?w=40`, { redirect: "manual" });
      const location = redirect.headers.get("location") ?? "";
      assert(redirect.status === 302 && location.includes("/tr:w-40/edge/edge.png?ik-t="), `image → ${redirect.status} ${location}`);
      assert((await fetch(location)).status === 200, "redirect target loads");
      assert((await fetch(location.replace(/ik-s=./, "ik-s=x"))).status === 401, "a tampered signature is refused");

      const files = await (await fetch(`${worker.base}/files?path=/edge`)).json();
      assert(Array.isArray(files) && files.length === 1 && files[0].name === "edge.png" && files[0].width === 320, `files → ${JSON.stringify(files).slice(0, 300)}`);
      assert((await fetch(files[0].thumbnail)).status === 200, "signed thumbnail loads");

      const bad = await fetch(`${worker.base}/sign/edge/edge.png?w=zero`);
      assert(bad.status === 400 && /w must be an integer/.test((await bad.json()).error), `bad width → ${bad.status}`);
      const missing = await fetch(`${worker.base}/nothing`);
      assert(missing.status === 404, `unknown route → ${missing.status}`);
    } catch (e) {
      e.message += `\n--- workerd log ---\n${worker.log().trim().slice(-1500)}`;
      throw e;
    } finally {
      await worker.stop();
    }
  });

  await check("worker: a wrong private key surfaces as the API's 401", async () => {
    const vars = wranglerVars(readFileSync(join(root, "examples/worker/wrangler.toml"), "utf8"));
    const worker = await startWorker({ ...vars, IMAGEKIT_URL_ENDPOINT: env.IMAGEKIT_URL_ENDPOINT, IMAGEKIT_API_BASE_URL: env.IMAGEKIT_API_BASE_URL, IMAGEKIT_PRIVATE_KEY: "wrong" });
    try {
      const r = await fetch(`${worker.base}/files`);
      const body = await r.json();
      assert(r.status === 401 && body.name === "UnauthorizedError", `files → ${r.status} ${JSON.stringify(body)}`);
    } finally {
      await worker.stop();
    }
  });
} catch (e) {
  crashed(e);
} finally {
  await srv.close();
}
finish();
