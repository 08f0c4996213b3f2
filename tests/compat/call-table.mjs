#!/usr/bin/env node
// COMPAT §4: the call table (src/api/endpoints/table.rs, read through `ImageKit.__calls()` of pkg/) against every
// surface that names the calls. The flat methods come from it; this checks the rest against it: each row's 7.x
// resource is a method of ours and, called on the official `@imagekit/nodejs` 7.11.0 with a fetch mock, sends
// the row's HTTP method and path; each row's 6.x name is a method of compat/imagekit, whose request
// (imagekit-requests.js) has the row's method and path; every resource method and every 6.x API method has a row;
// index.d.ts and compat/imagekit.d.ts declare each name. Prints `call-table: N passed, M failed`.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(join(root, "package.json"));
const pkg = (f) => import(pathToFileURL(join(root, "pkg", f)).href);
const { ImageKit } = await pkg("node.mjs");
const Legacy = (await pkg("compat/imagekit.js")).default;
const { REQUESTS } = await pkg("compat/imagekit-requests.js");
const Official = require("@imagekit/nodejs").ImageKit;
const types = readFileSync(join(root, "pkg-template/index.d.ts"), "utf8");
const legacyTypes = readFileSync(join(root, "pkg-template/compat/imagekit.d.ts"), "utf8");

let passed = 0, failed = 0;
const check = (name, ok, detail = "") => {
  if (ok) passed++;
  else {
    failed++;
    console.log(`  FAIL ${name}${detail ? `: ${detail}` : ""}`);
  }
};

const rows = ImageKit.__calls().map(([flat, arity, resource, v6, method, path, args]) => ({ flat, arity, resource, v6, method, path, args }));
/** The row's path with its `{…}` parameters standing for any non-empty segment (6.x writes the list path with a
 * trailing slash). */
const pathOf = (row, path) => {
  const want = row.path.split("/"), got = path.replace(/(.)\/$/, "$1").split("/");
  return want.length === got.length && want.every((w, i) => (w.startsWith("{") ? got[i] !== "" : w === got[i]));
};
const at = (object, dotted) => dotted.split(".").reduce((o, k) => (o == null ? undefined : o[k]), object);

/** Arguments 6.x accepts, per 6.x method (its own shapes: options objects where the flat call takes ids). */
const version = { fileId: "p1", versionId: "p2" };
const V6_ARGS = {
  listFiles: [{}], getFileDetails: ["p1"], getFileVersions: ["p1"], getFileVersionDetails: [version],
  updateFileDetails: ["p1", { tags: ["t"] }], bulkAddTags: [["p1"], ["t"]], bulkRemoveTags: [["p1"], ["t"]],
  bulkRemoveAITags: [["p1"], ["t"]], deleteFile: ["p1"], deleteFileVersion: [version], restoreFileVersion: [version],
  bulkDeleteFiles: [["p1"]], copyFile: [{ sourceFilePath: "/a", destinationPath: "/b" }],
  moveFile: [{ sourceFilePath: "/a", destinationPath: "/b" }], renameFile: [{ filePath: "/a", newFileName: "b" }],
  createFolder: [{ folderName: "f", parentFolderPath: "/" }], deleteFolder: ["/f"],
  copyFolder: [{ sourceFolderPath: "/a", destinationPath: "/b" }], moveFolder: [{ sourceFolderPath: "/a", destinationPath: "/b" }],
  getBulkJobStatus: ["p1"], purgeCache: ["https://ik.imagekit.io/demo/a.jpg"], getPurgeCacheStatus: ["p1"],
  getFileMetadata: ["p1"], createCustomMetadataField: [{ name: "n", label: "l", schema: { type: "Text" } }],
  getCustomMetadataFields: [], updateCustomMetadataField: ["p1", { label: "l" }], deleteCustomMetadataField: ["p1"],
};

const ours = new ImageKit({ privateKey: "private_key_test" });
const sent = [];
const official = new Official({
  privateKey: "private_key_test", maxRetries: 0,
  fetch: async (url, init) => {
    sent.push({ method: init.method, path: new URL(url).pathname });
    return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
  },
});

check("one row per call, each flat name once", rows.length === 51 && new Set(rows.map((r) => r.flat)).size === rows.length);
for (const row of rows) {
  check(`${row.flat}: a method of ours with the row's arity`, typeof ImageKit.prototype[row.flat] === "function" && row.arity === (row.args ? row.args.split(", ").length : 0));
  check(`${row.flat}: declared in index.d.ts`, new RegExp(`\\b${row.flat}\\(`).test(types));
  check(`${row.resource}: a resource method of ours`, typeof at(ours, row.resource) === "function");
  const fn = at(official, row.resource);
  if (typeof fn !== "function") {
    check(`${row.resource}: a resource method of @imagekit/nodejs`, false);
  } else {
    sent.length = 0;
    // Ids and bodies as placeholders: 7.x checks nothing before sending, so only the method and path matter here.
    // (The second argument names `fileId` for the version calls, whose path takes it from there.)
    try {
      await fn.call(at(official, row.resource.split(".").slice(0, -1).join(".")), "p1", { fileId: "p2" });
    } catch {
      // only the request matters
    }
    const got = sent[0];
    check(`${row.resource}: @imagekit/nodejs sends ${row.method} ${row.path}`, got && got.method === row.method && pathOf(row, got.path), JSON.stringify(got));
  }
  if (row.v6) {
    check(`${row.v6}: a method of compat/imagekit`, typeof Legacy.prototype[row.v6] === "function");
    check(`${row.v6}: declared in compat/imagekit.d.ts`, new RegExp(`\\b${row.v6}\\(`).test(legacyTypes));
    const req = REQUESTS[row.v6]?.(...V6_ARGS[row.v6]);
    check(`${row.v6}: 6.x sends ${row.method} ${row.path}`, req && req.method === row.method && pathOf(row, req.path), JSON.stringify(req));
  }
}

// Every method of the resource surface (beyond the uploads, helpers and webhooks, which are not API calls of the
// table) and every API method of the 6.x layer has its row.
const resources = new Set(rows.map((r) => r.resource));
const walk = (o, prefix) => Object.entries(o).flatMap(([k, v]) => (typeof v === "function" ? [`${prefix}${k}`] : v && typeof v === "object" ? walk(v, `${prefix}${k}.`) : []));
const NOT_CALLS = /^(helper|webhooks)\.|^(files|beta\.v2\.files)\.upload$/;
for (const name of ["files", "folders", "assets", "cache", "customMetadataFields", "savedExtensions", "namedTransformations", "accounts", "beta"]) {
  for (const path of walk(ours[name], `${name}.`).filter((p) => !NOT_CALLS.test(p))) check(`${path} has a row`, resources.has(path));
}
const v6Names = new Set(rows.map((r) => r.v6).filter(Boolean));
for (const name of Object.keys(REQUESTS)) check(`6.x ${name} has a row`, v6Names.has(name));

console.log(`call-table: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
