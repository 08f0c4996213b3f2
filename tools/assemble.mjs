#!/usr/bin/env node
// Assembles the npm package in pkg/ from the wasm-bindgen output (target/bindgen) and pkg-template/:
// moves the error-class snippet to a stable name, bundles the CommonJS entry, and prints the gzip sizes.
import { build } from "esbuild";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const from = join(root, "target/bindgen");
const template = join(root, "pkg-template");
const out = join(root, "pkg");

function walk(dir) {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out);

// The glue imports its JS snippets (errors.js: the error classes; io.js: the fetch it sends with) from hashed
// snippets/ paths; give each its stable name, so that the entries import the very modules the wasm uses (one copy
// of each class, so `instanceof` holds; one upload-fetch setting).
const snippets = existsSync(join(from, "snippets")) ? walk(join(from, "snippets")) : [];
const names = snippets.map((f) => f.split("/").pop()).sort();
if (names.join() !== "errors.js,io.js") throw new Error(`expected the snippets errors.js and io.js, found: ${snippets}`);
let glue = readFileSync(join(from, "imagekit_wasm.js"), "utf8");
for (const snippet of snippets) {
  const name = snippet.split("/").pop();
  const snippetImport = "./" + relative(from, snippet);
  if (!glue.includes(snippetImport)) throw new Error(`glue does not import ${snippetImport}`);
  glue = glue.split(snippetImport).join(`./${name}`);
  cpSync(snippet, join(out, name));
}
// A binding without `catch` to a snippet function becomes a direct wasm import from the snippet's hashed path,
// which the renaming above would break at instantiation ("module is not an object"); every import must come
// through the glue's own namespace.
const foreign = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(join(from, "imagekit_wasm_bg.wasm"))))
  .map((i) => i.module).filter((m) => m !== "./imagekit_wasm_bg.js");
if (foreign.length) throw new Error(`wasm imports from outside the glue: ${[...new Set(foreign)]} (give those bindings \`catch\`)`);
// `@imagekit/nodejs` 7's client options that are JS values (`fetch`, `fetchOptions`, `logger`) and the
// environment's defaults are taken by client-options.js before the wasm constructor reads the rest as JSON: the
// constructor begins by handing its options there (with its own class, so a second copy of the glue — the
// fast-lane oracle — uses its own wasm).
const ctor = /(\nexport class ImageKit \{[^]*?\n {4}constructor\(opts\) \{\n)/;
if (!ctor.test(glue)) throw new Error("the glue's ImageKit has no `constructor(opts) {` to hand the options from");
glue = `import { clientOptions as __ikClientOptions } from "./client-options.js";\n${glue.replace(ctor, "$1        opts = __ikClientOptions(this, opts, ImageKit);\n")}`;
writeFileSync(join(out, "imagekit_wasm.js"), glue);
cpSync(join(from, "imagekit_wasm_bg.wasm"), join(out, "imagekit_wasm_bg.wasm"));

for (const f of readdirSync(template)) {
  if (f.endsWith(".src.mjs") || f === "compat") continue;
  cpSync(join(template, f), join(out, f));
}
// The compat entries' modules (before the CommonJS bundle: the root's upload5.js imports compat/form-upload.js).
cpSync(join(template, "compat"), join(out, "compat"), { recursive: true });
// CommonJS consumers get the same declarations under a .d.cts name, so TypeScript reads them as CommonJS.
cpSync(join(template, "index.d.ts"), join(out, "index.d.cts"));

await build({
  // Bundled from pkg/ so that the entry's relative imports resolve to the assembled glue and errors.js.
  stdin: { contents: readFileSync(join(template, "node.cjs.src.mjs"), "utf8"), resolveDir: out, sourcefile: "node.cjs.src.mjs" },
  outfile: join(out, "node.cjs"),
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node18",
  logLevel: "error",
  // The glue's default init() path uses import.meta.url; the CommonJS entry never calls it.
  define: { "import.meta.url": "undefined" },
  // COMPAT §3: `require("imagekit-wasm")` is the class itself, named exports on it (cjs-callable.cjs says how).
  footer: { js: 'module.exports = require("./cjs-callable.cjs")(module.exports);' },
});

// --- The compat entries (pkg-template/compat/, COMPAT §1-2): copied as they are (ES modules that import the package
// by its own name, so each runtime's condition picks the initialised root entry), plus a CommonJS bundle per entry
// whose `module.exports` is the class itself, as the legacy SDKs export it; "imagekit-wasm" stays external there
// (require() then gives node.cjs).
for (const entry of ["imagekit", "imagekit-javascript"]) {
  // The CommonJS types: the ES module view up to its default export, which becomes `export =` (as 6.x declares).
  const dts = readFileSync(join(template, "compat", `${entry}.d.ts`), "utf8");
  const end = dts.lastIndexOf("\nexport default ImageKit;\n") + 1;
  if (end < 1) throw new Error(`compat/${entry}.d.ts has no \`export default ImageKit;\``);
  writeFileSync(join(out, "compat", `${entry}.d.cts`), `${dts.slice(0, end)}export = ImageKit;\n`);
  await build({
    entryPoints: [join(out, "compat", `${entry}.js`)],
    outfile: join(out, "compat", `${entry}.cjs`),
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node18",
    logLevel: "error",
    external: ["imagekit-wasm"],
    footer: { js: "module.exports = module.exports.default;" },
  });
}

const gz = (f) => gzipSync(readFileSync(join(out, f)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const wasmRaw = statSync(join(out, "imagekit_wasm_bg.wasm")).size;
console.log(`pkg/imagekit_wasm_bg.wasm: ${kb(wasmRaw)} raw, ${kb(gz("imagekit_wasm_bg.wasm"))} gzip`);
console.log(`pkg JS (glue + errors + resources + node entry): ${kb(gz("imagekit_wasm.js") + gz("errors.js") + gz("resources.js") + gz("node.mjs"))} gzip`);
