#!/usr/bin/env bash
# Every kiosk benchmark as one command: configures an optimised build in build/bench-kiosk
# (or uses EXAMROOM_BUILD_DIR), builds only what the benchmarks need, prints the machine and
# runs them. Each prints ratios against a baseline measured in the same run; nothing is
# asserted. Usage: tests/bench/kiosk_bench.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
build="${EXAMROOM_BUILD_DIR:-$root/build/bench-kiosk}"
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
fi
cmake --build "$build" --target kiosk_answer_save kiosk_paper_draw kiosk_footprint >/dev/null
echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
    "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) memory," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "build: $(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt") in $build"
"$build/tests/kiosk_answer_save"
"$build/tests/kiosk_paper_draw"
QT_QPA_PLATFORM=offscreen "$build/tests/kiosk_footprint"
