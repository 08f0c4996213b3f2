//! Upload: the multipart form of `uploadFile({file, fileName, ...options})`.
//!
//! Only text fields are built here. A binary file (Blob, File, bytes) is appended by the transport straight from
//! JS to the platform's `FormData`, so it is never copied into wasm memory.

use super::{comma_list, fold_ai_keys, required_opt, wrong};
use crate::api::request::{ApiRequest, Body, Host, Method};
use crate::config::ClientConfig;
use crate::error::{Error, Result};
use crate::json::Value;
use crate::options::{camel_case, Options};

/// The file of an upload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadFile {
    /// A remote URL, or base64 / a `data:` URI: sent as the `file` form field.
    Text(String),
    /// A Blob, File or bytes: appended by the transport, never in wasm memory.
    Binary,
}

/// The upload API's form fields (SPEC §5), then the client-side authentication fields.
pub const UPLOAD_OPTIONS: &[&str] = &[
    "fileName",
    "useUniqueFileName",
    "tags",
    "folder",
    "isPrivateFile",
    "customCoordinates",
    "responseFields",
    "extensions",
    "webhookUrl",
    "overwriteFile",
    "overwriteAITags",
    "overwriteTags",
    "overwriteCustomMetadata",
    "customMetadata",
    "transformation",
    "checks",
    "isPublished",
    "description",
    "publicKey",
    "signature",
    "expire",
    "token",
];

const WHAT: &str = "uploadFile options";

/// Builds the upload request from the options without their `file` key (the wasm layer takes `file` and
/// `onProgress` out). With a private key the upload authenticates like every other call (Basic auth); without
/// one it is a client-side upload, signed by the caller's server: `token`, `signature` and `expire` are then
/// required, and sent with the client's `publicKey` (or the options' own `publicKey`) as form fields.
pub fn upload(client: &ClientConfig, options: &Value, file: UploadFile) -> Result<ApiRequest> {
    build(client, options, file, false)
}

/// The V2 upload (`POST /api/v2/files/upload`, `@imagekit/nodejs` 7's `beta.v2.files.upload`): the same form.
/// Server-side it authenticates with Basic auth; client-side the only credential is `token`, a JWT the
/// caller's server signed over the upload's parameters (sent as it is), so `signature`/`expire` are not needed.
pub fn upload_v2(client: &ClientConfig, options: &Value, file: UploadFile) -> Result<ApiRequest> {
    build(client, options, file, true)
}

fn build(client: &ClientConfig, options: &Value, file: UploadFile, v2: bool) -> Result<ApiRequest> {
    let folded = fold_ai_keys(options);
    if folded.is_null() {
        return Err(Error::validation("fileName is required"));
    }
    let o = Options::new(&folded, WHAT, UPLOAD_OPTIONS)?;
    let file_name = required_opt(&o, "fileName")?;
    let mut form: Vec<(String, String)> = vec![("fileName".into(), file_name.into())];
    match file {
        UploadFile::Text(s) if s.is_empty() => {
            return Err(Error::validation("file is required"));
        }
        UploadFile::Text(s) => form.push(("file".into(), s)),
        UploadFile::Binary => {}
    }
    if let Value::Obj(entries) = &folded {
        for (k, _) in entries {
            let key = camel_case(k);
            if matches!(
                key.as_str(),
                "fileName" | "publicKey" | "signature" | "expire" | "token"
            ) {
                continue;
            }
            if let Some(text) = field(&o, &key)? {
                form.push((key, text));
            }
        }
    }

    let server_side = client.private_key.is_some();
    let token = o.str("token")?;
    let signature = o.str("signature")?;
    let expire = expire(&o)?;
    let public_key = o.str("publicKey")?.or(client.public_key.as_deref());
    let blank = |s: Option<&str>| s.map_or(true, str::is_empty);
    if !server_side && v2 && blank(token) {
        return Err(Error::validation(
            "token (a JWT from your server) is required for a client-side V2 upload (a client without privateKey)",
        ));
    }
    if !server_side && !v2 {
        let missing: Vec<&str> = [
            ("token", blank(token)),
            ("signature", blank(signature)),
            ("expire", expire.is_none()),
        ]
        .iter()
        .filter(|(_, m)| *m)
        .map(|(name, _)| *name)
        .collect();
        if !missing.is_empty() {
            return Err(Error::validation(format!(
                "{} required for a client-side upload (a client without privateKey): \
                 get token, signature and expire from getAuthenticationParameters() on your server",
                match missing.as_slice() {
                    [one] => format!("{one} is"),
                    many => format!("{} are", many.join(", ")),
                }
            )));
        }
        if blank(public_key) {
            return Err(Error::validation(
                "publicKey is required for a client-side upload (a client without privateKey)",
            ));
        }
    }
    // Server-side, the authentication fields go only when the caller gave them (Basic auth suffices);
    // client-side, they are all there by now.
    let public_key = if server_side || v2 {
        o.str("publicKey")?
    } else {
        public_key
    };
    let auth = [
        ("publicKey", public_key.map(str::to_string)),
        ("signature", signature.map(str::to_string)),
        ("expire", expire),
        ("token", token.map(str::to_string)),
    ];
    for (k, v) in auth {
        if let Some(v) = v {
            form.push((k.into(), v));
        }
    }

    let path = if v2 {
        "/api/v2/files/upload"
    } else {
        "/api/v1/files/upload"
    };
    let mut r = ApiRequest::new(Method::Post, path);
    r.host = Host::Upload;
    r.body = Body::Form(form);
    r.basic_auth = server_side;
    // A token is accepted once: resending the same form after a lost answer would fail or upload twice.
    r.retryable = token.is_none();
    Ok(r)
}

