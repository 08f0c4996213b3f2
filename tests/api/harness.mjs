// What both media API suites check with: named checks that count, exact equality, "rejects with class X (and
// status N)", and the local server's control endpoints. Runtime-neutral (fetch only).

export function harness(api, serverUrl) {
  const failures = [];
  let passed = 0;
  const check = async (name, fn) => {
    try {
      const r = await fn();
      if (r !== true) throw new Error(`returned ${JSON.stringify(r)}`);
      passed++;
    } catch (e) {
      failures.push(`${name}: ${e && e.name}: ${e && e.message}`);
    }
  };
  const eq = (got, want, what = "") => {
    const g = JSON.stringify(got), w = JSON.stringify(want);
    if (g !== w) throw new Error(`${what} ${g} !== ${w}`);
    return true;
  };
  /** The promise must reject with an ImageKitError of class `cls`; with `status`, also its status and metadata. */
  const rejects = async (promise, cls, status) => {
    try {
      await promise;
    } catch (e) {
      if (!(e instanceof api[cls]) || !(e instanceof api.ImageKitError)) throw new Error(`got ${e && e.name}: ${e && e.message}, not ${cls}`);
      if (e.name !== cls) throw new Error(`name ${e.name}`);
      if (status !== undefined) {
        eq(e.status, status, "status");
        eq(e.responseMetadata.httpStatusCode, status, "responseMetadata.httpStatusCode");
        if (typeof e.responseMetadata.headers !== "object") throw new Error("no headers");
      }
      return e;
    }
    throw new Error("did not reject");
  };
  /** GET (no body) or POST (JSON body) to the server's /__control/<path>. */
  const control = async (path, body) => {
    const r = await fetch(`${serverUrl}/__control/${path}`, body === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    return r.json();
  };
  const result = () => ({ passed, failed: failures.length, failures });
  return { check, eq, rejects, control, result };
}
