#!/usr/bin/env node
// Runs every ```js block of README.md against the built package (pkg/, after `make package`) and the local
// ImageKit server, so the README cannot drift from what the package does.
//
// - Each block becomes a module in tests/.scratch/readme/; `from "imagekit-wasm"` imports pkg/node.mjs through a
//   shim whose only change is that `new ImageKit()` defaults apiBaseUrl/uploadBaseUrl to the local server (the
//   server's keys are the README's `public_key_test`/`private_key_test`), so nothing leaves the machine.
// - Names a block uses but does not define (a browser page's `file`, `bar`, `authFromServer`; a caller's
//   `signal`) are the GIVENS below, set as globals; `ImageKit` is a global too, for blocks without an import.
// - `expr; // → value` (the comment on the same line or the next) is checked: a string or number exactly;
//   `…` inside a string matches any text; `"<uuid v4>"` a v4 UUID; `now` is the current Unix time (±2 s); a
//   closing remark in parentheses is not part of the value.
// - A module whose default export has `fetch` (a Worker) is called with a Request and IMAGEKIT_* bindings, and
//   must answer 200 with JSON.
// - A block preceded by a line `*Not run by the README test: <reason>*` is reported, never counted as passed.
// Prints `readme: N passed, M failed`.   usage: node tests/docs/readme.mjs
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startImageKitServer } from "../server/imagekit-server.mjs";
import { makePng } from "../server/fixtures.mjs";
import { checks } from "../checks.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const scratch = join(root, "tests/.scratch/readme");
const { check, crashed, finish } = checks("readme");

/** The ```js blocks of `markdown`: {line (of the first code line), code, skip (the marker's reason or null)}. */
export function jsBlocks(markdown) {
  const lines = markdown.split("\n");
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== "```js") continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end].trim() !== "```") end++;
    let before = i - 1;
    while (before >= 0 && !lines[before].trim()) before--;
    const marker = lines[before]?.match(/^\*Not run by the README test: (.+)\*$/);
    blocks.push({ line: start + 1, code: lines.slice(start, end).join("\n"), skip: marker ? marker[1] : null });
    i = end;
  }
  return blocks;
}

/** Rewrites `expr; // → value` lines into `__expect(expr, "value", line)` calls. */
export function instrument(code, firstLine) {
  const lines = code.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^(.*?)\/\/ → (.+)$/);
    if (!m) continue;
    let at = i, stmt = m[1].trim();
    if (!stmt) {
      at = i - 1;
      while (at >= 0 && !lines[at].trim()) at--;
      stmt = lines[at]?.trim() ?? "";
      lines[i] = "";
    }
    if (!stmt.endsWith(";")) throw new Error(`README.md:${firstLine + at}: a → comment must follow a statement ending in ;`);
    lines[at] = `__expect(${stmt.slice(0, -1)}, ${JSON.stringify(m[2].trim())}, ${firstLine + at});`;
  }
  return lines.join("\n").replace(/from "imagekit-wasm"/g, 'from "./imagekit-wasm.mjs"');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const like = (text) => new RegExp(`^${text.split("…").map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".+")}$`);

/** Whether `got` is what the README's `→ expected` text says (see the header for the small language). */
export function matches(got, expected, nowSeconds = Math.floor(Date.now() / 1000)) {
  // A closing remark in parentheses explains the value; it is not part of it.
  const src = expected.replace(/ \([^()]*\)$/, "").replace(/"<uuid v4>"/g, "__uuid").replace(/"([^"]*…[^"]*)"/g, (_, s) => `__like(${JSON.stringify(s)})`);
  const want = new Function("now", "__uuid", "__like", `return (${src});`)(nowSeconds, { uuid: true }, (s) => ({ like: like(s) }));
  const slack = /\bnow\b/.test(expected) ? 2 : 0;
  const same = (g, w) => {
    if (w && w.uuid) return typeof g === "string" && UUID.test(g);
    if (w && w.like) return typeof g === "string" && w.like.test(g);
    if (typeof w === "number") return typeof g === "number" && Math.abs(g - w) <= slack;
    if (w && typeof w === "object") {
      return g !== null && typeof g === "object" && Object.keys(g).length === Object.keys(w).length &&
        Object.keys(w).every((k) => same(g[k], w[k]));
    }
    return g === w;
  };
  return same(got, want);
}

