# Every target sets up what it needs on a fresh machine: .venv, Python packages and, on
# Debian/Ubuntu, the Qt runtime libraries (installed with apt when run as root); `make test`
# also Xvfb, xrandr and dbus-daemon.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
OFFSCREEN := QT_QPA_PLATFORM=offscreen

.PHONY: run demo test lint bench screenshots bundle bundle-test qt-libs qt-libs-test clean \
	translations i18n qm

run: $(STAMP) qt-libs qm
	$(PY) -m facilitator_desktop

demo: $(STAMP) qt-libs qm
	$(PY) -m facilitator_desktop --demo

test: $(STAMP) qt-libs-test qm
	$(OFFSCREEN) $(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check facilitator_desktop tests scripts benchmarks
	$(PY) -m mypy facilitator_desktop/domain facilitator_desktop/crypto facilitator_desktop/services

bench: $(STAMP) qt-libs
	$(OFFSCREEN) $(PY) benchmarks/run_all.py

screenshots: $(STAMP) qt-libs qm
	$(OFFSCREEN) $(PY) scripts/screenshots.py docs/screenshots

# Translations: `make translations` (or `make i18n`) extracts every user string into
# resources/i18n/facilitator_<lang>.ts (translations kept, moved strings found again) and
# reports what each language lacks; `python scripts/i18n.py missing pl` lists them.
# The .qm files are build outputs (not in git): run, test and bundle build them.
translations: $(STAMP)
	$(PY) scripts/i18n.py update
	$(PY) scripts/i18n.py release

i18n: translations

qm: $(STAMP)
	@$(PY) scripts/i18n.py release

# What the installed Qt links (ldd on its plugins), so they need the venv first.
qt-libs: $(STAMP)
	@sh scripts/ensure_qt_libs.sh $(PY)

# The tests also run real windows on Xvfb and a private dbus-daemon.
qt-libs-test: $(STAMP)
	@sh scripts/ensure_qt_libs.sh --test $(PY)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,dev]"
	touch $(STAMP)

bundle: $(STAMP) qt-libs qm
	$(PY) -m pip install --quiet "pyinstaller>=6.5"
	$(PY) -m PyInstaller --noconfirm --clean build.spec

bundle-test: bundle
	$(PY) scripts/bundle_smoke.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache resources/i18n/*.qm
