// TypeScript written for `imagekit-javascript` 4.0.1 (ES module view); see tests/types/compat-check.mjs.
import ImageKit from "imagekit-javascript";

const ik = new ImageKit({ urlEndpoint: "https://ik.imagekit.io/demo", publicKey: "public_key", transformationPosition: "path" });
const url: string = ik.url({
  path: "/a.jpg",
  transformation: [{ width: 300, height: 200, crop: "maintain_ratio", format: "webp" }, { overlay: { type: "text", text: "Hi", encoding: "auto", position: { x: 10 } } }],
});
const src: string = ik.url({ src: "https://ik.imagekit.io/demo/a.jpg", queryParameters: { v: 1 }, transformation: [{ raw: "w-100" }] });
const position: "path" | "query" | undefined = ik.options.transformationPosition;

async function run(file: File): Promise<void> {
  const r = await ik.upload({ file, fileName: "a.jpg", token: "t", signature: "s", expire: 1, tags: ["x"], useUniqueFileName: false });
  const fileId: string = r.fileId;
  const status: number = r.$ResponseMetadata.statusCode;
  console.log(fileId, status);
  ik.upload({ file: "base64", fileName: "b.jpg", token: "t", signature: "s", expire: 1, xhr: new XMLHttpRequest() }, (err, result) => {
    console.log(err?.message, result?.url, result?.$ResponseMetadata.headers);
  }, { publicKey: "other" });
  await ik.upload({ file: "https://example.com/a.jpg", fileName: "c.jpg", token: "t", signature: "s", expire: 1 }, { publicKey: "other" });
}

export { url, src, position, run };
