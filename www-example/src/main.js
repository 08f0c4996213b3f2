// The page: imagekit-wasm in the browser. It uploads straight to ImageKit (token, signature and expire come from
// the server, which keeps the private key), builds URLs with ik.url(), and asks the server only to sign them.
import { ImageKit, getResponsiveImageAttributes, loadUrlReader, parseUrl, transformUrl } from "imagekit-wasm";

const $ = (id) => document.getElementById(id);
const form = $("form");
const state = { files: [], selected: null, urlEdited: false, previewSeq: 0, objectUrl: null };

/** fetch() of our own server's /api/ routes; a failure throws an Error carrying the API's message. */
async function api(method, path, body) {
  const res = await fetch(path, { method, headers: body ? { "content-type": "application/json" } : {}, body: body && JSON.stringify(body) });
  if (res.status === 204) return null;
  const data = await res.json().catch(() => ({ error: { name: "Error", message: `HTTP ${res.status}` } }));
  if (!res.ok) throw Object.assign(new Error(data.error?.message || `HTTP ${res.status}`), data.error ?? {});
  return data;
}

/** A readable line for any error: SDK errors carry name, status, message and help. */
function describe(e) {
  const status = e?.status ? ` ${e.status}` : "";
  return `${e?.name || "Error"}${status}: ${e?.message || String(e) || "something went wrong"}`;
}

function showError(e) {
  const el = $("error");
  el.textContent = e ? describe(e) : "";
  el.hidden = !e;
}

const config = await api("GET", "/api/config");
$("backend").textContent = `Backend: ${config.backend} · URL endpoint ${config.urlEndpoint}`;
// No private key in the browser: only what an upload and URL building need.
const ik = new ImageKit({ publicKey: config.publicKey, urlEndpoint: config.urlEndpoint, uploadBaseUrl: config.uploadBaseUrl });

// ---- upload -------------------------------------------------------------------------------------------------
function setProgress(pct) {
  $("progress").value = pct;
  $("progress-text").textContent = `${pct} %`;
}

async function upload(file) {
  showError(null);
  setProgress(0);
  $("upload-status").textContent = `Uploading ${file.name}…`;
  window.__progress = [];
  try {
    const auth = await api("GET", "/api/auth"); // a fresh token per upload
    const result = await ik.uploadFile({
      file, fileName: file.name, useUniqueFileName: true, ...auth,
      onProgress: ({ loaded, total }) => {
        window.__progress.push([loaded, total]);
        if (total) setProgress(Math.round((loaded / total) * 100));
      },
    });
    $("upload-status").textContent = `Uploaded ${result.name} (${result.width}×${result.height}, ${kb(result.size)}).`;
    await refresh(result.fileId);
  } catch (e) {
    $("upload-status").textContent = "Upload failed.";
    showError(e);
  }
}

$("file").addEventListener("change", (ev) => { const f = ev.target.files[0]; if (f) upload(f); ev.target.value = ""; });
const drop = $("drop");
drop.addEventListener("dragover", (ev) => { ev.preventDefault(); drop.classList.add("over"); });
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (ev) => {
  ev.preventDefault();
  drop.classList.remove("over");
  const f = ev.dataTransfer.files[0];
  if (f) upload(f);
});

// ---- library ------------------------------------------------------------------------------------------------
async function refresh(selectId) {
  try {
    state.files = await api("GET", "/api/files");
  } catch (e) {
    showError(e);
    return;
  }
  const list = $("library");
  list.replaceChildren(...state.files.map((f) => {
    const li = document.createElement("li");
    li.dataset.fileId = f.fileId;
    li.title = f.filePath;
    const img = document.createElement("img");
    img.alt = f.name;
    img.loading = "lazy";
    img.src = ik.url({ path: f.filePath, transformation: [{ width: 240, height: 240 }] });
    const name = document.createElement("span");
    name.textContent = f.name;
    li.append(img, name);
    li.addEventListener("click", () => select(f.fileId));
    return li;
  }));
  $("library-empty").hidden = state.files.length > 0;
  const keep = selectId ?? state.selected?.fileId;
  select(state.files.some((f) => f.fileId === keep) ? keep : state.files[0]?.fileId);
}

