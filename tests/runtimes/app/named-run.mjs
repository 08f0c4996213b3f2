// Named imports only, so a tree-shaking bundler may drop whatever the package marks side-effect free: the entry's
// initialisation must survive (package.json "sideEffects"), or the first call finds no wasm.
import { ImageKit, phashDistance, ValidationError } from "imagekit-wasm";

export async function run() {
  let validation = false;
  try {
    new ImageKit({ privatekey: "x" });
  } catch (e) {
    validation = e instanceof ValidationError;
  }
  return { distance: phashDistance("2d5ad3936d2e015b", "2d6ed293db36a4fb"), validation };
}
