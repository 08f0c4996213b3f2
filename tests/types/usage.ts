// Type-checks the declared API as a user writes it (tests/runtimes/package-checks.mjs runs tsc over this file in
// the scratch project, against the installed package, with moduleResolution bundler and node16). Not executed.
import {
  AbortError, APIError, BadRequestError, buildSrc, buildTransformationString, ConflictError, ConnectionError,
  ForbiddenError, getResponsiveImageAttributes, ImageKit, ImageKitError, InternalServerError, NotFoundError,
  PartialSuccessError, phashDistance, TimeoutError, TooManyRequestsError, UnauthorizedError, UnknownError,
  unwrapWebhook, ValidationError, verifyWebhookEvent, WebhookVerificationError,
} from "imagekit-wasm";
import type {
  AuthenticationParameters, ImageKitOptions, Overlay, ResponsiveImageAttributes, SrcOptions, Transformation,
  VerifiedWebhookEvent,
} from "imagekit-wasm";
import init, { ImageKit as SlimImageKit, initSync, phashDistance as slimPhash } from "imagekit-wasm/slim";

const options: ImageKitOptions = {
  publicKey: "public_key", privateKey: "private_key", urlEndpoint: "https://ik.imagekit.io/demo",
  transformationPosition: "query", timeout: 30_000, maxRetries: 1, webhookSecret: "whsec_x", url_endpoint: "snake",
};
const ik = new ImageKit(options);
new ImageKit();
// @ts-expect-error transformationPosition is "path" | "query"
new ImageKit({ transformationPosition: "side" });

const overlay: Overlay = { type: "text", text: "Hi", position: { x: 10, focus: "center" }, transformation: [{ fontSize: 20 }] };
// @ts-expect-error an image overlay needs `input`
const badOverlay: Overlay = { type: "image" };
const steps: Transformation[] = [{ width: 300, height: "200", crop: "at_max" }, { rotation: 90, overlay }, { raw: "l-end" }];

const u1: string = ik.url({ path: "/default-image.jpg", transformation: steps, signed: true, expireSeconds: 300 });
const u2: string = ik.buildSrc({ src: "/a.jpg", urlEndpoint: "https://ik.imagekit.io/demo", signed: true, expiresIn: 60 });
const src: SrcOptions = { src: "/a.jpg", urlEndpoint: "https://ik.imagekit.io/demo", queryParameters: { v: 1, keep: null } };
const u3: string = buildSrc(src);
// @ts-expect-error src and urlEndpoint are required
buildSrc({ transformation: steps });
const tr: string = buildTransformationString(steps) + buildTransformationString();
const attrs: ResponsiveImageAttributes = getResponsiveImageAttributes({ ...src, width: 400, sizes: "50vw", deviceBreakpoints: [640, 1080] });
const srcSet: string | undefined = attrs.srcSet;
// @ts-expect-error width is optional
const w: number = attrs.width;

const auth: AuthenticationParameters = ik.getAuthenticationParameters();
const auth2: AuthenticationParameters = ik.getAuthenticationParameters("token", 1_900_000_000);
const sig: string = auth.signature + auth2.token + String(auth.expire);
const d: number = phashDistance("2d5a", "2d6e") + ik.phashDistance("2d5a", "2d6e");
// @ts-expect-error hashes are strings
phashDistance(1, 2);

interface VideoEvent { type: string; data: { asset: { url: string } } }
const verified: VerifiedWebhookEvent<VideoEvent> = verifyWebhookEvent<VideoEvent>("{}", "t=1,v1=ab", "whsec_x");
const at: number = verified.timestamp;
const url: string = verified.event.data.asset.url;
ik.verifyWebhookEvent(new Uint8Array(2), "t=1,v1=ab");
const e1: VideoEvent = unwrapWebhook<VideoEvent>("{}", new Headers(), "secret");
const e2: unknown = unwrapWebhook(new ArrayBuffer(2), { "webhook-id": "m", "webhook-signature": ["v1,x"] }, "secret");
ik.unwrapWebhook(new DataView(new ArrayBuffer(2)), { get: (name: string) => (name ? null : "") });
const shown: Record<string, unknown> = ik.toJSON();
const text: string = ik.toString();
ik.free();

