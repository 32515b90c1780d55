#!/usr/bin/env bash
# Development server: `scripts/setup.sh dev` (stable Rust and the wasm32
# target, Trunk, wasm-bindgen-cli, the npm packages and the crates; no
# browser, no nightly), then `trunk serve`: a debug build that rebuilds on
# change, at http://127.0.0.1:8080/ (Trunk.toml). Extra arguments go to
# trunk, e.g. `bash scripts/serve.sh --port 9000`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh dev >/dev/null
# shellcheck source=scripts/env.sh
source scripts/env.sh
echo "[serve] trunk serve $*: Trunk prints the address once the first build is done (Ctrl-C stops)" >&2
exec trunk serve "$@"
