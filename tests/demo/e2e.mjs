#!/usr/bin/env node
// End-to-end test of the demo (www-example) in headless Chromium, driven with playwright-core: starts the demo
// on free ports (local ImageKit server as backend), uploads a PNG through the page and watches the progress reach
// 100 %, builds a 100 px grayscale URL and checks the previewed pixels (in the page's canvas and decoded with
// sharp), signs it, tampers with the signature and sees the refusal, pastes the signed URL into the reader
// (parseUrl), edits its steps, gets it re-signed by the server (ik.transformUrl) and checks it (ik.verifyUrl),
// deletes the file.
// Prints `demo-e2e: N passed, M failed`; exit 1 on any failure.
// usage: node tests/demo/e2e.mjs [--screenshot docs/demo.png]    (after `make package`)
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import sharp from "sharp";
import { makePng } from "../server/fixtures.mjs";
import { startDemo } from "../../www-example/server.mjs";
import { assert, checks } from "../checks.mjs";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const argv = process.argv.slice(2);
const screenshot = argv.includes("--screenshot") ? resolve(argv[argv.indexOf("--screenshot") + 1]) : null;

const { check, crashed, finish } = checks("demo-e2e", 6);

/** Are all pixels grey (r = g = b within `tol`)? Returns the first offender or null. */
/** Clicks "read" and waits for its answer: the page first loads the URL reader, on demand (`loadUrlReader`). */
async function readUrl(page) {
  await page.evaluate(() => { document.querySelector("#parsed").textContent = ""; });
  await page.click("#parse");
  await page.waitForFunction(() => document.querySelector("#parsed").textContent !== "" || !document.querySelector("#reader-error").hidden);
}

function firstColoured(data, channels, tol = 2) {
  for (let i = 0; i < data.length; i += channels) {
    if (Math.abs(data[i] - data[i + 1]) > tol || Math.abs(data[i + 1] - data[i + 2]) > tol) return [data[i], data[i + 1], data[i + 2]];
  }
  return null;
}

