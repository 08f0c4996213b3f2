//! The repository's tests read only its own checkout. The contract files they need are copied in:
//! `tests/fixtures/conformance/` (the conformance cases and their runner) and `src/url/table_fixture.tsv` (the
//! transformation key table). This test keeps those copies honest:
//!
//! - always: every copy exists and is well formed (the cases parse as a JSON array of named calls, the table has
//!   its header and its keys), so a clone on its own still checks something real;
//! - when `../shared` (the contract's home, beside the checkout) exists: every copy is byte-identical to its
//!   source, and a mismatch fails with the command that refreshes the copy.
//!
//! This is the only test that ever looks at `../shared`.

use std::path::{Path, PathBuf};

/// (the copy inside the repository, its source inside `../shared`)
const COPIES: [(&str, &str); 4] = [
    (
        "tests/fixtures/conformance/cases.json",
        "conformance/cases.json",
    ),
    ("tests/fixtures/conformance/run.mjs", "conformance/run.mjs"),
    (
        "tests/fixtures/conformance/load.mjs",
        "conformance/load.mjs",
    ),
    ("src/url/table_fixture.tsv", "transformations.tsv"),
];

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn shared() -> PathBuf {
    repo().join("../shared")
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn copies_exist_and_are_well_formed() {
    for (copy, _) in COPIES {
        assert!(!read(&repo().join(copy)).is_empty(), "{copy} is empty");
    }
    let cases: serde_json::Value =
        serde_json::from_slice(&read(&repo().join(COPIES[0].0))).expect("cases.json parses");
    let cases = cases.as_array().expect("cases.json is an array");
    assert!(cases.len() >= 135, "only {} conformance cases", cases.len());
    for c in cases {
        assert!(
            c["name"].is_string() && c["call"].is_string(),
            "a case without name/call: {c}"
        );
        assert!(c.get("expected").is_some(), "a case without expected: {c}");
    }
    let table = String::from_utf8(read(&repo().join(COPIES[3].0))).expect("the key table is UTF-8");
    let mut lines = table.lines();
    assert_eq!(lines.next(), Some("key\tcode\trule\tfrom"), "table header");
    let keys: Vec<&str> = lines.filter_map(|l| l.split('\t').next()).collect();
    for key in ["raw", "overlay", "width", "height", "quality"] {
        assert!(keys.contains(&key), "the key table lacks {key}");
    }
}

#[test]
fn copies_match_shared_when_it_exists() {
    let shared = shared();
    if !shared.is_dir() {
        // A clone on its own: nothing to compare against (the test above still checked the copies).
        eprintln!(
            "no {} beside the checkout: the copies stand on their own",
            shared.display()
        );
        return;
    }
    let stale: Vec<String> = COPIES
        .iter()
        .filter(|(copy, source)| read(&repo().join(copy)) != read(&shared.join(source)))
        .map(|(copy, source)| {
            format!("{copy} differs from ../shared/{source}: cp ../shared/{source} {copy}")
        })
        .collect();
    assert!(stale.is_empty(), "stale copies:\n{}", stale.join("\n"));
}
