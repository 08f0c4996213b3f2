// Runs the smoke suite against the package imported BY NAME, and reports which exports the runtime saw.
import * as api from "imagekit-wasm";
import imagekit from "imagekit-wasm/compat/imagekit";
import imagekitJavascript from "imagekit-wasm/compat/imagekit-javascript";
import { smoke } from "./smoke.mjs";

export async function run() {
  return { ...(await smoke(api, { imagekit, imagekitJavascript })), exports: Object.keys(api) };
}
