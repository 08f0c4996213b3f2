// `node --import ./tests/hardening/size-build.mjs <suite.mjs>`: any Node suite, unchanged, on the browser's size
// build (SPEC §8). Every module the suite resolves inside pkg/ is taken from tests/.scratch/pkg-size instead, the
// copy of pkg/ whose imagekit_wasm_bg.wasm is the size build (wasm-build.mjs), so the entries read the size build.
// Files a suite reads itself (fastlane.mjs's oracle reads pkg/imagekit_wasm_bg.wasm) stay the speed build's: the
// lane test then holds the size build's lane to the speed build's checked exports.
import { register } from "node:module";
import { pathToFileURL } from "node:url";
import { packageDir } from "./wasm-build.mjs";

const from = `${pathToFileURL(packageDir("speed")).href}/`, to = `${pathToFileURL(packageDir("size")).href}/`;
register("./size-build-resolve.mjs", import.meta.url, { data: { from, to } });
