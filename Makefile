# imagekit-wasm: `make demo` and `make test` are the two commands a person needs (see README).
SHELL := /bin/bash
.DEFAULT_GOAL := package

BIN := node_modules/.bin
WASM_TARGET := wasm32-unknown-unknown
# Two builds of the one crate (SPEC §8, Cargo.toml): `release` for speed (every entry but the browser's) and
# `release-size` for the browser entry. assemble.mjs puts both into pkg/ under one glue.
# Each build is two wasm modules (Cargo.toml [features]): the first module (`core-module`), instantiated at import,
# and the media API's (`media-module`), instantiated by the first media call. cargo writes both features' builds
# to the same file, so each is copied aside (target/modules/) before the next.
RELEASE_WASM := target/$(WASM_TARGET)/release/imagekit_wasm.wasm
SIZE_WASM := target/$(WASM_TARGET)/release-size/imagekit_wasm.wasm
MODULES := target/modules
BINDGEN_OUT := target/bindgen
BINDGEN_SIZE_OUT := target/bindgen-size
# wasm-opt levels, chosen by bench/ab.mjs (bench/RESULTS.md "Builds"): -O4 measured no faster than -O3.
# `-ocimfs 20` (--one-caller-inline-max-function-size): binaryen inlines a function into its only caller only
# when it is small; by default it inlines any size, which cost 0.8 KB gzip in each build (README "Size").
SPEED_WASM_OPT := -O3 -ocimfs 20
SIZE_WASM_OPT := -Oz -ocimfs 20
# Both builds are compiled as the cdylib alone (`cargo rustc --crate-type cdylib`), not `cargo build` of the
# crate's two types: with the rlib beside it, rustc optimises the crate fully before LTO as well, and the size
# build came out 15 KB gzip larger for the same exports (README "Size").
CARGO_WASM := cargo rustc --lib --crate-type cdylib --target $(WASM_TARGET)
# LLVM options of the speed build only (the size build's opt-level "z" does neither anyway): no loop unrolling,
# no loop-header duplication by loop rotation; 4.9 KB gzip less at the same speed (bench/ab.mjs, README "Size").
SPEED_LLVM_ARGS := -C llvm-args=-unroll-threshold=0 -C llvm-args=-rotation-max-header-size=0
# Not set by default: LLVM's inline threshold for the speed build (opt-level 3 uses 250). Measured when the SDK was
# one module: at 60 it was 131.6 KB gzip (147.5 KB without), and bench/ab.mjs measured the URL and signing calls
# 1-8 % slower (README "Size" has the table); `make -B package SPEED_INLINE_THRESHOLD=60` builds it.
SPEED_INLINE_THRESHOLD ?=
SPEED_LLVM_ARGS += $(if $(SPEED_INLINE_THRESHOLD),-C llvm-args=-inline-threshold=$(SPEED_INLINE_THRESHOLD))
# The features rustc enables for wasm32 by default; wasm-opt must accept them.
WASM_OPT_FEATURES := --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
	--enable-mutable-globals --enable-reference-types --enable-multivalue
# `make package`'s step for each module: wasm-bindgen of cargo's wasm $(1) into $(2) under the name $(4), then
# wasm-opt $(3) in place.
define bindgen_opt
	wasm-bindgen --target web --no-typescript --out-dir $(2) --out-name $(4) $(1)
	$(BIN)/wasm-opt $(3) --strip-producers --strip-target-features $(WASM_OPT_FEATURES) \
		$(2)/$(4)_bg.wasm -o $(2)/$(4)_bg.wasm
endef

.PHONY: setup setup-browser package wasm fuzz test test-rust test-wasm test-js test-runtimes lint demo bench clean setup

## Install what a fresh machine lacks (wasm target, pinned wasm-bindgen CLI, npm deps; Chromium for tests).
setup:
	tools/setup.sh

setup-browser:
	tools/setup.sh --browser

