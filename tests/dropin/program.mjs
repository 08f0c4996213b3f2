// A program written against `@imagekit/nodejs` 7 (its resources, argument shapes and statics), exercising every
// resource. tests/dropin/dropin.mjs runs it with that SDK and with imagekit-wasm — the only difference is which
// `ImageKit` it is given — against the same local server, and compares the summaries it returns.
// Random parts (ids, timestamps, unique names) are normalised so that the two runs can be compared.

import { normalise } from "./steps.mjs";
import { optionSteps } from "./program-options.mjs";
import { requestSteps } from "./program-requests.mjs";

export async function program(ImageKit, { baseURL, privateKey }) {
  const client = new ImageKit({ privateKey, baseURL, webhookSecret: "whsec_dropin_secret", maxRetries: 0 });
  const out = {};
  const step = async (name, fn) => {
    try {
      out[name] = normalise(await fn());
    } catch (e) {
      out[name] = {
        error: e instanceof ImageKit.APIError ? "APIError" : e?.constructor?.name ?? String(e),
        status: e?.status,
        notFound: e instanceof ImageKit.NotFoundError,
        badRequest: e instanceof ImageKit.BadRequestError,
        conflict: e instanceof ImageKit.ConflictError,
      };
    }
  };
  const png = new Uint8Array(await (await fetch(`${baseURL}/fixtures/image-3x2.png`)).arrayBuffer());

  // files
  let file;
  await step("files.upload(toFile)", async () => (file = await client.files.upload({
    file: await ImageKit.toFile(png, "a.png"), fileName: "a.png", useUniqueFileName: false, folder: "/dropin", tags: ["x", "y"],
  })));
  await step("files.upload(File)", () => client.files.upload({ file: new File([png], "b.png"), fileName: "b.png", useUniqueFileName: false, folder: "/dropin" }));
  await step("files.upload(base64)", () => client.files.upload({ file: btoa(String.fromCharCode(...png)), fileName: "c.png", useUniqueFileName: false }));
  await step("files.upload(unique name)", async () => {
    const r = await client.files.upload({ file: await ImageKit.toFile(png, "u.png"), fileName: "u.png" });
    return /^u_[A-Za-z0-9]{9}\.png$/.test(r.name);
  });
  await step("files.get", () => client.files.get(file.fileId));
  await step("files.get(404)", () => client.files.get("000000000000000000000000"));
  await step("files.update", () => client.files.update(file.fileId, { tags: ["z"], customCoordinates: "0,0,1,1" }));
  await step("files.bulk.addTags", () => client.files.bulk.addTags({ fileIds: [file.fileId], tags: ["b1", "b2"] }));
  await step("files.bulk.removeTags", () => client.files.bulk.removeTags({ fileIds: [file.fileId], tags: ["b2"] }));
  await step("files.bulk.removeAITags", () => client.files.bulk.removeAITags({ fileIds: [file.fileId], AITags: ["car"] }));
  await step("files.bulk.addTags(missing)", () => client.files.bulk.addTags({ fileIds: ["000000000000000000000000"], tags: ["t"] }));
  await step("files.upload(new version)", () => client.files.upload({ file: new File([png], "a.png"), fileName: "a.png", useUniqueFileName: false, folder: "/dropin" }));
  let versions;
  await step("files.versions.list", async () => (versions = await client.files.versions.list(file.fileId)));
  const older = versions?.find?.((v) => v.versionInfo.id === file.fileId);
  const newer = versions?.find?.((v) => v.versionInfo.id !== file.fileId);
  await step("files.versions.get", () => client.files.versions.get(older.versionInfo.id, { fileId: file.fileId }));
  await step("files.versions.restore", () => client.files.versions.restore(older.versionInfo.id, { fileId: file.fileId }));
  await step("files.versions.delete", () => client.files.versions.delete(newer.versionInfo.id, { fileId: file.fileId }));
  await step("files.metadata.get", () => client.files.metadata.get(file.fileId));
  await step("files.metadata.getFromURL", () => client.files.metadata.getFromURL({ url: file.url }));
  await step("files.copy", () => client.files.copy({ sourceFilePath: "/dropin/a.png", destinationPath: "/copies", includeFileVersions: false }));
  await step("files.move", () => client.files.move({ sourceFilePath: "/copies/a.png", destinationPath: "/moved" }));
  await step("files.rename", () => client.files.rename({ filePath: "/moved/a.png", newFileName: "renamed.png", purgeCache: false }));
  await step("assets.list", () => client.assets.list({ path: "/dropin", sort: "ASC_NAME" }));
  await step("assets.list(search)", () => client.assets.list({ searchQuery: 'name = "renamed.png"', type: "file" }));

  // folders
  await step("folders.create", () => client.folders.create({ folderName: "made", parentFolderPath: "/" }));
  let job;
  await step("folders.copy", async () => (job = await client.folders.copy({ sourceFolderPath: "/dropin", destinationPath: "/made", includeVersions: true })));
  await step("folders.job.get", () => client.folders.job.get(job.jobId));
  await step("folders.move", () => client.folders.move({ sourceFolderPath: "/moved", destinationPath: "/made" }));
  await step("folders.rename", async () => client.folders.job.get((await client.folders.rename({ folderPath: "/made", newFolderName: "made2", purgeCache: true })).jobId));
  await step("assets.list(folders)", () => client.assets.list({ type: "folder", sort: "ASC_NAME" }));
  await step("folders.delete", () => client.folders.delete({ folderPath: "/made2" }));
  await step("folders.delete(404)", () => client.folders.delete({ folderPath: "/made2" }));

  // cache
  await step("cache.invalidation", async () => client.cache.invalidation.get((await client.cache.invalidation.create({ url: file.url })).requestId));

  // custom metadata fields
  let field;
  await step("customMetadataFields.create", async () => (field = await client.customMetadataFields.create({ name: "price", label: "Price", schema: { type: "Number", minValue: 0, maxValue: 100 } })));
  await step("customMetadataFields.list", () => client.customMetadataFields.list());
  await step("customMetadataFields.update", () => client.customMetadataFields.update(field.id, { label: "Cost" }));
  await step("files.update(customMetadata 400)", () => client.files.update(file.fileId, { customMetadata: { price: 500 } }));
  await step("customMetadataFields.delete", () => client.customMetadataFields.delete(field.id));
  await step("customMetadataFields.list(includeDeleted)", () => client.customMetadataFields.list({ includeDeleted: true }));

  // saved extensions, named transformations, origins, URL endpoints
  const crud = async (name, resource, create, update) => {
    let made;
    await step(`${name}.create`, async () => (made = await resource.create(create)));
    await step(`${name}.list`, () => resource.list());
    await step(`${name}.get`, () => resource.get(made.id));
    await step(`${name}.update`, () => resource.update(made.id, update));
    await step(`${name}.delete`, () => resource.delete(made.id));
    await step(`${name}.get(404)`, () => resource.get(made.id));
    return made;
  };
  await crud("savedExtensions", client.savedExtensions,
    { name: "bg", description: "Remove background", config: { name: "remove-bg", options: { add_shadow: true } } }, { description: "changed" });
  await crud("namedTransformations", client.namedTransformations, { name: "thumb", transformation: "w-100,h-100" }, { enabled: false });
  await step("namedTransformations.create(conflict)", async () => {
    await client.namedTransformations.create({ name: "dup", transformation: "w-1" });
    return client.namedTransformations.create({ name: "dup", transformation: "w-2" });
  });
  const origins = [
    { type: "S3", name: "s3", bucket: "b", accessKey: "k", secretKey: "s", prefix: "p" },
    { type: "S3_COMPATIBLE", name: "s3c", bucket: "b", endpoint: "https://s3.example.com", accessKey: "k", secretKey: "s" },
    { type: "CLOUDINARY_BACKUP", name: "cb", bucket: "b", accessKey: "k", secretKey: "s" },
    { type: "WEB_FOLDER", name: "wf", baseUrl: "https://example.com" },
    { type: "WEB_PROXY", name: "wp" },
    { type: "GCS", name: "gcs", bucket: "b", clientEmail: "e@x.iam.gserviceaccount.com", privateKey: "pk" },
    { type: "AZURE_BLOB", name: "az", accountName: "a", container: "c", sasToken: "t" },
    { type: "AKENEO_PIM", name: "ak", baseUrl: "https://pim.example.com", clientId: "i", clientSecret: "s", username: "u", password: "p" },
  ];
  for (const o of origins) await step(`accounts.origins.create(${o.type})`, () => client.accounts.origins.create(o));
  await step("accounts.origins.create(missing field)", () => client.accounts.origins.create({ type: "S3", name: "x", bucket: "b" }));
  const origin = await crud("accounts.origins", client.accounts.origins, { type: "WEB_PROXY", name: "crud" }, { type: "WEB_FOLDER", name: "crud2", baseUrl: "https://e.com" });
  const kept = await client.accounts.origins.create({ type: "WEB_PROXY", name: "kept" });
  await crud("accounts.urlEndpoints", client.accounts.urlEndpoints,
    { description: "e", urlPrefix: "pre", origins: [kept.id], urlRewriter: { type: "IMGIX" } }, { description: "e2", urlPrefix: "pre2" });
  await step("accounts.origins.get(deleted)", () => client.accounts.origins.get(origin.id));
  await step("accounts.usage.get", () => client.accounts.usage.get({ startDate: "2024-01-01", endDate: "2024-01-31" }));
  await step("accounts.usage.get(400)", () => client.accounts.usage.get({ startDate: "2024-01-31", endDate: "2024-01-01" }));
  await step("accounts.usageAnalytics.get", () => client.accounts.usageAnalytics.get({ startDate: "2024-01-01", endDate: "2024-01-31" }));

  // the V2 upload (server-side)
  await step("beta.v2.files.upload", () => client.beta.v2.files.upload({ file: new File([png], "v2.png"), fileName: "v2.png", useUniqueFileName: false, tags: ["v2"] }));

  // helper
  await step("helper.buildSrc", () => [
    client.helper.buildSrc({ src: "/a.jpg", urlEndpoint: "https://ik.imagekit.io/demo", transformation: [{ width: 300, height: 200 }] }),
    client.helper.buildSrc({ src: "/a.jpg", urlEndpoint: "https://ik.imagekit.io/demo", transformation: [{ width: 300 }], transformationPosition: "path" }),
    client.helper.buildSrc({ src: "/a b.jpg", urlEndpoint: "https://ik.imagekit.io/demo", signed: true }),
  ]);
  await step("helper.buildTransformationString", () => client.helper.buildTransformationString([{ width: 100, height: 50 }, { rotation: 90 }]));
  await step("helper.getAuthenticationParameters", () => client.helper.getAuthenticationParameters("token-1", 1999999999));

  // webhooks (Standard Webhooks, keyed with the client's webhookSecret)
  const body = JSON.stringify({ type: "file.created", id: "evt_1", created_at: "2024-01-01T00:00:00Z", data: { fileId: "f" } });
  const headers = await signWebhook(body, "whsec_dropin_secret");
  await step("webhooks.unwrap", () => client.webhooks.unwrap(body, { headers }));
  await step("webhooks.unwrap(bad signature)", () => client.webhooks.unwrap(body, { headers: { ...headers, "webhook-signature": "v1,AAAA" } }));
  await step("webhooks.unsafeUnwrap", () => client.webhooks.unsafeUnwrap(body));

  // delete last
  await step("files.delete", () => client.files.delete(file.fileId));
  await step("files.bulk.delete", async () => {
    const list = await client.assets.list({ path: "/dropin" });
    return client.files.bulk.delete({ fileIds: list.map((f) => f.fileId) });
  });
  await step("assets.list(after delete)", () => client.assets.list({ path: "/dropin" }));

  // client and request options, error details, retries (COMPAT §3)
  await optionSteps(ImageKit, { baseURL, privateKey }, step);
  // how 7.x builds requests and reads answers: fetchOptions, Headers, raw bodies and queries, Retry-After
  await requestSteps(ImageKit, { baseURL, privateKey }, step);
  return out;
}

/** Standard Webhooks headers for `body`, the key taken as @imagekit/nodejs takes it (the secret's UTF-8 bytes). */
async function signWebhook(body, secret) {
  const id = "msg_1", ts = String(Math.floor(Date.now() / 1000));
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const sig = new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(`${id}.${ts}.${body}`)));
  return { "webhook-id": id, "webhook-timestamp": ts, "webhook-signature": `v1,${btoa(String.fromCharCode(...sig))}` };
}
