#!/usr/bin/env bash
# The plugin's translations, made with Qt's own tools.
#
#   scripts/translations.sh            refresh i18n/*.ts from the sources (pylupdate5), then compile
#   scripts/translations.sh --compile  only compile i18n/*.ts into .qm (lrelease): make setup, make test
#
# pylupdate5 files every bare tr("...") and QT_TR_NOOP("...") under the context "@default"; the
# plugin looks its messages up under "StacPlugin" (plugin/i18n.py), so the .ts files use that name
# and it is swapped back for pylupdate5's run. dock.ui's texts keep their form's context, as uic
# loads them. The .qm files are build products (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

LANGS=(fr de es)
CONTEXT=StacPlugin
TS=()
for lang in "${LANGS[@]}"; do TS+=("i18n/stac_imagery_search_$lang.ts"); done

lrelease_cmd() {
    local cmd
    for cmd in lrelease-qt5 /usr/lib/qt5/bin/lrelease /usr/lib/x86_64-linux-gnu/qt5/bin/lrelease lrelease; do
        if command -v "$cmd" >/dev/null 2>&1; then echo "$cmd"; return; fi
    done
    echo "lrelease not found: install qttools5-dev-tools" >&2
    return 1
}

if [ "${1:-}" != "--compile" ]; then
    command -v pylupdate5 >/dev/null || { echo "pylupdate5 not found: install pyqt5-dev-tools" >&2; exit 1; }
    mapfile -t SOURCES < <(find plugin ui -name '*.py' -not -path 'plugin/core/*' | sort; echo ui/dock.ui)
    for ts in "${TS[@]}"; do
        [ -f "$ts" ] && sed -i "s#<name>$CONTEXT</name>#<name>@default</name>#" "$ts"
    done
    # Python's own locale warning from pylupdate5 is noise.
    PYTHONWARNINGS=ignore pylupdate5 -noobsolete "${SOURCES[@]}" -ts "${TS[@]}"
    for lang in "${LANGS[@]}"; do
        ts="i18n/stac_imagery_search_$lang.ts"
        sed -i -e "s#<name>@default</name>#<name>$CONTEXT</name>#" \
            -e "s#^<TS version=\"2.1\">#<TS version=\"2.1\" language=\"$lang\" sourcelanguage=\"en\">#" "$ts"
        printf '%s: %s unfinished\n' "$ts" "$(grep -c 'type="unfinished"' "$ts" || true)"
    done
fi

"$(lrelease_cmd)" -silent "${TS[@]}"
