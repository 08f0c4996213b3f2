// A program written against `@imagekit/javascript` 5.5.1: buildSrc over every 5.x transformation key in both
// positions, overlays, buildTransformationString, getResponsiveImageAttributes, and the free upload() with each file
// kind, each argument error, the server's answers (each error class), abortSignal, onProgress and opts.xhr.
// dropin-imagekit-javascript5.mjs runs it with the official package and with imagekit-wasm and compares.
// `sdk`: the package's exports; `env`: {server (url, publicKey, inject(fault)), auth() → {token, expire, signature},
// XHR (an XMLHttpRequest class)}. Only standard JS.
import { recorders } from "./steps.mjs";

const KEYS = {
  width: 300, height: 200, aspectRatio: "4-3", background: "FF0000", border: "5_FF0000", crop: "maintain_ratio", cropMode: "pad_resize",
  dpr: 2, focus: "center", quality: 80, x: 10, xCenter: 20, y: 30, yCenter: 40, format: "webp", videoCodec: "h264", audioCodec: "aac",
  radius: "max", rotation: 90, blur: 10, named: "thumb", defaultImage: "/folder/default.jpg", flip: "h", original: true,
  startOffset: 5, endOffset: 10, duration: 5, streamingResolutions: ["240", "360"], grayscale: true, aiUpscale: true, aiRetouch: true,
  aiVariation: true, aiDropShadow: true, aiChangeBackground: "prompt-snow", aiEdit: "prompt-hat", aiRemoveBackground: true,
  aiRemoveBackgroundExternal: true, contrastStretch: true, shadow: true, sharpen: 10, unsharpMask: true, gradient: "ld-top",
  colorReplace: "FF0000_20_00FF00", distort: "p-x1_y1_x2_y2_x3_y3_x4_y4", colorize: "red", density: 300, layerMode: "multiply",
  progressive: true, lossless: true, colorProfile: true, metadata: false, opacity: 50, trim: 5, zoom: 0.5, page: 2, fontSize: 20,
  fontFamily: "Arial", fontColor: "FF0000", innerAlignment: "left", padding: 10, alpha: 5, typography: "b", lineHeight: 20,
  fontOutline: "5_FF0000", fontShadow: "FF0000_2", raw: "w-1,h-2",
};

