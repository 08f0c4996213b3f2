// The README's examples (README.md "Use" and the package README), type-checked under `strict` in both resolutions
// (tests/runtimes/package-checks.mjs), plus what must NOT compile: option typos and wrong value types
// (`@ts-expect-error` fails the build if the line compiles), and no `any` from the package (`NotAny`).
import ImageKit, {
  buildSrc, NotFoundError, phashDistance, TooManyRequestsError, ValidationError, type FileObject, type FolderObject,
  type WebhookEvent,
} from "imagekit-wasm";

/** `true` only when T is not `any`: `const x: NotAny<T> = true` fails to compile for an `any`. */
type NotAny<T> = 0 extends 1 & T ? false : true;
declare const signal: AbortSignal;
declare const file: File;
declare const bar: HTMLProgressElement;
declare const authFromServer: { token: string; signature: string; expire: number };
declare const env: { IMAGEKIT_PRIVATE_KEY: string; IMAGEKIT_URL_ENDPOINT: string };

export async function readmeExamples(): Promise<unknown[]> {
  const ik = new ImageKit({
    publicKey: "public_key_test",
    privateKey: "private_key_test",
    urlEndpoint: "https://ik.imagekit.io/demo",
  });
  const u1: string = ik.url({ path: "/default-image.jpg", transformation: [{ height: 300, width: 400 }] });
  const u2: string = ik.url({ path: "/default-image.jpg", transformation: [{ width: 100 }], signed: true, expireSeconds: 300 });
  const u3: string = buildSrc({ src: "/a.jpg", urlEndpoint: "https://ik.imagekit.io/demo", transformation: [{ width: 300, grayscale: true }] });
  const auth = ik.getAuthenticationParameters();
  const d: number = phashDistance("2d5ad3936d2e015b", "2d6ed293db36a4fb");

  const files = await ik.listFiles({ searchQuery: 'name = "a.jpg"' }, { timeout: 10_000, signal });
  const status: number = files.responseMetadata.httpStatusCode;
  const first: FileObject | undefined = files[0];
  const size: number | undefined = files[0]?.size;
  const width: number | undefined = files[0]?.width;
  const tags: string[] | null | undefined = files[0]?.tags;
  const noAny: [NotAny<typeof size>, NotAny<typeof width>, NotAny<typeof tags>, NotAny<(typeof files)[number]>] = [true, true, true, true];
  // @ts-expect-error not a field of a file
  files[0]?.notAFieldAtAll;

  const folders: FolderObject[] = await ik.listFiles({ type: "folder" });
  const mixed: (FileObject | FolderObject)[] = await ik.listFiles({ type: "all" });
  const meta = await ik.getFileMetadata("file_id");
  const metaWidth: number | undefined = meta.width;
  const job = await ik.folders.job.get("job_id");
  const jobStatus: "Pending" | "Completed" = job.status;
  const uploaded = await ik.uploadFile({ file: "https://example.com/a.jpg", fileName: "a.jpg", useUniqueFileName: false });
  const versionId: string | undefined = uploaded.versionInfo?.id;
  const snake = await ik.uploadFile({ file: "https://example.com/a.jpg", file_name: "a.jpg", is_private_file: true });
  const noAny2: [NotAny<typeof meta>, NotAny<typeof job>, NotAny<typeof uploaded.versionInfo>, NotAny<typeof snake>] = [true, true, true, true];

  try {
    await ik.getFileDetails("missing");
  } catch (e) {
    if (e instanceof NotFoundError) console.log(e.status, e.help, e.responseMetadata.headers);
    if (e instanceof TooManyRequestsError) console.log(e.retryAfter, e.rateLimit.limit, e.rateLimit.remaining, e.rateLimit.reset);
    if (e instanceof ValidationError) console.log(e.message);
  }

  const browser = new ImageKit({ publicKey: "public_key_test", urlEndpoint: "https://ik.imagekit.io/demo" });
  await browser.uploadFile({ file, fileName: file.name, ...authFromServer, onProgress: ({ loaded, total }) => (bar.value = loaded / total) });

  const worker = {
    async fetch(_request: Request) {
      const w = new ImageKit({ privateKey: env.IMAGEKIT_PRIVATE_KEY, urlEndpoint: env.IMAGEKIT_URL_ENDPOINT });
      return Response.json({ url: w.url({ path: "/a.jpg", signed: true, expireSeconds: 600 }) });
    },
  };

  const event = ik.unwrapWebhook("{}", new Headers(), "secret");
  const eventUrl: string | undefined = event.type === "video.transformation.ready" ? event.data.transformation.output?.url : undefined;
  const typed: WebhookEvent = ik.webhooks.unwrap("{}");
  const noAny3: [NotAny<typeof event>, NotAny<typeof typed>] = [true, true];

  return [u1, u2, u3, auth, d, status, first, size, width, tags, noAny, folders, mixed, metaWidth, jobStatus, versionId,
    noAny2, worker, eventUrl, noAny3];
}

/** What must not compile: typos in option names and wrong value types, in each options object. */
export function mistakes(ik: ImageKit): unknown[] {
  return [
    // @ts-expect-error typo in a constructor option
    new ImageKit({ urlEndpont: "https://ik.imagekit.io/demo" }),
    // @ts-expect-error wrong type of a constructor option
    new ImageKit({ timeout: "10s" }),
    // @ts-expect-error a snake_case alias keeps its value type
    new ImageKit({ url_endpoint: 1 }),
    // @ts-expect-error typo in a url option
    ik.url({ path: "/a.jpg", expireSecond: 300 }),
    // @ts-expect-error typo in a transformation key
    ik.url({ path: "/a.jpg", transformation: [{ widht: 300 }] }),
    // @ts-expect-error wrong type of a transformation value
    ik.url({ path: "/a.jpg", transformation: [{ width: { px: 300 } }] }),
    // @ts-expect-error wrong type of a url option
    ik.url({ path: "/a.jpg", signed: "yes" }),
    // @ts-expect-error typo in a buildSrc option
    buildSrc({ src: "/a.jpg", urlEndpoint: "https://ik.imagekit.io/demo", transformationPostion: "path" }),
    // @ts-expect-error typo in a listFiles option
    ik.listFiles({ serchQuery: "x" }),
    // @ts-expect-error typo in an upload option
    ik.uploadFile({ file: "https://example.com/a.jpg", fileName: "a.jpg", useUniqueFilename: false }),
    // @ts-expect-error wrong type of an upload option
    ik.uploadFile({ file: "https://example.com/a.jpg", fileName: "a.jpg", isPrivateFile: "no" }),
    // @ts-expect-error typo in a request option
    ik.listFiles({}, { timout: 1 }),
    // @ts-expect-error typo in updateFileDetails
    ik.updateFileDetails("id", { tag: ["x"] }),
  ];
}
