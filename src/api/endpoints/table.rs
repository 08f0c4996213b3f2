//! The one table of media calls (COMPAT §4): a row per call with its name in each surface — the flat method
//! (`ik.getFileDetails`), the `@imagekit/nodejs` 7 resource path (`ik.files.get`), the `imagekit` 6 name — its HTTP
//! method and path, and the flat method's arguments. The flat methods come from it (`Call::js_name` and
//! `Call::arity`, and through `__calls` the JS methods); the CRUD calls' requests are built from its method and
//! path (`crud`); every builder's request is checked against its row (tests), and so are the 7.x resources, the
//! 6.x layer and the types (tests/compat/call-table.mjs). Adding an endpoint is a row, its builder and its tests.

use super::Call;
use crate::api::request::Method;

/// One call. `path` names each path parameter as `{name}`; the query is not part of it.
#[derive(Debug, Clone, Copy)]
pub struct Row {
    pub call: Call,
    /// The flat method on the client.
    pub flat: &'static str,
    /// Its place in `@imagekit/nodejs` 7's resources (`files.versions.get`).
    pub resource: &'static str,
    /// `imagekit` 6's name of it, or `""` when 6.x has none.
    pub v6: &'static str,
    pub method: Method,
    pub path: &'static str,
    /// The flat method's positional arguments, `, `-separated; a trailing `?` marks an optional one. The request
    /// options follow them.
    pub args: &'static str,
}

impl Row {
    /// How many positional arguments come before the request options.
    pub fn arity(&self) -> usize {
        // Counted by a char: a string pattern would pull the two-way searcher into the wasm (~13 KB).
        if self.args.is_empty() {
            0
        } else {
            self.args.bytes().filter(|b| *b == b',').count() + 1
        }
    }

    /// The last argument's name (`body`, `query?`, an id).
    pub fn last_arg(&self) -> &'static str {
        self.args.rsplit(',').next().unwrap_or("").trim_start()
    }
}

const fn row(
    call: Call,
    flat: &'static str,
    resource: &'static str,
    v6: &'static str,
    method: Method,
    path: &'static str,
    args: &'static str,
) -> Row {
    Row {
        call,
        flat,
        resource,
        v6,
        method,
        path,
        args,
    }
}

use Call as C;
use Method::{Delete as DELETE, Get as GET, Patch as PATCH, Post as POST, Put as PUT};

