//! The media API methods of `ImageKit` (SPEC §5). Each one only converts its arguments; the request is built by
//! `api::endpoints` and sent by `transport`. Every method returns a Promise and reports every failure, including
//! bad arguments, as a rejection.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::future_to_promise;

use super::client::ImageKit;
use super::convert::{self, options};
use super::errors::{to_js, validation, JsResult};
use super::transport::{self, CallSettings};
use crate::api::endpoints::{self, Call};
use crate::json::Value;

/// A JS argument as a core value (strings and numbers directly; objects through JSON).
fn arg(value: &JsValue, name: &str) -> JsResult<Value> {
    if let Some(s) = value.as_string() {
        return Ok(Value::Str(s));
    }
    if let Some(n) = value.as_f64() {
        // NaN and ±Infinity are not numbers JSON can carry: treat them as absent, as JSON.stringify does.
        return Ok(if n.is_finite() {
            Value::Num(js_number_text(value))
        } else {
            Value::Null
        });
    }
    if let Some(b) = value.as_bool() {
        return Ok(Value::Bool(b));
    }
    options(value, name)
}

/// JS's own spelling of a number (`String(n)`), so ids and limits keep their exact text.
fn js_number_text(value: &JsValue) -> String {
    js_sys::JsString::from(value.clone())
        .as_string()
        .unwrap_or_default()
}

impl ImageKit {
    /// Runs `call` with its positional arguments and the trailing request options. Never inlined: every
    /// exported method shares this one body instead of carrying a copy.
    #[inline(never)]
    fn call(&self, call: Call, args: &[&JsValue], request: &JsValue) -> Promise {
        let config = self.config();
        let prepared = (|| {
            let values = args
                .iter()
                .enumerate()
                .map(|(i, a)| arg(a, &format!("{} argument {}", call.js_name(), i + 1)))
                .collect::<JsResult<Vec<_>>>()?;
            let req = endpoints::build(call, &values).map_err(to_js)?;
            let settings = CallSettings::read(&config, request)?;
            Ok::<_, JsValue>((req, settings))
        })();
        future_to_promise(async move {
            let (req, settings) = prepared?;
            transport::send(config, req, None, settings, None).await
        })
    }
}

/// Declares one exported method per call: `js_name => rust_name(Call, arg, ...)`.
macro_rules! media_methods {
    ($($js:literal => $name:ident($call:ident $(, $a:ident)*);)*) => {
        #[wasm_bindgen]
        impl ImageKit {
            $(
                #[wasm_bindgen(js_name = $js)]
                pub fn $name(&self, $($a: JsValue,)* request: JsValue) -> Promise {
                    self.call(Call::$call, &[$(&$a),*], &request)
                }
            )*
        }
    };
}

media_methods! {
    "listFiles" => list_files(ListFiles, options);
    "getFileDetails" => get_file_details(GetFileDetails, file_id);
    "getFileVersions" => get_file_versions(GetFileVersions, file_id);
    "getFileVersionDetails" => get_file_version_details(GetFileVersionDetails, file_id, version_id);
    "updateFileDetails" => update_file_details(UpdateFileDetails, file_id, options);
    "addTags" => add_tags(AddTags, file_ids, tags);
    "removeTags" => remove_tags(RemoveTags, file_ids, tags);
    "removeAITags" => remove_ai_tags(RemoveAITags, file_ids, ai_tags);
    "deleteFile" => delete_file(DeleteFile, file_id);
    "deleteFileVersion" => delete_file_version(DeleteFileVersion, file_id, version_id);
    "bulkFileDelete" => bulk_file_delete(BulkFileDelete, file_ids);
    "copyFile" => copy_file(CopyFile, options);
    "moveFile" => move_file(MoveFile, options);
    "renameFile" => rename_file(RenameFile, options);
    "restoreFileVersion" => restore_file_version(RestoreFileVersion, file_id, version_id);
    "createFolder" => create_folder(CreateFolder, options);
    "deleteFolder" => delete_folder(DeleteFolder, options);
    "copyFolder" => copy_folder(CopyFolder, options);
    "moveFolder" => move_folder(MoveFolder, options);
    "getBulkJobStatus" => get_bulk_job_status(GetBulkJobStatus, job_id);
    "purgeFileCache" => purge_file_cache(PurgeFileCache, file_url);
    "getPurgeFileCacheStatus" => get_purge_file_cache_status(GetPurgeFileCacheStatus, request_id);
    "getFileMetadata" => get_file_metadata(GetFileMetadata, file_id);
    "getRemoteFileUrlMetadata" => get_remote_file_url_metadata(GetRemoteFileUrlMetadata, url);
    "createCustomMetadataFields" => create_custom_metadata_fields(CreateCustomMetadataFields, options);
    "getCustomMetadataFields" => get_custom_metadata_fields(GetCustomMetadataFields, options);
    "updateCustomMetadataFields" => update_custom_metadata_fields(UpdateCustomMetadataFields, field_id, options);
    "deleteCustomMetadataField" => delete_custom_metadata_field(DeleteCustomMetadataField, field_id);
    "renameFolder" => rename_folder(RenameFolder, body);
    "listSavedExtensions" => list_saved_extensions(ListSavedExtensions);
    "createSavedExtension" => create_saved_extension(CreateSavedExtension, body);
    "getSavedExtension" => get_saved_extension(GetSavedExtension, id);
    "updateSavedExtension" => update_saved_extension(UpdateSavedExtension, id, body);
    "deleteSavedExtension" => delete_saved_extension(DeleteSavedExtension, id);
    "listNamedTransformations" => list_named_transformations(ListNamedTransformations);
    "createNamedTransformation" => create_named_transformation(CreateNamedTransformation, body);
    "getNamedTransformation" => get_named_transformation(GetNamedTransformation, id);
    "updateNamedTransformation" => update_named_transformation(UpdateNamedTransformation, id, body);
    "deleteNamedTransformation" => delete_named_transformation(DeleteNamedTransformation, id);
    "getUsage" => get_usage(GetUsage, query);
    "getUsageAnalytics" => get_usage_analytics(GetUsageAnalytics, query);
    "listOrigins" => list_origins(ListOrigins);
    "createOrigin" => create_origin(CreateOrigin, body);
    "getOrigin" => get_origin(GetOrigin, id);
    "updateOrigin" => update_origin(UpdateOrigin, id, body);
    "deleteOrigin" => delete_origin(DeleteOrigin, id);
    "listUrlEndpoints" => list_url_endpoints(ListUrlEndpoints);
    "createUrlEndpoint" => create_url_endpoint(CreateUrlEndpoint, body);
    "getUrlEndpoint" => get_url_endpoint(GetUrlEndpoint, id);
    "updateUrlEndpoint" => update_url_endpoint(UpdateUrlEndpoint, id, body);
    "deleteUrlEndpoint" => delete_url_endpoint(DeleteUrlEndpoint, id);
}

