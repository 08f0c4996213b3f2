// The declarations kept in step with the package by test, not by hand (the installed package vs its index.d.ts):
// - one real error of each class (from a local server answering each status, a closed port, a hung answer, an
//   aborted signal, a bad option, a forged webhook) has exactly the own properties its class declares;
// - the members of `ImageKit` (prototype and statics) and of the resource tree (`ik.files.bulk.delete`, …) are
//   exactly the declared ones;
// - `Transformation` declares exactly the keys of the transformation table (src/url/table_fixture.tsv), and the
//   shipped transformation.d.ts (and its committed copy in pkg-template/) is what tools/transformation-types.mjs
//   generates from the table today.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { render } from "../../tools/transformation-types.mjs";
import { crashed } from "./check.mjs";
import { prepareScratch, root } from "./scratch.mjs";

// What every Error has of its own (V8 puts `stack` and `message` on the instance).
const ERROR_OWN = new Set(["stack", "message", "cause"]);
const ERROR_MEMBERS = new Set(["name", "message", "stack", "cause"]);

/** The installed index.d.ts as a checker, with helpers to list the members of a declared name. */
function declarations(installed) {
  const file = join(installed, "index.d.ts");
  const program = ts.createProgram([file], { noEmit: true, strict: true, lib: ["lib.es2022.d.ts", "lib.dom.d.ts"] });
  const checker = program.getTypeChecker();
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file)));
  const symbol = (name) => {
    const s = exports.find((e) => e.name === name);
    if (!s) throw new Error(`index.d.ts does not export ${name}`);
    return s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
  };
  const decl = (s) => s.valueDeclaration ?? s.declarations?.[0];
  const typeOf = (s) => checker.getTypeOfSymbolAtLocation(s, decl(s));
  return {
    /** Instance members of a declared class or interface. */
    instance: (name) => checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol(name))),
    /** Static members of a declared class (minus `prototype`). */
    statics: (name) => checker.getPropertiesOfType(typeOf(symbol(name))).filter((p) => p.name !== "prototype"),
    typeOf,
    isCallable: (s) => typeOf(s).getCallSignatures().length > 0,
    members: (type) => checker.getPropertiesOfType(checker.getNonNullableType(type)),
  };
}

function diff(label, declared, actual, failures) {
  const d = [...declared].sort(), a = [...actual].sort();
  const missing = d.filter((n) => !a.includes(n)), extra = a.filter((n) => !d.includes(n));
  if (missing.length || extra.length) failures.push(`${label}: declared but absent [${missing}], present but not declared [${extra}]`);
  return !(missing.length || extra.length);
}