/// Every call, in `Call::ALL`'s order.
#[rustfmt::skip]
pub const CALLS: [Row; 51] = [
    row(C::ListFiles, "listFiles", "assets.list", "listFiles", GET, "/v1/files", "options?"),
    row(C::GetFileDetails, "getFileDetails", "files.get", "getFileDetails", GET, "/v1/files/{fileId}/details", "fileId"),
    row(C::GetFileVersions, "getFileVersions", "files.versions.list", "getFileVersions", GET, "/v1/files/{fileId}/versions", "fileId"),
    row(C::GetFileVersionDetails, "getFileVersionDetails", "files.versions.get", "getFileVersionDetails", GET, "/v1/files/{fileId}/versions/{versionId}", "fileId, versionId"),
    row(C::UpdateFileDetails, "updateFileDetails", "files.update", "updateFileDetails", PATCH, "/v1/files/{fileId}/details", "fileId, body"),
    row(C::AddTags, "addTags", "files.bulk.addTags", "bulkAddTags", POST, "/v1/files/addTags", "fileIds, tags"),
    row(C::RemoveTags, "removeTags", "files.bulk.removeTags", "bulkRemoveTags", POST, "/v1/files/removeTags", "fileIds, tags"),
    row(C::RemoveAITags, "removeAITags", "files.bulk.removeAITags", "bulkRemoveAITags", POST, "/v1/files/removeAITags", "fileIds, AITags"),
    row(C::DeleteFile, "deleteFile", "files.delete", "deleteFile", DELETE, "/v1/files/{fileId}", "fileId"),
    row(C::DeleteFileVersion, "deleteFileVersion", "files.versions.delete", "deleteFileVersion", DELETE, "/v1/files/{fileId}/versions/{versionId}", "fileId, versionId"),
    row(C::BulkFileDelete, "bulkFileDelete", "files.bulk.delete", "bulkDeleteFiles", POST, "/v1/files/batch/deleteByFileIds", "fileIds"),
    row(C::CopyFile, "copyFile", "files.copy", "copyFile", POST, "/v1/files/copy", "body"),
    row(C::MoveFile, "moveFile", "files.move", "moveFile", POST, "/v1/files/move", "body"),
    row(C::RenameFile, "renameFile", "files.rename", "renameFile", PUT, "/v1/files/rename", "body"),
    row(C::RestoreFileVersion, "restoreFileVersion", "files.versions.restore", "restoreFileVersion", PUT, "/v1/files/{fileId}/versions/{versionId}/restore", "fileId, versionId"),
    row(C::CreateFolder, "createFolder", "folders.create", "createFolder", POST, "/v1/folder", "body"),
    row(C::DeleteFolder, "deleteFolder", "folders.delete", "deleteFolder", DELETE, "/v1/folder", "body"),
    row(C::CopyFolder, "copyFolder", "folders.copy", "copyFolder", POST, "/v1/bulkJobs/copyFolder", "body"),
    row(C::MoveFolder, "moveFolder", "folders.move", "moveFolder", POST, "/v1/bulkJobs/moveFolder", "body"),
    row(C::GetBulkJobStatus, "getBulkJobStatus", "folders.job.get", "getBulkJobStatus", GET, "/v1/bulkJobs/{jobId}", "jobId"),
    row(C::PurgeFileCache, "purgeFileCache", "cache.invalidation.create", "purgeCache", POST, "/v1/files/purge", "url"),
    row(C::GetPurgeFileCacheStatus, "getPurgeFileCacheStatus", "cache.invalidation.get", "getPurgeCacheStatus", GET, "/v1/files/purge/{requestId}", "requestId"),
    // A URL instead of a file id goes as getRemoteFileUrlMetadata does (as 6.x's getFileMetadata sends it).
    row(C::GetFileMetadata, "getFileMetadata", "files.metadata.get", "getFileMetadata", GET, "/v1/files/{fileId}/metadata", "fileIdOrUrl"),
    row(C::GetRemoteFileUrlMetadata, "getRemoteFileUrlMetadata", "files.metadata.getFromURL", "", GET, "/v1/metadata", "url"),
    row(C::CreateCustomMetadataFields, "createCustomMetadataFields", "customMetadataFields.create", "createCustomMetadataField", POST, "/v1/customMetadataFields", "body"),
    row(C::GetCustomMetadataFields, "getCustomMetadataFields", "customMetadataFields.list", "getCustomMetadataFields", GET, "/v1/customMetadataFields", "options?"),
    row(C::UpdateCustomMetadataFields, "updateCustomMetadataFields", "customMetadataFields.update", "updateCustomMetadataField", PATCH, "/v1/customMetadataFields/{id}", "id, body"),
    row(C::DeleteCustomMetadataField, "deleteCustomMetadataField", "customMetadataFields.delete", "deleteCustomMetadataField", DELETE, "/v1/customMetadataFields/{id}", "id"),
    row(C::RenameFolder, "renameFolder", "folders.rename", "", POST, "/v1/bulkJobs/renameFolder", "body"),
    row(C::ListSavedExtensions, "listSavedExtensions", "savedExtensions.list", "", GET, "/v1/saved-extensions", ""),
    row(C::CreateSavedExtension, "createSavedExtension", "savedExtensions.create", "", POST, "/v1/saved-extensions", "body"),
    row(C::GetSavedExtension, "getSavedExtension", "savedExtensions.get", "", GET, "/v1/saved-extensions/{id}", "id"),
    row(C::UpdateSavedExtension, "updateSavedExtension", "savedExtensions.update", "", PATCH, "/v1/saved-extensions/{id}", "id, body"),
    row(C::DeleteSavedExtension, "deleteSavedExtension", "savedExtensions.delete", "", DELETE, "/v1/saved-extensions/{id}", "id"),
    row(C::ListNamedTransformations, "listNamedTransformations", "namedTransformations.list", "", GET, "/v1/named-transformations", ""),
    row(C::CreateNamedTransformation, "createNamedTransformation", "namedTransformations.create", "", POST, "/v1/named-transformations", "body"),
    row(C::GetNamedTransformation, "getNamedTransformation", "namedTransformations.get", "", GET, "/v1/named-transformations/{id}", "id"),
    row(C::UpdateNamedTransformation, "updateNamedTransformation", "namedTransformations.update", "", PATCH, "/v1/named-transformations/{id}", "id, body"),
    row(C::DeleteNamedTransformation, "deleteNamedTransformation", "namedTransformations.delete", "", DELETE, "/v1/named-transformations/{id}", "id"),
    row(C::GetUsage, "getUsage", "accounts.usage.get", "", GET, "/v1/accounts/usage", "query?"),
    row(C::GetUsageAnalytics, "getUsageAnalytics", "accounts.usageAnalytics.get", "", GET, "/v1/accounts/usage-analytics", "query?"),
    row(C::ListOrigins, "listOrigins", "accounts.origins.list", "", GET, "/v1/accounts/origins", ""),
    row(C::CreateOrigin, "createOrigin", "accounts.origins.create", "", POST, "/v1/accounts/origins", "body"),
    row(C::GetOrigin, "getOrigin", "accounts.origins.get", "", GET, "/v1/accounts/origins/{id}", "id"),
    row(C::UpdateOrigin, "updateOrigin", "accounts.origins.update", "", PUT, "/v1/accounts/origins/{id}", "id, body"),
    row(C::DeleteOrigin, "deleteOrigin", "accounts.origins.delete", "", DELETE, "/v1/accounts/origins/{id}", "id"),
    row(C::ListUrlEndpoints, "listUrlEndpoints", "accounts.urlEndpoints.list", "", GET, "/v1/accounts/url-endpoints", ""),
    row(C::CreateUrlEndpoint, "createUrlEndpoint", "accounts.urlEndpoints.create", "", POST, "/v1/accounts/url-endpoints", "body"),
    row(C::GetUrlEndpoint, "getUrlEndpoint", "accounts.urlEndpoints.get", "", GET, "/v1/accounts/url-endpoints/{id}", "id"),
    row(C::UpdateUrlEndpoint, "updateUrlEndpoint", "accounts.urlEndpoints.update", "", PUT, "/v1/accounts/url-endpoints/{id}", "id, body"),
    row(C::DeleteUrlEndpoint, "deleteUrlEndpoint", "accounts.urlEndpoints.delete", "", DELETE, "/v1/accounts/url-endpoints/{id}", "id"),
];

