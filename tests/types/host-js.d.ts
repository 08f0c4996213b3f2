// What the runtime entries of the package may assume of their hosts, for `tsc --checkJs` over the package's
// hand-written JS (tests/runtimes/package-checks.mjs, line types-js): Deno's global, and the wasm imports that
// workerd's and Vercel's bundlers turn into a compiled WebAssembly.Module.
declare const Deno: { readFileSync(path: URL): Uint8Array; readFile(path: URL): Promise<Uint8Array> };
declare module "*.wasm" {
  const module: WebAssembly.Module;
  export default module;
}
declare module "*.wasm?module" {
  const module: WebAssembly.Module;
  export default module;
}
