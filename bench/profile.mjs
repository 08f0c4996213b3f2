// Where a URL call's time goes: `node bench/profile.mjs [pkgDir]` (default pkg/). Not part of `make bench`.
// Times the pieces of one call across the JS↔wasm boundary next to the whole call; the pure Rust cost natively
// comes from `cargo run --release` in bench/native (same inputs).
import { measure, do_not_optimize } from "mitata";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const dir = resolve(process.argv[2] ?? new URL("../pkg", import.meta.url).pathname);
const ours = await import(pathToFileURL(`${dir}/node.mjs`).href);
const t = async (name, fn) => {
  const s = await measure(() => do_not_optimize(fn()));
  console.log(`${name.padEnd(60)} ${s.p50.toFixed(0).padStart(7)} ns`);
};
const o = { src: "/default-image.jpg", urlEndpoint: "https://ik.imagekit.io/demo", transformation: [{ height: 300, width: 400, raw: "ar-4-3,q-40" }], transformationPosition: "path" };
const out = ours.buildSrc(o);
const bytes = new TextEncoder().encode(out);
const dec = new TextDecoder("utf-8", { ignoreBOM: true });
const enc = new TextEncoder(), into = new Uint8Array(1024), text = JSON.stringify(o);
const ik = new ours.ImageKit({ privateKey: "private_key_test", urlEndpoint: o.urlEndpoint });
console.log(`package: ${dir}`);
await t("JS: JSON.stringify(buildSrc options)", () => JSON.stringify(o));
await t(`JS: TextEncoder.encodeInto(options JSON, ${text.length} B)`, () => enc.encodeInto(text, into));
await t(`JS: TextDecoder.decode(result, ${bytes.length} B)`, () => dec.decode(bytes));
await t("wasm: buildTransformationString(null) (near-empty call)", () => ours.buildTransformationString(null));
await t("wasm: buildTransformationString([]) (+ stringify/parse '[]')", () => ours.buildTransformationString([]));
await t("wasm: phashDistance('0', '0') (2 string args)", () => ours.phashDistance("0", "0"));
await t("wasm: phashDistance(16 hex, 16 hex)", () => ours.phashDistance("2d5ad3936d2e015b", "2d6ed293db36a4fb"));
await t("wasm: buildSrc({}) (options crossing, returns '')", () => ours.buildSrc({}));
await t("wasm: buildSrc(path, one step) — whole call", () => ours.buildSrc(o));
await t("wasm: ik.buildSrc(signed, expiresIn 300) — whole call", () => ik.buildSrc({ ...o, signed: true, expiresIn: 300 }));
await t("wasm: ik.getAuthenticationParameters('t', 1582269249)", () => ik.getAuthenticationParameters("t", 1582269249));
await t("wasm: ik.getAuthenticationParameters() (random token)", () => ik.getAuthenticationParameters());