function describe(e: unknown): string {
  if (e instanceof TooManyRequestsError) return `retry after ${e.retryAfter ?? "?"}`;
  if (e instanceof APIError) return `${e.status ?? 0} ${e.help ?? ""} ${e.responseMetadata?.headers["x-request-id"] ?? ""}`;
  if (e instanceof WebhookVerificationError || e instanceof ValidationError) return e.message;
  if (e instanceof TimeoutError || e instanceof ConnectionError || e instanceof AbortError) return e.name;
  if (e instanceof ImageKitError) return e.stack ?? "";
  return String(e);
}
const apiErrors: (typeof APIError)[] = [BadRequestError, UnauthorizedError, ForbiddenError, NotFoundError, ConflictError,
  TooManyRequestsError, InternalServerError, PartialSuccessError, UnknownError];
const base: ImageKitError = new NotFoundError("x");

async function slim(bytes: Uint8Array, module: WebAssembly.Module): Promise<number> {
  await init();
  await init({ module_or_path: new URL("https://cdn.example/imagekit_wasm_bg.wasm") });
  initSync({ module });
  initSync(bytes);
  return slimPhash("2d5a", "2d6e") + new SlimImageKit({ urlEndpoint: "https://ik.imagekit.io/demo" }).phashDistance("a", "b");
}

export const used = [u1, u2, u3, tr, srcSet, w, sig, d, at, url, e1, e2, shown, text, describe, apiErrors, base, slim, badOverlay];

// The media API of SPEC §5 is typed on the client.
async function mediaApi(ik: ImageKit, signal: AbortSignal): Promise<string> {
  const files = await ik.listFiles({ searchQuery: 'name = "a.jpg"', limit: 10 }, { signal, timeout: 5000, maxRetries: 1 });
  const first: string = files[0].fileId;
  const up = await ik.uploadFile({ file: new Uint8Array([1]), fileName: "a.png", onProgress: (p) => void p.loaded });
  await ik.addTags([first], ["x"]);
  const job = await ik.copyFolder({ sourceFolderPath: "/a", destinationPath: "/b" });
  // @ts-expect-error fileId is a string
  await ik.getFileDetails(42);
  return `${up.filePath}${job.jobId}${(await ik.getBulkJobStatus(job.jobId)).status}`;
}
void mediaApi;

// ---- issue 17: parseUrl / transformUrl / ik.verifyUrl / ik.transformUrl / responsive widths (parse.d.ts) ----
import { parseUrl as parse17, transformUrl as transform17 } from "imagekit-wasm";
import type { ParsedUrl, VerifyUrlResult } from "imagekit-wasm";
const parsed17: ParsedUrl = parse17("https://ik.imagekit.io/demo/tr:w-300/a.jpg", { urlEndpoint: "https://ik.imagekit.io/demo" });
const rebuilt17: string = buildSrc(parsed17) + ik.buildSrc(ik.parseUrl("https://ik.imagekit.io/demo/a.jpg"));
const expires17: number | null = parsed17.signature?.expiresAt ?? null;
const edited17: string = transform17("https://ik.imagekit.io/demo/a.jpg", { width: 500, height: undefined })
  + transform17("https://ik.imagekit.io/demo/a.jpg", (s) => [...s, { rotation: 90 }], { transformationPosition: "path" })
  + ik.transformUrl("https://ik.imagekit.io/demo/a.jpg?ik-s=x", null, { expiresIn: 60 });
const verified17: VerifyUrlResult = ik.verifyUrl("https://ik.imagekit.io/demo/a.jpg?ik-s=x", { now: Date.now() });
const valid17: boolean = verified17.valid && !verified17.expired && verified17.signedString.length > 0;
// @ts-expect-error the edit function returns steps
transform17("https://ik.imagekit.io/demo/a.jpg", () => "w-1");
const widths17 = getResponsiveImageAttributes({ src: "a.jpg", urlEndpoint: "https://e.io", widths: [400, 800], devicePixelRatios: [1, 2], variableQuality: true });
export const used17 = [rebuilt17, expires17, edited17, valid17, widths17];