/// Reads the upload's options: the `file` and `onProgress` stay JS values, the rest crosses as JSON.
fn split_upload_options(value: &JsValue) -> JsResult<(JsValue, Option<Function>, Value)> {
    if !value.is_object() || convert::is_array(value) {
        return Err(validation(
            "upload options must be an object with file and fileName",
        ));
    }
    let file = convert::get(value, "file", "upload options")?;
    let progress = convert::get(value, "onProgress", "upload options")?;
    let progress = match progress.dyn_ref::<Function>() {
        Some(f) => Some(f.clone()),
        None if progress.is_undefined() || progress.is_null() => None,
        None => return Err(validation("onProgress must be a function")),
    };
    let rest = convert::shallow_copy(value, "upload options")?;
    Reflect::delete_property(&rest, &"file".into())?;
    Reflect::delete_property(&rest, &"onProgress".into())?;
    Ok((file, progress, options(&rest, "upload options")?))
}

#[wasm_bindgen]
impl ImageKit {
    /// Uploads a file (remote URL, base64 string, Blob/File, ArrayBuffer or typed array).
    #[wasm_bindgen(js_name = uploadFile)]
    pub fn upload_file(&self, options: JsValue, request: JsValue) -> Promise {
        self.upload_with(options, request, endpoints::upload)
    }

    /// Alias of `uploadFile`.
    pub fn upload(&self, options: JsValue, request: JsValue) -> Promise {
        self.upload_file(options, request)
    }

    /// The V2 upload (`/api/v2/files/upload`): the same options; client-side, a `token` JWT from your server.
    #[wasm_bindgen(js_name = uploadFileV2)]
    pub fn upload_file_v2(&self, options: JsValue, request: JsValue) -> Promise {
        self.upload_with(options, request, endpoints::upload_v2)
    }
}

type UploadBuilder = fn(
    &crate::client::ClientConfig,
    &Value,
    endpoints::UploadFile,
) -> crate::error::Result<crate::api::ApiRequest>;

impl ImageKit {
    fn upload_with(&self, options: JsValue, request: JsValue, builder: UploadBuilder) -> Promise {
        let config = self.config();
        let prepared = (|| {
            let (file, progress, value) = split_upload_options(&options)?;
            let name = ["fileName", "file_name"]
                .iter()
                .find_map(|k| value.get(k).and_then(Value::as_str))
                .unwrap_or("file")
                .to_string();
            let (kind, binary) = transport::upload_file(&file, &name)?;
            let req = builder(&config, &value, kind).map_err(to_js)?;
            let settings = CallSettings::read(&config, &request)?;
            Ok::<_, JsValue>((req, binary, settings, progress))
        })();
        future_to_promise(async move {
            let (req, binary, settings, progress) = prepared?;
            transport::send(config, req, binary, settings, progress).await
        })
    }
}
