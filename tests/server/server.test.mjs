// node --test tests/server/ — the media and upload API of the local ImageKit stand-in, with plain fetch.
import { test } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { makePng, makeGif, makeJpegHeader, makeWebpHeader } from "./fixtures.mjs";
import { useServer, PRIVATE, hmac } from "./helpers.mjs";

const ctx = useServer();
const { api, upload, put } = ctx;

test("API auth: missing or wrong key → 401 with {message, help}; the password part is ignored", async () => {
  let r = await api("GET", "/v1/files", undefined, { authorization: "" });
  assert.equal(r.status, 401);
  assert.equal(r.json.message, "Your request does not contain private API key.");
  assert.match(r.json.help, /support@imagekit.io/);
  assert.match(r.headers.get("content-type"), /application\/json/);
  assert.ok(r.headers.get("x-request-id"));
  r = await api("GET", "/v1/files", undefined, { authorization: `Basic ${Buffer.from("nope:").toString("base64")}` });
  assert.equal(r.status, 401);
  r = await api("GET", "/v1/files", undefined, { authorization: `Basic ${Buffer.from(`${PRIVATE}:do_not_set`).toString("base64")}` });
  assert.equal(r.status, 200);
  assert.deepEqual(r.json, []);
});

test("unknown route and unknown ids → 404; path ids are percent-decoded", async () => {
  assert.equal((await api("GET", "/v1/nothing")).status, 404);
  const r = await api("GET", `/v1/files/${encodeURIComponent("a/b c")}/details`);
  assert.equal(r.status, 404);
  assert.equal(r.json.message, "The requested file does not exist.");
  assert.equal(ctx.srv.requests.at(-1).path, "/v1/files/a%2Fb%20c/details");
});

test("routing: a trailing slash or an empty segment is no route (404), never the route without it", async () => {
  const f = (await put("keep.png")).json;
  for (const [method, path] of [["DELETE", `/v1/files/${f.fileId}/`], ["GET", `/v1/files/${f.fileId}/details/`],
    ["GET", `/v1/files//details`], ["DELETE", `/v1/files/${f.fileId}/versions/`], ["GET", "/v1/files//"],
    ["GET", "//v1/files"], ["DELETE", "/v1/"], ["PATCH", "/v1/details"], ["POST", "/v1/files/"]]) {
    const r = await api(method, path, method === "PATCH" || method === "POST" ? {} : undefined);
    assert.equal(r.status, 404, `${method} ${path}`);
  }
  assert.equal((await api("GET", `/v1/files/${f.fileId}/details`)).status, 200, "the file is still there");
  assert.equal((await api("GET", `/v1/files/${f.fileId}/versions`)).json.length, 1);
  // The one trailing slash an official SDK sends (imagekit 6's listFiles): the list.
  const list = await api("GET", "/v1/files/");
  assert.equal(list.status, 200);
  assert.deepEqual(list.json.map((x) => x.fileId), [f.fileId]);
});

test("multipart upload: dimensions from the PNG, bytes delivered back identically", async () => {
  const png = makePng(37, 21, (x, y) => [x * 6, y * 10, 99, 255]);
  const r = await upload({ fileName: "pic.png", tags: "a,b", folder: "/album/2024/", customCoordinates: "1,2,3,4" }, { file: png });
  assert.equal(r.status, 200);
  const f = r.json;
  assert.equal(f.width, 37);
  assert.equal(f.height, 21);
  assert.equal(f.size, png.length);
  assert.equal(f.fileType, "image");
  assert.match(f.name, /^pic_[A-Za-z0-9]+\.png$/);
  assert.equal(f.filePath, `/album/2024/${f.name}`);
  assert.equal(f.url, `${ctx.srv.urlEndpoint}${f.filePath}`);
  assert.deepEqual(f.tags, ["a", "b"]);
  assert.equal(f.AITags, null);
  assert.equal(f.customCoordinates, "1,2,3,4");
  assert.deepEqual(f.versionInfo, { id: f.fileId, name: "Version 1" });
  const d = await fetch(f.url);
  assert.equal(d.status, 200);
  assert.equal(d.headers.get("content-type"), "image/png");
  assert.ok(Buffer.from(await d.arrayBuffer()).equals(png));
  // transformations are rendered (render.mjs): the path's steps, then the query's
  const t = await fetch(`${ctx.srv.urlEndpoint}/tr:w-10,h-10${f.filePath}?tr=w-5`);
  const out = Buffer.from(await t.arrayBuffer());
  assert.equal(t.headers.get("content-type"), "image/png");
  assert.deepEqual([out.readUInt32BE(16), out.readUInt32BE(20)], [5, 5], "IHDR width, height");
  assert.equal(t.headers.get("x-ik-rendered"), "w-10,h-10,w-5");
  const det = await api("GET", `/v1/files/${f.fileId}/details`);
  assert.equal(det.json.type, "file");
  assert.equal(det.json.mime, "image/png");
  assert.equal(det.json.hasAlpha, true);
});

