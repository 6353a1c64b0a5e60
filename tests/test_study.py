"""reproduce: the main job, run twice into temporary folders."""

import json

import nbformat
import pytest

from analysis import paths, study
from analysis.errors import AnalysisError


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    base = tmp_path_factory.mktemp("runs")
    a = base / "a"
    b = base / "b"
    study.reproduce(progress=False, target=a)
    study.reproduce(progress=False, target=b)
    return a, b


def test_writes_every_output(two_runs):
    a, _ = two_runs
    expected = {name for out in study.outputs() for name in out.files}
    expected |= {f"{p.stem}.html" for p in study.notebooks()} | {"manifest.json", "ro-crate-metadata.json"}
    assert {p.name for p in a.iterdir()} == expected


def test_two_runs_byte_identical(two_runs):
    a, b = two_runs
    for p in sorted(a.iterdir()):
        if p.suffix == ".csv":
            assert p.read_bytes() == (b / p.name).read_bytes(), p.name
    ma = json.loads((a / "manifest.json").read_text())
    mb = json.loads((b / "manifest.json").read_text())
    assert ma["outputs"] == mb["outputs"]
    assert (a / "manifest.json").read_bytes() == (b / "manifest.json").read_bytes()


def test_manifest_contents(two_runs):
    a, _ = two_runs
    m = json.loads((a / "manifest.json").read_text())
    import analysis
    from analysis.integrity import sha256_file

    assert m["version"] == analysis.__version__ and m["parameters"] == {}
    assert {"pandas", "pyproj", "matplotlib"} <= set(m["packages"])
    assert m["inputs"]["data/raw/000_366c86b813da1289.txt"].startswith("163393f3")
    for name, entry in m["outputs"].items():
        assert sha256_file(a / name) == entry["sha256"]
        assert (paths.NOTEBOOKS / entry["notebook"]).is_file()
    assert m["outputs"]["coverage.csv"]["notebook"] == "03-range-maps.ipynb"
    assert m["outputs"]["facts.csv"]["notebook"] == "02-facts.ipynb"


def test_ro_crate(two_runs):
    a, _ = two_runs
    crate = json.loads((a / "ro-crate-metadata.json").read_text())
    graph = {e["@id"]: e for e in crate["@graph"]}
    assert crate["@context"] == "https://w3id.org/ro/crate/1.1/context"
    assert graph["ro-crate-metadata.json"]["about"] == {"@id": "./"}
    root = graph["./"]
    parts = {p["@id"] for p in root["hasPart"]}
    assert parts == {p.name for p in a.iterdir()} - {"ro-crate-metadata.json"}
    for pid in parts:
        licences = graph[pid]["license"] if isinstance(graph[pid]["license"], list) else [graph[pid]["license"]]
        assert all(lic["@id"] in graph for lic in licences) and graph[pid]["identifier"].startswith("sha256:")
    assert graph["#data/geo/places.csv"]["license"]["@id"].endswith("CC-BY-4.0")
    actions = [e for e in crate["@graph"] if e["@type"] == "CreateAction"]
    assert {x["instrument"]["@id"] for x in actions} == {f"#notebooks/{p.name}" for p in study.notebooks()}


def test_ro_crate_reads_with_the_rocrate_library(two_runs):
    from rocrate.rocrate import ROCrate

    a, _ = two_runs
    crate = ROCrate(str(a))
    assert {e.id for e in crate.data_entities} == {p.name for p in a.iterdir()} - {"ro-crate-metadata.json"}
    assert crate.root_dataset["version"] and "#study" in {e.id for e in crate.contextual_entities}


def test_failed_run_keeps_last_results(tmp_path, monkeypatch):
    target = tmp_path / "results"
    target.mkdir()
    (target / "keep.csv").write_text("old\n")
    bad = tmp_path / "99-broken.ipynb"
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("x = 1"), nbformat.v4.new_code_cell("1 / 0")]
    nbformat.write(nb, bad)
    monkeypatch.setattr(study, "notebooks", lambda: [bad])
    with pytest.raises(study.NotebookError, match=r"99-broken.ipynb: cell 2 failed: ZeroDivisionError"):
        study.reproduce(progress=False, target=target)
    assert [p.name for p in target.iterdir()] == ["keep.csv"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # staging removed


def test_unknown_parameter_refused():
    with pytest.raises(AnalysisError, match="no notebook takes the parameter"):
        study.reproduce(params={"warp_factor": 9}, progress=False)


def test_run_names():
    assert study.run_name({}) == "results"
    assert study.run_name({"range_km": 1300}) == "results-range-km-1300"


def test_parameters_declared():
    nb = nbformat.read(paths.NOTEBOOKS / "03-range-maps.ipynb", as_version=4)
    assert {"range_km", "later_range_km"} <= study.declared_parameters(nb)


def test_parameterised_notebook_leaves_file_unchanged():
    from analysis.integrity import sha256_file

    path = paths.NOTEBOOKS / "03-range-maps.ipynb"
    before = sha256_file(path)
    nb = study.execute_notebook(path, {"range_km": 1300}, progress=False)
    assert sha256_file(path) == before
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected and "range_km = 1300" in injected[0].source
    outputs = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert "At 1,300 km from North Korean territory" in outputs