async function main() {
  const server = await startImageKitServer();
  try {
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch, { recursive: true });
    const entry = pathToFileURL(join(root, "pkg/node.mjs")).href;
    writeFileSync(join(scratch, "imagekit-wasm.mjs"), [
      `export * from ${JSON.stringify(entry)};`,
      `import { ImageKit as Base } from ${JSON.stringify(entry)};`,
      "/** The package's ImageKit, its API and upload base URLs defaulting to the local server. */",
      `export class ImageKit extends Base { constructor(o = {}) { super({ apiBaseUrl: ${JSON.stringify(server.url)}, uploadBaseUrl: ${JSON.stringify(server.url)}, ...o }); } }`,
    ].join("\n"));
    const shim = await import(pathToFileURL(join(scratch, "imagekit-wasm.mjs")).href);
    const signer = new shim.ImageKit({ privateKey: server.privateKey });
    const GIVENS = {
      ImageKit: shim.ImageKit,
      signal: new AbortController().signal,
      publicKey: server.publicKey,
      urlEndpoint: `${server.url}/ik`,
      file: new File([makePng(40, 30)], "readme.png", { type: "image/png" }),
      authFromServer: signer.getAuthenticationParameters(),
      bar: { value: 0 },
    };
    Object.assign(globalThis, GIVENS);
    const expectations = [];
    globalThis.__expect = (got, expected, line) => expectations.push({ got, expected, line });

    const blocks = jsBlocks(readFileSync(join(root, "README.md"), "utf8"));
    if (!blocks.length) throw new Error("README.md has no ```js block");
    for (const [n, block] of blocks.entries()) {
      if (block.skip) {
        console.log(`  note: README.md:${block.line} not run: ${block.skip}`);
        continue;
      }
      expectations.length = 0;
      const file = join(scratch, `block-${n + 1}.mjs`);
      // Imported whether or not ONLY selects this check: the checks below need what the block did.
      let mod = null, error = null;
      try {
        writeFileSync(file, instrument(block.code, block.line));
        mod = await import(pathToFileURL(file).href);
      } catch (e) {
        error = e;
      }
      await check(`README.md:${block.line}: the js block runs`, () => {
        if (error) throw error;
      });
      for (const { got, expected, line } of [...expectations]) {
        await check(`README.md:${line}: → ${expected}`, () => {
          if (!matches(got, expected)) throw new Error(`got ${JSON.stringify(got)}`);
        });
      }
      if (typeof mod?.default?.fetch === "function") {
        await check(`README.md:${block.line}: the Worker answers`, async () => {
          const env = { IMAGEKIT_PRIVATE_KEY: server.privateKey, IMAGEKIT_URL_ENDPOINT: "https://ik.imagekit.io/demo" };
          const res = await mod.default.fetch(new Request("https://worker.example/"), env);
          const body = await res.json();
          if (res.status !== 200 || !matches(body.url, '"https://ik.imagekit.io/demo/a.jpg?ik-t=…&ik-s=…"')) {
            throw new Error(`${res.status} ${JSON.stringify(body)}`);
          }
        });
      }
      if (/\bbar\.value\b/.test(block.code)) {
        await check(`README.md:${block.line}: onProgress reached the whole file`, () => {
          if (globalThis.bar.value !== 1) throw new Error(`bar.value is ${globalThis.bar.value}`);
        });
      }
    }
  } finally {
    await server.close();
  }
}

// Run as a script (not when imported for its helpers).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await main();
  } catch (e) {
    crashed(e);
  }
  finish();
}
