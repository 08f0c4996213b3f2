// A small evaluator for ImageKit's Lucene-like `searchQuery`:
//   cond   := field op value      op: = != > >= < <= IN, NOT IN, ':' (case-insensitive "contains")
//   expr   := cond | (expr) | NOT expr | expr AND expr | expr OR expr   (AND binds tighter)
//   value  := "str" | 'str' | number | true/false | [v, v, ...] ; sizes like "2mb", dates ISO or relative "7d"/"12h"/"30m"
// Fields: name, tags, AITags, type, fileType, format, mime, size, height, width, createdAt, updatedAt,
// private/isPrivateFile, published/isPublished, path/filePath, customMetadata.<name>. Anything else → 400.
import { badRequest } from "./errors.mjs";

const invalid = (why) => badRequest(`Your search query is invalid: ${why}.`);

function tokenize(s) {
  const out = [];
  const re = /\s*(?:(\()|(\))|(\[)|(\])|(,)|(>=|<=|!=|=|>|<|:)|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([A-Za-z0-9_.\-+@]+))/y;
  let m;
  re.lastIndex = 0;
  while (re.lastIndex < s.length) {
    if (/^\s*$/.test(s.slice(re.lastIndex))) break;
    m = re.exec(s);
    if (!m) throw invalid(`unexpected character at position ${re.lastIndex}`);
    if (m[1] || m[2] || m[3] || m[4] || m[5]) out.push({ t: m[0].trim() });
    else if (m[6]) out.push({ t: "op", v: m[6] });
    else if (m[7] !== undefined || m[8] !== undefined) out.push({ t: "str", v: (m[7] ?? m[8]).replace(/\\(.)/g, "$1") });
    else out.push({ t: "word", v: m[9] });
  }
  return out;
}

function parse(tokens) {
  let i = 0;
  const peek = () => tokens[i];
  const isWord = (w) => peek()?.t === "word" && peek().v.toUpperCase() === w;
  const value = () => {
    const tok = tokens[i++];
    if (!tok) throw invalid("missing value");
    if (tok.t === "str") return tok.v;
    if (tok.t === "word") {
      if (/^-?\d+(\.\d+)?$/.test(tok.v)) return Number(tok.v);
      if (/^(true|false)$/i.test(tok.v)) return tok.v.toLowerCase() === "true";
      return tok.v;
    }
    throw invalid(`unexpected "${tok.t}"`);
  };
  const cond = () => {
    const f = tokens[i++];
    if (!f || f.t !== "word") throw invalid("expected a field name");
    let op;
    if (peek()?.t === "op") op = tokens[i++].v;
    else if (isWord("IN")) { i++; op = "IN"; }
    else if (isWord("NOT")) { i++; if (!isWord("IN")) throw invalid("expected IN after NOT"); i++; op = "NOT IN"; }
    else throw invalid(`expected an operator after ${f.v}`);
    let v;
    if (op === "IN" || op === "NOT IN") {
      if (tokens[i++]?.t !== "[") throw invalid("IN needs a [list]");
      v = [];
      while (peek() && peek().t !== "]") { v.push(value()); if (peek()?.t === ",") i++; }
      if (tokens[i++]?.t !== "]") throw invalid("unterminated list");
    } else v = value();
    return { kind: "cond", field: f.v, op, v };
  };
  const unary = () => {
    if (isWord("NOT") && tokens[i + 1]?.t === "(") { i++; return { kind: "not", e: unary() }; }
    if (peek()?.t === "(") { i++; const e = or(); if (tokens[i++]?.t !== ")") throw invalid("missing )"); return e; }
    return cond();
  };
  const and = () => { let e = unary(); while (isWord("AND")) { i++; e = { kind: "and", a: e, b: unary() }; } return e; };
  const or = () => { let e = and(); while (isWord("OR")) { i++; e = { kind: "or", a: e, b: and() }; } return e; };
  const e = or();
  if (i < tokens.length) throw invalid(`unexpected "${tokens[i].v ?? tokens[i].t}"`);
  return e;
}

const UNITS = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };
const REL = { s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };

function sizeValue(v) {
  if (typeof v === "number") return v;
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(String(v));
  if (!m) throw invalid(`bad size "${v}"`);
  return Number(m[1]) * UNITS[(m[2] || "b").toLowerCase()];
}

function dateValue(v, now) {
  const m = /^(\d+)([smhdw])$/.exec(String(v));
  if (m) return now - Number(m[1]) * REL[m[2]];
  const t = Date.parse(String(v));
  if (Number.isNaN(t)) throw invalid(`bad date "${v}"`);
  return t;
}

function fieldValue(rec, field) {
  const f = field.toLowerCase();
  if (f.startsWith("custommetadata.")) return rec.customMetadata?.[field.slice(15)];
  switch (f) {
    case "name": return rec.name;
    case "tags": return rec.tags ?? [];
    case "aitags": return (rec.AITags ?? []).map((t) => t.name);
    case "type": return rec.type;
    case "filetype": return rec.fileType;
    case "format": return rec.type === "folder" ? undefined : (/\.([^.]+)$/.exec(rec.name)?.[1] ?? "").toLowerCase().replace("jpeg", "jpg");
    case "mime": return rec.mime;
    case "size": case "height": case "width": return rec[f];
    case "createdat": case "created_at": return Date.parse(rec.createdAt);
    case "updatedat": case "updated_at": return Date.parse(rec.updatedAt);
    case "private": case "isprivatefile": return rec.isPrivateFile;
    case "published": case "ispublished": return rec.isPublished;
    case "path": case "filepath": return rec.filePath ?? rec.folderPath;
    default: throw invalid(`unknown field "${field}"`);
  }
}

function coerce(field, v, now) {
  const f = field.toLowerCase();
  if (f === "size") return sizeValue(v);
  if (/^(createdat|created_at|updatedat|updated_at)$/.test(f)) return dateValue(v, now);
  return v;
}

function test(left, op, right) {
  if (Array.isArray(left)) {
    if (op === "=" || op === ":") return left.includes(right);
    if (op === "!=") return !left.includes(right);
    if (op === "IN") return right.some((r) => left.includes(r));
    if (op === "NOT IN") return !right.some((r) => left.includes(r));
    return false;
  }
  switch (op) {
    case "=": return left === right;
    case "!=": return left !== right;
    case ":": return typeof left === "string" && left.toLowerCase().includes(String(right).toLowerCase());
    case "IN": return right.includes(left);
    case "NOT IN": return !right.includes(left);
    default:
      if (left === undefined || left === null) return false;
      return op === ">" ? left > right : op === ">=" ? left >= right : op === "<" ? left < right : left <= right;
  }
}

/** Compile a query string to a predicate over File/Folder objects. Throws 400 on bad syntax. */
export function compileSearch(query, now = Date.now()) {
  const ast = parse(tokenize(query));
  const ev = (e, rec) => {
    if (e.kind === "and") return ev(e.a, rec) && ev(e.b, rec);
    if (e.kind === "or") return ev(e.a, rec) || ev(e.b, rec);
    if (e.kind === "not") return !ev(e.e, rec);
    const right = Array.isArray(e.v) ? e.v.map((x) => coerce(e.field, x, now)) : coerce(e.field, e.v, now);
    return test(fieldValue(rec, e.field), e.op, right);
  };
  // validate field names eagerly
  const walk = (e) => (e.kind === "cond" ? fieldValue({}, e.field) : (walk(e.a ?? e.e), e.b && walk(e.b)));
  walk(ast);
  return (rec) => ev(ast, rec);
}
