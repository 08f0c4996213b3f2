//! The one-crossing lane for the hot synchronous calls (URL building, signing, pHash), used by `lane.js`.
//!
//! Why: through wasm-bindgen's generic conversions a `buildSrc` call crossed the boundary about ten times
//! (type checks, `JSON.stringify`, allocating and copying the text in, copying the result out and freeing it),
//! which cost more than the URL work itself. Here JS writes the options' JSON text straight into a reusable input
//! area of wasm memory, makes one call with plain numbers, and reads the result text from where `RESULT` points.
//! The calls compute exactly what the exported functions compute, with the same core functions; on any error
//! they return `false` and `lane.js` calls the exported function, which throws the error class with its message.

use std::cell::Cell;
use std::sync::atomic::{AtomicU32, Ordering};

use wasm_bindgen::prelude::*;

use super::client::ImageKit;
use super::env::seconds_from_ms;
use crate::json::{self, Value};
use crate::upload_auth::{self, ExpireArg};
use crate::url::Crossed;

/// The largest input the lane takes, in bytes of UTF-8 (1 MiB): `__input` refuses a larger area, and `lane.js`
/// then runs the checked export, which reads the arguments its own way. Bounding the area keeps one huge string
/// from growing wasm memory by several times its size for good (the area used to be 3 × the string, doubled and
/// never shrunk, until a 362M-character call overflowed `isize` and trapped).
pub const LANE_MAX_INPUT: usize = 1 << 20;

/// An area larger than this (64 KiB) is released after the call that needed it.
const LANE_KEEP: usize = 64 << 10;

thread_local! {
    /// Where JS writes a call's input (UTF-8 JSON text, or raw strings). A `Cell` the calls take the area out of
    /// and put back, never a `RefCell` borrow: a call that traps never puts it back, and the next `__input` then
    /// simply makes a new area. (A borrow left held by a trap made every later `__input` answer 0, and `lane.js`
    /// wrote its inputs over the shadow stack at address 0.)
    static INPUT: Cell<Vec<u8>> = const { Cell::new(Vec::new()) };
    /// The last result, kept alive until the next call so JS can decode it in place.
    static OUTPUT: Cell<String> = const { Cell::new(String::new()) };
}

/// Address and length of the last result, then address and length of the input area (0, 0 when there is none),
/// read by JS through a `Uint32Array` over wasm memory. With the area published here, `lane.js` asks `__input`
/// only when an input does not fit, instead of on every call (one crossing less per call).
static RESULT: [AtomicU32; 4] = [
    AtomicU32::new(0),
    AtomicU32::new(0),
    AtomicU32::new(0),
    AtomicU32::new(0),
];

/// Puts `input` back as the input area and publishes where it is.
fn keep_input(input: Vec<u8>) {
    RESULT[2].store(input.as_ptr() as u32, Ordering::Relaxed);
    RESULT[3].store(input.len() as u32, Ordering::Relaxed);
    INPUT.set(input);
}

/// Runs `f` over the first `len` input bytes and publishes its result; false on any error.
fn run(len: u32, f: impl FnOnce(&[u8]) -> Option<String>) -> bool {
    let out = with_input(|input| f(input.get(..len as usize)?));
    match out {
        Some(text) => {
            RESULT[0].store(text.as_ptr() as u32, Ordering::Relaxed);
            RESULT[1].store(text.len() as u32, Ordering::Relaxed);
            OUTPUT.set(text);
            true
        }
        None => false,
    }
}

/// `f` over the input area, which is released afterwards when it has grown past [`LANE_KEEP`].
fn with_input<T>(f: impl FnOnce(&[u8]) -> T) -> T {
    let input = INPUT.take();
    // Unpublished while taken: a trap inside `f` leaves no area (the next `__input` makes one).
    RESULT[3].store(0, Ordering::Relaxed);
    let out = f(&input);
    if input.capacity() <= LANE_KEEP {
        keep_input(input);
    }
    out
}

/// The address of an input area of at least `len` bytes (its contents kept), or 0 when `len` is past
/// [`LANE_MAX_INPUT`] or the memory cannot hold it: the lane declines, it never traps.
fn input_area(len: usize) -> u32 {
    if len > LANE_MAX_INPUT {
        return 0;
    }
    let mut input = INPUT.take();
    if input.len() < len {
        if input.try_reserve_exact(len - input.len()).is_err() {
            keep_input(input);
            return 0;
        }
        input.resize(len, 0);
    }
    let at = input.as_ptr() as u32;
    keep_input(input);
    at
}

/// `run` for calls whose input is one JSON options text.
fn run_json(len: u32, f: impl FnOnce(&Value) -> crate::Result<String>) -> bool {
    run(len, |bytes| {
        let text = std::str::from_utf8(bytes).ok()?;
        f(&json::parse(text).ok()?).ok()
    })
}

