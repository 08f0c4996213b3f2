// Deno 2, resolving the package from the scratch project's node_modules (package.json present → "manual" mode).
// Permissions: read access to the two wasm files the `deno` entry reads (the media API's on its first call), nothing
// else.
import { join } from "node:path";
import { runJson, score } from "./check.mjs";
import { bin, prepareScratch } from "./scratch.mjs";

export async function deno() {
  const { app, scratch, installed } = prepareScratch();
  const args = ["run", "--node-modules-dir=manual", "--no-prompt", `--allow-read=${join(installed, "imagekit_wasm_bg.wasm")},${join(installed, "imagekit_media_bg.wasm")}`, "run-esm.mjs"];
  const r = await runJson(bin("deno"), args, {
    cwd: app,
    env: { DENO_DIR: join(scratch, "deno-dir"), DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" },
  });
  return score("deno", r, { entry: r.entry, wantEntry: "deno.js" });
}
