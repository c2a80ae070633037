# The project's commands. Every target sets up what it needs: on a fresh machine `make test`
# (or `make demo`) alone creates .venv and installs the pinned dependencies first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed-stamp

.DEFAULT_GOAL := help
.PHONY: help setup lock docs bundle reference-data lint format typecheck test fuzz test-live test-live-sim demo spec-summary clean generate check-generated bench sim legacy-guide legacy-bridge

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-22s %s\n", $$1, $$2}'

setup: $(STAMP) ## Create .venv and install the pinned dependencies (idempotent)

$(STAMP): requirements-dev.txt generated_client/pyproject.toml simulator/pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@# One at a time: the client first, since replacing a venv's older all-in-one `transmitsms`
	@# (which owned the transmitsms-sim command) must not remove the command the simulator installs.
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e generated_client
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e simulator
	@touch $@

lock: ## Re-resolve requirements-dev.in into the fully pinned requirements-dev.txt
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet -r requirements-dev.in
	.venv-lock/bin/pip freeze --exclude-editable > requirements-dev.txt
	rm -rf .venv-lock

bundle: $(STAMP) ## Validate the spec and write dist/openapi.yaml and dist/openapi.json
	$(PY) -m tools.bundle_spec

reference-data: $(STAMP) ## Re-extract the reference's examples (current and legacy API) into tests/data (needs ../shared)
	$(PY) -m tools.extract_reference_examples
	$(PY) -m tools.extract_legacy_examples

lint: $(STAMP) ## ruff (lint and format check) and mypy --strict
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP) ## Apply ruff's fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: $(STAMP) bundle ## Run the test suite
	$(PY) -m pytest

fuzz: $(STAMP) bundle ## Schemathesis with large example counts, stateless and stateful (local, minutes)
	TRANSMITSMS_CONTRACT_PROFILE=fuzz $(PY) -m pytest tests/contract/test_operations.py tests/contract/test_workflows.py

test-live: $(STAMP) bundle ## The real API: needs TRANSMITSMS_API_KEY and TRANSMITSMS_API_SECRET (read-only, no SMS unless TRANSMITSMS_LIVE_SEND_TO)
	$(PY) -m pytest -m live tests/live

test-live-sim: $(STAMP) bundle ## The live suite against a simulator served on loopback (what CI checks, at full size)
	TRANSMITSMS_LIVE_MAX_EXAMPLES=5 $(PY) -m pytest tests/contract/test_live_suite.py

# ---------------------------------------------------------------- the generated client (generator/)

generate: $(STAMP) bundle ## Regenerate generated_client/transmitsms from the spec (keeps _runtime/)
	$(PY) -m generator.generate

check-generated: $(STAMP) bundle ## Fail if generated_client/ differs from a fresh generation
	$(PY) -m generator.generate --check

legacy-guide: $(STAMP) ## Write docs/legacy-migration.md, the migration guide from the legacy XML API, from spec/legacy/
	$(PY) -m tools.legacy_guide

bench: $(STAMP) $(NODE_STAMP) bundle wrk ## Benchmarks: client import cost, call overhead, rate limiter, bulk send; simulator throughput and over HTTP against Prism
	$(PY) bench/import_cost.py
	$(PY) bench/call_overhead.py
	$(PY) bench/rate_limit.py
	$(PY) bench/bulk_send.py
	$(PY) bench/sim_throughput.py
	$(PY) bench/sim_http.py

# wrk (Debian's) drives bench/sim_http.py; the test suite runs that benchmark once at a tiny size.
.PHONY: wrk
wrk: ## Install wrk, the HTTP load generator, from Debian's packages if it is missing
	@command -v wrk >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null; }

# ---------------------------------------------------------------- the two distributions
.PHONY: check-dists

check-dists: $(STAMP) ## Build both distributions, check their contents, smoke-test each wheel alone in a fresh venv
	$(PY) -m tools.check_dists

# ---------------------------------------------------------------- the Hypothesis layer (tests/properties/)
# `make test` runs it with modest, fixed examples; this runs PROPERTY_SCALE times as many, new ones
# on each run (failures are kept in .hypothesis/ and replayed first next time).
PROPERTY_SCALE ?= 20
.PHONY: fuzz-properties

