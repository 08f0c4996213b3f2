// The media API suite (tests/api/suite.mjs) in Node, Deno, Bun and workerd, each against the local ImageKit
// server (tests/server) that this process starts once and every runtime reaches over loopback.
import { join } from "node:path";
import { startImageKitServer } from "../server/imagekit-server.mjs";
import { crashed, runJson } from "./check.mjs";
import { bin, prepareScratch } from "./scratch.mjs";
import { runInWorkerd } from "./workerd.mjs";

let server = null;
async function serverUrl() {
  server ??= await startImageKitServer();
  return server.url;
}

/** Stops the shared server (run-all calls it at the end). */
export async function stopApiServer() {
  if (server) await server.close();
  server = null;
}

function result(name, r) {
  return { passed: r.passed, failed: r.failed, failures: r.failures ?? [] };
}

async function inChild(name, cmd, args, env = {}) {
  try {
    const { app } = prepareScratch();
    const url = await serverUrl();
    return result(name, await runJson(cmd, [...args, url], { cwd: app, env, timeoutMs: 120_000 }));
  } catch (e) {
    return crashed(name, e);
  }
}

export const apiNode = () => inChild("api-node", process.execPath, ["run-api.mjs"]);
export const apiBun = () => inChild("api-bun", bin("bun"), ["run-api.mjs"], { NO_COLOR: "1" });
export async function apiDeno() {
  const { scratch, installed } = prepareScratch();
  const args = ["run", "--node-modules-dir=manual", "--no-prompt", `--allow-read=${join(installed, "imagekit_wasm_bg.wasm")},${join(installed, "imagekit_media_bg.wasm")}`,
    "--allow-net=127.0.0.1", "run-api.mjs"];
  return inChild("api-deno", bin("deno"), args, { DENO_DIR: join(scratch, "deno-dir"), DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" });
}
export async function apiWorkerd() {
  try {
    const { app } = prepareScratch();
    const { value } = await runInWorkerd(join(app, "api-run.mjs"), { name: "api", args: { serverUrl: await serverUrl() }, timeoutMs: 120_000 });
    return result("api-workerd", value);
  } catch (e) {
    return crashed("api-workerd", e);
  }
}
