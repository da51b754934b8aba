#!/usr/bin/env bash
# Installs the built .debs into a clean Debian 12 root (debootstrap minbase, the mirror apt uses
# on this machine) and checks them there as a site would use them:
#   - each program's --help and --self-test (kiosk and console offscreen);
#   - the conventions: service users, state folders and their owners, config modes, units;
#   - an upgrade from a lower version keeps the agent's and the hub's state (keys and rows);
#   - remove keeps /var/lib/examroom, purge deletes it.
# The root's tarball and apt's downloads are kept in CACHE_DIR, so a rerun is fast.
# Needs root (chroot, mounts). Usage: install-test.sh PACKAGES_DIR CACHE_DIR
set -euo pipefail
if [[ $(id -u) -ne 0 ]]; then
    echo "FAIL: the install test needs root (debootstrap, chroot, mounts): run it as root"
    exit 1
fi
packages=$(cd "$1" && pwd)
cache=$2
mkdir -p "$cache/archives/partial"
cache=$(cd "$cache" && pwd)
tarball=$cache/debian12-minbase.tar
started=$(date +%s)
note() { printf '[%4ds] %s\n' $(($(date +%s) - started)) "$*"; }

mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
mirror=${mirror:-$(awk '$1 == "deb" && $3 == "bookworm" { print $2; exit }' /etc/apt/sources.list 2>/dev/null)}
mirror=${mirror:-http://deb.debian.org/debian}
security=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | sed -n 2p)
security=${security:-http://deb.debian.org/debian-security}

root=$(mktemp -d /var/tmp/examroom-install-test.XXXXXX)
# mktemp makes it 0700 and debootstrap keeps that: inside the chroot "/" must be 0755, or no
# service user can reach /usr/bin (the cached tarball restores 0755, a first run does not).
chmod 0755 "$root"
mounted=()
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT

if [[ ! -f $tarball ]]; then
    note "debootstrap --variant=minbase bookworm from $mirror (cached afterwards in $tarball)"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
        { tail -20 "$cache/debootstrap.log"; exit 1; }
    tar -C "$root" -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
else
    tar -C "$root" -xf "$tarball"
fi
note "clean Debian 12 root ready in $root"

for fs in proc sys dev dev/pts; do
    mount --bind "/$fs" "$root/$fs"
    mounted+=("$root/$fs")
done
mount --bind "$cache/archives" "$root/var/cache/apt/archives"
mounted+=("$root/var/cache/apt/archives")
cp /etc/resolv.conf "$root/etc/resolv.conf"
cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security bookworm-security main
SOURCES
# No service starts inside the chroot; keep downloaded .debs for the next run.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
rm -f "$root/etc/apt/apt.conf.d/docker-clean"
echo 'APT::Keep-Downloaded-Packages "true";' >"$root/etc/apt/apt.conf.d/10keep"

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
fail() { echo "FAIL: $*"; exit 1; }

# The packages, and center-sync once more with a lower version for the upgrade check (same
# binary: what is checked is that the package's upgrade path keeps the state).
mkdir -p "$root/debs"
cp "$packages"/examroom-{kiosk,proctor,center-sync}_*.deb "$root/debs/"
kiosk_deb=$(cd "$root/debs" && ls examroom-kiosk_*.deb)
proctor_deb=$(cd "$root/debs" && ls examroom-proctor_*.deb)
sync_deb=$(cd "$root/debs" && ls examroom-center-sync_*.deb)
version=$(dpkg-deb -f "$root/debs/$sync_deb" Version)
old=$(mktemp -d)
dpkg-deb -R "$root/debs/$sync_deb" "$old/pkg"
sed -i "s/^Version: .*/Version: ${version}~old1/" "$old/pkg/DEBIAN/control"
dpkg-deb -b --root-owner-group "$old/pkg" "$root/debs/old-center-sync.deb" >/dev/null
rm -rf "$old"

note "apt-get update and install (kiosk, console, center-sync ${version}~old1)"
in_root apt-get update -qq >/dev/null
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "/debs/$kiosk_deb" "/debs/$proctor_deb" /debs/old-center-sync.deb \
    >"$cache/apt-install.log" 2>&1 || { tail -30 "$cache/apt-install.log"; fail "apt-get install"; }
note "installed: $(in_root dpkg-query -W -f='${Package} ${Version}, ' 'examroom-*')"

# --help and --self-test of each program, with no display (as over ssh).
for program in examroom-kiosk examroom-proctor center-sync; do
    in_root "$program" --help >"$root/tmp/help.txt" 2>&1 ||
        { cat "$root/tmp/help.txt"; fail "$program --help"; }
    grep -q -- "--self-test" "$root/tmp/help.txt" || fail "$program --help does not list --self-test"
    out=$(in_root "$program" --self-test 2>&1) ||
        { echo "$out"; fail "$program --self-test"; }
    note "$program --self-test: $(echo "$out" | tail -1)"
done
# Every program runs as its service user (the checks above ran as root).
in_root runuser -u examroom-agent -- center-sync --self-test >/dev/null ||
    fail "center-sync --self-test as examroom-agent"

# Conventions.
for user in kiosk examroom-agent examroom-hub; do
    in_root getent passwd "$user" >/dev/null || fail "no system user $user"
done
in_root getent group examroom-proctor >/dev/null || fail "no group examroom-proctor"
check_stat() { # path expected "%U:%G %a"
    got=$(in_root stat -c '%U:%G %a' "$1")
    [[ $got == "$2" ]] || fail "$1 is $got, expected $2"
}
check_stat /var/lib/examroom/agent "examroom-agent:examroom-agent 700"
check_stat /var/lib/examroom/hub "examroom-hub:examroom-hub 700"
check_stat /var/lib/examroom/kiosk "kiosk:kiosk 700"
check_stat /var/lib/examroom/proctor "root:examroom-proctor 2770"
check_stat /etc/examroom/kiosk.conf "root:kiosk 640"
check_stat /etc/examroom/agent.json "root:root 644"
[[ -L $root/etc/systemd/system/graphical.target.wants/examroom-kiosk.service ]] ||
    fail "examroom-kiosk.service is not enabled"
if in_root systemd-analyze verify examroom-agent.service examroom-hub.service \
    examroom-kiosk.service >"$root/tmp/verify.txt" 2>&1; then
    note "systemd-analyze verify: no complaint about the three units"
else
    cat "$root/tmp/verify.txt"
    fail "systemd-analyze verify"
fi
! in_root find / -xdev -path /proc -prune -o \( -name '*.key' -o -name '*.db' \) -print |
    grep -q . || fail "a package shipped a key or a database"

# State under the old version: identities, enrolment, a queued outbox row.
note "state under ${version}~old1"
hub_keys=$(in_root examroom-hub keys init --role centre | sed -n 's/^keys: //p')
site_keys=$(in_root examroom-agent keys init --role site --site SZ-01 | sed -n 's/^keys: //p')
in_root examroom-hub hub enrol-site SZ-01 "$site_keys" 2>/dev/null
in_root examroom-agent agent trust-centre "$hub_keys" 2>/dev/null
in_root examroom-agent agent enrol-kiosk K01 "$(printf 'ab%.0s' $(seq 32))" 2>/dev/null
before_agent=$(in_root examroom-agent agent status)
before_keys=$(in_root examroom-agent keys show)
before_hub=$(in_root examroom-hub keys show)
grep -q '^queued 1$' <<<"$before_agent" || fail "no queued row before the upgrade: $before_agent"
check_stat /var/lib/examroom/agent/agent.db.key "examroom-agent:examroom-agent 600"
check_stat /var/lib/examroom/hub/centre.db.key "examroom-hub:examroom-hub 600"

note "upgrade to $version"
in_root dpkg -i "/debs/$sync_deb" >"$cache/upgrade.log" 2>&1 ||
    { cat "$cache/upgrade.log"; fail "dpkg -i $sync_deb over ${version}~old1"; }
[[ $(in_root dpkg-query -W -f='${Version}' examroom-center-sync) == "$version" ]] ||
    fail "examroom-center-sync is not at $version after the upgrade"
[[ $(in_root examroom-agent agent status) == "$before_agent" ]] || fail "agent state changed"
[[ $(in_root examroom-agent keys show) == "$before_keys" ]] || fail "site keys changed"
[[ $(in_root examroom-hub keys show) == "$before_hub" ]] || fail "centre keys changed"
in_root examroom-hub hub status >/dev/null || fail "hub status after the upgrade"
note "upgrade kept the agent's outbox row and both identities"

in_root apt-get remove -y -qq examroom-center-sync >/dev/null 2>&1 || fail "remove"
[[ -f $root/var/lib/examroom/agent/agent.db && -f $root/var/lib/examroom/hub/centre.db ]] ||
    fail "remove deleted the state"
in_root dpkg -i "/debs/$sync_deb" >/dev/null 2>&1 || fail "reinstall"
[[ $(in_root examroom-agent agent status) == "$before_agent" ]] || fail "state after reinstall"
in_root apt-get purge -y -qq examroom-center-sync examroom-kiosk examroom-proctor >/dev/null 2>&1 ||
    fail "purge"
[[ ! -e $root/var/lib/examroom ]] || fail "purge left $(ls "$root/var/lib/examroom")"
[[ ! -e $root/etc/examroom ]] || fail "purge left /etc/examroom: $(ls "$root/etc/examroom")"
note "remove kept /var/lib/examroom, purge deleted it; all checks passed"
