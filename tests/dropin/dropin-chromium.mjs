#!/usr/bin/env node
// Drop-in tests of the browser SDKs in headless Chromium, with the browser's real XMLHttpRequest: the programs of
// `imagekit-javascript` 4.0.1 and `@imagekit/javascript` 5.5.1 each run in a page with the official package (its
// ES module build) and in a page with ours, loaded the way the README shows for a page without a bundler (a module
// script and an import map onto the package's files). The upload URL both SDKs hard-code is routed to the local
// server. Summaries and the requests the server saw must be the same, except the one difference kept on purpose
// that only a browser shows (4.x: non-Latin-1 overlay text, where 4.x's btoa throws and ours encodes UTF-8).
// Prints `dropin-chromium: N passed, M failed`.
import { createHmac, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startImageKitServer } from "../server/imagekit-server.mjs";
import { tally } from "./compare.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm" };
// What the pages may load: the package, the official ES module build and the program.
const MOUNTS = {
  "/pkg/": join(root, "pkg"), "/official4/": join(root, "node_modules/imagekit-javascript/dist"),
  "/official5/": join(root, "node_modules/@imagekit/javascript/dist"), "/dropin/": join(root, "tests/dropin"),
};

/** A page running `program` with `sdk`: the code that imports it and the expression the program is given. */
function page(program, imports, sdk) {
  return `<!doctype html><meta charset="utf-8">
<script type="importmap">{ "imports": { "imagekit-wasm": "/pkg/browser.js", "imagekit-wasm/": "/pkg/" } }</script>
<script type="module">
  ${imports}
  const ImageKit = ${sdk};
  import { program } from "/dropin/${program}";
  const env = window.__env;
  let next = 0;
  const server = { ...env.server, inject: (fault) => fetch(env.server.url + "/__control/inject", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(fault) }) };
  program(ImageKit, { server, auth: () => env.auths[next++], XHR: XMLHttpRequest })
    .then((r) => (window.__result = { ok: r }), (e) => (window.__result = { error: String(e && e.stack || e) }));
</script>`;
}
const SDKS = {
  "imagekit-javascript 4": {
    official: page("program-imagekit-javascript4.mjs", 'import sdk from "/official4/imagekit.esm.js";', "sdk"),
    ours: page("program-imagekit-javascript4.mjs", 'import sdk from "imagekit-wasm/compat/imagekit-javascript.js";', "sdk"),
  },
  "@imagekit/javascript 5": {
    official: page("program-imagekit-javascript5.mjs", 'import * as sdk from "/official5/imagekit.esm.js";', "sdk"),
    ours: page("program-imagekit-javascript5.mjs", 'import * as root from "imagekit-wasm";', "root"),
  },
};
const PAGES = Object.fromEntries(Object.entries(SDKS).flatMap(([sdk, pages], i) => Object.entries(pages).map(([side, html]) => [`/${i}-${side}.html`, html])));

const statics = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
  if (PAGES[path]) return res.writeHead(200, { "content-type": "text/html" }).end(PAGES[path]);
  const mount = Object.keys(MOUNTS).find((m) => path.startsWith(m));
  try {
    if (!mount) throw new Error("no mount");
    const body = readFileSync(join(MOUNTS[mount], path.slice(mount.length)));
    res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(body);
  } catch {
    res.writeHead(404).end("not found");
  }
});
await new Promise((r) => statics.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${statics.address().port}`;
const server = await startImageKitServer();
const auths = () => Array.from({ length: 100 }, () => {
  const token = randomUUID(), expire = Math.floor(Date.now() / 1000) + 600;
  return { token, expire, signature: createHmac("sha1", server.privateKey).update(token + expire).digest("hex") };
});
const seen = () => server.requests.filter((r) => !r.path.startsWith("/__control") && !r.path.startsWith("/fixtures")).map((r) =>
  JSON.parse(JSON.stringify({ method: r.method, path: r.path, query: r.query, body: r.body })
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<token>").replace(/"expire":"\d+"/g, '"expire":"<expire>"')
    .replace(/"signature":"[0-9a-f]{40}"/g, '"signature":"<signature>"').replace(/127\.0\.0\.1:\d+/g, "<server>")));

const userDataDir = mkdtempSync(join(tmpdir(), "ik-dropin4-"));
const runs = {};
let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: "/usr/bin/chromium", headless: true, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  // 4.x posts to https://upload.imagekit.io: answered by the local server (a dropped connection stays a network error).
  await context.route("https://upload.imagekit.io/**", async (route) => {
    try {
      const response = await route.fetch({ url: route.request().url().replace("https://upload.imagekit.io", server.url) });
      await route.fulfill({ response });
    } catch {
      await route.abort("connectionreset");
    }
  });
  for (const [i, sdk] of Object.keys(SDKS).entries()) for (const side of ["official", "ours"]) {
    const name = `${sdk} ${side}`;
    server.reset();
    const tab = await context.newPage();
    const errors = [];
    tab.on("pageerror", (e) => errors.push(e.message));
    await tab.addInitScript((env) => (window.__env = env), { server: { url: server.url, publicKey: server.publicKey }, auths: auths() });
    await tab.goto(`${base}/${i}-${side}.html`);
    await tab.waitForFunction(() => window.__result !== undefined, null, { timeout: 120_000 });
    const result = await tab.evaluate(() => window.__result);
    if (!result.ok) throw new Error(`${name} page: ${result.error}\n${errors.join("\n")}`);
    runs[name] = { steps: result.ok, requests: seen() };
    await tab.close();
  }
} finally {
  await context?.close().catch(() => {});
  statics.close();
  await server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

const t = tally("official"), { check } = t;
const KEPT = "url(text overlay, non-ASCII)";
const notes = [];
for (const sdk of Object.keys(SDKS)) {
  const official = runs[`${sdk} official`], ours = runs[`${sdk} ours`];
  for (const step of new Set([...Object.keys(official.steps), ...Object.keys(ours.steps)])) {
    if (step !== KEPT) check(`${sdk}: ${step}`, official.steps[step], ours.steps[step]);
  }
  for (let i = 0; i < Math.max(official.requests.length, ours.requests.length); i++) check(`${sdk}: request ${i + 1}`, official.requests[i], ours.requests[i]);
  notes.push(`${sdk}: ${Object.keys(official.steps).length} steps, ${official.requests.length} requests`);
}
const four = { official: runs["imagekit-javascript 4 official"].steps[KEPT], ours: runs["imagekit-javascript 4 ours"].steps[KEPT] };
const kept = four.official?.thrown?.Error === "DOMException" || /Latin1|InvalidCharacter/.test(JSON.stringify(four.official));
check(`imagekit-javascript 4: ${KEPT}: 4.x's btoa throws in a browser, ours gives the UTF-8 base64 4.x gives in Node`,
  { kept, value: "https://ik.imagekit.io/demo/a.jpg?tr=l-text,ie-aMOpbGxvIOKckw%3D%3D,l-end" }, { kept: true, value: four.ours?.value?.value });
console.log(`  note: through Chromium's XMLHttpRequest: ${notes.join("; ")}`);
console.log(`dropin-chromium: ${t.passed} passed, ${t.failed} failed`);
process.exit(t.failed ? 1 : 0);
