//! The account and configuration resources of `@imagekit/nodejs` 7 beyond SPEC §5: saved extensions, named
//! transformations, origins, URL endpoints, usage, usage analytics, and renameFolder. They are plain CRUD, so
//! they are data: one [`Route`] each and one builder. Only what no server could judge is checked here (ids are
//! non-empty strings, a body is an object, query values are scalars); the fields are the server's to validate.

use super::{Args, Call};
use crate::api::request::{ApiRequest, Body, Method};
use crate::error::{Error, Result};
use crate::json::Value;

/// What follows the ids in the positional arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Payload {
    /// Nothing.
    None,
    /// A required object, sent as the JSON body as it is.
    Body,
    /// An optional object of scalars, sent as the query string in its key order.
    Query,
}

/// One call: `path` holds a `{}` for each id argument, filled in order and percent-encoded.
pub(super) struct Route {
    pub call: Call,
    pub js: &'static str,
    method: Method,
    path: &'static str,
    payload: Payload,
}

impl Route {
    /// The ids, then the payload when there is one.
    pub fn arity(&self) -> usize {
        self.path.matches('{').count() + usize::from(self.payload != Payload::None)
    }
}

const fn route(
    call: Call,
    js: &'static str,
    method: Method,
    path: &'static str,
    payload: Payload,
) -> Route {
    Route {
        call,
        js,
        method,
        path,
        payload,
    }
}

use Method::{Delete, Get, Patch, Post, Put};
use Payload::{Body as B, None as N, Query as Q};

const SAVED_EXTENSIONS: &str = "/v1/saved-extensions";
const SAVED_EXTENSION: &str = "/v1/saved-extensions/{}";
const NAMED_TRANSFORMATIONS: &str = "/v1/named-transformations";
const NAMED_TRANSFORMATION: &str = "/v1/named-transformations/{}";
const ORIGINS: &str = "/v1/accounts/origins";
const ORIGIN: &str = "/v1/accounts/origins/{}";
const URL_ENDPOINTS: &str = "/v1/accounts/url-endpoints";
const URL_ENDPOINT: &str = "/v1/accounts/url-endpoints/{}";

/// Every table-driven call, with its method and path as `@imagekit/nodejs` 7.11 sends them.
pub(super) const ROUTES: [Route; 23] = [
    route(
        Call::RenameFolder,
        "renameFolder",
        Post,
        "/v1/bulkJobs/renameFolder",
        B,
    ),
    route(
        Call::ListSavedExtensions,
        "listSavedExtensions",
        Get,
        SAVED_EXTENSIONS,
        N,
    ),
    route(
        Call::CreateSavedExtension,
        "createSavedExtension",
        Post,
        SAVED_EXTENSIONS,
        B,
    ),
    route(
        Call::GetSavedExtension,
        "getSavedExtension",
        Get,
        SAVED_EXTENSION,
        N,
    ),
    route(
        Call::UpdateSavedExtension,
        "updateSavedExtension",
        Patch,
        SAVED_EXTENSION,
        B,
    ),
    route(
        Call::DeleteSavedExtension,
        "deleteSavedExtension",
        Delete,
        SAVED_EXTENSION,
        N,
    ),
    route(
        Call::ListNamedTransformations,
        "listNamedTransformations",
        Get,
        NAMED_TRANSFORMATIONS,
        N,
    ),
    route(
        Call::CreateNamedTransformation,
        "createNamedTransformation",
        Post,
        NAMED_TRANSFORMATIONS,
        B,
    ),
    route(
        Call::GetNamedTransformation,
        "getNamedTransformation",
        Get,
        NAMED_TRANSFORMATION,
        N,
    ),
    route(
        Call::UpdateNamedTransformation,
        "updateNamedTransformation",
        Patch,
        NAMED_TRANSFORMATION,
        B,
    ),
    route(
        Call::DeleteNamedTransformation,
        "deleteNamedTransformation",
        Delete,
        NAMED_TRANSFORMATION,
        N,
    ),
    route(Call::GetUsage, "getUsage", Get, "/v1/accounts/usage", Q),
    route(
        Call::GetUsageAnalytics,
        "getUsageAnalytics",
        Get,
        "/v1/accounts/usage-analytics",
        Q,
    ),
    route(Call::ListOrigins, "listOrigins", Get, ORIGINS, N),
    route(Call::CreateOrigin, "createOrigin", Post, ORIGINS, B),
    route(Call::GetOrigin, "getOrigin", Get, ORIGIN, N),
    route(Call::UpdateOrigin, "updateOrigin", Put, ORIGIN, B),
    route(Call::DeleteOrigin, "deleteOrigin", Delete, ORIGIN, N),
    route(
        Call::ListUrlEndpoints,
        "listUrlEndpoints",
        Get,
        URL_ENDPOINTS,
        N,
    ),
    route(
        Call::CreateUrlEndpoint,
        "createUrlEndpoint",
        Post,
        URL_ENDPOINTS,
        B,
    ),
    route(Call::GetUrlEndpoint, "getUrlEndpoint", Get, URL_ENDPOINT, N),
    route(
        Call::UpdateUrlEndpoint,
        "updateUrlEndpoint",
        Put,
        URL_ENDPOINT,
        B,
    ),
    route(
        Call::DeleteUrlEndpoint,
        "deleteUrlEndpoint",
        Delete,
        URL_ENDPOINT,
        N,
    ),
];

/// The route of a table-driven call.
pub(super) fn find(call: Call) -> Option<&'static Route> {
    ROUTES.iter().find(|r| r.call == call)
}

pub(super) fn build(route: &Route, a: Args<'_>) -> Result<ApiRequest> {
    let mut path = String::new();
    let mut next = 0;
    // Split on a char, not on "{}": a string pattern would pull the two-way searcher into the wasm.
    for (i, part) in route.path.split('{').enumerate() {
        if i > 0 {
            path.push_str(&a.id(next, "id")?);
            next += 1;
        }
        path.push_str(part.trim_start_matches('}'));
    }
    let mut r = ApiRequest::new(route.method, path);
    let v = a.get(next);
    let wrong = |expected: &str, got: &Value| {
        Error::validation(format!("{} {expected}, got {}", route.js, got.type_name()))
    };
    match (route.payload, v) {
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
