#!/usr/bin/env bash
# Every benchmark of the product as one command (docs/performance.md). Configures an optimised
# build (RelWithDebInfo) in build/bench-all (or uses EXAMROOM_BUILD_DIR), builds only the targets the benchmarks
# need, describes the machine, runs each benchmark (each prints its own detail) and ends with
# one table: every figure, the baseline measured in the same run, the ratio, the goal from the
# issues and whether it was met. Nothing is asserted about speed: the exit code is non-zero
# only when a benchmark failed to run or did not print its figure.
#   tests/bench/run-all.sh [--smoke] [--no-build]
#     --smoke     minimal sizes: checks that every benchmark still runs (a CTest test), the
#                 figures mean nothing
#     --no-build  use the binaries already in the build folder
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
smoke=0 build_it=1
for arg in "$@"; do
    case "$arg" in
    --smoke) smoke=1 ;;
    --no-build) build_it=0 ;;
    *) echo "usage: tests/bench/run-all.sh [--smoke] [--no-build]" >&2; exit 2 ;;
    esac
done
build="${EXAMROOM_BUILD_DIR:-$root/build/bench-all}"
began=$(date +%s)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

if ((build_it)); then
    export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
    if [[ ! -f "$build/CMakeCache.txt" ]]; then
        # RelWithDebInfo: the release preset's optimisation (-O2), so the compiler cache of
        # the package build serves this one too.
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache \
            -DEXAMROOM_BUILD_APPS=ON >/dev/null || exit 1
    fi
    echo "building the benchmarks in $build ..."
    cmake --build "$build" --target centersync_bench center-sync centersync-testkit kiosk \
        kiosk_qt_trivial kiosk_answer_save kiosk_paper_draw kiosk_footprint proctor_monitor_cpu \
        exam_start >"$build/bench-build.log" 2>&1 || { tail -40 "$build/bench-build.log"; exit 1; }
    echo "built in $(($(date +%s) - began)) s"
fi
bin="$build/tests"
log=$(mktemp -d "${TMPDIR:-/tmp}/examroom-bench.XXXXXX")
trap 'rm -rf "$log"' EXIT
export QT_QPA_PLATFORM=offscreen
if [[ -z "${XDG_RUNTIME_DIR:-}" || ! -d "${XDG_RUNTIME_DIR:-}" ]]; then
    export XDG_RUNTIME_DIR="$log/xdg"
    mkdir -m 700 "$XDG_RUNTIME_DIR"
fi

machine() {
    local fs_line
    fs_line=$(df -hT "$log" | awk 'NR == 2 {print $2 " on " $1 ", " $5 " used of " $3}')
    echo "machine: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
        "$(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) memory"
    echo "system:  $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)," \
        "$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build/CMakeCache.txt" | xargs basename)" \
        "$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt") build in $build"
    echo "disk:    temporary files (SQLCipher databases, fsync baseline) on $fs_line;" \
        "RAM folder $XDG_RUNTIME_DIR"
    echo "load average at start: $load_start"
}

# name | command...: runs one benchmark, its detail to the terminal and to its log.
failed=()
bench() {
    local name=$1
    shift
    echo
    echo "=== $name: $*"
    if ! "$@" 2>&1 | tee "$log/$name.out"; then
        failed+=("$name")
    fi
}

machine
if ((smoke)); then
    echo "SMOKE MODE: minimal sizes, the figures mean nothing"
    bench answer_save "$bin/kiosk_answer_save" 20
    bench paper_draw "$bin/kiosk_paper_draw" 3 500
    bench footprint "$bin/kiosk_footprint" 1
    bench exam_start "$bin/exam_start" --kiosks 2 --kdf min
    bench centersync "$bin/centersync_bench" --count 100 --rounds 1
    bench console_cpu "$bin/proctor_monitor_cpu" --kiosks 3 --seconds 1
else
    bench answer_save "$bin/kiosk_answer_save" 300
    bench paper_draw "$bin/kiosk_paper_draw" 15
    bench footprint "$bin/kiosk_footprint" 5
    bench exam_start "$bin/exam_start" --kiosks 12
    bench centersync "$bin/centersync_bench" --count 2000 --rounds 3
    bench console_cpu "$bin/proctor_monitor_cpu" --kiosks 200 --seconds 20
fi

# The goals, from the issues (4: kiosk, 3: center-sync, 5: console). "-": none set.
declare -A goal=(
    [answer_save_p50]="<= 1.5" [answer_save_p99]="<= 1.5" [paper_draw]="<= 1.3"
    [exam_start]="-" [ingest]=">= 0.5" [upload]="<= 3" [console_cpu]="< 5 %"
    [cold_start]="-" [rss]="-"
)
order=(answer_save_p50 answer_save_p99 exam_start paper_draw ingest upload console_cpu cold_start
    rss)
results=$(cat "$log"/*.out 2>/dev/null | sed -n 's/^RESULT //p')

echo
echo "=== Results ($(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown))"
machine | sed '$d'
echo "load average at start: $load_start; at end: $(cut -d' ' -f1-3 /proc/loadavg);" \
    "$(($(date +%s) - began)) s in all"
((smoke)) && echo "SMOKE MODE: minimal sizes, the figures mean nothing"
echo
printf '| %s | %s | %s | %s | %s | %s |\n' figure measured baseline ratio goal met
printf '|---|---|---|---|---|---|\n'
missing=()
for key in "${order[@]}"; do
    row=$(grep "^$key|" <<<"$results" | tail -1)
    if [[ -z "$row" ]]; then
        missing+=("$key")
        printf '| %s | %s | | | | |\n' "$key" "NOT MEASURED"
        continue
    fi
    IFS='|' read -r _ figure measured baseline ratio <<<"$row"
    g=${goal[$key]}
    verdict=$(awk -v g="$g" -v r="$ratio" -v m="${measured%% *}" 'BEGIN {
        split(g, p, " ")
        if (g == "-") { print "—"; exit }
        # "< 5 %" is a share of a core: compared with the figure, not the ratio.
        v = (p[3] == "%") ? m : r
        ok = (p[1] == "<=") ? v <= p[2] : (p[1] == ">=") ? v >= p[2] : v < p[2]
        print ok ? "met" : "missed" }')
    [[ "$g" == "-" ]] && g="—" || { [[ "$g" == *% ]] && g="$g of a core" || g="${g}×"; }
    printf '| %s | %s | %s | %s× | %s | %s |\n' "$figure" "$measured" "$baseline" "$ratio" "$g" \
        "$verdict"
done
status=0
if ((${#failed[@]})); then
    echo "FAILED to run: ${failed[*]}"
    status=1
fi
if ((${#missing[@]})); then
    echo "no figure printed for: ${missing[*]}"
    status=1
fi
exit $status
