// One upload in a fresh process (spawned by upload.mjs): `node --expose-gc upload-child.mjs <impl> <MB> <baseUrl>`.
// Builds the File, warms the client up with a 1 KB upload, prints "ready", uploads on "go", prints "done <ms>",
// exits on "exit". The parent reads this process's RSS from /proc meanwhile.
import { createInterface } from "node:readline";
import { PRIVATE_KEY, PUBLIC_KEY } from "../lib.mjs";

const [impl, mb, base] = process.argv.slice(2);
const size = Number(mb) * 2 ** 20;
const upload = await uploader(impl);
const chunk = new Uint8Array(2 ** 20).map((_, i) => i * 31);
const file = new File(Array.from({ length: Number(mb) }, () => chunk), "big.bin", { type: "application/octet-stream" });
await check(await upload(new File([chunk.subarray(0, 1024)], "warm.bin")), 1024);
globalThis.gc?.();
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
console.log("ready");
await lines.next();
const t0 = performance.now();
await check(await upload(file), size);
console.log(`done ${performance.now() - t0}`);
await lines.next();
process.exit(0);

async function check(res, want) {
  if (res?.size !== want) throw new Error(`${impl}: upload answered size ${res?.size}, want ${want}`);
}

async function uploader(name) {
  if (name === "imagekit-wasm") {
    const { ImageKit } = await import("../../pkg/node.mjs");
    const ik = new ImageKit({ privateKey: PRIVATE_KEY, publicKey: PUBLIC_KEY, uploadBaseUrl: base, apiBaseUrl: base, maxRetries: 0 });
    return (f) => ik.uploadFile({ file: f, fileName: f.name });
  }
  if (name === "@imagekit/nodejs") {
    const { default: ImageKit } = await import("@imagekit/nodejs");
    const client = new ImageKit({ privateKey: PRIVATE_KEY, baseURL: base, maxRetries: 0 });
    return (f) => client.files.upload({ file: f, fileName: f.name });
  }
  if (name === "plain fetch") {
    const authorization = `Basic ${btoa(`${PRIVATE_KEY}:`)}`;
    return async (f) => {
      const form = new FormData();
      form.append("file", f);
      form.append("fileName", f.name);
      const r = await fetch(`${base}/api/v1/files/upload`, { method: "POST", headers: { authorization }, body: form });
      return r.json();
    };
  }
  throw new Error(`unknown implementation ${name}`);
}
