#!/usr/bin/env bash
# Development server: installs what is missing, then `trunk serve`
# (rebuilds on change; address from Trunk.toml, http://127.0.0.1:8080/).
# Extra arguments go to trunk, e.g. `bash scripts/serve.sh --port 9000`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh >/dev/null
# shellcheck source=scripts/env.sh
source scripts/env.sh
echo "[serve] trunk serve: open http://127.0.0.1:8080/ once the first build is done (Ctrl-C stops)" >&2
exec trunk serve "$@"