/** A server answering `/v1/files/<status>/details` with that status; `hang` never answers. */
function errorServer() {
  const server = createServer((req, res) => {
    const m = req.url.match(/^\/v1\/files\/([^/]+)\//);
    if (req.url.startsWith("/v1/files/batch/deleteByFileIds")) {
      res.writeHead(207, { "content-type": "application/json" }).end(JSON.stringify({ successfullyDeletedFileIds: [], missingFileIds: ["a"] }));
      return;
    }
    if (!m || m[1] === "hang") return; // left open: the client's timeout ends it
    const status = Number(m[1]);
    const headers = { "content-type": "application/json" };
    if (status === 429) Object.assign(headers, { "retry-after": "1", "x-ratelimit-limit": "10", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "5" });
    res.writeHead(status, headers).end(JSON.stringify({ message: `status ${status}`, help: "see the docs" }));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** One real error of every class the package throws, by class name. */
async function realErrors(api, base) {
  const ik = new api.ImageKit({ privateKey: "private_key_test", apiBaseUrl: base, maxRetries: 0, timeout: 2000 });
  const caught = async (fn) => {
    try {
      await fn();
    } catch (e) {
      return e;
    }
    throw new Error(`${fn} did not throw`);
  };
  const out = {};
  const add = (e) => (out[e.name] = e);
  for (const status of [400, 401, 403, 404, 409, 429, 500, 418]) add(await caught(() => ik.getFileDetails(String(status))));
  add(await caught(() => ik.bulkFileDelete(["a"])));
  add(await caught(() => new api.ImageKit({ privateKey: "k", apiBaseUrl: "http://127.0.0.1:1", maxRetries: 0 }).getFileDetails("x")));
  add(await caught(() => ik.getFileDetails("hang", { timeout: 50 })));
  add(await caught(() => ik.getFileDetails("404", { signal: AbortSignal.abort() })));
  add(await caught(() => new api.ImageKit({ privatekey: "k" })));
  add(await caught(() => api.verifyWebhookEvent("{}", "t=1,v1=ab", "whsec_x")));
  return out;
}

export async function declarationsCheck() {
  const name = "declarations";
  let server;
  try {
    const { installed } = prepareScratch();
    const api = await import(pathToFileURL(join(installed, "node.mjs")).href);
    const dts = declarations(installed);
    const failures = [];
    let passed = 0;
    const check = (label, declared, actual) => (diff(label, declared, actual, failures) ? passed++ : null);

    // Errors: every class thrown for real, own properties == declared properties (beyond Error's).
    server = await errorServer();
    const errors = await realErrors(api, `http://127.0.0.1:${server.address().port}`);
    const thrown = new Set(Object.keys(errors));
    // The two abstract bases are never thrown themselves; every other exported class must have been.
    const classes = ["ValidationError", "WebhookVerificationError", "BadRequestError", "UnauthorizedError", "ForbiddenError",
      "NotFoundError", "ConflictError", "TooManyRequestsError", "InternalServerError", "PartialSuccessError", "UnknownError",
      "ConnectionError", "TimeoutError", "AbortError"];
    check("error classes thrown", classes, thrown);
    for (const cls of classes) {
      const e = errors[cls];
      if (!e) continue;
      if (!(e instanceof api[cls] && e instanceof api.ImageKitError)) failures.push(`${cls}: not an instance of its exported class`);
      const declared = dts.instance(cls).map((p) => p.name).filter((n) => !ERROR_MEMBERS.has(n));
      check(`${cls} own properties`, declared, Object.getOwnPropertyNames(e).filter((n) => !ERROR_OWN.has(n)));
    }

    // ImageKit: prototype members and statics (wasm-bindgen's `__` internals aside).
    // The exported class is lane.js's guarded subclass of the glue's, so names are gathered along the chain.
    const pub = (names) => names.filter((n) => !n.startsWith("__"));
    const chain = (o, end) => {
      const names = new Set();
      for (; o && o !== end; o = Object.getPrototypeOf(o)) for (const n of Object.getOwnPropertyNames(o)) names.add(n);
      return [...names];
    };
    check("ImageKit members", dts.instance("ImageKit").map((p) => p.name),
      pub(chain(api.ImageKit.prototype, Object.prototype)).filter((n) => n !== "constructor"));
    check("ImageKit statics", dts.statics("ImageKit").map((p) => p.name),
      pub(chain(api.ImageKit, Function.prototype)).filter((n) => !["length", "name", "prototype"].includes(n)));

    // The resource tree, level by level: a declared method is a function, a declared object is walked.
    const ik = new api.ImageKit({});
    const walk = (path, declaredProps, value) => {
      check(`ik.${path} members`, declaredProps.map((p) => p.name), Object.keys(value));
      for (const p of declaredProps) {
        const v = value[p.name];
        if (dts.isCallable(p)) {
          if (typeof v !== "function") failures.push(`ik.${path}.${p.name}: declared a method, is ${typeof v}`);
        } else if (v && typeof v === "object") {
          walk(`${path}.${p.name}`, dts.members(dts.typeOf(p)), v);
        }
      }
    };
    const RESOURCES = ["files", "folders", "assets", "cache", "customMetadataFields", "savedExtensions", "namedTransformations", "accounts", "beta", "helper", "webhooks"];
    for (const r of RESOURCES) {
      const p = dts.instance("ImageKit").find((s) => s.name === r);
      if (!p) failures.push(`ImageKit.${r} not declared`);
      else walk(r, dts.members(dts.typeOf(p)), ik[r]);
    }

    // Transformation keys == the key table.
    const tableText = readFileSync(join(root, "src/url/table_fixture.tsv"), "utf8");
    const table = tableText.trim().split("\n").slice(1).map((l) => l.split("\t")[0]);
    check("Transformation keys", table, dts.instance("Transformation").map((p) => p.name));
    const generated = render(tableText);
    for (const [label, file] of [["shipped", join(installed, "transformation.d.ts")], ["committed", join(root, "pkg-template/transformation.d.ts")]]) {
      if (readFileSync(file, "utf8") === generated) passed++;
      else failures.push(`${label} transformation.d.ts is not what tools/transformation-types.mjs generates from the table (run it)`);
    }
    return { name, passed, failed: failures.length, failures };
  } catch (e) {
    return crashed(name, e);
  } finally {
    server?.close();
    server?.closeAllConnections?.();
  }
}
