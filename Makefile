# The project's commands. Every target sets up what it needs: on a fresh machine `make test`
# (or `make demo`) alone creates .venv and installs the pinned dependencies first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed-stamp

.DEFAULT_GOAL := help
.PHONY: help setup lock bundle reference-data lint format typecheck test demo clean sim bench

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-22s %s\n", $$1, $$2}'

setup: $(STAMP) ## Create .venv and install the pinned dependencies (idempotent)

$(STAMP): requirements-dev.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

lock: ## Re-resolve requirements-dev.in into the fully pinned requirements-dev.txt
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet -r requirements-dev.in
	.venv-lock/bin/pip freeze --exclude-editable > requirements-dev.txt
	rm -rf .venv-lock

bundle: $(STAMP) ## Validate the spec and write dist/openapi.yaml and dist/openapi.json
	$(PY) -m tools.bundle_spec
	cp dist/openapi.json simulator/transmitsms_sim/openapi.json  # the simulator ships the spec it serves

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

# ---- simulator ----
sim: $(STAMP) ## Run the simulator on http://127.0.0.1:8080 (in memory)
	$(BIN)/transmitsms-sim serve --memory

bench: $(STAMP) ## Run the benchmarks and print their figures
	$(PY) -m bench.simulator

demo: $(STAMP) bundle ## Validate and bundle the spec, and summarise it
	$(PY) -m tools.spec_summary dist/openapi.json

clean: ## Remove generated artefacts and the virtual environment
	rm -rf $(VENV) dist .pytest_cache .mypy_cache .ruff_cache .hypothesis
