// node --test tests/server/ — delivery, fault injection, control endpoints, big uploads, standalone mode.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { useServer, AUTH, hmac } from "./helpers.mjs";

const ctx = useServer();
const { api, put, signUrl } = ctx;

test("delivery: signed URLs (good, with expiry, tampered, expired) and private files", async () => {
  const f = (await put("secret.png", { isPrivateFile: "true" })).json;
  assert.equal((await fetch(f.url)).status, 401);
  assert.equal((await fetch(signUrl("secret.png"))).status, 200);
  const now = Math.floor(Date.now() / 1000);
  assert.equal((await fetch(signUrl("tr:w-100/secret.png", now + 60))).status, 200);
  assert.equal((await fetch(signUrl("secret.png?foo=bar", now + 60))).status, 200);
  const tampered = signUrl("secret.png", now + 60).replace(/ik-t=\d+/, `ik-t=${now + 120}`);
  assert.equal((await fetch(tampered)).status, 401);
  assert.equal((await fetch(signUrl("secret.png", now - 10))).status, 401);
  const pub = (await put("open.png")).json;
  assert.equal((await fetch(pub.url)).status, 200);
  assert.equal((await fetch(`${pub.url}?ik-s=${"0".repeat(40)}`)).status, 401, "a carried ik-s is always verified");
  assert.equal((await fetch(`${ctx.srv.urlEndpoint}/missing.png`)).status, 404);
  // the seed vector of SPEC §3.1
  assert.equal(hmac("tr:w-100/test-signed-url.png9999999999"), "41b3075c40bc84147eb71b8b49ae7fbf349d0f00");
});

test("faults: status N times, 429 headers, request log with attempt counters", async () => {
  ctx.srv.inject({ status: 503, times: 2, path: "/v1/files" });
  assert.equal((await api("GET", "/v1/files")).status, 503);
  assert.equal((await api("GET", "/v1/files")).status, 503);
  assert.equal((await api("GET", "/v1/files")).status, 200);
  assert.deepEqual(ctx.srv.requests.map((r) => r.attempt), [1, 2, 3]);
  assert.equal(ctx.srv.countRequests("/v1/files", "GET"), 3);
  ctx.srv.inject({ status: 429, retryAfter: "1", retryAfterMs: 250, method: "POST" });
  assert.equal((await api("GET", "/v1/files")).status, 200, "method filter");
  const r = await api("POST", "/v1/files/addTags", { fileIds: ["a"], tags: ["b"] });
  assert.equal(r.status, 429);
  assert.equal(r.headers.get("retry-after"), "1");
  assert.equal(r.headers.get("retry-after-ms"), "250");
  assert.equal(r.headers.get("x-ratelimit-limit"), "10");
  assert.equal(r.headers.get("x-ratelimit-remaining"), "0");
  assert.ok(r.headers.get("x-ratelimit-reset"));
  assert.ok(r.json.message);
  ctx.srv.inject({ status: 207, body: { successfullyDeletedFileIds: ["a"], errors: [{ fileId: "b", error: "locked" }] } });
  const p = await api("POST", "/v1/files/batch/deleteByFileIds", { fileIds: ["a", "b"] });
  assert.equal(p.status, 207);
  assert.deepEqual(p.json.successfullyDeletedFileIds, ["a"]);
});

