#!/usr/bin/env bash
# Install what a command needs, and only what is missing. Each level includes
# the one before it; a second run installs nothing and takes a few seconds.
#
#   bash scripts/setup.sh dev     # trunk serve (scripts/serve.sh)
#   bash scripts/setup.sh build   # the release build (scripts/build.sh)
#   bash scripts/setup.sh test    # every check (scripts/test.sh); the default
#   source scripts/env.sh         # afterwards, in your shell (or eval the output)
#
# What each level adds (see README "Toolchain" for the why):
#   dev    rustup target wasm32-unknown-unknown (stable)
#          trunk 0.21.14                      (cargo install --locked, about 10 minutes)
#          wasm-bindgen-cli = the wasm-bindgen version in Cargo.lock (cargo install, no --locked)
#          node_modules from package-lock.json (npm ci; again only when the lock changes)
#          every crate in Cargo.lock          (cargo fetch; Trunk builds offline)
#   build  the pinned nightly of scripts/nightly.sh with rust-src (rustup toolchain
#            install --profile minimal, under a minute) and the standard library's crates;
#            when it cannot be had, a warning: scripts/build.sh then builds on stable
#          Debian packages fonts-dejavu-core, fonts-wqy-microhei (the release build's PNGs)
#   test   rustup components rustfmt, clippy
#          Debian packages chromium, chromium-driver, brotli, firefox-esr,
#            webkit2gtk-driver, xvfb, xauth; geckodriver (cargo install, pinned)
# Debian packages: apt-get update only when something is missing; sudo only when not root.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"

LEVEL="${1:-test}"
case "$LEVEL" in
  dev) RANK=1 ;;
  build) RANK=2 ;;
  test) RANK=3 ;;
  *) printf 'usage: %s [dev|build|test]\n' "$0" >&2; exit 2 ;;
esac
TRUNK_VERSION="0.21.14"
GECKODRIVER_VERSION="0.37.1"
START=$SECONDS

say() { printf '[setup] %s\n' "$*" >&2; }
warn() { printf '[setup] WARNING: %s\n' "$*" >&2; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

say "level $LEVEL"
command -v cargo >/dev/null || die "cargo not found: install Rust with rustup first"
command -v rustup >/dev/null || die "rustup not found: the wasm32 target is installed with rustup"
command -v node >/dev/null || die "node not found: install Node.js 20 or newer"
command -v npm >/dev/null || die "npm not found"

# apt-get install the Debian packages given (update first; sudo only when not root).
apt_install() {
  command -v apt-get >/dev/null || die "missing $* and no apt-get: install them by hand"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "missing $*: need root or sudo for apt-get"
    sudo="sudo"
  fi
  say "apt-get install $*"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" </dev/null >&2
}
# Whether Debian package $1 is installed (true where there is no dpkg: not a Debian-like system).
deb_installed() { ! command -v dpkg >/dev/null || dpkg -s "$1" >/dev/null 2>&1; }
# Run cargo install from $HOME so the repo's .cargo/config.toml never applies to it.
cargo_install() { (cd "$HOME" && cargo install "$@") >&2; }

# ================================================================ dev: trunk serve
if ! rustup target list --installed | grep -x 'wasm32-unknown-unknown' >/dev/null; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown >&2
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "cargo install --locked trunk --version $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo_install --locked trunk --version "$TRUNK_VERSION"
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WBG_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/^version = "|"$/, ""); print; exit }' Cargo.lock)"
[ -n "$WBG_VERSION" ] || die "no wasm-bindgen in Cargo.lock"
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WBG_VERSION" ] ||
  [ "$(wasm-bindgen-test-runner --version 2>/dev/null || true)" != "wasm-bindgen-test-runner $WBG_VERSION" ]; then
  # Without --locked: the tool's own lockfile pins a crate release the registry no longer serves.
  say "cargo install --force wasm-bindgen-cli --version $WBG_VERSION (about 3 minutes)"
  cargo_install --force wasm-bindgen-cli --version "$WBG_VERSION"
fi

LOCK_HASH="$( (sha256sum package-lock.json package.json; node --version) | sha256sum | cut -d' ' -f1)"
STAMP="node_modules/.setup-stamp"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$LOCK_HASH" ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error >&2
  echo "$LOCK_HASH" >"$STAMP"
fi

if ! cargo fetch --offline --quiet 2>/dev/null; then
  say "cargo fetch"
  cargo fetch >&2
fi
say "dev: stable $(rustc --version | awk '{print $2}') + wasm32, $(trunk --version), $(wasm-bindgen --version), node_modules, crates"

