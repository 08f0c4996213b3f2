// Chromium: two tiny Vite projects (the smoke page, and a named-imports-only page) import the package BY NAME
// (browser condition → browser.js, top-level await init); `vite build`, served by a small static server with
// the right content types, driven with playwright-core and the system Chromium.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { chromium as playwright } from "playwright-core";
import { build } from "vite";
import { isPackageEntry } from "./bundle.mjs";
import { crashed, namedCheck, score } from "./check.mjs";
import { prepareScratch } from "./scratch.mjs";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".css": "text/css", ".json": "application/json" };

/** `vite build` of web/<page>.js into <scratch>/chromium/<page>/; returns the package modules in the bundle. */
async function buildPage(page) {
  const { app, scratch } = prepareScratch();
  const root = join(app, "web");
  writeFileSync(join(root, `${page}.html`), `<!doctype html><meta charset="utf-8"><title>${page}</title><script type="module" src="./${page}.js"></script>\n`);
  const modules = [];
  await build({
    configFile: false, root, base: "./", logLevel: "silent",
    build: { target: "esnext", outDir: join(scratch, "chromium", page), emptyOutDir: true, rollupOptions: { input: join(root, `${page}.html`) } },
    plugins: [{ name: "record-modules", generateBundle(_, bundle) {
      for (const c of Object.values(bundle)) if (c.type === "chunk") modules.push(...(c.moduleIds ?? Object.keys(c.modules)));
    } }],
  });
  return modules.filter(isPackageEntry).map((m) => m.replaceAll("\\", "/"));
}

/** A static server for `dir` with the content types browsers need (application/wasm for streaming). */
export function serve(dir) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    try {
      const body = readFileSync(join(dir, path));
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  return new Promise((res) => server.listen(0, "127.0.0.1", () => res(server)));
}

/** Opens `url` and waits for window.__smoke; page errors and console errors are attached to a failure. */
export async function visit(context, url) {
  const page = await context.newPage();
  const log = [];
  page.on("pageerror", (e) => log.push(`pageerror: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && log.push(`console: ${m.text()}`));
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__smoke !== undefined, null, { timeout: 20_000 });
    return await page.evaluate(() => window.__smoke);
  } catch (e) {
    throw new Error(`${url}: ${e.message.split("\n")[0]}\n${log.join("\n")}`);
  } finally {
    await page.close();
  }
}

/** A headless Chromium context (the system's /usr/bin/chromium) in a fresh profile; `close()` ends it. */
export async function launchChromium() {
  const userDataDir = mkdtempSync(join(tmpdir(), "ik-chromium-"));
  const context = await playwright.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: ARGS });
  return { context, close: async () => { await context.close().catch(() => {}); rmSync(userDataDir, { recursive: true, force: true }); } };
}

/** The check on web/slim.js's result: `imagekit-wasm/slim` inits in a bundled page and installs the surface. */
export function slimCheck(value, error) {
  const ok = !error && value && Object.keys(value).length === 4 && Object.values(value).every((v) => v === true);
  return { label: "imagekit-wasm/slim: await init() in a bundled page", ok, detail: error ? error.message : JSON.stringify(value) };
}

export async function chromium() {
  let server, browser;
  try {
    const { scratch } = prepareScratch();
    const entries = await buildPage("smoke");
    const namedEntries = await buildPage("named");
    await buildPage("slim");
    server = await serve(join(scratch, "chromium"));
    const base = `http://127.0.0.1:${server.address().port}`;
    browser = await launchChromium();
    const { context } = browser;
    const wasmFetched = [];
    context.on("request", (r) => /\.wasm$/.test(new URL(r.url()).pathname) && wasmFetched.push(new URL(r.url()).pathname.split("/").pop()));
    const result = await visit(context, `${base}/smoke/smoke.html`);
    const named = await visit(context, `${base}/named/named.html`).then((v) => namedCheck(v), (e) => namedCheck(null, e));
    const fetchedByEntry = [...wasmFetched]; // the slim page below loads its wasm its own way
    const slim = await visit(context, `${base}/slim/slim.html`).then((v) => slimCheck(v), (e) => slimCheck(null, e));
    if (!(namedEntries.length === 1 && namedEntries[0].endsWith("/browser.js"))) Object.assign(named, { ok: false, detail: `bundled entries [${namedEntries}]` });
    // SPEC §8: the browser entry fetches the size build, and only it (bundlers also copy the glue's default asset):
    // its first module, and its media module, which holds the URL reader there (the smoke's loadUrlReader()).
    const sizeBuild = {
      label: "fetched the size build only",
      ok: fetchedByEntry.some((f) => /^imagekit_wasm_size\b/.test(f)) && fetchedByEntry.every((f) => /^imagekit_(wasm|media)_size\b/.test(f)),
      detail: `fetched [${fetchedByEntry}]`,
    };
    return score("chromium", result, { entry: entries.join(" + "), wantEntry: "browser.js", extra: [...(result.pageChecks ?? []), named, slim, sizeBuild] });
  } catch (e) {
    return crashed("chromium", e);
  } finally {
    await browser?.close();
    server?.close();
  }
}
