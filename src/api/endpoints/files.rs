//! Files: list and search, details, versions, tags, delete, copy/move/rename, cache purge.

use super::{
    array_opt, comma_list, entry, fold_ai_keys, json_request, object_opt, required_opt,
    required_str, str_value, string_items, string_list, transfer, wrong, Args, Call,
};
use crate::api::request::{ApiRequest, Method};
use crate::error::{Error, Result};
use crate::json::Value;
use crate::options::{camel_case, Options};

/// The list-and-search query parameters: SPEC §5's eight, plus `name` and `includeFolder`, which the API still
/// honours and the `imagekit` 6.x SDK types, so code written for it keeps working.
const LIST_KEYS: &[&str] = &[
    "type",
    "sort",
    "path",
    "searchQuery",
    "fileType",
    "limit",
    "skip",
    "tags",
    "name",
    "includeFolder",
];

/// What `updateFileDetails` may change (the API's PATCH body).
const UPDATE_KEYS: &[&str] = &[
    "tags",
    "customCoordinates",
    "customMetadata",
    "description",
    "extensions",
    "removeAITags",
    "webhookUrl",
    "publish",
];

/// The largest integer a JS number holds exactly: the bound of `skip`.
const MAX_SAFE_INTEGER: u64 = 9_007_199_254_740_991;

pub(super) fn build(call: Call, a: Args<'_>) -> Result<ApiRequest> {
    let get = |path: String| Ok(ApiRequest::new(Method::Get, path));
    match call {
        Call::ListFiles => list_files(a.get(0)),
        Call::GetFileDetails => get(format!("/v1/files/{}/details", a.id(0, "fileId")?)),
        Call::GetFileVersions => get(format!("/v1/files/{}/versions", a.id(0, "fileId")?)),
        Call::GetFileVersionDetails => get(version_path(a)?),
        Call::UpdateFileDetails => update_details(a),
        Call::AddTags => bulk_tags("/v1/files/addTags", "tags", "tags", a),
        Call::RemoveTags => bulk_tags("/v1/files/removeTags", "tags", "tags", a),
        Call::RemoveAITags => bulk_tags("/v1/files/removeAITags", "AITags", "aiTags", a),
        Call::DeleteFile => Ok(ApiRequest::new(
            Method::Delete,
            format!("/v1/files/{}", a.id(0, "fileId")?),
        )),
        Call::DeleteFileVersion => Ok(ApiRequest::new(Method::Delete, version_path(a)?)),
        Call::BulkFileDelete => {
            let ids = string_list(a.get(0), "fileIds")?;
            let mut r = json_request(
                Method::Post,
                "/v1/files/batch/deleteByFileIds".into(),
                vec![entry("fileIds", ids)],
            );
            r.bulk = true;
            Ok(r)
        }
        Call::CopyFile => transfer(
            a.get(0),
            "copyFile options",
            "/v1/files/copy",
            "sourceFilePath",
            true,
        ),
        Call::MoveFile => transfer(
            a.get(0),
            "moveFile options",
            "/v1/files/move",
            "sourceFilePath",
            false,
        ),
        Call::RenameFile => rename(a.get(0)),
        Call::RestoreFileVersion => Ok(ApiRequest::new(
            Method::Put,
            format!("{}/restore", version_path(a)?),
        )),
        Call::PurgeFileCache => {
            let url = required_str(a.get(0), "fileUrl")?;
            Ok(json_request(
                Method::Post,
                "/v1/files/purge".into(),
                vec![entry("url", str_value(url))],
            ))
        }
        Call::GetPurgeFileCacheStatus => get(format!("/v1/files/purge/{}", a.id(0, "requestId")?)),
        _ => Err(Error::validation(format!(
            "{} is not a files call",
            call.js_name()
        ))),
    }
}

/// `/v1/files/{fileId}/versions/{versionId}` from the first two arguments.
fn version_path(a: Args<'_>) -> Result<String> {
    let file = a.id(0, "fileId")?;
    let version = a.id(1, "versionId")?;
    Ok(format!("/v1/files/{file}/versions/{version}"))
}

