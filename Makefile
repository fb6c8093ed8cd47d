# The plugin's everyday commands. `make help` lists them.
SHELL := /bin/bash
PY := .venv/bin/python
SITE := $(shell [ -x $(PY) ] && $(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
PROFILE_ROOT ?= $(CURDIR)/.qgis-profile
NAME := stac_imagery_search
export QT_QPA_PLATFORM ?= offscreen

.PHONY: help setup run test test-core test-matrix lint bench package screenshot translations clean

help:
	@echo "make run       start QGIS with the plugin in a throwaway profile and a local demo catalog"
	@echo "make test      install everything needed (apt, pip) and run the whole test suite"
	@echo "make test-core the core's tests alone: plain pytest, QGIS unimportable, no servers (seconds)"
	@echo "make lint      ruff"
	@echo "make bench     performance benchmark against local servers"
	@echo "make translations  refresh i18n/*.ts from the sources and compile the .qm files"
	@echo "make package   build and check the plugin zip with qgis-plugin-ci (version from the git tag)"
	@echo "make test-matrix  the suite on QGIS 3.40 (Debian 13) and 3.44 (Debian testing) in chroots"

setup:
	bash scripts/bootstrap.sh

run: setup
	env -u QT_QPA_PLATFORM $(PY) scripts/run_demo.py --profile-root "$(PROFILE_ROOT)" --name $(NAME)

test: setup
	$(PY) -m ruff check .
	$(PY) -m pytest

# The fast tier: tests/core with QGIS made unimportable (tests/without_qgis) and its pytest plugins off.
test-core:
	$(if $(wildcard $(PY)),,bash scripts/bootstrap.sh)
	PYTHONPATH=$(CURDIR)/tests/without_qgis $(PY) -m pytest -p no:pytest_qgis -p no:pytest-qt \
		-W ignore::pytest.PytestConfigWarning tests/core

lint:
	$(PY) -m ruff check .

bench: setup
	$(PY) scripts/bench.py

screenshot: setup
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) scripts/screenshot.py docs/dock.png
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) scripts/screenshot.py docs/composite.png --mode composite --size 1600x1000
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) scripts/screenshot.py docs/mosaic.png --mode mosaic --size 1600x1000
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) scripts/screenshot_settings.py docs/settings.png
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) scripts/screenshot.py docs/dock-fr.png --locale fr

translations:
	bash scripts/translations.sh

# qgis-plugin-ci, locally: version from the git tag, changelog from CHANGELOG.md, .qm compiled,
# pystac-client bundled (scripts/package.py says how).
package: setup
	$(PY) scripts/package.py --out dist

# Chroots are kept in STAC_CHROOTS (default /srv/stac-qgis-chroots) and reused by the next run.
test-matrix: package
	bash scripts/test_matrix.sh $(MATRIX)

clean:
	rm -rf build dist .pytest_cache .ruff_cache $(PROFILE_ROOT)
