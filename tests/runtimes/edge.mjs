// Vercel Edge: bundles like Vercel's bundler (esbuild, conditions edge-light/worker/browser; a `*.wasm?module`
// import becomes a module exporting `new WebAssembly.Module(bytes)`), evaluates the bundle in `new EdgeRuntime()`
// from the edge-runtime package and reads the result back. `runInEdge(modulePath, {args})` runs any module
// exporting `async run(args)`.
import { EdgeRuntime } from "edge-runtime";
import { mkdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { bundleWrapper, callRunSource } from "./bundle.mjs";
import { crashed, namedCheck, score } from "./check.mjs";
import { prepareScratch } from "./scratch.mjs";

const wasmModuleImports = {
  name: "wasm-module-import",
  setup(b) {
    b.onResolve({ filter: /\.wasm\?module$/ }, (a) => ({ path: resolve(a.resolveDir, a.path.replace(/\?module$/, "")), namespace: "wasm-module" }));
    b.onLoad({ filter: /.*/, namespace: "wasm-module" }, (a) => ({
      contents: `import bytes from ${JSON.stringify(a.path)};\nexport default new WebAssembly.Module(bytes);\n`,
      resolveDir: "/",
    }));
    b.onResolve({ filter: /\.wasm$/, namespace: "wasm-module" }, (a) => ({ path: a.path, namespace: "wasm-bytes" }));
    b.onLoad({ filter: /.*/, namespace: "wasm-bytes" }, (a) => ({ contents: readFileSync(a.path), loader: "binary" }));
  },
};

/** Runs `modulePath`'s `run(args)` inside an EdgeRuntime; resolves with {value, entries}. */
export async function runInEdge(modulePath, { args = null, name = basename(modulePath, ".mjs") } = {}) {
  const dir = join(prepareScratch().scratch, "edge");
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `${name}.js`);
  const wrapperCode = `${callRunSource(resolve(modulePath))}\nglobalThis.__callRun = callRun;\n`;
  const { entries } = await bundleWrapper({ wrapperCode, outfile, format: "iife", conditions: ["edge-light", "worker", "browser"], plugins: [wasmModuleImports] });
  const runtime = new EdgeRuntime({ initialCode: readFileSync(outfile, "utf8") });
  const body = JSON.parse(await runtime.evaluate(`__callRun(${JSON.stringify(args)}).then((r) => JSON.stringify(r))`));
  if (!body.ok) throw new Error(`run() threw in edge-runtime: ${body.error}`);
  return { value: body.value, entries };
}

export async function edge() {
  try {
    const { app } = prepareScratch();
    const { value, entries } = await runInEdge(join(app, "smoke-run.mjs"), { name: "smoke" });
    const named = await runInEdge(join(app, "named-run.mjs"), { name: "named" }).then((r) => namedCheck(r.value), (e) => namedCheck(null, e));
    return score("edge-runtime", value, { entry: entries.join(" + "), wantEntry: "edge.js", extra: [named] });
  } catch (e) {
    return crashed("edge-runtime", e);
  }
}