/// `run` for the `buildSrc` calls: the options, and how their `transformation` crossed: its exact JSON text (the
/// key of `url::tr_memo`, which keeps the compiled strings of the last few), and its string when the memo knows
/// that text already (the reader then steps over it instead of reading it).
fn run_build_src(len: u32, f: impl FnOnce(&Value, &Crossed<'_>) -> crate::Result<String>) -> bool {
    run(len, |bytes| {
        let text = std::str::from_utf8(bytes).ok()?;
        let watch = json::Watch {
            key: "transformation",
            known: &crate::url::known_transformation,
        };
        let (options, crossed) = json::parse_watching(text, Some(watch)).ok()?;
        f(&options, &crossed).ok()
    })
}

#[wasm_bindgen]
impl ImageKit {
    /// Internal: the address of the input area, grown to at least `len` bytes; 0 when the lane declines.
    #[wasm_bindgen(js_name = __input)]
    pub fn fast_input(len: u32) -> u32 {
        input_area(len as usize)
    }

    /// Internal: the address of `[result address, result length, input address, input length]`.
    #[wasm_bindgen(js_name = __result)]
    pub fn fast_result() -> u32 {
        RESULT.as_ptr() as u32
    }

    /// Internal: the module's memory.
    #[wasm_bindgen(js_name = __memory)]
    pub fn fast_memory() -> JsValue {
        wasm_bindgen::memory()
    }

    /// Internal: `buildSrc` over the JSON options in the input area.
    #[wasm_bindgen(js_name = __buildSrc)]
    pub fn fast_build_src(len: u32) -> bool {
        run_build_src(len, crate::url::build_src_from)
    }

    /// Internal: `buildTransformationString` over the JSON steps (or `null`) in the input area.
    #[wasm_bindgen(js_name = __transformation)]
    pub fn fast_transformation(len: u32) -> bool {
        run_json(len, crate::url::build_transformation_string)
    }

    /// Internal: `getResponsiveImageAttributes`, as JSON text.
    #[wasm_bindgen(js_name = __responsive)]
    pub fn fast_responsive(len: u32) -> bool {
        run_json(len, |v| {
            crate::url::responsive_image_attributes(v).map(|attrs| attrs.to_json())
        })
    }

    /// Internal: `phashDistance` of the input's first `first` bytes and the `second` after them; -1 on error.
    #[wasm_bindgen(js_name = __phash)]
    pub fn fast_phash(first: u32, second: u32) -> i32 {
        with_input(|input| {
            let (a, rest) = input.split_at_checked(first as usize)?;
            let a = std::str::from_utf8(a).ok()?;
            let b = std::str::from_utf8(rest.get(..second as usize)?).ok()?;
            let d = crate::phash::distance(Some(a), Some(b)).ok()?;
            i32::try_from(d).ok()
        })
        .unwrap_or(-1)
    }

    /// Internal: `ik.url` at the given `Date.now()`.
    #[wasm_bindgen(js_name = __url)]
    pub fn fast_url(&self, len: u32, now_ms: f64) -> bool {
        let config = self.config();
        run_json(len, |v| {
            crate::signing::at_clock(seconds_from_ms(now_ms), |now| {
                crate::url::url(&config, v, now)
            })
        })
    }

    /// Internal: `ik.buildSrc` at the given `Date.now()`.
    #[wasm_bindgen(js_name = __signedBuildSrc)]
    pub fn fast_client_build_src(&self, len: u32, now_ms: f64) -> bool {
        let config = self.config();
        run_build_src(len, |v, crossed| {
            crate::signing::at_clock(seconds_from_ms(now_ms), |now| {
                crate::url::client_build_src_from(&config, v, now, crossed)
            })
        })
    }

    /// Internal: `ik.getAuthenticationParameters`. The input holds the token, or (`len` 0) 16 random bytes for a
    /// default token; `expire` NaN stands for a missing one (`upload_auth` decides both defaults). The result is
    /// the 40-digit signature, the expiry, a space and the token; or the signature alone when the token is ASCII
    /// and the expiry a number other than 0: both come back exactly as JS gave them, and `lane.js` returns its own
    /// (reading 40 bytes instead of 60 and cutting them in three was ~10 % of the call in Bun).
    #[wasm_bindgen(js_name = __auth)]
    pub fn fast_auth(&self, len: u32, expire: f64, now_ms: f64) -> bool {
        let config = self.config();
        run(if len == 0 { 16 } else { len }, |bytes| {
            let key = config.require_private_key("").ok()?;
            let token = if len == 0 {
                None
            } else {
                Some(std::str::from_utf8(bytes).ok()?)
            };
            let expire = if expire.is_nan() {
                ExpireArg::Missing
            } else {
                ExpireArg::Number(expire)
            };
            let as_given = token.is_some_and(str::is_ascii)
                && matches!(expire, ExpireArg::Number(n) if n != 0.0);
            let random = || bytes.try_into().map_err(|_| crate::Error::validation(""));
            let p = upload_auth::authentication_parameters(
                key,
                token,
                expire,
                seconds_from_ms(now_ms),
                random,
            )
            .ok()?;
            if as_given {
                return Some(p.signature);
            }
            // Sized once (the signature's 40 digits, at most 16 of the expiry, the space, the token): growing the
            // signature's own string reallocated it.
            let expire = p.expire.signed_text();
            let mut out =
                String::with_capacity(p.signature.len() + expire.len() + 1 + p.token.len());
            out.push_str(&p.signature);
            out.push_str(&expire);
            out.push(' ');
            out.push_str(&p.token);
            Some(out)
        })
    }
}
