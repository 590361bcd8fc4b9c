#!/usr/bin/env bash
# Every test: lints, native unit tests, browser tests in headless Chromium, the release build and its size
# budget, and end-to-end tests against the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format and lints"
cargo fmt --check
cargo clippy --offline --all-targets --quiet -- -D warnings
cargo clippy --offline --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings

step "native tests: unit and property tests"
cargo test --offline

step "browser tests (headless Chromium)"
cargo test --offline --target wasm32-unknown-unknown --tests

step "release build"
trunk build --release --offline
node scripts/size-budget.mjs dist

step "end-to-end tests (Playwright, release build)"
npx playwright test --config e2e/playwright.config.mjs
