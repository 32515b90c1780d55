#!/usr/bin/env bash
# Size report of a built dist/: raw, gzip -9 and brotli (quality 11) bytes per file.
#
#   bash scripts/sizes.sh                    # table of every file in dist/ + total
#   bash scripts/sizes.sh --budget 150000    # also fail if the page's wasm + js exceed the budget (gzip -9 bytes)
#   bash scripts/sizes.sh --static-budget 30000   # also fail if index.html + CSS exceed it
#
# "wasm + js" is what the page itself loads: the .wasm and every .js except
# embed.js, which is the optional script of the host page (reported on its own
# line). "static HTML + CSS" is index.html (with the static first frame and the
# whole static story) and the stylesheets.
#
# DIST overrides the folder (default: <repo>/dist).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIST="${DIST:-$ROOT/dist}"
BUDGET=""
STATIC_BUDGET=""
while [ $# -gt 0 ]; do
  case "$1" in
    --budget) BUDGET="$2"; shift 2 ;;
    --static-budget) STATIC_BUDGET="$2"; shift 2 ;;
    *) echo "usage: $0 [--budget BYTES] [--static-budget BYTES]" >&2; exit 2 ;;
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
static_raw=0 static_gz=0 static_br=0 host_gz=0
printf '%-48s %10s %10s %10s\n' "file (dist/)" "raw" "gzip -9" "brotli"
while IFS= read -r -d '' f; do
  rel="${f#"$DIST"/}"
  raw=$(wc -c <"$f"); g=$(gz "$f"); b=$(br "$f")
  printf '%-48s %10d %10d %10d\n' "$rel" "$raw" "$g" "$b"
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + g)); total_br=$((total_br + b))
  case "$rel" in
    *.wasm) wasm_files=$((wasm_files + 1)) ;;&
    embed.js) host_gz=$g ;;
    *.wasm|*.js|*.mjs) code_raw=$((code_raw + raw)); code_gz=$((code_gz + g)); code_br=$((code_br + b)) ;;
    index.html|*.css) static_raw=$((static_raw + raw)); static_gz=$((static_gz + g)); static_br=$((static_br + b)) ;;
  esac
done < <(find "$DIST" -type f -print0 | sort -z)
printf '%-48s %10d %10d %10d\n' "TOTAL (all files)" "$total_raw" "$total_gz" "$total_br"
printf '%-48s %10d %10d %10d\n' "TOTAL (wasm + js of the page)" "$code_raw" "$code_gz" "$code_br"
printf '%-48s %10d %10d %10d\n' "TOTAL (static HTML + CSS)" "$static_raw" "$static_gz" "$static_br"
printf '%-48s %10s %10d\n' "host script embed.js" "" "$host_gz"

if [ -n "$BUDGET" ]; then
  [ "$wasm_files" -gt 0 ] || { echo "no .wasm file in $DIST: is this a Trunk release build?" >&2; exit 1; }
  if [ "$code_gz" -gt "$BUDGET" ]; then
    echo "SIZE BUDGET EXCEEDED: wasm + js = $code_gz bytes gzip -9 > budget $BUDGET bytes (over by $((code_gz - BUDGET)))" >&2
    exit 1
  fi
  echo "size budget ok: wasm + js = $code_gz bytes gzip -9 <= $BUDGET bytes ($((code_gz * 100 / BUDGET)) % of budget)"
fi
if [ -n "$STATIC_BUDGET" ]; then
  if [ "$static_gz" -gt "$STATIC_BUDGET" ]; then
    echo "SIZE BUDGET EXCEEDED: static HTML + CSS = $static_gz bytes gzip -9 > budget $STATIC_BUDGET bytes (over by $((static_gz - STATIC_BUDGET)))" >&2
    exit 1
  fi
  echo "size budget ok: static HTML + CSS = $static_gz bytes gzip -9 <= $STATIC_BUDGET bytes ($((static_gz * 100 / STATIC_BUDGET)) % of budget)"
fi
