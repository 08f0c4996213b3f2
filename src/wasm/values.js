// How a caller's options cross into wasm: as JSON text, in one call (src/wasm/convert.rs and the lane, lane.js,
// both use `ikJson`, so the two paths read every value the same way).

/**
 * `JSON.stringify(value)`, except that a BigInt, which `JSON.stringify` refuses, becomes the number it spells: the
 * official SDKs print one with a template string (`w-${5n}` is `w-5`), so the engine must see `5`, digits intact
 * however long. Only a stringify that threw pays for the second pass. Throws what `JSON.stringify` throws
 * otherwise (a cycle, a throwing getter or `toJSON`).
 * @param {unknown} value
 * @returns {string | undefined}
 */
export function ikJson(value) {
  try {
    return JSON.stringify(value);
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    // A marker no caller's string can hold by chance: a NUL, and a random tag drawn at call time.
    const mark = `\u0000ik-bigint-${Math.random().toString(36).slice(2)}:`;
    const text = JSON.stringify(value, (_, x) => (typeof x === "bigint" ? mark + x : x));
    if (typeof text !== "string") return text;
    const quoted = JSON.stringify(mark).slice(1, -1);
    return text.split(`"${quoted}`).map((part, i) => (i === 0 ? part : part.replace(/^(-?\d+)"/, "$1"))).join("");
  }
}