/// One option as its form field text, or `None` for `null`.
fn field(o: &Options<'_>, key: &str) -> Result<Option<String>> {
    let Some(v) = o.get(key) else {
        return Ok(None);
    };
    let text = match key {
        "useUniqueFileName"
        | "isPrivateFile"
        | "overwriteFile"
        | "overwriteAITags"
        | "overwriteTags"
        | "overwriteCustomMetadata"
        | "isPublished" => o.bool(key)?.unwrap_or_default().to_string(),
        "tags" => comma_list(v, "uploadFile options.tags")?,
        // Accepts the seed's snake_case names (`custom_coordinates`) as it does for option keys.
        "responseFields" => comma_list(v, "uploadFile options.responseFields")?
            .split(',')
            .map(camel_case)
            .collect::<Vec<_>>()
            .join(","),
        "extensions" => match v {
            Value::Arr(_) => v.to_json(),
            _ => return Err(wrong(o, key, "an array", v)),
        },
        "customMetadata" => match v {
            Value::Obj(_) => v.to_json(),
            _ => return Err(wrong(o, key, "an object", v)),
        },
        "transformation" => transformation(v)?,
        _ => o.str(key)?.unwrap_or_default().to_string(),
    };
    Ok(Some(text))
}

/// `expire`: a Unix time in seconds, as a number or a string of digits (what a JSON auth endpoint may return).
fn expire(o: &Options<'_>) -> Result<Option<String>> {
    match o.get("expire") {
        None => Ok(None),
        Some(Value::Str(s)) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => {
            Ok(Some(s.to_string()))
        }
        Some(v @ Value::Num(_)) => {
            o.whole("expire", 0, 9_007_199_254_740_991)?;
            Ok(Some(v.to_js_string()))
        }
        Some(v) => Err(wrong(o, "expire", "a Unix time in seconds", v)),
    }
}

/// `transformation: {pre?, post?}` as JSON, after the shape checks of the JS SDK (at least one of `pre`/`post`,
/// `pre` a string, `post` an array of `{type, …}` objects), so a typo is an error before the upload.
fn transformation(v: &Value) -> Result<String> {
    let o = Options::new(v, "uploadFile options.transformation", &["pre", "post"])?;
    if o.get("pre").is_none() && o.get("post").is_none() {
        return Err(Error::validation(
            "uploadFile options.transformation must have pre or post",
        ));
    }
    o.str("pre")?;
    if let Some(post) = o.get("post") {
        let Value::Arr(steps) = post else {
            return Err(wrong(&o, "post", "an array", post));
        };
        for (i, step) in steps.iter().enumerate() {
            if !matches!(step.get("type"), Some(Value::Str(_))) {
                return Err(Error::validation(format!(
                    "uploadFile options.transformation.post[{i}].type must be a string"
                )));
            }
        }
    }
    Ok(v.to_json())
}
