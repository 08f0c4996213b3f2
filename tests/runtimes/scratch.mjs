// The scratch project every harness runs in: pkg/ packed with `npm pack`, installed BY NAME into
// tests/.scratch/app like a user's project, plus the smoke suite and the tiny runner files of tests/runtimes/app/.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BUILD } from "../hardening/wasm-build.mjs";

export const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const scratch = join(root, "tests/.scratch");
export const app = join(scratch, "app");
export const installed = join(app, "node_modules/imagekit-wasm");
export const bin = (name) => join(root, "node_modules/.bin", name);

let prepared = null;

/** Packs pkg/ and installs the tarball into a fresh tests/.scratch/app (once per process); returns its paths. */
export function prepareScratch() {
  if (prepared) return prepared;
  if (!existsSync(join(root, "pkg/package.json"))) throw new Error("pkg/ is missing: run `make package` first");
  rmSync(app, { recursive: true, force: true });
  mkdirSync(app, { recursive: true });
  for (const f of readdirSync(scratch)) if (f.endsWith(".tgz")) rmSync(join(scratch, f));
  const out = execFileSync("npm", ["pack", join(root, "pkg"), "--pack-destination", scratch, "--json", "--silent"],
    { cwd: root, encoding: "utf8" });
  const tarball = join(scratch, JSON.parse(out)[0].filename);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "scratch-app", private: true, type: "module" }, null, 2));
  // A local tarball without dependencies installs without the network.
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", "--loglevel=error", tarball], { cwd: app, stdio: "pipe" });
  if (!existsSync(join(installed, "package.json"))) throw new Error("npm install of the packed tarball failed");
  // IK_WASM=size: every entry of the installed package loads the browser's size build (tests/hardening/wasm-build.mjs).
  if (BUILD === "size") {
    cpSync(join(installed, "imagekit_wasm_size.wasm"), join(installed, "imagekit_wasm_bg.wasm"));
    cpSync(join(installed, "imagekit_media_size.wasm"), join(installed, "imagekit_media_bg.wasm"));
  }
  cpSync(join(root, "tests/smoke/smoke.mjs"), join(app, "smoke.mjs"));
  cpSync(join(root, "tests/api"), join(app, "api"), { recursive: true });
  cpSync(join(root, "tests/runtimes/app"), app, { recursive: true });
  prepared = { root, scratch, app, installed, tarball };
  return prepared;
}