test("upload: base64, data URI, remote URL; JPEG/GIF/WebP dimensions; non-image", async () => {
  const png = makePng(5, 6);
  let r = await put("b64.png", {}, { file: png.toString("base64") });
  assert.equal(r.json.width, 5);
  r = await put("data.png", {}, { file: `data:image/png;base64,${png.toString("base64")}` });
  assert.equal(r.json.height, 6);
  r = await put("remote.png", {}, { file: `${ctx.srv.url}/fixtures/image-12x8.png` });
  assert.deepEqual([r.json.width, r.json.height], [12, 8]);
  r = await put("j.jpg", {}, { file: makeJpegHeader(640, 480), filename: "j.jpg" });
  assert.deepEqual([r.json.width, r.json.height], [640, 480]);
  r = await put("g.gif", {}, { file: makeGif(3, 9) });
  assert.deepEqual([r.json.width, r.json.height], [3, 9]);
  r = await put("w.webp", {}, { file: makeWebpHeader(300, 200) });
  assert.deepEqual([r.json.width, r.json.height], [300, 200]);
  r = await put("notes.txt", {}, { file: Buffer.from("hello"), filename: "notes.txt" });
  assert.equal(r.json.fileType, "non-image");
  assert.equal(r.json.width, undefined);
  const d = await fetch(r.json.url);
  assert.equal(d.headers.get("content-type"), "text/plain");
  r = await put("bad.png", {}, { file: `${ctx.srv.url}/fixtures/status/500` });
  assert.equal(r.status, 400);
});

test("upload validation: fileName, file, booleans, JSON fields, overwriteFile=false", async () => {
  let r = await upload({});
  assert.equal(r.status, 400);
  assert.match(r.json.message, /fileName/);
  r = await upload({ fileName: "x.png" }, { file: null });
  assert.equal(r.status, 400);
  assert.match(r.json.message, /file/);
  assert.equal((await upload({ fileName: "x.png", isPrivateFile: "maybe" })).status, 400);
  assert.equal((await upload({ fileName: "x.png", extensions: "{oops" })).status, 400);
  assert.equal((await upload({ fileName: "x.png", responseFields: "tags,bogus" })).status, 400);
  assert.equal((await upload({ fileName: "x.png", checks: '"file.size" < "10b"' })).status, 400);
  assert.equal((await upload({ fileName: "x.png", checks: '"file.size" < "1mb"' })).status, 200);
  await put("same.png");
  r = await put("same.png", { overwriteFile: "false" });
  assert.equal(r.status, 400);
  assert.match(r.json.message, /already exists/);
});

