// The local ImageKit server (bench/server-main.mjs) in its own process, so its CPU and memory are not the measured
// process's.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { ROOT } from "./lib.mjs";

export async function spawnServer() {
  const child = spawn(process.execPath, [`${ROOT}/bench/server-main.mjs`], { stdio: ["ignore", "pipe", "inherit"] });
  const line = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`imagekit-server exited (${code}) before listening`)));
  });
  const info = JSON.parse(line);
  const control = (path, body) => fetch(`${info.url}/__control/${path}`, { method: "POST", body: JSON.stringify(body) }).then((r) => r.json());
  return {
    ...info,
    pid: child.pid,
    /** Forgets logged requests (and, with store: true, the stored files). */
    reset: ({ store = false } = {}) => control("reset", { store, faults: true, requests: true }),
    close: () => new Promise((resolve) => { child.once("exit", resolve); child.kill("SIGTERM"); }),
  };
}
