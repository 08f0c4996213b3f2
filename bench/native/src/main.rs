//! Times the pure core natively on the same inputs as bench/groups/url.mjs and sign.mjs: JSON parse of the
//! options text (what crosses from JS) and the URL work itself, separately. Prints one line per case; an argument
//! keeps only the cases whose name contains it.
//!
//! The same program built as wasm at the package's settings times the core as the package runs it, without JS:
//!   CARGO_PROFILE_RELEASE_OPT_LEVEL=z CARGO_PROFILE_RELEASE_LTO=true CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1 \
//!   CARGO_PROFILE_RELEASE_PANIC=abort cargo build --release --target wasm32-wasip1
//! and run the .wasm under `node:wasi` (with `--cpu-prof` for a per-function profile).
use std::hint::black_box;
use std::time::Instant;

use imagekit_wasm::config::ClientConfig;
use imagekit_wasm::json;

fn time(name: &str, mut f: impl FnMut()) {
    // `cargo run --release -- <filter>`: only the cases whose name contains the filter.
    if let Some(filter) = std::env::args().nth(1) {
        if !name.contains(&filter) {
            return;
        }
    }
    for _ in 0..10_000 {
        f();
    }
    let mut best = f64::MAX;
    for _ in 0..7 {
        let n = 100_000;
        let t0 = Instant::now();
        for _ in 0..n {
            f();
        }
        best = best.min(t0.elapsed().as_nanos() as f64 / n as f64);
    }
    println!("{name:<55} {best:>9.0} ns");
}

fn main() {
    let one = r#"{"src":"/default-image.jpg","urlEndpoint":"https://ik.imagekit.io/demo","transformation":[{"height":300,"width":400,"raw":"ar-4-3,q-40"}],"transformationPosition":"path"}"#;
    let chained = r#"[{"width":400,"height":300},{"overlay":{"type":"text","text":"Hello, world ©","transformation":[{"fontSize":20,"fontColor":"FFFFFF"}]}}]"#;
    let signed = r#"{"src":"/default-image.jpg","urlEndpoint":"https://ik.imagekit.io/demo","transformation":[{"height":300,"width":400,"raw":"ar-4-3,q-40"}],"transformationPosition":"path","signed":true,"expiresIn":300}"#;
    let client = ClientConfig::from_value(
        &json::parse(r#"{"privateKey":"private_key_test","publicKey":"public_key_test","urlEndpoint":"https://ik.imagekit.io/demo"}"#).unwrap(),
    )
    .unwrap();
    let v_one = json::parse(one).unwrap();
    let v_chained = json::parse(chained).unwrap();
    let v_signed = json::parse(signed).unwrap();
    time("json::parse(buildSrc options, path one step)", || {
        black_box(json::parse(black_box(one)).unwrap());
    });
    time("url::build_src(parsed, path one step)", || {
        black_box(imagekit_wasm::url::build_src(black_box(&v_one)).unwrap());
    });
    time("url::build_transformation_string(parsed chained)", || {
        black_box(imagekit_wasm::url::build_transformation_string(black_box(&v_chained)).unwrap());
    });
    time(
        "url::client_build_src(parsed, signed expiresIn 300)",
        || {
            black_box(
                imagekit_wasm::url::client_build_src(&client, black_box(&v_signed), 1_700_000_000)
                    .unwrap(),
            );
        },
    );
    time("signing::hmac_sha1_hex(40-byte message)", || {
        black_box(imagekit_wasm::signing::hmac_sha1_hex(
            b"private_key_test",
            black_box(b"tr:h-300,w-400/default-image.jpg1700000300"),
        ));
    });
    time("phash::distance(16 hex digits)", || {
        black_box(
            imagekit_wasm::phash::distance(
                black_box(Some("2d5ad3936d2e015b")),
                black_box(Some("2d6ed293db36a4fb")),
            )
            .unwrap(),
        );
    });
    let mac = imagekit_wasm::sha1::HmacSha1::new(b"private_key_test");
    time("sha1::HmacSha1::new(16-byte key)", || {
        black_box(imagekit_wasm::sha1::HmacSha1::new(black_box(b"private_key_test")));
    });
    time("sha1::HmacSha1::sign(40-byte message), key absorbed", || {
        black_box(black_box(&mac).sign(&[black_box(b"tr:h-300,w-400/default-image.jpg1700000300")]));
    });
    time("encoding::hex(20 bytes)", || {
        black_box(imagekit_wasm::encoding::hex(black_box(&[7u8; 20])));
    });
    time("alloc+free String(12 B)", || {
        black_box(String::from(black_box("abcdefghijkl")));
    });
    time("alloc 10 strings, free", || {
        let v: Vec<String> = (0..10).map(|i| black_box("abcdefghijkl").get(..i).unwrap_or("").to_string()).collect();
        black_box(v);
    });
    let _ = ClientConfig::clone(&client);
}