function select(fileId) {
  state.selected = state.files.find((f) => f.fileId === fileId) ?? null;
  for (const li of $("library").children) li.classList.toggle("selected", li.dataset.fileId === fileId);
  $("selected-name").textContent = state.selected ? `· ${state.selected.filePath}` : "";
  $("builder").classList.toggle("disabled", !state.selected);
  state.urlEdited = false;
  update();
}

$("refresh").addEventListener("click", () => refresh());

$("delete").addEventListener("click", async () => {
  const f = state.selected;
  if (!f) return;
  showError(null);
  try {
    await api("DELETE", `/api/files/${encodeURIComponent(f.fileId)}`);
    $("upload-status").textContent = `Deleted ${f.name}.`;
    state.selected = null;
    await refresh();
  } catch (e) {
    showError(e);
  }
});

// ---- URL builder --------------------------------------------------------------------------------------------
/** The form → an ImageKit transformation array: one step for size/effects, then one for the text layer. */
function transformation() {
  const v = Object.fromEntries(new FormData(form));
  const step = {};
  if (Number(v.width) > 0) step.width = Number(v.width);
  if (Number(v.height) > 0) step.height = Number(v.height);
  if (v.crop) {
    const [kind, mode] = v.crop.split(":");
    step[kind === "cm" ? "cropMode" : "crop"] = mode;
  }
  if (v.rotation) step.rotation = Number(v.rotation);
  if (v.format) step.format = v.format;
  if (Number(v.quality) > 0) step.quality = Number(v.quality);
  if (Number(v.blur) > 0) step.blur = Number(v.blur);
  if (v.grayscale) step.grayscale = true;
  const steps = Object.keys(step).length ? [step] : [];
  if (v.text.trim()) {
    const overlay = { type: "text", text: v.text.trim(),
      transformation: [{ fontSize: Number(v.fontSize) || 32, fontColor: v.fontColor.slice(1).toUpperCase(), padding: 12, background: "00000066" }] };
    if (v.focus) overlay.position = { focus: v.focus };
    steps.push({ overlay });
  }
  return steps;
}

function outputs() {
  const v = Object.fromEntries(new FormData(form));
  for (const out of form.querySelectorAll("output[data-for]")) {
    const n = Number(v[out.dataset.for]);
    out.textContent = n > 0 ? String(n) : out.dataset.for === "blur" ? "off" : "default";
  }
}

let timer = null;
function update() {
  outputs();
  clearTimeout(timer);
  timer = setTimeout(build, 150);
}

async function build() {
  const f = state.selected;
  if (!f) {
    $("url").value = "";
    $("srcset").value = "";
    $("preview").removeAttribute("src");
    $("preview-info").textContent = "Select an image in the library.";
    return;
  }
  const tr = transformation();
  const v = Object.fromEntries(new FormData(form));
  let url;
  try {
    if (v.signed) {
      // Signing needs the private key: the server does it.
      url = (await api("POST", "/api/sign", { path: f.filePath, transformation: tr, expireSeconds: Number(v.expireSeconds) || 0 })).url;
    } else {
      url = ik.url({ path: f.filePath, transformation: tr });
    }
    showError(null);
  } catch (e) {
    showError(e);
    return;
  }
  $("url").value = url;
  state.urlEdited = false;
  srcset(f, tr, v);
  preview(url);
}

function srcset(f, tr, v) {
  const width = Number(v.width) > 0 ? Number(v.width) : undefined;
  const attrs = getResponsiveImageAttributes({ src: f.filePath, urlEndpoint: config.urlEndpoint, transformation: tr,
    ...(width ? { width } : { sizes: "(min-width: 960px) 50vw, 100vw" }) });
  const html = [`<img src="${attrs.src}"`, attrs.srcSet && `     srcset="${attrs.srcSet}"`, attrs.sizes && `     sizes="${attrs.sizes}"`,
    attrs.width && `     width="${attrs.width}"`, `     alt="${f.name}">`].filter(Boolean).join("\n");
  $("srcset").value = html;
  $("srcset").dataset.srcset = attrs.srcSet ?? "";
}