export async function program(sdk, { server, auth, XHR }) {
  const out = {};
  const meta = (m) => ({ requestId: typeof m.requestId });
  const { record, sync } = recorders(out, meta);
  const urlEndpoint = "https://ik.imagekit.io/demo";
  const png = await (await fetch(`${server.url}/fixtures/image-3x2.png`)).arrayBuffer();
  const base64 = btoa(String.fromCharCode(...new Uint8Array(png)));
  const publicKey = server.publicKey;
  /** An error of the SDK's classes by its class name, message and `$ResponseMetadata`. */
  const classed = async (name, fn) => {
    try {
      const r = await fn();
      out[name] = { ok: { value: JSON.parse(JSON.stringify(r).replace(/\b[0-9a-f]{24}\b/g, "<id>").replace(/_[A-Za-z0-9]{9}\.png/g, "_<unique>.png").replace(/127\.0\.0\.1:\d+/g, "<server>")), status: r.$ResponseMetadata?.statusCode, requestId: typeof r.$ResponseMetadata?.requestId } };
    } catch (e) {
      const kinds = ["ImageKitInvalidRequestError", "ImageKitServerError", "ImageKitUploadNetworkError", "ImageKitAbortError"].filter((k) => e instanceof sdk[k]);
      out[name] = { error: { kinds, name: e?.name, message: e?.message?.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "<token>").replace(/ at position \d+.*$/, ""), isError: e instanceof Error,
        status: e?.$ResponseMetadata?.statusCode, requestId: typeof e?.$ResponseMetadata?.requestId, reason: e?.reason === undefined ? "<none>" : String(e.reason) } };
    }
  };

  // buildSrc: every 5.x key, in both positions
  for (const [k, v] of Object.entries(KEYS)) {
    sync(`buildSrc(${k})`, () => [sdk.buildSrc({ src: "/a.jpg", urlEndpoint, transformation: [{ [k]: v }] }), sdk.buildSrc({ src: "/a.jpg", urlEndpoint, transformation: [{ [k]: v }], transformationPosition: "path" })]);
  }
  sync("buildSrc(absolute src)", () => sdk.buildSrc({ src: "https://ik.imagekit.io/demo/a.jpg?x=1", urlEndpoint, transformation: [{ width: 100 }], transformationPosition: "path" }));
  sync("buildSrc(queryParameters)", () => sdk.buildSrc({ src: "/a.jpg", urlEndpoint, queryParameters: { v: 1, b: "xy", n: null } }));
  sync("buildSrc(chain)", () => sdk.buildSrc({ src: "/a.jpg", urlEndpoint, transformation: [{ width: 1 }, {}, { height: 2, rotation: undefined }] }));
  sync("buildSrc(text overlay)", () => sdk.buildSrc({ src: "/a.jpg", urlEndpoint, transformation: [{ overlay: { type: "text", text: "Hello world", position: { x: 10, y: 20, focus: "center" }, timing: { start: 1 }, transformation: [{ fontSize: 20 }] } }] }));
  sync("buildSrc(text overlay, non-ASCII)", () => sdk.buildSrc({ src: "/a.jpg", urlEndpoint, transformation: [{ overlay: { type: "text", text: "Let's use ©, ®, ™, etc" } }] }));
  sync("buildSrc(image overlay)", () => sdk.buildSrc({ src: "/a.jpg", urlEndpoint, transformation: [{ overlay: { type: "image", input: "/logo/brand.png", encoding: "plain", layerMode: "multiply", transformation: [{ width: 50 }] } }] }));
  sync("buildSrc(video overlay)", () => sdk.buildSrc({ src: "/v.mp4", urlEndpoint, transformation: [{ overlay: { type: "video", input: "clip.mp4", timing: { duration: 3 } } }] }));
  sync("buildSrc(subtitle overlay)", () => sdk.buildSrc({ src: "/v.mp4", urlEndpoint, transformation: [{ overlay: { type: "subtitle", input: "sub.srt", encoding: "base64" } }] }));
  sync("buildSrc(solid color overlay)", () => sdk.buildSrc({ src: "/a.jpg", urlEndpoint, transformation: [{ overlay: { type: "solidColor", color: "FF0000", transformation: [{ width: 10, radius: 5 }] } }] }));
  sync("buildTransformationString", () => sdk.buildTransformationString([{ width: 300, grayscale: true }, { sharpen: 10 }, { raw: "l-text,i-x,l-end" }]));
  sync("buildTransformationString(empty)", () => sdk.buildTransformationString([]));
  sync("getResponsiveImageAttributes(width)", () => sdk.getResponsiveImageAttributes({ src: "a.jpg", urlEndpoint, width: 100, deviceBreakpoints: [200], imageBreakpoints: [100] }));
  sync("getResponsiveImageAttributes(sizes)", () => sdk.getResponsiveImageAttributes({ src: "/a.jpg", urlEndpoint, sizes: "(min-width: 768px) 50vw, 100vw", transformation: [{ quality: 80 }] }));
  sync("getResponsiveImageAttributes(default)", () => sdk.getResponsiveImageAttributes({ src: "/a.jpg", urlEndpoint }));

  // upload: each file kind
  const up = (o) => sdk.upload({ publicKey, ...auth(), ...o });
  await record("upload(base64)", () => up({ file: base64, fileName: "a.png", useUniqueFileName: false, folder: "/five", tags: ["x", "y"] }));
  await record("upload(URL)", () => up({ file: `${server.url}/fixtures/image-4x4.png`, fileName: "b.png", useUniqueFileName: false, folder: "/five" }));
  await record("upload(Blob)", () => up({ file: new Blob([png], { type: "image/png" }), fileName: "c.png", useUniqueFileName: false, folder: "/five" }));
  await record("upload(File)", () => up({ file: new File([png], "local.png", { type: "image/png" }), fileName: "d.png", useUniqueFileName: false, folder: "/five" }));
  await record("upload(every option)", () => up({
    file: base64, fileName: "e.png", useUniqueFileName: false, folder: "/five", tags: "t1,t2", isPrivateFile: false, customCoordinates: "0,0,1,1",
    responseFields: ["tags"], extensions: [{ name: "google-auto-tagging", maxTags: 5, minConfidence: 95 }], transformation: { pre: "w-2" },
    overwriteFile: true, checks: '"file.size" < "1mb"', isPublished: true, customMetadata: undefined,
  }));
  const progress = [];
  await record("upload(onProgress, opts.xhr)", async () => {
    const r = await up({ file: new Blob([png]), fileName: "f.png", useUniqueFileName: false, xhr: new XHR(), onProgress: (e) => progress.push(e.loaded) });
    // Progress events come from a real XMLHttpRequest (Chromium); Node's stand-in sends none, for theirs and ours alike.
    return { name: r.name, progressed: progress.length > 0, last: progress.length ? progress[progress.length - 1] > 0 : null };
  });

  // upload: argument errors, in their order
  await classed("upload(no options)", () => sdk.upload());
  await classed("upload(no file)", () => up({ fileName: "a.png" }));
  await classed("upload(no fileName)", () => up({ file: base64 }));
  await classed("upload(no publicKey)", () => up({ file: base64, fileName: "a", publicKey: "" }));
  await classed("upload(no token)", () => up({ file: base64, fileName: "a", token: undefined }));
  await classed("upload(no signature)", () => up({ file: base64, fileName: "a", signature: "" }));
  await classed("upload(no expire)", () => up({ file: base64, fileName: "a", expire: 0 }));
  await classed("upload(transformation without pre/post)", () => up({ file: base64, fileName: "a", transformation: {} }));
  await classed("upload(empty pre)", () => up({ file: base64, fileName: "a", transformation: { pre: "" } }));
  await classed("upload(post not an array)", () => up({ file: base64, fileName: "a", transformation: { post: "x" } }));
  await classed("upload(transformation step without value)", () => up({ file: base64, fileName: "a", transformation: { post: [{ type: "transformation" }] } }));

  // upload: the server's answers and the caller's signal
  await classed("upload(bad signature, 400)", () => up({ file: base64, fileName: "a.png", signature: "0".repeat(40) }));
  await classed("upload(wrong publicKey, 403)", () => up({ file: base64, fileName: "a.png", publicKey: "not_the_key" }));
  await classed("upload(expired)", () => up({ file: base64, fileName: "a.png", expire: 1000 }));
  await server.inject({ path: "/files/upload", status: 429, rateLimit: { limit: 5, reset: 2000 } });
  await classed("upload(429)", () => up({ file: base64, fileName: "a.png" }));
  await server.inject({ path: "/files/upload", status: 500 });
  await classed("upload(500)", () => up({ file: base64, fileName: "a.png" }));
  await server.inject({ path: "/files/upload", status: 502, body: "Bad gateway", contentType: "text/plain" });
  await classed("upload(502, text body)", () => up({ file: base64, fileName: "a.png" }));
  await server.inject({ path: "/files/upload", status: 400, body: "no", contentType: "text/plain" });
  await classed("upload(400, text body)", () => up({ file: base64, fileName: "a.png" }));
  await server.inject({ path: "/files/upload", status: 404, body: { help: "no message" } });
  await classed("upload(404 without message)", () => up({ file: base64, fileName: "a.png" }));
  await server.inject({ path: "/files/upload", status: 201, body: { fileId: "x", name: "y" } });
  await classed("upload(201 succeeds)", () => up({ file: base64, fileName: "a.png" }));
  await server.inject({ path: "/files/upload", dropMidBody: true });
  await classed("upload(network error)", () => up({ file: base64, fileName: "a.png" }));
  await classed("upload(aborted before)", () => up({ file: base64, fileName: "a.png", abortSignal: AbortSignal.abort("stop") }));
  await server.inject({ path: "/files/upload", delayMs: 3000 });
  await classed("upload(aborted during)", () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort("changed my mind"), 200);
    return up({ file: base64, fileName: "a.png", abortSignal: controller.signal });
  });
  await classed("upload(error classes are Errors)", async () => {
    const e = await up({ fileName: "a" }).catch((x) => x);
    return { instanceOfError: e instanceof Error, name: e.name, stack: typeof e.stack };
  });
  await record("$ResponseMetadata", async () => {
    const r = await up({ file: base64, fileName: "m.png" });
    const d = Object.getOwnPropertyDescriptor(r, "$ResponseMetadata");
    return { enumerable: d.enumerable, writable: d.writable, status: r.$ResponseMetadata.statusCode, type: r.$ResponseMetadata.headers["content-type"], requestId: /^[0-9a-f-]{36}$/.test(r.$ResponseMetadata.requestId) };
  });
  return out;
}
