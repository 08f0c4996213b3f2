// A program written against `imagekit` 6.0.0: every method in callback and promise style, each argument error,
// HTTP errors (404, 400, 409, 429, 500, a text body), a 207, uploads of each file kind, `$ResponseMetadata`, the
// callback order and the synchronous helpers. dropin-imagekit6.mjs runs it with the official package and with
// `imagekit-wasm/compat/imagekit` against the same local server and compares the summaries (and the requests).
import { createReadStream } from "node:fs";
import { createHmac } from "node:crypto";
import { recorders } from "./steps.mjs";

export async function program(ImageKit, { server, fixture }) {
  const options = {
    publicKey: server.publicKey, privateKey: server.privateKey, urlEndpoint: "https://ik.imagekit.io/demo",
    uploadEndpoint: `${server.url}/api/v1/files/upload`, apiBaseUrl: server.url,
  };
  const ik = new ImageKit(options);
  const out = {};
  const png = await (await fetch(`${server.url}/fixtures/image-3x2.png`)).arrayBuffer();
  const bytes = () => new Uint8Array(png.slice(0));
  const { record, viaCallback, sync } = recorders(out, (meta) => ({ requestId: typeof meta.headers["x-request-id"] }));

  // constructor and the callback contract
  sync("new(no publicKey)", () => new ImageKit({ privateKey: "k", urlEndpoint: "u" }));
  sync("new(no privateKey)", () => new ImageKit({ publicKey: "p", urlEndpoint: "u" }));
  sync("new(no urlEndpoint)", () => new ImageKit({ publicKey: "p", privateKey: "k" }));
  sync("new(nothing)", () => new ImageKit());
  sync("options", () => Object.fromEntries(Object.entries({ ...ik.options, privateKey: ik.options.privateKey }).filter(([k]) => k !== "apiBaseUrl").sort()));
  sync("callback not a function", () => ik.getFileDetails("x", "not a function"));
  sync("promise style returns a Promise", () => {
    const p = ik.getFileDetails("");
    p.catch(() => {});
    return p instanceof Promise;
  });
  sync("callback style returns undefined", () => ik.getFileDetails("", () => {}));

  // uploads of each kind of file
  let file;
  await record("upload(Buffer)", async () => (file = await ik.upload({ file: Buffer.from(png), fileName: "a.png", useUniqueFileName: false, folder: "/six", tags: ["x", "y"] })));
  await viaCallback("upload(base64, callback)", (cb) => ik.upload({ file: Buffer.from(png).toString("base64"), fileName: "b.png", useUniqueFileName: false, folder: "/six" }, cb));
  await record("upload(data URI)", () => ik.upload({ file: `data:image/png;base64,${Buffer.from(png).toString("base64")}`, fileName: "c.png", useUniqueFileName: false, folder: "/six" }));
  await record("upload(URL)", () => ik.upload({ file: `${server.url}/fixtures/image-4x4.png`, fileName: "d.png", useUniqueFileName: false, folder: "/six" }));
  await record("upload(stream)", () => ik.upload({ file: createReadStream(fixture), fileName: "e.png", useUniqueFileName: false, folder: "/six" }));
  await record("upload(Buffer, unknown extension)", () => ik.upload({ file: Buffer.from("hello"), fileName: "f.unknownext", useUniqueFileName: false, folder: "/six" }));
  await record("upload(every option)", () => ik.upload({
    file: Buffer.from(png), fileName: "g.png", useUniqueFileName: false, folder: "/six", tags: ["t1", "t2"], isPrivateFile: false,
    customCoordinates: "0,0,1,1", responseFields: ["tags", "customCoordinates"], extensions: [{ name: "google-auto-tagging", maxTags: 5, minConfidence: 95 }],
    transformation: { pre: "w-2", post: [{ type: "transformation", value: "h-1" }] }, overwriteFile: true, overwriteTags: true,
  }));
  await record("upload(unique name)", async () => /^u_[A-Za-z0-9]{9}\.png$/.test((await ik.upload({ file: Buffer.from(png), fileName: "u.png" })).name));
  await record("upload(not an object)", () => ik.upload("x"));
  await record("upload(no file)", () => ik.upload({ fileName: "a.png" }));
  await record("upload(no fileName)", () => ik.upload({ file: "abc" }));
  await record("upload(transformation without pre/post)", () => ik.upload({ file: "abc", fileName: "a", transformation: { x: 1 } }));
  await record("upload(empty pre)", () => ik.upload({ file: "abc", fileName: "a", transformation: { pre: "" } }));
  await record("upload(post not an array)", () => ik.upload({ file: "abc", fileName: "a", transformation: { post: "w-1" } }));
  await record("upload(abs without value)", () => ik.upload({ file: "abc", fileName: "a", transformation: { post: [{ type: "abs" }] } }));
  await record("upload(transformation without value)", () => ik.upload({ file: "abc", fileName: "a", transformation: { post: [{ type: "transformation" }] } }));
  await viaCallback("upload(no file, callback)", (cb) => ik.upload({ fileName: "a" }, cb));
  await record("upload(wrong key, 401)", () => new ImageKit({ ...options, privateKey: "wrong" }).upload({ file: "abc", fileName: "a.png" }));

  // list and details
  await record("listFiles()", () => ik.listFiles());
  await record("listFiles(path, sort)", () => ik.listFiles({ path: "/six", sort: "ASC_NAME" }));
  await record("listFiles(tags array)", () => ik.listFiles({ tags: ["x", "y"] }));
  await record("listFiles(searchQuery)", () => ik.listFiles({ searchQuery: 'name = "a.png"', type: "file" }));
  await record("listFiles(skip, limit)", () => ik.listFiles({ path: "/six", skip: 1, limit: 2, sort: "ASC_NAME" }));
  await record("listFiles(not an object)", () => ik.listFiles("bad"));
  await viaCallback("listFiles(callback)", (cb) => ik.listFiles({ path: "/six", sort: "DESC_NAME" }, cb));
  await record("listFiles(bad searchQuery, 400)", () => ik.listFiles({ searchQuery: "nonsense ===" }));
  await record("getFileDetails", () => ik.getFileDetails(file.fileId));
  await viaCallback("getFileDetails(callback)", (cb) => ik.getFileDetails(file.fileId, cb));
  await record("getFileDetails(404)", () => ik.getFileDetails("000000000000000000000000"));
  await viaCallback("getFileDetails(404, callback)", (cb) => ik.getFileDetails("000000000000000000000000", cb));
  await record("getFileDetails(missing)", () => ik.getFileDetails(""));
  await viaCallback("getFileDetails(missing, callback)", (cb) => ik.getFileDetails(undefined, cb));
  await record("getFileMetadata(id)", () => ik.getFileMetadata(file.fileId));
  await record("getFileMetadata(URL)", () => ik.getFileMetadata(`${server.url}/fixtures/image-3x2.png`));
  await record("getFileMetadata(blank)", () => ik.getFileMetadata("  "));
  await record("getFileMetadata(404)", () => ik.getFileMetadata("000000000000000000000000"));

  // updates and tags
  await record("updateFileDetails", () => ik.updateFileDetails(file.fileId, { tags: ["z"], customCoordinates: "0,0,2,2" }));
  await record("updateFileDetails(publish)", () => ik.updateFileDetails(file.fileId, { publish: { isPublished: true } }));
  await record("updateFileDetails(missing id)", () => ik.updateFileDetails("", { tags: [] }));
  await record("updateFileDetails(not an object)", () => ik.updateFileDetails(file.fileId, "tags"));
  await record("updateFileDetails(unknown field, 400)", () => ik.updateFileDetails(file.fileId, { customMetadata: { nope: 1 } }));
  await record("bulkAddTags", () => ik.bulkAddTags([file.fileId], ["b1", "b2"]));
  await viaCallback("bulkAddTags(callback)", (cb) => ik.bulkAddTags([file.fileId], ["b3"], cb));
  await record("bulkAddTags(bad ids)", () => ik.bulkAddTags([], ["t"]));
  await record("bulkAddTags(bad tags)", () => ik.bulkAddTags([file.fileId], "t"));
  await record("bulkAddTags(404)", () => ik.bulkAddTags(["000000000000000000000000"], ["t"]));
  await record("bulkRemoveTags", () => ik.bulkRemoveTags([file.fileId], ["b2"]));
  await record("bulkRemoveTags(bad ids)", () => ik.bulkRemoveTags([1], ["t"]));
  await record("bulkRemoveAITags", () => ik.bulkRemoveAITags([file.fileId], ["car"]));
  await record("bulkRemoveAITags(bad tags)", () => ik.bulkRemoveAITags([file.fileId], []));

  // versions
  await record("upload(new version)", () => ik.upload({ file: Buffer.from(png), fileName: "a.png", useUniqueFileName: false, folder: "/six" }));
  let versions = [];
  await record("getFileVersions", async () => (versions = await ik.getFileVersions(file.fileId)));
  await record("getFileVersions(missing)", () => ik.getFileVersions(""));
  const older = versions.find?.((v) => v.versionInfo.id === file.fileId);
  const newer = versions.find?.((v) => v.versionInfo.id !== file.fileId);
  await record("getFileVersionDetails", () => ik.getFileVersionDetails({ fileId: file.fileId, versionId: older.versionInfo.id }));
  await record("getFileVersionDetails(no fileId)", () => ik.getFileVersionDetails({ versionId: "v" }));
  await record("getFileVersionDetails(no versionId)", () => ik.getFileVersionDetails({ fileId: "f" }));
  await record("getFileVersionDetails(no options)", () => ik.getFileVersionDetails());
  await record("restoreFileVersion", () => ik.restoreFileVersion({ fileId: file.fileId, versionId: older.versionInfo.id }));
  await record("restoreFileVersion(no versionId)", () => ik.restoreFileVersion({ fileId: file.fileId }));
  await record("deleteFileVersion", () => ik.deleteFileVersion({ fileId: file.fileId, versionId: newer.versionInfo.id }));
  await record("deleteFileVersion(no fileId)", () => ik.deleteFileVersion({}));

  // copy, move, rename
  await record("copyFile", () => ik.copyFile({ sourceFilePath: "/six/a.png", destinationPath: "/copies" }));
  await record("copyFile(includeFileVersions)", () => ik.copyFile({ sourceFilePath: "/six/b.png", destinationPath: "/copies", includeFileVersions: true }));
  await record("copyFile(bad source)", () => ik.copyFile({ sourceFilePath: "", destinationPath: "/x" }));
  await record("copyFile(bad destination)", () => ik.copyFile({ sourceFilePath: "/a", destinationPath: 1 }));
  await record("copyFile(bad includeFileVersions)", () => ik.copyFile({ sourceFilePath: "/a", destinationPath: "/b", includeFileVersions: "yes" }));
  await record("copyFile(no options)", () => ik.copyFile());
  await record("copyFile(404)", () => ik.copyFile({ sourceFilePath: "/nothing.png", destinationPath: "/x" }));
  await record("moveFile", () => ik.moveFile({ sourceFilePath: "/copies/a.png", destinationPath: "/moved" }));
  await record("moveFile(bad source)", () => ik.moveFile({ destinationPath: "/moved" }));
  await record("renameFile", () => ik.renameFile({ filePath: "/moved/a.png", newFileName: "renamed.png" }));
  await record("renameFile(purgeCache)", () => ik.renameFile({ filePath: "/moved/renamed.png", newFileName: "renamed2.png", purgeCache: true }));
  await record("renameFile(conflict, 409)", () => ik.renameFile({ filePath: "/six/b.png", newFileName: "c.png" }));
  await record("renameFile(bad filePath)", () => ik.renameFile({ newFileName: "x" }));
  await record("renameFile(bad newFileName)", () => ik.renameFile({ filePath: "/a", newFileName: "" }));
  await record("renameFile(bad purgeCache)", () => ik.renameFile({ filePath: "/a", newFileName: "b", purgeCache: 1 }));

  // folders and bulk jobs
  await record("createFolder", () => ik.createFolder({ folderName: "made", parentFolderPath: "/" }));
  await record("createFolder(bad name)", () => ik.createFolder({ folderName: "", parentFolderPath: "/" }));
  await record("createFolder(bad parent)", () => ik.createFolder({ folderName: "x" }));
  let job;
  await record("copyFolder", async () => (job = await ik.copyFolder({ sourceFolderPath: "/six", destinationPath: "/made" })));
  await record("copyFolder(bad source)", () => ik.copyFolder({ sourceFolderPath: "", destinationPath: "/made" }));
  await record("copyFolder(bad includeFileVersions)", () => ik.copyFolder({ sourceFolderPath: "/six", destinationPath: "/made", includeFileVersions: null }));
  await record("getBulkJobStatus", () => ik.getBulkJobStatus(job.jobId));
  await record("getBulkJobStatus(missing)", () => ik.getBulkJobStatus(""));
  await record("moveFolder", () => ik.moveFolder({ sourceFolderPath: "/moved", destinationPath: "/made" }));
  await record("moveFolder(bad destination)", () => ik.moveFolder({ sourceFolderPath: "/moved" }));
  await record("listFiles(folders)", () => ik.listFiles({ type: "folder", sort: "ASC_NAME" }));
  await record("deleteFolder", () => ik.deleteFolder("/made"));
  await record("deleteFolder(bad path)", () => ik.deleteFolder(""));
  await record("deleteFolder(404)", () => ik.deleteFolder("/made"));

  // cache
  let purge;
  await record("purgeCache", async () => (purge = await ik.purgeCache(file.url)));
  await record("purgeCache(empty)", () => ik.purgeCache(""));
  await record("purgeCache(undefined)", () => ik.purgeCache(undefined));
  await record("getPurgeCacheStatus", () => ik.getPurgeCacheStatus(purge.requestId));
  await record("getPurgeCacheStatus(empty)", () => ik.getPurgeCacheStatus(""));

  // custom metadata fields
  let field;
  await record("createCustomMetadataField", async () => (field = await ik.createCustomMetadataField({ name: "price", label: "Price", schema: { type: "Number", minValue: 0, maxValue: 100 } })));
  await record("createCustomMetadataField(no name)", () => ik.createCustomMetadataField({ label: "L", schema: { type: "Text" } }));
  await record("createCustomMetadataField(no label)", () => ik.createCustomMetadataField({ name: "n", schema: { type: "Text" } }));
  await record("createCustomMetadataField(no schema)", () => ik.createCustomMetadataField({ name: "n", label: "L" }));
  await record("createCustomMetadataField(schema without type)", () => ik.createCustomMetadataField({ name: "n", label: "L", schema: {} }));
  await record("createCustomMetadataField(duplicate, 400)", () => ik.createCustomMetadataField({ name: "price", label: "Price", schema: { type: "Number" } }));
  await record("getCustomMetadataFields", () => ik.getCustomMetadataFields());
  await record("updateCustomMetadataField", () => ik.updateCustomMetadataField(field.id, { label: "Cost" }));
  await record("updateCustomMetadataField(nothing)", () => ik.updateCustomMetadataField(field.id, {}));
  await record("updateCustomMetadataField(bad id)", () => ik.updateCustomMetadataField(5, { label: "x" }));
  await record("updateFileDetails(customMetadata)", () => ik.updateFileDetails(file.fileId, { customMetadata: { price: 50 } }));
  await record("deleteCustomMetadataField", () => ik.deleteCustomMetadataField(field.id));
  await record("deleteCustomMetadataField(bad id)", () => ik.deleteCustomMetadataField(""));
  await record("getCustomMetadataFields(includeDeleted)", () => ik.getCustomMetadataFields({ includeDeleted: true }));
  await viaCallback("getCustomMetadataFields(callback)", (cb) => ik.getCustomMetadataFields({ includeDeleted: false }, cb));

  // answers the server is made to give: 429, 500, a text body, an empty body, a 207
  server.inject({ path: "/details", status: 429, rateLimit: { limit: 5, reset: 2000 }, headers: { "x-ratelimit-interval": "1000" } });
  await record("getFileDetails(429)", () => ik.getFileDetails(file.fileId));
  server.inject({ path: "/details", status: 500 });
  await record("getFileDetails(500)", () => ik.getFileDetails(file.fileId));
  server.inject({ path: "/details", status: 502, body: "Bad gateway", contentType: "text/plain" });
  await record("getFileDetails(text body)", () => ik.getFileDetails(file.fileId));
  server.inject({ path: "/details", status: 503, emptyBody: true });
  await record("getFileDetails(empty body)", () => ik.getFileDetails(file.fileId));
  server.inject({ path: "/addTags", status: 207, body: { successfullyUpdatedFileIds: [file.fileId], errors: [{ fileId: "x" }] } });
  await record("bulkAddTags(207)", () => ik.bulkAddTags([file.fileId], ["p"]));
  server.inject({ path: "/addTags", status: 200, emptyBody: true });
  await record("bulkAddTags(empty 200)", () => ik.bulkAddTags([file.fileId], ["p"]));
  await record("$ResponseMetadata", async () => {
    const r = await ik.getFileDetails(file.fileId);
    const d = Object.getOwnPropertyDescriptor(r, "$ResponseMetadata");
    return { enumerable: d.enumerable, writable: d.writable, inJSON: JSON.stringify(r).includes("$ResponseMetadata"), status: r.$ResponseMetadata.statusCode };
  });
  await record("$ResponseMetadata(error)", async () => {
    try {
      await ik.getFileDetails("000000000000000000000000");
    } catch (e) {
      const d = Object.getOwnPropertyDescriptor(e, "$ResponseMetadata");
      return { enumerable: d.enumerable, writable: d.writable, keys: Object.keys(e).sort(), isError: e instanceof Error };
    }
  });
  await record("callback order", async () => {
    const events = [];
    await new Promise((resolve) => {
      events.push("call");
      ik.getFileDetails(file.fileId, (err) => {
        events.push(err ? "callback(err)" : "callback(result)");
        resolve();
      });
      events.push("returned");
    });
    events.push("call");
    ik.getFileDetails("", (err) => events.push(err ? "callback(err)" : "callback(result)"));
    events.push("returned");
    return events;
  });

  // the synchronous helpers
  sync("url(path)", () => ik.url({ path: "/a.jpg" }));
  sync("url(transformation)", () => ik.url({ path: "a.jpg", transformation: [{ height: 300, width: 400 }, { rotation: 90 }] }));
  sync("url(query position)", () => ik.url({ path: "/a.jpg", transformation: [{ width: 400 }], transformationPosition: "query" }));
  sync("url(src)", () => ik.url({ src: "https://ik.imagekit.io/demo/a.jpg?x=1", transformation: [{ width: 100 }] }));
  sync("url(queryParameters)", () => ik.url({ path: "/a.jpg", queryParameters: { v: 1, b: "x y" } }));
  sync("url(signed)", () => ik.url({ path: "/a.jpg", signed: true }));
  sync("url(signed, expireSeconds)", () => ik.url({ path: "/a.jpg", signed: true, expireSeconds: 300 }).replace(/ik-t=\d+/, "ik-t=T").replace(/ik-s=\w+/, "ik-s=S"));
  sync("url(signed, non-ASCII)", () => ik.url({ path: "/ü b.jpg", signed: true, transformation: [{ width: 10 }] }));
  sync("url(keys 6.x maps and does not)", () => ik.url({ path: "/a.jpg", transformation: [{ defaultImage: "/f/x.jpg", effectSharpen: "-", raw: "l-text,i-Hi,l-end", overlayImage: "o.png", WIDTH: 5, H: 2 }] }));
  sync("url(trailing-slash endpoint)", () => new ImageKit({ ...options, urlEndpoint: "https://ik.imagekit.io/demo/" }).url({ path: "/a b.jpg" }));
  sync("url(other endpoint)", () => ik.url({ urlEndpoint: "https://other.example.com/x", path: "/a.jpg" }));
  sync("url(nothing)", () => ik.url({}));
  sync("url(path joined)", () => ik.url({ path: "/x/../y/./z.jpg", transformation: [{ width: 1 }] }));
  sync("getAuthenticationParameters(token, expire)", () => ik.getAuthenticationParameters("token-1", 1999999999));
  sync("getAuthenticationParameters()", () => {
    const p = ik.getAuthenticationParameters();
    const now = Math.trunc(Date.now() / 1000);
    return { token: /^[0-9a-f-]{36}$/.test(p.token), expire: Math.abs(p.expire - now - 1800) <= 2, signature: p.signature === createHmac("sha1", server.privateKey).update(p.token + p.expire).digest("hex") };
  });
  sync("getAuthenticationParameters(no key)", () => ImageKit.prototype.getAuthenticationParameters.call({ options: {} }, "t"));
  sync("pHashDistance", () => ik.pHashDistance("f06830ca9f1e3e90", "f06830ca9f1e3e91"));
  sync("pHashDistance(far)", () => ik.pHashDistance("2d5ad3936d2e015b", "2d6ed293db36a4fb"));
  sync("pHashDistance(missing)", () => String(ik.pHashDistance("", "f0")));
  sync("pHashDistance(invalid)", () => String(ik.pHashDistance("zz", "f0")));
  sync("pHashDistance(unequal)", () => String(ik.pHashDistance("f0", "f00")));
  sync("pHashDistance(numbers)", () => ik.pHashDistance(1234, 1235));
  sync("pHashDistance(returns an Error)", () => ik.pHashDistance("", "") instanceof Error);
  const body = JSON.stringify({ type: "video.transformation.accepted", id: "e1", created_at: "2024-01-01T00:00:00Z", data: {} });
  const ts = 1700000000000;
  const v1 = createHmac("sha256", "whsec_six").update(`${ts}.${body}`).digest("hex");
  sync("verifyWebhookEvent", () => ik.verifyWebhookEvent(body, `t=${ts},v1=${v1}`, "whsec_six"));
  sync("verifyWebhookEvent(unbound, Buffer)", () => {
    const { verifyWebhookEvent } = ik;
    return verifyWebhookEvent(Buffer.from(body), `t=${ts},v1=${v1}`, "whsec_six");
  });
  sync("verifyWebhookEvent(own property)", () => Object.prototype.hasOwnProperty.call(ik, "verifyWebhookEvent"));
  sync("verifyWebhookEvent(no timestamp)", () => ik.verifyWebhookEvent(body, `v1=${v1}`, "whsec_six"));
  sync("verifyWebhookEvent(bad timestamp)", () => ik.verifyWebhookEvent(body, `t=abc,v1=${v1}`, "whsec_six"));
  sync("verifyWebhookEvent(no signature)", () => ik.verifyWebhookEvent(body, `t=${ts}`, "whsec_six"));
  sync("verifyWebhookEvent(wrong signature)", () => ik.verifyWebhookEvent(body, `t=${ts},v1=${v1}`, "other"));

  // delete last
  await record("deleteFile", () => ik.deleteFile(file.fileId));
  await record("deleteFile(missing)", () => ik.deleteFile());
  await record("deleteFile(404)", () => ik.deleteFile(file.fileId));
  await record("bulkDeleteFiles", async () => ik.bulkDeleteFiles((await ik.listFiles({ path: "/six" })).map((f) => f.fileId)));
  await record("bulkDeleteFiles(bad)", () => ik.bulkDeleteFiles("x"));
  await record("listFiles(after delete)", () => ik.listFiles({ path: "/six" }));
  return out;
}
