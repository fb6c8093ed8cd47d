#!/usr/bin/env bash
# Run the test suite on QGIS 3.40 LTR (Debian 13 "trixie": Python 3.13, numpy 2, GDAL 3.10, PROJ 9.6)
# in a chroot, next to the QGIS 3.22 of a Debian 12 machine. Not part of CI.
#
#   sudo scripts/check_qgis340.sh                      # the whole suite
#   sudo scripts/check_qgis340.sh tests/qgis -k save   # pytest arguments are passed on
#
# The chroot (TRIXIE_ROOT, default /srv/trixie) is made with debootstrap on first use (~2 min more
# for the packages, installed by scripts/bootstrap.sh inside it) and kept for later runs. The repository
# is copied to $TRIXIE_ROOT/root/stac (without its venvs), so this checkout's .venv is never touched.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
ROOT=${TRIXIE_ROOT:-/srv/trixie}

if [ "$(id -u)" != 0 ]; then
    exec sudo --preserve-env=TRIXIE_ROOT "$0" "$@"
fi

mirror() {
    # The Debian mirror this machine uses (deb822 or one-line sources), else deb.debian.org.
    local uri
    uri=$(grep -hsE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list \
        /etc/apt/sources.list | grep -oE 'https?://[^ ]*/debian/?( |$)' | grep -v security | head -n 1 || true)
    echo "${uri:-http://deb.debian.org/debian}" | tr -d ' '
}

if [ ! -x "$ROOT/usr/bin/apt-get" ]; then
    command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap >/dev/null
    debootstrap --variant=minbase trixie "$ROOT" "$(mirror)"
fi
command -v rsync >/dev/null || apt-get install -y -qq rsync >/dev/null

# Network settings of this machine: DNS, its CA bundle (a proxy may re-sign TLS), pip's configuration.
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
ca=$(python3 -c 'import ssl; print(ssl.get_default_verify_paths().cafile or "")' 2>/dev/null || true)
for f in /etc/pip.conf; do [ -f "$f" ] && cp "$f" "$ROOT$f"; done
if [ -d /etc/xdg/pip ]; then mkdir -p "$ROOT/etc/xdg" && cp -r /etc/xdg/pip "$ROOT/etc/xdg/"; fi
# No daemon starts inside the chroot when its package is installed (postgresql, nginx).
printf '#!/bin/sh\nexit 101\n' > "$ROOT/usr/sbin/policy-rc.d"
chmod +x "$ROOT/usr/sbin/policy-rc.d"

mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount "${mounted[$i]}" || umount -l "${mounted[$i]}" || true; done
}
trap cleanup EXIT
for fs in proc sys dev; do
    if ! mountpoint -q "$ROOT/$fs"; then
        if [ "$fs" = proc ]; then mount -t proc proc "$ROOT/proc"; else mount --bind "/$fs" "$ROOT/$fs"; fi
        mounted+=("$ROOT/$fs")
    fi
done

in_chroot() {
    chroot "$ROOT" /usr/bin/env -i HOME=/root LANG=C.UTF-8 \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        PIP_CERT=/etc/ssl/certs/host-ca-bundle.crt QT_QPA_PLATFORM=offscreen "$@"
}

# ca-certificates first: installing it later would rewrite the bundle copied below.
if [ ! -f "$ROOT/usr/sbin/update-ca-certificates" ]; then
    in_chroot apt-get update -qq
    in_chroot apt-get install -y -qq --no-install-recommends ca-certificates >/dev/null
fi
if [ -n "$ca" ] && [ -f "$ca" ]; then
    mkdir -p "$ROOT$(dirname "$ca")"
    cp "$ca" "$ROOT$ca"
    cp "$ca" "$ROOT/etc/ssl/certs/host-ca-bundle.crt"
fi

rsync -a --delete --exclude .venv --exclude .testbed-venv --exclude __pycache__ --exclude .pytest_cache \
    --exclude .ruff_cache --exclude .hypothesis --exclude .qgis-profile --exclude build --exclude dist \
    "$REPO/" "$ROOT/root/stac/"

in_chroot bash -c 'cd /root/stac && bash scripts/bootstrap.sh'
in_chroot bash -c 'cd /root/stac && dpkg-query -W -f "QGIS \${Version}\n" qgis python3-qgis | head -n 1 &&
    .venv/bin/python -c "import sys, numpy; print(\"Python\", sys.version.split()[0], \"numpy\", numpy.__version__)"'
status=0
in_chroot bash -c 'cd /root/stac && .venv/bin/python -m pytest -q -p no:cacheprovider "$@"' pytest "$@" || status=$?
exit "$status"
