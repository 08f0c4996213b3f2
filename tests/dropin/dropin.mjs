#!/usr/bin/env node
// Drop-in test: tests/dropin/program.mjs, written against `@imagekit/nodejs` 7, runs once with that SDK and once
// with imagekit-wasm (pkg/, after `make package`) — only the `ImageKit` it is given differs — against the same
// local ImageKit server (reset between the runs). Every step's normalised result must be the same.
// Prints `dropin: N passed, M failed` (one count per step); exit 1 on any difference.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startImageKitServer } from "../server/imagekit-server.mjs";
import { program } from "./program.mjs";
import { selected } from "../checks.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(join(root, "package.json"));
const Official = require("@imagekit/nodejs").ImageKit;
const { ImageKit: Ours } = await import(pathToFileURL(join(root, "pkg/node.mjs")).href);

const server = await startImageKitServer();
const args = { baseURL: server.url, privateKey: server.privateKey };
let official, ours;
try {
  server.reset();
  official = await program(Official, args);
  server.reset();
  ours = await program(Ours, args);
} finally {
  await server.close();
}

let passed = 0, failed = 0;
for (const step of [...new Set([...Object.keys(official), ...Object.keys(ours)])].filter(selected)) {
  const a = JSON.stringify(official[step]), b = JSON.stringify(ours[step]);
  if (a === b) passed++;
  else {
    failed++;
    console.log(`  FAIL ${step}\n       @imagekit/nodejs: ${a}\n       imagekit-wasm:    ${b}`);
  }
}
// Differences kept on purpose (README, "Switching from another SDK"), each checked on ours alone.
const own = (name, ok) => {
  if (ok) passed++;
  else {
    failed++;
    console.log(`  FAIL (ours) ${name}`);
  }
};
// 7.x refuses a client without a private key at construction; ours makes one (SPEC §2: every key is optional —
// URL-only and client-side clients have none) and the first call that needs the key rejects, as the
// "no private key" step shows for both.
{
  const saved = process.env.IMAGEKIT_PRIVATE_KEY;
  delete process.env.IMAGEKIT_PRIVATE_KEY;
  let made = false;
  try {
    const keyless = new Ours({ urlEndpoint: "https://ik.imagekit.io/demo" });
    made = keyless.url({ path: "/a.jpg" }) === "https://ik.imagekit.io/demo/a.jpg";
  } catch {
    made = false;
  } finally {
    if (saved !== undefined) process.env.IMAGEKIT_PRIVATE_KEY = saved;
  }
  own("a client without a private key is made and builds URLs", made);
}
// A 200 whose body is not what it says: a raw call's unparsable JSON (7.x lets JSON.parse's SyntaxError out) and
// a typed resource call's text (7.x resolves the text in place of the object) are our UnknownError, an APIError
// with the status and the body.
{
  const again = await startImageKitServer();
  try {
    const c = new Ours({ baseURL: again.url, privateKey: again.privateKey, maxRetries: 0 });
    const inject = (fault) => fetch(`${again.url}/__control/inject`, { method: "POST", body: JSON.stringify(fault) });
    const rejects = async (fn) => {
      try {
        await fn();
        return false;
      } catch (e) {
        return e instanceof Ours.UnknownError && e instanceof Ours.APIError && e.status === 200;
      }
    };
    // fetchOptions keep our method and signal: the call's GET is sent, and a signal there does not end it.
    const sent = [];
    const spied = new Ours({ baseURL: again.url, privateKey: again.privateKey, maxRetries: 0, fetch: (url, init) => {
      sent.push([init.method, init.signal?.aborted]);
      return fetch(url, init);
    } });
    const gone = AbortSignal.abort();
    await spied.files.get("aaaaaaaaaaaaaaaaaaaaaaa2", { fetchOptions: { method: "POST", signal: gone } }).catch(() => {});
    own("fetchOptions keep our method and signal", JSON.stringify(sent) === JSON.stringify([["GET", false]]));
    await inject({ path: "/v1/raw/bad", status: 200, malformedJson: true });
    own("a raw call's unparsable JSON answer is an UnknownError", await rejects(() => c.get("/v1/raw/bad")));
    await inject({ path: "/v1/files/aaaaaaaaaaaaaaaaaaaaaaa1/details", status: 200, body: "plain", contentType: "text/plain" });
    own("a resource call's text answer is an UnknownError", await rejects(() => c.files.get("aaaaaaaaaaaaaaaaaaaaaaa1")));
  } finally {
    await again.close();
  }
}
const errorsSeen = Object.values(official).filter((v) => v && typeof v === "object" && "error" in v).length;
console.log(`  note: ${Object.keys(official).length} steps, ${errorsSeen} of them expected errors`);
console.log(`dropin: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
