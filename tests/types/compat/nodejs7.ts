// TypeScript written for `@imagekit/nodejs` 7.11.0, with its `ImageKit.*` type namespace. tests/types/compat-check.mjs
// compiles it unchanged against the official package and, with only the import line changed, against imagekit-wasm.
import ImageKit from "@imagekit/nodejs";

const client = new ImageKit({ privateKey: "private_key", maxRetries: 1, timeout: 10_000 });
const defaults = client.withOptions({ defaultHeaders: new Headers({ "x-team": "t" }), defaultQuery: { v: "1" } });

export async function run(bytes: Uint8Array<ArrayBuffer>): Promise<unknown[]> {
  const params: ImageKit.Files.FileUploadParams = { file: await ImageKit.toFile(bytes, "a.png"), fileName: "a.png", tags: ["x"] };
  const uploaded: ImageKit.FileUploadResponse = await client.files.upload(params);
  const again: ImageKit.Files.FileUploadResponse = await client.files.upload({ file: new File([bytes], "b.png"), fileName: "b.png" });
  const id: string = uploaded.fileId ?? "";
  const file: ImageKit.File = await client.files.get(id, { headers: { "x-call": "c", "x-gone": null }, query: { a: "b" } });
  const same: ImageKit.Files.File = file;
  const name: string | undefined = same.name;
  const update: ImageKit.FileUpdateParams = { tags: ["z"], customCoordinates: "0,0,1,1" };
  await client.files.update(id, update);
  const copy: ImageKit.FileCopyParams = { sourceFilePath: "/a.png", destinationPath: "/b" };
  await client.files.copy(copy, { timeout: 5000, maxRetries: 0 });
  const move: ImageKit.Files.FileMoveParams = { sourceFilePath: "/b/a.png", destinationPath: "/c" };
  await client.files.move(move);
  const rename: ImageKit.FileRenameParams = { filePath: "/c/a.png", newFileName: "d.png", purgeCache: false };
  await client.files.rename(rename);
  const list: ImageKit.AssetListParams = { path: "/", limit: 10, skip: 0 };
  const assets = await client.assets.list(list, { signal: AbortSignal.timeout(1000) });
  const folder: ImageKit.Folders.FolderCreateParams = { folderName: "f", parentFolderPath: "/" };
  await client.folders.create(folder);
  const field: ImageKit.CustomMetadataFieldCreateParams = { name: "price", label: "Price", schema: { type: "Number", minValue: 0, maxValue: 10 } };
  const made: ImageKit.CustomMetadataField = await client.customMetadataFields.create(field);
  const options: ImageKit.RequestOptions = { timeout: 1000, maxRetries: 0, headers: { "x-a": "1" }, fetchOptions: { credentials: "omit" } };
  await client.customMetadataFields.list({ includeDeleted: true }, options);
  const raw = await defaults.get<{ a: number }>("/v1/files", { query: { type: "folder" }, headers: [["x-b", "2"]] });
  const transformation: ImageKit.Transformation = { width: 300, height: 200 };
  const src: ImageKit.SrcOptions = { src: "/a.jpg", urlEndpoint: "https://ik.imagekit.io/demo", transformation: [transformation] };
  const url: string = client.helper.buildSrc(src);
  const position: ImageKit.TransformationPosition = "path";
  const event: ImageKit.UnwrapWebhookEvent = client.webhooks.unwrap("{}", { headers: { "webhook-id": "x" } });
  const created: ImageKit.Webhooks.FileCreateEvent | undefined = event.type === "file.created" ? event : undefined;
  try {
    await client.files.delete(id);
  } catch (e) {
    if (e instanceof ImageKit.NotFoundError) console.log(e.status, e.headers?.get("x-request-id"), e.error);
    else if (e instanceof ImageKit.APIError) console.log(e.message);
  }
  return [again, name, assets.length, made.id, raw, url, position, created];
}
