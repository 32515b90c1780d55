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
#
#   bash scripts/bench.sh            # BENCH_RUNS=10 for more loads, BENCH_ROUNDS=5 for more step-throughs
#   bash scripts/bench.sh --no-build # measure the dist/ that is already there
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh test >/dev/null
# shellcheck source=scripts/env.sh
source scripts/env.sh

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
exit "$status"