test("faults: delay, drop, dropMidBody, html, malformed JSON, empty body, big body", async () => {
  ctx.srv.inject({ delayMs: 300 });
  let t0 = Date.now();
  assert.equal((await api("GET", "/v1/files")).status, 200);
  assert.ok(Date.now() - t0 >= 280);
  ctx.srv.inject({ delayMs: 2000 });
  await assert.rejects(fetch(`${ctx.srv.url}/v1/files`, { headers: { authorization: AUTH }, signal: AbortSignal.timeout(200) }));
  ctx.srv.inject({ drop: true });
  await assert.rejects(fetch(`${ctx.srv.url}/v1/files`, { headers: { authorization: AUTH } }));
  ctx.srv.inject({ dropMidBody: true });
  const mid = await fetch(`${ctx.srv.url}/v1/files`, { headers: { authorization: AUTH } });
  assert.equal(mid.status, 200);
  await assert.rejects(mid.text());
  ctx.srv.inject({ status: 500, body: "<html>oops</html>", contentType: "text/html" });
  let r = await fetch(`${ctx.srv.url}/v1/files`, { headers: { authorization: AUTH } });
  assert.equal(r.status, 500);
  assert.equal(r.headers.get("content-type"), "text/html");
  assert.equal(await r.text(), "<html>oops</html>");
  ctx.srv.inject({ malformedJson: true });
  r = await fetch(`${ctx.srv.url}/v1/files`, { headers: { authorization: AUTH } });
  assert.equal(r.status, 200);
  await assert.rejects(r.json());
  ctx.srv.inject({ emptyBody: true, status: 500 });
  r = await fetch(`${ctx.srv.url}/v1/files`, { headers: { authorization: AUTH } });
  assert.equal(r.status, 500);
  assert.equal(await r.text(), "");
  ctx.srv.inject({ bigBody: 1_000_000 });
  r = await fetch(`${ctx.srv.url}/v1/files`, { headers: { authorization: AUTH } });
  const big = await r.text();
  assert.equal(big.length, 1_000_000);
  assert.ok(JSON.parse(big).message);
  assert.equal(ctx.srv.requests.filter((x) => x.fault).length, 8);
});

test("control endpoints: inject, requests, reset over HTTP", async () => {
  let r = await fetch(`${ctx.srv.url}/__control/inject`, { method: "POST", body: JSON.stringify({ status: 500, path: "/details" }) });
  assert.equal(r.status, 200);
  assert.equal((await api("GET", "/v1/files/x/details")).status, 500);
  assert.equal((await api("GET", "/v1/files/x/details")).status, 404);
  r = await fetch(`${ctx.srv.url}/__control/requests`);
  const log = await r.json();
  assert.deepEqual(log.map((e) => e.attempt), [1, 2]);
  assert.equal(log[0].fault.status, 500);
  assert.equal(log[0].headers.authorization, AUTH);
  await fetch(`${ctx.srv.url}/__control/reset`, { method: "POST" });
  assert.deepEqual(await (await fetch(`${ctx.srv.url}/__control/requests`)).json(), []);
  const info = await (await fetch(`${ctx.srv.url}/__control/info`)).json();
  assert.equal(info.urlEndpoint, ctx.srv.urlEndpoint);
});

test("large upload (64 MB) is parsed and delivered intact", async () => {
  const big = Buffer.alloc(64 * 1024 * 1024);
  for (let i = 0; i < big.length; i += 4096) big[i] = i & 255;
  const r = await put("big.bin", {}, { file: big, filename: "big.bin" });
  assert.equal(r.status, 200);
  assert.equal(r.json.size, big.length);
  const back = Buffer.from(await (await fetch(r.json.url)).arrayBuffer());
  assert.ok(back.equals(big));
  assert.equal(ctx.srv.requests[0].body.files.file.size, big.length);
});

test("standalone: prints one JSON line with the URLs", async () => {
  const script = fileURLToPath(new URL("./imagekit-server.mjs", import.meta.url));
  const child = spawn(process.execPath, [script, "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const line = await new Promise((resolve, reject) => {
      let buf = "";
      child.stdout.on("data", (d) => { buf += d; if (buf.includes("\n")) resolve(buf.split("\n")[0]); });
      child.on("exit", (c) => reject(new Error(`exited ${c}`)));
    });
    const info = JSON.parse(line);
    assert.equal(info.urlEndpoint, `${info.url}/ik`);
    const r = await fetch(`${info.apiBaseUrl}/v1/files`, { headers: { authorization: AUTH } });
    assert.equal(r.status, 200);
  } finally {
    child.kill();
  }
});
