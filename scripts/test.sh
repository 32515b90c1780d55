#!/usr/bin/env bash
# Every check, in order, stopping at the first failure:
#   setup, rustfmt, clippy (native + wasm32), cargo test (native),
#   each over the workspace (the graphic and its data crate, crates/data/),
#   wasm-bindgen-test in headless Chromium, serve.sh with no nightly,
#   trunk build --release,
#   size budget, end-to-end tests in each browser engine (Chromium: the whole
#   of tests/e2e/; Firefox ESR and WebKitGTK: tests/e2e/engines.test.mjs).
#
#   bash scripts/test.sh
#   ENGINES=firefox bash scripts/test.sh     # end-to-end in these engines only
#
# SIZE_BUDGET_BYTES overrides the budget for wasm + js in dist/ (gzip -9 bytes).
# ENGINES (space or comma separated): chromium, firefox, webkit; default all.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SIZE_BUDGET_BYTES="${SIZE_BUDGET_BYTES:-246000}"     # 246 KB gzip -9, the page's wasm + js: a guard over idiomatic components (README "Size")
STATIC_BUDGET_BYTES="${STATIC_BUDGET_BYTES:-30000}"  # 30 KB gzip -9, index.html (static frame and story) + CSS
ENGINES="${ENGINES:-chromium firefox webkit}"
ENGINES="${ENGINES//,/ }"
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
bash scripts/setup.sh test >/dev/null
# shellcheck source=scripts/env.sh
source scripts/env.sh

stage "cargo fmt --check"
cargo fmt --all -- --check

stage "cargo clippy (native)"
cargo clippy --workspace --all-targets --locked -- -D warnings

stage "cargo clippy (wasm32)"
cargo clippy --workspace --target wasm32-unknown-unknown --all-targets --locked -- -D warnings

stage "cargo test (native)"
cargo test --workspace --locked

# The graphic's crate only: the data crate has no browser tests.
stage "cargo test (wasm32, headless Chromium via $CHROMEDRIVER)"
CHROMEDRIVER="$CHROMEDRIVER" cargo test --target wasm32-unknown-unknown --locked

# The developer path (issue 23): with a nightly that does not exist,
# scripts/serve.sh still serves (trunk serve's dev build goes to dist/, which
# the release build below replaces).
stage "serve.sh on plain stable (OVERSEAS_NIGHTLY names no toolchain)"
node --test --test-name-pattern="serve.sh" tests/scripts.test.mjs

stage "release build (scripts/build.sh: trunk build --release, wasm on the pinned nightly with build-std)"
OVERSEAS_SKIP_SETUP=1 bash scripts/build.sh

stage "size budgets (wasm + js <= $SIZE_BUDGET_BYTES, static HTML + CSS <= $STATIC_BUDGET_BYTES bytes gzip -9)"
bash scripts/sizes.sh --budget "$SIZE_BUDGET_BYTES" --static-budget "$STATIC_BUDGET_BYTES"

# One stage per browser engine ($ENGINES, default all three). Chromium runs the
# whole suite (playwright-core) and the cross-engine reader checks over
# chromedriver; Firefox ESR and WebKitGTK run the reader checks over WebDriver.
for engine in $ENGINES; do
  case "$engine" in
    chromium)
      stage "end-to-end: chromium (full suite; reader checks over chromedriver)"
      ENGINES=chromium node --test tests/e2e/
      ;;
    firefox | webkit)
      stage "end-to-end: $engine (reader checks over WebDriver)"
      ENGINES="$engine" node --test tests/e2e/engines.test.mjs
      ;;
    *)
      stage "end-to-end: $engine"
      printf 'unknown engine "%s" in ENGINES (known: chromium firefox webkit)\n' "$engine" >&2
      exit 2
      ;;
  esac
done
stage "done"
printf 'stage times:\n'; printf '  %s\n' "${TIMES[@]}"
printf 'all checks passed in %d s\n' $((SECONDS - START))