test("client-side upload: signature accepted once; bad, expired and far-future refused", async () => {
  const now = Math.floor(Date.now() / 1000);
  const fields = (token, expire, signature = hmac(token + expire), publicKey = "public_key_test") => ({ fileName: "c.png", publicKey, token, expire: String(expire), signature });
  const token = randomUUID();
  let r = await upload(fields(token, now + 600), { auth: false });
  assert.equal(r.status, 200);
  r = await upload(fields(token, now + 600), { auth: false });
  assert.equal(r.status, 400);
  assert.match(r.json.message, /has been used before/);
  r = await upload(fields(randomUUID(), now + 600, "0".repeat(40)), { auth: false });
  assert.equal(r.status, 400);
  assert.match(r.json.message, /signature/);
  r = await upload(fields(randomUUID(), now - 5), { auth: false });
  assert.equal(r.status, 400);
  assert.match(r.json.message, /expire/);
  r = await upload(fields(randomUUID(), now + 7200), { auth: false });
  assert.equal(r.status, 400);
  r = await upload(fields(randomUUID(), now + 600, undefined, "public_key_wrong"), { auth: false });
  assert.equal(r.status, 403);
  r = await upload({ fileName: "c.png" }, { auth: false });
  assert.equal(r.status, 401);
  r = await upload({ fileName: "c.png", publicKey: "public_key_test", token: "t", expire: String(now + 60) }, { auth: false });
  assert.equal(r.status, 400);
});

test("versions: overwrite creates a version; list, get, delete (not current), restore", async () => {
  const v1 = (await put("v.png", { tags: "keep" }, { file: makePng(2, 2) })).json;
  const v2 = (await put("v.png", {}, { file: makePng(3, 3) })).json;
  assert.equal(v2.fileId, v1.fileId);
  assert.equal(v2.versionInfo.name, "Version 2");
  assert.equal(v2.tags, null, "overwriteTags defaults to true");
  const list = (await api("GET", `/v1/files/${v1.fileId}/versions`)).json;
  assert.deepEqual(list.map((x) => x.type), ["file-version", "file"]);
  const one = await api("GET", `/v1/files/${v1.fileId}/versions/${v1.versionInfo.id}`);
  assert.equal(one.json.width, 2);
  assert.match(one.json.url, /ik-obj-version=/);
  const old = await fetch(one.json.url);
  assert.ok(Buffer.from(await old.arrayBuffer()).equals(makePng(2, 2)));
  let r = await api("DELETE", `/v1/files/${v1.fileId}/versions/${v2.versionInfo.id}`);
  assert.equal(r.status, 400);
  r = await api("PUT", `/v1/files/${v1.fileId}/versions/${v1.versionInfo.id}/restore`);
  assert.equal(r.status, 200);
  assert.equal(r.json.versionInfo.id, v1.versionInfo.id);
  assert.equal(r.json.width, 2);
  r = await api("DELETE", `/v1/files/${v1.fileId}/versions/${v2.versionInfo.id}`);
  assert.equal(r.status, 204);
  assert.equal(r.text, "");
  assert.equal((await api("GET", `/v1/files/${v1.fileId}/versions/${v2.versionInfo.id}`)).status, 404);
  const v3 = (await put("v.png", { overwriteTags: "false" })).json;
  assert.deepEqual(v3.tags, ["keep"]);
});

test("list & search: type, sort, skip, limit, path, tags, fileType, searchQuery", async () => {
  await put("b.png", { tags: "red", folder: "/x" }, { file: makePng(10, 10) });
  await put("a.png", { tags: "blue" }, { file: makePng(1, 1) });
  await put("c.txt", { tags: "red,blue" }, { file: Buffer.alloc(5000, 65), filename: "c.txt" });
  const names = async (q) => (await api("GET", `/v1/files${q}`)).json.map((f) => f.name);
  assert.deepEqual(await names(""), ["b.png", "a.png", "c.txt"]);
  assert.deepEqual(await names("?sort=ASC_NAME"), ["a.png", "b.png", "c.txt"]);
  assert.deepEqual(await names("?sort=DESC_CREATED"), ["c.txt", "a.png", "b.png"]);
  assert.deepEqual(await names("?sort=ASC_NAME&skip=1&limit=1"), ["b.png"]);
  assert.deepEqual(await names("?path=/x"), ["b.png"]);
  assert.deepEqual(await names("?path=/&type=all&sort=ASC_NAME"), ["a.png", "c.txt", "x"]);
  assert.deepEqual(await names("?type=folder"), ["x"]);
  assert.deepEqual(await names("?tags=red&sort=ASC_NAME"), ["b.png", "c.txt"]);
  assert.deepEqual(await names("?fileType=non-image"), ["c.txt"]);
  const q = (s) => names(`?sort=ASC_NAME&searchQuery=${encodeURIComponent(s)}`);
  assert.deepEqual(await q('name = "a.png"'), ["a.png"]);
  assert.deepEqual(await q('tags IN ["red"]'), ["b.png", "c.txt"]);
  assert.deepEqual(await q("size > 1000"), ["c.txt"]);
  assert.deepEqual(await q('format = "png" AND (width >= 5 OR name : "A.P")'), ["a.png", "b.png"]);
  assert.deepEqual(await q('createdAt >= "1d" AND size < "1kb"'), ["a.png", "b.png"]);
  assert.equal((await api("GET", `/v1/files?searchQuery=${encodeURIComponent("nonsense ~~ 1")}`)).status, 400);
  assert.equal((await api("GET", "/v1/files?limit=0")).status, 400);
  assert.equal((await api("GET", "/v1/files?sort=SIDEWAYS")).status, 400);
});

