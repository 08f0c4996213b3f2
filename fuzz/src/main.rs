//! Random-input fuzzing of the pure core, on stable Rust, with no extra dependency.
//!
//! ```text
//! make fuzz                                   # 10 million cases (CASES=... to change)
//! cargo run --profile fuzz -p imagekit-wasm-fuzz -- --cases 10000000 [--seed N] [--threads N]
//! cargo run --profile fuzz -p imagekit-wasm-fuzz -- --seed N --case I   # replay one case, printing its inputs
//! ```
//!
//! Each case draws one entry point of the core and a structured random input for it — option objects built from
//! the real key names (the transformation table, the SPEC options, their snake_case aliases) mixed with garbage,
//! strings heavy in unicode, `%`, `/`, `?`, `#` and controls, random headers, statuses and bodies — and passes it
//! in the way the wasm layer does (as JSON text through `json::parse`, often after random byte mutations).
//! Every call runs under `catch_unwind`. Besides "no panic", the invariants checked are:
//! every emitted URL is a valid URL (RFC 3986 characters, well-formed `%XX`); a signed URL's `ik-s` recomputes
//! from its own text; a webhook signed correctly verifies and a tampered one does not; `json::parse` round-trips;
//! API answers map to the class of their status; built requests have valid URLs and JSON bodies that parse;
//! the private key never appears in a URL, a request, an error message or the client's public description.
//!
//! Case `i` of seed `s` is generated from `(s, i)` alone, so any failure is replayed with `--seed s --case i`.
//! The `fuzz` profile is `release` with unwinding (release aborts on panic, which `catch_unwind` cannot see)
//! and overflow checks on (an overflow wraps silently in the shipped wasm; here it is a finding).

// A test harness: a broken invariant is meant to panic (and is caught and counted), indexing is on known sizes.
// It also times itself and slices its own test texts, which the crate's clippy.toml rules (for shipped code) forbid.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::disallowed_methods
)]

use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use crate::gen::Vocab;
use crate::rng::Rng;
use crate::targets::{Ctx, TARGETS};
use crate::vocab::table_keys;

mod gen;
mod invariants;
mod objects;
mod rng;
mod targets;
mod vocab;

thread_local! {
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

struct Stats {
    cases: AtomicU64,
    accepted: Vec<AtomicU64>,
    rejected: Vec<AtomicU64>,
    panics: AtomicU64,
    violations: AtomicU64,
    failures: Mutex<Vec<String>>,
}

fn pick_target(rng: &mut Rng) -> usize {
    let total: usize = TARGETS.iter().map(|t| t.2).sum();
    let mut r = rng.below(total);
    for (i, t) in TARGETS.iter().enumerate() {
        if r < t.2 {
            return i;
        }
        r -= t.2;
    }
    0
}

fn run_case(seed: u64, case: u64, vocab: &Vocab, verbose: bool, stats: &Stats) {
    let mut rng = Rng::for_case(seed, case);
    let which = pick_target(&mut rng);
    let (name, target, _) = TARGETS[which];
    if verbose {
        eprintln!("case {case} (seed {seed}): {name}");
    }
    let ctx = Ctx { vocab, verbose };
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| target(&mut rng, &ctx)));
    stats.cases.fetch_add(1, Ordering::Relaxed);
    match outcome {
        Ok(true) => {
            stats.accepted[which].fetch_add(1, Ordering::Relaxed);
        }
        Ok(false) => {
            stats.rejected[which].fetch_add(1, Ordering::Relaxed);
        }
        Err(_) => {
            let message = LAST_PANIC
                .with(|p| p.borrow_mut().take())
                .unwrap_or_default();
            let kind = if message.contains("INVARIANT") {
                stats.violations.fetch_add(1, Ordering::Relaxed);
                "invariant violated"
            } else {
                stats.panics.fetch_add(1, Ordering::Relaxed);
                "PANIC"
            };
            let mut f = stats.failures.lock().unwrap();
            if f.len() < 20 {
                let short: String = message
                    .chars()
                    .take(if verbose { usize::MAX } else { 600 })
                    .collect();
                f.push(format!(
                    "{kind} in {name}, case {case} (replay: --seed {seed} --case {case}): {short}"
                ));
            }
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .map(|v| {
                v.parse::<u64>()
                    .unwrap_or_else(|_| panic!("{name} takes a number, got {v}"))
            })
    };
    let cases = arg("--cases").unwrap_or(1_000_000);
    let seed = arg("--seed").unwrap_or(0x01A6_EC17);
    let only = arg("--case");
    let threads = arg("--threads")
        .map(|t| t as usize)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));

    // Built before the quiet panic hook below, so that a broken setup fails loudly.
    let vocab = Vocab {
        tr_keys: table_keys(),
    };

    panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let payload = info
            .payload()
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| info.payload().downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("{payload}{at}")));
    }));

    let stats = Stats {
        cases: AtomicU64::new(0),
        accepted: TARGETS.iter().map(|_| AtomicU64::new(0)).collect(),
        rejected: TARGETS.iter().map(|_| AtomicU64::new(0)).collect(),
        panics: AtomicU64::new(0),
        violations: AtomicU64::new(0),
        failures: Mutex::new(Vec::new()),
    };

    if let Some(case) = only {
        run_case(seed, case, &vocab, true, &stats);
        for f in stats.failures.lock().unwrap().iter() {
            eprintln!("{f}");
        }
        let bad = stats.panics.load(Ordering::Relaxed) + stats.violations.load(Ordering::Relaxed);
        eprintln!(
            "{}",
            if bad == 0 {
                "case passed"
            } else {
                "case FAILED"
            }
        );
        std::process::exit(i32::from(bad != 0));
    }

    println!(
        "fuzzing the pure core: {cases} cases, seed {seed}, {threads} thread(s), {} transformation keys",
        vocab.tr_keys.len()
    );
    let start = Instant::now();
    let next = AtomicU64::new(0);
    const CHUNK: u64 = 1000;
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let from = next.fetch_add(CHUNK, Ordering::Relaxed);
                if from >= cases {
                    break;
                }
                for case in from..(from + CHUNK).min(cases) {
                    run_case(seed, case, &vocab, false, &stats);
                }
                let done = (from + CHUNK).min(cases);
                let step = (cases / 10).max(1);
                if done / step != from / step && done < cases {
                    eprintln!("  … {done} cases, {:.1} s", start.elapsed().as_secs_f64());
                }
            });
        }
    });
    let elapsed = start.elapsed().as_secs_f64();

    println!(
        "{:<40} {:>12} {:>12}",
        "entry point", "accepted", "rejected"
    );
    for (i, (name, _, _)) in TARGETS.iter().enumerate() {
        println!(
            "{:<40} {:>12} {:>12}",
            name,
            stats.accepted[i].load(Ordering::Relaxed),
            stats.rejected[i].load(Ordering::Relaxed)
        );
    }
    let failures = stats.failures.lock().unwrap();
    for f in failures.iter() {
        println!("FAIL {f}");
    }
    let panics = stats.panics.load(Ordering::Relaxed);
    let violations = stats.violations.load(Ordering::Relaxed);
    let done = stats.cases.load(Ordering::Relaxed);
    println!(
        "fuzz: {done} cases in {elapsed:.1} s ({:.0} cases/s), {panics} panics, {violations} invariant violations",
        done as f64 / elapsed.max(1e-9)
    );
    if panics + violations > 0 {
        std::process::exit(1);
    }
}
