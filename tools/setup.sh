#!/usr/bin/env bash
# Installs what a fresh machine lacks to build and test imagekit-wasm; quick no-op when all is there.
#   tools/setup.sh            Rust wasm target, the pinned wasm-bindgen CLI, npm dev dependencies
#   tools/setup.sh --browser  also Chromium (for the browser tests), from Debian's packages
set -euo pipefail
cd "$(dirname "$0")/.."

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
for c in rustfmt clippy; do
  rustup component list --installed | grep -q "^$c" || rustup component add "$c"
done

# The CLI must be exactly the version of the wasm-bindgen crate pinned in Cargo.toml (`=X.Y.Z`).
want=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  echo "installing wasm-bindgen-cli $want (found: ${have:-none})"
  # Not --locked: the registry lacks one of its locked dependency versions.
  cargo install wasm-bindgen-cli --version "$want"
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# The real tools the package is tried in (Next.js, wrangler, Node 22 for wrangler): their own folder and lock, so
# the root lock stays small (tests/runtimes/next.mjs, wrangler.mjs).
if [ ! -d tests/tools/node_modules ] || [ tests/tools/package-lock.json -nt tests/tools/node_modules/.package-lock.json ]; then
  (cd tests/tools && npm ci --no-audit --no-fund)
fi

# The seed's Python SDK is the mirror of ik.url() in the parity fuzzer (tests/parity/oracle.py).
python3 -c 'import importlib.metadata as m; assert m.version("imagekitio") == "4.2.0"' 2>/dev/null ||
  python3 -m pip install --quiet imagekitio==4.2.0

if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ]; then
  export DEBIAN_FRONTEND=noninteractive
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq chromium chromium-driver >/dev/null
fi