/// The row of `call` (every call has one: a test says so).
pub fn row_of(call: Call) -> Option<&'static Row> {
    CALLS.iter().find(|r| r.call == call)
}

/// Whether `path` (percent-encoded, without the query) is the row's path with its parameters filled in.
pub fn path_matches(row: &Row, path: &str) -> bool {
    let want: Vec<&str> = row.path.split('/').collect();
    let got: Vec<&str> = path.split('/').collect();
    want.len() == got.len()
        && want.iter().zip(&got).all(|(w, g)| {
            if w.starts_with('{') {
                !g.is_empty()
            } else {
                w == g
            }
        })
}

/// Whether a request built for `call` is its row's: the same method, and the row's path with the parameters
/// filled in (a metadata call given a URL goes as the remote-URL call's row).
pub fn conforms(call: Call, req: &crate::api::ApiRequest) -> bool {
    let is =
        |c: Call| row_of(c).is_some_and(|r| r.method == req.method && path_matches(r, &req.path));
    is(call) || (call == Call::GetFileMetadata && is(Call::GetRemoteFileUrlMetadata))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_row_per_call_in_order_each_name_once() {
        let calls: Vec<Call> = CALLS.iter().map(|r| r.call).collect();
        assert_eq!(calls, Call::ALL.to_vec());
        for (i, r) in CALLS.iter().enumerate() {
            for other in CALLS.iter().skip(i + 1) {
                assert_ne!(r.flat, other.flat);
                assert_ne!(r.resource, other.resource);
                assert!(r.v6.is_empty() || r.v6 != other.v6, "{}", r.v6);
            }
            assert!(r.path.starts_with("/v1/"), "{}", r.flat);
            // Each path parameter is an argument of the flat method.
            for param in r.path.split('{').skip(1) {
                let name = param.split('}').next().unwrap_or_default();
                assert!(r.args.contains(name), "{}: {name}", r.flat);
            }
        }
    }

    #[test]
    fn arities_and_paths() {
        let arity = |c: Call| row_of(c).map(Row::arity);
        assert_eq!(arity(Call::ListOrigins), Some(0));
        assert_eq!(arity(Call::ListFiles), Some(1));
        assert_eq!(arity(Call::GetFileVersionDetails), Some(2));
        let Some(r) = row_of(Call::GetFileVersionDetails) else {
            panic!("no row")
        };
        assert!(path_matches(r, "/v1/files/a%20b/versions/v1"));
        assert!(!path_matches(r, "/v1/files/a/versions/"));
        assert!(!path_matches(r, "/v1/files/a/versions/v1/restore"));
    }
}
