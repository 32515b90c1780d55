#!/usr/bin/env bash
# Every check, in order, stopping at the first failure:
#   setup, rustfmt, clippy (native + wasm32), cargo test (native),
#   wasm-bindgen-test in headless Chromium, trunk build --release,
#   size budget, end-to-end tests (node --test tests/e2e/).
#
#   bash scripts/test.sh
#
# SIZE_BUDGET_BYTES overrides the budget for wasm + js in dist/ (gzip -9 bytes).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SIZE_BUDGET_BYTES="${SIZE_BUDGET_BYTES:-150000}"     # 150 KB gzip -9, the page's wasm + js
STATIC_BUDGET_BYTES="${STATIC_BUDGET_BYTES:-30000}"  # 30 KB gzip -9, index.html (static frame and story) + CSS
START=$SECONDS
STAGE=""
STAGE_START=$SECONDS
TIMES=()

stage() {
  [ -n "$STAGE" ] && TIMES+=("$(printf '%4d s  %s' $((SECONDS - STAGE_START)) "$STAGE")")
  STAGE="$1"
  STAGE_START=$SECONDS
  printf '\n==================== %s ====================\n' "$STAGE"
}
on_exit() {
  local rc=$?
  if [ "$rc" -ne 0 ]; then
    printf '\n==================== FAILED: %s (exit %d, after %d s) ====================\n' \
      "$STAGE" "$rc" $((SECONDS - START)) >&2
  fi
}
trap on_exit EXIT

stage "setup"
bash scripts/setup.sh >/dev/null
# shellcheck source=scripts/env.sh
source scripts/env.sh

stage "cargo fmt --check"
cargo fmt --all -- --check

stage "cargo clippy (native)"
cargo clippy --all-targets --locked -- -D warnings

stage "cargo clippy (wasm32)"
cargo clippy --target wasm32-unknown-unknown --all-targets --locked -- -D warnings

stage "cargo test (native)"
cargo test --locked

stage "cargo test (wasm32, headless Chromium via $CHROMEDRIVER)"
CHROMEDRIVER="$CHROMEDRIVER" cargo test --target wasm32-unknown-unknown --locked

stage "trunk build --release"
trunk build --release

stage "size budgets (wasm + js <= $SIZE_BUDGET_BYTES, static HTML + CSS <= $STATIC_BUDGET_BYTES bytes gzip -9)"
bash scripts/sizes.sh --budget "$SIZE_BUDGET_BYTES" --static-budget "$STATIC_BUDGET_BYTES"

stage "end-to-end (node --test tests/e2e/)"
printf 'stage times so far:\n'; printf '  %s\n' "${TIMES[@]}"
# Last on purpose: the test runner's summary closes the output.
node --test tests/e2e/
