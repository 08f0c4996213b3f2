#!/usr/bin/env node
// The demo: builds the page with Vite, serves it with the /api/ routes of api.mjs, and prints one URL to open.
//   node www-example/server.mjs [--port 5173] [--host 127.0.0.1] [--no-sample]      (`make demo` runs this)
// Backend: with IMAGEKIT_PUBLIC_KEY, IMAGEKIT_PRIVATE_KEY and IMAGEKIT_URL_ENDPOINT set, your ImageKit account;
// otherwise the local ImageKit server of tests/server is started in this process (with sharp it renders the
// transformations; see README.md), and a sample image is put into its library. Ctrl-C stops everything.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { randomBytes } from "node:crypto";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..");
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm",
  ".svg": "image/svg+xml", ".png": "image/png", ".json": "application/json", ".ico": "image/x-icon" };

/**
 * `imagekit-wasm` is the `file:../pkg` dependency of package.json; link it the way `npm install` would, so that
 * one command works on a fresh checkout (after `make package`).
 */
function linkPackage() {
  const pkg = join(repo, "pkg");
  if (!existsSync(join(pkg, "package.json"))) throw new Error("pkg/ is missing: run `make package` first (or `make demo`)");
  const link = join(here, "node_modules", "imagekit-wasm");
  let present = false;
  try { present = lstatSync(link).isSymbolicLink() || existsSync(join(link, "package.json")); } catch {}
  if (present && existsSync(join(link, "package.json"))) return;
  rmSync(link, { recursive: true, force: true });
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(relative(dirname(link), pkg), link, "dir");
}

/** `vite build` of index.html into a fresh temporary directory. */
async function buildPage() {
  const { build } = await import("vite");
  const outDir = mkdtempSync(join(tmpdir(), "imagekit-www-"));
  await build({ configFile: false, root: here, base: "/", logLevel: "warn", build: { outDir, emptyOutDir: true, target: "es2022" } });
  return outDir;
}

/** A colourful sample image (an SVG landscape rendered by sharp), or null without sharp. */
async function sampleImage() {
  try {
    const sharp = (await import("sharp")).default;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="640">
      <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#1e3a8a"/><stop offset="0.55" stop-color="#f97316"/><stop offset="1" stop-color="#fde68a"/></linearGradient></defs>
      <rect width="960" height="640" fill="url(#sky)"/>
      <circle cx="640" cy="330" r="90" fill="#fef3c7" opacity="0.95"/>
      <path d="M0 430 L170 270 L300 390 L450 230 L620 420 L760 300 L960 450 L960 640 L0 640 Z" fill="#7c2d12"/>
      <path d="M0 520 L200 420 L380 510 L560 400 L760 500 L960 430 L960 640 L0 640 Z" fill="#431407"/>
      <path d="M0 600 Q240 540 480 590 T960 580 L960 640 L0 640 Z" fill="#1c0a03"/></svg>`;
    return await sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
  } catch {
    return null;
  }
}

/** Starts the backend (env or local), the page and the API; resolves to {url, backend, close}. */
export async function startDemo({ port = 5173, host = "127.0.0.1", sample = true, env = process.env } = {}) {
  linkPackage();
  const { createApi } = await import("./api.mjs");
  let local = null, config;
  if (env.IMAGEKIT_PRIVATE_KEY && env.IMAGEKIT_PUBLIC_KEY && env.IMAGEKIT_URL_ENDPOINT) {
    config = { publicKey: env.IMAGEKIT_PUBLIC_KEY, privateKey: env.IMAGEKIT_PRIVATE_KEY, urlEndpoint: env.IMAGEKIT_URL_ENDPOINT, backend: "ImageKit" };
  } else {
    const { startImageKitServer } = await import(pathToFileURL(join(repo, "tests/server/imagekit-server.mjs")).href);
    local = await startImageKitServer({ host, port: 0, publicKey: "public_demo", privateKey: `private_demo_${randomBytes(12).toString("hex")}` });
    config = { publicKey: local.publicKey, privateKey: local.privateKey, urlEndpoint: local.urlEndpoint,
      apiBaseUrl: local.apiBaseUrl, uploadBaseUrl: local.uploadBaseUrl, backend: `local ImageKit server (${local.url})` };
  }
  const api = createApi(config);
  if (local && sample) {
    const bytes = await sampleImage();
    if (bytes) {
      const { ImageKit } = await import("imagekit-wasm");
      const { backend: _, ...options } = config;
      await new ImageKit(options).uploadFile({ file: bytes, fileName: "sunset.jpg", useUniqueFileName: false, folder: "/samples" });
    }
  }
  const dist = await buildPage();

  const server = createServer(async (req, res) => {
    try {
      if (await api(req, res)) return;
      if (req.method !== "GET" && req.method !== "HEAD") return void res.writeHead(405).end();
      let path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
      if (path === "/" || path === "\\") path = "/index.html";
      const body = readFileSync(join(dist, path));
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(req.method === "HEAD" ? undefined : body);
    } catch {
      if (!res.headersSent) res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  const listen = (p) => new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(p, host, () => { server.off("error", reject); resolve(); });
  });
  try {
    await listen(port);
  } catch (e) {
    if (e.code !== "EADDRINUSE" || port === 0) throw e;
    await listen(0); // the default port is taken: any free one will do
  }
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${server.address().port}/`;
  return {
    url, backend: config.backend, local,
    async close() {
      await new Promise((r) => { server.close(() => r()); server.closeAllConnections(); });
      await local?.close();
      rmSync(dist, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
  try {
    const demo = await startDemo({ port: Number(opt("--port", 5173)), host: opt("--host", "127.0.0.1"), sample: !args.includes("--no-sample") });
    console.log(`\n  imagekit-wasm demo (backend: ${demo.backend})\n\n  ➜  open ${demo.url}\n\n  Ctrl-C stops it.\n`);
    let stopping = false;
    const stop = () => {
      if (stopping) process.exit(1);
      stopping = true;
      demo.close().then(() => process.exit(0));
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  } catch (e) {
    console.error(`demo: ${e.message}`);
    process.exit(1);
  }
}
