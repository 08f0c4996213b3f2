//! The request builders of the media API (SPEC §5): each call's positional JS arguments, checked, become one
//! [`ApiRequest`]. The transport never looks at arguments, so everything a caller can get wrong is caught here,
//! before any request, as a `ValidationError` that names the argument.
//!
//! One resource group per file: [`files`], [`folders`], [`metadata`] (file metadata and custom metadata fields)
//! and [`upload`]; the plain CRUD resources of `@imagekit/nodejs` 7 (saved extensions, named transformations,
//! origins, URL endpoints, usage) are one table in [`crud`].

mod crud;
mod files;
mod folders;
mod metadata;
pub mod table;
mod upload;

#[cfg(test)]
mod crud_tests;
#[cfg(test)]
mod id_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod upload_tests;

pub use upload::{upload, upload_v2, UploadFile, UPLOAD_OPTIONS};

use super::request::{id_segment, ApiRequest, Body, Method};
use crate::error::{Error, Result};
use std::borrow::Cow;

use crate::json::Value;
use crate::options::{camel_case, Options};

/// Every media API call of SPEC §5 except upload (which takes a file and has its own builder, [`upload`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Call {
    ListFiles,
    GetFileDetails,
    GetFileVersions,
    GetFileVersionDetails,
    UpdateFileDetails,
    AddTags,
    RemoveTags,
    RemoveAITags,
    DeleteFile,
    DeleteFileVersion,
    BulkFileDelete,
    CopyFile,
    MoveFile,
    RenameFile,
    RestoreFileVersion,
    CreateFolder,
    DeleteFolder,
    CopyFolder,
    MoveFolder,
    GetBulkJobStatus,
    PurgeFileCache,
    GetPurgeFileCacheStatus,
    GetFileMetadata,
    GetRemoteFileUrlMetadata,
    CreateCustomMetadataFields,
    GetCustomMetadataFields,
    UpdateCustomMetadataFields,
    DeleteCustomMetadataField,
    // The table-driven calls of `crud` (`@imagekit/nodejs` 7 beyond SPEC §5).
    RenameFolder,
    ListSavedExtensions,
    CreateSavedExtension,
    GetSavedExtension,
    UpdateSavedExtension,
    DeleteSavedExtension,
    ListNamedTransformations,
    CreateNamedTransformation,
    GetNamedTransformation,
    UpdateNamedTransformation,
    DeleteNamedTransformation,
    GetUsage,
    GetUsageAnalytics,
    ListOrigins,
    CreateOrigin,
    GetOrigin,
    UpdateOrigin,
    DeleteOrigin,
    ListUrlEndpoints,
    CreateUrlEndpoint,
    GetUrlEndpoint,
    UpdateUrlEndpoint,
    DeleteUrlEndpoint,
}

impl Call {
    /// Every call, in SPEC table order, then the table of `crud` (lets the wasm layer and the tests enumerate them).
    pub const ALL: [Call; 51] = [
        Call::ListFiles,
        Call::GetFileDetails,
        Call::GetFileVersions,
        Call::GetFileVersionDetails,
        Call::UpdateFileDetails,
        Call::AddTags,
        Call::RemoveTags,
        Call::RemoveAITags,
        Call::DeleteFile,
        Call::DeleteFileVersion,
        Call::BulkFileDelete,
        Call::CopyFile,
        Call::MoveFile,
        Call::RenameFile,
        Call::RestoreFileVersion,
        Call::CreateFolder,
        Call::DeleteFolder,
        Call::CopyFolder,
        Call::MoveFolder,
        Call::GetBulkJobStatus,
        Call::PurgeFileCache,
        Call::GetPurgeFileCacheStatus,
        Call::GetFileMetadata,
        Call::GetRemoteFileUrlMetadata,
        Call::CreateCustomMetadataFields,
        Call::GetCustomMetadataFields,
        Call::UpdateCustomMetadataFields,
        Call::DeleteCustomMetadataField,
        Call::RenameFolder,
        Call::ListSavedExtensions,
        Call::CreateSavedExtension,
        Call::GetSavedExtension,
        Call::UpdateSavedExtension,
        Call::DeleteSavedExtension,
        Call::ListNamedTransformations,
        Call::CreateNamedTransformation,
        Call::GetNamedTransformation,
        Call::UpdateNamedTransformation,
        Call::DeleteNamedTransformation,
        Call::GetUsage,
        Call::GetUsageAnalytics,
        Call::ListOrigins,
        Call::CreateOrigin,
        Call::GetOrigin,
        Call::UpdateOrigin,
        Call::DeleteOrigin,
        Call::ListUrlEndpoints,
        Call::CreateUrlEndpoint,
        Call::GetUrlEndpoint,
        Call::UpdateUrlEndpoint,
        Call::DeleteUrlEndpoint,
    ];

