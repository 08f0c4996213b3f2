// Which of the two wasm builds (SPEC §8) a harness runs against: `IK_WASM=speed` (the default: pkg/ as it is, whose
// Node entry loads the speed build) or `IK_WASM=size` (the browser's build; read by the runtime matrix's scratch
// install and the conformance line). For `size`, pkg/ is copied to tests/.scratch/pkg-size with
// imagekit_wasm_bg.wasm (and its inlined copy, wasm-inline.cjs) replaced by the size build's: the same glue, entries and lane, only the wasm differs
// (tools/size-build.mjs checks the two fit one glue). A single Node suite runs on that copy through
// `node --import ./tests/hardening/size-build.mjs <suite>`; builds.mjs loads both copies side by side.
import { cpSync, existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
export const BUILD = process.env.IK_WASM ?? "speed";
if (BUILD !== "speed" && BUILD !== "size") throw new Error(`IK_WASM must be "speed" or "size", not ${JSON.stringify(BUILD)}`);

/** A package directory whose every entry loads the `build` wasm (made fresh, once per process, for `size`). */
export function packageDir(build = BUILD) {
  const pkg = join(root, "pkg");
  if (!existsSync(join(pkg, "package.json"))) throw new Error("pkg/ is missing: run `make package` first");
  if (build === "speed") return pkg;
  const dir = join(root, "tests/.scratch/pkg-size");
  if (!made) {
    rmSync(dir, { recursive: true, force: true });
    cpSync(pkg, dir, { recursive: true });
    cpSync(join(pkg, "imagekit_wasm_size.wasm"), join(dir, "imagekit_wasm_bg.wasm"));
    cpSync(join(pkg, "imagekit_media_size.wasm"), join(dir, "imagekit_media_bg.wasm"));
    // node.cjs reads no file: it takes the bytes inlined as base64 (wasm-inline.cjs), so that copy too.
    cpSync(join(pkg, "wasm-inline-size.cjs"), join(dir, "wasm-inline.cjs"));
    cpSync(join(pkg, "wasm-inline-media-size.cjs"), join(dir, "wasm-inline-media.cjs"));
    made = true;
  }
  return dir;
}
let made = false;

/** The URL of `file` inside packageDir(build), for `import()`. */
export const packageFile = (file, build = BUILD) => pathToFileURL(join(packageDir(build), file)).href;