## Build the optimised wasm and assemble the npm package into pkg/ — only when one of its inputs changed since the
## last build (pkg/package.json is the mark: tools/assemble.mjs writes it last), so `make test-js` on an unchanged
## tree reuses pkg/. `make -B package` forces a rebuild.
PKG := pkg/package.json
PKG_SOURCES := Cargo.toml Cargo.lock $(wildcard tools/*.mjs) $(shell find src pkg-template -type f)
package: $(PKG)
$(PKG): $(PKG_SOURCES) | setup
	rm -rf $(MODULES) $(BINDGEN_OUT) $(BINDGEN_SIZE_OUT) && mkdir -p $(MODULES)
	$(CARGO_WASM) --release --features core-module -- $(SPEED_LLVM_ARGS)
	cp $(RELEASE_WASM) $(MODULES)/speed-core.wasm
	$(CARGO_WASM) --release --features media-module -- $(SPEED_LLVM_ARGS)
	cp $(RELEASE_WASM) $(MODULES)/speed-media.wasm
	$(CARGO_WASM) --profile release-size --features core-module,lazy-reader
	cp $(SIZE_WASM) $(MODULES)/size-core.wasm
	$(CARGO_WASM) --profile release-size --features media-module,lazy-reader
	cp $(SIZE_WASM) $(MODULES)/size-media.wasm
	$(call bindgen_opt,$(MODULES)/speed-core.wasm,$(BINDGEN_OUT),$(SPEED_WASM_OPT),imagekit_wasm)
	$(call bindgen_opt,$(MODULES)/speed-media.wasm,$(BINDGEN_OUT),$(SPEED_WASM_OPT),imagekit_media)
	$(call bindgen_opt,$(MODULES)/size-core.wasm,$(BINDGEN_SIZE_OUT),$(SIZE_WASM_OPT),imagekit_wasm)
	$(call bindgen_opt,$(MODULES)/size-media.wasm,$(BINDGEN_SIZE_OUT),$(SIZE_WASM_OPT),imagekit_media)
	node tools/transformation-types.mjs
	node tools/assemble.mjs
	touch $@

## --workspace: the crate and its fuzzer (fuzz/); the wasm32 pass is the crate alone (the fuzzer is host-only).
lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --all-targets --target $(WASM_TARGET) -- -D warnings
	cargo clippy --lib --target $(WASM_TARGET) --features core-module -- -D warnings
	cargo clippy --lib --target $(WASM_TARGET) --features media-module -- -D warnings
	cargo clippy --lib --target $(WASM_TARGET) --features core-module,lazy-reader -- -D warnings
	cargo clippy --lib --target $(WASM_TARGET) --features media-module,lazy-reader -- -D warnings

## The crate's native tests (unit, property, reference-crate and fixture-copy tests), then a short fuzz run.
## The property tests draw from a fixed seed here, so CI gives the same verdict for the same code (a failure found by
## a random run is kept in proptest-regressions/ and replayed every time); `make test-rust PROPTEST_SEED=<n>`
## explores another part of the space, and plain `cargo test` a random one.
PROPTEST_SEED ?= 20261201
test-rust:
	PROPTEST_RNG_SEED=$(PROPTEST_SEED) cargo test
	cargo run -p imagekit-wasm-fuzz -- --cases 20000

## Fuzz the pure core (fuzz/, its own crate): CASES random inputs through every entry point; exit 1 on any panic or
## broken invariant. Replay a failure with: cargo run --profile fuzz -p imagekit-wasm-fuzz -- --seed S --case I
CASES ?= 10000000
fuzz:
	cargo run --profile fuzz -p imagekit-wasm-fuzz -- --cases $(CASES)

## The wasm boundary tests in Node (the runner, wasm-bindgen-test-runner, is set in .cargo/config.toml).
## The parseUrl / transformUrl / verifyUrl round-trip fuzzer (tests/parse/fuzz-parse.mjs) at full size.
PARSE_CASES ?= 100000
.PHONY: fuzz-parse
fuzz-parse: package
	node tests/parse/fuzz-parse.mjs --cases $(PARSE_CASES)

test-wasm:
	cargo test --target $(WASM_TARGET) --test wasm

test-js: $(PKG)
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
	node tests/hardening/trap.mjs
	node tests/hardening/media-module.mjs
	node tests/hardening/fuzz.mjs
	node tests/hardening/builds.mjs
	# The browser's size build through the Node-side suites too (tests/hardening/wasm-build.mjs, size-build.mjs);
	# Chromium above already runs it through browser.js.
	IK_WASM=size node tests/run-all.mjs --only conformance,node-esm,api-node
	node --import ./tests/hardening/size-build.mjs tests/hardening/fastlane.mjs
	node --import ./tests/hardening/size-build.mjs tests/hardening/fuzz.mjs --random 4000
	# The size build's URL reader is in its media module (feature lazy-reader): the reader's suites on it too.
	node --import ./tests/hardening/size-build.mjs tests/parse/parse.mjs
	node --import ./tests/hardening/size-build.mjs tests/parse/fuzz-parse.mjs --cases 2000
	node tests/hardening/faults.mjs
	node tests/hardening/secrets.mjs
	node tests/docs/readme.mjs
	node tests/parse/parse.mjs
	node tests/parse/fuzz-parse.mjs --cases 2000
	node tests/parity/parity.mjs --inputs 2000

## Differential parity against the official SDKs (tests/parity/): PARITY_INPUTS random inputs per function.
PARITY_INPUTS ?= 100000
.PHONY: fuzz-parity parity-quick
fuzz-parity: package
	node tests/parity/parity.mjs --inputs $(PARITY_INPUTS)
## The quick run (2 000 per function, a few seconds), part of test-js.
parity-quick: package
	node tests/parity/parity.mjs --inputs 2000

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
	rm -rf $(MODULES) $(BINDGEN_OUT) $(BINDGEN_SIZE_OUT) pkg tests/.scratch
