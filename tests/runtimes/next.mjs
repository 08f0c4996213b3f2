// Next.js 16 from the packed tarball in a fresh app (tests/tools/next-app: an edge route, a Node route, a Server
// Component and a client component), built with Turbopack (Next's default) and with webpack, started with
// `next start`, requested, and loaded in Chromium. No Next.js config beyond the Turbopack root: users need none.
// Next.js and React come from tests/tools/node_modules (tools/setup.sh), linked into the app.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { crashed } from "./check.mjs";
import { launchChromium } from "./chromium.mjs";
import { prepareScratch, root } from "./scratch.mjs";

const tools = join(root, "tests/tools/node_modules");
const NEXT_BIN = join(tools, "next/dist/bin/next");
const LINKED = ["next", "react", "react-dom"];

/** A fresh app folder for `bundler`, with the tarball installed by name and Next.js and React linked in. */
function prepareApp(bundler) {
  const { scratch, tarball } = prepareScratch();
  const app = join(scratch, `next-${bundler}`);
  rmSync(app, { recursive: true, force: true });
  cpSync(join(root, "tests/tools/next-app"), app, { recursive: true });
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: `next-trial-${bundler}`, private: true }, null, 2));
  // Turbopack resolves only inside its root; the linked packages live in tests/tools, so the root is the repo.
  writeFileSync(join(app, "next.config.mjs"), `export default { turbopack: { root: ${JSON.stringify(root)} } };\n`);
  const r = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--offline", "--loglevel=error", "--no-package-lock", tarball], { cwd: app, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`npm install of the tarball failed: ${r.stderr}`);
  for (const name of LINKED) symlinkSync(join(tools, name), join(app, "node_modules", name), "dir");
  return app;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, "127.0.0.1", () => { const { port } = s.address(); s.close(() => resolve(port)); });
    s.on("error", reject);
  });
}

const env = () => ({ ...process.env, NEXT_TELEMETRY_DISABLED: "1", NO_COLOR: "1", NODE_ENV: "production" });

/** `next start` on a free port; resolves once it answers, with {url, stop}. */
async function start(app) {
  const port = await freePort();
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], { cwd: app, env: env(), stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited ${child.exitCode}:\n${log}`);
    try {
      await fetch(`${url}/api/node`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`next start did not answer:\n${log}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { url, log: () => log, stop: () => child.kill("SIGTERM") };
}

const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The JSON inside `<pre id="…">` of a server-rendered page. */
function preJson(html, id) {
  const m = html.match(new RegExp(`<pre id="${id}">([^<]*)</pre>`));
  if (!m) throw new Error(`no <pre id="${id}"> in the page`);
  return JSON.parse(unescape(m[1]));
}

/** Build, start, request and load one bundler's app; one line of the runtime matrix. */
async function trial(bundler) {
  const name = `next-${bundler}`;
  let server, browser;
  try {
    const app = prepareApp(bundler);
    const args = [NEXT_BIN, "build", ...(bundler === "webpack" ? ["--webpack"] : ["--turbopack"])];
    const b = spawnSync(process.execPath, args, { cwd: app, env: env(), encoding: "utf8", timeout: 300_000, maxBuffer: 64 << 20 });
    if (b.status !== 0) throw new Error(`next build (${bundler}) exited ${b.status ?? b.signal}:\n${(b.stdout + b.stderr).slice(-4000)}`);
    const notes = (b.stdout + b.stderr).split("\n").filter((l) => /warn|⚠/i.test(l) && !/telemetry/i.test(l));
    server = await start(app);
    const parts = {};
    for (const route of ["edge", "node"]) {
      const res = await fetch(`${server.url}/api/${route}`);
      parts[`${route} route`] = res.ok ? await res.json() : { [`status ${res.status}`]: (await res.text()).slice(0, 300) };
    }
    const page = await fetch(server.url);
    const html = await page.text();
    if (!page.ok) throw new Error(`GET / answered ${page.status}:\n${html.slice(0, 1000)}\n${server.log().slice(-3000)}`);
    parts["server component"] = preJson(html, "rsc");
    parts["client component (server render)"] = preJson(html, "ssr");
    browser = await launchChromium();
    const tab = await browser.context.newPage();
    const errors = [];
    tab.on("pageerror", (e) => errors.push(e.message));
    await tab.goto(server.url);
    try {
      await tab.waitForFunction(() => window.__nextClient !== undefined, null, { timeout: 30_000 });
      parts["client component (browser)"] = await tab.evaluate(() => window.__nextClient);
    } catch (e) {
      parts["client component (browser)"] = { loaded: `${e.message.split("\n")[0]} ${errors.join("; ")}` };
    }
    let passed = 0;
    const failures = [];
    for (const [part, checks] of Object.entries(parts)) {
      const names = Object.keys(checks);
      if (!names.length) failures.push(`${part}: no checks`);
      for (const n of names) checks[n] === true ? passed++ : failures.push(`${part}: ${n}: ${checks[n]}`);
    }
    if (failures.length) failures.push(`server log:\n${server.log().slice(-2000)}`);
    return { name, passed, failed: failures.length, failures, notes };
  } catch (e) {
    return crashed(name, e);
  } finally {
    await browser?.close();
    server?.stop();
  }
}

export const nextTurbopack = () => trial("turbopack");
export const nextWebpack = () => trial("webpack");
