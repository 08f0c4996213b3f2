//! The account and configuration resources of `@imagekit/nodejs` 7 beyond SPEC §5: saved extensions, named
//! transformations, origins, URL endpoints, usage, usage analytics, and renameFolder. They are plain CRUD, so
//! they are data: their rows of the call table (`table::CALLS`: method, path, arguments) and one builder. Only what no server could judge is checked here (ids are
//! non-empty strings, a body is an object, query values are scalars); the fields are the server's to validate.

use super::table::Row;
use super::Args;
use crate::api::request::{ApiRequest, Body};
use crate::error::{Error, Result};
use crate::json::Value;

/// What follows the ids in the positional arguments, from the row's last argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Payload {
    /// Nothing.
    None,
    /// `body`: a required object, sent as the JSON body as it is.
    Body,
    /// `query?`: an optional object of scalars, sent as the query string in its key order.
    Query,
}

fn payload(row: &Row) -> Payload {
    match row.last_arg() {
        "body" => Payload::Body,
        "query?" => Payload::Query,
        _ => Payload::None,
    }
}

/// Builds a CRUD call from its row: each `{…}` of the path is the next argument, an id, percent-encoded.
pub(super) fn build(row: &Row, a: Args<'_>) -> Result<ApiRequest> {
    let mut path = String::new();
    let mut next = 0;
    // Split on a char, not on "{}": a string pattern would pull the two-way searcher into the wasm.
    for (i, part) in row.path.split('{').enumerate() {
        let literal = if i > 0 {
            path.push_str(&a.id(next, "id")?);
            next += 1;
            part.split_once('}').map_or(part, |(_, rest)| rest)
        } else {
            part
        };
        path.push_str(literal);
    }
    let mut r = ApiRequest::new(row.method, path);
    let v = a.get(next);
    let wrong = |expected: &str, got: &Value| {
        Error::validation(format!("{} {expected}, got {}", row.flat, got.type_name()))
    };
    match (payload(row), v) {
        (Payload::None, _) | (Payload::Query, Value::Null) => {}
        (Payload::Body, Value::Obj(_)) => r.body = Body::Json(v.to_json()),
        (Payload::Body, other) => return Err(wrong("body must be an object", other)),
        (Payload::Query, Value::Obj(entries)) => {
            for (k, val) in entries {
                match val {
                    Value::Null => {}
                    Value::Str(s) => r.query.push((k.to_string(), s.to_string())),
                    Value::Num(_) | Value::Bool(_) => {
                        r.query.push((k.to_string(), val.to_js_string()))
                    }
                    other => {
                        return Err(wrong(
                            &format!("query.{k} must be a string or a number"),
                            other,
                        ))
                    }
                }
            }
        }
        (Payload::Query, other) => return Err(wrong("query must be an object", other)),
    }
    Ok(r)
}
