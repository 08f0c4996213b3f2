// A program written against `imagekit-javascript` 4.0.1: its constructor, url() over every 4.x transformation key
// and overlay, and upload() in callback and promise style with each file kind, each argument error and the
// server's answers. dropin-imagekit-javascript4.mjs runs it with the official package and with
// `imagekit-wasm/compat/imagekit-javascript` (over fetch, and over XMLHttpRequest) and compares the summaries.
// `env`: {server (url, publicKey, inject(fault) → maybe a promise), auth() → {token, expire, signature}, XHR (an
// XMLHttpRequest class for `opts.xhr`)}. Only standard JS: it runs in Node and in Chromium alike.
import { recorders } from "./steps.mjs";

export async function program(ImageKit, { server, auth, XHR }) {
  const options = { urlEndpoint: "https://ik.imagekit.io/demo", publicKey: server.publicKey, uploadEndpoint: `${server.url}/api/v1/files/upload` };
  const ik = new ImageKit(options);
  const out = {};
  const png = await (await fetch(`${server.url}/fixtures/image-3x2.png`)).arrayBuffer();
  const base64 = btoa(String.fromCharCode(...new Uint8Array(png)));
  const { record, viaCallback, sync } = recorders(out);

  // constructor
  sync("new(no urlEndpoint)", () => new ImageKit({ publicKey: "p" }));
  sync("new(nothing)", () => new ImageKit());
  sync("new(bad transformationPosition)", () => new ImageKit({ urlEndpoint: "https://ik.imagekit.io/d", transformationPosition: "middle" }));
  sync("options", () => ik.options);
  sync("options(path position)", () => new ImageKit({ urlEndpoint: "https://ik.imagekit.io/d", transformationPosition: "path" }).options);

  // url(): every 4.x key, with the values its docs give
  const KEYS = {
    width: 300, height: 200, aspectRatio: "4-3", background: "FF0000", border: "5_FF0000", crop: "maintain_ratio", cropMode: "pad_resize",
    dpr: 2, focus: "center", quality: 80, x: 10, xCenter: 20, y: 30, yCenter: 40, format: "webp", videoCodec: "h264", audioCodec: "aac",
    radius: "max", rotation: 90, blur: 10, named: "thumb", defaultImage: "/folder/default.jpg", flip: "h", original: true,
    startOffset: 5, endOffset: 10, duration: 5, streamingResolutions: ["240", "360"], grayscale: true, aiUpscale: true, aiRetouch: true,
    aiVariation: true, aiDropShadow: true, aiChangeBackground: "prompt-snow", aiRemoveBackground: true, aiRemoveBackgroundExternal: true,
    contrastStretch: true, shadow: true, sharpen: 10, unsharpMask: true, gradient: "ld-top_from-green_to-00FF0010_sp-1", progressive: true,
    lossless: true, colorProfile: true, metadata: false, opacity: 50, trim: 5, zoom: 0.5, page: 2, fontSize: 20, fontFamily: "Arial",
    fontColor: "FF0000", innerAlignment: "left", padding: 10, alpha: 5, typography: "b", lineHeight: 20, fontOutline: "5_FF0000",
    fontShadow: "FF0000_2", raw: "w-1,h-2",
  };
  for (const [k, v] of Object.entries(KEYS)) sync(`url(${k})`, () => ik.url({ path: "/a.jpg", transformation: [{ [k]: v }] }));
  sync("url(effects as strings)", () => ik.url({ path: "/a.jpg", transformation: [{ grayscale: "true", sharpen: "", shadow: "-", trim: "", contrastStretch: false }] }));
  sync("url(path position)", () => ik.url({ path: "/a.jpg", transformation: [{ width: 300, height: 200 }, { rotation: 90 }], transformationPosition: "path" }));
  sync("url(path without slash)", () => ik.url({ path: "a/b.jpg", transformation: [{ width: 1 }] }));
  sync("url(src)", () => ik.url({ src: "https://ik.imagekit.io/demo/a.jpg?x=1", transformation: [{ width: 100 }] }));
  sync("url(src, path position)", () => ik.url({ src: "https://ik.imagekit.io/demo/a.jpg", transformation: [{ width: 100 }], transformationPosition: "path" }));
  sync("url(queryParameters)", () => ik.url({ path: "/a.jpg", queryParameters: { v: 1, b: "xy" }, transformation: [{ width: 5 }] }));
  sync("url(other endpoint)", () => ik.url({ path: "/a.jpg", urlEndpoint: "https://other.example.com/x/y/" }));
  sync("url(keys 4.x does not know)", () => ik.url({ path: "/a.jpg", transformation: [{ effectSharpen: "-", overlayImage: "o.png", foo: "bar", W: 3 }] }));
  sync("url(chain, empty step)", () => ik.url({ path: "/a.jpg", transformation: [{ width: 1 }, {}, { height: undefined }, { height: 2 }] }));
  sync("url(text overlay)", () => ik.url({ path: "/a.jpg", transformation: [{ overlay: { type: "text", text: "Hello world", position: { x: 10, y: 20, focus: "center" }, transformation: [{ fontSize: 20, fontColor: "FF0000" }] } }] }));
  sync("url(text overlay, non-ASCII)", () => ik.url({ path: "/a.jpg", transformation: [{ overlay: { type: "text", text: "héllo ✓" } }] }));
  sync("url(text overlay, base64)", () => ik.url({ path: "/a.jpg", transformation: [{ overlay: { type: "text", text: "abc", encoding: "base64" } }] }));
  sync("url(image overlay)", () => ik.url({ path: "/a.jpg", transformation: [{ overlay: { type: "image", input: "/logo/brand.png", timing: { start: 2, end: 5, duration: 3 }, transformation: [{ width: 50 }] } }] }));
  sync("url(image overlay, needs base64)", () => ik.url({ path: "/a.jpg", transformation: [{ overlay: { type: "image", input: "/logo/brand (1).png" } }] }));
  sync("url(video overlay)", () => ik.url({ path: "/v.mp4", transformation: [{ overlay: { type: "video", input: "clip.mp4", position: { x: 5 } } }] }));
  sync("url(subtitle overlay)", () => ik.url({ path: "/v.mp4", transformation: [{ overlay: { type: "subtitle", input: "sub.srt", encoding: "plain" } }] }));
  sync("url(solid color overlay)", () => ik.url({ path: "/a.jpg", transformation: [{ overlay: { type: "solidColor", color: "FF0000", transformation: [{ width: 10, height: 10 }] } }] }));
  sync("url(overlay without input)", () => ik.url({ path: "/a.jpg", transformation: [{ width: 1, overlay: { type: "image" } }] }));
  sync("url(nothing)", () => ik.url({}));
  sync("url(invalid src)", () => ik.url({ src: "not a url" }));
  sync("url(non-ASCII path)", () => ik.url({ path: "/ü.jpg" }));

  // upload: each file kind, callback and promise
  await record("upload(base64)", async () => ik.upload({ file: base64, fileName: "a.png", useUniqueFileName: false, folder: "/four", tags: ["x", "y"], ...auth() }));
  await record("upload(data URI)", () => ik.upload({ file: `data:image/png;base64,${base64}`, fileName: "b.png", useUniqueFileName: false, folder: "/four", ...auth() }));
  await record("upload(URL)", () => ik.upload({ file: `${server.url}/fixtures/image-4x4.png`, fileName: "c.png", useUniqueFileName: false, folder: "/four", ...auth() }));
  await record("upload(Blob)", () => ik.upload({ file: new Blob([png], { type: "image/png" }), fileName: "d.png", useUniqueFileName: false, folder: "/four", ...auth() }));
  await record("upload(File)", () => ik.upload({ file: new File([png], "local-name.png", { type: "image/png" }), fileName: "e.png", useUniqueFileName: false, folder: "/four", ...auth() }));
  await record("upload(Blob without type)", () => ik.upload({ file: new Blob([png]), fileName: "f.png", useUniqueFileName: false, folder: "/four", ...auth() }));
  await viaCallback("upload(callback)", (cb) => ik.upload({ file: base64, fileName: "g.png", useUniqueFileName: false, folder: "/four", ...auth() }, cb));
  await viaCallback("upload(callback, publicKey override)", (cb) => new ImageKit({ ...options, publicKey: undefined }).upload({ file: base64, fileName: "h.png", ...auth() }, cb, { publicKey: server.publicKey }));
  await record("upload(promise, publicKey override)", () => new ImageKit({ ...options, publicKey: "" }).upload({ file: base64, fileName: "i.png", ...auth() }, { publicKey: server.publicKey }));
  await record("upload(every option)", () => ik.upload({
    file: base64, fileName: "j.png", useUniqueFileName: false, folder: "/four", tags: "t1,t2", isPrivateFile: false, customCoordinates: "0,0,1,1",
    responseFields: ["tags", "customCoordinates"], extensions: [{ name: "google-auto-tagging", maxTags: 5, minConfidence: 95 }], webhookUrl: undefined,
    transformation: { pre: "w-2", post: [{ type: "thumbnail" }] }, overwriteFile: true, overwriteTags: true, checks: '"file.size" < "1mb"', ...auth(),
  }));
  await record("upload(unique name)", async () => /^u_[A-Za-z0-9]{9}\.png$/.test((await ik.upload({ file: base64, fileName: "u.png", ...auth() })).name));
  let opened = 0;
  class CountingXHR extends XHR {
    open(...a) {
      opened++;
      return super.open(...a);
    }
  }
  await record("upload(opts.xhr)", async () => {
    const r = await ik.upload({ file: base64, fileName: "k.png", useUniqueFileName: false, xhr: new CountingXHR(), ...auth() });
    return { name: r.name, opened };
  });

  // upload: argument errors, in their order
  await record("upload(no options)", () => ik.upload());
  await viaCallback("upload(not an object, callback)", (cb) => ik.upload("x", cb));
  await record("upload(no file)", () => ik.upload({ fileName: "a.png", ...auth() }));
  await record("upload(no fileName)", () => ik.upload({ file: base64, ...auth() }));
  await record("upload(no publicKey)", () => new ImageKit({ urlEndpoint: "https://ik.imagekit.io/d" }).upload({ file: base64, fileName: "a", ...auth() }));
  await record("upload(no token)", () => ik.upload({ file: base64, fileName: "a", ...auth(), token: "" }));
  await record("upload(no signature)", () => ik.upload({ file: base64, fileName: "a", ...auth(), signature: undefined }));
  await record("upload(no expire)", () => ik.upload({ file: base64, fileName: "a", ...auth(), expire: 0 }));
  await record("upload(transformation without pre/post)", () => ik.upload({ file: base64, fileName: "a", ...auth(), transformation: {} }));
  await record("upload(empty pre)", () => ik.upload({ file: base64, fileName: "a", ...auth(), transformation: { pre: "" } }));
  await record("upload(post not an array)", () => ik.upload({ file: base64, fileName: "a", ...auth(), transformation: { post: {} } }));
  await record("upload(abs without value)", () => ik.upload({ file: base64, fileName: "a", ...auth(), transformation: { post: [{ type: "abs" }] } }));
  await viaCallback("upload(no file, callback)", (cb) => ik.upload({ fileName: "a" }, cb));

  // upload: the server's answers
  await record("upload(bad signature, 400)", () => ik.upload({ file: base64, fileName: "a.png", ...auth(), signature: "0".repeat(40) }));
  await record("upload(wrong publicKey, 403)", () => ik.upload({ file: base64, fileName: "a.png", ...auth() }, { publicKey: "not_the_key" }));
  const once = auth();
  await record("upload(token used twice)", async () => {
    await ik.upload({ file: base64, fileName: "t1.png", ...once });
    return ik.upload({ file: base64, fileName: "t2.png", ...once });
  });
  await record("upload(expired, 400)", () => ik.upload({ file: base64, fileName: "a.png", ...auth(), expire: 1000 }));
  await viaCallback("upload(400, callback)", (cb) => ik.upload({ file: base64, fileName: "a.png", ...auth(), signature: "x" }, cb));
  await server.inject({ path: "/files/upload", status: 429, rateLimit: { limit: 5, reset: 2000 } });
  await record("upload(429)", () => ik.upload({ file: base64, fileName: "a.png", ...auth() }));
  await server.inject({ path: "/files/upload", status: 500 });
  await record("upload(500)", () => ik.upload({ file: base64, fileName: "a.png", ...auth() }));
  await server.inject({ path: "/files/upload", status: 201, body: { fileId: "x", name: "y" } });
  await record("upload(201 is not success)", () => ik.upload({ file: base64, fileName: "a.png", ...auth() }));
  await server.inject({ path: "/files/upload", status: 200, body: "not json", contentType: "text/plain" });
  await record("upload(200, not JSON)", () => ik.upload({ file: base64, fileName: "a.png", ...auth() }));
  await server.inject({ path: "/files/upload", status: 502, body: "Bad gateway", contentType: "text/plain" });
  await record("upload(502, text)", () => ik.upload({ file: base64, fileName: "a.png", ...auth() }));
  await server.inject({ path: "/files/upload", dropMidBody: true });
  await record("upload(network error)", () => ik.upload({ file: base64, fileName: "a.png", ...auth() }));
  await server.inject({ path: "/files/upload", dropMidBody: true });
  await viaCallback("upload(network error, callback)", (cb) => ik.upload({ file: base64, fileName: "a.png", ...auth() }, cb));
  await record("$ResponseMetadata", async () => {
    const r = await ik.upload({ file: base64, fileName: "m.png", ...auth() });
    const d = Object.getOwnPropertyDescriptor(r, "$ResponseMetadata");
    return { enumerable: d.enumerable, writable: d.writable, status: r.$ResponseMetadata.statusCode, type: r.$ResponseMetadata.headers["content-type"] };
  });
  await record("callback order", async () => {
    const events = [];
    await new Promise((resolve) => {
      events.push("call");
      ik.upload({ file: base64, fileName: "o.png", ...auth() }, (err) => {
        events.push(err ? "callback(err)" : "callback(result)");
        resolve();
      });
      events.push("returned");
    });
    events.push("call");
    ik.upload({ fileName: "o.png" }, (err) => events.push(err ? "callback(err)" : "callback(result)"));
    events.push("returned");
    return events;
  });
  return out;
}
