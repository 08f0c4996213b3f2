// Runs the media API suites against the package imported BY NAME (args: {serverUrl}): SPEC §5 (api/suite.mjs),
// then the `@imagekit/nodejs` 7 calls, resources and paging (api/suite-accounts.mjs), as one result.
import * as api from "imagekit-wasm";
import { apiSuite } from "./api/suite.mjs";
import { accountsSuite } from "./api/suite-accounts.mjs";

export async function run(args) {
  const a = await apiSuite(api, args);
  const b = await accountsSuite(api, args);
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, failures: [...a.failures, ...b.failures] };
}
