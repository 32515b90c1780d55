# shellcheck shell=bash
# The nightly toolchain of the release build (scripts/build.sh): the one the
# machine has (`rustup toolchain list`), since no other can be downloaded here.
# OVERSEAS_NIGHTLY overrides it (e.g. nightly-2026-05-19).
OVERSEAS_NIGHTLY="${OVERSEAS_NIGHTLY:-nightly}"
export OVERSEAS_NIGHTLY
