#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml): Trunk starts the hooks of one stage side
# by side, so the steps that rewrite index.html run here, in order:
#   1. render-static writes the static graphic, its stylesheets and images
#      (src/static_frame/), PNGs in release builds only;
#   2. in release builds, minify-js.mjs minifies wasm-bindgen's JS glue,
#      boot.js and pre-paint.js with terser and updates the glue's integrity
#      hash in index.html (dev builds skip it: readable scripts, and no second
#      spent per rebuild);
#   3. externalize-loader.mjs writes the pre-paint script inline, moves every
#      other inline script and style into files (for a strict CSP), puts the
#      app's loader and preloads at low priority and checks the result, the
#      static markup included;
#   4. render-static --pages makes each other language's page (zh-Hans.html …)
#      from the finished index.html: the same scripts and hashes, with the
#      language's own head, static graphic and <html lang>;
#   5. csp.mjs checks every page against the strict CSP and writes it, with
#      the pre-paint script's hash, to csp.txt and _headers.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# render-static runs natively on stable whatever built the wasm (scripts/build.sh
# sets a nightly toolchain and its own target folder for the wasm only).
render_static=(env -u RUSTUP_TOOLCHAIN -u CARGO_UNSTABLE_BUILD_STD -u CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT
  -u CARGO_PROFILE_RELEASE_PANIC -u CARGO_TARGET_DIR cargo run --quiet --locked --offline --bin render-static)
"${render_static[@]}"
if [ "${TRUNK_PROFILE:-}" = release ]; then
  node scripts/minify-js.mjs
fi
node scripts/externalize-loader.mjs
"${render_static[@]}" -- --pages
node scripts/csp.mjs
