#!/usr/bin/env node
// imagekit-wasm in Node: upload a file, look at it, build plain and signed URLs, list the folder, delete it.
//   npm install imagekit-wasm
//   IMAGEKIT_PUBLIC_KEY=… IMAGEKIT_PRIVATE_KEY=… IMAGEKIT_URL_ENDPOINT=https://ik.imagekit.io/<id> node index.mjs photo.jpg
// IMAGEKIT_API_BASE_URL / IMAGEKIT_UPLOAD_BASE_URL point it elsewhere (the tests use the local ImageKit server).
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { ImageKit, ImageKitError } from "imagekit-wasm";

const env = process.env;
const file = process.argv[2];
if (!file) {
  console.error("usage: node index.mjs <image file>");
  process.exit(2);
}

const ik = new ImageKit({
  publicKey: env.IMAGEKIT_PUBLIC_KEY,
  privateKey: env.IMAGEKIT_PRIVATE_KEY,
  urlEndpoint: env.IMAGEKIT_URL_ENDPOINT,
  ...(env.IMAGEKIT_API_BASE_URL && { apiBaseUrl: env.IMAGEKIT_API_BASE_URL }),
  ...(env.IMAGEKIT_UPLOAD_BASE_URL && { uploadBaseUrl: env.IMAGEKIT_UPLOAD_BASE_URL }),
});

try {
  const uploaded = await ik.uploadFile({
    file: await readFile(file), // a Buffer; a Blob, a URL or base64 text work too
    fileName: basename(file),
    folder: "/imagekit-wasm-example",
    tags: ["example", "node"],
  });
  console.log(`uploaded  ${uploaded.filePath} (${uploaded.width}×${uploaded.height}, ${uploaded.size} bytes, id ${uploaded.fileId})`);

  const details = await ik.getFileDetails(uploaded.fileId);
  console.log(`details   tags=${details.tags.join(",")} mime=${details.mime}`);

  const thumb = ik.url({ path: uploaded.filePath, transformation: [{ width: 200, height: 200, effectGray: true }] });
  console.log(`url       ${thumb}`);
  const signed = ik.url({ path: uploaded.filePath, transformation: [{ width: 120 }], signed: true, expireSeconds: 600 });
  console.log(`signed    ${signed}`);
  const res = await fetch(signed);
  console.log(`fetched   signed URL → ${res.status} ${res.headers.get("content-type")}, ${(await res.arrayBuffer()).byteLength} bytes`);

  const listed = await ik.listFiles({ path: "/imagekit-wasm-example" });
  console.log(`listed    ${listed.length} file(s): ${listed.map((f) => f.name).join(", ")}`);

  await ik.deleteFile(uploaded.fileId);
  console.log(`deleted   ${uploaded.fileId}`);
} catch (e) {
  // Every error is an ImageKitError subclass: name, message, and for HTTP errors status and help.
  if (e instanceof ImageKitError) console.error(`${e.name}${e.status ? ` (${e.status})` : ""}: ${e.message}`);
  else console.error(e);
  process.exit(1);
}
