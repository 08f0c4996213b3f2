// @ts-check
// Starting the module, shared by every entry: instantiate the wasm once (the glue keeps the one instance), then
// install the resource surface (resources.js), which calls into the wasm and so must follow the instantiation.
// A compiled module from another realm (Next.js edge's `?module` import) is accepted: the glue's realm check is
// made realm-safe when the package is assembled (tools/assemble.mjs).
import init, { initSync } from "./imagekit_wasm.js";
import { installResources } from "./resources.js";

let installed = false;

function installOnce() {
  if (installed) return;
  installed = true;
  installResources();
}

/**
 * Instantiates `wasm` (bytes or a compiled module, of any realm) synchronously and installs the surface.
 * @param {BufferSource | WebAssembly.Module} wasm
 */
export function startSync(wasm) {
  const out = initSync({ module: wasm });
  installOnce();
  return out;
}

/**
 * Instantiates from `source` (a URL, Response, bytes or module; see wasm-source.js) and installs the surface.
 * @param {RequestInfo | URL | Response | BufferSource | WebAssembly.Module} source
 */
export async function start(source) {
  const out = await init({ module_or_path: source });
  installOnce();
  return out;
}
