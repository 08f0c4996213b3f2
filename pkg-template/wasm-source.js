// @ts-check
// Where the async entries (browser.js, default.js, slim.js) get the wasm from.
// - Bundlers (Vite, webpack, Rollup, Parcel) see the literal `new URL("./imagekit_wasm_bg.wasm", import.meta.url)`
//   below, emit the file as an asset and rewrite the URL; the page fetches it (streaming compilation).
// - On disk (a `file:` URL: Node, Deno or Bun running the file itself), fetch cannot read it everywhere, so the
//   bytes are read with the runtime's own file API.
// - Bun's bundler (`bun build --target=browser`) keeps the URL but emits no file: the fetch answers 404 (or fails),
//   and the bytes come from wasm-inline.js instead, a module holding the wasm as base64 that only this fallback
//   imports (other bundlers emit it as a separate chunk that is never loaded).
/**
 * The runtimes' own file readers, where they exist.
 * @typedef {{
 *   Deno?: { readFile(url: URL): Promise<Uint8Array<ArrayBuffer>> },
 *   Bun?: { file(url: URL): { arrayBuffer(): Promise<ArrayBuffer> } },
 *   process?: { getBuiltinModule?(name: string): { readFileSync(url: URL): Uint8Array<ArrayBuffer> } | undefined },
 * }} HostGlobals
 */
const wasmUrl = new URL("./imagekit_wasm_bg.wasm", import.meta.url);
// The media API's module (media.js), fetched on the first media call only.
const mediaUrl = new URL("./imagekit_media_bg.wasm", import.meta.url);

/**
 * Bytes of a file URL through whichever runtime API reads files (no `node:` import for bundlers to trip on).
 * @param {URL} url
 * @returns {Promise<Uint8Array<ArrayBuffer>>}
 */
async function readFileUrl(url) {
  const host = /** @type {HostGlobals} */ (globalThis);
  if (host.Deno?.readFile) return host.Deno.readFile(url);
  if (host.Bun?.file) return new Uint8Array(await host.Bun.file(url).arrayBuffer());
  const fs = host.process?.getBuiltinModule?.("node:fs");
  if (fs) return fs.readFileSync(url);
  throw new TypeError("imagekit-wasm: cannot read the wasm file in this runtime; pass init({ module_or_path: bytes })");
}

/**
 * The module at `url` as something a glue's init takes: file bytes, a fetch Response, or the inlined bytes
 * (`inline()` imports the module holding them).
 * @param {URL} url
 * @param {() => Promise<any>} inline
 * @returns {Promise<Response | BufferSource>}
 */
async function source(url, inline) {
  if (url.protocol === "file:") return readFileUrl(url);
  let response;
  try {
    response = await fetch(url);
  } catch {
    response = undefined;
  }
  if (response?.ok) return response;
  // CommonJS (node.cjs requires it too): a bundler hands its exports as the namespace or as its default.
  const bytes = await inline();
  return (bytes.wasmBytes ?? bytes.default.wasmBytes)();
}

/** The first module (the import literals stay literal: bundlers find the inlined copies by them). */
export const wasmSource = () => source(wasmUrl, () => import("./wasm-inline.cjs"));

/** The media API's module. */
export const mediaSource = () => source(mediaUrl, () => import("./wasm-inline-media.cjs"));
