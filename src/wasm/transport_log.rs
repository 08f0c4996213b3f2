//! The lines `@imagekit/nodejs` 7 logs about a call (their words in `api::log`), made from what the transport saw
//! of each attempt and handed to the client's logger; apart from `transport.rs` so that the attempt loop reads
//! on its own.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

use super::attempt::{Answer, Attempt};
use super::client_js::{redacted_headers, ClientJs};
use crate::api::log::{self, AttemptLog, Level};
use crate::api::retry::Failure;

/// The lines 7.x logs about a call (their words in `api::log`), handed to the client's logger.
pub struct Logs<'a> {
    pub client: &'a ClientJs,
    pub level: Level,
}

impl Logs<'_> {
    fn details(&self, pairs: &[(&str, JsValue)]) -> Object {
        let d = Object::new();
        for (k, v) in pairs {
            let _ = Reflect::set(&d, &(*k).into(), v);
        }
        d
    }

    pub fn sending(&self, line: &AttemptLog, attempt: &Attempt) {
        if !self.level.allows(Level::Debug) {
            return;
        }
        let headers = redacted_headers(
            attempt
                .headers
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str())),
        );
        let mut pairs = vec![
            (
                "method",
                JsValue::from_str(&line.method.to_ascii_lowercase()),
            ),
            ("url", JsValue::from_str(line.url)),
            ("headers", headers.into()),
        ];
        if let Some(first) = line.retry_of {
            pairs.insert(0, ("retryOf", first.into()));
        }
        let d = self.details(&pairs);
        self.client
            .log(self.level, Level::Debug, &line.sending(), Some(&d));
    }

    fn response_details(&self, line: &AttemptLog, answer: &Answer, ms: f64) -> Object {
        let headers = response_headers(&answer.headers);
        let mut pairs = vec![
            ("url", JsValue::from_str(line.url)),
            ("status", JsValue::from(answer.status)),
            ("headers", headers.into()),
            ("durationMs", JsValue::from_f64(ms.round())),
        ];
        if let Some(first) = line.retry_of {
            pairs.insert(0, ("retryOf", first.into()));
        }
        self.details(&pairs)
    }

    pub fn succeeded(&self, line: &AttemptLog, answer: &Answer, ms: f64, body: &JsValue) {
        self.client.log(
            self.level,
            Level::Info,
            &line.answered(answer.status, ms, None),
            None,
        );
        if !self.level.allows(Level::Debug) {
            return;
        }
        let d = self.response_details(line, answer, ms);
        self.client
            .log(self.level, Level::Debug, &line.response_start(), Some(&d));
        let _ = Reflect::set(&d, &"body".into(), body);
        let _ = Reflect::delete_property(&d, &"headers".into());
        self.client
            .log(self.level, Level::Debug, &line.response_parsed(), Some(&d));
    }

    pub fn failed(
        &self,
        line: &AttemptLog,
        answer: Option<&Answer>,
        failure: Failure,
        next: log::Next,
        ms: f64,
        message: &JsValue,
    ) {
        match answer {
            Some(answer) => {
                let info = line.answered(answer.status, ms, Some(next));
                self.client.log(self.level, Level::Info, &info, None);
                if self.level.allows(Level::Debug) {
                    let d = self.response_details(line, answer, ms);
                    // 7.x names the body on the last answer only (undefined when it is JSON).
                    if !matches!(next, log::Next::Retrying { .. }) {
                        let _ = Reflect::set(&d, &"message".into(), message);
                    }
                    self.client.log(
                        self.level,
                        Level::Debug,
                        &line.response_error(next),
                        Some(&d),
                    );
                }
            }
            None => {
                let (info, debug) = line.no_answer(failure == Failure::TimedOut, next);
                self.client.log(self.level, Level::Info, &info, None);
                if self.level.allows(Level::Debug) {
                    let mut pairs = vec![
                        ("url", JsValue::from_str(line.url)),
                        ("durationMs", JsValue::from_f64(ms.round())),
                        ("message", message.clone()),
                    ];
                    if let Some(first) = line.retry_of {
                        pairs.insert(0, ("retryOf", first.into()));
                    }
                    let d = self.details(&pairs);
                    self.client.log(self.level, Level::Debug, &debug, Some(&d));
                }
            }
        }
    }
}

/// The answer's headers for a log line, the redacted ones as `***`.
fn response_headers(headers: &Object) -> Object {
    let names = js_sys::Object::keys(headers);
    let pairs: Vec<(String, String)> = names
        .iter()
        .filter_map(|k| {
            let name = k.as_string()?;
            let v = Reflect::get(headers, &k).ok()?.as_string()?;
            Some((name, v))
        })
        .collect();
    redacted_headers(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}
