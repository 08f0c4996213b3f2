//! The media calls whose first attempt io.js is sending (transport.rs `first_in_js`): each call's state waits in
//! a slab under a number, and one `resume` function, made once per module, takes it back — to continue the call
//! in the transport's loop when the first attempt did not answer it, or just to let it go when it did.
//!
//! Why not a closure per call, as before: `Closure::once(…).into_js_value()` made a JS function and registered it
//! with a FinalizationRegistry for every call, and a call that succeeded (most) never called it, so each one was
//! also finalized later; it measured 3–4 µs of a sequential call against the local server (bench/api-ab.mjs,
//! a build without it). The cost of a number: a call whose fetch never settles (a client's own `fetch` that
//! ignores the signal) keeps its entry for the life of the module, where a closure would have been collected.

use std::cell::RefCell;

use js_sys::Promise;
use wasm_bindgen::prelude::*;

use super::attempt::Answer;
use super::transport::{self, Sending};
use crate::slab::Slab;

thread_local! {
    static CALLS: RefCell<Slab<Box<Sending>>> = const { RefCell::new(Slab::new()) };
    /// `resume(call, done, parts, cause, timedOut)`, handed to io.js with every first attempt.
    static RESUME: JsValue =
        Closure::<dyn Fn(u32, bool, JsValue, JsValue, bool) -> JsValue>::new(resume).into_js_value();
}

/// Keeps `call` until io.js resumes it: its number and the `resume` function, or the call back when it cannot be
/// kept (the slab in use, which no JS can reach while this runs; or 2^32 calls pending).
pub fn keep(call: Sending) -> Result<(u32, JsValue), Box<Sending>> {
    let call = Box::new(call);
    let id = CALLS.with(|c| match c.try_borrow_mut() {
        Ok(mut slab) => slab.insert(call),
        Err(_) => Err(call),
    })?;
    Ok((id, RESUME.with(JsValue::clone)))
}

/// How many calls wait (for the tests: none once every call has settled).
pub fn count() -> usize {
    CALLS.with(|c| c.try_borrow().map_or(0, |slab| slab.len()))
}

/// io.js's answer for call `id`: `done` when the first attempt answered the call (the state is dropped), else
/// the attempt's `parts` (`[status, headers, text]`, or undefined with the `cause` of no response) and whether
/// our timer fired, for the transport's loop, whose promise this returns.
fn resume(id: u32, done: bool, parts: JsValue, cause: JsValue, timed_out: bool) -> JsValue {
    let call = CALLS.with(|c| c.try_borrow_mut().ok().and_then(|mut slab| slab.take(id)));
    let Some(call) = call else {
        let message =
            JsValue::from("imagekit-wasm: a media call's first attempt was resumed twice");
        return Promise::reject(&super::errors::make(
            "ImageKitError",
            &message,
            &JsValue::UNDEFINED,
        ))
        .into();
    };
    if done {
        return JsValue::UNDEFINED;
    }
    let answer: Result<Answer, JsValue> = if parts.is_undefined() {
        Err(cause)
    } else {
        Ok(transport::answer_of(parts))
    };
    transport::spawn(*call, Some((answer, timed_out))).into()
}