test("update details, bulk tags and AI tags, missingFileIds", async () => {
  const f = (await put("u.png", { tags: "t0" })).json;
  const g = (await put("w.png")).json;
  let r = await api("PATCH", `/v1/files/${f.fileId}/details`, { tags: ["t1", "t2"], customCoordinates: "0,0,5,5", description: "hi", removeAITags: "all" });
  assert.equal(r.status, 200);
  assert.deepEqual(r.json.tags, ["t1", "t2"]);
  assert.equal(r.json.customCoordinates, "0,0,5,5");
  assert.equal(r.json.description, "hi");
  assert.equal((await api("PATCH", `/v1/files/${f.fileId}/details`, { customCoordinates: "bad" })).status, 400);
  assert.equal((await api("PATCH", `/v1/files/${f.fileId}/details`, { bogus: 1 })).status, 400);
  r = await api("PATCH", `/v1/files/${f.fileId}/details`, { publish: { isPublished: false } });
  assert.equal(r.json.isPublished, false);
  assert.equal((await fetch(r.json.url)).status, 404);
  r = await api("POST", "/v1/files/addTags", { fileIds: [f.fileId, g.fileId], tags: ["n1", "t1"] });
  assert.deepEqual(r.json, { successfullyUpdatedFileIds: [f.fileId, g.fileId] });
  assert.deepEqual((await api("GET", `/v1/files/${f.fileId}/details`)).json.tags, ["t1", "t2", "n1"]);
  r = await api("POST", "/v1/files/removeTags", { fileIds: [f.fileId], tags: ["t1"] });
  assert.equal(r.status, 200);
  assert.deepEqual((await api("GET", `/v1/files/${f.fileId}/details`)).json.tags, ["t2", "n1"]);
  r = await api("POST", "/v1/files/removeAITags", { fileIds: [f.fileId], AITags: ["x"] });
  assert.deepEqual(r.json, { successfullyUpdatedFileIds: [f.fileId] });
  r = await api("POST", "/v1/files/addTags", { fileIds: [f.fileId, "missing1"], tags: ["z"] });
  assert.equal(r.status, 404);
  assert.deepEqual(r.json.missingFileIds, ["missing1"]);
  assert.equal((await api("POST", "/v1/files/addTags", { fileIds: [], tags: ["z"] })).status, 400);
});