    /// The method name on the JS client (its row of the call table).
    pub fn js_name(self) -> &'static str {
        table::row_of(self).map_or("", |r| r.flat)
    }

    /// How many positional JS arguments come before the optional trailing request options
    /// `{signal, timeout, maxRetries, headers, query}`: the wasm layer reads the argument at this index as those.
    pub fn arity(self) -> usize {
        table::row_of(self).map_or(1, table::Row::arity)
    }
}

/// How many of `Call::ALL` (the first ones) SPEC §5's builders build; `crud` builds the rest from their rows.
pub const SPEC_CALLS: usize = 28;

/// Builds the request for `call` from its positional JS arguments (a missing argument is `Value::Null`;
/// arguments past [`Call::arity`] are ignored).
pub fn build(call: Call, args: &[Value]) -> Result<ApiRequest> {
    let a = Args(args);
    match call {
        Call::ListFiles
        | Call::GetFileDetails
        | Call::GetFileVersions
        | Call::GetFileVersionDetails
        | Call::UpdateFileDetails
        | Call::AddTags
        | Call::RemoveTags
        | Call::RemoveAITags
        | Call::DeleteFile
        | Call::DeleteFileVersion
        | Call::BulkFileDelete
        | Call::CopyFile
        | Call::MoveFile
        | Call::RenameFile
        | Call::RestoreFileVersion
        | Call::PurgeFileCache
        | Call::GetPurgeFileCacheStatus => files::build(call, a),
        Call::CreateFolder
        | Call::DeleteFolder
        | Call::CopyFolder
        | Call::MoveFolder
        | Call::GetBulkJobStatus => folders::build(call, a),
        Call::GetFileMetadata
        | Call::GetRemoteFileUrlMetadata
        | Call::CreateCustomMetadataFields
        | Call::GetCustomMetadataFields
        | Call::UpdateCustomMetadataFields
        | Call::DeleteCustomMetadataField => metadata::build(call, a),
        _ => match table::row_of(call) {
            Some(row) => crud::build(row, a),
            _ => Err(Error::validation(format!("{call:?} has no route"))),
        },
    }
}

/// The positional arguments, where a missing one reads as `null` (as `undefined` does in JS).
#[derive(Clone, Copy)]
struct Args<'a>(&'a [Value<'a>]);

static NULL: Value = Value::Null;

impl<'a> Args<'a> {
    fn get(self, i: usize) -> &'a Value<'a> {
        self.0.get(i).unwrap_or(&NULL)
    }

    /// Argument `i`, an id, percent-encoded as one path segment.
    fn id(self, i: usize, name: &str) -> Result<String> {
        id_segment(required_str(self.get(i), name)?, name)
    }
}

/// A non-empty string: ids, paths, URLs. An empty string is reported as missing, as the JS SDKs do.
fn required_str<'a>(v: &'a Value<'a>, name: &str) -> Result<&'a str> {
    match v {
        Value::Str(s) if !s.is_empty() => Ok(s),
        Value::Str(_) | Value::Null => Err(Error::validation(format!("{name} is required"))),
        other => Err(Error::validation(format!(
            "{name} must be a string, got {}",
            other.type_name()
        ))),
    }
}

/// A required non-empty string option.
fn required_opt<'a>(o: &Options<'a>, key: &str) -> Result<&'a str> {
    match o.str(key)? {
        Some(s) if !s.is_empty() => Ok(s),
        _ => Err(Error::validation(format!("{key} is required"))),
    }
}

/// A non-empty array of non-empty strings (`fileIds`, `tags`), returned as a JSON array to go into a body.
fn string_list<'a>(v: &Value<'a>, name: &str) -> Result<Value<'a>> {
    string_items(v, name, false)
}

/// An array of non-empty strings; `allow_empty` for fields where `[]` means "none" (`tags` in an update).
fn string_items<'a>(v: &Value<'a>, name: &str, allow_empty: bool) -> Result<Value<'a>> {
    let items = match v {
        Value::Null => return Err(Error::validation(format!("{name} is required"))),
        Value::Arr(items) => items,
        other => {
            return Err(Error::validation(format!(
                "{name} must be an array of strings, got {}",
                other.type_name()
            )))
        }
    };
    if items.is_empty() && !allow_empty {
        return Err(Error::validation(format!("{name} must not be empty")));
    }
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::Str(s) if !s.is_empty() => {}
            Value::Str(_) => {
                return Err(Error::validation(format!("{name}[{i}] must not be empty")))
            }
            other => {
                return Err(Error::validation(format!(
                    "{name}[{i}] must be a string, got {}",
                    other.type_name()
                )))
            }
        }
    }
    Ok(v.clone())
}

