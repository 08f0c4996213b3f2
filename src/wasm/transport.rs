//! The one transport every media API call goes through: it performs attempts (fetch, or XHR for upload progress),
//! waits, and turns answers into payloads or SPEC §6 errors. What it does next is decided by the core: the error
//! of an answer by `api::response::classify`, whether and when to retry by `api::retry::decide`.

use std::rc::Rc;

use js_sys::{Array, Function, JsString, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{future_to_promise, JsFuture};

use super::attempt::{Answer, Attempt, BinaryFile};
use super::client_js::ClientJs;
use super::errors::{to_js, JsResult};
use super::fetch;
use super::request_options::CallSettings;
use super::transport_log::Logs;
use crate::api::extras;
use crate::api::log::{self, AttemptLog};
use crate::api::response::{self, BodySummary, ErrorAnswer, Message, EXCERPT_CHARS};
use crate::api::retry::{self, Decision, Failure};
use crate::api::{ApiRequest, ErrorClass};
use crate::config::ClientConfig;
use crate::error::Error;

/// The signal of one attempt: its own timeout, joined with the caller's signal when there is one.
fn attempt_signal(settings: &CallSettings) -> JsResult<fetch::AttemptSignal> {
    let user = settings
        .signal
        .as_ref()
        .map_or(JsValue::UNDEFINED, |s| s.into());
    fetch::attempt_signal(settings.timeout_ms as f64, &user)
}

/// One attempt through `fetch`, sent by io.js from the attempt's wire text (one promise for the response and its
/// body); `Err` carries the cause when there was no (complete) response.
async fn fetch_attempt(
    url: &str,
    attempt: &Attempt,
    signal: &fetch::AttemptSignal,
    client: &ClientJs,
) -> Result<Answer, JsValue> {
    let (wire, credentials, form) = attempt.wire(url);
    let parts = JsFuture::from(fetch::fetch_text(
        &wire,
        credentials,
        &form,
        &signal.signal(),
        &custom_fetch(client),
        &client.fetch_options,
    )?)
    .await?;
    Ok(answer_of(parts))
}

/// The client's own `fetch` (7.x's option), or undefined for the runtime's.
fn custom_fetch(client: &ClientJs) -> JsValue {
    client
        .fetch
        .as_ref()
        .map_or(JsValue::UNDEFINED, |f| f.into())
}

/// The answer in io.js's `[status, headers, text]`.
pub fn answer_of(parts: JsValue) -> Answer {
    let parts: Array = parts.unchecked_into();
    Answer {
        status: parts.get(0).as_f64().map_or(0, |s| s as u16),
        headers: parts.get(1).unchecked_into(),
        text: parts.get(2),
    }
}

/// The error of an attempt that got no response: the caller aborted, our timer fired, or the network failed.
fn no_response(failure: Failure, cause: &JsValue, timeout_ms: u64) -> JsValue {
    to_js(match failure {
        Failure::Aborted => Error::Abort("the request was aborted by the caller's signal".into()),
        Failure::TimedOut => Error::Timeout(format!("no response within {timeout_ms} ms")),
        _ => {
            let why = super::convert::error_message(cause);
            let why = if why.is_empty() {
                "the network request failed".to_string()
            } else {
                why
            };
            Error::Connection(format!("connection error: {why}"))
        }
    })
}

/// The headers the error mapping reads, from our own plain object (reading it cannot throw).
fn headers_read(headers: &Object) -> Vec<(String, String)> {
    response::HEADERS_READ
        .iter()
        .filter_map(|name| {
            let v = Reflect::get(headers, &(*name).into()).ok()?.as_string()?;
            Some((name.to_string(), v))
        })
        .collect()
}

/// The wait the answer asks for (`retry::server_wait_ms`), an HTTP date measured against the clock now.
fn server_wait(headers: &Object) -> Option<f64> {
    let read = |name: &str| Reflect::get(headers, &name.into()).ok()?.as_string();
    let (ms, after) = (read("retry-after-ms"), read("retry-after"));
    let parse_float = |v: &str| Some(js_sys::parse_float(v)).filter(|f| !f.is_nan());
    retry::server_wait_ms(ms.as_deref(), after.as_deref(), parse_float, |date| {
        js_sys::Date::parse(date) - super::env::now_ms()
    })
}

/// An error answer, mapped by the core from a summary of its body; the body stays in JS.
fn classify(answer: &Answer, bulk: bool) -> JsResult<(ErrorAnswer, Array)> {
    let parts = fetch::body_parts(&answer.text, 2 * EXCERPT_CHARS as u32)?;
    let head = parts.get(3).as_string().unwrap_or_default();
    let has_message = parts
        .get(1)
        .dyn_ref::<JsString>()
        .is_some_and(|m| m.length() > 0);
    let summary = BodySummary {
        json: parts.get(4).is_truthy(),
        has_message,
        head: &head,
    };
    let headers = headers_read(&answer.headers);
    let mapped = response::classify(answer.status, &headers, &summary, bulk).unwrap_or_else(|| {
        // Only error statuses and bodies that ikPayload refused come here; say so rather than trap.
        ErrorAnswer {
            class: ErrorClass::Unknown,
            status: answer.status,
            message: Message::Text(format!("the API answered {} unreadably", answer.status)),
            retry_after: None,
            rate_limit: None,
            should_retry: None,
        }
    });
    Ok((mapped, parts))
}

/// The JS error of an error answer: `status`, `help`, `responseMetadata`, `headers`, `error` (and
/// `retryAfter`/`rateLimit` on 429).
fn http_error(e: &ErrorAnswer, parts: &Array, headers: &Object) -> JsResult<JsValue> {
    let props = Object::new();
    let set = |k: &str, v: &JsValue| Reflect::set(&props, &k.into(), v);
    set("status", &JsValue::from(e.status))?;
    set("help", &parts.get(2))?;
    let raw = parts.get(0);
    set(
        "responseMetadata",
        &fetch::metadata(&raw, e.status, headers)?.into(),
    )?;
    set("headers", &fetch::headers_object(headers)?)?;
    let json = parts.get(4).is_truthy();
    let body_json = if json {
        raw.clone()
    } else {
        JsValue::UNDEFINED
    };
    set("error", &body_json)?;
    let figure = |v: Option<f64>| v.map_or(JsValue::UNDEFINED, JsValue::from_f64);
    if let Some(rate) = e.rate_limit {
        set("retryAfter", &figure(e.retry_after))?;
        let r = Object::new();
        Reflect::set(&r, &"limit".into(), &figure(rate.limit))?;
        Reflect::set(&r, &"remaining".into(), &figure(rate.remaining))?;
        Reflect::set(&r, &"reset".into(), &figure(rate.reset))?;
        set("rateLimit", &r)?;
    }
    let message = match &e.message {
        Message::FromBody => parts.get(1),
        Message::Text(text) => text.into(),
    };
    Ok(super::errors::make(e.class.name(), &message, &props))
}

/// Sends `req`, retrying as `retry::decide` says: the promise of a media call, resolving to the payload or
/// rejecting with a SPEC §6 error. With `progress` and an `XMLHttpRequest` (browsers), the upload reports progress
/// as it goes; elsewhere fetch cannot, and `progress` hears of the completed upload once.
///
/// A call that logs nothing per attempt (the client's level below `info`) and has no `progress` sends its first
/// attempt from io.js (`ikFirstAttempt`), which resolves a plain success itself and hands anything else back to
/// the loop below. Why: in a sequential request loop the thread sleeps between calls and every call runs cold;
/// the async glue of a wasm future (a Promise and its executor closure, a task polled from a microtask, a
/// `JsFuture`'s two closures, each registered in a FinalizationRegistry, a second poll) cost ~15–20 µs of such
/// cold time per call against the local server (bench/api-ab.mjs), where a warm loop says a few (README,
/// Benchmarks).
pub fn start(
    config: Rc<ClientConfig>,
    mut req: ApiRequest,
    file: BinaryFile,
    settings: CallSettings,
    progress: Option<Function>,
) -> Promise {
    if settings.query_given {
        match ClientJs::replaces_query(&settings.client_parts) {
            Ok(true) => req.query.clear(),
            Ok(false) => {}
            Err(e) => return Promise::reject(&e),
        }
    }
    req.query = if req.raw {
        extras::merge_query(&[&req.query, &config.default_query, &settings.query])
    } else {
        extras::merge_query(&[&config.default_query, &req.query, &settings.query])
    };
    let call = Sending {
        url: req.url(&config.api_base_url, &config.upload_base_url),
        config,
        req,
        file,
        settings,
        progress,
    };
    if call.progress.is_some()
        || call.config.log_level.allows(log::Level::Info)
        || call.settings.aborted()
    {
        return spawn(call, None);
    }
    first_in_js(call).unwrap_or_else(|e| Promise::reject(&e))
}

/// A call on its way: what each of its attempts is made from.
pub struct Sending {
    config: Rc<ClientConfig>,
    req: ApiRequest,
    file: BinaryFile,
    settings: CallSettings,
    progress: Option<Function>,
    url: String,
}

/// The first attempt through io.js's `ikFirstAttempt`, which makes its signal and sends it from its wire text;
/// the call waits in `pending` for io.js to say how it went (`resume` continues it in [`send`]).
fn first_in_js(call: Sending) -> JsResult<Promise> {
    let attempt = Attempt::new(&call.config, &call.req, &call.file, &call.settings.headers)?;
    let (wire, credentials, form) = attempt.wire(&call.url);
    let user = call
        .settings
        .signal
        .as_ref()
        .map_or(JsValue::UNDEFINED, |s| s.into());
    let (client, options, raw, timeout_ms) = (
        call.settings.client_parts.clone(),
        call.settings.fetch_options.clone().unwrap_or_default(),
        call.req.raw,
        call.settings.timeout_ms as f64,
    );
    let (id, resume) = match super::pending::keep(call) {
        Ok(kept) => kept,
        Err(call) => return Ok(spawn(*call, None)),
    };
    fetch::first_attempt(
        &wire,
        credentials,
        &form,
        timeout_ms,
        &user,
        &client,
        &options,
        raw,
        id,
        &resume,
    )
}

/// An attempt's outcome: the answer (or the cause when there was none) and whether our timer fired.
pub type Outcome = (Result<Answer, JsValue>, bool);

/// The promise of [`send`]: one `future_to_promise` of it in the wasm, whichever way the call started.
pub fn spawn(call: Sending, first: Option<Outcome>) -> Promise {
    future_to_promise(send(call, first))
}

/// The attempt loop, from `first` (the outcome of a first attempt io.js sent, see [`start`]) or from a new attempt.
async fn send(call: Sending, mut first: Option<Outcome>) -> JsResult<JsValue> {
    let Sending {
        config,
        mut req,
        file,
        settings,
        progress,
        url,
    } = call;
    let client = settings.client()?;
    req.bulk &= !client.resolve_partial;
    // The client's own `fetch` is used for every request (7.x), uploads with progress too.
    let use_xhr = progress.is_some() && client.fetch.is_none() && super::xhr::available();
    let user_signal = settings
        .signal
        .as_ref()
        .map_or(JsValue::UNDEFINED, |s| s.into());
    let logs = Logs {
        client: &client,
        level: config.log_level,
    };
    let mut first_id: Option<String> = None;
    let mut retries: u32 = 0;
    loop {
        let sent = first.take();
        if sent.is_none() && settings.aborted() {
            return Err(no_response(Failure::Aborted, &JsValue::UNDEFINED, 0));
        }
        let id = log::log_id(js_sys::Math::random());
        let line = AttemptLog {
            id: &id,
            retry_of: first_id.as_deref(),
            method: req.method.as_str(),
            url: &url,
        };
        // The first attempt io.js sent logged nothing (its client's level is below info): no duration to give.
        let ((answer, timed_out), ms) = match sent {
            Some(outcome) => (outcome, 0.0),
            None => {
                let attempt = Attempt::new(&config, &req, &file, &settings.headers)?;
                let signal = attempt_signal(&settings)?;
                logs.sending(&line, &attempt);
                let started = super::env::now_ms();
                let answer = match (&progress, use_xhr) {
                    (Some(p), true) => super::xhr::attempt(&url, &attempt, &signal, p).await,
                    _ => fetch_attempt(&url, &attempt, &signal, &client).await,
                };
                let ms = super::env::now_ms() - started;
                ((answer, signal.finish()), ms)
            }
        };
        // What 7.x's debug details call `message`: the network's reason, or an error body that is not JSON.
        let (failure, error, answered, message) = match answer {
            Err(cause) => {
                let failure = if settings.aborted() {
                    Failure::Aborted
                } else if timed_out {
                    Failure::TimedOut
                } else {
                    Failure::NoResponse
                };
                let why = JsValue::from(super::convert::error_message(&cause));
                let error = no_response(failure, &cause, settings.timeout_ms);
                (failure, error, None, why)
            }
            Ok(answer) => {
                if ErrorClass::for_status(answer.status, req.bulk).is_none() {
                    let read = if req.raw {
                        fetch::raw_payload(&answer.text, answer.status, &answer.headers)
                    } else {
                        fetch::payload(&answer.text, answer.status, &answer.headers)
                    };
                    if let Ok(v) = read {
                        if let (Some(p), false) = (&progress, use_xhr) {
                            report_completion(p, &file);
                        }
                        logs.succeeded(&line, &answer, ms, &v);
                        return Ok(v);
                    }
                }
                let (e, parts) = classify(&answer, req.bulk)?;
                let failure = Failure::Status {
                    status: e.status,
                    wait_ms: server_wait(&answer.headers),
                    should_retry: e.should_retry,
                };
                let error = http_error(&e, &parts, &answer.headers)?;
                let message = if parts.get(4).is_truthy() {
                    JsValue::UNDEFINED
                } else {
                    answer.text.clone()
                };
                (failure, error, Some(answer), message)
            }
        };
        let attempted = retry::Attempt {
            retries,
            max_retries: settings.max_retries,
            resendable: req.retryable,
            failure,
            jitter: js_sys::Math::random(),
        };
        let decision = retry::decide(&attempted);
        if failure != Failure::Aborted {
            let next = retry::next(&attempted, decision);
            logs.failed(&line, answered.as_ref(), failure, next, ms, &message);
        }
        let Decision::RetryAfterMs(wait) = decision else {
            return Err(error);
        };
        // An abort during the wait ends it at once; the check at the top of the loop then answers AbortError.
        JsFuture::from(fetch::sleep(wait, &user_signal)?).await?;
        first_id.get_or_insert(id);
        retries += 1;
    }
}

/// Tells `progress` the whole file went up: `{loaded: size, total: size}`.
fn report_completion(progress: &Function, file: &BinaryFile) {
    let size = file
        .as_ref()
        .and_then(|(blob, _)| Reflect::get(blob, &"size".into()).ok())
        .and_then(|s| s.as_f64())
        .unwrap_or(0.0);
    let p = Object::new();
    let _ = Reflect::set(&p, &"loaded".into(), &JsValue::from_f64(size));
    let _ = Reflect::set(&p, &"total".into(), &JsValue::from_f64(size));
    let _ = progress.call1(&JsValue::UNDEFINED, &p);
}
