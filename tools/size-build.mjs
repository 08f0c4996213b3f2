// The browser's size build in pkg/ (SPEC §8), called by assemble.mjs after it has placed the speed build.
//
// Both builds are the same crate, so wasm-bindgen writes the same glue for each, except for the hash rustc puts in
// the names of a few exports (the closure shims, `…__h<16 hex>`; the symbol hash covers the cargo profile). One
// glue must serve both wasm files (every entry, lane.js and resources.js import the one `imagekit_wasm.js`), so
// the size build's exports are renamed to the speed build's names. Anything else that differs between the two
// glues, or between the two modules' import/export lists, stops the build: then they are not interchangeable.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const SIZE_WASM = "imagekit_wasm_size.wasm";
export const SIZE_MEDIA_WASM = "imagekit_media_size.wasm";
const HASHED = /\b\w+__h[0-9a-f]{16}\b/g;
// wasm-bindgen's comments name its shim indices, which differ between builds; they are comments, not code.
const comments = (glue) => glue.replace(/shim_idx: \d+/g, "shim_idx: _");

/**
 * Pairs each hashed name of the size glue with the speed glue's name at the same place; throws unless the glues
 * are then identical (modulo comments) and the pairing is one-to-one.
 */
export function hashedNames(speedGlue, sizeGlue) {
  const speed = speedGlue.match(HASHED) ?? [], size = sizeGlue.match(HASHED) ?? [];
  const rename = new Map();
  if (speed.length !== size.length) throw new Error(`size build: ${size.length} hashed names in its glue, speed build ${speed.length}`);
  size.forEach((name, i) => {
    if ((rename.get(name) ?? speed[i]) !== speed[i]) throw new Error(`size build: ${name} pairs with two speed-build names`);
    rename.set(name, speed[i]);
  });
  if (new Set(rename.values()).size !== rename.size) throw new Error("size build: two names pair with one speed-build name");
  if (comments(sizeGlue.replace(HASHED, (n) => rename.get(n))) !== comments(speedGlue)) {
    throw new Error("size build: its wasm-bindgen glue differs from the speed build's beyond hashed names");
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
 * Writes pkg/`sizeWasm` from the module `name` (`imagekit_wasm`, `imagekit_media`) of `sizeDir`
 * (target/bindgen-size), checked to fit the speed build's glue of that module.
 */
export function addSizeBuild({ speedDir, sizeDir, out, name, sizeWasm }) {
  const rename = hashedNames(readFileSync(join(speedDir, `${name}.js`), "utf8"), readFileSync(join(sizeDir, `${name}.js`), "utf8"));
  const wasm = renameExports(readFileSync(join(sizeDir, `${name}_bg.wasm`)), rename);
  const [speed, size] = [shape(readFileSync(join(speedDir, `${name}_bg.wasm`))), shape(wasm)];
  if (speed.imports !== size.imports || speed.exports !== size.exports) {
    throw new Error(`size build of ${name}: its wasm imports or exports differ from the speed build's after renaming`);
  }
  writeFileSync(join(out, sizeWasm), wasm);
}
