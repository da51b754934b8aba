#!/usr/bin/env bash
# The center-sync benchmarks as one command: configures an optimised build in build/bench
# (or uses EXAMROOM_BUILD_DIR), builds only what the benchmark needs, runs it and prints the
# machine it ran on. The ratios are measured in the same run; nothing is asserted.
# Usage: tests/bench/run.sh [--count N]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
build="${EXAMROOM_BUILD_DIR:-$root/build/bench}"
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DEXAMROOM_BUILD_APPS=OFF >/dev/null
fi
cmake --build "$build" --target centersync_bench center-sync centersync-testkit >/dev/null
echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
    "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) memory," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "build: $(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt") in $build"
"$build/tests/centersync_bench" "$@"
