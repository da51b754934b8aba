#!/usr/bin/env bash
# The centre ↔ site part of the demo (called by scripts/demo.sh, or on its own after a dev
# build): keys for a hub and a site agent, enrolment and trust, the sample plan published at
# the hub, the agent pulling it over CURVE on 127.0.0.1, a few test-made signed score sheets
# going up with receipts, review, and the hub listing and exporting the results.
# Usage: scripts/demo-centre.sh   (state in demo-state/centre/, removed first)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
# EXAMROOM_BUILD_DIR: use binaries already built there instead of building the dev preset.
build="${EXAMROOM_BUILD_DIR:-}"
if [[ -z "$build" ]]; then
    build="$root/build/dev"
    [[ -d "$build" ]] || cmake --preset dev >/dev/null
    cmake --build --preset dev --target center-sync centersync-testkit >/dev/null
fi
bin="$build/center-sync/center-sync"
kit="$build/tests/centersync-testkit"
now="2027-03-01T09:00:00+08:00"

state="$root/demo-state/centre"
rm -rf "$state"
mkdir -p "$state"
cd "$state"
# Nothing listens unless configured: the hub on a free loopback port, the agent's control
# socket in the state folder.
echo '{"state":"centre.db","hub":{"listen":"tcp://127.0.0.1:0"}}' >hub.json
echo '{"state":"agent.db","agent":{"hub":"tcp://127.0.0.1:1"}}' >agent.json
step() { printf '\n=== %s ===\n' "$1"; }
show() { printf '$ center-sync %s\n' "$*"; }

step "3. Keys: the exam centre's hub and the site's agent"
show --config hub.json keys init --role centre
"$bin" --config hub.json keys init --role centre 2>/dev/null | tee hub.keys
show --config agent.json keys init --role site --site SZ-01
"$bin" --config agent.json keys init --role site --site SZ-01 2>/dev/null | tee agent.keys
hubKeys=$(sed -n 's/^keys: //p' hub.keys)
siteKeys=$(sed -n 's/^keys: //p' agent.keys)

step "4. Enrolment (fingerprints read over the phone) and trust"
show --config hub.json hub enrol-site SZ-01 '<site keys>'
"$bin" --config hub.json hub enrol-site SZ-01 "$siteKeys"
show --config agent.json agent trust-centre '<centre keys>'
"$bin" --config agent.json agent trust-centre "$hubKeys"

step "5. The hub publishes the sample plan for site SZ-01 (bank sealed, key wrapped, signed)"
show --config hub.json hub publish tests/data --site SZ-01 --now "$now"
"$bin" --config hub.json hub publish "$root/tests/data" --site SZ-01 --now "$now"

step "6. The hub serves; the agent pulls the package and uploads test-made score sheets"
"$bin" --config hub.json hub serve 2>hub.log &
hubPid=$!
trap 'kill $hubPid 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q 'listening on' hub.log && break; sleep 0.1; done
endpoint=$(grep -o 'tcp://127.0.0.1:[0-9]*' hub.log | head -1)
echo "{\"state\":\"agent.db\",\"agent\":{\"hub\":\"$endpoint\"}}" >agent.json
echo "(hub listening on $endpoint)"
kioskKey=$("$kit" sheets --site SZ-01 --count 6 --out sheets.jsonl)
show --config agent.json agent enrol-kiosk K01 '<kiosk key>'
"$bin" --config agent.json agent enrol-kiosk K01 "$kioskKey"
show --config agent.json agent enqueue sheets.jsonl
"$bin" --config agent.json agent enqueue sheets.jsonl
# The practical sheets of the same candidates: a grader's signed mark inside, countersigned by
# the proctor; their person keys go up in a site-signed staff list first.
staffKeys=$("$kit" practical --site SZ-01 --count 6 --out practical.jsonl)
graderKey=$(echo "$staffKeys" | sed -n 's/^grader //p')
proctorKey=$(echo "$staffKeys" | sed -n 's/^proctor //p')
show --config agent.json agent enrol-staff 考评员甲 grader '<grader key>'
"$bin" --config agent.json agent enrol-staff 考评员甲 grader "$graderKey"
show --config agent.json agent enrol-staff 监考员 proctor '<proctor key>'
"$bin" --config agent.json agent enrol-staff 监考员 proctor "$proctorKey"
show --config agent.json agent enqueue practical.jsonl
"$bin" --config agent.json agent enqueue practical.jsonl
show --config agent.json agent sync
"$bin" --config agent.json agent sync --give-up-after 30
show --config agent.json agent status
"$bin" --config agent.json agent status

step "6b. No link? The outbox goes by hand: export, import at the centre, receipts back"
"$kit" sheets --site SZ-01 --count 2 --first 6 --out more.jsonl >/dev/null
"$bin" --config agent.json agent enqueue more.jsonl 2>/dev/null
show --config agent.json agent export outbox.bundle
"$bin" --config agent.json agent export outbox.bundle
show --config hub.json hub import outbox.bundle
"$bin" --config hub.json hub import outbox.bundle 2>/dev/null
show --config hub.json hub import outbox.bundle "   (again: nothing changes)"
"$bin" --config hub.json hub import outbox.bundle 2>/dev/null
show --config agent.json agent import-receipts outbox.bundle.receipts
"$bin" --config agent.json agent import-receipts outbox.bundle.receipts
"$bin" --config agent.json agent status | head -5

step "7. Review at the centre and the results (考试成绩审核, 考试结果备案)"
show --config hub.json hub results 2026-GD-SZ-LV-INIT-07
"$bin" --config hub.json hub results 2026-GD-SZ-LV-INIT-07
for sheet in $(sed -n 's/.*"id":"\(2026-GD-SZ-LV-INIT-07[^"]*\)".*/\1/p' sheets.jsonl | head -4); do
    "$bin" --config hub.json hub review approve "$sheet" --reason "checked against the room record" 2>/dev/null
done
echo "(4 sheets approved)"
show --config hub.json hub results 2026-GD-SZ-LV-INIT-07 --csv results.csv --xlsx results.xlsx
"$bin" --config hub.json hub results 2026-GD-SZ-LV-INIT-07 --csv results.csv --xlsx results.xlsx
echo "results.csv: $(($(wc -l <results.csv) - 1)) approved row(s); results.xlsx: $(stat -c %s results.xlsx) bytes"
show --config hub.json hub password 2026-GD-SZ-LV-INIT-07
"$bin" --config hub.json hub password 2026-GD-SZ-LV-INIT-07
kill $hubPid
wait $hubPid || true
trap - EXIT
printf '\nCentre demo finished: the hub log is demo-state/centre/hub.log.\n'