/// The query in the caller's key order (so a logged URL reads as the call was written), `null`s left out.
fn list_files(v: &Value) -> Result<ApiRequest> {
    let o = Options::new(v, "listFiles options", LIST_KEYS)?;
    let mut r = ApiRequest::new(Method::Get, "/v1/files");
    let Value::Obj(entries) = v else {
        return Ok(r);
    };
    for (k, _) in entries {
        let key = camel_case(k);
        let Some(val) = o.get(&key) else {
            continue;
        };
        let text = match key.as_str() {
            "limit" => o.whole("limit", 1, 1000).map(|_| val.to_js_string())?,
            "skip" => o
                .whole("skip", 0, MAX_SAFE_INTEGER)
                .map(|_| val.to_js_string())?,
            "tags" => comma_list(val, "listFiles options.tags")?,
            "includeFolder" => o.bool(&key)?.unwrap_or_default().to_string(),
            _ => o.str(&key)?.unwrap_or_default().to_string(),
        };
        r.query.push((key, text));
    }
    Ok(r)
}

/// The PATCH body in the caller's key order. `tags: null` and `customCoordinates: null` are sent as `null`
/// because the API reads them as "remove all"; any other `null` is left out, as `undefined` would be.
fn update_details(a: Args<'_>) -> Result<ApiRequest> {
    const WHAT: &str = "updateFileDetails options";
    let id = a.id(0, "fileId")?;
    let folded = fold_ai_keys(a.get(1));
    let o = Options::new(&folded, WHAT, UPDATE_KEYS)?;
    let mut body = Vec::new();
    if let Value::Obj(entries) = &folded {
        for (k, v) in entries {
            let key = camel_case(k);
            let value = match key.as_str() {
                "tags" | "customCoordinates" if v.is_null() => Value::Null,
                _ if v.is_null() => continue,
                "tags" => string_items(v, "updateFileDetails options.tags", true)?,
                "removeAITags" => match v {
                    Value::Str(s) if s == "all" => v.clone(),
                    Value::Arr(_) => {
                        string_items(v, "updateFileDetails options.removeAITags", true)?
                    }
                    _ => return Err(wrong(&o, &key, "\"all\" or an array of strings", v)),
                },
                "customMetadata" => object_opt(&o, &key)?.cloned().unwrap_or(Value::Null),
                "extensions" => array_opt(&o, &key)?.cloned().unwrap_or(Value::Null),
                "publish" => publish(v)?,
                _ => o.str(&key)?.map(str_value).unwrap_or(Value::Null),
            };
            body.push((key.into(), value));
        }
    }
    if body.is_empty() {
        return Err(Error::validation(format!(
            "{WHAT} must set at least one of {}",
            UPDATE_KEYS.join(", ")
        )));
    }
    // The API changes publication status only on its own, and would answer 400 otherwise.
    if body.len() > 1 && body.iter().any(|(k, _)| k == "publish") {
        return Err(Error::validation(format!(
            "{WHAT}.publish cannot be combined with other options"
        )));
    }
    Ok(json_request(
        Method::Patch,
        format!("/v1/files/{id}/details"),
        body,
    ))
}

/// `publish: {isPublished, includeFileVersions?}`.
fn publish<'a>(v: &Value<'a>) -> Result<Value<'a>> {
    let o = Options::new(
        v,
        "updateFileDetails options.publish",
        &["isPublished", "includeFileVersions"],
    )?;
    let Some(is_published) = o.bool("isPublished")? else {
        return Err(Error::validation("publish.isPublished is required"));
    };
    let mut out = vec![entry("isPublished", Value::Bool(is_published))];
    if let Some(b) = o.bool("includeFileVersions")? {
        out.push(entry("includeFileVersions", Value::Bool(b)));
    }
    Ok(Value::Obj(out))
}

/// `addTags`, `removeTags`, `removeAITags`: bulk calls (207 is partial success). `arg` names the second
/// argument in messages, `field` is its wire name.
fn bulk_tags(path: &str, field: &str, arg: &str, a: Args<'_>) -> Result<ApiRequest> {
    let ids = string_list(a.get(0), "fileIds")?;
    let tags = string_list(a.get(1), arg)?;
    let mut r = json_request(
        Method::Post,
        path.into(),
        vec![entry("fileIds", ids), entry(field, tags)],
    );
    r.bulk = true;
    Ok(r)
}

fn rename(v: &Value) -> Result<ApiRequest> {
    let o = Options::new(
        v,
        "renameFile options",
        &["filePath", "newFileName", "purgeCache"],
    )?;
    let mut body = vec![
        entry("filePath", str_value(required_opt(&o, "filePath")?)),
        entry("newFileName", str_value(required_opt(&o, "newFileName")?)),
    ];
    if let Some(b) = o.bool("purgeCache")? {
        body.push(entry("purgeCache", Value::Bool(b)));
    }
    Ok(json_request(Method::Put, "/v1/files/rename".into(), body))
}
