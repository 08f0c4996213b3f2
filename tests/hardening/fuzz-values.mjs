// The hostile values of the JS boundary fuzzer (fuzz.mjs): what it puts in every argument position and option.
// `hostileValues(ref)` lists them as [label, make] pairs (`ref` is a healthy client, itself one of the values).

export const boom = () => {
  throw new Error("boom from a getter");
};
export const throwingTraps = {
  get: boom, set: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom,
  setPrototypeOf: boom, defineProperty: boom, deleteProperty: boom, isExtensible: boom, preventExtensions: boom,
  apply: boom, construct: boom,
};
export const deep = (n, leaf, wrap) => {
  let o = leaf;
  for (let i = 0; i < n; i++) o = wrap(o);
  return o;
};
export const revoked = () => {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
};
export const detached = () => {
  const b = new ArrayBuffer(8);
  structuredClone(b, { transfer: [b] });
  return b;
};
export const lyingView = () => {
  const v = new Uint16Array(4);
  Object.defineProperty(v, "byteOffset", { value: 2 ** 40 });
  Object.defineProperty(v, "byteLength", { value: 2 ** 33 });
  return v;
};
export class EvilView extends Float64Array {
  get byteOffset() { return boom(); }
  get buffer() { return boom(); }
}
export const evilMessageError = () => {
  const e = new Error("x");
  Object.defineProperty(e, "message", { get: boom });
  return e;
};
export const cyclic = () => {
  const c = { a: 1 };
  c.self = c;
  return c;
};
export const cyclicArray = () => {
  const a = [1];
  a.push(a);
  return a;
};
export const getters = (keys) => Object.defineProperties({}, Object.fromEntries(keys.map((k) => [k, { get: boom, enumerable: true }])));

export const HUGE = "a".repeat(10 * 1024 * 1024);
export const HUGE_UNICODE = "é✓😀/%#?".repeat(400_000);
export const HOSTILE_KEYS = ["path", "src", "urlEndpoint", "transformation", "signed", "file", "fileName", "signal", "timeout", "onProgress",
  "webhook-id", "webhook-timestamp", "webhook-signature", "get", "privateKey", "queryParameters", "width", "sizes", "tags"];

/** [label, value] pairs; values that are consumed or stateful are made fresh by `make`. */
export const hostileValues = (ref) => [
  ["undefined", () => undefined], ["null", () => null], ["true", () => true], ["false", () => false],
  ["0", () => 0], ["-0", () => -0], ["NaN", () => NaN], ["Infinity", () => Infinity], ["-Infinity", () => -Infinity],
  ["1e308", () => 1e308], ["2^53+1", () => 2 ** 53 + 1], ["-1", () => -1], ["0.5", () => 0.5], ["2^32", () => 2 ** 32],
  ["''", () => ""], ["'x'", () => "x"], ["hex", () => "2d5ad3936d2e015b"], ["10 MB string", () => HUGE],
  ["unicode 10 MB", () => HUGE_UNICODE], ["lone surrogate", () => "\ud800x\udfff"], ["NUL", () => "\0\0"],
  ["%", () => "%%%"], ["slashes", () => "/".repeat(100_000)], ["url", () => "https://ik.imagekit.io/demo/a b?c#d"],
  ["Symbol", () => Symbol("s")], ["Symbol.iterator", () => Symbol.iterator], ["BigInt", () => 10n], ["-BigInt", () => -(2n ** 64n)],
  ["function", () => () => {}], ["class", () => class {}], ["async fn", () => async () => {}],
  ["[]", () => []], ["[1,2]", () => [1, 2]], ["sparse array", () => new Array(100_000)], ["array of hostiles", () => [null, NaN, 1n, Symbol()]],
  ["{}", () => ({})], ["null-proto", () => Object.create(null)], ["frozen", () => Object.freeze({ a: 1 })],
  ["deep object 10k", () => deep(10_000, {}, (o) => ({ a: o }))], ["deep array 10k", () => deep(10_000, [], (o) => [o])],
  ["deep transformation 10k", () => deep(10_000, [{ width: 1 }], (o) => [{ overlay: { type: "image", input: "a.png", transformation: o } }])],
  ["deep 70 (past the parser's limit)", () => deep(70, {}, (o) => ({ a: o }))],
  ["cyclic", cyclic], ["cyclic array", cyclicArray],
  ["throwing getters", () => getters(HOSTILE_KEYS)], ["throwing toJSON", () => ({ toJSON: boom })],
  ["toJSON → cyclic", () => ({ toJSON: cyclic })], ["toJSON throws an error with a throwing message", () => ({ toJSON() { throw evilMessageError(); } })],
  ["throwing toString/valueOf", () => ({ toString: boom, valueOf: boom, [Symbol.toPrimitive]: boom })],
  ["throwing toJSON → 'get'", () => ({ get: boom })],
  ["Proxy (transparent)", () => new Proxy({ path: "a.jpg" }, {})], ["Proxy (throwing traps)", () => new Proxy({}, throwingTraps)],
  ["Proxy array (throwing)", () => new Proxy([], throwingTraps)], ["Proxy function (throwing)", () => new Proxy(() => {}, throwingTraps)],
  ["revoked Proxy", revoked],
  ["Date", () => new Date(NaN)], ["RegExp", () => /x/g], ["Map", () => new Map([[1, 2]])], ["Set", () => new Set([1])],
  ["WeakMap", () => new WeakMap()], ["Promise", () => Promise.resolve(1)], ["Error", () => new Error("e")],
  ["Uint8Array", () => new Uint8Array([123, 125])], ["Uint16Array", () => new Uint16Array(3)], ["Float64Array", () => new Float64Array([NaN])],
  ["DataView", () => new DataView(new ArrayBuffer(4))], ["ArrayBuffer", () => new ArrayBuffer(3)],
  ["SharedArrayBuffer", () => new SharedArrayBuffer(3)], ["detached ArrayBuffer", detached],
  ["typed array with lying byteOffset/byteLength", lyingView], ["typed array with throwing getters", () => new EvilView(2)],
  ["Blob", () => new Blob(["x"])], ["Proxy of a Blob", () => new Proxy(new Blob(["x"]), {})],
  ["Proxy of a Uint8Array", () => new Proxy(new Uint8Array([1]), {})], ["Proxy of an ArrayBuffer", () => new Proxy(new ArrayBuffer(2), {})],
  ["Uint8Array with a throwing length", () => Object.defineProperty(new Uint8Array(2), "length", { get: boom })],
  ["fake AbortSignal", () => ({ aborted: false, addEventListener() {} })], ["AbortSignal (live)", () => new AbortController().signal], ["Headers", () => new Headers({ "webhook-id": "x" })], ["AbortSignal (aborted)", () => AbortSignal.abort()],
  ["globalThis", () => globalThis], ["an ImageKit", () => ref],
];
