//! Every error class name the Rust side can produce exists in `src/wasm/errors.js` (whose `makeError` silently
//! falls back to `ImageKitError` for an unknown name), and every class errors.js exports is in its lookup table.

// A test fails loudly on a broken fixture: that is what expect is for here.
#![allow(clippy::expect_used, clippy::indexing_slicing)]

use std::collections::BTreeSet;

use imagekit_wasm::api::ErrorClass;
use imagekit_wasm::error::Error;

const ERRORS_JS: &str = include_str!("../src/wasm/errors.js");

/// Names after `export class ` in errors.js.
fn exported_classes() -> BTreeSet<String> {
    ERRORS_JS
        .lines()
        .filter_map(|l| l.trim().strip_prefix("export class "))
        .filter_map(|rest| rest.split_whitespace().next())
        .map(str::to_string)
        .collect()
}

/// The names inside errors.js's `const classes = { … };` table (what makeError looks names up in).
fn table_names() -> BTreeSet<String> {
    let start = ERRORS_JS
        .find("const classes = {")
        .expect("errors.js has its classes table");
    let body = &ERRORS_JS[start + "const classes = {".len()..];
    let end = body.find("};").expect("the table closes");
    body[..end]
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Every class name the core's errors map to: each variant, and the HTTP class of every status.
fn rust_names() -> BTreeSet<String> {
    let mut names: BTreeSet<String> = [
        Error::Validation(String::new()),
        Error::WebhookVerification(String::new()),
        Error::Connection(String::new()),
        Error::Timeout(String::new()),
        Error::Abort(String::new()),
    ]
    .iter()
    .map(|e| e.class_name().to_string())
    .collect();
    for status in 0..=1000u16 {
        for bulk in [false, true] {
            if let Some(class) = ErrorClass::for_status(status, bulk) {
                names.insert(class.name().to_string());
            }
        }
    }
    names
}

/// String literals naming an error class in the wasm layer's sources (names it passes to `makeError` itself).
fn wasm_layer_literals() -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/wasm");
    for entry in std::fs::read_dir(dir).expect("src/wasm is readable") {
        let path = entry.expect("a directory entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a readable source file");
        for piece in text.split('"').skip(1).step_by(2) {
            let is_name =
                piece.ends_with("Error") && piece.chars().all(|c| c.is_ascii_alphanumeric());
            if is_name && piece.chars().next().is_some_and(|c| c.is_ascii_uppercase()) {
                names.insert(piece.to_string());
            }
        }
    }
    names
}

#[test]
fn every_rust_error_name_is_a_class_of_errors_js() {
    let table = table_names();
    let missing: Vec<_> = rust_names()
        .union(&wasm_layer_literals())
        .filter(|n| !table.contains(*n))
        .cloned()
        .collect();
    assert!(
        missing.is_empty(),
        "class names the Rust side produces but errors.js lacks: {missing:?}"
    );
}

#[test]
fn every_exported_class_is_in_the_lookup_table() {
    let exported = exported_classes();
    assert!(exported.len() >= 16, "errors.js exports {exported:?}");
    assert_eq!(exported, table_names());
}
