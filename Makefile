# Rapporteur. `make demo` and `make test` set up everything they need on a fresh machine.
SHELL := /bin/bash
export UV_PYTHON_DOWNLOADS := never
UV := $(shell command -v uv 2>/dev/null || echo "python3 -m uv")
OUT ?= out

.PHONY: help setup demo test test-fast bench lint format clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

.venv/.synced: pyproject.toml uv.lock
	@$(UV) --version >/dev/null 2>&1 || python3 -m pip install --quiet uv
	$(UV) sync --frozen
	@touch $@

setup: .venv/.synced  ## create .venv with the locked dependencies (uv installed if missing)

demo: setup  ## build the synthetic world, ingest it, build the demonstration outputs under out/
	$(UV) run --frozen rapporteur demo --out $(OUT)

test: setup  ## run the whole test suite
	$(UV) run --frozen pytest

test-fast: setup  ## the inner loop: every test but those marked slow (the shared demo world)
	$(UV) run --frozen pytest -m "not slow"

bench: setup  ## run the benchmarks (results in bench/results/*.json)
	$(UV) run --frozen python bench/ingest.py
	$(UV) run --frozen python bench/report.py
	$(UV) run --frozen python bench/mse.py
	$(UV) run --frozen python bench/link.py
	$(UV) run --frozen python bench/caselaw.py

lint: setup  ## ruff and mypy
	$(UV) run --frozen ruff check .
	$(UV) run --frozen ruff format --check src tests bench
	$(UV) run --frozen mypy

format: setup  ## format the code
	$(UV) run --frozen ruff format src tests bench
	$(UV) run --frozen ruff check --fix .

clean:  ## remove generated outputs
	rm -rf $(OUT) .venv .pytest_cache .mypy_cache .ruff_cache
