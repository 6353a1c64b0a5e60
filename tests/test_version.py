"""One version, defined in pyproject.toml, everywhere the study shows it."""

import json
import re
import tomllib

import nbformat
import pytest

import analysis
from analysis import paths

VERSION = tomllib.loads((paths.ROOT / "pyproject.toml").read_text())["project"]["version"]


def test_installed_package():
    assert analysis.__version__ == VERSION


def test_citation_cff():
    text = (paths.ROOT / "CITATION.cff").read_text()
    assert re.search(r'^version:\s*"?([^"\n]+)"?$', text, re.M).group(1) == VERSION


def test_zenodo():
    assert json.loads((paths.ROOT / ".zenodo.json").read_text())["version"] == VERSION


def test_changelog_top_entry():
    # an "Unreleased" section may come first (changes not yet in a version)
    first = re.search(r"^## (?!Unreleased)(\S+)", (paths.ROOT / "CHANGELOG.md").read_text(), re.M).group(1)
    assert first == VERSION


def test_readme_citation():
    assert f"version {VERSION}" in (paths.ROOT / "README.md").read_text()


@pytest.mark.parametrize("path", sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")), ids=lambda p: p.name)
def test_notebook_first_cell_shows_version(path):
    nb = nbformat.read(path, as_version=4)
    # the first code cell after the parameters: it verifies the data and prints the version
    first = next(c for c in nb.cells if c.cell_type == "code" and "parameters" not in c.metadata.get("tags", []))
    shown = "".join(o.get("text", "") for o in first.outputs if o.output_type == "stream")
    assert f"study version {VERSION}" in shown
