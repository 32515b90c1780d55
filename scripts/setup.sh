#!/usr/bin/env bash
# Install everything the build and the tests need — only what is missing.
# Idempotent: a second run takes a few seconds and touches nothing.
#
#   bash scripts/setup.sh          # install, then print the environment to use
#   source scripts/env.sh          # afterwards, in your shell (or eval the output)
#
# What it installs (see README "Toolchain" for the why):
#   rustup target wasm32-unknown-unknown, components rustfmt + clippy
#   Debian packages chromium, chromium-driver, brotli, fonts-dejavu-core, fonts-wqy-microhei (apt-get update only when
#     something is missing; sudo only when not root)
#   Debian packages firefox-esr, webkit2gtk-driver, xvfb, xauth + geckodriver
#     (cargo install, pinned) for the other browser engines
#   trunk 0.21.14                     (cargo install --locked)
#   wasm-bindgen-cli = the wasm-bindgen version in Cargo.lock (cargo install, no --locked)
#   node_modules from package-lock.json (npm ci; re-run only when the lock changes)
#   every crate in Cargo.lock          (cargo fetch; Trunk builds offline)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"

TRUNK_VERSION="0.21.14"
START=$SECONDS

say() { printf '[setup] %s\n' "$*" >&2; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

command -v cargo >/dev/null || die "cargo not found: install Rust with rustup first"
command -v rustup >/dev/null || die "rustup not found: the wasm32 target is installed with rustup"
command -v node >/dev/null || die "node not found: install Node.js 20 or newer"
command -v npm >/dev/null || die "npm not found"

# ---------------------------------------------------------------- rustup
if ! rustup target list --installed | grep -x 'wasm32-unknown-unknown' >/dev/null; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
installed_components="$(rustup component list --installed)"
for comp in rustfmt clippy; do
  if ! grep -q "^$comp" <<<"$installed_components"; then
    say "rustup component add $comp"
    rustup component add "$comp"
  fi
done

# The release build's nightly (scripts/build.sh): the machine's own, plus the
# standard library's sources and the wasm32 target, which rustup adds.
# shellcheck source=scripts/nightly.sh
source "$ROOT/scripts/nightly.sh"
rustup run "$OVERSEAS_NIGHTLY" rustc --version >/dev/null 2>&1 \
  || die "no $OVERSEAS_NIGHTLY toolchain (rustup toolchain list): the release build needs one (scripts/build.sh)"
nightly_components="$(rustup component list --toolchain "$OVERSEAS_NIGHTLY" --installed)"
if ! grep -q '^rust-src' <<<"$nightly_components"; then
  say "rustup component add rust-src --toolchain $OVERSEAS_NIGHTLY"
  rustup component add rust-src --toolchain "$OVERSEAS_NIGHTLY" >&2
fi
if ! grep -q '^rust-std-wasm32-unknown-unknown' <<<"$nightly_components"; then
  say "rustup target add wasm32-unknown-unknown --toolchain $OVERSEAS_NIGHTLY"
  rustup target add wasm32-unknown-unknown --toolchain "$OVERSEAS_NIGHTLY" >&2
fi

# ---------------------------------------------------------------- Debian packages
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

apt_missing=()
command -v chromium >/dev/null || command -v chromium-browser >/dev/null || apt_missing+=(chromium)
command -v chromedriver >/dev/null || apt_missing+=(chromium-driver)
command -v brotli >/dev/null || apt_missing+=(brotli)
# Fonts for the fallback and social images that render-static rasterises
# (WenQuanYi Micro Hei draws the Chinese ones).
for font in fonts-dejavu-core fonts-wqy-microhei; do
  if command -v dpkg >/dev/null && ! dpkg -s "$font" >/dev/null 2>&1; then
    apt_missing+=("$font")
  fi
done
[ "${#apt_missing[@]}" -eq 0 ] || apt_install "${apt_missing[@]}"

# ---------------------------------------------------------------- cargo-installed tools
# Run cargo install from $HOME so the repo's .cargo/config.toml never applies to it.
cargo_install() { (cd "$HOME" && cargo install "$@") >&2; }

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

# ---------------------------------------------------------------- other browser engines
# Firefox ESR (geckodriver) and WebKitGTK (WebKitWebDriver driving MiniBrowser,
# under Xvfb) for the cross-engine end-to-end tests, tests/e2e/engines.test.mjs.
# playwright-core cannot drive Debian's builds of these; plain WebDriver can.
GECKODRIVER_VERSION="0.37.1"
engine_apt=()
command -v firefox-esr >/dev/null || engine_apt+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || engine_apt+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || engine_apt+=(xvfb)
command -v xauth >/dev/null || engine_apt+=(xauth) # xvfb-run needs it; only a Recommends of xvfb
[ "${#engine_apt[@]}" -eq 0 ] || apt_install "${engine_apt[@]}"
if [ "$(geckodriver --version 2>/dev/null | awk 'NR == 1')" != "geckodriver $GECKODRIVER_VERSION" ]; then
  say "cargo install --force geckodriver --version $GECKODRIVER_VERSION (about 2 minutes)"
  cargo_install --force geckodriver --version "$GECKODRIVER_VERSION"
fi
dpkg -L libwebkit2gtk-4.1-0 2>/dev/null | grep '/MiniBrowser$' >/dev/null ||
  die "MiniBrowser not found in libwebkit2gtk-4.1-0 (webkit2gtk-driver's WebKitWebDriver drives it)"

# ---------------------------------------------------------------- node packages
LOCK_HASH="$( (sha256sum package-lock.json package.json; node --version) | sha256sum | cut -d' ' -f1)"
STAMP="node_modules/.setup-stamp"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$LOCK_HASH" ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error >&2
  echo "$LOCK_HASH" >"$STAMP"
fi

# ---------------------------------------------------------------- crates (offline builds)
if ! cargo fetch --offline --quiet 2>/dev/null; then
  say "cargo fetch"
  cargo fetch
fi
# The crates the standard library needs when scripts/build.sh rebuilds it.
build_std_fetch() {
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort cargo "+$OVERSEAS_NIGHTLY" fetch --target wasm32-unknown-unknown "$@"
}
if ! build_std_fetch --offline --quiet 2>/dev/null; then
  say "cargo +$OVERSEAS_NIGHTLY fetch (the standard library's crates, for scripts/build.sh)"
  build_std_fetch >&2
fi

# ---------------------------------------------------------------- check
source "$ROOT/scripts/env.sh"
[ "$(command -v wasm-opt)" = "$ROOT/node_modules/.bin/wasm-opt" ] ||
  die "wasm-opt on PATH is $(command -v wasm-opt), not node_modules/.bin/wasm-opt"
wasm-opt --version | grep 'version 132' >/dev/null || die "wasm-opt is not binaryen 132: $(wasm-opt --version)"
[ -n "${CHROMIUM:-}" ] || die "chromium not found after install"
[ -n "${CHROMEDRIVER:-}" ] || die "chromedriver not found after install"

say "ready in $((SECONDS - START)) s: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(wasm-opt --version | awk '{print $3}'), $("$CHROMIUM" --version 2>/dev/null | head -n1)"
say "other engines: $(firefox-esr --version 2>/dev/null), $(geckodriver --version 2>/dev/null | awk 'NR == 1'), WebKitGTK $(dpkg-query -W -f='${Version}' libwebkit2gtk-4.1-0 2>/dev/null)"
# The environment a caller needs (eval "$(bash scripts/setup.sh)" or source scripts/env.sh).
printf 'export PATH=%q\n' "$PATH"
printf 'export CHROMIUM=%q\n' "$CHROMIUM"
printf 'export CHROMEDRIVER=%q\n' "$CHROMEDRIVER"
printf 'export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1\n'