/** Loads `url` with fetch, so that a refusal (bad signature, missing file) shows ImageKit's message. */
async function preview(url) {
  const seq = ++state.previewSeq;
  $("open-url").href = url;
  $("preview-error").hidden = true;
  $("preview-info").textContent = "Loading…";
  try {
    const res = await fetch(url);
    if (seq !== state.previewSeq) return;
    if (!res.ok) {
      const body = await res.text();
      let message = body;
      try { message = JSON.parse(body).message ?? body; } catch {}
      throw Object.assign(new Error(message || res.statusText), { name: "Refused", status: res.status });
    }
    const blob = await res.blob();
    if (seq !== state.previewSeq) return;
    if (state.objectUrl) URL.revokeObjectURL(state.objectUrl);
    state.objectUrl = URL.createObjectURL(blob);
    const img = $("preview");
    await new Promise((resolve, reject) => { img.onload = resolve; img.onerror = () => reject(new Error("the browser cannot display this image")); img.src = state.objectUrl; });
    if (seq !== state.previewSeq) return;
    const skipped = res.headers.get("x-ik-not-rendered");
    $("preview-info").textContent = `${img.naturalWidth}×${img.naturalHeight} · ${blob.type || "?"} · ${kb(blob.size)}` +
      (skipped ? ` · not rendered by the local server: ${skipped}` : "");
    $("preview").dataset.url = url;
  } catch (e) {
    if (seq !== state.previewSeq) return;
    $("preview").removeAttribute("src");
    $("preview").dataset.url = "";
    $("preview-info").textContent = "";
    $("preview-error").textContent = describe(e);
    $("preview-error").hidden = false;
  }
}

form.addEventListener("input", update);
form.addEventListener("submit", (ev) => ev.preventDefault());
$("url").addEventListener("input", () => {
  state.urlEdited = true;
  clearTimeout(timer);
  timer = setTimeout(() => preview($("url").value.trim()), 300);
});

async function copy(text, button) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const t = Object.assign(document.createElement("textarea"), { value: text });
    document.body.append(t);
    t.select();
    document.execCommand("copy");
    t.remove();
  }
  const label = button.textContent;
  button.textContent = "Copied ✓";
  setTimeout(() => (button.textContent = label), 1200);
}
$("copy-url").addEventListener("click", (ev) => copy($("url").value, ev.currentTarget));
$("copy-srcset").addEventListener("click", (ev) => copy($("srcset").dataset.srcset || "", ev.currentTarget));

function kb(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

await refresh();
window.__ready = true;

// ---- read a URL back: parseUrl in the page, edit its steps, rebuild (signed URLs are signed again by the server,
// which holds the key: ik.transformUrl), and check a signature (ik.verifyUrl, also on the server) ---------------
function readerError(e) {
  $("reader-error").textContent = e ? describe(e) : "";
  $("reader-error").hidden = !e;
}

let parsed = null;
$("parse").addEventListener("click", async () => {
  readerError(null);
  try {
    // The browser's build loads the URL reader on demand, once (README "Size"); then parseUrl is synchronous.
    await loadUrlReader();
    parsed = parseUrl($("paste").value.trim(), { urlEndpoint: config.urlEndpoint });
    $("steps").value = JSON.stringify(parsed.transformation, null, 1);
    const sig = parsed.signature;
    $("parsed").textContent = `src ${parsed.src} · ${parsed.transformationPosition} · ` +
      (sig ? `signed${sig.expiresAt ? `, expires ${new Date(sig.expiresAt * 1000).toISOString()}` : ", never expires"}` : "not signed");
  } catch (e) {
    parsed = null;
    readerError(e);
  }
});

$("rebuild").addEventListener("click", async () => {
  readerError(null);
  try {
    if (!parsed) throw new Error("read a URL first");
    const steps = JSON.parse($("steps").value || "[]");
    const url = $("paste").value.trim();
    // An unsigned URL is rebuilt right here; a signed one needs the key, so the server re-signs it.
    $("rebuilt").value = parsed.signature ? (await api("POST", "/api/transform", { url, transformation: steps })).url : transformUrl(url, () => steps);
  } catch (e) {
    readerError(e);
  }
});

$("verify").addEventListener("click", async () => {
  readerError(null);
  try {
    const url = ($("rebuilt").value || $("paste").value).trim();
    const v = await api("POST", "/api/verify", { url });
    $("verified").textContent = `${v.valid ? "valid" : "INVALID"}${v.expired ? " (expired)" : ""}\nsigned string: ${v.signedString}`;
    $("verified").hidden = false;
    $("verified").dataset.valid = String(v.valid);
  } catch (e) {
    readerError(e);
  }
});