/// Tags given as one comma-separated string or as an array of strings, comma-joined: the wire form of
/// `tags` in list queries and upload forms (the JS SDKs accept both shapes).
fn comma_list(v: &Value, name: &str) -> Result<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        Value::Arr(_) => {
            string_list(v, name)?;
            Ok(v.to_js_string())
        }
        other => Err(Error::validation(format!(
            "{name} must be a string or an array of strings, got {}",
            other.type_name()
        ))),
    }
}

/// `{what}.{key} must be {expected}, got {type}`, in the words of [`Options`]' own type errors.
fn wrong(o: &Options<'_>, key: &str, expected: &str, got: &Value) -> Error {
    Error::validation(format!(
        "{}.{key} must be {expected}, got {}",
        o.what(),
        got.type_name()
    ))
}

/// The option `key` if it is an object (`customMetadata`, `schema`, …).
fn object_opt<'a>(o: &Options<'a>, key: &str) -> Result<Option<&'a Value<'a>>> {
    match o.get(key) {
        None => Ok(None),
        Some(v @ Value::Obj(_)) => Ok(Some(v)),
        Some(v) => Err(wrong(o, key, "an object", v)),
    }
}

/// The option `key` if it is an array (`extensions`, `selectOptions`, …).
fn array_opt<'a>(o: &Options<'a>, key: &str) -> Result<Option<&'a Value<'a>>> {
    match o.get(key) {
        None => Ok(None),
        Some(v @ Value::Arr(_)) => Ok(Some(v)),
        Some(v) => Err(wrong(o, key, "an array", v)),
    }
}

/// The canonical name of an option key. `camel_case` turns the seed's `overwrite_ai_tags` into
/// `overwriteAiTags`, but the API spells the acronym `AITags`, so those two names are mapped by hand.
fn canonical_key(key: &str) -> String {
    let c = camel_case(key);
    match c.as_str() {
        "overwriteAiTags" => "overwriteAITags".into(),
        "removeAiTags" => "removeAITags".into(),
        _ => c,
    }
}

/// `value` with its `…_ai_tags` / `…AiTags` keys renamed to the API's `…AITags`, so that [`Options`]
/// recognises them; every other key is left as the caller wrote it, so messages quote the caller's spelling.
fn fold_ai_keys<'a>(value: &Value<'a>) -> Value<'a> {
    match value {
        Value::Obj(entries) => Value::Obj(
            entries
                .iter()
                .map(|(k, v)| {
                    let c = canonical_key(k);
                    let k = if c.ends_with("AITags") {
                        Cow::Owned(c)
                    } else {
                        k.clone()
                    };
                    (k, v.clone())
                })
                .collect(),
        ),
        other => other.clone(),
    }
}

/// A request with a JSON object body.
/// Copy or move of a file or a folder: `{<source>, destinationPath, includeFileVersions?}` (the flag on copies
/// only), POSTed to `path`.
fn transfer(
    v: &Value,
    what: &'static str,
    path: &str,
    source: &str,
    copy: bool,
) -> Result<ApiRequest> {
    let keys = [source, "destinationPath", "includeFileVersions"];
    let known = if copy {
        &keys[..]
    } else {
        keys.get(..2).unwrap_or(&keys[..])
    };
    let o = Options::new(v, what, known)?;
    let mut body = vec![
        entry(source, str_value(required_opt(&o, source)?)),
        entry(
            "destinationPath",
            str_value(required_opt(&o, "destinationPath")?),
        ),
    ];
    if let Some(b) = o.bool("includeFileVersions")? {
        body.push(entry("includeFileVersions", Value::Bool(b)));
    }
    Ok(json_request(Method::Post, path.into(), body))
}

fn json_request(method: Method, path: String, body: Vec<(Cow<'_, str>, Value<'_>)>) -> ApiRequest {
    let mut r = ApiRequest::new(method, path);
    r.body = Body::Json(Value::Obj(body).to_json());
    r
}

/// Builds `[(key, value)]` body entries with less noise.
fn entry<'a>(key: &str, value: Value<'a>) -> (Cow<'a, str>, Value<'a>) {
    (Cow::Owned(key.to_string()), value)
}

fn str_value(s: &str) -> Value<'static> {
    Value::Str(Cow::Owned(s.to_string()))
}