test("delete, bulk delete, copy, move, rename (purge, 409)", async () => {
  const a = (await put("a.png")).json, b = (await put("b.png")).json, c = (await put("c.png")).json;
  let r = await api("DELETE", `/v1/files/${a.fileId}`);
  assert.equal(r.status, 204);
  assert.equal((await api("DELETE", `/v1/files/${a.fileId}`)).status, 404);
  r = await api("POST", "/v1/files/batch/deleteByFileIds", { fileIds: [b.fileId, "nope"] });
  assert.equal(r.status, 404);
  assert.deepEqual(r.json.missingFileIds, ["nope"]);
  r = await api("POST", "/v1/files/batch/deleteByFileIds", { fileIds: [b.fileId] });
  assert.deepEqual(r.json, { successfullyDeletedFileIds: [b.fileId] });
  r = await api("POST", "/v1/files/copy", { sourceFilePath: "/c.png", destinationPath: "/dst/", includeFileVersions: false });
  assert.equal(r.status, 204);
  const copied = (await api("GET", "/v1/files?path=/dst")).json;
  assert.equal(copied.length, 1);
  assert.notEqual(copied[0].fileId, c.fileId);
  assert.equal((await api("POST", "/v1/files/copy", { sourceFilePath: "/none.png", destinationPath: "/dst" })).status, 404);
  r = await api("POST", "/v1/files/move", { sourceFilePath: "/c.png", destinationPath: "/moved" });
  assert.equal(r.status, 204);
  assert.equal((await api("GET", `/v1/files/${c.fileId}/details`)).json.filePath, "/moved/c.png");
  r = await api("PUT", "/v1/files/rename", { filePath: "/moved/c.png", newFileName: "d.png", purgeCache: true });
  assert.equal(r.status, 200);
  assert.match(r.json.purgeRequestId, /^[0-9a-f]{24}$/);
  r = await api("PUT", "/v1/files/rename", { filePath: "/dst/c.png", newFileName: "c2.png" });
  assert.deepEqual(r.json, {});
  await api("POST", "/v1/files/copy", { sourceFilePath: "/moved/d.png", destinationPath: "/dst" });
  r = await api("PUT", "/v1/files/rename", { filePath: "/dst/d.png", newFileName: "c2.png" });
  assert.equal(r.status, 409);
});

test("folders: create, delete, copy/move bulk jobs and job status", async () => {
  assert.equal((await api("POST", "/v1/folder", { folderName: "src", parentFolderPath: "/" })).status, 201);
  assert.equal((await api("POST", "/v1/folder", { folderName: "src", parentFolderPath: "/" })).status, 201);
  await put("in.png", { folder: "/src/sub" });
  let r = await api("POST", "/v1/bulkJobs/copyFolder", { sourceFolderPath: "/src", destinationPath: "/dest", includeFileVersions: true });
  assert.equal(r.status, 200);
  const job = await api("GET", `/v1/bulkJobs/${r.json.jobId}`);
  assert.deepEqual(job.json, { jobId: r.json.jobId, type: "COPY_FOLDER", status: "Completed" });
  assert.equal((await api("GET", "/v1/files?path=/dest/src/sub")).json.length, 1);
  r = await api("POST", "/v1/bulkJobs/moveFolder", { sourceFolderPath: "/src", destinationPath: "/other" });
  assert.equal((await api("GET", `/v1/bulkJobs/${r.json.jobId}`)).json.type, "MOVE_FOLDER");
  assert.equal((await api("GET", "/v1/files?path=/other/src/sub")).json.length, 1);
  assert.equal((await api("GET", "/v1/files?path=/src/sub")).json.length, 0);
  assert.equal((await api("POST", "/v1/bulkJobs/moveFolder", { sourceFolderPath: "/src", destinationPath: "/x" })).status, 404);
  assert.equal((await api("GET", "/v1/bulkJobs/nope")).status, 404);
  r = await api("DELETE", "/v1/folder", { folderPath: "/other" });
  assert.equal(r.status, 204);
  assert.equal((await api("GET", "/v1/files?searchQuery=" + encodeURIComponent('path : "/other"'))).json.length, 0);
  assert.equal((await api("DELETE", "/v1/folder", { folderPath: "/other" })).status, 404);
});

test("purge and purge status", async () => {
  let r = await api("POST", "/v1/files/purge", { url: `${ctx.srv.urlEndpoint}/a.png` });
  assert.equal(r.status, 201);
  const st = await api("GET", `/v1/files/purge/${r.json.requestId}`);
  assert.deepEqual(st.json, { status: "Completed" });
  assert.equal((await api("GET", "/v1/files/purge/unknown")).status, 404);
  assert.equal((await api("POST", "/v1/files/purge", { url: "not a url" })).status, 400);
});

