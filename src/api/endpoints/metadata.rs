//! Metadata: the image metadata of a stored file or a remote URL, and the custom metadata fields (CRUD).

use super::{
    array_opt, entry, json_request, required_opt, required_str, str_value, wrong, Args, Call,
};
use crate::api::request::{ApiRequest, Method};
use crate::error::{Error, Result};
use crate::json::Value;
use crate::options::{camel_case, Options};

/// The keys of a custom metadata field's `schema`. Checked, and re-emitted camelCase, so the seed's
/// `min_value` / `select_options` spellings work here too.
const SCHEMA_KEYS: &[&str] = &[
    "type",
    "selectOptions",
    "defaultValue",
    "isValueRequired",
    "minValue",
    "maxValue",
    "minLength",
    "maxLength",
];

pub(super) fn build(call: Call, a: Args<'_>) -> Result<ApiRequest> {
    match call {
        Call::GetFileMetadata => {
            let id = required_str(a.get(0), "fileId")?;
            // The `imagekit` 6.x SDK's getFileMetadata takes a file id or a URL; an id never starts
            // with a scheme, so a URL can go to the remote-URL endpoint without ambiguity.
            if id.starts_with("https://") || id.starts_with("http://") {
                return Ok(remote(id));
            }
            Ok(ApiRequest::new(
                Method::Get,
                format!("/v1/files/{}/metadata", super::id_segment(id, "fileId")?),
            ))
        }
        Call::GetRemoteFileUrlMetadata => Ok(remote(required_str(a.get(0), "url")?)),
        Call::CreateCustomMetadataFields => create_field(a.get(0)),
        Call::GetCustomMetadataFields => list_fields(a.get(0)),
        Call::UpdateCustomMetadataFields => update_field(a),
        Call::DeleteCustomMetadataField => Ok(ApiRequest::new(
            Method::Delete,
            format!("/v1/customMetadataFields/{}", a.id(0, "fieldId")?),
        )),
        _ => Err(Error::validation(format!(
            "{} is not a metadata call",
            call.js_name()
        ))),
    }
}

fn remote(url: &str) -> ApiRequest {
    let mut r = ApiRequest::new(Method::Get, "/v1/metadata");
    r.query.push(("url".into(), url.into()));
    r
}

fn create_field(v: &Value) -> Result<ApiRequest> {
    let o = Options::new(
        v,
        "createCustomMetadataFields options",
        &["name", "label", "schema", "description"],
    )?;
    let mut body = vec![
        entry("name", str_value(required_opt(&o, "name")?)),
        entry("label", str_value(required_opt(&o, "label")?)),
    ];
    let Some(schema) = o.get("schema") else {
        return Err(Error::validation("schema is required"));
    };
    let schema = self::schema(schema, "createCustomMetadataFields options.schema")?;
    if schema.get("type").is_none() {
        return Err(Error::validation("schema.type is required"));
    }
    body.push(entry("schema", schema));
    if let Some(d) = o.str("description")? {
        body.push(entry("description", str_value(d)));
    }
    Ok(json_request(
        Method::Post,
        "/v1/customMetadataFields".into(),
        body,
    ))
}

/// `includeDeleted` is always sent (`false` by default), as the JS SDKs do. A bare boolean is accepted too:
/// the seed's `get_custom_metadata_fields(include_deleted)` takes it positionally.
/// `folderPath` (`@imagekit/nodejs` 7: the fields applicable to that folder) goes first when given.
fn list_fields(v: &Value) -> Result<ApiRequest> {
    let mut r = ApiRequest::new(Method::Get, "/v1/customMetadataFields");
    let include_deleted = match v {
        Value::Bool(b) => *b,
        _ => {
            let o = Options::new(
                v,
                "getCustomMetadataFields options",
                &["includeDeleted", "folderPath"],
            )?;
            if let Some(p) = o.str("folderPath")? {
                r.query.push(("folderPath".into(), p.into()));
            }
            o.bool("includeDeleted")?.unwrap_or(false)
        }
    };
    r.query
        .push(("includeDeleted".into(), include_deleted.to_string()));
    Ok(r)
}

fn update_field(a: Args<'_>) -> Result<ApiRequest> {
    let id = a.id(0, "fieldId")?;
    let o = Options::new(
        a.get(1),
        "updateCustomMetadataFields options",
        &["label", "schema", "description"],
    )?;
    let mut body = Vec::new();
    if let Some(l) = o.str("label")? {
        if l.is_empty() {
            return Err(Error::validation("label must not be empty"));
        }
        body.push(entry("label", str_value(l)));
    }
    if let Some(s) = o.get("schema") {
        body.push(entry(
            "schema",
            schema(s, "updateCustomMetadataFields options.schema")?,
        ));
    }
    if let Some(d) = o.str("description")? {
        body.push(entry("description", str_value(d)));
    }
    if body.is_empty() {
        return Err(Error::validation(
            "updateCustomMetadataFields options must set label, schema or description",
        ));
    }
    Ok(json_request(
        Method::Patch,
        format!("/v1/customMetadataFields/{id}"),
        body,
    ))
}

/// A field schema, type-checked and re-emitted in the caller's key order under the canonical names.
/// Values are the server's to judge against the field type (a `Date` field's `minValue` is a string).
fn schema<'a>(v: &'a Value<'a>, what: &'static str) -> Result<Value<'a>> {
    let o = Options::new(v, what, SCHEMA_KEYS)?;
    let mut out = Vec::new();
    let Value::Obj(entries) = v else {
        return Err(Error::validation(format!(
            "{what} must be an object, got null"
        )));
    };
    for (k, _) in entries {
        let key = camel_case(k);
        let Some(val) = o.get(&key) else {
            continue;
        };
        match key.as_str() {
            "type" => {
                o.str(&key)?;
            }
            "isValueRequired" => {
                o.bool(&key)?;
            }
            "minLength" | "maxLength" => {
                o.num(&key)?;
            }
            "selectOptions" => {
                array_opt(&o, &key)?;
            }
            "minValue" | "maxValue" if !matches!(val, Value::Str(_) | Value::Num(_)) => {
                return Err(wrong(&o, &key, "a string or a number", val));
            }
            "defaultValue" if matches!(val, Value::Obj(_)) => {
                return Err(wrong(&o, &key, "a string, number, boolean or array", val));
            }
            _ => {}
        }
        out.push((key.into(), val.clone()));
    }
    Ok(Value::Obj(out))
}
