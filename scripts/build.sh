#!/usr/bin/env bash
# The release build of dist/, exactly as CI, the size budget and the benchmark
# measure it (after scripts/setup.sh):
#
#   bash scripts/build.sh            # extra arguments go to trunk, e.g. --dist /tmp/out
#
# It is `trunk build --release` with the wasm compiled by the machine's nightly
# toolchain, rebuilding the standard library for size (-Zbuild-std, and
# panic = "immediate-abort": a panic is a bare trap, which release builds
# already were, without the panic hook). That takes about 18 KB gzip off the
# page's wasm (README "Size"). Only this build uses nightly: the lints, the
# tests, render-static and `trunk serve` stay on stable, and a plain
# `trunk build --release` still works, with a larger wasm.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh
# shellcheck source=scripts/nightly.sh
source scripts/nightly.sh
export RUSTUP_TOOLCHAIN="$OVERSEAS_NIGHTLY"
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT=true
export CARGO_PROFILE_RELEASE_PANIC=immediate-abort
# Its own target folder, so that stable and nightly builds never invalidate each other.
export CARGO_TARGET_DIR=target/nightly
exec trunk build --release "$@"
