#!/usr/bin/env bash
# Debian chroots with other QGIS versions, built with debootstrap and kept between runs.
#
#   scripts/chroot.sh build RELEASE          # make or update the chroot (idempotent)
#   scripts/chroot.sh run RELEASE CMD [ARG...]  # run CMD in it, as root, in /root/stac (a copy
#                                            # of this checkout, synced first, without its venvs)
#   scripts/chroot.sh umount RELEASE         # unmount what a killed run left mounted
#
# RELEASE is `trixie` (Debian 13, QGIS 3.40 LTR) or `testing` (QGIS 3.44); `bookworm` (Debian 12,
# QGIS 3.22) gives a clean Debian 12 machine to time CI on. The chroots live in
# $STAC_CHROOTS (default /srv/stac-qgis-chroots/RELEASE): a second run on the same machine reuses
# them, a new machine builds them from scratch. `build` installs the packages the test suite needs
# through scripts/bootstrap.sh run inside the chroot, the same script a developer machine uses.
# proc, sys and dev are mounted only while a command runs and unmounted when it ends, failed or not.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)

if [ "$(id -u)" != 0 ]; then
    exec sudo --preserve-env=STAC_CHROOTS "$0" "$@"
fi

action=${1:?usage: chroot.sh build|run|umount RELEASE [CMD...]}
release=${2:?usage: chroot.sh build|run|umount RELEASE [CMD...]}
shift 2
case "$release" in
    trixie | testing | bookworm) ;;
    *) echo "unknown release $release (trixie, testing or bookworm)" >&2; exit 2 ;;
esac
ROOT=${STAC_CHROOTS:-/srv/stac-qgis-chroots}/$release
log() { echo "[$release] $*" >&2; }

mirror() {
    # The Debian mirror this machine uses (deb822 or one-line sources), else deb.debian.org.
    local uri
    uri=$(grep -hsE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list \
        /etc/apt/sources.list | grep -oE 'https?://[^ ]*/debian/?( |$)' | grep -v security | head -n 1 || true)
    echo "${uri:-http://deb.debian.org/debian}" | tr -d ' '
}

mounts_under_root() {
    # Every mount point inside the chroot, deepest first.
    awk -v root="$ROOT/" '{ gsub(/\\040/, " ", $5); if (index($5 "/", root) == 1) print $5 }' \
        /proc/self/mountinfo | sort -r
}

unmount_all() {
    local m
    while read -r m; do
        [ -n "$m" ] || continue
        umount "$m" 2>/dev/null || umount -l "$m" || true
    done < <(mounts_under_root)
}

mount_all() {
    unmount_all
    # The root bound onto itself is a mount point, as / is on a machine: `unshare -m` (the tests'
    # small disks) makes / private in its namespace and fails with EINVAL on a plain directory.
    mount --bind "$ROOT" "$ROOT"
    mount -t proc proc "$ROOT/proc"
    mount -t sysfs sysfs "$ROOT/sys"
    mount --bind /dev "$ROOT/dev"
    mount -t devpts -o newinstance,ptmxmode=0666 devpts "$ROOT/dev/pts" 2>/dev/null || true
    mount -t tmpfs -o size=2g tmpfs "$ROOT/dev/shm"
}

in_chroot() {
    chroot "$ROOT" /usr/bin/env -i HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        PIP_CERT=/etc/ssl/certs/host-ca-bundle.crt QT_QPA_PLATFORM=offscreen CI="${CI:-}" "$@"
}

