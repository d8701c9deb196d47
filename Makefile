# Two commands for people (see README): `make spec` and `make test`.
# Every target installs what it needs first, idempotently.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=
TARGET ?=
TARGET_ARGS := $(if $(TARGET),--target $(TARGET))
# make spec DEVICE="Pixel 7": every scenario on that device (Playwright's descriptor), in BROWSER.
DEVICE ?=
BROWSER ?= chromium
DEVICE_ARGS := $(if $(DEVICE),--device "$(DEVICE)" --browser $(BROWSER))
# make spec BROWSER_ENDPOINT=ws://host:3000/ : the browser runs in that Playwright server.
# make spec SHARD=2/3 REPORT=report-2 : one share of the scenarios; make report-merge joins them.
BROWSER_ENDPOINT ?=
SHARD ?=
REPORT ?= report
# make spec HISTORY=ci-cache/historik.jsonl : where the run's verdicts are added (standard: $(REPORT).historik.jsonl).
HISTORY ?=
# make compare REPORTS="report-referens report-staging report-prod" : the targets side by side in COMPARE_OUT.
REPORTS ?=
COMPARE_OUT ?= jamforelse.html
SHARDS ?= $(sort $(wildcard report-*/))
RUN_ARGS := $(DEVICE_ARGS) $(if $(BROWSER_ENDPOINT),--browser-endpoint $(BROWSER_ENDPOINT)) $(if $(SHARD),--shard $(SHARD))

# make spec runs the scenarios in this many shards side by side (one per core), merged into one report.
SPEC_WORKERS ?= 2

RUNS ?= 20
# make test runs its tests in this many worker processes (pytest-xdist), one test handed out at a
# time, longest first (tests/conftest.py). TEST_WORKERS=0 runs them in this one process.
TEST_WORKERS ?= 3
TEST_PARALLEL := $(if $(filter 0,$(TEST_WORKERS)),,-n $(TEST_WORKERS) --maxschedchunk 1)

FUZZ_EXAMPLES ?= 300

# pip install, pinned, quietly ($(1): what). This machine's pip configuration names local indexes
# that may be absent: not worth a warning each.
PIP_INSTALL = $(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt $(1) 2>&1 \
	| grep -v "is ignored: it is neither a file nor a directory"; test $${PIPESTATUS[0]} -eq 0

.PHONY: spec test lint compare bench soak fuzz variants mutants profile-tests serve setup venv browser clean report-merge

setup: $(STAMP) browser

# The pinned .venv alone (CI installs its own browser: Playwright's, on hosted Ubuntu runners).
venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@echo "==> Skapar $(VENV) och installerar låsta beroenden (pyproject.toml + constraints.txt)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@# uv (pinned in constraints.txt) installs and compiles the same pinned set many times faster than pip;
	@# pip does it where uv cannot (no wheel for the platform, no index uv can reach).
	@($(call PIP_INSTALL,uv)) \
	 && $(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python -c constraints.txt -e '.[test]' \
	 || { echo "==> uv gick inte att använda: installerar med pip"; $(call PIP_INSTALL,-e '.[test]'); }
	@touch $(STAMP)

browser: $(STAMP)
	@$(BIN)/python -m minasidor_spec browser

spec: setup
	@echo "==> Kör specifikationen (features/) mot $(if $(TARGET),målprofilen $(TARGET),den inbyggda referensmiljön)$(if $(DEVICE), på $(DEVICE))"
	@$(BIN)/python -m minasidor_spec spec --report $(REPORT) $(if $(HISTORY),--history $(HISTORY)) $(if $(SHARD),,--parallel $(SPEC_WORKERS)) $(TARGET_ARGS) $(RUN_ARGS) $(PYTEST_ARGS)

report-merge: setup
	@$(BIN)/python -m minasidor_spec merge-report --out report $(if $(HISTORY),--history $(HISTORY)) $(SHARDS)

compare: setup
	@$(BIN)/python -m minasidor_spec compare --out $(COMPARE_OUT) $(REPORTS)

test: setup lint
	@echo "==> Kör alla tester (enhetstester och specifikationen)"
	@$(BIN)/pytest $(TEST_PARALLEL) $(PYTEST_ARGS)

# ruff ([tool.ruff] in pyproject.toml): lint, and the code formatted as `ruff format` would.
lint: $(STAMP)
	@echo "==> Granskar koden med ruff (lint och formatering)"
	@$(BIN)/ruff check --quiet . && $(BIN)/ruff format --check --quiet . \
	 || { echo "==> ruff hittade fel: rätta dem, eller kör $(BIN)/ruff format . och $(BIN)/ruff check --fix ."; exit 1; }

bench: setup
	@$(BIN)/python -m minasidor_spec bench

# Each soak run: the features in random order, then these (the other portals, the drifted one).
SOAK_TESTS ?= tests/deployment/test_other_portal.py::test_a_faithful_other_portal_passes_every_scenario_it_can \
	tests/deployment/test_spa_portal.py::test_a_faithful_single_page_portal_proves_every_rule_it_can \
	tests/deployment/test_drift_on_altered_portal.py

soak: setup
	@$(BIN)/python -m minasidor_spec soak $(RUNS) $(SOAK_TESTS)

fuzz: setup
	@echo "==> Fuzzar referensmiljön: hypothesis ($(FUZZ_EXAMPLES) exempel per test) och schemathesis mot OpenAPI-dokumenten"
	@FUZZ_PROFILE=fuzz FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) OPENAPI_EXAMPLES=$(FUZZ_EXAMPLES) \
	  $(BIN)/pytest tests/fuzz -q -p no:logging $(PYTEST_ARGS)

# Every pairwise combination of the single-page fixture portal's faithful renderings, and each
# deviation on three of them (tests/variants); make test runs a seeded sample.
variants: setup
	@MINASIDOR_VARIANTS=alla $(BIN)/pytest tests/variants $(TEST_PARALLEL) -q $(PYTEST_ARGS)

mutants: setup
	@$(BIN)/python -m minasidor_spec mutants $(MUTANTS)

# Where make test's time goes: the slowest tests and fixtures, each worker's idle time, and how many
# browsers, stacks and child runs the tests start (tests/support/time_profile.py).
profile-tests: setup
	@echo "==> Kör alla tester med tidsprofil"
	@$(BIN)/pytest $(TEST_PARALLEL) -p tests.support.time_profile -q $(PYTEST_ARGS)

serve: setup
	@$(BIN)/python -m reference_app serve

clean:
	rm -rf report report-*/ test-results .minasidor
