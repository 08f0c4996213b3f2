// The media API suite: every call of SPEC §5 against the local ImageKit server (tests/server), with payloads,
// responseMetadata and error classes checked. Runtime-neutral (fetch only), so Node, Deno, Bun and workerd run
// the very same file. `api` is the package namespace; `serverUrl` the server's base URL.

import { harness } from "./harness.mjs";
import { transportSuite } from "./suite-transport.mjs";

const PRIVATE_KEY = "private_key_test";
const PUBLIC_KEY = "public_key_test";

export async function apiSuite(api, { serverUrl }) {
  const { check, eq, rejects, control, result } = harness(api, serverUrl);
  const attempts = async (pathPart) => (await control(`requests?path=${encodeURIComponent(pathPart)}`)).length;
  const bytesOf = async (url) => new Uint8Array(await (await fetch(url)).arrayBuffer());
  const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

  await control("reset", {});
  const base = { publicKey: PUBLIC_KEY, privateKey: PRIVATE_KEY, urlEndpoint: `${serverUrl}/ik`, apiBaseUrl: serverUrl, uploadBaseUrl: serverUrl };
  const ik = new api.ImageKit(base);
  const png = await bytesOf(`${serverUrl}/fixtures/image-3x2.png`);

  // --- upload, four ways, and delivery byte for byte -------------------------------------------------------
  let first;
  await check("uploadFile: Blob", async () => {
    first = await ik.uploadFile({ file: new Blob([png], { type: "image/png" }), fileName: "blob.png", useUniqueFileName: false, tags: ["a", "b"], folder: "/suite" });
    eq([first.name, first.filePath, first.width, first.height, first.size, first.tags], ["blob.png", "/suite/blob.png", 3, 2, png.length, ["a", "b"]]);
    eq(first.responseMetadata.httpStatusCode, 200);
    eq(Object.keys(first).includes("responseMetadata"), false, "responseMetadata is non-enumerable");
    eq(first.responseMetadata.raw.fileId, first.fileId);
    return eq(same(await bytesOf(first.url), png), true, "delivered bytes");
  });
  for (const [how, file] of [["bytes", png], ["ArrayBuffer", png.buffer.slice(0)], ["base64", btoa(String.fromCharCode(...png))]]) {
    await check(`uploadFile: ${how}`, async () => {
      const r = await ik.upload({ file, fileName: `${how}.png`, useUniqueFileName: false });
      eq([r.filePath, r.width, r.height], [`/${how}.png`, 3, 2]);
      return eq(same(await bytesOf(r.url), png), true, "delivered bytes");
    });
  }
  await check("uploadFile: remote URL", async () => {
    const r = await ik.uploadFile({ file: first.url, fileName: "by-url.png", useUniqueFileName: false });
    return eq(same(await bytesOf(r.url), png), true, "delivered bytes");
  });
  await check("uploadFile: client-side with token/signature/expire", async () => {
    const browserLike = new api.ImageKit({ publicKey: PUBLIC_KEY, uploadBaseUrl: serverUrl });
    const auth = ik.getAuthenticationParameters();
    const r = await browserLike.uploadFile({ file: new Blob([png]), fileName: "client.png", useUniqueFileName: false, ...auth });
    const sent = (await control("requests?path=/api/v1/files/upload")).at(-1);
    eq(sent.headers.authorization, undefined, "no Authorization header");
    return eq([r.filePath, sent.body.fields.publicKey, sent.body.fields.token], ["/client.png", PUBLIC_KEY, auth.token]);
  });
  await check("uploadFile: bad client signature is refused", async () => {
    const browserLike = new api.ImageKit({ publicKey: PUBLIC_KEY, uploadBaseUrl: serverUrl });
    const auth = { ...ik.getAuthenticationParameters(), signature: "0".repeat(40) };
    await rejects(browserLike.uploadFile({ file: new Blob([png]), fileName: "x.png", ...auth }), "BadRequestError", 400);
    return true;
  });
  await check("uploadFile: onProgress reports completion", async () => {
    const seen = [];
    await ik.uploadFile({ file: png, fileName: "p.png", onProgress: (p) => seen.push(p) });
    return eq(seen.at(-1), { loaded: png.length, total: png.length });
  });
  await check("uploadFile: validation rejects (not throws)", async () => {
    const p = ik.uploadFile({ file: png });
    await rejects(p, "ValidationError");
    await rejects(ik.uploadFile({ file: 42, fileName: "x" }), "ValidationError");
    await rejects(ik.uploadFile({ file: png, fileName: "x", tagz: [] }), "ValidationError");
    return true;
  });

  // --- signed delivery -------------------------------------------------------------------------------------
  await check("signed URL from ik.url is accepted, tampered one refused", async () => {
    const signed = ik.url({ path: "/suite/blob.png", signed: true, expireSeconds: 300 });
    eq((await fetch(signed)).status, 200, "signed");
    const tampered = signed.replace(/ik-s=([0-9a-f])/, (_, c) => `ik-s=${c === "0" ? "1" : "0"}`);
    return eq((await fetch(tampered)).status, 401, "tampered");
  });

  // --- file management ----------------------------------------------------------------------------------------
  await check("listFiles with searchQuery, limit, skip", async () => {
    const all = await ik.listFiles({ path: "/", searchQuery: 'name = "blob.png"' });
    eq(all.map((f) => f.fileId), [first.fileId]);
    const page = await ik.listFiles({ sort: "ASC_CREATED", limit: 2, skip: 1 });
    eq(page.length, 2, "page length");
    return eq(Array.isArray(page) && page.responseMetadata.httpStatusCode, 200);
  });
  await check("getFileDetails", async () => eq((await ik.getFileDetails(first.fileId)).filePath, "/suite/blob.png"));
  await check("getFileDetails: unknown id → NotFoundError with help", async () => {
    const e = await rejects(ik.getFileDetails("no such id/?"), "NotFoundError", 404);
    eq(typeof e.help, "string", "help");
    const sent = (await control("requests?path=/v1/files/")).at(-1);
    return eq(sent.path, "/v1/files/no%20such%20id%2F%3F/details");
  });
  await check("updateFileDetails, addTags, removeTags, removeAITags", async () => {
    const u = await ik.updateFileDetails(first.fileId, { tags: ["x"], customCoordinates: "1,1,2,2" });
    eq([u.tags, u.customCoordinates], [["x"], "1,1,2,2"]);
    eq(await ik.addTags([first.fileId], ["y", "z"]), { successfullyUpdatedFileIds: [first.fileId] });
    eq(await ik.removeTags([first.fileId], ["z"]), { successfullyUpdatedFileIds: [first.fileId] });
    eq(await ik.removeAITags([first.fileId], ["car"]), { successfullyUpdatedFileIds: [first.fileId] });
    return eq((await ik.getFileDetails(first.fileId)).tags, ["x", "y"]);
  });
  await check("bulk call with a missing id → NotFoundError carrying missingFileIds", async () => {
    const e = await rejects(ik.addTags([first.fileId, "missing"], ["t"]), "NotFoundError", 404);
    return eq(e.responseMetadata.raw.missingFileIds, ["missing"]);
  });
  await check("207 on a bulk call → PartialSuccessError", async () => {
    await control("inject", { status: 207, path: "/v1/files/addTags", body: { successfullyUpdatedFileIds: [first.fileId], errors: [{ fileId: "x" }] } });
    const e = await rejects(ik.addTags([first.fileId], ["t"]), "PartialSuccessError", 207);
    return eq(e.responseMetadata.raw.successfullyUpdatedFileIds, [first.fileId]);
  });
  let v2;
  await check("versions: list, details, restore, delete", async () => {
    v2 = await ik.uploadFile({ file: png, fileName: "blob.png", folder: "/suite", useUniqueFileName: false });
    const versions = await ik.getFileVersions(first.fileId);
    eq(versions.length, 2, "two versions");
    const old = versions.find((v) => v.versionInfo.id !== v2.versionInfo.id);
    eq((await ik.getFileVersionDetails(first.fileId, old.versionInfo.id)).versionInfo.id, old.versionInfo.id);
    const restored = await ik.restoreFileVersion(first.fileId, old.versionInfo.id);
    eq(restored.versionInfo.id, old.versionInfo.id);
    eq(await ik.deleteFileVersion(first.fileId, v2.versionInfo.id), {});
    return eq((await ik.getFileVersions(first.fileId)).length, 1);
  });
  await check("getFileMetadata and getRemoteFileUrlMetadata", async () => {
    const m = await ik.getFileMetadata(first.fileId);
    eq([m.width, m.height, /^[0-9a-f]{16}$/.test(m.pHash)], [3, 2, true]);
    const r = await ik.getRemoteFileUrlMetadata(first.url);
    return eq([r.width, r.height, r.pHash], [3, 2, m.pHash]);
  });
  await check("copyFile, moveFile, renameFile", async () => {
    eq(await ik.copyFile({ sourceFilePath: "/suite/blob.png", destinationPath: "/copies/", includeFileVersions: false }), {});
    eq(await ik.moveFile({ sourceFilePath: "/copies/blob.png", destinationPath: "/moved/" }), {});
    const r = await ik.renameFile({ filePath: "/moved/blob.png", newFileName: "renamed.png", purgeCache: true });
    eq(typeof r.purgeRequestId, "string", "purgeRequestId");
    return eq((await ik.listFiles({ path: "/moved" })).map((f) => f.name), ["renamed.png"]);
  });
  await check("renameFile onto an existing name → ConflictError", async () => {
    await ik.uploadFile({ file: png, fileName: "other.png", folder: "/moved", useUniqueFileName: false });
    await rejects(ik.renameFile({ filePath: "/moved/renamed.png", newFileName: "other.png" }), "ConflictError", 409);
    return true;
  });
  await check("folders: create, copy, move, job status, delete", async () => {
    eq(await ik.createFolder({ folderName: "made", parentFolderPath: "/" }), {});
    const copy = await ik.copyFolder({ sourceFolderPath: "/suite", destinationPath: "/made", includeFileVersions: true });
    eq((await ik.getBulkJobStatus(copy.jobId)), { jobId: copy.jobId, type: "COPY_FOLDER", status: "Completed" });
    const move = await ik.moveFolder({ sourceFolderPath: "/moved", destinationPath: "/made" });
    eq((await ik.getBulkJobStatus(move.jobId)).type, "MOVE_FOLDER");
    eq(await ik.deleteFolder({ folderPath: "/made" }), {});
    await rejects(ik.deleteFolder({ folderPath: "/made" }), "NotFoundError", 404);
    return true;
  });
  await check("purgeFileCache and its status", async () => {
    const p = await ik.purgeFileCache(first.url);
    return eq(await ik.getPurgeFileCacheStatus(p.requestId), { status: "Completed" });
  });
  await check("custom metadata fields: create, list, update, delete, validation", async () => {
    const f = await ik.createCustomMetadataFields({ name: "price", label: "Price", schema: { type: "Number", minValue: 0, maxValue: 100 } });
    eq([f.name, f.label, f.schema.type], ["price", "Price", "Number"]);
    eq((await ik.getCustomMetadataFields()).map((x) => x.name), ["price"]);
    eq((await ik.updateCustomMetadataFields(f.id, { label: "Cost" })).label, "Cost");
    await rejects(ik.updateFileDetails(first.fileId, { customMetadata: { price: 500 } }), "BadRequestError", 400);
    eq((await ik.updateFileDetails(first.fileId, { customMetadata: { price: 5 } })).customMetadata, { price: 5 });
    eq(await ik.deleteCustomMetadataField(f.id), {});
    eq((await ik.getCustomMetadataFields()).length, 0, "deleted");
    return eq((await ik.getCustomMetadataFields({ includeDeleted: true })).length, 1, "includeDeleted");
  });
  await check("bulkFileDelete and deleteFile", async () => {
    const a = await ik.uploadFile({ file: png, fileName: "d1.png" });
    const b = await ik.uploadFile({ file: png, fileName: "d2.png" });
    eq(await ik.bulkFileDelete([a.fileId]), { successfullyDeletedFileIds: [a.fileId] });
    eq(await ik.deleteFile(b.fileId), {});
    await rejects(ik.getFileDetails(b.fileId), "NotFoundError", 404);
    return true;
  });

  // --- auth and argument errors --------------------------------------------------------------------------------
  await check("wrong private key → UnauthorizedError", async () => {
    const bad = new api.ImageKit({ ...base, privateKey: "wrong" });
    const e = await rejects(bad.listFiles(), "UnauthorizedError", 401);
    return eq([typeof e.message, typeof e.help, JSON.stringify(e).includes("wrong")], ["string", "string", false]);
  });
  await check("no private key → ValidationError before any request", async () => {
    const before = await attempts("/v1/files");
    await rejects(new api.ImageKit({ apiBaseUrl: serverUrl }).listFiles(), "ValidationError");
    return eq(await attempts("/v1/files"), before);
  });
  await check("bad arguments reject with ValidationError naming them", async () => {
    const e = await rejects(ik.getFileDetails(), "ValidationError");
    eq(e.message, "fileId is required");
    await rejects(ik.listFiles({ limitt: 1 }), "ValidationError");
    await rejects(ik.listFiles({}, { timeout: "soon" }), "ValidationError");
    return true;
  });

  // --- retries, timeouts, aborts and broken answers -------------------------------------------------------------
  await check("503 twice then success: three attempts", async () => {
    await control("reset", { store: false, faults: true, requests: true });
    await control("inject", { status: 503, times: 2, path: "/v1/files/" + first.fileId });
    eq((await ik.getFileDetails(first.fileId)).fileId, first.fileId);
    return eq(await attempts("/v1/files/" + first.fileId), 3);
  });
  await check("429 with Retry-After: 1 is honoured", async () => {
    await control("inject", { status: 429, retryAfter: "1", path: "/v1/files/" + first.fileId });
    const t0 = Date.now();
    await ik.getFileDetails(first.fileId);
    const waited = Date.now() - t0;
    // In workerd the clock only moves across I/O, so an honoured wait still shows up here.
    return waited >= 900 || `retried after ${waited} ms`;
  });
  await check("429 without retries → TooManyRequestsError with retryAfter and rate limits", async () => {
    await control("inject", { status: 429, retryAfter: "7", rateLimit: { limit: 10, remaining: 0, reset: 7000 }, path: "/v1/files" });
    const e = await rejects(ik.listFiles({}, { maxRetries: 0 }), "TooManyRequestsError", 429);
    return eq([e.retryAfter, e.rateLimit], [7, { limit: 10, remaining: 0, reset: 7000 }]);
  });
  await check("500 with an HTML page → InternalServerError keeping the text", async () => {
    await control("inject", { status: 500, body: "<html>oops</html>", contentType: "text/html", path: "/v1/files" });
    const e = await rejects(ik.listFiles({}, { maxRetries: 0 }), "InternalServerError", 500);
    return eq([e.responseMetadata.raw, e.message.includes("<html>oops</html>")], ["<html>oops</html>", true]);
  });
  await check("empty 500 body → InternalServerError", async () => {
    await control("inject", { emptyBody: true, status: 500, path: "/v1/files" });
    const e = await rejects(ik.listFiles({}, { maxRetries: 0 }), "InternalServerError", 500);
    return eq(e.responseMetadata.raw, "");
  });
  await check("malformed JSON on 200 → UnknownError", async () => {
    await control("inject", { malformedJson: true, path: "/v1/files" });
    await rejects(ik.listFiles({}, { maxRetries: 0 }), "UnknownError", 200);
    return true;
  });
  await check("slow server → TimeoutError", async () => {
    await control("inject", { delayMs: 2000, path: "/v1/files" });
    await rejects(ik.listFiles({}, { timeout: 200, maxRetries: 0 }), "TimeoutError");
    return true;
  });
  await check("dropped connection → ConnectionError after retries", async () => {
    await control("reset", { store: false, faults: true, requests: true });
    // Some runtimes' fetch re-sends a GET once by itself on a dropped keep-alive connection, so every attempt is
    // dropped here and the count is a lower bound: ours (1 + maxRetries) at least.
    await control("inject", { drop: true, times: 20, path: "/v1/files" });
    await rejects(ik.listFiles({}, { maxRetries: 1 }), "ConnectionError");
    const seen = await attempts("/v1/files");
    await control("reset", { store: false, faults: true, requests: true });
    return (seen >= 2 && seen <= 4) || `${seen} attempts`;
  });
  await check("caller's signal → AbortError", async () => {
    await control("inject", { delayMs: 2000, path: "/v1/files" });
    const c = new AbortController();
    const p = ik.listFiles({}, { signal: c.signal });
    setTimeout(() => c.abort(), 50);
    await rejects(p, "AbortError");
    const pre = new AbortController();
    pre.abort();
    await rejects(ik.listFiles({}, { signal: pre.signal }), "AbortError");
    return true;
  });
  await control("reset", { store: false, faults: true, requests: false });
  await check("still answers after all that", async () => eq((await ik.getFileDetails(first.fileId)).fileId, first.fileId));

  // The transport's edges (impossible statuses, the largest timeouts, aborts while waiting to retry, odd pages).
  const own = result();
  const edges = await transportSuite(api, { serverUrl });
  return { passed: own.passed + edges.passed, failed: own.failed + edges.failed, failures: [...own.failures, ...edges.failures] };
}