# ================================================================ build: scripts/build.sh
if [ "$RANK" -ge 2 ]; then
  # The release build's nightly, pinned by date in scripts/nightly.sh. Not
  # having it is not an error: scripts/build.sh then builds on stable.
  # shellcheck source=scripts/nightly.sh
  source "$ROOT/scripts/nightly.sh"
  # build-std compiles the wasm32 standard library from rust-src: the nightly
  # needs no wasm32 target component.
  nightly_install() {
    if ! nightly_installed; then
      say "rustup toolchain install $OVERSEAS_NIGHTLY --profile minimal --component rust-src (under a minute)"
      RUST_BACKTRACE=0 rustup toolchain install "$OVERSEAS_NIGHTLY" --profile minimal --component rust-src >&2 || return 0
    fi
    if ! grep -q '^rust-src' <<<"$(rustup component list --toolchain "$OVERSEAS_NIGHTLY" --installed)"; then
      say "rustup component add rust-src --toolchain $OVERSEAS_NIGHTLY"
      RUST_BACKTRACE=0 rustup component add rust-src --toolchain "$OVERSEAS_NIGHTLY" >&2 || return 0
    fi
    # The crates the standard library needs when scripts/build.sh rebuilds it.
    if ! nightly_fetch --offline --quiet 2>/dev/null; then
      say "cargo +$OVERSEAS_NIGHTLY fetch (the standard library's crates, for scripts/build.sh)"
      nightly_fetch >&2 || true
    fi
  }
  if nightly_ready || { nightly_install && nightly_ready; }; then
    say "build: $OVERSEAS_NIGHTLY ($(rustup run "$OVERSEAS_NIGHTLY" rustc --version)) with rust-src and build-std's crates"
  else
    warn "no usable $OVERSEAS_NIGHTLY (rustup toolchain list): scripts/build.sh will build on stable, with a larger wasm"
  fi

  # Fonts for the fallback and social images that render-static rasterises in
  # release builds (WenQuanYi Micro Hei draws the Chinese ones).
  fonts_missing=()
  for font in fonts-dejavu-core fonts-wqy-microhei; do
    deb_installed "$font" || fonts_missing+=("$font")
  done
  [ "${#fonts_missing[@]}" -eq 0 ] || apt_install "${fonts_missing[@]}"

  # wasm-opt must be npm's binaryen 132 (its package.json: running it takes seconds).
  [ "$(command -v wasm-opt)" = "$ROOT/node_modules/.bin/wasm-opt" ] ||
    die "wasm-opt on PATH is $(command -v wasm-opt), not node_modules/.bin/wasm-opt"
  binaryen="$(node -p 'require("./node_modules/binaryen/package.json").version')"
  [ "${binaryen%%.*}" = 132 ] || die "node_modules has binaryen $binaryen, not 132"
  say "build: wasm-opt (binaryen $binaryen), fonts-dejavu-core, fonts-wqy-microhei"
fi

# ================================================================ test: scripts/test.sh
if [ "$RANK" -ge 3 ]; then
  installed_components="$(rustup component list --installed)"
  for comp in rustfmt clippy; do
    if ! grep -q "^$comp" <<<"$installed_components"; then
      say "rustup component add $comp"
      rustup component add "$comp" >&2
    fi
  done

  # Chromium for the wasm tests and the end-to-end tests; Firefox ESR
  # (geckodriver) and WebKitGTK (WebKitWebDriver driving MiniBrowser, under
  # Xvfb) for the cross-engine ones, tests/e2e/engines.test.mjs. playwright-core
  # cannot drive Debian's builds of those two; plain WebDriver can.
  test_apt=()
  command -v chromium >/dev/null || command -v chromium-browser >/dev/null || test_apt+=(chromium)
  command -v chromedriver >/dev/null || test_apt+=(chromium-driver)
  command -v brotli >/dev/null || test_apt+=(brotli)
  command -v firefox-esr >/dev/null || test_apt+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || test_apt+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || test_apt+=(xvfb)
  command -v xauth >/dev/null || test_apt+=(xauth) # xvfb-run needs it; only a Recommends of xvfb
  [ "${#test_apt[@]}" -eq 0 ] || apt_install "${test_apt[@]}"
  if [ "$(geckodriver --version 2>/dev/null | awk 'NR == 1')" != "geckodriver $GECKODRIVER_VERSION" ]; then
    say "cargo install --force geckodriver --version $GECKODRIVER_VERSION (about 2 minutes)"
    cargo_install --force geckodriver --version "$GECKODRIVER_VERSION"
  fi
  dpkg -L libwebkit2gtk-4.1-0 2>/dev/null | grep '/MiniBrowser$' >/dev/null ||
    die "MiniBrowser not found in libwebkit2gtk-4.1-0 (webkit2gtk-driver's WebKitWebDriver drives it)"

  source "$ROOT/scripts/env.sh"
  [ -n "${CHROMIUM:-}" ] || die "chromium not found after install"
  [ -n "${CHROMEDRIVER:-}" ] || die "chromedriver not found after install"
  say "test: rustfmt, clippy, $("$CHROMIUM" --version 2>/dev/null | head -n1), $(firefox-esr --version 2>/dev/null)," \
    "$(geckodriver --version 2>/dev/null | awk 'NR == 1'), WebKitGTK $(dpkg-query -W -f='${Version}' libwebkit2gtk-4.1-0 2>/dev/null)"
fi

say "ready ($LEVEL) in $((SECONDS - START)) s"
# The environment a caller needs (eval "$(bash scripts/setup.sh)" or source scripts/env.sh).
source "$ROOT/scripts/env.sh"
printf 'export PATH=%q\n' "$PATH"
[ -z "${CHROMIUM:-}" ] || printf 'export CHROMIUM=%q\n' "$CHROMIUM"
[ -z "${CHROMEDRIVER:-}" ] || printf 'export CHROMEDRIVER=%q\n' "$CHROMEDRIVER"
printf 'export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1\n'
