// The browser's size build in pkg/ (SPEC §8), called by assemble.mjs after it has placed the speed build.
//
// Both builds are the same crate, so wasm-bindgen writes the same glue for each, except for the hash rustc puts in
// the names of a few exports (the closure shims, `…__h<16 hex>`; the symbol hash covers the cargo profile). One
// glue must serve both wasm files (every entry, lane.js and resources.js import the one `imagekit_wasm.js`), so
// the size build's exports are renamed to the speed build's names. The one other difference allowed is an import the
// size module does not use (the speed glue then provides one more function than needed, which instantiation
// ignores): the URL reader sits in the other module of the size build (feature `lazy-reader`), and a JS function
// only the reader calls is then imported by the speed build alone. Anything else that differs between the two
// glues, or between the two modules' import/export lists, stops the build: then they are not interchangeable.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const SIZE_WASM = "imagekit_wasm_size.wasm";
export const SIZE_MEDIA_WASM = "imagekit_media_size.wasm";
const HASHED = /\b\w+__h[0-9a-f]{16}\b/g;
// wasm-bindgen's comments name its shim indices, which differ between builds; they are comments, not code.
const comments = (glue) => glue.replace(/shim_idx: \d+/g, "shim_idx: _");

/** The glue's import functions (`        name: function … },` in `__wbg_get_imports`), by name. */
const IMPORT_ENTRY = /^ {8}(\w+): function[^]*?\n {8}\}[^\n]*\n/gm;

/** `baseGlue` without the import functions that `otherGlue` lacks (the imports the other module does not use). */
export function withoutUnused(baseGlue, otherGlue) {
  const used = new Set([...otherGlue.matchAll(IMPORT_ENTRY)].map((m) => m[1]));
  return baseGlue.replace(IMPORT_ENTRY, (entry, name) => (used.has(name) ? entry : ""));
}

/**
 * Pairs each hashed name of `otherGlue` with `baseGlue`'s name at the same place (the base glue is the one shipped:
 * placeBuilds says which); throws unless the glues are then identical (modulo comments and the import functions
 * the other glue lacks) and the pairing is one-to-one.
 */
export function hashedNames(baseGlue, otherGlue) {
  baseGlue = withoutUnused(baseGlue, otherGlue);
  const base = baseGlue.match(HASHED) ?? [], other = otherGlue.match(HASHED) ?? [];
  const rename = new Map();
  if (base.length !== other.length) throw new Error(`builds: ${other.length} hashed names in one glue, ${base.length} in the other`);
  other.forEach((name, i) => {
    if ((rename.get(name) ?? base[i]) !== base[i]) throw new Error(`builds: ${name} pairs with two names of the other build`);
    rename.set(name, base[i]);
  });
  if (new Set(rename.values()).size !== rename.size) throw new Error("builds: two names pair with one name of the other build");
  if (comments(otherGlue.replace(HASHED, (n) => rename.get(n))) !== comments(baseGlue)) {
    throw new Error("builds: the two builds' wasm-bindgen glues differ beyond hashed names");
  }
  return rename;
}

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
function leb(bytes, at) {
  let value = 0, shift = 0, b;
  do {
    b = bytes[at++];
    if (b === undefined) throw new Error("size build: truncated wasm");
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return [value, at];
}
function uleb(n) {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

/** The wasm module `bytes` with its exports renamed through `rename` (a Map); every other byte kept as it is. */
export function renameExports(bytes, rename) {
  const parts = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    const end = start + size;
    if (id !== 7) {
      parts.push(bytes.subarray(at, end));
    } else {
      const enc = new TextEncoder(), dec = new TextDecoder();
      let [count, p] = leb(bytes, start);
      const body = [...uleb(count)];
      for (; count > 0; count--) {
        const [len, nameAt] = leb(bytes, p);
        const name = dec.decode(bytes.subarray(nameAt, nameAt + len));
        const [, next] = leb(bytes, nameAt + len + 1); // kind byte, then the index
        const renamed = enc.encode(rename.get(name) ?? name);
        body.push(...uleb(renamed.length), ...renamed, ...bytes.subarray(nameAt + len, next));
        p = next;
      }
      parts.push(Uint8Array.of(7, ...uleb(body.length), ...body));
    }
    at = end;
  }
  return Buffer.concat(parts);
}

const shape = (bytes) => {
  const m = new WebAssembly.Module(bytes);
  const list = (xs) => xs.map((x) => `${x.module ?? ""}:${x.name}:${x.kind}`).sort().join("\n");
  return { imports: list(WebAssembly.Module.imports(m)), exports: list(WebAssembly.Module.exports(m)) };
};

/**
 * Places both builds of the module `name` (`imagekit_wasm`, `imagekit_media`) in `out`, fitting one glue: the glue of
 * the build that imports more (the other imports a subset), with the other build's exports renamed to its names.
 * `speedDir`'s wasm (target/bindgen) becomes `${name}_bg.wasm`, `sizeDir`'s (target/bindgen-size) `sizeWasm`.
 * Returns the directory whose glue the package ships for the module.
 */
export function placeBuilds({ speedDir, sizeDir, out, name, sizeWasm }) {
  const glue = (dir) => readFileSync(join(dir, `${name}.js`), "utf8");
  const imports = (dir) => new Set([...glue(dir).matchAll(IMPORT_ENTRY)].map((m) => m[1]));
  const [speedImports, sizeImports] = [imports(speedDir), imports(sizeDir)];
  const speedHasAll = [...sizeImports].every((i) => speedImports.has(i));
  if (!speedHasAll && ![...speedImports].every((i) => sizeImports.has(i))) {
    throw new Error(`${name}: each build imports a function the other does not; no one glue serves both`);
  }
  const builds = [[speedDir, `${name}_bg.wasm`], [sizeDir, sizeWasm]];
  const [[baseDir, baseWasm], [otherDir, otherWasm]] = speedHasAll ? builds : builds.reverse();
  const rename = hashedNames(glue(baseDir), glue(otherDir));
  const base = readFileSync(join(baseDir, `${name}_bg.wasm`));
  const other = renameExports(readFileSync(join(otherDir, `${name}_bg.wasm`)), rename);
  const [b, o] = [shape(base), shape(other)];
  const baseModuleImports = new Set(b.imports.split("\n"));
  if (!o.imports.split("\n").every((i) => baseModuleImports.has(i)) || b.exports !== o.exports) {
    throw new Error(`${name}: one build's wasm imports what the other's does not, or their exports differ after renaming`);
  }
  writeFileSync(join(out, baseWasm), base);
  writeFileSync(join(out, otherWasm), other);
  return baseDir;
}
