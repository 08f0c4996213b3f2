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

.PHONY: setup setup-browser package wasm test test-rust test-wasm test-js test-runtimes lint demo bench clean setup

## Install what a fresh machine lacks (wasm target, pinned wasm-bindgen CLI, npm deps; Chromium for tests).
setup:
	tools/setup.sh

setup-browser:
	tools/setup.sh --browser

## Build the optimised wasm and assemble the npm package into pkg/.
package: setup
	cargo build --release --target $(WASM_TARGET)
	wasm-bindgen --target web --no-typescript --out-dir $(BINDGEN_OUT) --out-name imagekit_wasm $(RELEASE_WASM)
	$(BIN)/wasm-opt -Oz $(WASM_OPT_FEATURES) $(BINDGEN_OUT)/imagekit_wasm_bg.wasm -o $(BINDGEN_OUT)/imagekit_wasm_bg.wasm
	node tools/assemble.mjs

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target $(WASM_TARGET) -- -D warnings

test-rust:
	cargo test

test-wasm:
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner cargo test --target $(WASM_TARGET) --test wasm

test-js: package
	node --test tests/server/
	node tests/run-all.mjs

## Everything, as CI runs it.
test: setup-browser lint test-rust test-wasm test-js

demo: package
	node examples/demo.mjs

bench: package
	node bench/run.mjs $(if $(QUICK),--quick,)

clean:
	rm -rf target/bindgen pkg tests/.scratch