fuzz-properties: $(STAMP) bundle ## The property tests with PROPERTY_SCALE (20) times the examples, freshly drawn
	TRANSMITSMS_PROPERTY_SCALE=$(PROPERTY_SCALE) TRANSMITSMS_PROPERTY_RANDOM=1 $(PY) -m pytest tests/properties

# ---------------------------------------------------------------- the simulator (simulator/)

sim: $(STAMP) ## Run the simulator on http://127.0.0.1:8080 (in memory; the inbox page at /_sim/ui, the legacy XML API on /api)
	$(BIN)/transmitsms-sim serve --memory

# The inbox page's browser tests (tests/simulator/web/test_ui_browser.py) drive Debian's Chromium
# through Playwright, which never downloads a browser here. Without it they skip, except in CI.
.PHONY: chromium
chromium: ## Install Debian's Chromium for the browser tests, if absent (apt-get, as root)
	@command -v chromium >/dev/null 2>&1 || test -x /usr/bin/chromium || { \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null; }
	@chromium --version 2>/dev/null || /usr/bin/chromium --version


legacy-bridge: $(STAMP) ## The legacy XML API on http://127.0.0.1:8090 in front of UPSTREAM (default https://api.transmitsms.com)
	$(BIN)/transmitsms-legacy-bridge --upstream $(or $(UPSTREAM),https://api.transmitsms.com)

# ---------------------------------------------------------------- the docs site (mkdocs.yml, docs/)
# Strict: any warning (a broken link or anchor, a page missing from the nav, an external asset,
# a docstring the reference cannot read) fails the build. Offline: no font or asset from elsewhere.
.PHONY: docs docs-serve

docs: $(STAMP) publish ## Build the docs site into build/site (strict; the spec's HTML references from make publish)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

docs-serve: $(STAMP) publish ## Serve the docs site on http://127.0.0.1:8000 with live reload, while writing
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

# ----------------------------------------------------------------

demo: $(STAMP) ## End to end: the client against the simulator, with callbacks, opt-out, pagination, rate limit
	$(PY) examples/demo.py

spec-summary: $(STAMP) bundle ## Summarise the spec: operations per tag, error codes, callbacks
	$(PY) -m tools.spec_summary dist/openapi.json

clean: ## Remove generated artefacts and the virtual environment
	rm -rf $(VENV) dist .pytest_cache .mypy_cache .ruff_cache .hypothesis

# ------------------------------------------------------------------ publishing the spec (issue 6)
# Node tools (Redocly CLI, tsc) are pinned in package.json/package-lock.json and installed by
# `npm ci`; openapi-generator is pinned in other-languages/requirements.txt and installed into
# .venv only by the targets that generate other languages' clients.
NODE_STAMP := node_modules/.installed-stamp
OTHER_STAMP := $(VENV)/.other-languages-stamp
BASE ?= main

.PHONY: node_modules lint-spec publish spec-diff check-other-languages check-reference

node_modules: $(NODE_STAMP) ## Install the pinned Node tools (npm ci)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(OTHER_STAMP): $(STAMP) other-languages/requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r other-languages/requirements.txt
	@touch $@

lint-spec: $(STAMP) $(NODE_STAMP) bundle ## Redocly CLI lint of the bundled spec (redocly.yaml)
	$(PY) -m tools.publish lint

publish: $(STAMP) $(NODE_STAMP) ## Write dist/: openapi.yaml, openapi.json, reference.html, CHANGELOG.md, release.json
	$(PY) -m tools.publish build

spec-diff: $(STAMP) ## Breaking and non-breaking changes of the spec since BASE (a git ref, default main)
	$(PY) -m tools.spec_diff $(BASE)

check-other-languages: $(OTHER_STAMP) $(NODE_STAMP) bundle ## Generate and compile TypeScript and Go clients; smoke-test them if TRANSMITSMS_BASE_URL is set
	$(PY) -m tools.other_languages

check-reference: publish ## Open dist/reference.html in headless Chromium, check every operation renders, take screenshots
	node tools/check_reference.mjs dist/reference.html build/reference-screenshots

# `make lint` also lints the spec with Redocly; `make test` needs the Node tools for its tests.
lint: lint-spec
test: $(NODE_STAMP)
clean: clean-publish
.PHONY: clean-publish
clean-publish:
	rm -rf build node_modules
