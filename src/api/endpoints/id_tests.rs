//! Ids never leave their path segment (SPEC §5, issue #12): for every call that takes an id, in every id position,
//! an id that a URL parser would resolve as a dot segment is a `ValidationError` before any request, and every
//! other hostile id stays one segment of exactly the path the call's table gives. The check of the built paths
//! is written independently of `request::segment`: it decodes `%2e` and compares, as the WHATWG parser does.

use super::tests::{err, API, UP};
use super::*;

/// Every call of SPEC §5 with its valid positional arguments (JSON) and the names of its id arguments, in order. An
/// `"ID"` string in the arguments marks where each id goes. The table-driven calls of `crud` are added by
/// [`id_calls`], from their routes.
#[rustfmt::skip]
const ID_CALLS: &[(Call, &str, &[&str])] = &[
    (Call::GetFileDetails, r#"["ID"]"#, &["fileId"]),
    (Call::GetFileVersions, r#"["ID"]"#, &["fileId"]),
    (Call::GetFileVersionDetails, r#"["ID","ID"]"#, &["fileId", "versionId"]),
    (Call::UpdateFileDetails, r#"["ID",{"tags":["x"]}]"#, &["fileId"]),
    (Call::DeleteFile, r#"["ID"]"#, &["fileId"]),
    (Call::DeleteFileVersion, r#"["ID","ID"]"#, &["fileId", "versionId"]),
    (Call::RestoreFileVersion, r#"["ID","ID"]"#, &["fileId", "versionId"]),
    (Call::GetBulkJobStatus, r#"["ID"]"#, &["jobId"]),
    (Call::GetPurgeFileCacheStatus, r#"["ID"]"#, &["requestId"]),
    (Call::GetFileMetadata, r#"["ID"]"#, &["fileId"]),
    (Call::UpdateCustomMetadataFields, r#"["ID",{"label":"l"}]"#, &["fieldId"]),
    (Call::DeleteCustomMetadataField, r#"["ID"]"#, &["fieldId"]),
];

/// [`ID_CALLS`] and every other call of the table whose path takes an id (one, named `id`, then an optional
/// body): the CRUD calls.
fn id_calls() -> Vec<(Call, &'static str, &'static [&'static str])> {
    let mut all = ID_CALLS.to_vec();
    for route in table::CALLS
        .iter()
        .filter(|r| !ID_CALLS.iter().any(|(c, _, _)| *c == r.call))
    {
        let args = if route.arity() == 2 {
            r#"["ID",{"name":"n"}]"#
        } else {
            r#"["ID"]"#
        };
        let marked = args.replace("ID", "zz-marker");
        if build(route.call, &parse_args(&marked)).is_ok_and(|r| r.path.contains("zz-marker")) {
            all.push((route.call, args, &["id"]));
        }
    }
    assert_eq!(
        all.len(),
        ID_CALLS.len() + 12,
        "the 12 get/update/delete calls of crud"
    );
    all
}

fn parse_args(text: &str) -> Vec<Value<'_>> {
    match crate::json::parse(text) {
        Ok(Value::Arr(items)) => items,
        other => panic!("not an array: {other:?}"),
    }
}

/// Ids a URL parser resolves as dot segments once sent: refused.
const DOT_IDS: &[&str] = &[".", ".."];

/// Ids that look like dot segments but are sent as plain ones (`%` and `/` are percent-encoded): accepted, and
/// each must stay one segment.
const NEAR_DOT_IDS: &[&str] = &[
    "%2e",
    "%2E",
    "%2e%2e",
    "%2E%2e",
    ".%2e",
    "%2e.",
    "./",
    "../",
    "/..",
    "..%2f",
    "...",
    " ..",
    ".. ",
    "..\t",
    "\\..",
    "..\\",
    "a/../b",
    "\u{ff0e}",
    "\u{ff0e}\u{ff0e}",
    "?",
    "#",
    "..?x",
    ".#",
];

/// The WHATWG definition: a segment that is `.` or `..`, any dot possibly written `%2e` / `%2E`.
fn resolves_as_dot(segment: &str) -> bool {
    let decoded = segment.to_ascii_lowercase().replace("%2e", ".");
    decoded == "." || decoded == ".."
}

/// The path of a built request, and its segments.
fn path_of(c: Call, args: &str) -> String {
    let r = super::tests::call(c, args);
    let url = r.url(API, UP);
    let rest = url.strip_prefix(API).unwrap_or(&url);
    rest.split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_string()
}

/// `args` with its `n`-th `"ID"` replaced by `id` (JSON-escaped) and the others by `other`.
fn with_id(args: &str, n: usize, id: &str, other: &str) -> String {
    let json = |s: &str| Value::Str(Cow::Borrowed(s)).to_json();
    let mut out = String::new();
    for (i, part) in args.split("\"ID\"").enumerate() {
        if i > 0 {
            out.push_str(&json(if i - 1 == n { id } else { other }));
        }
        out.push_str(part);
    }
    out
}

#[test]
fn dot_segment_ids_are_refused_in_every_call_and_position() {
    for (c, args, names) in id_calls() {
        assert_eq!(
            args.matches("\"ID\"").count(),
            names.len(),
            "{}",
            c.js_name()
        );
        for (n, name) in names.iter().enumerate() {
            for id in DOT_IDS {
                let a = with_id(args, n, id, "abc");
                let message = err(c, &a);
                assert!(
                    message.starts_with(&format!("{name} must not be \".\" or \"..\"")),
                    "{}({a}): {message}",
                    c.js_name()
                );
            }
        }
    }
}

#[test]
fn near_dot_ids_stay_in_their_segment() {
    for (c, args, names) in id_calls() {
        let base = path_of(c, &with_id(args, usize::MAX, "", "abc"));
        let base_segments: Vec<&str> = base.split('/').collect();
        for n in 0..names.len() {
            for id in NEAR_DOT_IDS {
                let a = with_id(args, n, id, "abc");
                let path = path_of(c, &a);
                let segments: Vec<&str> = path.split('/').collect();
                let what = format!("{}({a}) → {path}", c.js_name());
                assert_eq!(segments.len(), base_segments.len(), "{what}");
                assert!(!segments.iter().any(|s| resolves_as_dot(s)), "{what}");
                let changed = segments.iter().zip(&base_segments).filter(|(s, b)| s != b);
                assert_eq!(
                    changed.count(),
                    1,
                    "{what}: exactly the id's segment differs"
                );
                assert!(!path.contains(['?', '#', '\\', ' ']), "{what}");
            }
        }
    }
}

/// The table above is every call whose path depends on an argument: a marker in any other call's arguments
/// never reaches its path.
#[test]
fn no_other_call_puts_an_argument_in_its_path() {
    const MARKER: &str = "zz-marker";
    for c in Call::ALL {
        if id_calls().iter().any(|(k, _, _)| *k == c) {
            continue;
        }
        for i in 0..c.arity().max(1) {
            let mut args: Vec<Value> = vec![Value::Null; c.arity().max(1)];
            if let Some(slot) = args.get_mut(i) {
                *slot = Value::Str(Cow::Borrowed(MARKER));
            }
            if let Ok(r) = build(c, &args) {
                assert!(
                    !r.path.contains(MARKER),
                    "{} puts argument {i} in {}",
                    c.js_name(),
                    r.path
                );
            }
        }
    }
}
