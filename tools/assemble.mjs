#!/usr/bin/env node
// Assembles the npm package in pkg/ from the wasm-bindgen output (target/bindgen) and pkg-template/:
// gives the glue's JS snippets stable names, makes the glue's module check realm-safe, writes the inlined copy of
// the wasm, bundles the CommonJS entry, writes node.mjs's export list, and prints the sizes.
import { build } from "esbuild";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { cjsDeclarations, PARTS } from "./cjs-declarations.mjs";
import { esmNamespace } from "./nodejs7-names.mjs";
import { SIZE_WASM, SIZE_MEDIA_WASM, placeBuilds } from "./size-build.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const from = join(root, "target/bindgen");
const template = join(root, "pkg-template");
const out = join(root, "pkg");

// The wasm builds the package ships: each file next to the entries, plus its inlined (base64) module.
// SPEC §8: the speed build for every entry but the browser's, the size build for browser.js. Each gets its base64
// fallback (`inline`) and, for the ES module entries, its own copy of wasm-source.js (`source`), whose
// `new URL("./<wasm>", import.meta.url)` must stay a literal for bundlers to find the asset.
// Each build is two modules (README "Size"): the first, instantiated at import, and the media API's, instantiated by
// the first media call (media.js); wasm-source.js names both.
const WASM_BUILDS = [
  { wasm: "imagekit_wasm_bg.wasm", inline: "wasm-inline.cjs", source: "wasm-source.js",
    media: { wasm: "imagekit_media_bg.wasm", inline: "wasm-inline-media.cjs" } },
  { wasm: SIZE_WASM, inline: "wasm-inline-size.cjs", source: "wasm-source-size.js",
    media: { wasm: SIZE_MEDIA_WASM, inline: "wasm-inline-media-size.cjs" } },
];
const WASM_FILES = WASM_BUILDS.flatMap((b) => [b, b.media]);
// The two glues wasm-bindgen writes (target/bindgen): the first module's and the media module's.
const GLUES = ["imagekit_wasm", "imagekit_media"];
// The glue's JS snippets, shared by both glues (one copy of each module: one set of error classes).
const SNIPPETS = ["errors.js", "io.js", "values.js"];

// Template files that are inputs of the assembly, not package files.
const TEMPLATE_ONLY = new Set(["node.cjs.src.mjs", "node.src.mjs"]);

