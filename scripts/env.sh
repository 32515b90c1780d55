# shellcheck shell=bash
# Environment for building and testing overseas-stations.
#
#   source scripts/env.sh
#
# Sourcing is cheap and installs nothing (scripts/setup.sh does the installs).
# It puts the project's tools first on PATH:
#   1. <repo>/node_modules/.bin  — wasm-opt from npm binaryen 132 (Debian's
#      binaryen 108 in /usr/bin produces a wasm that crashes; it must never win)
#   2. ${CARGO_HOME:-~/.cargo}/bin — trunk, wasm-bindgen, wasm-bindgen-test-runner
# and exports CHROMIUM / CHROMEDRIVER (found with `command -v`, Debian paths as
# a last resort) for the end-to-end tests and the wasm-bindgen-test runner.

OVERSEAS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export OVERSEAS_ROOT

# Remove a directory from PATH (all occurrences), then prepend it.
_os_path_prepend() {
  local dir="$1" rest="" entry
  local IFS=':'
  for entry in $PATH; do
    [ -n "$entry" ] && [ "$entry" != "$dir" ] && rest="${rest:+$rest:}$entry"
  done
  PATH="$dir${rest:+:$rest}"
}
_os_path_prepend "${CARGO_HOME:-$HOME/.cargo}/bin"
_os_path_prepend "$OVERSEAS_ROOT/node_modules/.bin"
export PATH
unset -f _os_path_prepend

# playwright-core drives Debian's chromium; it must never download a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

if [ -z "${CHROMIUM:-}" ]; then
  CHROMIUM="$(command -v chromium || command -v chromium-browser || true)"
  if [ -z "$CHROMIUM" ] && [ -x /usr/bin/chromium ]; then CHROMIUM=/usr/bin/chromium; fi
  [ -n "$CHROMIUM" ] && export CHROMIUM || unset CHROMIUM
fi
if [ -z "${CHROMEDRIVER:-}" ]; then
  CHROMEDRIVER="$(command -v chromedriver || true)"
  if [ -z "$CHROMEDRIVER" ] && [ -x /usr/bin/chromedriver ]; then CHROMEDRIVER=/usr/bin/chromedriver; fi
  [ -n "$CHROMEDRIVER" ] && export CHROMEDRIVER || unset CHROMEDRIVER
fi
true