const tmp = mkdtempSync(join(tmpdir(), "ik-e2e-"));
let demo, context;
const pageErrors = [];
try {
  demo = await startDemo({ port: 0, sample: true });
  context = await chromium.launchPersistentContext(join(tmp, "profile"), {
    executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    // expected failures (the tampered URL's 401, the second delete's 404) are logged by the browser as failed resources
    if (m.type() === "error" && !/status of 40[14]/.test(m.text())) pageErrors.push(`console: ${m.text()}`);
  });

  await check("the page loads, with the sample in the library", async () => {
    await page.goto(demo.url);
    await page.waitForFunction(() => window.__ready === true, null, { timeout: 30_000 });
    await page.waitForSelector("#library li[data-file-id]");
    assert(/local ImageKit server/.test(await page.textContent("#backend")), "backend line");
  });

  // A colourful 600×400 PNG with noise (so that it is not tiny and compresses poorly).
  const pngPath = join(tmp, "e2e-upload.png");
  let seed = 7;
  const noise = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 40);
  writeFileSync(pngPath, makePng(600, 400, (x, y) => [Math.min(255, 40 + x / 3 + noise()), Math.min(255, 60 + y / 2 + noise()), 220 - noise(), 255]));

  let fileId;
  await check("upload with progress: reaches 100 % and the file appears in the library", async () => {
    await page.setInputFiles("#file", pngPath);
    await page.waitForFunction(() => /^Uploaded /.test(document.querySelector("#upload-status").textContent), null, { timeout: 20_000 });
    const progress = await page.evaluate(() => ({ text: document.querySelector("#progress-text").textContent, value: document.querySelector("#progress").value, events: window.__progress }));
    assert(progress.text === "100 %" && progress.value === 100, `progress shows ${progress.text} / ${progress.value}`);
    assert(progress.events.length >= 1, "onProgress was never called");
    const [loaded, total] = progress.events.at(-1);
    assert(loaded === total && total > 600 * 400, `last progress event ${loaded}/${total}`);
    // The page writes "Uploaded …" and then refreshes the library, which selects the new file: until then the
    // sample is still the selected tile, so wait for the selection to move (or time out and report what it is).
    await page.waitForFunction(() => /^e2e-upload_/.test(document.querySelector("#library li.selected")?.textContent ?? ""), null, { timeout: 5000 }).catch(() => {});
    const tile = await page.waitForSelector("#library li.selected", { timeout: 5000 });
    assert(/^e2e-upload_\w+\.png$/.test(await tile.textContent()), `selected tile "${await tile.textContent()}"`);
    fileId = await tile.getAttribute("data-file-id");
    assert((await page.$$("#library li")).length === 2, "two files in the library");
  });

  const previewReady = (want) => page.waitForFunction((w) => {
    const url = document.querySelector("#url").value;
    const img = document.querySelector("#preview");
    return w.every((s) => url.includes(s)) && img.dataset.url === url && img.complete && img.naturalWidth > 0;
  }, want, { timeout: 15_000 });

  let url;
  await check("width 100 + grayscale: the preview is 100 px wide and grey (canvas pixels)", async () => {
    await page.fill("input[name=width]", "100");
    await page.check("input[name=grayscale]");
    await previewReady(["w-100", "e-grayscale"]);
    url = await page.inputValue("#url");
    assert(url.includes(`/tr:w-100,e-grayscale/e2e-upload_`), `url ${url}`);
    const px = await page.evaluate(() => {
      const img = document.querySelector("#preview");
      const c = Object.assign(document.createElement("canvas"), { width: img.naturalWidth, height: img.naturalHeight });
      const g = c.getContext("2d");
      g.drawImage(img, 0, 0);
      return { w: img.naturalWidth, h: img.naturalHeight, data: Array.from(g.getImageData(0, 0, c.width, c.height).data) };
    });
    assert(px.w === 100 && px.h === 67, `preview is ${px.w}×${px.h}`);
    const bad = firstColoured(px.data, 4);
    assert(!bad, `a coloured pixel ${bad}`);
    const info = await page.textContent("#preview-info");
    assert(info.startsWith("100×67"), `info "${info}"`);
  });

  await check("the same URL decoded with sharp: 100 px wide and grey", async () => {
    const res = await fetch(url);
    assert(res.status === 200, `status ${res.status}`);
    const { data, info } = await sharp(Buffer.from(await res.arrayBuffer())).raw().toBuffer({ resolveWithObject: true });
    assert(info.width === 100, `width ${info.width}`);
    assert(!firstColoured(data, info.channels), "coloured pixels");
    assert(res.headers.get("x-ik-rendered") === "w-100,e-grayscale", `x-ik-rendered ${res.headers.get("x-ik-rendered")}`);
  });

  let signed;
  await check("signed URL (with expiry) from the server: loads", async () => {
    await page.check("input[name=signed]");
    await previewReady(["w-100", "e-grayscale", "ik-t=", "ik-s="]);
    signed = await page.inputValue("#url");
    const t = Number(/ik-t=(\d+)/.exec(signed)[1]);
    const now = Date.now() / 1000;
    assert(t > now + 250 && t < now + 310, `ik-t ${t} is not now + 300`);
    assert(await page.evaluate(() => document.querySelector("#preview").naturalWidth) === 100, "signed preview width");
    assert((await fetch(signed)).status === 200, "signed URL fetch");
  });

  await check("tampered signature: the refusal message is shown", async () => {
    const tampered = signed.replace(/ik-s=([0-9a-f])/, (_, c) => `ik-s=${c === "0" ? "1" : "0"}`);
    assert(tampered !== signed, "tampering changed nothing");
    await page.fill("#url", tampered);
    await page.waitForSelector("#preview-error:not([hidden])", { timeout: 10_000 });
    const msg = await page.textContent("#preview-error");
    assert(/401/.test(msg) && /The URL signature is invalid\./.test(msg), `message "${msg}"`);
    assert(await page.evaluate(() => !document.querySelector("#preview").hasAttribute("src")), "the old preview stayed");
  });

  await check("read a URL: paste → edit → re-signed by the server → verified, and a tampered one refused", async () => {
    await page.fill("#paste", signed);
    await readUrl(page);
    const steps = JSON.parse(await page.inputValue("#steps"));
    assert(JSON.stringify(steps) === '[{"width":100,"grayscale":true}]', `steps ${JSON.stringify(steps)}`);
    assert(/^src \/e2e-upload_\w+\.png · path · signed, expires /.test(await page.textContent("#parsed")), await page.textContent("#parsed"));
    await page.fill("#steps", JSON.stringify([{ width: 50, grayscale: true }]));
    await page.click("#rebuild");
    await page.waitForFunction(() => document.querySelector("#rebuilt").value.includes("ik-s="), null, { timeout: 10_000 });
    const rebuilt = await page.inputValue("#rebuilt");
    const t = /ik-t=(\d+)/.exec(signed)[1];
    assert(rebuilt.includes("/tr:w-50,e-grayscale/") && rebuilt.includes(`ik-t=${t}&`), `rebuilt ${rebuilt}`);
    const res = await fetch(rebuilt);
    assert(res.status === 200, `rebuilt URL status ${res.status}`);
    const { info } = await sharp(Buffer.from(await res.arrayBuffer())).toBuffer({ resolveWithObject: true });
    assert(info.width === 50, `rebuilt width ${info.width}`);
    await page.click("#verify");
    await page.waitForSelector("#verified[data-valid]");
    const verdict = await page.textContent("#verified");
    assert(/^valid\nsigned string: tr:w-50,e-grayscale\/e2e-upload_\w+\.png\d+$/.test(verdict), `verdict "${verdict}"`);
    await page.evaluate(() => { document.querySelector("#rebuilt").value = ""; });
    await page.fill("#paste", signed.replace("w-100", "w-101"));
    await page.click("#verify");
    await page.waitForSelector('#verified[data-valid="false"]');
    assert(/^INVALID/.test(await page.textContent("#verified")), "tampered URL verified");
  });

  await check("text overlay and responsive srcset", async () => {
    await page.uncheck("input[name=signed]");
    await page.uncheck("input[name=grayscale]");
    await page.fill("input[name=width]", "400");
    await page.fill("input[name=text]", "Hello wasm");
    await previewReady(["w-400", "l-text,i-Hello%20wasm"]);
    const info = await page.textContent("#preview-info");
    assert(info.startsWith("400×267") && !/not rendered/.test(info), `info "${info}"`);
    await page.click("summary");
    const snippet = await page.inputValue("#srcset");
    assert(/srcset="[^"]*w-400[^"]* 1x, [^"]*w-828[^"]* 2x"/.test(snippet), `srcset snippet ${snippet}`);
  });

  if (screenshot) {
    await check(`screenshot → ${screenshot}`, async () => {
      await page.click("summary"); // closed again: a tidier picture
      await page.click("#library li:last-child"); // the sample landscape
      await page.fill("input[name=width]", "640");
      await page.fill("input[name=height]", "360");
      await page.fill("input[name=text]", "Hello from imagekit-wasm");
      await page.selectOption("select[name=focus]", "bottom");
      await page.fill("input[name=fontSize]", "30");
      await previewReady(["w-640,h-360", "l-text"]);
      // The reader shows this URL read back, with a step added.
      await page.fill("#paste", await page.inputValue("#url"));
      await readUrl(page);
      await page.fill("#steps", JSON.stringify([...JSON.parse(await page.inputValue("#steps")), { rotation: 90 }], null, 1));
      await page.click("#rebuild");
      await page.evaluate(() => { document.querySelector("#verified").hidden = true; });
      await page.evaluate(() => document.activeElement?.blur());
      await page.screenshot({ path: screenshot, fullPage: true });
      await page.click(`#library li[data-file-id="${fileId}"]`);
    });
  }

  await check("delete: the file leaves the library; errors are readable", async () => {
    await page.click(`#library li[data-file-id="${fileId}"]`);
    await page.click("#delete");
    await page.waitForFunction((id) => !document.querySelector(`#library li[data-file-id="${id}"]`), fileId, { timeout: 10_000 });
    assert(/^Deleted e2e-upload_/.test(await page.textContent("#upload-status")), "status line");
    // the API's 404 for a file that is already gone, as the page shows it
    const msg = await page.evaluate(async (id) => {
      const r = await fetch(`/api/files/${id}`, { method: "DELETE" });
      return `${r.status} ${(await r.json()).error.message}`;
    }, fileId);
    assert(msg === "404 The requested file does not exist.", msg);
  });

  await check("no page errors", async () => assert(!pageErrors.length, pageErrors.join("\n")));
} catch (e) {
  crashed(e);
} finally {
  await context?.close().catch(() => {});
  await demo?.close().catch(() => {});
  rmSync(tmp, { recursive: true, force: true });
}
finish();
