// Node, as a user's ESM file (`import * as api from "imagekit-wasm"`) and CJS file (`require("imagekit-wasm")`).
import { runJson, score } from "./check.mjs";
import { prepareScratch } from "./scratch.mjs";

export async function nodeEsm() {
  const { app } = prepareScratch();
  const r = await runJson(process.execPath, ["run-esm.mjs"], { cwd: app });
  return score("node-esm", r, { entry: r.entry, wantEntry: "node.mjs" });
}

export async function nodeCjs() {
  const { app } = prepareScratch();
  const r = await runJson(process.execPath, ["run-cjs.cjs"], { cwd: app });
  return score("node-cjs", r, { entry: r.entry, wantEntry: "node.cjs" });
}
