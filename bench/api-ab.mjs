// A/B of the media API's overhead over a plain fetch, call by call: `node bench/api-ab.mjs [pkgDir...] [--op
// list|details] [--rounds N] [--concurrency C] [--nodejs]` (default pkg/ alone, listFiles, 2000 rounds, one call at
// a time; with C, each turn is a batch of C concurrent calls; with --nodejs, @imagekit/nodejs's same call too, and
// each package's ratio to it: its median ÷ ours). Not part of `make bench`; it is how a
// change to the transport is judged before it lands (README, Benchmarks, says what it found).
// Why call by call: on this shared 2-core machine the load moves a slot of 25 calls by tens of percent, while two
// calls a millisecond apart see the same machine. Each round calls every implementation once, in an order shuffled
// anew, against the local server (its own process); each figure is the median over rounds of the call's time minus
// the plain fetch's of the same round. "plain fetch (A/A)" is the same plain fetch again: the noise floor.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { PRIVATE_KEY, PUBLIC_KEY } from "./lib.mjs";
import { spawnServer } from "./server.mjs";

const argv = process.argv.slice(2);
const flag = (name, dflt) => { const i = argv.indexOf(name); return i < 0 ? dflt : argv.splice(i, 2)[1]; };
const op = flag("--op", "list"), ROUNDS = Number(flag("--rounds", 2000)), C = Number(flag("--concurrency", 1));
const withNode = argv.includes("--nodejs") && argv.splice(argv.indexOf("--nodejs"), 1);
const dirs = argv.length ? argv : [new URL("../pkg", import.meta.url).pathname];
const srv = await spawnServer();
const auth = { authorization: `Basic ${btoa(`${PRIVATE_KEY}:`)}` };
try {
  for (let i = 0; i < 20; i++) {
    const form = new FormData();
    form.append("file", new File([`file ${i} `.repeat(20)], `file-${i}.txt`));
    form.append("fileName", `file-${i}.txt`);
    const r = await fetch(`${srv.uploadBaseUrl}/api/v1/files/upload`, { method: "POST", headers: auth, body: form });
    if (!r.ok) throw new Error(`seeding upload failed: ${r.status}`);
  }
  const fileId = (await (await fetch(`${srv.apiBaseUrl}/v1/files`, { headers: auth })).json())[0].fileId;
  const url = `${srv.apiBaseUrl}${op === "list" ? "/v1/files" : `/v1/files/${fileId}/details`}`;
  const plain = async () => {
    const r = await fetch(url, { headers: auth });
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return r.json();
  };
  const impls = { "plain fetch": plain, "plain fetch (A/A)": plain };
  for (const dir of dirs) {
    const m = await import(pathToFileURL(resolve(dir, "node.mjs")).href);
    const ik = new m.ImageKit({ privateKey: PRIVATE_KEY, publicKey: PUBLIC_KEY, urlEndpoint: srv.urlEndpoint, apiBaseUrl: srv.apiBaseUrl });
    impls[dir] = op === "list" ? () => ik.listFiles() : () => ik.getFileDetails(fileId);
  }
  if (withNode) {
    const { default: NodeImageKit } = await import("@imagekit/nodejs");
    const node = new NodeImageKit({ privateKey: PRIVATE_KEY, baseURL: srv.apiBaseUrl });
    impls["@imagekit/nodejs"] = op === "list" ? () => node.assets.list() : () => node.files.get(fileId);
  }
  if (C > 1) for (const [k, f] of Object.entries(impls)) impls[k] = () => Promise.all(Array.from({ length: C }, f));
  const names = Object.keys(impls);
  for (const k of names) for (let i = 0; i < 300; i++) await impls[k]();
  let x = 0x1d5;
  const next = () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), (x >>> 0) / 2 ** 32);
  const times = Object.fromEntries(names.map((k) => [k, new Float64Array(ROUNDS)]));
  for (let r = 0; r < ROUNDS; r++) {
    if (r % Math.ceil(500 / C) === 0) await srv.reset();
    const order = [...names];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const t0 = performance.now();
      await impls[k]();
      times[k][r] = (performance.now() - t0) * 1e3;
    }
  }
  const median = (a) => Float64Array.from(a).sort()[(a.length - 1) >> 1];
  const base = times["plain fetch"];
  const what = `${op === "list" ? "listFiles" : "getFileDetails"}${C > 1 ? ` × ${C} concurrent` : ""}`;
  console.log(`${what}, ${ROUNDS} rounds: median µs per ${C > 1 ? "batch" : "call"}, and over plain fetch (median of per-round differences)`);
  for (const k of names) {
    const over = median(times[k].map((v, i) => v - base[i]));
    const vsNode = withNode && dirs.includes(k) ? `   @imagekit/nodejs ÷ this: ${(median(times["@imagekit/nodejs"]) / median(times[k])).toFixed(2)}×` : "";
    console.log(`${k.padEnd(40)} ${median(times[k]).toFixed(1).padStart(7)}   +${over.toFixed(1).padStart(6)} (${((over / median(base)) * 100).toFixed(1)} %)${vsNode}`);
  }
} finally {
  await srv.close();
}
