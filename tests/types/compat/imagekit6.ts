// TypeScript written for `imagekit` 6.0.0 (ES module view). tests/types/compat-check.mjs compiles it unchanged
// against the official package and, with only the import line changed, against imagekit-wasm/compat/imagekit.
import ImageKit from "imagekit";

const ik = new ImageKit({ publicKey: "public_key", privateKey: "private_key", urlEndpoint: "https://ik.imagekit.io/demo" });
const url: string = ik.url({ path: "/a.jpg", transformation: [{ width: 300, height: 200 }], signed: true, expireSeconds: 60 });
const src: string = ik.url({ src: "https://ik.imagekit.io/demo/a.jpg", transformationPosition: "query", queryParameters: { v: "1" } });
const auth: { token: string; expire: number; signature: string } = ik.getAuthenticationParameters();
const distance: number | Error = ik.pHashDistance("f06830ca9f1e3e90", "f06830ca9f1e3e91");
const { verifyWebhookEvent } = ik;
const verified = verifyWebhookEvent("{}", "t=1,v1=ab", "whsec");
const timestamp: number = verified.timestamp;

async function run(): Promise<void> {
  const uploaded = await ik.upload({ file: "https://example.com/a.jpg", fileName: "a.jpg", tags: ["x"], useUniqueFileName: false });
  const fileId: string = uploaded.fileId;
  const status: number = uploaded.$ResponseMetadata.statusCode;
  ik.upload({ file: "base64", fileName: "b.jpg" }, (err, result) => {
    if (err) return console.log(err.message);
    console.log(result?.url);
  });
  const files = await ik.listFiles({ path: "/", limit: 10, sort: "ASC_NAME" });
  for (const f of files) console.log(f.type === "folder" ? f.folderPath : f.filePath);
  ik.listFiles({ skip: 0 }, (err, list) => console.log(err, list?.length));
  const details = await ik.getFileDetails(fileId);
  console.log(details.name, details.$ResponseMetadata.headers);
  await ik.getFileVersions(fileId);
  await ik.getFileVersionDetails({ fileId, versionId: "v" });
  const meta = await ik.getFileMetadata(fileId);
  console.log(meta.pHash, meta.width);
  await ik.updateFileDetails(fileId, { tags: ["a"], customCoordinates: "0,0,1,1", publish: { isPublished: true } });
  await ik.bulkAddTags([fileId], ["t"]);
  await ik.bulkRemoveTags([fileId], ["t"]);
  await ik.bulkRemoveAITags([fileId], ["car"]);
  await ik.deleteFileVersion({ fileId, versionId: "v" });
  await ik.restoreFileVersion({ fileId, versionId: "v" });
  const purge = await ik.purgeCache("https://ik.imagekit.io/demo/a.jpg");
  const purgeStatus = await ik.getPurgeCacheStatus(purge.requestId);
  console.log(purgeStatus.status === "Completed");
  ik.bulkDeleteFiles([fileId], (err, r) => console.log(err, r?.successfullyDeletedFileIds));
  await ik.copyFile({ sourceFilePath: "/a.jpg", destinationPath: "/b", includeFileVersions: true });
  await ik.moveFile({ sourceFilePath: "/a.jpg", destinationPath: "/b" });
  const renamed = await ik.renameFile({ filePath: "/a.jpg", newFileName: "c.jpg", purgeCache: true });
  console.log(renamed.purgeRequestId);
  await ik.createFolder({ folderName: "f", parentFolderPath: "/" });
  await ik.deleteFolder("/f");
  const job = await ik.copyFolder({ sourceFolderPath: "/a", destinationPath: "/b" });
  await ik.moveFolder({ sourceFolderPath: "/a", destinationPath: "/b" });
  await ik.getBulkJobStatus(job.jobId);
  const field = await ik.createCustomMetadataField({ name: "price", label: "Price", schema: { type: "Number", minValue: 0 } });
  const fields = await ik.getCustomMetadataFields({ includeDeleted: false });
  console.log(fields.length, field.id);
  await ik.updateCustomMetadataField(field.id, { label: "Cost" });
  await ik.deleteCustomMetadataField(field.id);
  await ik.deleteFile(fileId);
}

export { url, src, auth, distance, timestamp, run };
