// Runs the media API suite against the package imported BY NAME (args: {serverUrl}).
import * as api from "imagekit-wasm";
import { apiSuite } from "./api-suite.mjs";

export async function run(args) {
  return apiSuite(api, args);
}
