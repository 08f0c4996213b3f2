//! Folders: create, delete, copy and move (bulk jobs), and the status of a bulk job.

use super::{entry, json_request, required_opt, str_value, transfer, Args, Call};
use crate::api::request::{ApiRequest, Method};
use crate::error::{Error, Result};
use crate::json::Value;
use crate::options::Options;

pub(super) fn build(call: Call, a: Args<'_>) -> Result<ApiRequest> {
    let v = a.get(0);
    match call {
        Call::CreateFolder => {
            let o = Options::new(
                v,
                "createFolder options",
                &["folderName", "parentFolderPath"],
            )?;
            let body = vec![
                entry("folderName", str_value(required_opt(&o, "folderName")?)),
                entry(
                    "parentFolderPath",
                    str_value(required_opt(&o, "parentFolderPath")?),
                ),
            ];
            Ok(json_request(Method::Post, "/v1/folder".into(), body))
        }
        Call::DeleteFolder => {
            // SPEC's `{folderPath}`, or the bare path string the `imagekit` 6.x SDK takes.
            let folder_path = match v {
                Value::Str(_) => super::required_str(v, "folderPath")?,
                _ => {
                    let o = Options::new(v, "deleteFolder options", &["folderPath"])?;
                    required_opt(&o, "folderPath")?
                }
            };
            let body = vec![entry("folderPath", str_value(folder_path))];
            Ok(json_request(Method::Delete, "/v1/folder".into(), body))
        }
        // Copy and move run as bulk jobs on the server; the answer carries the `jobId` to poll.
        Call::CopyFolder => transfer(
            v,
            "copyFolder options",
            "/v1/bulkJobs/copyFolder",
            "sourceFolderPath",
            true,
        ),
        Call::MoveFolder => transfer(
            v,
            "moveFolder options",
            "/v1/bulkJobs/moveFolder",
            "sourceFolderPath",
            false,
        ),
        Call::GetBulkJobStatus => Ok(ApiRequest::new(
            Method::Get,
            format!("/v1/bulkJobs/{}", a.id(0, "jobId")?),
        )),
        _ => Err(Error::validation(format!(
            "{} is not a folders call",
            call.js_name()
        ))),
    }
}
