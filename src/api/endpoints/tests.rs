//! The request table (every call: method, host, exact URL, exact body, bulk flag), validation messages, and a
//! never-panics property over arbitrary arguments. Upload forms are in `upload_tests`.

use super::*;
use crate::api::request::Host;
use crate::json::parse;
use proptest::prelude::*;

pub(super) const API: &str = "https://api.imagekit.io";
pub(super) const UP: &str = "https://upload.imagekit.io";

/// Parses a JSON array of the call's positional arguments.
fn args(text: &str) -> Vec<Value<'_>> {
    match parse(text).unwrap() {
        Value::Arr(items) => items,
        other => panic!("not an array: {other:?}"),
    }
}

pub(super) fn call(c: Call, a: &str) -> ApiRequest {
    build(c, &args(a)).unwrap_or_else(|e| panic!("{}({a}): {e}", c.js_name()))
}

pub(super) fn err(c: Call, a: &str) -> String {
    match build(c, &args(a)) {
        Ok(r) => panic!("{}({a}) built {r:?}", c.js_name()),
        Err(e) => {
            assert_eq!(e.class_name(), "ValidationError");
            e.message().to_string()
        }
    }
}

pub(super) fn body(r: &ApiRequest) -> &str {
    match &r.body {
        Body::Empty => "",
        Body::Json(s) => s,
        Body::Form(_) => "<form>",
    }
}

