// Cloudflare's own tool: `wrangler deploy --dry-run` bundles tests/tools/worker-app (the package installed from
// the tarball by name) as a deploy would. Checks: no warning, the upload within a size bound, only the workerd
// entry bundled (no inlined wasm copy), and the very bundle wrangler wrote answering in workerd.
// wrangler 4 needs Node >= 22: it runs on the npm `node` package's binary (tests/tools, tools/setup.sh).
import { spawnSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { crashed } from "./check.mjs";
import { prepareScratch, root } from "./scratch.mjs";
import { fetchFromWorkerd } from "./workerd.mjs";

const tools = join(root, "tests/tools/node_modules");
// Workers allow 3 MB gzip on the free plan; the package's share is ~196 KB today (the speed build's two wasm
// modules, ~107 KB and ~68 KB gzip: the Worker carries the media API's module for its first media call, and the
// JS). A bound well under the limit that a regression would cross: the inlined base64 copy pulled into the Worker
// as well adds more than the first module again.
const MAX_GZIP_KB = 215;

export async function wrangler() {
  const name = "wrangler";
  try {
    const { scratch, tarball } = prepareScratch();
    const app = join(scratch, "wrangler-app");
    rmSync(app, { recursive: true, force: true });
    cpSync(join(root, "tests/tools/worker-app"), app, { recursive: true });
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "wrangler-trial", private: true }, null, 2));
    const install = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--offline", "--loglevel=error", "--no-package-lock", tarball], { cwd: app, encoding: "utf8" });
    if (install.status !== 0) throw new Error(`npm install of the tarball failed: ${install.stderr}`);
    const env = { ...process.env, WRANGLER_SEND_METRICS: "false", NO_COLOR: "1", CI: "1", HOME: join(scratch, "wrangler-home"), XDG_CONFIG_HOME: join(scratch, "wrangler-home") };
    const r = spawnSync(join(tools, "node/bin/node"), [join(tools, "wrangler/bin/wrangler.js"), "deploy", "--dry-run", "--outdir", "dist"],
      { cwd: app, env, encoding: "utf8", timeout: 180_000 });
    const out = `${r.stdout}${r.stderr}`;
    if (r.status !== 0) throw new Error(`wrangler deploy --dry-run exited ${r.status ?? r.signal}:\n${out.slice(-3000)}`);
    let passed = 0;
    const failures = [], notes = [];
    const check = (label, ok, detail) => (ok ? passed++ : failures.push(`${label}: ${detail}`));
    const warnings = out.split("\n").filter((l) => /WARNING|▲|⚠/.test(l));
    check("no warning from wrangler", warnings.length === 0, warnings.join("\n"));
    const upload = out.match(/Total Upload: ([\d.]+) KiB \/ gzip: ([\d.]+) KiB/);
    check("upload size reported", !!upload, out.slice(-1000));
    if (upload) {
      notes.push(`wrangler upload: ${upload[1]} KiB, gzip ${upload[2]} KiB (bound ${MAX_GZIP_KB} KiB)`);
      check(`gzip upload within ${MAX_GZIP_KB} KiB`, Number(upload[2]) <= MAX_GZIP_KB, `${upload[2]} KiB`);
    }
    const dist = join(app, "dist");
    const files = readdirSync(dist);
    const wasm = files.filter((f) => f.endsWith(".wasm"));
    const js = readFileSync(join(dist, "index.js"), "utf8");
    // The first module and the media API's (imported by the first media call), as wasm modules, not base64.
    check("two wasm modules, no inlined copy", wasm.length === 2 && !js.includes("BASE64"), `files [${files}], index.js ${statSync(join(dist, "index.js")).size} B, gzip ${gzipSync(js).length} B`);
    const value = await fetchFromWorkerd(dist, [{ name: "index.js", kind: "esModule" }, ...wasm.map((f) => ({ name: f, kind: "wasm" }))], {});
    check("the bundle answers in workerd", value.url === "https://ik.imagekit.io/demo/tr:w-100/test-signed-url.png?ik-s=41b3075c40bc84147eb71b8b49ae7fbf349d0f00"
      && value.distance === 17 && value.validation === true && value.resources === true, JSON.stringify(value));
    return { name, passed, failed: failures.length, failures, notes };
  } catch (e) {
    return crashed(name, e);
  }
}
