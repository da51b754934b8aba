#!/usr/bin/env bash
# Builds the Debian packages (examroom-kiosk, examroom-proctor, examroom-center-sync and their
# -dbgsym) from the release preset (RelWithDebInfo): only what the packages hold is built,
# then CPack. Packages land in build/release/packages/. Their tests: ctest --preset packaging.
# Usage: scripts/package.sh            (from the repository root or anywhere)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scripts/ensure-deps.sh
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
cmake --preset release >/dev/null
cmake --build --preset release --target examroom-package-inputs
rm -rf build/release/packages
(cd build/release && cpack -G DEB >cpack.log 2>&1) || { cat build/release/cpack.log; exit 1; }
for deb in build/release/packages/*.deb; do
    printf '%8s KiB  %s\n' "$(du -k "$deb" | cut -f1)" "$deb"
done
