#!/usr/bin/env bash
# Where the wasm's bytes go: groups twiggy's per-function sizes (of the release build, before wasm-opt) by module.
# Needs `cargo install twiggy`; run `make package` first. Raw bytes, not gzip: compare areas with each other.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
wasm-bindgen --target web --no-typescript --keep-debug --out-dir "$out" --out-name x \
  target/wasm32-unknown-unknown/release/imagekit_wasm.wasm
twiggy top -n 100000 "$out/x_bg.wasm" | awk -F'┊' '
  NR > 2 && $3 !~ /Σ|function names|\.\.\. and/ {
    n = $3; a = "other (std, alloc, generic glue)"
    if (n ~ /imagekit_wasm::url::/) a = "URL engine (src/url)"
    else if (n ~ /imagekit_wasm::api::/) a = "media API core (src/api)"
    else if (n ~ /imagekit_wasm::wasm::/) a = "JS boundary + transport (src/wasm)"
    else if (n ~ /imagekit_wasm::/) a = "core: json, options, client, signing, phash, webhook"
    else if (n ~ /sha1|sha2|hmac|digest|block_buffer/) a = "crypto crates (hmac, sha1, sha2)"
    else if (n ~ /wasm_bindgen|js_sys|__wbindgen|__wbg/) a = "wasm-bindgen, js-sys, futures"
    else if (n ~ /dlmalloc|talc|__rdl|__rust_(alloc|dealloc|realloc)/) a = "allocator (talc)"
    else if (n ~ /data segment/) a = "data (strings, tables)"
    s[a] += $1; t += $1 }
  END { for (k in s) printf "%7d  %5.1f%%  %s\n", s[k], 100 * s[k] / t, k; printf "%7d  total (raw, unoptimised by wasm-opt)\n", t }' | sort -rn
rm -rf "$out"
