#!/usr/bin/env node
// Types of the compat entries: TypeScript written for an official SDK (tests/types/compat/) compiles with `tsc
// --strict` against the official package as it is, and against imagekit-wasm (pkg/) with only the import changed,
// under `bundler` and `node16` resolution. Prints `compat-types: N passed, M failed` (one per compilation).
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const tsc = join(root, "node_modules/.bin/tsc");
// Each official package, the entry of ours that replaces it, and its test files.
const SDKS = [
  { official: "imagekit", ours: "imagekit-wasm/compat/imagekit", files: ["imagekit6.ts", "imagekit6-cjs.cts"] },
  // 4.x declares `export default` over a CommonJS build: under node16 an ES module's default import of it is not
  // constructible (in 4.x's own types), so node16 checks its CommonJS view only.
  { official: "imagekit-javascript", ours: "imagekit-wasm/compat/imagekit-javascript", files: ["imagekit-javascript4.ts", "imagekit-javascript4-cjs.cts"], node16: ["imagekit-javascript4-cjs.cts"] },
  // 7.x is ours at the root entry; its ES module view (with the `ImageKit.*` type namespace) under both resolutions.
  { official: "@imagekit/nodejs", ours: "imagekit-wasm", files: ["nodejs7.ts"], node16: ["nodejs7.ts"] },
];
const MODES = {
  bundler: { module: "esnext", moduleResolution: "bundler", esModuleInterop: true, cts: false },
  node16: { module: "node16", moduleResolution: "node16", esModuleInterop: true, cts: true },
};

let passed = 0, failed = 0;
for (const sdk of SDKS) {
  for (const [mode, { cts, ...compiler }] of Object.entries(MODES)) {
    for (const side of ["official", "ours"]) {
      const dir = join(root, "tests/.scratch/compat-types", `${sdk.official}-${mode}-${side}`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(join(dir, "node_modules"), { recursive: true });
      writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "t", private: true, type: "module" }));
      if (side === "official") {
        mkdirSync(dirname(join(dir, "node_modules", sdk.official)), { recursive: true });
        symlinkSync(join(root, "node_modules", sdk.official), join(dir, "node_modules", sdk.official));
      }
      else symlinkSync(join(root, "pkg"), join(dir, "node_modules/imagekit-wasm"));
      const files = cts ? sdk.node16 ?? sdk.files : sdk.files.filter((f) => !f.endsWith(".cts"));
      for (const f of files) {
        const text = readFileSync(join(root, "tests/types/compat", f), "utf8");
        const from = new RegExp(`(from |require\\()"${sdk.official}"`, "g");
        writeFileSync(join(dir, f), side === "ours" ? text.replace(from, `$1"${sdk.ours}"`) : text);
      }
      // The official packages' own .d.ts need @types/node (Buffer, fs.ReadStream), which this repository does not
      // install: their declarations are not checked (skipLibCheck), ours are.
      const compilerOptions = { strict: true, noEmit: true, target: "es2022", lib: ["es2022", "dom", "dom.iterable"], types: [], skipLibCheck: side === "official", ...compiler };
      writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files }));
      const r = spawnSync(tsc, ["-p", dir, "--pretty", "false"], { encoding: "utf8" });
      if (r.status === 0) passed++;
      else {
        failed++;
        console.log(`  FAIL ${sdk.official} ${mode} ${side}:\n${r.stdout}${r.stderr}`.trimEnd());
      }
    }
  }
}
console.log(`compat-types: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
