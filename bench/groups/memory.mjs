// Memory: a million URL calls and a million signed calls leave the wasm memory of each build where ten thousand
// left it (wasm memory only grows, so a leak of even a few bytes per call shows as growth). Inputs vary per call
// (src, width, expiry), so the allocator sees many sizes. Quick mode: 100 000 calls instead of a million.
import { OURS, OURS_SIZE, PRIVATE_KEY, QUICK, loadOurs, log, result } from "../lib.mjs";

const WARM = 10_000, MANY = QUICK ? 100_000 : 1_000_000;
const urlEndpoint = "https://ik.imagekit.io/demo";
const call = {
  "buildSrc (URL)": (m) => (i) => m.buildSrc({ src: `/img-${i % 997}.jpg`, urlEndpoint, transformation: [{ width: i % 500, height: 300, raw: "q-40" }] }),
  "ik.buildSrc (signed, expiresIn)": (m) => {
    const ik = new m.ImageKit({ privateKey: PRIVATE_KEY, urlEndpoint });
    return (i) => ik.buildSrc({ src: `/img-${i % 997}.jpg`, urlEndpoint, transformation: [{ width: i % 500 }], signed: true, expiresIn: 60 + (i % 600) });
  },
};
const bytes = (value) => ({ value, unit: "bytes" });
const FEW = `after ${WARM.toLocaleString("en")} calls`, ALL = `after ${MANY.toLocaleString("en")} calls`;
const rows = [];
for (const [build, column] of [["speed", OURS], ["size", OURS_SIZE]]) {
  const m = await loadOurs(build);
  const memory = m.ImageKit.__memory();
  for (const [name, make] of Object.entries(call)) {
    const f = make(m);
    let sink = 0;
    for (let i = 0; i < WARM; i++) sink += f(i).length;
    const after10k = memory.buffer.byteLength;
    const t0 = performance.now();
    for (let i = WARM; i < MANY; i++) sink += f(i).length;
    const ms = performance.now() - t0;
    const afterMany = memory.buffer.byteLength;
    if (!sink) throw new Error("no output");
    rows.push({
      name: `${name}, ${column}`,
      cells: { [FEW]: bytes(after10k), [ALL]: bytes(afterMany) },
      target: { text: `unchanged: ${afterMany === after10k ? "yes" : `grew by ${afterMany - after10k} B`} (${(ms / (MANY - WARM) * 1e3).toFixed(2)} µs per call)`, met: afterMany === after10k },
    });
    log(`memory: ${build} ${name} done`);
  }
}
result("Memory: the wasm memory's size after many calls", [FEW, ALL], rows, [
  "Each build in its own instance (Node). Wasm memory never shrinks: the same size after both counts means no call leaks.",
]);
