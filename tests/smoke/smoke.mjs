// The smoke suite every runtime runs against the installed package (tests/runtimes/*). It uses nothing but
// standard JS, so the same file runs in Node (ESM and CJS), Deno, Bun, workerd, edge-runtime and Chromium.
// `api` is the package's module namespace; the result is {passed, failed, failures}.

const PHASH_CASES = [
  ["2d5ad3936d2e015b", "2d6ed293db36a4fb", 17],
  ["a4a65595ac94518b", "7838873e791f8400", 37],
  ["f06830ca9f1e3e90", "f06830ca9f1e3e90", 0],
];

const WEBHOOK_BODY = '{"type":"video.transformation.accepted","id":"58e6d24d-6098-4319-be8d-40c3cb0a402d","created_at":"2022-06-20T11:59:58.461Z","request":{"x_request_id":"fa98fa2e-d6cd-45b4-acf5-bc1d2bbb8ba9","url":"http://ik.imagekit.io/demo/sample-video.mp4?tr=f-webm,q-10","user_agent":"Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:101.0) Gecko/20100101 Firefox/101.0"},"data":{"asset":{"url":"http://ik.imagekit.io/demo/sample-video.mp4"},"transformation":{"type":"video-transformation","options":{"video_codec":"vp9","audio_codec":"opus","auto_rotate":true,"quality":10,"format":"webm"}}}}';
const WEBHOOK_HEADER = "t=1655788406333,v1=d30758f47fcb31e1fa0109d3b3e2a6c623e699aaf1461cba6bd462ef58ea4b31";
const WEBHOOK_SECRET = "whsec_xeO2UNkfKMQnfJf7Q/Qx+fYptL1wabXd";
const STD_BODY = '{"id":"id","type":"video.transformation.accepted","created_at":"2019-12-27T18:11:19.117Z","data":{"asset":{"url":"https://example.com"},"transformation":{"type":"video-transformation","options":{"audio_codec":"aac","auto_rotate":true,"format":"mp4","quality":0,"stream_protocol":"HLS","variants":["string"],"video_codec":"h264"}}},"request":{"url":"https://example.com","x_request_id":"x_request_id","user_agent":"user_agent"}}';
const STD_HEADERS = { "Webhook-Id": "msg_2", "webhook-timestamp": "1700000000", "webhook-signature": "v1,ktFQHmZqPh9J8EWPF8IrCjH61mwC4CENmwKckTOnB/k=" };
const STD_SECRET = "my-imagekit-webhook-secret";
const PRIVATE_KEY = "private_key_test";

const ERROR_CLASSES = [
  "ImageKitError", "ValidationError", "WebhookVerificationError", "APIError", "BadRequestError", "UnauthorizedError",
  "ForbiddenError", "NotFoundError", "ConflictError", "TooManyRequestsError", "InternalServerError",
  "PartialSuccessError", "UnknownError", "ConnectionError", "TimeoutError", "AbortError",
];

/** Runs `fn` with Date.now() fixed at `ms`. */
function atTime(ms, fn) {
  const real = Date.now;
  Date.now = () => ms;
  try {
    return fn();
  } finally {
    Date.now = real;
  }
}

