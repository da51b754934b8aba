#!/usr/bin/env bash
# The kiosk seat's session (packaging/scripts/kiosk-session) in a headless cage: the kiosk app
# must fill the output (grim screenshot), a crash must end the session for a restart (exit 1),
# and the maintenance exit (the app exiting 0) must end it for good (exit 75).
# Usage: cage-kiosk.sh KIOSK_BINARY SESSION_SCRIPT OUT_DIR
set -euo pipefail
kiosk=$1 session=$2 out=$3
rm -rf "$out" && mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/run" "$work/data"
chmod 700 "$work/run" "$work/data"
printf '[General]\ndata_dir=%s/data\n' "$work" >"$work/kiosk.conf"
# cage refuses to run as root: run the seat as nobody, as the unit runs it as `kiosk`.
as_user=()
if [[ $(id -u) -eq 0 ]]; then
    chown -R nobody:nogroup "$work"
    chmod 755 "$work"
    as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
seat_env=(env XDG_RUNTIME_DIR="$work/run" HOME="$work/data" WLR_BACKENDS=headless
    WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 EXAMROOM_KIOSK_CONFIG="$work/kiosk.conf")

# 1. The real kiosk: screenshot, then kill it as a crash would.
"${as_user[@]}" "${seat_env[@]}" EXAMROOM_KIOSK_BINARY="$kiosk" "$session" \
    >"$out/session.log" 2>&1 &
session_pid=$!
shot() { "${as_user[@]}" env XDG_RUNTIME_DIR="$work/run" WAYLAND_DISPLAY=wayland-0 grim -t ppm "$1"; }
# The frame of the kiosk's first screen: grim may catch an empty first frame, so wait until the
# top-middle pixel is no longer cage's black background (at most 60 s).
filled=""
for _ in $(seq 1 120); do
    sleep 0.5
    [[ -S "$work/run/wayland-0" ]] || continue
    shot "$work/shot.ppm" 2>/dev/null || continue
    if python3 - "$work/shot.ppm" <<'PY'; then filled=yes; break; fi
import sys
data = open(sys.argv[1], "rb").read()
parts = data.split(b"\n", 3)
w, h = map(int, parts[1].split())
px = parts[3]
r, g, b = px[(10 * w + w // 2) * 3:(10 * w + w // 2) * 3 + 3]
sys.exit(0 if (r, g, b) != (0, 0, 0) else 1)
PY
done
cp "$work/shot.ppm" "$out/kiosk-in-cage.ppm" 2>/dev/null || true
grim_png() { "${as_user[@]}" env XDG_RUNTIME_DIR="$work/run" WAYLAND_DISPLAY=wayland-0 grim "$1"; }
grim_png "$work/shot.png" && cp "$work/shot.png" "$out/kiosk-in-cage.png" || true
if [[ -z "$filled" ]]; then
    echo "FAIL: no kiosk frame in cage within 60 s"; cat "$out/session.log"; exit 1
fi
# The window fills the output: every edge pixel has the kiosk's background colour (that of the
# top-middle pixel), none is cage's black, and the shot has the output's size.
python3 - "$out/kiosk-in-cage.ppm" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
parts = data.split(b"\n", 3)
w, h = map(int, parts[1].split())
px = parts[3]
def at(x, y):
    i = (y * w + x) * 3
    return tuple(px[i:i + 3])
background = at(w // 2, 10)
edges = [(x, y) for x in range(0, w, 16) for y in (1, h - 2)] + \
        [(x, y) for y in range(0, h, 16) for x in (1, w - 2)]
off = [(x, y, at(x, y)) for (x, y) in edges if at(x, y) != background]
print(f"screenshot {w}x{h}, background {background}, {len(off)} of {len(edges)} edge pixels differ")
if (w, h) != (1280, 720):
    sys.exit(f"FAIL: the screenshot is {w}x{h}, not the headless output's 1280x720")
if background == (0, 0, 0) or off:
    sys.exit(f"FAIL: the kiosk window does not fill the output: {off[:5]}")
PY
# session (sh) -> cage -> kiosk-session --app (sh) -> the kiosk: kill the kiosk, as a crash would.
cage_pid=$(pgrep -P "$session_pid" -x cage) || { echo "FAIL: cage is not running"; exit 1; }
inner_pid=$(pgrep -P "$cage_pid")
app_pid=$(pgrep -P "$inner_pid")
kill -KILL "$app_pid"
set +e
wait "$session_pid"
status=$?
set -e
echo "after a crash the session ended with $status (1: restart)"
[[ $status -eq 1 ]] || { cat "$out/session.log"; exit 1; }

# 2. The maintenance exit: the app exits 0, the session ends with 75 (not restarted).
printf '#!/bin/sh\nsleep 1\nexit 0\n' >"$work/quits"
chmod 755 "$work/quits"
set +e
"${as_user[@]}" "${seat_env[@]}" EXAMROOM_KIOSK_BINARY="$work/quits" "$session" \
    >>"$out/session.log" 2>&1
status=$?
set -e
echo "after the maintenance exit the session ended with $status (75: stay down)"
[[ $status -eq 75 ]] || { cat "$out/session.log"; exit 1; }
echo "kiosk-in-cage: ok ($out/kiosk-in-cage.png)"