test("file metadata and remote URL metadata (deterministic pHash)", async () => {
  const png = makePng(33, 17, (x, y) => [x * 7, y * 13, (x * y) & 255, 255]);
  const f = (await put("m.png", {}, { file: png })).json;
  const m = (await api("GET", `/v1/files/${f.fileId}/metadata`)).json;
  assert.equal(m.width, 33);
  assert.equal(m.height, 17);
  assert.equal(m.format, "png");
  assert.equal(m.size, png.length);
  assert.equal(m.hasTransparency, true);
  assert.deepEqual(m.exif, {});
  assert.match(m.pHash, /^[0-9a-f]{16}$/);
  const remote = await api("GET", `/v1/metadata?url=${encodeURIComponent(f.url)}`);
  assert.equal(remote.json.pHash, m.pHash);
  const fixture = await api("GET", `/v1/metadata?url=${encodeURIComponent(`${ctx.srv.url}/fixtures/image-40x30.png`)}`);
  assert.deepEqual([fixture.json.width, fixture.json.height], [40, 30]);
  const t = (await put("t.txt", {}, { file: Buffer.from("x"), filename: "t.txt" })).json;
  assert.equal((await api("GET", `/v1/files/${t.fileId}/metadata`)).status, 400);
  assert.equal((await api("GET", "/v1/metadata")).status, 400);
});

test("custom metadata fields: create/validate/list/update/delete and value validation", async () => {
  let r = await api("POST", "/v1/customMetadataFields", { name: "price", label: "Price", schema: { type: "Number", minValue: 1, maxValue: 100 } });
  assert.equal(r.status, 201);
  const price = r.json;
  assert.deepEqual(price.schema, { type: "Number", minValue: 1, maxValue: 100 });
  assert.equal((await api("POST", "/v1/customMetadataFields", { name: "price", label: "P2", schema: { type: "Number" } })).status, 400);
  assert.equal((await api("POST", "/v1/customMetadataFields", { name: "x", label: "X", schema: { type: "Colour" } })).status, 400);
  assert.equal((await api("POST", "/v1/customMetadataFields", { name: "s", label: "S", schema: { type: "SingleSelect" } })).status, 400);
  assert.equal((await api("POST", "/v1/customMetadataFields", { name: "r", label: "R", schema: { type: "Text", isValueRequired: true } })).status, 400);
  r = await api("POST", "/v1/customMetadataFields", { name: "size", label: "Size", schema: { type: "MultiSelect", selectOptions: ["s", "m", 30, true], defaultValue: ["s"], isValueRequired: true } });
  assert.equal(r.status, 201);
  const size = r.json;
  let up = await put("cm.png", { customMetadata: { price: 10 } });
  assert.equal(up.status, 200);
  assert.deepEqual(up.json.customMetadata, { price: 10, size: ["s"] });
  assert.equal((await put("cm2.png", { customMetadata: { price: 1000 } })).status, 400);
  up = await put("cm3.png", { customMetadata: { unknown: 1 } });
  assert.equal(up.status, 400);
  assert.match(up.json.message, /unknown/);
  const f = (await put("cm4.png")).json;
  assert.equal((await api("PATCH", `/v1/files/${f.fileId}/details`, { customMetadata: { size: ["xl"] } })).status, 400);
  r = await api("PATCH", `/v1/files/${f.fileId}/details`, { customMetadata: { size: ["m", 30] } });
  assert.deepEqual(r.json.customMetadata, { size: ["m", 30] });
  r = await api("PATCH", `/v1/customMetadataFields/${price.id}`, { label: "Cost", schema: { maxValue: 5000 } });
  assert.equal(r.status, 200);
  assert.equal(r.json.label, "Cost");
  assert.equal(r.json.schema.maxValue, 5000);
  assert.equal((await api("PATCH", `/v1/customMetadataFields/${price.id}`, { schema: { type: "Text" } })).status, 400);
  assert.equal((await api("DELETE", `/v1/customMetadataFields/${size.id}`)).status, 204);
  assert.deepEqual((await api("GET", "/v1/customMetadataFields")).json.map((x) => x.name), ["price"]);
  assert.deepEqual((await api("GET", "/v1/customMetadataFields?includeDeleted=true")).json.map((x) => x.name), ["price", "size"]);
  assert.equal((await api("DELETE", `/v1/customMetadataFields/${size.id}`)).status, 404);
  assert.equal((await api("PATCH", "/v1/customMetadataFields/nope", { label: "x" })).status, 404);
});
