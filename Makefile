# Every target sets up what it needs on a fresh machine: .venv, Python packages and, on
# Debian/Ubuntu, the Qt runtime libraries (installed with apt when run as root); `make test`
# also Xvfb, xrandr and dbus-daemon.
# Python packages come from the locks in requirements/ (exact versions, every file's hash),
# never straight from pyproject.toml's ranges: a new upstream release changes nothing until
# `make lock` takes it in. The app itself is then installed without dependencies.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
BUNDLE_STAMP := $(VENV)/.installed-bundle
REQ := requirements
# pip refuses any file whose hash the lock does not list, and any package it does not pin.
PIP_LOCKED := $(PY) -m pip install --quiet --require-hashes
OFFSCREEN := QT_QPA_PLATFORM=offscreen

.PHONY: run demo test lint bench screenshots bundle bundle-test qt-libs qt-libs-test postgres clean \
	lock lock-upgrade \
	translations i18n qm

run: $(STAMP) qt-libs qm
	$(PY) -m facilitator_desktop

demo: $(STAMP) qt-libs qm
	$(PY) -m facilitator_desktop --demo

# On every core (pytest-xdist), a test file to a worker: its module fixtures are built once,
# and each worker has its own PostgreSQL and Xvfb. On two cores about half the time of one.
test: $(STAMP) qt-libs-test postgres qm
	$(OFFSCREEN) $(PY) -m pytest -n auto --dist loadfile

# The gate CI runs before the tests: lint findings, unformatted files, and any mypy error
# (strict over the whole package, ui/ included; an unused `type: ignore` counts as one).
LINTED := facilitator_desktop tests scripts benchmarks

lint: $(STAMP)
	$(PY) -m ruff check $(LINTED)
	$(PY) -m ruff format --check $(LINTED)
	$(PY) -m mypy --strict facilitator_desktop

bench: $(STAMP) qt-libs postgres
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

# Mutation testing of domain/, crypto/ and services/ against the fast unit tests (mutmut 3,
# configured in pyproject's [tool.mutmut]; docs/mutation.md says how to read it). Niced, on
# two workers and 4 GB of address space each (a mutant can loop while allocating): others
# use the machine. Results stay in mutants/, so a second run re-tests
# only what changed; the report fails under a 90 % kill ratio or on a survivor that
# docs/mutation.md does not explain. MUTANTS narrows a run to name patterns, e.g.
# make mutation MUTANTS='facilitator_desktop.crypto.*'
# The sharing tests' PostgreSQL server is started once for the run, not once per mutant.
# The tests' temporary workspaces go to memory where the system has it (/dev/shm): the
# sharing tests run 15-30 % faster, and a run takes many hours.
MUTATION_TMP := $(if $(wildcard /dev/shm),TMPDIR=/dev/shm)
# Which tests reach each function is found again before every run (about 10 minutes):
# mutmut adds only new tests to what it found before, so a function added or newly called
# since would run with those alone, and its mutants could survive tests that kill them.
MUTATION_FRESH_STATS := rm -f mutants/mutmut-stats.json
.PHONY: mutation
mutation: $(STAMP) postgres
	$(MUTATION_FRESH_STATS)
	ulimit -v 4000000 && $(OFFSCREEN) $(MUTATION_TMP) nice -n 19 $(PY) scripts/with_test_postgres.py \
		$(PY) -m mutmut run --max-children 2 $(foreach m,$(MUTANTS),'$(m)')
	$(PY) scripts/mutation_report.py

# Carries on a `make mutation` that stopped before the end (a full run of services/ takes
# many hours), on this machine or another: the results kept in git
# (docs/mutation-record.json) are put in mutants/ where it has none, then only the mutants
# of MUTANTS without a result yet or reached by no test, the survivors docs/mutation.md
# does not explain yet, and every mutant of a function changed since are run
# (scripts/mutation_resume.py). Naming the layer to `make mutation` would re-run those
# already checked too. Globbing is off: the names hold patterns. `make mutation-record`
# keeps what a run found in git.
.PHONY: mutation-resume mutation-record
mutation-resume: $(STAMP) postgres
	$(PY) scripts/mutation_record.py load
	$(MUTATION_FRESH_STATS)
	set -f && names="$$($(PY) scripts/mutation_resume.py $(foreach m,$(MUTANTS),'$(m)'))" && \
	ulimit -v 4000000 && $(OFFSCREEN) $(MUTATION_TMP) nice -n 19 $(PY) scripts/with_test_postgres.py \
		$(PY) -m mutmut run --max-children 2 $$names
	$(PY) scripts/mutation_report.py

