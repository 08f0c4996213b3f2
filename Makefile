# imagekit-wasm: `make demo` and `make test` are the two commands a person needs (see README).
SHELL := /bin/bash
.DEFAULT_GOAL := package

BIN := node_modules/.bin
WASM_TARGET := wasm32-unknown-unknown
RELEASE_WASM := target/$(WASM_TARGET)/release/imagekit_wasm.wasm
BINDGEN_OUT := target/bindgen
# The features rustc enables for wasm32 by default; wasm-opt must accept them.
WASM_OPT_FEATURES := --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
	--enable-mutable-globals --enable-reference-types --enable-multivalue

.PHONY: setup setup-browser package wasm fuzz test test-rust test-wasm test-js test-runtimes lint demo bench clean setup

## Install what a fresh machine lacks (wasm target, pinned wasm-bindgen CLI, npm deps; Chromium for tests).
setup:
	tools/setup.sh

setup-browser:
	tools/setup.sh --browser

## Build the optimised wasm and assemble the npm package into pkg/.
package: setup
	cargo build --release --target $(WASM_TARGET)
	wasm-bindgen --target web --no-typescript --out-dir $(BINDGEN_OUT) --out-name imagekit_wasm $(RELEASE_WASM)
	$(BIN)/wasm-opt -Oz --strip-producers --strip-target-features $(WASM_OPT_FEATURES) \
		$(BINDGEN_OUT)/imagekit_wasm_bg.wasm -o $(BINDGEN_OUT)/imagekit_wasm_bg.wasm
	node tools/assemble.mjs

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target $(WASM_TARGET) -- -D warnings

test-rust:
	cargo test
	cargo run --example fuzz -- --cases 20000

## Fuzz the pure core (examples/fuzz.rs): CASES random inputs through every entry point; exit 1 on any panic or
## broken invariant. Replay a failure with: cargo run --profile fuzz --example fuzz -- --seed S --case I
CASES ?= 10000000
fuzz:
	cargo run --profile fuzz --example fuzz -- --cases $(CASES)

test-wasm:
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner cargo test --target $(WASM_TARGET) --test wasm

test-js: package
	node --test tests/server/
	node tests/run-all.mjs
	node tests/dropin/dropin.mjs
	node tests/dropin/dropin-imagekit6.mjs
	node tests/dropin/dropin-imagekit-javascript4.mjs
	node tests/dropin/dropin-chromium.mjs
	node tests/dropin/dropin-imagekit-javascript5.mjs
	node tests/types/compat-check.mjs
	node tests/compat/root-entry.mjs
	node tests/compat/call-table.mjs
	node tests/demo/examples.mjs
	node tests/demo/e2e.mjs
	node tests/hardening/fastlane.mjs
	node tests/hardening/fuzz.mjs
	node tests/hardening/faults.mjs
	node tests/hardening/secrets.mjs

## Everything, as CI runs it.
test: setup-browser lint test-rust test-wasm bench-quick test-js

## The browser demo (www-example) on the local ImageKit server: prints one URL to open; Ctrl-C stops it.
demo: package
	node www-example/server.mjs

bench: package
	node bench/run.mjs $(if $(QUICK),--quick,)

## Every benchmark group with tiny iteration counts (< 60 s): checks they run to the end, times nothing.
.PHONY: bench-quick
bench-quick: package
	node bench/run.mjs --quick

clean:
	rm -rf target/bindgen pkg tests/.scratch
