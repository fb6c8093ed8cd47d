# The plugin's everyday commands. `make help` lists them.
SHELL := /bin/bash
PY := .venv/bin/python
SITE := $(shell [ -x $(PY) ] && $(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
PROFILE_ROOT ?= $(CURDIR)/.qgis-profile
NAME := stac_imagery_search
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
export QT_QPA_PLATFORM ?= offscreen

.PHONY: help setup run test lint bench package screenshot clean

help:
	@echo "make run       start QGIS with the plugin in a throwaway profile and a local demo catalog"
	@echo "make test      install everything needed (apt, pip) and run the whole test suite"
	@echo "make lint      ruff"
	@echo "make bench     performance benchmark against local servers"
	@echo "make package   build the plugin zip for the QGIS plugin repository"

setup:
	bash scripts/bootstrap.sh

run: setup
	env -u QT_QPA_PLATFORM $(PY) scripts/run_demo.py --profile-root "$(PROFILE_ROOT)" --name $(NAME)

test: setup
	$(PY) -m ruff check .
	$(PY) -m pytest

lint:
	$(PY) -m ruff check .

bench: setup
	$(PY) scripts/bench.py

screenshot: setup
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) scripts/screenshot.py docs/dock.png
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) scripts/screenshot.py docs/composite.png --mode composite --size 1600x1000
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) scripts/screenshot.py docs/mosaic.png --mode mosaic --size 1600x1000

package:
	rm -rf build/$(NAME) && mkdir -p build/$(NAME) dist
	cp -r metadata.txt __init__.py icon.svg LICENSE README.md plugin ui build/$(NAME)/
	find build/$(NAME) -name __pycache__ -prune -exec rm -rf {} +
	cd build && rm -f ../dist/$(NAME)-$(VERSION).zip && zip -qr ../dist/$(NAME)-$(VERSION).zip $(NAME)
	@echo dist/$(NAME)-$(VERSION).zip

clean:
	rm -rf build dist .pytest_cache .ruff_cache $(PROFILE_ROOT)
