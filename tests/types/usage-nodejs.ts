// Type-checks the `@imagekit/nodejs` 7 surface as a user of that SDK writes it (not executed; see usage.ts).
import ImageKit, { AuthenticationError, RateLimitError, toFile, UnauthorizedError, type OriginResponse } from "imagekit-wasm";

export async function nodejsStyle(bytes: Uint8Array): Promise<unknown[]> {
  const client = new ImageKit({ privateKey: "k", baseURL: "http://127.0.0.1:9", password: null, maxRetries: 0 });
  const file = await client.files.upload({ file: await toFile(bytes, "a.png"), fileName: "a.png", tags: ["x"] });
  const details = await client.files.get(file.fileId);
  const version = await client.files.versions.get(details.versionInfo.id, { fileId: file.fileId });
  const gone: null = await client.files.delete(file.fileId);
  const origin: OriginResponse = await client.accounts.origins.create({ type: "WEB_FOLDER", name: "w", baseUrl: "https://e.com" });
  const usage = await client.accounts.usage.get({ startDate: "2024-01-01", endDate: "2024-01-31" });
  const nt = await client.namedTransformations.create({ name: "t", transformation: "w-100" });
  const job = await client.folders.rename({ folderPath: "/a", newFolderName: "b", purgeCache: true });
  const names: string[] = [];
  for await (const f of client.iterateFiles({ path: "/", limit: 100 }, { signal: AbortSignal.timeout(1000) })) names.push(f.name);
  const event = client.webhooks.unwrap<{ type: string }>("{}", { headers: { "webhook-id": "x" } });
  const same: typeof UnauthorizedError = AuthenticationError;
  const caught = (e: unknown) => e instanceof ImageKit.NotFoundError || e instanceof RateLimitError;
  const src: string = client.helper.buildSrc({ src: "/a.jpg", urlEndpoint: "https://ik.imagekit.io/demo" });
  const v2 = await client.beta.v2.files.upload({ file: new Blob([]), fileName: "b.png", token: "jwt" });
  return [version, gone, origin.id, usage.bandwidthBytes, nt.enabled, job.jobId, names, event.type, same, caught, src, v2.filePath];
}

// The `ImageKit.*` type namespace of the ES module view: our names and `@imagekit/nodejs` 7's.
export async function typeNamespace(client: ImageKit, bytes: Uint8Array<ArrayBuffer>): Promise<unknown[]> {
  const p: ImageKit.Files.FileUploadParams = { file: new Blob([bytes]), fileName: "a.png", folder: "/x" };
  const up: ImageKit.UploadResult = await client.files.upload(p);
  const f: ImageKit.FileObject = await client.files.get(up.fileId);
  const same: ImageKit.File = f;
  const options: ImageKit.RequestOptions = { headers: new Headers({ "x-a": "1" }), query: { a: 1 }, fetchOptions: { keepalive: true } };
  const list: ImageKit.AssetListParams = { path: "/", limit: 1 };
  const files: ImageKit.FileObject[] = (await client.assets.list(list, options)).filter((x): x is ImageKit.FileObject => x.type === "file");
  const err: ImageKit.NotFoundError | undefined = undefined;
  const text: string = await client.get<string>("/v1/text", { headers: [["x-b", "2"], ["x-b", "3"]] });
  return [same.fileId, files, err, text];
}
