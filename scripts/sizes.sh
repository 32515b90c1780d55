#!/usr/bin/env bash
# Size report of a built dist/: raw, gzip -9 and brotli (quality 11) bytes per file.
#
#   bash scripts/sizes.sh                    # table of every file in dist/ + total
#   bash scripts/sizes.sh --budget 150000    # also fail if wasm + js exceed the budget (gzip -9 bytes)
#
# DIST overrides the folder (default: <repo>/dist).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIST="${DIST:-$ROOT/dist}"
BUDGET=""
while [ $# -gt 0 ]; do
  case "$1" in
    --budget) BUDGET="$2"; shift 2 ;;
    *) echo "usage: $0 [--budget BYTES]" >&2; exit 2 ;;
  esac
done

[ -d "$DIST" ] || { echo "no $DIST: run 'trunk build --release' first" >&2; exit 1; }

gz() { gzip -9 -c -n -- "$1" | wc -c; }
if command -v brotli >/dev/null; then
  br() { brotli -q 11 -c -- "$1" | wc -c; }
else
  br() { node -e 'const z=require("zlib");process.stdout.write(String(z.brotliCompressSync(require("fs").readFileSync(process.argv[1]),{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length))' "$1"; }
fi

total_raw=0 total_gz=0 total_br=0 code_raw=0 code_gz=0 code_br=0 wasm_files=0
printf '%-48s %10s %10s %10s\n' "file (dist/)" "raw" "gzip -9" "brotli"
while IFS= read -r -d '' f; do
  rel="${f#"$DIST"/}"
  raw=$(wc -c <"$f"); g=$(gz "$f"); b=$(br "$f")
  printf '%-48s %10d %10d %10d\n' "$rel" "$raw" "$g" "$b"
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + g)); total_br=$((total_br + b))
  case "$rel" in
    *.wasm) wasm_files=$((wasm_files + 1)) ;;&
    *.wasm|*.js|*.mjs) code_raw=$((code_raw + raw)); code_gz=$((code_gz + g)); code_br=$((code_br + b)) ;;
  esac
done < <(find "$DIST" -type f -print0 | sort -z)
printf '%-48s %10d %10d %10d\n' "TOTAL (all files)" "$total_raw" "$total_gz" "$total_br"
printf '%-48s %10d %10d %10d\n' "TOTAL (wasm + js)" "$code_raw" "$code_gz" "$code_br"

if [ -n "$BUDGET" ]; then
  [ "$wasm_files" -gt 0 ] || { echo "no .wasm file in $DIST: is this a Trunk release build?" >&2; exit 1; }
  if [ "$code_gz" -gt "$BUDGET" ]; then
    echo "SIZE BUDGET EXCEEDED: wasm + js = $code_gz bytes gzip -9 > budget $BUDGET bytes (over by $((code_gz - BUDGET)))" >&2
    exit 1
  fi
  echo "size budget ok: wasm + js = $code_gz bytes gzip -9 <= $BUDGET bytes ($((code_gz * 100 / BUDGET)) % of budget)"
fi
