// Bun's bundler for the browser: `bun build --target=browser` of the Chromium smoke page (browser condition →
// browser.js). Bun keeps `new URL("./imagekit_wasm_bg.wasm", import.meta.url)` but emits no file, so the page
// must still start (wasm-source.js falls back to the inlined bytes); loaded in Chromium like the Vite pages.
import { spawnSync } from "node:child_process";
import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { crashed, score } from "./check.mjs";
import { launchChromium, serve, slimCheck, visit } from "./chromium.mjs";
import { bin, prepareScratch } from "./scratch.mjs";

export async function bunBrowser() {
  let server, browser;
  try {
    const { app, scratch } = prepareScratch();
    const outdir = join(scratch, "bun-browser");
    rmSync(outdir, { recursive: true, force: true });
    const bunBuild = (page, extra = []) => {
      const r = spawnSync(bin("bun"), ["build", `web/${page}.js`, "--target=browser", "--outdir", join(outdir, page), ...extra],
        { cwd: app, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 120_000 });
      if (r.status !== 0) throw new Error(`bun build ${page} exited ${r.status}:\n${r.stdout}${r.stderr}`);
      writeFileSync(join(outdir, page, `${page}.html`), `<!doctype html><meta charset="utf-8"><title>bun</title><script type="module" src="./${page}.js"></script>\n`);
    };
    bunBuild("smoke", [`--metafile=${join(scratch, "bun-meta.json")}`]);
    bunBuild("slim");
    const inputs = Object.keys((await import(`file://${join(scratch, "bun-meta.json")}`, { with: { type: "json" } })).default.inputs);
    const entries = inputs.filter((p) => /imagekit-wasm\/(browser|node|default|deno|edge|workerd)\.m?c?js$/.test(p));
    server = await serve(outdir);
    browser = await launchChromium();
    const base = `http://127.0.0.1:${server.address().port}`;
    const result = await visit(browser.context, `${base}/smoke/smoke.html`);
    const slim = await visit(browser.context, `${base}/slim/slim.html`).then((v) => slimCheck(v), (e) => slimCheck(null, e));
    const files = readdirSync(join(outdir, "smoke"));
    return score("bun-browser", result, { entry: entries.map((e) => join(app, e)).join(" + "), wantEntry: "browser.js", extra: [...(result.pageChecks ?? []),
      { label: "bundle is one script (no stray asset requests)", ok: files.filter((f) => f.endsWith(".js")).length === 1, detail: String(files) }, slim] });
  } catch (e) {
    return crashed("bun-browser", e);
  } finally {
    await browser?.close();
    server?.close();
  }
}
