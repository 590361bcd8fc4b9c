# The two commands of the README. Both install what is missing first (scripts/setup.sh).
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Panic locations name their source files: the shipped build names crates, not the build machine's home.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS := --remap-path-prefix=$(or $(CARGO_HOME),$(HOME)/.cargo)/registry/src/=

.PHONY: dev test setup build bench fuzz example

## Serve the widget at http://127.0.0.1:8080/AD/widget/ (the simulator stands in for AgentDesktop).
dev: setup
	trunk serve

## Serve the integrators' example at http://127.0.0.1:8080/AD/widget/minimal/ (the simulator stands in).
example: setup
	cd examples/minimal && trunk serve

## Run every test: lints, native, docs, browser, release build with its size budget, example, end to end.
test: setup
	bash scripts/test.sh

## Measure against the plain-JS yardstick in bench/yardstick/: shipped sizes, load time, event throughput, memory
## (writes bench-results/bench.json). BENCH_ONLY=speed for a quick run; docs/benchmark.md says more.
bench: setup
	trunk build --release --offline
	node bench/bench.mjs

## Fuzz the payload parser (nightly and cargo-fuzz; installs cargo-fuzz if missing). FUZZ_SECONDS=60 by default.
FUZZ_SECONDS ?= 60
fuzz:
	command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	cd fuzz && cargo +nightly fuzz run payload -- -max_total_time=$(FUZZ_SECONDS)

## Build the release into dist/, ready to copy to AgentDesktop's /AD/widget/.
build: setup
	trunk build --release --offline

setup:
	bash scripts/setup.sh
