#!/usr/bin/env bash
# The test suite on QGIS 3.40 (Debian 13) and QGIS 3.44 (Debian testing), in chroots.
#
#   scripts/test_matrix.sh [RELEASE...] [-- PYTEST_ARGS...]    # default: trixie testing
#
# The chroots are built in parallel (scripts/chroot.sh build: debootstrap once per machine, then
# only updates), then the whole suite runs in each, one after the other, including the release zip
# tests (tests/qgis/test_release_zip.py) on the zip in dist/ made by `make package`. On QGIS 3.44 a
# DeprecationWarning raised from the plugin's own modules fails the run. Every release runs even
# when an earlier one failed; the exit status is non-zero when any failed.
set -euo pipefail
cd "$(dirname "$0")/.."

releases=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do releases+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
[ ${#releases[@]} -gt 0 ] || releases=(trixie testing)
CHROOTS=${STAC_CHROOTS:-/srv/stac-qgis-chroots}
LOGS=${STAC_MATRIX_LOGS:-build/matrix}
mkdir -p "$LOGS"

zip=$(ls -t dist/stac_imagery_search-*.zip 2>/dev/null | head -n 1 || true)
[ -n "$zip" ] || { echo "no plugin zip in dist/: run make package first" >&2; exit 1; }

start=$SECONDS
pids=()
for r in "${releases[@]}"; do
    ( scripts/chroot.sh build "$r" >"$LOGS/build-$r.log" 2>&1 ) &
    pids+=($!)
done
declare -A status
for i in "${!releases[@]}"; do
    r=${releases[$i]}
    if wait "${pids[$i]}"; then
        status[$r]=built
    else
        status[$r]="build failed"
        echo "== $r: chroot build failed; the end of $LOGS/build-$r.log:" >&2
        tail -n 30 "$LOGS/build-$r.log" >&2
    fi
done
echo "== chroots ready in $((SECONDS - start)) s"

failed=0
for r in "${releases[@]}"; do
    if [ "${status[$r]}" != built ]; then failed=1; continue; fi
    mkdir -p "$CHROOTS/$r/root/dist"
    rm -f "$CHROOTS/$r/root/dist/"*.zip
    cp "$zip" "$CHROOTS/$r/root/dist/"
    # QGIS 3.44: a DeprecationWarning from plugin/ or ui/ fails its test (tests/conftest.py)
    deprecations=default
    if [ "$r" = testing ]; then deprecations=error; fi
    t0=$SECONDS
    echo "== $r: $(scripts/chroot.sh run "$r" sh -c 'dpkg-query -W -f "QGIS \${Version}" qgis; python3 -c "import sys; print(\", Python\", sys.version.split()[0])"' 2>/dev/null | tr -d '\n')"
    if scripts/chroot.sh run "$r" env STAC_PLUGIN_ZIP="/root/dist/$(basename "$zip")" \
        STAC_DEPRECATIONS=$deprecations .venv/bin/python -m pytest -q -p no:cacheprovider "$@"; then
        status[$r]=passed
    else
        status[$r]=failed
        failed=1
    fi
    echo "== $r: ${status[$r]} in $((SECONDS - t0)) s"
done
for r in "${releases[@]}"; do echo "matrix $r: ${status[$r]}"; done
exit "$failed"
