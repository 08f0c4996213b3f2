// esbuild bundling for the bundled runtimes (workerd, edge-runtime), the way their deploy tools do it: a small
// wrapper around a test module that exports `async run(args)`; the package is resolved BY NAME from the scratch
// project (also for test modules that live elsewhere in tests/, through nodePaths).
import { build } from "esbuild";
import { join } from "node:path";
import { prepareScratch } from "./scratch.mjs";

const SHARED = new Set(["imagekit_wasm.js", "errors.js", "classes.js", "resources.js", "io.js", "values.js", "lane.js", "client-options.js", "upload5.js", "start.js", "surface.js", "wasm-source.js", "wasm-inline.cjs", "wasm-source-size.js", "wasm-inline-size.cjs",
  // The media API's module (media.js), which every entry loads on the first media call.
  "imagekit_media.js", "media.js", "media-load.js", "wasm-inline-media.cjs", "wasm-inline-media-size.cjs",
  // Where the URL reader is (reader.js): the first module, or the media module in the browser's build.
  "reader.js"]);

/** Whether a bundled module path is one of the package's entry files (not a module every entry shares). */
export function isPackageEntry(path) {
  const p = path.replaceAll("\\", "/");
  return /node_modules\/imagekit-wasm\/[^/]+\.c?js$/.test(p) && !SHARED.has(p.split("/").pop());
}

/** The package entry files esbuild pulled in (the runtime-specific one), from the metafile inputs. */
export function packageEntries(metafile) {
  return Object.keys(metafile.inputs).filter(isPackageEntry).map((p) => p.replaceAll("\\", "/"));
}

/**
 * Bundles `wrapperCode` (which imports the test module by absolute path) into `outfile`.
 * Returns {metafile, entries}: entries is the list of package entry files bundled (want exactly one).
 */
export async function bundleWrapper({ wrapperCode, outfile, conditions, format = "esm", plugins = [] }) {
  const { app, root } = prepareScratch();
  const result = await build({
    stdin: { contents: wrapperCode, resolveDir: app, sourcefile: "wrapper.mjs", loader: "js" },
    absWorkingDir: root,
    outfile,
    bundle: true,
    format,
    platform: "neutral",
    target: "es2022",
    conditions,
    mainFields: ["module", "main"],
    nodePaths: [join(app, "node_modules")],
    metafile: true,
    logLevel: "silent",
    plugins,
  });
  return { metafile: result.metafile, entries: packageEntries(result.metafile) };
}

/** `import * as test from <path>` plus a JSON-safe call of `test.run(args)` → {ok, value} or {ok:false, error}. */
export const callRunSource = (modulePath) => `
import * as test from ${JSON.stringify(modulePath)};
export async function callRun(args) {
  try {
    return { ok: true, value: await test.run(args) };
  } catch (e) {
    return { ok: false, error: String((e && e.stack) || e) };
  }
}
`;