#[test]
fn request_table() {
    use Call::*;
    #[rustfmt::skip]
    let table: &[(Call, &str, &str, &str, &str, bool)] = &[
        (ListFiles, "[]", "GET", "/v1/files", "", false),
        (ListFiles, r#"[{"path":"/a b","search_query":"size > \"2mb\"","limit":10,"skip":0,"tags":["t1","t2"],"sort":"DESC_CREATED","type":"file","fileType":"image","includeFolder":true,"name":"x.jpg"}]"#,
            "GET", "/v1/files?path=%2Fa%20b&searchQuery=size%20%3E%20%222mb%22&limit=10&skip=0&tags=t1%2Ct2&sort=DESC_CREATED&type=file&fileType=image&includeFolder=true&name=x.jpg", "", false),
        (ListFiles, r#"[{"tags":"a, b","limit":null}]"#, "GET", "/v1/files?tags=a%2C%20b", "", false),
        (GetFileDetails, r#"["a b/c"]"#, "GET", "/v1/files/a%20b%2Fc/details", "", false),
        (GetFileVersions, r#"["f1"]"#, "GET", "/v1/files/f1/versions", "", false),
        (GetFileVersionDetails, r#"["a b/c","v?1"]"#, "GET", "/v1/files/a%20b%2Fc/versions/v%3F1", "", false),
        (UpdateFileDetails, r#"["a b/c",{"tags":["x"],"custom_coordinates":"10,10,20,20","remove_ai_tags":["car"],"webhookUrl":"https://h","extensions":[{"name":"google-auto-tagging","minConfidence":80,"maxTags":10}],"customMetadata":{"price":12},"description":"d"}]"#,
            "PATCH", "/v1/files/a%20b%2Fc/details",
            r#"{"tags":["x"],"customCoordinates":"10,10,20,20","removeAITags":["car"],"webhookUrl":"https://h","extensions":[{"name":"google-auto-tagging","minConfidence":80,"maxTags":10}],"customMetadata":{"price":12},"description":"d"}"#, false),
        (UpdateFileDetails, r#"["f",{"tags":null,"customCoordinates":null,"removeAITags":"all","description":null}]"#,
            "PATCH", "/v1/files/f/details", r#"{"tags":null,"customCoordinates":null,"removeAITags":"all"}"#, false),
        (UpdateFileDetails, r#"["f",{"publish":{"is_published":false,"includeFileVersions":true}}]"#,
            "PATCH", "/v1/files/f/details", r#"{"publish":{"isPublished":false,"includeFileVersions":true}}"#, false),
        (AddTags, r#"[["f1","f2"],["t1","t2"]]"#, "POST", "/v1/files/addTags", r#"{"fileIds":["f1","f2"],"tags":["t1","t2"]}"#, true),
        (RemoveTags, r#"[["f1"],["t1"]]"#, "POST", "/v1/files/removeTags", r#"{"fileIds":["f1"],"tags":["t1"]}"#, true),
        (RemoveAITags, r#"[["f1"],["car"]]"#, "POST", "/v1/files/removeAITags", r#"{"fileIds":["f1"],"AITags":["car"]}"#, true),
        (DeleteFile, r#"["a b/c"]"#, "DELETE", "/v1/files/a%20b%2Fc", "", false),
        (DeleteFileVersion, r#"["f1","v 2"]"#, "DELETE", "/v1/files/f1/versions/v%202", "", false),
        (BulkFileDelete, r#"[["f1","f2"]]"#, "POST", "/v1/files/batch/deleteByFileIds", r#"{"fileIds":["f1","f2"]}"#, true),
        (CopyFile, r#"[{"destinationPath":"/d/","source_file_path":"/s.jpg","include_file_versions":true}]"#,
            "POST", "/v1/files/copy", r#"{"sourceFilePath":"/s.jpg","destinationPath":"/d/","includeFileVersions":true}"#, false),
        (MoveFile, r#"[{"sourceFilePath":"/s.jpg","destinationPath":"/d/"}]"#,
            "POST", "/v1/files/move", r#"{"sourceFilePath":"/s.jpg","destinationPath":"/d/"}"#, false),
        (RenameFile, r#"[{"filePath":"/a.jpg","newFileName":"b.jpg","purgeCache":true}]"#,
            "PUT", "/v1/files/rename", r#"{"filePath":"/a.jpg","newFileName":"b.jpg","purgeCache":true}"#, false),
        (RenameFile, r#"[{"file_path":"/a.jpg","new_file_name":"b.jpg"}]"#,
            "PUT", "/v1/files/rename", r#"{"filePath":"/a.jpg","newFileName":"b.jpg"}"#, false),
        (RestoreFileVersion, r#"["a b/c","v1"]"#, "PUT", "/v1/files/a%20b%2Fc/versions/v1/restore", "", false),
        (CreateFolder, r#"[{"folder_name":"new","parent_folder_path":"/"}]"#,
            "POST", "/v1/folder", r#"{"folderName":"new","parentFolderPath":"/"}"#, false),
        (DeleteFolder, r#"[{"folderPath":"/old"}]"#, "DELETE", "/v1/folder", r#"{"folderPath":"/old"}"#, false),
        (DeleteFolder, r#"["/old"]"#, "DELETE", "/v1/folder", r#"{"folderPath":"/old"}"#, false),
        (CopyFolder, r#"[{"sourceFolderPath":"/a","destinationPath":"/b","includeFileVersions":false}]"#,
            "POST", "/v1/bulkJobs/copyFolder", r#"{"sourceFolderPath":"/a","destinationPath":"/b","includeFileVersions":false}"#, false),
        (MoveFolder, r#"[{"source_folder_path":"/a","destination_path":"/b"}]"#,
            "POST", "/v1/bulkJobs/moveFolder", r#"{"sourceFolderPath":"/a","destinationPath":"/b"}"#, false),
        (GetBulkJobStatus, r#"["job/1"]"#, "GET", "/v1/bulkJobs/job%2F1", "", false),
        (PurgeFileCache, r#"["https://ik.imagekit.io/demo/a b.jpg"]"#,
            "POST", "/v1/files/purge", r#"{"url":"https://ik.imagekit.io/demo/a b.jpg"}"#, false),
        (GetPurgeFileCacheStatus, r#"["r 1"]"#, "GET", "/v1/files/purge/r%201", "", false),
        (GetFileMetadata, r#"["a b/c"]"#, "GET", "/v1/files/a%20b%2Fc/metadata", "", false),
        (GetFileMetadata, r#"["https://ik.imagekit.io/demo/a.jpg"]"#,
            "GET", "/v1/metadata?url=https%3A%2F%2Fik.imagekit.io%2Fdemo%2Fa.jpg", "", false),
        (GetRemoteFileUrlMetadata, r#"["https://x.com/a b.jpg?w=1&h=2"]"#,
            "GET", "/v1/metadata?url=https%3A%2F%2Fx.com%2Fa%20b.jpg%3Fw%3D1%26h%3D2", "", false),
        (CreateCustomMetadataFields, r#"[{"name":"price","label":"Price","schema":{"type":"Number","min_value":100,"maxValue":200,"is_value_required":true,"defaultValue":150}}]"#,
            "POST", "/v1/customMetadataFields",
            r#"{"name":"price","label":"Price","schema":{"type":"Number","minValue":100,"maxValue":200,"isValueRequired":true,"defaultValue":150}}"#, false),
        (CreateCustomMetadataFields, r#"[{"label":"Size","name":"size","description":"d","schema":{"type":"MultiSelect","selectOptions":["small",30,true],"defaultValue":["small",30]}}]"#,
            "POST", "/v1/customMetadataFields",
            r#"{"name":"size","label":"Size","schema":{"type":"MultiSelect","selectOptions":["small",30,true],"defaultValue":["small",30]},"description":"d"}"#, false),
        (GetCustomMetadataFields, "[]", "GET", "/v1/customMetadataFields?includeDeleted=false", "", false),
        (GetCustomMetadataFields, r#"[{"include_deleted":true}]"#, "GET", "/v1/customMetadataFields?includeDeleted=true", "", false),
        (GetCustomMetadataFields, "[true]", "GET", "/v1/customMetadataFields?includeDeleted=true", "", false),
        (GetCustomMetadataFields, r#"[{"folderPath":"/a b"}]"#, "GET", "/v1/customMetadataFields?folderPath=%2Fa%20b&includeDeleted=false", "", false),
        (UpdateCustomMetadataFields, r#"["a b/c",{"label":"L","schema":{"min_value":1,"maxValue":"9"}}]"#,
            "PATCH", "/v1/customMetadataFields/a%20b%2Fc", r#"{"label":"L","schema":{"minValue":1,"maxValue":"9"}}"#, false),
        (DeleteCustomMetadataField, r#"["a b/c"]"#, "DELETE", "/v1/customMetadataFields/a%20b%2Fc", "", false),
    ];
    let mut seen: Vec<Call> = Vec::new();
    for &(c, a, method, url, json, bulk) in table {
        let r = call(c, a);
        let what = format!("{}({a})", c.js_name());
        assert_eq!(r.method.as_str(), method, "{what}");
        assert!(
            table::conforms(c, &r),
            "{what} is not its row of the call table"
        );
        assert_eq!(r.host, Host::Api, "{what}");
        assert_eq!(r.url(API, UP), format!("{API}{url}"), "{what}");
        assert_eq!(body(&r), json, "{what}");
        assert_eq!(r.bulk, bulk, "{what}");
        assert!(r.basic_auth && r.retryable, "{what}");
        seen.push(c);
    }
    for c in Call::ALL.into_iter().take(SPEC_CALLS) {
        assert!(seen.contains(&c), "{} missing from the table", c.js_name());
    }
}

#[test]
fn names_and_arity() {
    let names: Vec<_> = Call::ALL.iter().map(|c| c.js_name()).collect();
    assert_eq!(names.len(), 51);
    assert!(names.iter().all(|n| n.starts_with(char::is_lowercase)));
    for (i, n) in names.iter().enumerate() {
        assert!(!names.iter().skip(i + 1).any(|m| m == n), "{n} twice");
    }
    assert_eq!(Call::ListFiles.arity(), 1);
    assert_eq!(Call::GetFileVersionDetails.arity(), 2);
    assert_eq!(Call::UpdateCustomMetadataFields.arity(), 2);
    assert_eq!(Call::RemoveAITags.js_name(), "removeAITags");
    assert_eq!(Call::GetCustomMetadataFields.arity(), 1);
}

#[test]
fn positional_validation() {
    use Call::*;
    let cases: &[(Call, &str, &str)] = &[
        (GetFileDetails, "[]", "fileId is required"),
        (GetFileDetails, r#"[""]"#, "fileId is required"),
        (GetFileDetails, "[5]", "fileId must be a string, got number"),
        (GetFileVersionDetails, r#"["f"]"#, "versionId is required"),
        (
            DeleteFileVersion,
            r#"["f",{}]"#,
            "versionId must be a string, got object",
        ),
        (GetBulkJobStatus, "[null]", "jobId is required"),
        (
            GetPurgeFileCacheStatus,
            "[[]]",
            "requestId must be a string, got array",
        ),
        (DeleteCustomMetadataField, "[]", "fieldId is required"),
        (
            UpdateCustomMetadataFields,
            r#"[1,{"label":"x"}]"#,
            "fieldId must be a string, got number",
        ),
        (PurgeFileCache, "[]", "fileUrl is required"),
        (
            GetRemoteFileUrlMetadata,
            "[true]",
            "url must be a string, got boolean",
        ),
        (AddTags, "[]", "fileIds is required"),
        (
            AddTags,
            r#"["f1",["t"]]"#,
            "fileIds must be an array of strings, got string",
        ),
        (AddTags, r#"[[],["t"]]"#, "fileIds must not be empty"),
        (
            AddTags,
            r#"[["f",2],["t"]]"#,
            "fileIds[1] must be a string, got number",
        ),
        (RemoveTags, r#"[["f"],[""]]"#, "tags[0] must not be empty"),
        (RemoveTags, r#"[["f"]]"#, "tags is required"),
        (
            RemoveAITags,
            r#"[["f"],"car"]"#,
            "aiTags must be an array of strings, got string",
        ),
        (
            BulkFileDelete,
            r#"[{}]"#,
            "fileIds must be an array of strings, got object",
        ),
    ];
    for &(c, a, msg) in cases {
        assert_eq!(err(c, a), msg, "{}({a})", c.js_name());
    }
}

#[test]
fn options_validation() {
    use Call::*;
    let cases: &[(Call, &str, &str)] = &[
        (ListFiles, r#"[{"limt":5}]"#, "unknown option `limt` in listFiles options"),
        (ListFiles, r#"["x"]"#, "listFiles options must be an object, got string"),
        (ListFiles, r#"[{"limit":0}]"#, "limit must be a whole number from 1 to 1000, got 0"),
        (ListFiles, r#"[{"skip":1.5}]"#, "skip must be a whole number from 0 to 9007199254740991, got 1.5"),
        (ListFiles, r#"[{"limit":"5"}]"#, "listFiles options.limit must be a number, got string"),
        (ListFiles, r#"[{"path":1}]"#, "listFiles options.path must be a string, got number"),
        (ListFiles, r#"[{"tags":[1]}]"#, "listFiles options.tags[0] must be a string, got number"),
        (ListFiles, r#"[{"tags":{}}]"#, "listFiles options.tags must be a string or an array of strings, got object"),
        (UpdateFileDetails, r#"["f"]"#, "updateFileDetails options must set at least one of tags, customCoordinates, customMetadata, description, extensions, removeAITags, webhookUrl, publish"),
        (UpdateFileDetails, r#"["f",{"title":"x"}]"#, "unknown option `title` in updateFileDetails options"),
        (UpdateFileDetails, r#"["f",{"tags":"a"}]"#, "updateFileDetails options.tags must be an array of strings, got string"),
        (UpdateFileDetails, r#"["f",{"removeAITags":"some"}]"#, "updateFileDetails options.removeAITags must be \"all\" or an array of strings, got string"),
        (UpdateFileDetails, r#"["f",{"customMetadata":[]}]"#, "updateFileDetails options.customMetadata must be an object, got array"),
        (UpdateFileDetails, r#"["f",{"extensions":{}}]"#, "updateFileDetails options.extensions must be an array, got object"),
        (UpdateFileDetails, r#"["f",{"publish":{}}]"#, "publish.isPublished is required"),
        (UpdateFileDetails, r#"["f",{"publish":{"isPublished":true},"tags":[]}]"#, "updateFileDetails options.publish cannot be combined with other options"),
        (CopyFile, "[]", "sourceFilePath is required"),
        (CopyFile, r#"[{"sourceFilePath":"/a"}]"#, "destinationPath is required"),
        (CopyFile, r#"[{"sourceFilePath":"/a","destinationPath":"/b","includeFileVersions":"yes"}]"#, "copyFile options.includeFileVersions must be a boolean, got string"),
        (MoveFile, r#"[{"sourceFilePath":"/a","destinationPath":"/b","includeFileVersions":true}]"#, "unknown option `includeFileVersions` in moveFile options"),
        (RenameFile, r#"[{"filePath":"/a"}]"#, "newFileName is required"),
        (CreateFolder, r#"[{"folderName":"x"}]"#, "parentFolderPath is required"),
        (DeleteFolder, "[]", "folderPath is required"),
        (DeleteFolder, r#"[""]"#, "folderPath is required"),
        (DeleteFolder, "[3]", "deleteFolder options must be an object, got number"),
        (CopyFolder, r#"[{"sourceFolderPath":""}]"#, "sourceFolderPath is required"),
        (MoveFolder, r#"[{"sourceFolderPath":"/a","destination":"/b"}]"#, "unknown option `destination` in moveFolder options"),
        (CreateCustomMetadataFields, r#"[{"name":"n","label":"l"}]"#, "schema is required"),
        (CreateCustomMetadataFields, r#"[{"name":"n","label":"l","schema":{}}]"#, "schema.type is required"),
        (CreateCustomMetadataFields, r#"[{"label":"l"}]"#, "name is required"),
        (CreateCustomMetadataFields, r#"[{"name":"n","label":"l","schema":{"type":"Text","minLen":1}}]"#, "unknown option `minLen` in createCustomMetadataFields options.schema"),
        (CreateCustomMetadataFields, r#"[{"name":"n","label":"l","schema":{"type":"Text","maxLength":"9"}}]"#, "createCustomMetadataFields options.schema.maxLength must be a number, got string"),
        (CreateCustomMetadataFields, r#"[{"name":"n","label":"l","schema":{"type":"Number","minValue":true}}]"#, "createCustomMetadataFields options.schema.minValue must be a string or a number, got boolean"),
        (CreateCustomMetadataFields, r#"[{"name":"n","label":"l","schema":"Text"}]"#, "createCustomMetadataFields options.schema must be an object, got string"),
        (GetCustomMetadataFields, r#"[{"includeDeleted":"yes"}]"#, "getCustomMetadataFields options.includeDeleted must be a boolean, got string"),
        (UpdateCustomMetadataFields, r#"["id",{}]"#, "updateCustomMetadataFields options must set label, schema or description"),
        (UpdateCustomMetadataFields, r#"["id"]"#, "updateCustomMetadataFields options must set label, schema or description"),
        (UpdateCustomMetadataFields, r#"["id",{"label":""}]"#, "label must not be empty"),
    ];
    for &(c, a, msg) in cases {
        assert_eq!(err(c, a), msg, "{}({a})", c.js_name());
    }
}

/// Arbitrary JSON, with keys drawn mostly from the names the builders look for, so the property reaches
/// past the unknown-key check.
pub(super) fn value() -> impl Strategy<Value = Value<'static>> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        "-?[0-9]{1,4}(\\.[0-9]{1,2})?(e[+-]?[0-9]{1,3})?".prop_map(|n| Value::Num(n.into())),
        ".{0,6}".prop_map(|n| Value::Num(n.into())),
        prop_oneof![
            Just("all".to_string()),
            Just(String::new()),
            ".{0,8}".prop_map(|s| s)
        ]
        .prop_map(|s| Value::Str(s.into())),
    ];
    let key = prop_oneof![
        prop::sample::select(vec![
            "fileName",
            "tags",
            "limit",
            "skip",
            "path",
            "publish",
            "isPublished",
            "schema",
            "type",
            "minValue",
            "defaultValue",
            "post",
            "pre",
            "removeAITags",
            "remove_ai_tags",
            "customMetadata",
            "extensions",
            "sourceFilePath",
            "destinationPath",
            "folderPath",
            "includeDeleted",
            "token",
            "signature",
            "expire",
            "transformation",
            "responseFields",
            "customCoordinates",
            "folderName",
            "parentFolderPath",
            "label",
            "name",
        ])
        .prop_map(str::to_string),
        ".{0,5}",
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Arr),
            prop::collection::vec((key.clone(), inner), 0..6).prop_map(Value::object),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]
    #[test]
    fn build_never_panics(i in 0usize..51, a in prop::collection::vec(value(), 0..4)) {
        let c = Call::ALL.get(i).copied().unwrap_or(Call::ListFiles);
        if let Ok(r) = build(c, &a) {
            let _ = r.url(API, UP);
        }
    }
}
