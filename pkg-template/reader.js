// @ts-check
// Where the URL reader's calls go (`parseUrl`, `transformUrl`; `ik.parseUrl`, `ik.verifyUrl`, `ik.transformUrl`).
// Every build but the browser's holds the reader in its first module, and these calls go straight there. The
// browser's size build holds it in its media module (feature `lazy-reader`, README "Size"), so that a page that
// only builds URLs loads 15 KB less: there `await loadUrlReader()` loads that module once, and the calls stay
// synchronous after it; before it, they throw an ImageKitError that says so. Each module has all five exports
// (src/wasm/parse_elsewhere.rs); the first module's `ImageKit.__readerHere()` says which one holds the reader.
import { ImageKit as WasmImageKit, parseUrl as firstParseUrl, transformUrl as firstTransformUrl } from "./imagekit_wasm.js";
import { ImageKitError } from "./errors.js";
import { mediaGlue, mediaTwin } from "./media.js";

/** @type {import("./media.js").MediaGlue | undefined} The media glue, once `loadUrlReader()` has loaded it in a build whose reader is there. */
let loaded;

/** Whether the first module holds the reader (asked once the wasm is started). */
const here = () => WasmImageKit.__readerHere();

/**
 * Makes the URL reader ready: at once where the first module holds it; in the browser's build, by loading the
 * media module (once; a failed load rejects, and the next call tries again).
 * @returns {Promise<void>}
 */
export async function loadUrlReader() {
  if (loaded || here()) return;
  const g = await mediaGlue();
  // Only slim's init() can pair modules of two builds (the size build's first module, the speed build's media one).
  if (!g.ImageKit.__readerHere()) throw new ImageKitError("imagekit-wasm: neither wasm module holds the URL reader: give init() both modules of one build");
  loaded = g;
}

/** The media glue holding the reader; throws until `loadUrlReader()` has loaded it. */
function reader() {
  if (loaded) return loaded;
  throw new ImageKitError("imagekit-wasm: this build (the browser's) loads the URL reader on demand: `await loadUrlReader()` once before parseUrl, transformUrl or verifyUrl");
}

/** @param {unknown} url @param {unknown} [opts] */
export const parseUrl = (url, opts) => (here() ? firstParseUrl(url, opts) : reader().parseUrl(url, opts));

/** @param {unknown} url @param {unknown} edit @param {unknown} [opts] */
export const transformUrl = (url, edit, opts) => (here() ? firstTransformUrl(url, edit, opts) : reader().transformUrl(url, edit, opts));

/**
 * Where the reader is in the media module, the client class's reader methods call the client's media twin
 * (media.js), made from the same options; otherwise the class keeps the first module's. Called when the package
 * starts, before the methods are guarded (resources.js).
 * @param {any} ImageKit
 */
export function installReader(ImageKit) {
  if (ImageKit.__readerHere()) return;
  for (const name of ["parseUrl", "verifyUrl", "transformUrl"]) {
    Object.defineProperty(ImageKit.prototype, name, {
      configurable: true,
      writable: true,
      value: { [name](/** @type {unknown[]} */ ...args) { return mediaTwin(this, reader())[name](...args); } }[name],
    });
  }
}
