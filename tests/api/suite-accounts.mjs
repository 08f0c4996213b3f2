// The second media API suite: the calls of `@imagekit/nodejs` 7 beyond SPEC §5 (renameFolder, saved extensions,
// named transformations, usage, origins, URL endpoints, the V2 upload), the resource surface (`ik.files.get`, …)
// and `ik.iterateFiles` paging, against the local ImageKit server. Each call's request (method, path, query, body)
// is read back from the server's log. Runtime-neutral (fetch and WebCrypto only), like suite.mjs.

import { harness } from "./harness.mjs";

const PRIVATE_KEY = "private_key_test";
const PUBLIC_KEY = "public_key_test";

export async function accountsSuite(api, { serverUrl }) {
  const { check, eq, rejects, control, result } = harness(api, serverUrl);
  const clearLog = () => control("reset", { store: false, faults: false, requests: true });
  /** The one request the last call made: [method, path + query, body]. */
  const sent = async () => {
    const log = await control("requests");
    const r = log.at(-1);
    return [r.method, r.url, r.body ?? null];
  };

  await control("reset", {});
  const ik = new api.ImageKit({ privateKey: PRIVATE_KEY, publicKey: PUBLIC_KEY, apiBaseUrl: serverUrl, uploadBaseUrl: serverUrl });
  const png = new Uint8Array(await (await fetch(`${serverUrl}/fixtures/image-3x2.png`)).arrayBuffer());

  await check("renameFolder: request, job status, files moved", async () => {
    await ik.uploadFile({ file: png, fileName: "r.png", folder: "/old", useUniqueFileName: false });
    await clearLog();
    const r = await ik.renameFolder({ folderPath: "/old", newFolderName: "new", purgeCache: false });
    eq(await sent(), ["POST", "/v1/bulkJobs/renameFolder", { folderPath: "/old", newFolderName: "new", purgeCache: false }]);
    eq((await ik.getBulkJobStatus(r.jobId)).type, "RENAME_FOLDER");
    eq((await ik.listFiles({ path: "/new" })).map((f) => f.filePath), ["/new/r.png"]);
    await rejects(ik.renameFolder({ folderPath: "/nope", newFolderName: "x" }), "NotFoundError", 404);
    await rejects(ik.renameFolder("/new"), "ValidationError");
    return true;
  });

  // The four CRUD resources, by the same steps: create, list, get, update, delete, then 404.
  const crud = [
    ["SavedExtension", "SavedExtensions", "/v1/saved-extensions", "PATCH",
      { name: "bg", description: "remove bg", config: { name: "remove-bg", options: { add_shadow: true } } }, { description: "d2" }],
    ["NamedTransformation", "NamedTransformations", "/v1/named-transformations", "PATCH",
      { name: "thumb", transformation: "w-100,h-100" }, { enabled: false }],
    ["Origin", "Origins", "/v1/accounts/origins", "PUT",
      { type: "S3", name: "s3", bucket: "b", accessKey: "AK", secretKey: "SK" }, { type: "WEB_FOLDER", name: "web", baseUrl: "https://images.example.com" }],
    ["UrlEndpoint", "UrlEndpoints", "/v1/accounts/url-endpoints", "PUT",
      { description: "main", urlPrefix: "main" }, { description: "renamed", urlPrefix: "main2" }],
  ];
  for (const [kind, plural, base, updateMethod, create, update] of crud) {
    await check(`${kind}: create, list, get, update, delete`, async () => {
      await clearLog();
      const made = await ik[`create${kind}`](create);
      eq(await sent(), ["POST", base, create], "create request");
      eq([made.responseMetadata.httpStatusCode, /^[0-9a-f]{24}$/.test(made.id)], [201, true], "create answer");
      const list = await ik[`list${plural}`]();
      eq([await sent(), list.map((x) => x.id)], [["GET", base, null], [made.id]], "list");
      const got = await ik[`get${kind}`](made.id);
      eq([await sent(), got], [["GET", `${base}/${made.id}`, null], made], "get");
      const updated = await ik[`update${kind}`](made.id, update);
      eq(await sent(), [updateMethod, `${base}/${made.id}`, update], "update request");
      for (const [k, v] of Object.entries(update)) eq(updated[k], v, `updated ${k}`);
      eq(await ik[`delete${kind}`](made.id), {}, "delete");
      eq(await sent(), ["DELETE", `${base}/${made.id}`, null], "delete request");
      await rejects(ik[`get${kind}`](made.id), "NotFoundError", 404);
      await rejects(ik[`get${kind}`](""), "ValidationError");
      await rejects(ik[`create${kind}`]([create]), "ValidationError");
      return true;
    });
  }

  await check("origins: every type with its required fields; secrets never echoed; 400 for a missing field", async () => {
    const origins = [
      { type: "S3", name: "a", bucket: "b", accessKey: "k", secretKey: "s", prefix: "p" },
      { type: "S3_COMPATIBLE", name: "b", bucket: "b", endpoint: "https://s3.example.com", accessKey: "k", secretKey: "s", s3ForcePathStyle: true },
      { type: "CLOUDINARY_BACKUP", name: "c", bucket: "b", accessKey: "k", secretKey: "s" },
      { type: "WEB_FOLDER", name: "d", baseUrl: "https://example.com/img", forwardHostHeaderToOrigin: true },
      { type: "WEB_PROXY", name: "e", includeCanonicalHeader: true, baseUrlForCanonicalHeader: "https://c.example.com" },
      { type: "GCS", name: "f", bucket: "b", clientEmail: "x@y.iam.gserviceaccount.com", privateKey: "-----KEY-----" },
      { type: "AZURE_BLOB", name: "g", accountName: "acc", container: "c", sasToken: "sv=1" },
      { type: "AKENEO_PIM", name: "h", baseUrl: "https://pim.example.com", clientId: "id", clientSecret: "cs", username: "u", password: "pw" },
    ];
    for (const o of origins) {
      const r = await ik.createOrigin(o);
      eq(r.type, o.type);
      for (const secret of ["accessKey", "secretKey", "privateKey", "sasToken", "clientSecret", "password"]) eq(r[secret], undefined, `${o.type}.${secret}`);
    }
    eq((await ik.listOrigins()).map((o) => o.type), origins.map((o) => o.type));
    const s3 = (await ik.listOrigins())[0];
    eq([s3.prefix, s3.includeCanonicalHeader, s3.useIAMRole], ["p", false, false]);
    const e = await rejects(ik.createOrigin({ type: "GCS", name: "x", bucket: "b", clientEmail: "e" }), "BadRequestError", 400);
    eq(e.message.includes("privateKey"), true, "names the field");
    await rejects(ik.createOrigin({ type: "FTP", name: "x" }), "BadRequestError", 400);
    return true;
  });

  await check("URL endpoints reference origins; an origin in use cannot be deleted", async () => {
    const o = await ik.createOrigin({ type: "WEB_PROXY", name: "proxy" });
    const u = await ik.createUrlEndpoint({ description: "with origin", urlPrefix: "pfx", origins: [o.id], urlRewriter: { type: "CLOUDINARY" } });
    eq([u.origins, u.urlRewriter], [[o.id], { type: "CLOUDINARY", preserveAssetDeliveryTypes: false }]);
    await rejects(ik.deleteOrigin(o.id), "ConflictError", 409);
    await rejects(ik.createUrlEndpoint({ description: "x", origins: ["000000000000000000000000"] }), "BadRequestError", 400);
    await rejects(ik.createUrlEndpoint({ description: "dup", urlPrefix: "pfx" }), "ConflictError", 409);
    return true;
  });

  await check("usage and usage analytics: query in the caller's order; bad dates → 400", async () => {
    await clearLog();
    const u = await ik.getUsage({ startDate: "2024-01-01", endDate: "2024-02-01" });
    eq(await sent(), ["GET", "/v1/accounts/usage?startDate=2024-01-01&endDate=2024-02-01", null]);
    eq([typeof u.bandwidthBytes, u.mediaLibraryStorageBytes > 0], ["number", true]);
    const a = await ik.getUsageAnalytics({ endDate: "2024-01-31", startDate: "2024-01-01" });
    eq(await sent(), ["GET", "/v1/accounts/usage-analytics?endDate=2024-01-31&startDate=2024-01-01", null]);
    eq([a.startDate, a.endDate, Array.isArray(a.statusCodes)], ["2024-01-01", "2024-01-31", true]);
    await rejects(ik.getUsage({ startDate: "2024-02-01", endDate: "2024-01-01" }), "BadRequestError", 400);
    await rejects(ik.getUsage({ startDate: "2024-01-01", endDate: "2024-12-01" }), "BadRequestError", 400);
    await rejects(ik.getUsage({ startDate: ["x"] }), "ValidationError");
    return true;
  });

  await check("uploadFileV2: server-side with Basic auth, client-side with a JWT token (once)", async () => {
    await clearLog();
    const r = await ik.uploadFileV2({ file: new Blob([png]), fileName: "v2.png", useUniqueFileName: false, tags: ["a", "b"] });
    const log = (await control("requests")).at(-1);
    eq([log.path, log.body.fields.tags, typeof log.headers.authorization], ["/api/v2/files/upload", "a,b", "string"]);
    eq([r.filePath, r.width], ["/v2.png", 3]);
    const fields = { fileName: "jwt.png", useUniqueFileName: "false" };
    const token = await jwt({ ...fields, exp: Math.floor(Date.now() / 1000) + 600, iat: Math.floor(Date.now() / 1000) });
    const browserLike = new api.ImageKit({ publicKey: PUBLIC_KEY, uploadBaseUrl: serverUrl });
    const up = await browserLike.uploadFileV2({ file: png, fileName: "jwt.png", useUniqueFileName: false, token });
    const sentV2 = (await control("requests")).at(-1);
    eq([up.filePath, sentV2.headers.authorization, sentV2.body.fields.token], ["/jwt.png", undefined, token]);
    await rejects(browserLike.uploadFileV2({ file: png, fileName: "jwt.png", useUniqueFileName: false, token }), "BadRequestError", 400);
    const tampered = await jwt({ fileName: "other.png", exp: Math.floor(Date.now() / 1000) + 600 });
    await rejects(browserLike.uploadFileV2({ file: png, fileName: "jwt.png", token: tampered }), "BadRequestError", 400);
    await rejects(browserLike.uploadFileV2({ file: png, fileName: "x.png" }), "ValidationError");
    return true;
  });

  // --- the resource surface over the same client ----------------------------------------------------------------
  await check("resources: the same calls, @imagekit/nodejs argument shapes, null for 204", async () => {
    const f = await ik.files.upload({ file: new Blob([png]), fileName: "res.png", useUniqueFileName: false, folder: "/res" });
    eq((await ik.files.get(f.fileId)).filePath, "/res/res.png");
    eq((await ik.files.update(f.fileId, { tags: ["t"] })).tags, ["t"]);
    eq(await ik.files.bulk.addTags({ fileIds: [f.fileId], tags: ["u"] }), { successfullyUpdatedFileIds: [f.fileId] });
    eq((await ik.files.versions.get(f.fileId, { fileId: f.fileId })).fileId, f.fileId);
    eq((await ik.files.metadata.getFromURL({ url: f.url })).width, 3);
    eq(await ik.files.copy({ sourceFilePath: "/res/res.png", destinationPath: "/res2" }), null);
    eq((await ik.assets.list({ path: "/res2" })).length, 1);
    const origin = await ik.accounts.origins.create({ type: "WEB_PROXY", name: "rp" });
    eq((await ik.accounts.origins.get(origin.id)).name, "rp");
    eq(await ik.accounts.origins.delete(origin.id), null);
    eq((await ik.folders.rename({ folderPath: "/res2", newFolderName: "res3" })).jobId.length, 24);
    eq(await ik.files.delete(f.fileId), null);
    await rejects(ik.files.get(f.fileId), "NotFoundError", 404);
    await rejects(ik.files.bulk.addTags({ fileIds: [f.fileId], tagz: [] }), "ValidationError");
    eq(api.ImageKit.NotFoundError === api.NotFoundError && api.AuthenticationError === api.UnauthorizedError, true);
    return eq(ik.helper.buildTransformationString([{ width: 10 }]), "w-10");
  });

  // --- paging -----------------------------------------------------------------------------------------------------
  await check("iterateFiles: 2,500 files in pages of 100 → each once, in order, 26 requests", async () => {
    await control("seed", { count: 2500, folder: "/paging" });
    await clearLog();
    const names = [];
    for await (const file of ik.iterateFiles({ path: "/paging", sort: "ASC_NAME", limit: 100 })) names.push(file.name);
    const want = Array.from({ length: 2500 }, (_, i) => `file-${String(i).padStart(4, "0")}.txt`);
    eq(names.length, 2500, "count");
    eq(names.every((n, i) => n === want[i]), true, "order");
    const lists = (await control("requests")).filter((r) => r.path === "/v1/files");
    eq(lists.length, 26, "requests");
    return eq(lists.map((r) => r.query.skip).slice(0, 3), ["0", "100", "200"], "skips");
  });
  await check("iterateFiles: break stops the requests; an aborted signal rejects with AbortError", async () => {
    await clearLog();
    let n = 0;
    for await (const _ of ik.iterateFiles({ path: "/paging", limit: 100, skip: 50 })) if (++n === 150) break;
    eq((await control("requests")).filter((r) => r.path === "/v1/files").length, 2, "two pages for 150 files");
    const c = new AbortController();
    const seen = [];
    const e = await rejects((async () => {
      for await (const f of ik.iterateFiles({ path: "/paging", limit: 100 }, { signal: c.signal })) {
        seen.push(f);
        if (seen.length === 120) c.abort();
      }
    })(), "AbortError");
    return eq([seen.length, e.name], [120, "AbortError"]);
  });

  return result();
}

/** An HS256 JWT over `payload`, signed with the private key (WebCrypto, as a customer's server might). */
async function jwt(payload) {
  const enc = (obj) => b64url(new TextEncoder().encode(JSON.stringify(obj)));
  const head = `${enc({ alg: "HS256", typ: "JWT", kid: PUBLIC_KEY })}.${enc(payload)}`;
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(PRIVATE_KEY), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return `${head}.${b64url(new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(head))))}`;
}

function b64url(bytes) {
  return btoa(String.fromCharCode(...bytes)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}
