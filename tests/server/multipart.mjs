// Binary-safe multipart/form-data parsing over one Buffer (Buffer.indexOf on the boundary; parts are
// zero-copy subarrays of the request body).

export function boundaryOf(contentType) {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType || "");
  return m ? (m[1] ?? m[2]).trim() : null;
}

function parseDisposition(value) {
  const out = {};
  const re = /;\s*([A-Za-z*]+)=(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  let m;
  while ((m = re.exec(value))) out[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, "$1") : m[3].trim();
  return out;
}

/**
 * Parse a multipart body. Returns {fields: {name: string}, files: {name: {filename, contentType, data}}}.
 * A repeated text field keeps every value joined by "," (so repeated `tags` still work).
 * Throws Error on malformed input.
 */
export function parseMultipart(body, boundary) {
  const delim = Buffer.from(`--${boundary}`, "latin1");
  const sep = Buffer.from(`\r\n--${boundary}`, "latin1");
  const fields = {}, files = {};
  let pos = body.indexOf(delim);
  if (pos < 0) throw new Error("multipart boundary not found");
  pos += delim.length;
  for (;;) {
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break; // closing "--"
    if (body[pos] === 0x0d && body[pos + 1] === 0x0a) pos += 2;
    else throw new Error("malformed multipart delimiter");
    const headEnd = body.indexOf("\r\n\r\n", pos, "latin1");
    if (headEnd < 0) throw new Error("malformed multipart part headers");
    const headers = {};
    for (const line of body.toString("utf8", pos, headEnd).split("\r\n")) {
      const i = line.indexOf(":");
      if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
    const start = headEnd + 4;
    const end = body.indexOf(sep, start);
    if (end < 0) throw new Error("unterminated multipart part");
    const data = body.subarray(start, end);
    const disp = parseDisposition(headers["content-disposition"] || "");
    if (disp.name !== undefined) {
      if (disp.filename !== undefined) {
        files[disp.name] = { filename: disp.filename, contentType: headers["content-type"] || "application/octet-stream", data };
      } else {
        const text = data.toString("utf8");
        fields[disp.name] = disp.name in fields ? `${fields[disp.name]},${text}` : text;
      }
    }
    pos = end + sep.length;
  }
  return { fields, files };
}
