// The resolve hook size-build.mjs registers (it runs on Node's loader thread): a module URL inside pkg/ becomes
// the same file inside the size build's copy.
let from = "", to = "";

export function initialize(data) {
  ({ from, to } = data);
}

export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  return r.url.startsWith(from) ? { ...r, url: to + r.url.slice(from.length) } : r;
}