function walk(dir) {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

/** `text` with the one occurrence of `find` replaced; anything else means the glue changed under us. */
function replaceOnce(text, find, replacement, what) {
  const n = text.split(find).length - 1;
  if (n !== 1) throw new Error(`glue: expected one ${what} (\`${find}\`), found ${n}`);
  return text.replace(find, () => replacement);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out);

// Each glue imports its JS snippets (errors.js: the error classes; io.js: the fetch it sends with; values.js:
// options as JSON) from hashed snippets/ paths; give each its stable name, so that the entries and both glues
// import the very modules the wasm uses (one copy of each class, so `instanceof` holds; one upload-fetch setting).
const snippets = existsSync(join(from, "snippets")) ? walk(join(from, "snippets")) : [];
const names = [...new Set(snippets.map((f) => f.split("/").pop()))].sort();
if (names.join() !== SNIPPETS.join()) throw new Error(`expected the snippets ${SNIPPETS}, found: ${snippets}`);
for (const snippet of snippets) cpSync(snippet, join(out, snippet.split("/").pop()));
/** The glue `name` with stable snippet paths, a realm-safe module check, and no import from outside it. */
function glueOf(name) {
  const dir = glueDirs[name];
  let glue = readFileSync(join(dir, `${name}.js`), "utf8");
  for (const snippet of snippets) glue = glue.split("./" + relative(from, snippet)).join(`./${snippet.split("/").pop()}`);
  if (glue.includes("./snippets/")) throw new Error(`${name}.js imports a snippet that is not among ${SNIPPETS}`);
  // `module instanceof WebAssembly.Module` is false for a module compiled in another realm (Next.js's edge runtime
  // hands one over through `?module`), and the glue would then pass it to `new WebAssembly.Module()` as if it were
  // bytes. The engine's own brand check (Symbol.toStringTag) holds across realms.
  glue = replaceOnce(glue, "if (!(module instanceof WebAssembly.Module)) {",
    "if (Object.prototype.toString.call(module) !== \"[object WebAssembly.Module]\") {", "module check in initSync");
  // A binding without `catch` to a snippet function becomes a direct wasm import from the snippet's hashed path,
  // which the renaming above would break at instantiation ("module is not an object"); every import must come
  // through the glue's own namespace.
  const foreign = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(join(dir, `${name}_bg.wasm`))))
    .map((i) => i.module).filter((m) => m !== `./${name}_bg.js`);
  if (foreign.length) throw new Error(`${name}: wasm imports from outside the glue: ${[...new Set(foreign)]} (give those bindings \`catch\`)`);
  return glue;
}
// Both builds of each module in pkg/, fitting one glue: the glue of the build that imports more (size-build.mjs).
// The speed build's for the first module; the size build's for the media module, which holds the URL reader
// there (feature `lazy-reader`, README "Size").
const glueDirs = Object.fromEntries(GLUES.map((name, i) => [name, placeBuilds({
  speedDir: from, sizeDir: join(root, "target/bindgen-size"), out, name, sizeWasm: [SIZE_WASM, SIZE_MEDIA_WASM][i],
})]));
let glue = glueOf("imagekit_wasm");
// `@imagekit/nodejs` 7's client options that are JS values (`fetch`, `fetchOptions`, `logger`) and the
// environment's defaults are taken by client-options.js before the wasm constructor reads the rest as JSON: the
// constructor begins by handing its options there (with its own class, so a second copy of the glue — the
// fast-lane oracle — uses its own wasm).
const ctor = /(\nexport class ImageKit \{[^]*?\n {4}constructor\(opts\) \{\n)/;
if (!ctor.test(glue)) throw new Error("the glue's ImageKit has no `constructor(opts) {` to hand the options from");
glue = `import { clientOptions as __ikClientOptions } from "./client-options.js";\n${glue.replace(ctor, "$1        opts = __ikClientOptions(this, opts, ImageKit);\n")}`;
writeFileSync(join(out, "imagekit_wasm.js"), glue);
// The media module's client is made by media.js from the options the first one read: its constructor is the glue's.
writeFileSync(join(out, "imagekit_media.js"), glueOf("imagekit_media"));

for (const { wasm, inline } of WASM_FILES) {
  const bytes = readFileSync(join(out, wasm));
  // For hosts that give us no file and no asset: node.cjs (a server bundler may move the code away from the
  // file) and Bun's browser bundler (which emits no asset for `new URL(…, import.meta.url)`).
  // CommonJS, so that node.cjs requires it at run time (kept out of node.cjs: Node's CommonJS lexer would spend
  // ~20 ms scanning the base64 on every `import`) and bundlers, which all take CommonJS, can include it.
  writeFileSync(join(out, inline), `"use strict";
// Generated by tools/assemble.mjs: ${wasm} as base64, for hosts that cannot read or fetch the file.
const BASE64 = "${bytes.toString("base64")}";

/** The wasm bytes, decoded with the fastest decoder the host has. */
exports.wasmBytes = function wasmBytes() {
  if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(BASE64);
  if (typeof globalThis.Buffer === "function") return globalThis.Buffer.from(BASE64, "base64");
  const text = atob(BASE64);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
};
`);
}


for (const f of readdirSync(template)) {
  // compat/ is copied whole below, with its CommonJS bundles.
  if (!TEMPLATE_ONLY.has(f) && f !== "compat") cpSync(join(template, f), join(out, f));
}
// Each build's wasm-source.js: the template names the speed build's files; the others' copies name their own.
const wasmSourceJs = readFileSync(join(template, "wasm-source.js"), "utf8");
const [speed] = WASM_BUILDS;
for (const { wasm, inline, source, media } of WASM_BUILDS.slice(1)) {
  const url = (v, name) => `const ${v} = new URL(${JSON.stringify(`./${name}`)}, import.meta.url);`;
  const load = (name) => `import(${JSON.stringify(`./${name}`)})`;
  let text = replaceOnce(wasmSourceJs, url("wasmUrl", speed.wasm), url("wasmUrl", wasm), "wasm URL");
  text = replaceOnce(text, url("mediaUrl", speed.media.wasm), url("mediaUrl", media.wasm), "media URL");
  text = replaceOnce(text, load(speed.inline), load(inline), "inline import");
  text = replaceOnce(text, load(speed.media.inline), load(media.inline), "media inline import");
  writeFileSync(join(out, source), text);
}
// The compat entries' modules (before the CommonJS bundle: the root's upload5.js imports compat/form-upload.js).
cpSync(join(template, "compat"), join(out, "compat"), { recursive: true });
// CommonJS consumers get the same declarations as CommonJS (`export =` of the constructible module).
const dtsParts = PARTS.map((f) => readFileSync(join(template, f), "utf8"));
// upload5.d.ts (5.5.1's upload(), which imports the compat entries' types) joins through its CommonJS twin.
const upload5Dts = readFileSync(join(template, "upload5.d.ts"), "utf8");
writeFileSync(join(out, "upload5.d.cts"), upload5Dts);
writeFileSync(join(out, "index.d.cts"), cjsDeclarations(readFileSync(join(template, "index.d.ts"), "utf8"), dtsParts,
  [{ from: "./upload5.cjs", text: upload5Dts }]));
// ES module consumers get the `ImageKit.*` type namespace too, merged into the class of index.d.ts.
{
  const indexDts = readFileSync(join(template, "index.d.ts"), "utf8");
  const texts = [indexDts, ...dtsParts, upload5Dts];
  const declared = (kinds) => texts.flatMap((t) => [...t.matchAll(new RegExp(`^export (?:declare )?(?:${kinds}) (\\w+)`, "gm"))].map((m) => m[1]));
  const aliasBlock = indexDts.match(/\nexport \{([^}]*)\};\s*$/)?.[1] ?? "";
  const aliases = [...aliasBlock.matchAll(/\w+\s+as\s+(\w+)/g)].map((m) => m[1]);
  writeFileSync(join(out, "index.d.ts"), indexDts + esmNamespace([...declared("class"), ...aliases], declared("interface|type")));
}

// node.cjs and the media glue it requires on the first media call (media.cjs, through node-media.cjs) share the
// snippets as CommonJS files of their own (errors.cjs, io.cjs, values.cjs), so that both use one set of error
// classes and one upload-fetch setting.
const sharedSnippets = {
  name: "shared-snippets",
  setup(b) {
    const filter = new RegExp(`^\\./(${SNIPPETS.map((f) => f.replace(/\.js$/, "")).join("|")})\\.js$`);
    b.onResolve({ filter }, (a) => ({ path: a.path.replace(/\.js$/, ".cjs"), external: true }));
  },
};
const cjs = { bundle: true, format: "cjs", platform: "node", target: "node18", logLevel: "error", plugins: [sharedSnippets],
  // The glues' default init() path uses import.meta.url; the CommonJS files never call it.
  define: { "import.meta.url": "undefined" } };
for (const snippet of SNIPPETS) {
  await build({ ...cjs, plugins: [], entryPoints: [join(out, snippet)], outfile: join(out, snippet.replace(/\.js$/, ".cjs")) });
}
await build({ ...cjs, entryPoints: [join(out, "imagekit_media.js")], outfile: join(out, "media.cjs") });
await build({
  ...cjs,
  // Bundled from pkg/ so that the entry's relative imports resolve to the assembled glue and errors.js.
  stdin: { contents: readFileSync(join(template, "node.cjs.src.mjs"), "utf8"), resolveDir: out, sourcefile: "node.cjs.src.mjs" },
  outfile: join(out, "node.cjs"),
  external: [...WASM_FILES.map((b) => `./${b.inline}`), "./node-media.cjs"],
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

// node.mjs re-exports node.cjs by name (ES modules need static names): the names are node.cjs's own.
const cjsNames = Object.keys(createRequire(import.meta.url)(join(out, "node.cjs"))).filter((n) => n !== "default");
const nodeMjs = readFileSync(join(template, "node.src.mjs"), "utf8");
writeFileSync(join(out, "node.mjs"), replaceOnce(nodeMjs, "/* NAMES */", cjsNames.join(", "), "names placeholder"));

const gz = (f) => gzipSync(readFileSync(join(out, f)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const { wasm, media } of WASM_BUILDS) {
  const build = wasm === SIZE_WASM ? "size build, browser entry" : "speed build";
  console.log(`pkg/${wasm} (${build}, loaded at import): ${kb(statSync(join(out, wasm)).size)} raw, ${kb(gz(wasm))} gzip`);
  console.log(`pkg/${media.wasm} (${build}, media API, loaded by its first call): ${kb(statSync(join(out, media.wasm)).size)} raw, ${kb(gz(media.wasm))} gzip`);
}
const browserJs = ["imagekit_wasm.js", "errors.js", "classes.js", "resources.js", "lane.js", "io.js", "values.js", "start.js", "surface.js", "wasm-source-size.js", "browser.js"];
console.log(`pkg JS of a browser page (glue + surface + browser entry): ${kb(browserJs.reduce((s, f) => s + gz(f), 0))} gzip`);
console.log(`pkg/node.cjs (wasm inlined): ${kb(statSync(join(out, "node.cjs")).size)} raw, ${kb(gz("node.cjs"))} gzip`);
