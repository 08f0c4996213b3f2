// Bun: `bun run-esm.mjs` in the scratch project; Bun matches the `node` condition, so it must load node.mjs.
import { runJson, score } from "./check.mjs";
import { bin, prepareScratch } from "./scratch.mjs";

export async function bun() {
  const { app } = prepareScratch();
  const r = await runJson(bin("bun"), ["run-esm.mjs"], { cwd: app, env: { NO_COLOR: "1" } });
  return score("bun", r, { entry: r.entry, wantEntry: "node.mjs" });
}
