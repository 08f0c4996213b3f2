// imagekit-wasm in Deno: upload an image from a URL, build a responsive srcset and a signed URL, clean up.
//   deno add npm:imagekit-wasm
//   IMAGEKIT_PUBLIC_KEY=… IMAGEKIT_PRIVATE_KEY=… IMAGEKIT_URL_ENDPOINT=https://ik.imagekit.io/<id> \
//     deno run --allow-env --allow-net --allow-read main.ts https://example.com/photo.jpg
// (--allow-read: the package reads its .wasm file.) IMAGEKIT_API_BASE_URL / IMAGEKIT_UPLOAD_BASE_URL point it
// elsewhere (the tests use the local ImageKit server).
import { getResponsiveImageAttributes, ImageKit, ImageKitError } from "imagekit-wasm";

const env = (name: string) => Deno.env.get(name);
const source = Deno.args[0];
if (!source) {
  console.error("usage: deno run --allow-env --allow-net --allow-read main.ts <image URL>");
  Deno.exit(2);
}
const urlEndpoint = env("IMAGEKIT_URL_ENDPOINT")!;
const ik = new ImageKit({
  publicKey: env("IMAGEKIT_PUBLIC_KEY"),
  privateKey: env("IMAGEKIT_PRIVATE_KEY"),
  urlEndpoint,
  ...(env("IMAGEKIT_API_BASE_URL") ? { apiBaseUrl: env("IMAGEKIT_API_BASE_URL") } : {}),
  ...(env("IMAGEKIT_UPLOAD_BASE_URL") ? { uploadBaseUrl: env("IMAGEKIT_UPLOAD_BASE_URL") } : {}),
});

try {
  // ImageKit fetches the remote URL itself.
  const file = await ik.uploadFile({ file: source, fileName: "from-deno.png", folder: "/imagekit-wasm-example", tags: ["deno"] });
  console.log(`uploaded  ${file.filePath} (${file.width}×${file.height})`);

  const { srcSet, sizes } = getResponsiveImageAttributes({ src: file.filePath, urlEndpoint, sizes: "(min-width: 800px) 50vw, 100vw" });
  console.log(`srcset    ${srcSet?.split(", ").length} candidates, sizes="${sizes}"`);

  const signed = ik.url({ path: file.filePath, transformation: [{ width: 32, rotation: 90 }], signed: true, expireSeconds: 300 });
  const res = await fetch(signed);
  await res.body?.cancel();
  console.log(`signed    ${signed}`);
  console.log(`fetched   signed URL → ${res.status}`);

  const { token, expire, signature } = ik.getAuthenticationParameters();
  console.log(`auth      token=${token.length} chars, expire=${expire}, signature=${signature.length} hex digits`);

  await ik.deleteFile(file.fileId);
  console.log(`deleted   ${file.fileId}`);
} catch (e) {
  if (e instanceof ImageKitError) console.error(`${e.name}: ${e.message}`);
  else console.error(e);
  Deno.exit(1);
}
