#!/usr/bin/env bash
# The kiosk part of the demo: two candidates take the knowledge exam on headless kiosks
# (the same controllers as the screens), one kiosk is stopped mid-exam and resumes, each
# prints the score and the receipt code and writes its signed score sheet; then every screen
# is rendered in Chinese and English to PNG. Then two kiosks run against a test console over
# the room link (pairing, provisioning, unlock with the authorization password, seeds, sheets). Expects the dev build (scripts/demo.sh).
# Usage: scripts/demo-kiosk.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
cmake --preset dev >/dev/null
cmake --build --preset dev --target kiosk room-console-sim >/dev/null
bin="$root/build/dev/kiosk/kiosk"
state="$root/demo-state/kiosk"
rm -rf "$state"
mkdir -p "$state"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$state/xdg"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
# The sample plan's exam is on 2027-03-08; its import rules are judged a week before.
kiosk() { "$bin" --headless --centre-files tests/data --import-now 2027-03-01T09:00:00+08:00 \
    --room R1 "$@"; }

printf '\n=== 3. Seat 7: 方志成 logs in, answers every question right but one, hands in ===\n'
cat > "$state/seat7.txt" <<SCRIPT
login 2026120807003 440304197108289578
confirm-identity
open-exam random
answer-correct all
answer 1 B
submit
result
sheet-out $state/seat7-sheet.json
SCRIPT
kiosk --data-dir "$state/seat7" --seat 7 --candidate-script "$state/seat7.txt"

printf '\n=== 4. Seat 8: 肖秀 answers ten questions, the kiosk stops, restarts, resumes ===\n'
cat > "$state/seat8-a.txt" <<SCRIPT
login 2026120807004 430104198309063921
confirm-identity
open-exam random
answer-correct 10
SCRIPT
kiosk --data-dir "$state/seat8" --seat 8 --candidate-script "$state/seat8-a.txt"
echo "(kiosk process ended mid-exam; starting it again on the same kiosk.db)"
cat > "$state/seat8-b.txt" <<SCRIPT
submit
result
sheet-out $state/seat8-sheet.json
SCRIPT
kiosk --data-dir "$state/seat8" --seat 8 --candidate-script "$state/seat8-b.txt"

printf '\n=== 4b. The room link: a test console and two kiosks pair, are provisioned and unlocked ===\n'
sim="$root/build/dev/tests/room-console-sim"
"$sim" --centre-files tests/data --import-now 2027-03-01T09:00:00+08:00 --kiosks 2 \
    --state-dir "$state/console" --sheets-dir "$state/console-sheets" --run-seconds 120 &
console_pid=$!
trap 'kill $console_pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do [[ -s "$state/console/console.env" ]] && break; sleep 0.1; done
room=$(sed -n 's/^room=//p' "$state/console/console.env")
pairing=$(sed -n 's/^pairing=//p' "$state/console/console.env")
key=$(sed -n 's/^key=//p' "$state/console/console.env")
linked() { "$bin" --headless --console "$room" --pairing "$pairing" --console-key "$key" "$@"; }
kiosk_pids=()
for seat in 1 2; do
    ticket=$([[ $seat == 1 ]] && echo 2026120807001 || echo 2026120807002)
    id=$([[ $seat == 1 ]] && echo 441900200505273097 || echo 420106197303150342)
    printf 'pair\nwait-unlock\nlogin %s %s\nconfirm-identity\nwait-exam\nanswer-correct all\nsubmit\nresult\nwait-synced\n' \
        "$ticket" "$id" > "$state/linked$seat.txt"
    linked --data-dir "$state/linked$seat" --candidate-script "$state/linked$seat.txt" &
    kiosk_pids+=($!)
done
for pid in "${kiosk_pids[@]}"; do wait "$pid"; done
kill $console_pid; wait $console_pid || true
trap - EXIT
echo "Sheets received by the console: $(ls "$state/console-sheets" | tr '\n' ' ')"

printf '\n=== 5. Every kiosk screen, Chinese and English ===\n'
"$bin" --render-screens "$state/screens" --centre-files tests/data
printf '\nSigned score sheets: %s\n' "$state/seat7-sheet.json $state/seat8-sheet.json"