host_settings() {
    # DNS, the host's CA bundle (a proxy may re-sign TLS) and pip configuration; no daemon starts on
    # install (postgresql, nginx); dpkg skips fsync and documentation, apt fetches no translations.
    cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
    local f
    for f in /etc/pip.conf; do if [ -f "$f" ]; then cp "$f" "$ROOT$f"; fi; done
    if [ -d /etc/xdg/pip ]; then mkdir -p "$ROOT/etc/xdg" && cp -r /etc/xdg/pip "$ROOT/etc/xdg/"; fi
    printf '#!/bin/sh\nexit 101\n' > "$ROOT/usr/sbin/policy-rc.d"
    chmod +x "$ROOT/usr/sbin/policy-rc.d"
    mkdir -p "$ROOT/etc/dpkg/dpkg.cfg.d" "$ROOT/etc/apt/apt.conf.d"
    printf 'force-unsafe-io\npath-exclude=/usr/share/doc/*\npath-exclude=/usr/share/man/*\npath-exclude=/usr/share/info/*\n' \
        > "$ROOT/etc/dpkg/dpkg.cfg.d/stac-fast"
    printf 'Acquire::Languages "none";\nAcquire::Check-Valid-Until "false";\nAPT::Install-Recommends "false";\nAcquire::Queue-Mode "access";\n' \
        > "$ROOT/etc/apt/apt.conf.d/90stac"
}

host_ca() {
    local ca
    ca=$(python3 -c 'import ssl; print(ssl.get_default_verify_paths().cafile or "")' 2>/dev/null || true)
    if [ -n "$ca" ] && [ -f "$ca" ]; then
        mkdir -p "$ROOT$(dirname "$ca")" "$ROOT/etc/ssl/certs"
        cp "$ca" "$ROOT$ca"
        cp "$ca" "$ROOT/etc/ssl/certs/host-ca-bundle.crt"
    fi
}

sync_repo() {
    mkdir -p "$ROOT/root/stac"
    rsync -a --delete --exclude /.venv --exclude /.testbed-venv --exclude /.script-venv --exclude __pycache__ \
        --exclude .pytest_cache --exclude .ruff_cache --exclude .hypothesis --exclude /.qgis-profile \
        --exclude /build --exclude /dist --exclude /.git "$REPO/" "$ROOT/root/stac/"
}

build() {
    if [ ! -x "$ROOT/usr/bin/apt-get" ] || [ ! -f "$ROOT/.debootstrap-done" ]; then
        if [ -d "$ROOT" ] && [ -n "$(mounts_under_root)" ]; then
            echo "$ROOT has mounts; run: scripts/chroot.sh umount $release" >&2
            exit 1
        fi
        command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap >/dev/null
        rm -rf "$ROOT"
        mkdir -p "$ROOT"
        local script=()
        # An older debootstrap may have no script for a newer codename: testing works like sid.
        [ "$release" = testing ] && script=(/usr/share/debootstrap/scripts/sid)
        log "debootstrap $(mirror)"
        debootstrap --variant=minbase "$release" "$ROOT" "$(mirror)" "${script[@]}" >"$ROOT.debootstrap.log" 2>&1 || {
            tail -n 20 "$ROOT.debootstrap.log" >&2
            exit 1
        }
        touch "$ROOT/.debootstrap-done"
    fi
    host_settings
    mount_all
    trap unmount_all EXIT; trap "exit 130" INT TERM HUP
    # ca-certificates first: installing it later would rewrite the host bundle copied below.
    if [ ! -f "$ROOT/usr/sbin/update-ca-certificates" ]; then
        in_chroot apt-get update -qq
        in_chroot apt-get install -y -qq ca-certificates >/dev/null
    fi
    host_ca
    sync_repo
    log "bootstrap"
    in_chroot bash -c 'cd /root/stac && bash scripts/bootstrap.sh'
    unmount_all
    trap - EXIT
}

# One command at a time per chroot: a second one would unmount what the first still uses.
mkdir -p "$(dirname "$ROOT")"
exec 9>"$ROOT.lock"
flock 9

case "$action" in
    build)
        command -v rsync >/dev/null || apt-get install -y -qq rsync >/dev/null
        build
        ;;
    run)
        [ -f "$ROOT/.debootstrap-done" ] || { echo "no chroot at $ROOT: scripts/chroot.sh build $release" >&2; exit 1; }
        host_settings
        sync_repo
        mount_all
        trap unmount_all EXIT
        status=0
        in_chroot bash -c 'cd /root/stac && "$@"' run "$@" || status=$?
        unmount_all
        trap - EXIT
        exit "$status"
        ;;
    umount) unmount_all ;;
    *) echo "unknown action $action" >&2; exit 2 ;;
esac
