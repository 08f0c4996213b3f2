#!/usr/bin/env bash
# Where the wasm's bytes go, for both builds (SPEC §8): twiggy's per-function sizes of each cargo build (before
# wasm-opt), grouped by area, side by side: `release` (the speed build) and `release-size` (the browser's).
# Needs `cargo install twiggy`; run `make package` first. Raw bytes, not gzip: compare areas with each other.
# usage: tools/size-report.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for profile in release release-size; do
  wasm-bindgen --target web --no-typescript --keep-debug --out-dir "$out/$profile" --out-name x \
    "target/wasm32-unknown-unknown/$profile/imagekit_wasm.wasm"
  twiggy top -n 100000 "$out/$profile/x_bg.wasm" | awk -F'┊' -v build="$profile" '
    NR > 2 && $3 !~ /Σ|function names|\.\.\. and/ {
      n = $3; a = "other (std, alloc, generic glue)"
      if (n ~ /imagekit_wasm::url::/) a = "URL engine (src/url)"
      else if (n ~ /imagekit_wasm::api::/) a = "media API core (src/api)"
      else if (n ~ /imagekit_wasm::wasm::/) a = "JS boundary + transport (src/wasm)"
      else if (n ~ /imagekit_wasm::/) a = "core: json, options, client, signing, phash, webhook"
      else if (n ~ /sha1|sha2|hmac|digest|block_buffer/) a = "crypto crates (hmac, sha2)"
      else if (n ~ /wasm_bindgen|js_sys|__wbindgen|__wbg/) a = "wasm-bindgen, js-sys, futures"
      else if (n ~ /dlmalloc|talc|__rdl|__rust_(alloc|dealloc|realloc)/) a = "allocator (talc)"
      else if (n ~ /data segment/) a = "data (strings, tables)"
      s[a] += $1; t += $1 }
    END { for (k in s) printf "%s\t%s\t%d\n", build, k, s[k]; printf "%s\ttotal (raw, before wasm-opt)\t%d\n", build, t }'
done > "$out/areas.tsv"
# One row per area: speed build bytes, size build bytes, their difference (what opt-level 3 costs there).
printf "%9s %9s %9s  %s\n" "speed" "size" "speed-size" "area (raw bytes; sorted by the size build)"
awk -F'\t' '{ v[$2, $1] = $3; areas[$2] = 1 }
  END { for (a in areas) printf "%9d %9d %+9d  %s\n", v[a, "release"], v[a, "release-size"], v[a, "release"] - v[a, "release-size"], a }' \
  "$out/areas.tsv" | sort -k2 -rn | awk '/total/ { last = $0; next } { print } END { print last }'
