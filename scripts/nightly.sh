# shellcheck shell=bash
# The nightly toolchain of the size-optimised release build (scripts/build.sh),
# pinned by date: the one place that names it. OVERSEAS_NIGHTLY overrides it
# (OVERSEAS_NIGHTLY=nightly-YYYY-MM-DD bash scripts/build.sh). Only the release
# build reads this file: scripts/serve.sh, the lints and the tests stay on
# stable. `scripts/setup.sh build` installs it when missing; without it
# scripts/build.sh builds on stable.
OVERSEAS_NIGHTLY="${OVERSEAS_NIGHTLY:-nightly-2026-05-19}"
export OVERSEAS_NIGHTLY

# Whether rustup has the toolchain (never installs it).
nightly_installed() {
  RUSTUP_AUTO_INSTALL=0 rustup run "$OVERSEAS_NIGHTLY" rustc --version >/dev/null 2>&1
}

# cargo fetch of the crates the standard library needs when the build rebuilds
# it (-Zbuild-std); extra arguments go to cargo.
nightly_fetch() {
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort RUSTUP_AUTO_INSTALL=0 \
    rustup run "$OVERSEAS_NIGHTLY" cargo fetch --target wasm32-unknown-unknown "$@"
}

# Whether the release build can use the nightly: installed, with the standard
# library's sources (rust-src) and the crates build-std needs on disk. It
# needs no wasm32 target component: build-std compiles the wasm32 standard
# library from rust-src (nightly-2026-05-19 has no wasm32 rust-std to download).
nightly_ready() {
  nightly_installed || return 1
  local sysroot
  sysroot="$(RUSTUP_AUTO_INSTALL=0 rustup run "$OVERSEAS_NIGHTLY" rustc --print sysroot 2>/dev/null)" || return 1
  [ -d "$sysroot/lib/rustlib/src/rust/library" ] || return 1
  nightly_fetch --offline --quiet >/dev/null 2>&1
}
