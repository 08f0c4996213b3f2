//! The media API methods of `ImageKit` (SPEC §5). Each one only converts its arguments; the request is built by
//! `api::endpoints` and sent by `transport`. Every method returns a Promise and reports every failure, including
//! bad arguments, as a rejection.

use std::rc::Rc;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::attempt::BinaryFile;
use super::client::ImageKit;
use super::convert::{self, options, type_of};
use super::errors::{to_js, validation, JsResult};
use super::fetch::Blob;
use super::request_options::CallSettings;
use super::transport;
use crate::api::endpoints::{self, Call, UploadFile};
use crate::api::ApiRequest;
use crate::config::ClientConfig;
use crate::json::Value;

/// A JS argument as a core value (strings and numbers directly; objects through JSON). `name` names it in an
/// error: made only for an object (what can be refused), so that a string id costs no `format!`.
fn arg(value: &JsValue, name: impl FnOnce() -> String) -> JsResult<Value<'static>> {
    // First, as `options` reads them (absent): an omitted argument then costs one look across the boundary, not four.
    if value.is_undefined() || value.is_null() {
        return Ok(Value::Null);
    }
    if let Some(s) = value.as_string() {
        return Ok(Value::Str(s.into()));
    }
    if let Some(n) = value.as_f64() {
        // NaN and ±Infinity are not numbers JSON can carry: treat them as absent, as JSON.stringify does.
        return Ok(if n.is_finite() {
            Value::Num(js_number_text(value).into())
        } else {
            Value::Null
        });
    }
    if let Some(b) = value.as_bool() {
        return Ok(Value::Bool(b));
    }
    options(value, &name())
}

/// JS's own spelling of a number (`String(n)`), so ids and limits keep their exact text.
fn js_number_text(value: &JsValue) -> String {
    js_sys::JsString::from(value.clone())
        .as_string()
        .unwrap_or_default()
}

#[wasm_bindgen]
impl ImageKit {
    /// Internal: runs the media API call named `name` (a `Call::js_name`, or its row's index in `__calls`) with
    /// its positional `args` (an array) and the trailing request options. The named methods (`listFiles`,
    /// `getFileDetails`, …) are defined over this one export in JS (`installResources` in resources.js): one wasm
    /// export for 51 calls instead of one each, which would cost ~0.5 KB of wasm apiece. They pass the index: a
    /// name is a string to copy into wasm memory, the first and costliest crossing of a call run cold (~3 µs).
    /// `client` is the client's JS-only options (client-options.js).
    #[wasm_bindgen(js_name = __call)]
    pub fn call_named(
        &self,
        name: JsValue,
        args: JsValue,
        request: JsValue,
        client: JsValue,
    ) -> Promise {
        let found = match name.as_f64() {
            Some(i) => endpoints::table::CALLS
                .get(i as usize)
                .filter(|_| i.fract() == 0.0 && i >= 0.0)
                .map(|r| r.call),
            None => name
                .as_string()
                .and_then(|n| Call::ALL.iter().copied().find(|c| c.js_name() == n)),
        };
        let Some(call) = found else {
            return Promise::reject(&validation("unknown media API call"));
        };
        let config = self.config();
        // Argument problems become a rejection, like every failure of an async method.
        let prepared = (|| {
            let values = (0..call.arity())
                .map(|i| {
                    let a = Reflect::get_u32(&args, i as u32).unwrap_or(JsValue::UNDEFINED);
                    arg(&a, || format!("{} argument {}", call.js_name(), i + 1))
                })
                .collect::<JsResult<Vec<_>>>()?;
            let req = endpoints::build(call, &values).map_err(to_js)?;
            let settings = CallSettings::read(&config, &request, &client)?;
            Ok::<_, JsValue>((req, None, settings, None))
        })();
        sent(config, prepared)
    }
}

#[wasm_bindgen]
impl ImageKit {
    /// Internal, for the tests: how many calls wait for io.js to say how their first attempt went
    /// (wasm/pending.rs); none once every call has settled.
    #[wasm_bindgen(js_name = __pendingCalls)]
    pub fn pending_calls() -> u32 {
        super::pending::count() as u32
    }
}

