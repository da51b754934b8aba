#!/usr/bin/env bash
# Runs every test: installs what is missing, builds and tests the project (warnings are
# errors), builds the Debian packages and tests them (lintian, the kiosk in a headless cage,
# an install into a clean Debian 12 root), runs each fuzzer for a bounded time when clang is
# present, then builds and runs the whole suite again under AddressSanitizer + UndefinedBehavior-
# Sanitizer.
# Usage: scripts/test.sh            (from the repository root or anywhere)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scripts/ensure-deps.sh
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1

step() { printf '\n=== %s ===\n' "$*"; }

step "build and test (dev preset, -Werror)"
cmake --preset dev >/dev/null
cmake --build --preset dev
ctest --preset dev

step "Debian packages: build, lintian, kiosk in cage, install into Debian 12 (release preset)"
scripts/package.sh
ctest --preset packaging

if command -v clang++ >/dev/null; then
    step "fuzzers, ${EXAMROOM_FUZZ_SECONDS:-20} s each (fuzz preset)"
    cmake --preset fuzz -DEXAMROOM_FUZZ_SECONDS="${EXAMROOM_FUZZ_SECONDS:-20}" >/dev/null
    cmake --build --preset fuzz
    ctest --preset fuzz
fi

step "build and test under ASan + UBSan (asan preset)"
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan
