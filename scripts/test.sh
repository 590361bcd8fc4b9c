#!/usr/bin/env bash
# Every test, for the whole workspace (the widget, crates/ and examples/minimal): lints, the Markdown's links,
# paths and make targets, native unit and doc tests, the crates packaged as integrators get them, the crates'
# docs, browser tests in headless Chromium, the release build and its size budget, the example's build, and
# end-to-end tests against both.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format and lints"
cargo fmt --all --check
cargo clippy --offline --workspace --all-targets --quiet -- -D warnings
cargo clippy --offline --workspace --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings

step "the docs: every link, path and make target exists (and the check itself fails on a broken link)"
node scripts/check-docs.mjs
node --test --test-reporter=spec scripts/check-docs.test.mjs

step "the crates stay free of any UI framework"
crate_deps=$(cargo tree --offline -e normal -p agentdesktop-sdk -p agentdesktop-simulator --prefix none)
if grep -q '^yew ' <<<"$crate_deps"; then
  echo "crates/ must not depend on yew" >&2
  exit 1
fi

step "native tests: unit, property and doc tests"
cargo test --offline --workspace

step "the crates packaged as integrators get them, each built from its package alone"
# Both together, so that the simulator's dependency on the sdk resolves to the sdk's own package.
# --allow-dirty: the check runs on work not yet committed too.
cargo package --offline --allow-dirty -p agentdesktop-sdk -p agentdesktop-simulator

step "docs (warnings are errors)"
RUSTDOCFLAGS="-D warnings" cargo doc --offline --no-deps --workspace

step "browser tests (headless Chromium)"
cargo test --offline --target wasm32-unknown-unknown --workspace --tests

step "release builds: the widget (dist) and the integrators' example (examples/minimal/dist)"
node --test --test-reporter=spec scripts/wasm-imports.test.mjs
trunk build --release --offline
(cd examples/minimal && trunk build --release --offline)
node scripts/size-budget.mjs dist

step "end-to-end tests (Playwright, release build and example)"
npx playwright test --config e2e/playwright.config.mjs
