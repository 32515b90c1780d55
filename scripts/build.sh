#!/usr/bin/env bash
# The release build of dist/, exactly as CI, the size budget and the benchmark
# measure it:
#
#   bash scripts/build.sh            # extra arguments go to trunk, e.g. --dist /tmp/out
#   OVERSEAS_NIGHTLY=nightly-2026-06-01 bash scripts/build.sh   # another nightly
#
# It runs `scripts/setup.sh build` (installs what is missing: the pinned
# nightly of scripts/nightly.sh, the fonts of the fallback PNGs), then
# `trunk build --release` with the wasm compiled by that nightly, rebuilding
# the standard library for size (-Zbuild-std, and panic = "immediate-abort":
# a panic is a bare trap, which release builds already were, without the panic
# hook). That takes about 18 KB gzip off the page's wasm (README "Size").
# Only this build uses nightly: the lints, the tests, render-static and
# `trunk serve` stay on stable. When the nightly cannot be had, it says so in
# one line and runs a plain stable `trunk build --release`: the same page,
# with a larger wasm. OVERSEAS_SKIP_SETUP=1 skips the setup (scripts/test.sh
# has done it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ "${OVERSEAS_SKIP_SETUP:-}" = 1 ] || bash scripts/setup.sh build >/dev/null
# shellcheck source=scripts/env.sh
source scripts/env.sh
# shellcheck source=scripts/nightly.sh
source scripts/nightly.sh
if ! nightly_ready; then
  echo "[build] WARNING: no usable $OVERSEAS_NIGHTLY (toolchain with rust-src, build-std crates): building on stable, the wasm will be larger" >&2
  exec trunk build --release "$@"
fi
echo "[build] trunk build --release, wasm on $OVERSEAS_NIGHTLY with build-std" >&2
export RUSTUP_TOOLCHAIN="$OVERSEAS_NIGHTLY"
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT=true
export CARGO_PROFILE_RELEASE_PANIC=immediate-abort
# Its own target folder, so that stable and nightly builds never invalidate each other.
export CARGO_TARGET_DIR=target/nightly
exec trunk build --release "$@"
