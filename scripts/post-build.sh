#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml): Trunk starts the hooks of one stage side
# by side, so the steps that rewrite index.html run here, in order:
#   1. render-static writes the static graphic, its stylesheets and images
#      (src/static_frame/), PNGs in release builds only;
#   2. in release builds, strip-exports.mjs removes the wasm-bindgen exports
#      the page never uses (wasm-streams' classes, pulled in by leptos) from
#      the glue and the .wasm, re-runs wasm-opt so their code goes, gives the
#      remaining imports and exports short names, and updates both integrity
#      hashes in index.html (fails the build if it finds nothing to remove or
#      cannot follow the glue);
#   3. in release builds, minify-js.mjs minifies wasm-bindgen's JS glue and
#      boot.js with terser and updates the glue's integrity hash in index.html
#      (dev builds skip 2 and 3: readable scripts, and no second spent per rebuild);
#   4. externalize-loader.mjs moves inline scripts and styles into files (for a
#      strict CSP) and checks the result, the static markup included;
#   5. render-static --pages makes each other language's page (zh-Hans.html …)
#      from the finished index.html: the same scripts and hashes, with the
#      language's own head, static graphic and <html lang>.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# render-static runs natively on stable whatever built the wasm (scripts/build.sh
# sets a nightly toolchain and its own target folder for the wasm only).
render_static=(env -u RUSTUP_TOOLCHAIN -u CARGO_UNSTABLE_BUILD_STD -u CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT
  -u CARGO_PROFILE_RELEASE_PANIC -u CARGO_TARGET_DIR cargo run --quiet --locked --offline --bin render-static)
"${render_static[@]}"
if [ "${TRUNK_PROFILE:-}" = release ]; then
  node scripts/strip-exports.mjs
  node scripts/minify-js.mjs
fi
node scripts/externalize-loader.mjs
"${render_static[@]}" -- --pages
