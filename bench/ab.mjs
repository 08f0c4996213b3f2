// A/B of two builds of the package in one process, interleaved round by round, so a slow phase of the machine
// hits both alike: `node bench/ab.mjs <pkgDirA> <pkgDirB>` (e.g. a copy of pkg/ from before a change, and pkg/).
// Prints the fastest round's µs per call (lib.mjs `fastest` says why not the median) of a few URL and signing
// calls and B/A (below 1: B is faster). Not part of
// `make bench`; it is how a change to the hot paths is judged before it lands. It runs as it is under Bun too
// (`bun bench/ab.mjs A B`: the package's node.mjs is Bun's entry as well). Options: `--rounds N` (default 41; more
// rounds find a quieter batch on a loaded machine) and `--only name,name` (e.g. `--only buildSrc,auth`).
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const flag = (name) => { const i = process.argv.indexOf(name); return i < 0 ? undefined : process.argv[i + 1]; };
const ROUNDS = Number(flag("--rounds") ?? 41);
const ONLY = flag("--only")?.split(",");
const [A, B] = [process.argv[2], process.argv[3]];
const load = (dir) => import(pathToFileURL(resolve(dir, "node.mjs")).href);
const a = await load(A), b = await load(B);
const o = { src: "/default-image.jpg", urlEndpoint: "https://ik.imagekit.io/demo", transformation: [{ height: 300, width: 400, raw: "ar-4-3,q-40" }], transformationPosition: "path" };
const chained = [{ width: 400, height: 300 }, { overlay: { type: "text", text: "Hello, world ©", transformation: [{ fontSize: 20, fontColor: "FFFFFF" }] } }];
const oc = { src: o.src, urlEndpoint: o.urlEndpoint, transformation: chained };
const so = { ...o, signed: true, expiresIn: 300 };
const responsive = { src: o.src, urlEndpoint: o.urlEndpoint, sizes: "(min-width: 768px) 50vw, 100vw", transformation: [{ quality: 80 }] };
const mk = (m) => { const ik = new m.ImageKit({ privateKey: "private_key_test", urlEndpoint: o.urlEndpoint }); return {
  buildSrc: () => m.buildSrc(o), chainSrc: () => m.buildSrc(oc), chain: () => m.buildTransformationString(chained), signed: () => ik.buildSrc(so), url: () => ik.url({ path: "/a.jpg", transformation: o.transformation }),
  responsive: () => m.getResponsiveImageAttributes(responsive), auth: () => ik.getAuthenticationParameters("t", 1582269249),
  phash: () => m.phashDistance("2d5ad3936d2e015b", "2d6ed293db36a4fb") }; };
const impl = { A: mk(a), B: mk(b) };
const res = {};
for (let r = 0; r < ROUNDS; r++) for (const side of r % 2 ? ["A", "B"] : ["B", "A"]) for (const [k, f] of Object.entries(impl[side])) {
  if (ONLY && !ONLY.includes(k)) continue;
  const n = k === "responsive" ? 150 : 1000; const t0 = performance.now(); for (let i = 0; i < n; i++) f(); const us = (performance.now() - t0) * 1e3 / n;
  (res[k] ??= { A: [], B: [] })[side].push(us);
}
const best = (x) => Math.min(...x);
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(10), "A", best(v.A).toFixed(2), " B", best(v.B).toFixed(2), " B/A", (best(v.B) / best(v.A)).toFixed(2));
