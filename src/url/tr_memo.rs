//! A bounded memo of `buildSrc` transformation strings, keyed by the exact JSON text of the `transformation` value
//! the options crossed with (the lane's `buildSrc` and `ik.buildSrc`, src/wasm/lane.rs).
//!
//! Why: an application builds most of its URLs with a few transformations over many sources (a gallery's
//! thumbnails), and compiling the steps was a third of a chained-overlay `buildSrc` inside wasm (issue #16: the
//! build 565 ns, its transformation string 242 ns). Legitimate because the string is a function of that text alone
//! in `@imagekit/javascript`'s dialect (no clock, key or client goes in), and it holds nothing secret. Bounded:
//! [`ENTRIES`] texts of at most [`KEY_MAX`] bytes, each with its string; a full memo is emptied and starts over.
//! Only successes are kept: a transformation that fails is compiled (and fails) every time.

use std::cell::RefCell;
use std::rc::Rc;

use super::jsvalue::Values;
use super::transform::transformation_string;
use crate::ascii;
use crate::error::Result;
use crate::json::Value;

/// How many transformations the memo holds.
const ENTRIES: usize = 64;
/// The longest transformation text kept (in bytes of its JSON); a longer one is compiled each time.
const KEY_MAX: usize = 1024;

/// One remembered transformation: its text's [`hash`], the text, and its string (shared with a call that is
/// answered from it: a hit copies nothing).
struct Entry {
    hash: u64,
    text: String,
    tr: Rc<str>,
}

thread_local! {
    /// At most [`ENTRIES`] entries, searched by hash first: a search that compared texts went through up to 64 of
    /// them (same length, same first bytes), which made a miss 1.5× the cost of no memo at all.
    static MEMO: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
}

/// A hash of `text` taken eight bytes at a time (multiply and rotate; not for adversaries: a collision only costs
/// a text comparison, which `ascii::eq` makes). Whole words are read with one load each (`ascii::words`): copying
/// every chunk byte by byte into a padded word made the memo's look-up the costliest function of a remembered
/// `buildSrc` in wasm (a speed-build profile in Node, issue #16).
fn hash(text: &str) -> u64 {
    ascii::words(text.as_bytes()).fold(text.len() as u64, |h, w| {
        (h.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95)
    })
}

/// The string remembered for the transformation whose JSON text is `raw`, if any. The lane's reader asks this as
/// it meets the options' `transformation` (`json::Watch`), and on an answer does not read that value.
pub fn known(raw: &str) -> Option<Rc<str>> {
    if raw.len() > KEY_MAX {
        return None;
    }
    let h = hash(raw);
    MEMO.with(|m| {
        let m = m.try_borrow().ok()?;
        m.iter()
            .find(|e| e.hash == h && ascii::eq(&e.text, raw))
            .map(|e| Rc::clone(&e.tr))
    })
}

/// Compiles `steps`, whose JSON text is `raw`, and remembers the string when it compiles. Called only after the
/// reader asked [`known`] for this very text and heard nothing, so it does not look again: only an array is looked
/// up there (`json::parse_watching` steps over nothing else), so only an array is kept here, and a text is never
/// kept twice.
pub(crate) fn compile_and_keep(steps: &Value, raw: &str) -> Result<String> {
    let tr = transformation_string(steps, Values::Js)?;
    if raw.starts_with('[') && raw.len() <= KEY_MAX {
        MEMO.with(|m| {
            if let Ok(mut m) = m.try_borrow_mut() {
                if m.len() >= ENTRIES {
                    m.clear();
                }
                m.push(Entry {
                    hash: hash(raw),
                    text: raw.to_string(),
                    tr: tr.as_str().into(),
                });
            }
        });
    }
    Ok(tr)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    #[test]
    fn answers_what_the_compiler_answers_and_stays_bounded() {
        for i in 0..3 * ENTRIES {
            let raw = format!(
                r#"[{{"width":{}}},{{"overlay":{{"type":"text","text":"é {i}"}}}}]"#,
                i % (ENTRIES + 7)
            );
            let steps = parse(&raw).unwrap();
            let want = transformation_string(&steps, Values::Js).unwrap();
            if known(&raw).is_none() {
                assert_eq!(compile_and_keep(&steps, &raw).unwrap(), want);
            }
            assert_eq!(known(&raw).as_deref(), Some(want.as_str()), "from the memo");
            assert!(MEMO.with(|m| m.borrow().len()) <= ENTRIES);
            assert!(
                MEMO.with(|m| m.borrow().iter().filter(|e| e.text == raw).count()) == 1,
                "kept once"
            );
        }
        // Errors are not kept; a text past the bound, or not an array, is compiled without the memo.
        let bad = parse(r#"[{"overlay":{"type":"gif","input":"a"}}]"#).unwrap();
        assert!(compile_and_keep(&bad, "[x]").is_err());
        assert!(known("[x]").is_none());
        let long = format!("[{}]", "w".repeat(KEY_MAX));
        let steps = parse(r#"[{"w":1}]"#).unwrap();
        assert_eq!(compile_and_keep(&steps, &long).unwrap(), "w-1");
        assert!(known(&long).is_none());
        assert_eq!(compile_and_keep(&steps, r#"{"w":1}"#).unwrap(), "w-1");
        assert!(known(r#"{"w":1}"#).is_none());
        assert!(MEMO.with(|m| m.borrow().iter().all(|e| e.text.len() <= KEY_MAX)));
    }
}
