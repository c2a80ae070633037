# The project's commands. Every target sets up what it needs: on a fresh machine `make test`
# (or `make demo`) alone creates .venv and installs the pinned dependencies first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed-stamp

.DEFAULT_GOAL := help
.PHONY: help setup lock bundle reference-data lint format typecheck test demo clean generate check-generated bench

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-22s %s\n", $$1, $$2}'

setup: $(STAMP) ## Create .venv and install the pinned dependencies (idempotent)

$(STAMP): requirements-dev.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

lock: ## Re-resolve requirements-dev.in into the fully pinned requirements-dev.txt
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet -r requirements-dev.in
	.venv-lock/bin/pip freeze --exclude-editable > requirements-dev.txt
	rm -rf .venv-lock

bundle: $(STAMP) ## Validate the spec and write dist/openapi.yaml and dist/openapi.json
	$(PY) -m tools.bundle_spec

reference-data: $(STAMP) ## Re-extract the reference's examples into tests/data (needs ../shared)
	$(PY) -m tools.extract_reference_examples

lint: $(STAMP) ## ruff (lint and format check) and mypy --strict
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP) ## Apply ruff's fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: $(STAMP) bundle ## Run the test suite
	$(PY) -m pytest

# ---------------------------------------------------------------- the generated client (generator/)

generate: $(STAMP) bundle ## Regenerate generated_client/transmitsms from the spec (keeps _runtime/)
	$(PY) -m generator.generate

check-generated: $(STAMP) bundle ## Fail if generated_client/ differs from a fresh generation
	$(PY) -m generator.generate --check

bench: $(STAMP) ## Client benchmarks: import cost, per-call overhead, rate limiter (ratios, one run)
	$(PY) bench/import_cost.py
	$(PY) bench/call_overhead.py
	$(PY) bench/rate_limit.py

# ----------------------------------------------------------------

demo: $(STAMP) bundle ## Validate and bundle the spec, and summarise it
	$(PY) -m tools.spec_summary dist/openapi.json

clean: ## Remove generated artefacts and the virtual environment
	rm -rf $(VENV) dist .pytest_cache .mypy_cache .ruff_cache .hypothesis