/** `compat` (optional): `{imagekit, imagekitJavascript}`, the default exports of the two compat entries. */
export async function smoke(api, compat) {
  const failures = [];
  let passed = 0;
  const check = (name, fn) => {
    try {
      const r = fn();
      if (r !== true) throw new Error(`returned ${JSON.stringify(r)}`);
      passed++;
    } catch (e) {
      failures.push(`${name}: ${e && e.message}`);
    }
  };
  const eq = (got, want) => got === want || `${JSON.stringify(got)} !== ${JSON.stringify(want)}`;
  /** The call must throw an instance of class `cls` whose message contains `words`. */
  const throwsLike = (fn, cls, words) => {
    try {
      fn();
    } catch (e) {
      if (!(e instanceof api[cls])) return `threw ${e && e.name} (${e && e.message}), not ${cls}`;
      if (!(e instanceof api.ImageKitError) || !(e instanceof Error)) return "not an ImageKitError/Error";
      if (e.name !== cls) return `name ${e.name}`;
      if (!e.message.includes(words)) return `message "${e.message}" lacks "${words}"`;
      return true;
    }
    return "did not throw";
  };

  check("exports every error class as an Error subclass", () =>
    ERROR_CLASSES.every((n) => typeof api[n] === "function" && new api[n]("x") instanceof Error && new api[n]("x").name === n) ||
    "missing or wrong class");
  check("no internal factory leaks", () => eq(typeof api.makeError, "undefined"));

  for (const [a, b, d] of PHASH_CASES) check(`phashDistance ${a} ${b}`, () => eq(api.phashDistance(a, b), d));
  check("phashDistance: non-hex", () => throwsLike(() => api.phashDistance("zz5ad3936d2e015b", "2d6ed293db36a4fb"), "ValidationError", "not a hexadecimal"));
  check("phashDistance: unequal lengths", () => throwsLike(() => api.phashDistance("2d5a", "2d6ed2"), "ValidationError", "same length"));
  check("phashDistance: missing", () => throwsLike(() => api.phashDistance(undefined, "2d6e"), "ValidationError", "missing first"));
  check("phashDistance: non-string", () => throwsLike(() => api.phashDistance(42, "2d6e"), "ValidationError", "must be a string"));

  // dangerouslyAllowBrowser: the same suite runs in Chromium, where a privateKey is refused without it.
  const ik = new api.ImageKit({ publicKey: "public_key_test", privateKey: PRIVATE_KEY, urlEndpoint: "https://ik.imagekit.io/demo", dangerouslyAllowBrowser: true });
  check("auth parameters: seed vector", () => {
    const p = ik.getAuthenticationParameters("your_token", 1582269249);
    return eq(JSON.stringify(p), '{"token":"your_token","expire":1582269249,"signature":"e71bcd6031016b060d349d212e23e85c791decdd"}');
  });
  check("auth parameters: defaults are a UUID v4 and now + 1800", () => {
    const p = atTime(1700000000123, () => ik.getAuthenticationParameters());
    const q = atTime(1700000000123, () => ik.getAuthenticationParameters());
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(p.token)) return `token ${p.token}`;
    if (p.token === q.token) return "tokens repeat";
    if (!/^[0-9a-f]{40}$/.test(p.signature)) return `signature ${p.signature}`;
    return eq(p.expire, 1700001800);
  });
  check("auth parameters: snake_case client options", () =>
    eq(new api.ImageKit({ private_key: PRIVATE_KEY, dangerously_allow_browser: true }).getAuthenticationParameters("your_token", 1582269249).signature,
      "e71bcd6031016b060d349d212e23e85c791decdd"));
  check("auth parameters: no private key", () => throwsLike(() => new api.ImageKit({}).getAuthenticationParameters(), "ValidationError", "privateKey is required"));
  check("auth parameters: bad expire", () => throwsLike(() => ik.getAuthenticationParameters("t", -5), "ValidationError", "expire"));
  check("constructor: unknown option", () => throwsLike(() => new api.ImageKit({ privatekey: "x" }), "ValidationError", "unknown option `privatekey`"));
  check("constructor: wrong type", () => throwsLike(() => new api.ImageKit({ timeout: "soon" }), "ValidationError", "timeout must be a number"));
  check("constructor: bad position", () => throwsLike(() => new api.ImageKit({ transformationPosition: "side" }), "ValidationError", "transformationPosition"));
  check("constructor: cyclic options", () => {
    const o = { a: {} };
    o.a.o = o;
    return throwsLike(() => new api.ImageKit(o), "ValidationError", "cannot be read");
  });
  check("private key hygiene", () => {
    const shown = [JSON.stringify(ik), String(ik), JSON.stringify(Object.entries(ik)), Object.keys(ik).join()].join(" ");
    return !shown.includes(PRIVATE_KEY) || shown;
  });

  check("verifyWebhookEvent: genuine", () => {
    const r = api.verifyWebhookEvent(WEBHOOK_BODY, WEBHOOK_HEADER, WEBHOOK_SECRET);
    return eq(r.timestamp, 1655788406333) === true && eq(r.event.id, "58e6d24d-6098-4319-be8d-40c3cb0a402d");
  });
  check("verifyWebhookEvent: bytes body", () =>
    eq(api.verifyWebhookEvent(new TextEncoder().encode(WEBHOOK_BODY), WEBHOOK_HEADER, WEBHOOK_SECRET).event.type, "video.transformation.accepted"));
  check("verifyWebhookEvent: tampered body", () => throwsLike(() => api.verifyWebhookEvent(WEBHOOK_BODY.replace("vp9", "vp8"), WEBHOOK_HEADER, WEBHOOK_SECRET), "WebhookVerificationError", "does not match"));
  check("verifyWebhookEvent: client default secret", () =>
    eq(new api.ImageKit({ webhookSecret: WEBHOOK_SECRET }).verifyWebhookEvent(WEBHOOK_BODY, WEBHOOK_HEADER).timestamp, 1655788406333));
  check("verifyWebhookEvent: missing secret", () => throwsLike(() => api.verifyWebhookEvent(WEBHOOK_BODY, WEBHOOK_HEADER), "ValidationError", "secret is required"));
  check("unwrapWebhook: genuine", () => eq(atTime(1700000000000, () => api.unwrapWebhook(STD_BODY, STD_HEADERS, STD_SECRET)).request.user_agent, "user_agent"));
  check("unwrapWebhook: Headers object", () => {
    if (typeof Headers !== "function") return true;
    return eq(atTime(1700000000000, () => api.unwrapWebhook(STD_BODY, new Headers(STD_HEADERS), STD_SECRET)).id, "id");
  });
  check("unwrapWebhook: old timestamp", () => throwsLike(() => atTime(1700000301000, () => api.unwrapWebhook(STD_BODY, STD_HEADERS, STD_SECRET)), "WebhookVerificationError", "too old"));
  check("unwrapWebhook: tampered", () => throwsLike(() => atTime(1700000000000, () => api.unwrapWebhook(STD_BODY + " ", STD_HEADERS, STD_SECRET)), "WebhookVerificationError", "no matching signature"));

  // URLs: the same answers in every runtime.
  const urlClient = new api.ImageKit({ privateKey: PRIVATE_KEY, urlEndpoint: "https://ik.imagekit.io/your_imagekit_id/endpoint/", dangerouslyAllowBrowser: true });
  check("ik.url: path position", () => eq(urlClient.url({ path: "/default-image.jpg", transformation: [{ height: "300", width: "400" }] }),
    "https://ik.imagekit.io/your_imagekit_id/endpoint/tr:h-300,w-400/default-image.jpg"));
  check("ik.url: query position, quote_plus tr", () => eq(urlClient.url({ path: "/default-image.jpg", transformationPosition: "query", transformation: [{ height: "300", width: "400" }, { rotation: 90 }] }),
    "https://ik.imagekit.io/your_imagekit_id/endpoint/default-image.jpg?tr=h-300%2Cw-400%3Art-90"));
  check("ik.url: signed, seed vector", () => eq(new api.ImageKit({ privateKey: PRIVATE_KEY, urlEndpoint: "https://ik.imagekit.io/demo", dangerouslyAllowBrowser: true })
    .url({ path: "/test-signed-url.png", transformation: [{ width: 100 }], signed: true }),
    "https://ik.imagekit.io/demo/tr:w-100/test-signed-url.png?ik-s=41b3075c40bc84147eb71b8b49ae7fbf349d0f00"));
  check("ik.url: signed with expiry reads Date.now at call time", () => {
    const u = atTime(1700000000000, () => urlClient.url({ path: "/a.png", signed: true, expireSeconds: 300 }));
    return /\?ik-t=1700000300&ik-s=[0-9a-f]{40}$/.test(u) || u;
  });
  check("buildSrc: overlay text is base64 when not plain", () => eq(api.buildSrc({ src: "/a.jpg", urlEndpoint: "https://ik.imagekit.io/demo", transformation: [{ overlay: { type: "text", text: "Let's use ©, ®, ™, etc" } }] }),
    "https://ik.imagekit.io/demo/a.jpg?tr=l-text,ie-TGV0J3MgdXNlIMKpLCDCriwg4oSiLCBldGM%3D,l-end"));
  check("buildTransformationString", () => eq(api.buildTransformationString([{ width: 300, grayscale: true }, { sharpen: 10 }]), "w-300,e-grayscale:e-sharpen-10"));
  check("getResponsiveImageAttributes", () => eq(JSON.stringify(api.getResponsiveImageAttributes({ src: "a.jpg", urlEndpoint: "https://ik.imagekit.io/demo", width: 100, deviceBreakpoints: [200], imageBreakpoints: [100] })),
    '{"src":"https://ik.imagekit.io/demo/a.jpg?tr=w-200,c-at_max","srcSet":"https://ik.imagekit.io/demo/a.jpg?tr=w-100,c-at_max 1x, https://ik.imagekit.io/demo/a.jpg?tr=w-200,c-at_max 2x","width":100}'));
  // SPEC §0: what the seed accepts, we accept — an unknown option is ignored, as the seed ignores it.
  check("ik.url: unknown option ignored", () => eq(urlClient.url({ path: "/a.png", transformations: [{ width: 1 }] }), "https://ik.imagekit.io/your_imagekit_id/endpoint/a.png"));
  check("ik.url: path query kept, tr appended", () =>
    eq(urlClient.url({ path: "/a.jpg?client=123&user=5", transformationPosition: "query", transformation: [{ height: 300 }] }),
      "https://ik.imagekit.io/your_imagekit_id/endpoint/a.jpg?client=123&user=5&tr=h-300"));
  // Issue #12 item 6: dot segments are resolved before signing, and climbing out of the endpoint is refused.
  check("ik.url: dot segments resolved before signing", () =>
    eq(urlClient.url({ path: "a/%2e%2E/./b.jpg", signed: true }), urlClient.url({ path: "b.jpg", signed: true })));
  check("ik.url: climbing above the endpoint", () => throwsLike(() => urlClient.url({ path: "../other/b.jpg", signed: true }), "ValidationError", "climbs above"));
  check("ik.url: absolute src climbing out of the endpoint", () =>
    throwsLike(() => urlClient.url({ src: "https://ik.imagekit.io/your_imagekit_id/endpoint/../x.jpg", signed: true }), "ValidationError", "climbs above"));
  check("overlay: unknown keys ignored", () => eq(api.buildTransformationString([{ overlay: { type: "text", text: "Hi", txt: 1, position: { left: 5, x: 2 } } }]), "l-text,i-Hi,lx-2,l-end"));
  // Issue #12 item 5: the responsive attributes are bounded.
  check("getResponsiveImageAttributes: candidate bound", () =>
    throwsLike(() => api.getResponsiveImageAttributes({ src: "a.jpg", urlEndpoint: "https://e.io", deviceBreakpoints: Array.from({ length: 10000 }, (_, i) => i + 1) }), "ValidationError", "bound of 256"));
  check("getResponsiveImageAttributes: output bound", () =>
    throwsLike(() => api.getResponsiveImageAttributes({ src: "a".repeat(110000), urlEndpoint: "https://e.io", deviceBreakpoints: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }), "ValidationError", "1048576 bytes"));

  // Issue 17: reading URLs back, editing, re-signing and verifying them. The browser's build loads the reader on
  // demand (README "Size"); everywhere, `loadUrlReader()` resolves and the calls are synchronous after it.
  const readerReady = await api.loadUrlReader().then(() => "ready", (e) => e);
  check("loadUrlReader resolves", () => eq(readerReady, "ready"));
  const demo = new api.ImageKit({ privateKey: PRIVATE_KEY, urlEndpoint: "https://ik.imagekit.io/demo", dangerouslyAllowBrowser: true });
  const layered = "https://ik.imagekit.io/demo/tr:w-300,e-grayscale,e-sharpen-10:l-text,i-Hi,lx-10,l-end/a.jpg?v=1";
  check("parseUrl: names, layers, round trip", () => {
    const p = api.parseUrl(layered);
    return eq(JSON.stringify(p.transformation), '[{"width":300,"grayscale":true,"sharpen":10},{"overlay":{"type":"text","text":"Hi","position":{"x":10}}}]') === true
      && eq(api.buildSrc(p), layered);
  });
  check("parseUrl: not a URL", () => throwsLike(() => api.parseUrl("a.jpg"), "ValidationError", "not an http(s) URL"));
  check("transformUrl: set and remove", () => eq(api.transformUrl(layered, { width: 500, sharpen: undefined }),
    "https://ik.imagekit.io/demo/tr:w-500,e-grayscale:l-text,i-Hi,lx-10,l-end/a.jpg?v=1"));
  check("transformUrl: edit function", () => eq(api.transformUrl(layered, (steps) => steps.slice(0, 1)), "https://ik.imagekit.io/demo/tr:w-300,e-grayscale,e-sharpen-10/a.jpg?v=1"));
  check("ik.verifyUrl and ik.transformUrl keep the expiry", () => {
    const signed = atTime(1700000000000, () => demo.buildSrc({ src: "/a.jpg", transformation: [{ width: 300 }], expiresIn: 600 }));
    const v = demo.verifyUrl(signed, { now: 1700000000000 });
    const again = atTime(1700000100000, () => demo.transformUrl(signed, { width: 400 }));
    return eq(JSON.stringify(v), '{"valid":true,"expired":false,"expiresAt":1700000600,"signedString":"a.jpg?tr=w-3001700000600"}') === true
      && eq(/ik-t=1700000600&/.test(again) && demo.verifyUrl(again, { now: 1700000100000 }).valid, true) === true
      && eq(demo.verifyUrl(signed.replace("w-300", "w-301")).valid, false);
  });
  check("transformUrl refuses a signed URL", () => throwsLike(() => api.transformUrl("https://ik.imagekit.io/demo/a.jpg?ik-s=ab", { width: 1 }), "ValidationError", "ik.transformUrl"));
  check("getResponsiveImageAttributes: widths and DPRs", () => eq(api.getResponsiveImageAttributes({ src: "a.jpg", urlEndpoint: "https://e.io", width: 100, widths: [100, 300], devicePixelRatios: [1, 3], variableQuality: true }).srcSet,
    "https://e.io/a.jpg?tr=w-100,c-at_max,q-75 1x, https://e.io/a.jpg?tr=w-300,c-at_max,q-35 3x"));

  // After all those errors the module must still answer correctly (no trap left it dead).
  check("still alive after errors", () => eq(api.phashDistance("2d5ad3936d2e015b", "2d6ed293db36a4fb"), 17));

  // The compat entries, imported by name by the runner (COMPAT §1-2): the class itself, and answers without I/O.
  if (compat) {
    const { imagekit: IK6, imagekitJavascript: IK4 } = compat;
    const ik6 = new IK6({ publicKey: "public_key", privateKey: PRIVATE_KEY, urlEndpoint: "https://ik.imagekit.io/demo" });
    check("compat/imagekit: url", () => eq(ik6.url({ path: "/a.jpg", transformation: [{ width: 300, effectSharpen: "-" }] }), "https://ik.imagekit.io/demo/tr:w-300,e-sharpen/a.jpg"));
    check("compat/imagekit: constructor error", () => {
      try {
        new IK6({ publicKey: "p", urlEndpoint: "u" });
      } catch (e) {
        return eq(e instanceof Error && e.message, "Missing privateKey during ImageKit initialization");
      }
      return "did not throw";
    });
    check("compat/imagekit: pHashDistance", () => eq(ik6.pHashDistance("2d5ad3936d2e015b", "2d6ed293db36a4fb"), 17));
    check("compat/imagekit: verifyWebhookEvent", () => eq(ik6.verifyWebhookEvent(WEBHOOK_BODY, WEBHOOK_HEADER, WEBHOOK_SECRET).event.type, "video.transformation.accepted"));
    check("compat/imagekit: argument error reaches the callback synchronously", () => {
      let got = null;
      ik6.getFileDetails("", (err) => (got = err));
      return eq(JSON.stringify(got), '{"message":"Missing fileId parameter for this request","help":""}');
    });
    const ik4 = new IK4({ urlEndpoint: "https://ik.imagekit.io/demo" });
    check("compat/imagekit-javascript: url", () => eq(ik4.url({ path: "/a.jpg", transformation: [{ width: 300 }, { overlay: { type: "subtitle", input: "s.srt" } }] }),
      "https://ik.imagekit.io/demo/a.jpg?tr=w-300:l-subtitle,i-s.srt,l-end"));
    const rejected = await ik4.upload({ fileName: "a.png" }).then(() => "resolved", (e) => e);
    check("compat/imagekit-javascript: upload argument error", () => eq(JSON.stringify(rejected), '{"message":"Missing file parameter for upload","help":""}'));
  }

  return { passed, failed: failures.length, failures };
}
