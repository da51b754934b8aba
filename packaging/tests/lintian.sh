#!/usr/bin/env bash
# lintian on every built package: no error (warnings are printed, overrides are in
# packaging/debian/<component>/lintian-overrides with the reason for each).
# Usage: lintian.sh PACKAGES_DIR
set -euo pipefail
status=0
shopt -s nullglob
debs=("$1"/examroom-*.deb)
((${#debs[@]} == 3)) || { echo "FAIL: expected 3 packages in $1, found ${#debs[@]}"; exit 1; }
for deb in "${debs[@]}"; do
    echo "== $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
    lintian --fail-on error --suppress-tags-from-file /dev/null "$deb" || status=1
done
exit $status
