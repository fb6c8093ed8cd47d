#!/usr/bin/env bash
# Install everything the plugin, its tests and its demo need on a fresh Debian 12 or 13 machine.
#
#   .venv/           the plugin's Python: QGIS's /usr/bin/python3 with its system packages
#                    (numpy, GDAL, rasterio, shapely, pyproj from Debian) plus pure-Python extras
#                    pinned so that pip never replaces a compiled library QGIS already has.
#   .testbed-venv/   an isolated Python for the local STAC API server used by tests and `make run`.
#   .script-venv/    an isolated Python (PyPI wheels) that runs the scripts "Copy as Python" writes.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

# Debian packages (PostGIS and pystac-client are added below, as this release names them).
PACKAGES=(
    git python3-cffi python3-nacl python3-regex  # make package: qgis-plugin-ci's compiled dependencies
    qgis python3-qgis qgis-providers xvfb xauth
    python3-rasterio python3-xarray python3-rioxarray python3-pyproj python3-shapely python3-pandas
    python3-gdal gdal-bin proj-data python3-venv python3-pip zip
    postgresql nginx-light
    pyqt5-dev-tools qttools5-dev-tools
)

need_apt=0
# A package added to the list reaches machines (and chroots) set up before it was.
for pkg in "${PACKAGES[@]}"; do
    dpkg-query -W -f '${Status}\n' "$pkg" 2>/dev/null | grep -q ' installed$' || need_apt=1
done
for cmd in qgis_process pg_ctlcluster nginx gdal_translate xvfb-run pylupdate5 lrelease; do
    command -v "$cmd" >/dev/null 2>&1 || need_apt=1
done
/usr/bin/python3 -c "import qgis.core, rioxarray, shapely, pyproj, rasterio" 2>/dev/null || need_apt=1
ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1 || need_apt=1
# Where the release has pystac-client (Debian 13 and later), the plugin is tested with that copy.
if apt-cache show python3-pystac-client >/dev/null 2>&1; then
    /usr/bin/python3 -c "import pystac_client" 2>/dev/null || need_apt=1
fi

if [ "$need_apt" = 1 ]; then
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    # PostGIS is packaged per PostgreSQL major version: pick the one this release has.
    postgis_pkg=$(apt-cache search --names-only '^postgresql-[0-9]+-postgis-3$' | awk '{print $1}' | sort -V | tail -n 1)
    optional=$(apt-cache show python3-pystac-client >/dev/null 2>&1 && echo python3-pystac-client || true)
    $SUDO apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" "$postgis_pkg" $optional >/dev/null
fi

# The plugin's venv: system site packages visible, pip pinned to what the system already has.
if [ ! -x .venv/bin/python ]; then
    /usr/bin/python3 -m venv --system-site-packages .venv
fi
# pyproj >= 3.7 (Debian 13) looks for PROJ's data under sys.prefix, which is the venv here.
if [ -f /usr/share/proj/proj.db ] && [ ! -e .venv/share/proj ]; then
    mkdir -p .venv/share && ln -s /usr/share/proj .venv/share/proj
fi
# Every system package that carries compiled code (numpy, GDAL, rasterio, shapely, pyproj, pandas and
# their native dependencies) is pinned to the version QGIS's Python has, so pip never loads a second copy.
/usr/bin/python3 - > .venv/system-constraints.txt <<'EOF'
import importlib.metadata as md
always = {"numpy", "pandas", "gdal", "rasterio", "shapely", "pyproj", "xarray", "rioxarray", "scipy",
          "pillow", "lxml", "matplotlib", "pyqt5", "psycopg2", "affine", "certifi", "cffi", "pynacl", "regex"}
seen = set()
for dist in md.distributions():
    name = (dist.metadata["Name"] or "").strip()
    native = any(str(f).endswith((".so", ".pyd")) or ".so." in str(f) for f in dist.files or [])
    native = native or name.lower() in always
    if name and native and name.lower() not in seen and dist.version and "-debian-" not in name:
        seen.add(name.lower())
        print(f"{name}=={dist.version}")
EOF
.venv/bin/python -m pip install -q --disable-pip-version-check \
    -c .venv/system-constraints.txt -r requirements-dev.txt

# The STAC API server's own venv (never loaded into QGIS).
if [ ! -x .testbed-venv/bin/python ]; then
    /usr/bin/python3 -m venv .testbed-venv
fi
.testbed-venv/bin/python -m pip install -q --disable-pip-version-check -r tests/testbed/requirements-server.txt

# The Python that runs copied scripts in tests: odc-stac, rioxarray and dask from PyPI wheels, without
# the system's packages (a separate process, never loaded into QGIS). Remade only when its
# requirements or the system Python changed, or a previous install did not finish.
script_stamp="$(sha256sum tests/requirements-script.txt | cut -d' ' -f1) $(/usr/bin/python3 -V 2>&1)"
if [ "$(cat .script-venv/complete 2>/dev/null)" != "$script_stamp" ]; then
    rm -rf .script-venv
    /usr/bin/python3 -m venv .script-venv
    .script-venv/bin/python -m pip install -q --disable-pip-version-check --only-binary=:all: \
        -r tests/requirements-script.txt
    echo "$script_stamp" > .script-venv/complete
fi

# The plugin's translations (i18n/*.ts) compiled into the .qm files QGIS loads.
bash scripts/translations.sh --compile
