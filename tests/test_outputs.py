"""The registry of what reproduce writes, and how the notebooks hand their outputs to it."""

import re

import nbformat
import pandas as pd
import pytest

from analysis import outputs
from analysis.errors import NotebookError
from analysis.study import reproduce as study


def test_publish_outside_reproduce_only_returns(monkeypatch, tmp_path):
    monkeypatch.delenv(outputs.PUBLISH_ENV, raising=False)
    table = pd.DataFrame({"a": [1]})
    assert outputs.publish("coverage.csv", table) is table
    assert list(tmp_path.iterdir()) == []


def test_publish_under_reproduce_writes(monkeypatch, tmp_path):
    import matplotlib.pyplot as plt

    monkeypatch.setenv(outputs.PUBLISH_ENV, str(tmp_path))
    outputs.publish("coverage.csv", pd.DataFrame({"a": [1, 2]}))
    outputs.publish("provenance.prov.json", "{}")
    fig, _ = plt.subplots()
    outputs.publish("collation", fig)
    plt.close(fig)
    assert (tmp_path / "coverage.csv").read_text() == "a\n1\n2\n"
    assert (tmp_path / "provenance.prov.json").read_text() == "{}\n"
    assert {"collation.png", "collation.svg"} <= {p.name for p in tmp_path.iterdir()}


def test_unknown_output_refused():
    with pytest.raises(NotebookError, match="'coverage.xlsx' is not an output of the study"):
        outputs.publish("coverage.xlsx", None)


def test_each_notebook_publishes_its_registered_outputs():
    """Read from the notebooks' sources: every output is published once, by the notebook the registry names."""
    published = {}
    for path in study.notebooks():
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code":
                for name in re.findall(r"""publish\(\s*["']([^"']+)["']""", cell.source):
                    assert name not in published, f"{name} published twice"
                    published[name] = path.stem
    assert published == {o.name: o.notebook for o in outputs.OUTPUTS}


def test_parameters_come_from_one_place():
    declared = set()
    for path in study.notebooks():
        nb = nbformat.read(path, as_version=4)
        cells = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
        for cell in cells:  # defaults are read from outputs.PARAMETERS, never typed
            assert "PARAMETERS[" in cell.source and not re.search(r"=\s*\d", cell.source), path.name
        declared |= study.declared_parameters(nb)
    assert declared == set(outputs.PARAMETERS)
