// node --test tests/server/ — transformations rendered on delivery (render.mjs, with sharp).
import { test } from "node:test";
import assert from "node:assert/strict";
import sharp from "sharp";
import { makePng, makeJpegHeader } from "./fixtures.mjs";
import { useServer } from "./helpers.mjs";
import { parseTransformation, transformationOf } from "./render.mjs";

const ctx = useServer();
const { put, signUrl } = ctx;
const gradient = () => makePng(40, 30, (x, y) => [x * 6, y * 8, 200, 255]);

async function get(path) {
  const r = await fetch(path.startsWith("http") ? path : `${ctx.srv.urlEndpoint}/${path}`);
  const buf = Buffer.from(await r.arrayBuffer());
  const img = r.status === 200 && /^image\//.test(r.headers.get("content-type")) ? await sharp(buf).raw().toBuffer({ resolveWithObject: true }).catch(() => null) : null;
  return { r, buf, img, rendered: r.headers.get("x-ik-rendered"), notRendered: r.headers.get("x-ik-not-rendered") };
}

test("parse: steps, entries, tr: segments and ?tr=", () => {
  assert.deepEqual(parseTransformation("tr:w-10,e-sharpen-5:rt-90").map((s) => s.map((e) => [e.key, e.value])),
    [[["w", "10"], ["e", "sharpen-5"]], [["rt", "90"]]]);
  assert.equal(transformationOf("tr:w-10%2Ch-5/a/b.png", new URLSearchParams("tr=rt-90")), "w-10,h-5:rt-90");
  assert.equal(transformationOf("a.png", new URLSearchParams()), "");
});

test("resize, crop modes, aspect ratio, rotation, format", async () => {
  await put("g.png", {}, { file: gradient() });
  const size = async (tr) => { const { img } = await get(`tr:${tr}/g.png`); return [img.info.width, img.info.height]; };
  assert.deepEqual(await size("w-20"), [20, 15]);
  assert.deepEqual(await size("h-15"), [20, 15]);
  assert.deepEqual(await size("w-0.5"), [20, 15]);
  assert.deepEqual(await size("w-10,h-10"), [10, 10]);
  assert.deepEqual(await size("w-10,h-20,c-force"), [10, 20]);
  assert.deepEqual(await size("w-10,h-20,c-at_max"), [10, 8]);
  assert.deepEqual(await size("w-10,h-20,cm-pad_resize"), [10, 20]);
  assert.deepEqual(await size("w-10,h-5,cm-extract"), [10, 5]);
  assert.deepEqual(await size("w-20,ar-1-1"), [20, 20]);
  assert.deepEqual(await size("w-20:rt-90"), [15, 20]);
  const { r, buf } = await get("g.png?tr=w-20,f-jpg,q-40");
  assert.equal(r.headers.get("content-type"), "image/jpeg");
  assert.equal((await sharp(buf).metadata()).format, "jpeg");
});

test("grayscale, blur, text layer; unknown parts are named in x-ik-not-rendered", async () => {
  await put("g.png", {}, { file: gradient() });
  const { img, rendered } = await get("tr:w-20,e-grayscale/g.png");
  assert.equal(rendered, "w-20,e-grayscale");
  for (let i = 0; i < img.data.length; i += img.info.channels) {
    assert.ok(img.data[i] === img.data[i + 1] && img.data[i + 1] === img.data[i + 2], "grey pixels");
  }
  const blurred = await get("tr:bl-10/g.png");
  assert.equal(blurred.rendered, "bl-10");
  const text = await get("tr:w-40,l-text,i-Hi,fs-20,co-FF0000,l-end/g.png");
  assert.match(text.rendered, /l-text/);
  const plain = await get("tr:w-40/g.png");
  assert.notDeepEqual(text.img.data, plain.img.data, "the text changed pixels");
  const odd = await get("tr:w-20,e-shadow,z-3/g.png");
  assert.equal(odd.rendered, "w-20");
  assert.equal(odd.notRendered, "e-shadow,z-3");
});

test("signatures are still checked on rendered URLs; undecodable files are served unchanged", async () => {
  await put("g.png", {}, { file: gradient() });
  const now = Math.floor(Date.now() / 1000);
  const good = await get(signUrl("tr:w-20,e-grayscale/g.png", now + 60));
  assert.equal(good.img.info.width, 20);
  const bad = await fetch(signUrl("tr:w-20,e-grayscale/g.png", now + 60).replace("tr:w-20", "tr:w-30"));
  assert.equal(bad.status, 401);
  assert.equal((await bad.json()).message, "The URL signature is invalid.");
  const jpeg = makeJpegHeader(64, 48);
  await put("h.jpg", {}, { file: jpeg, filename: "h.jpg" });
  const { r, buf, notRendered } = await get("tr:w-20/h.jpg");
  assert.equal(r.status, 200);
  assert.ok(buf.equals(jpeg));
  assert.match(notRendered, /^all \(/);
});
