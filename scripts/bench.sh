#!/usr/bin/env bash
# Benchmark report (not a test; nothing here fails on a slow number):
#   1. the release build (scripts/build.sh)
#   2. raw / gzip -9 / brotli bytes of every file in dist/, and totals
#   3. navigation start → first contentful paint (which holds the static first
#      frame's chart) and → performance.mark("chart-drawn") (the interactive
#      chart): median, min, max of 5 cold loads in headless Chromium, then the
#      same with 4× CPU throttling (scripts/bench-load.mjs)
#   4. frames during step transitions: requestAnimationFrame deltas (frames,
#      p50, p95, worst) and long tasks while the keyboard steps through the
#      whole story and back, at 1100×900 and 375×800 with 4× CPU throttling,
#      over BENCH_ROUNDS (default 3) rounds (scripts/bench-frames.mjs)
#   5. the language switch: click to the new language painted, each language's
#      first switch (its file fetched and read), at 1× and 4× CPU
#      (scripts/bench-language.mjs)
#   6. side by side with the D3 peer of the same graphic: its source is copied
#      (with the research/ folder its build reads, two levels up) into a
#      temporary folder, built there with `npm ci && npm run build`, and both
#      pages are measured in one run, alternating, served gzip -9: first and
#      largest contentful paint, the live chart, wire bytes, frames while
#      stepping; then where this page's time goes up to its live chart
#      (scripts/bench-compare.mjs). Without the peer, this page alone.
#
#   bash scripts/bench.sh            # BENCH_RUNS=10 for more loads, BENCH_ROUNDS=5 for more step-throughs
#   bash scripts/bench.sh --no-build # measure the dist/ that is already there
#   PEER_DIR=path/to/peers/d3 bash scripts/bench.sh   # the peer's source; default ../shared/peers/d3
#                                                     # beside the repository's checkout
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh test >/dev/null
# shellcheck source=scripts/env.sh
source scripts/env.sh

# The D3 peer (README "Benchmark"): never built in place (its folder may be
# read-only) and never copied into this repository.
PEER_DIR="${PEER_DIR:-../shared/peers/d3}"
PEER_TMP=""
trap '[ -z "$PEER_TMP" ] || rm -rf "$PEER_TMP"' EXIT
# Builds the peer in a temporary folder and sets peer_dist; on failure says
# why in one line and returns 1.
build_peer() {
  local src research log
  if ! src="$(cd "$PEER_DIR" 2>/dev/null && pwd)" || [ ! -f "$src/package.json" ]; then
    echo "D3 peer not found at PEER_DIR=$PEER_DIR: reporting this page alone"
    return 1
  fi
  # Its build.mjs reads ../../research/stations.csv from its own folder.
  research="$(cd "$src/../.." && pwd)/research"
  if [ ! -f "$research/stations.csv" ]; then
    echo "D3 peer: no research/stations.csv two folders above $PEER_DIR: reporting this page alone"
    return 1
  fi
  PEER_TMP="$(mktemp -d)"
  mkdir -p "$PEER_TMP/peers/d3" "$PEER_TMP/research"
  tar -C "$src" --exclude=./node_modules --exclude=./dist -cf - . | tar -C "$PEER_TMP/peers/d3" -xf -
  tar -C "$research" -cf - . | tar -C "$PEER_TMP/research" -xf -
  chmod -R u+w "$PEER_TMP"
  log="$PEER_TMP/build.log"
  if ! (cd "$PEER_TMP/peers/d3" && npm ci --no-audit --no-fund --loglevel=error && npm run build) >"$log" 2>&1; then
    echo "D3 peer: npm ci or npm run build failed ($(grep -m 1 -i 'error' "$log" || tail -n 1 "$log")): reporting this page alone"
    return 1
  fi
  peer_dist="$PEER_TMP/peers/d3/dist"
  echo "D3 peer built from $PEER_DIR: $(grep -o "[0-9]* stations bundled" "$log")"
}

if [ "${1:-}" != "--no-build" ]; then
  echo "== release build (scripts/build.sh)"
  if ! build_log="$(bash scripts/build.sh 2>&1)"; then
    printf '%s\n' "$build_log"
    exit 1
  fi
  printf '%s\n' "$build_log" | tail -n 1
fi
echo
echo "== sizes (bytes)"
bash scripts/sizes.sh
echo
# A section that cannot measure (an error, not a slow number) does not stop
# the next one; the script then exits non-zero.
status=0
echo "== load time"
node scripts/bench-load.mjs --runs "${BENCH_RUNS:-5}" || status=1
echo
echo "== frames during step transitions"
node scripts/bench-frames.mjs --rounds "${BENCH_ROUNDS:-3}" || status=1
echo
echo "== language switch"
node scripts/bench-language.mjs --runs "${BENCH_RUNS:-5}" || status=1
echo
echo "== side by side with the D3 peer"
peer_dist=""
if build_peer; then
  node scripts/bench-compare.mjs --runs "${BENCH_RUNS:-5}" --peer "$peer_dist" || status=1
else
  node scripts/bench-compare.mjs --runs "${BENCH_RUNS:-5}" || status=1
fi
exit "$status"
