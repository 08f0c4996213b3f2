//! Folders: create, delete, copy and move (bulk jobs), and the status of a bulk job.

use super::{entry, json_request, required_opt, str_value, Args, Call};
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
        Call::CopyFolder => copy_or_move(v, true),
        Call::MoveFolder => copy_or_move(v, false),
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

/// Copy and move run as bulk jobs on the server; the answer carries the `jobId` to poll.
fn copy_or_move(v: &Value, copy: bool) -> Result<ApiRequest> {
    let (what, path, known): (_, _, &[&str]) = if copy {
        (
            "copyFolder options",
            "/v1/bulkJobs/copyFolder",
            &["sourceFolderPath", "destinationPath", "includeFileVersions"],
        )
    } else {
        (
            "moveFolder options",
            "/v1/bulkJobs/moveFolder",
            &["sourceFolderPath", "destinationPath"],
        )
    };
    let o = Options::new(v, what, known)?;
    let mut body = vec![
        entry(
            "sourceFolderPath",
            str_value(required_opt(&o, "sourceFolderPath")?),
        ),
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