mutation-record: $(STAMP)
	$(PY) scripts/mutation_record.py save

# The kill ratio of one layer estimated from a seeded random sample of its mutants, with its
# 95 % interval (scripts/mutation_sample.py; the full run above takes many hours on services/).
# SAMPLE_FLAGS picks the layer, size and seed, e.g. SAMPLE_FLAGS='--layer domain --size 200'.
.PHONY: mutation-sample
mutation-sample: $(STAMP) postgres
	$(PY) scripts/mutation_sample.py make $(SAMPLE_FLAGS)
	$(MUTATION_FRESH_STATS)
	ulimit -v 4000000 && $(OFFSCREEN) nice -n 19 $(PY) scripts/with_test_postgres.py \
		$(PY) -m mutmut run --max-children 2 $$($(PY) scripts/mutation_sample.py pick $(SAMPLE_FLAGS))
	$(PY) scripts/mutation_sample.py report $(SAMPLE_FLAGS)

# What the installed Qt links (ldd on its plugins), so they need the venv first.
qt-libs: $(STAMP)
	@sh scripts/ensure_qt_libs.sh $(PY)

# The tests also run real windows on Xvfb and a private dbus-daemon.
qt-libs-test: $(STAMP)
	@sh scripts/ensure_qt_libs.sh --test $(PY)

# The sharing tests and benchmarks start their own PostgreSQL cluster from Debian's server
# package (installed when run as root, else the apt line is printed and make stops).
postgres:
	@sh scripts/ensure_postgres.sh

# run, test and lint share one venv: pip, setuptools (build.txt), the app's packages with
# the test and dev tools (dev.txt holds runtime.txt's pins too), then the app itself,
# editable, built by the locked setuptools (--no-build-isolation) rather than the newest.
$(STAMP): pyproject.toml $(REQ)/build.txt $(REQ)/dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP_LOCKED) -r $(REQ)/build.txt
	$(PIP_LOCKED) -r $(REQ)/dev.txt
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

$(BUNDLE_STAMP): $(STAMP) $(REQ)/bundle.txt
	$(PIP_LOCKED) -r $(REQ)/bundle.txt
	touch $(BUNDLE_STAMP)

# Refresh the locks from pyproject.toml as it is now: a new or changed range is resolved,
# every other pin is kept. `make lock-upgrade` moves every pin to the newest release its
# range allows. One resolution for every OS and Python from 3.11 up; each lock is
# constrained by the ones before it, so they agree where they overlap. See CONTRIBUTING.md.
LOCK := $(VENV)/bin/uv pip compile --quiet --universal --python-version 3.11 \
	--generate-hashes --custom-compile-command "make lock" $(LOCK_FLAGS)
BUILD_REQUIRES := import tomllib; \
	print(*tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"], sep="\n")

lock: $(STAMP)
	{ $(PY) -c '$(BUILD_REQUIRES)'; echo pip; } | $(LOCK) - -o $(REQ)/build.txt
	$(LOCK) pyproject.toml -c $(REQ)/build.txt -o $(REQ)/runtime.txt
	$(LOCK) pyproject.toml --extra test --extra dev -c $(REQ)/build.txt -c $(REQ)/runtime.txt \
		-o $(REQ)/dev.txt
	$(LOCK) pyproject.toml --extra bundle -c $(REQ)/build.txt -c $(REQ)/runtime.txt \
		-c $(REQ)/dev.txt -o $(REQ)/bundle.txt

lock-upgrade:
	$(MAKE) lock LOCK_FLAGS=--upgrade

bundle: $(BUNDLE_STAMP) qt-libs qm
	$(PY) -m PyInstaller --noconfirm --clean build.spec

bundle-test: bundle
	$(PY) scripts/bundle_smoke.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache resources/i18n/*.qm
