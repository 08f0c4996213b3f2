// Runs the smoke suite against the package imported BY NAME, and reports which exports the runtime saw.
import * as api from "imagekit-wasm";
import { smoke } from "./smoke.mjs";

export async function run() {
  return { ...(await smoke(api)), exports: Object.keys(api) };
}