/// Reads the upload's options: the `file` and `onProgress` stay JS values, the rest crosses as JSON.
fn split_upload_options(value: &JsValue) -> JsResult<(JsValue, Option<Function>, Value<'static>)> {
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
    /// Internal: `uploadFile`/`upload` (defined in resources.js over this, with the client's JS-only options):
    /// uploads a file (remote URL, base64 string, Blob/File, ArrayBuffer or typed array).
    #[wasm_bindgen(js_name = __uploadFile)]
    pub fn upload_file(&self, options: JsValue, request: JsValue, client: JsValue) -> Promise {
        self.upload_with(options, request, client, endpoints::upload)
    }

    /// Internal: `uploadFileV2`, the V2 upload (`/api/v2/files/upload`): the same options; client-side, a
    /// `token` JWT from your server.
    #[wasm_bindgen(js_name = __uploadFileV2)]
    pub fn upload_file_v2(&self, options: JsValue, request: JsValue, client: JsValue) -> Promise {
        self.upload_with(options, request, client, endpoints::upload_v2)
    }

    /// Internal: 7.x's raw calls `get/post/put/patch/delete(path, {query, body, headers, …})`, defined in
    /// resources.js over this: `body` apart, `request` the rest of the options.
    #[wasm_bindgen(js_name = __raw)]
    pub fn raw(
        &self,
        method: JsValue,
        path: JsValue,
        body: JsValue,
        request: JsValue,
        client: JsValue,
    ) -> Promise {
        let config = self.config();
        let prepared = (|| {
            let method = convert::string(&method, "method")?;
            let path = convert::string(&path, "path")?;
            let body = arg(&body, || "the body".into())?;
            let req = crate::api::request::raw(&method, &path, Some(&body)).map_err(to_js)?;
            let settings = CallSettings::read(&config, &request, &client)?;
            Ok::<_, JsValue>((req, None, settings, None))
        })();
        sent(config, prepared)
    }
}

type UploadBuilder =
    fn(&ClientConfig, &Value, endpoints::UploadFile) -> crate::error::Result<ApiRequest>;

impl ImageKit {
    fn upload_with(
        &self,
        options: JsValue,
        request: JsValue,
        client: JsValue,
        builder: UploadBuilder,
    ) -> Promise {
        let config = self.config();
        let prepared = (|| {
            let (file, progress, value) = split_upload_options(&options)?;
            let name = ["fileName", "file_name"]
                .iter()
                .find_map(|k| value.get(k).and_then(Value::as_str))
                .unwrap_or("file")
                .to_string();
            let (kind, binary) = upload_file(&file, &name)?;
            let req = builder(&config, &value, kind).map_err(to_js)?;
            let settings = CallSettings::read(&config, &request, &client)?;
            Ok::<_, JsValue>((req, binary, settings, progress))
        })();
        sent(config, prepared)
    }
}

/// A media call read from its arguments: the request, the upload's file, the call's settings, `onProgress`.
type Prepared = (ApiRequest, BinaryFile, CallSettings, Option<Function>);

/// The one promise every media call returns: the transport's answer, or the rejection of its arguments. One
/// function for all of them, so the transport's entry is called from one place.
fn sent(config: Rc<ClientConfig>, prepared: JsResult<Prepared>) -> Promise {
    match prepared {
        Ok((req, file, settings, progress)) => {
            transport::start(config, req, file, settings, progress)
        }
        Err(e) => Promise::reject(&e),
    }
}

/// Turns the upload's `file` into form text or a Blob (bytes are wrapped in a Blob on the JS side).
fn upload_file(file: &JsValue, file_name: &str) -> JsResult<(UploadFile, BinaryFile)> {
    if let Some(s) = file.as_string() {
        return Ok((UploadFile::Text(s), None));
    }
    if file.is_instance_of::<Blob>() {
        return Ok((
            UploadFile::Binary,
            Some((file.clone().unchecked_into(), file_name.to_string())),
        ));
    }
    if file.is_instance_of::<js_sys::ArrayBuffer>() || js_sys::ArrayBuffer::is_view(file) {
        let blob =
            Blob::new(&js_sys::Array::of1(file)).map_err(|e| convert::unreadable("file", &e))?;
        return Ok((UploadFile::Binary, Some((blob, file_name.to_string()))));
    }
    if file.is_undefined() || file.is_null() {
        return Err(validation("file is required"));
    }
    Err(validation(format!(
        "file must be a URL or base64 string, a Blob/File, an ArrayBuffer or a typed array, got {}",
        type_of(file)
    )))
}
