"""The RO-Crate of a run: it passes roc-validator's ro-crate-1.1 profile (required and
recommended checks, offline), every output carries the licences of what it derives
from, and datePublished is the commit's date, so a rerun writes the same bytes.

The results folder here holds every file a run writes, under the names the output
registry gives, with stand-in contents and a manifest of their checksums: the crate
describes names, formats, sizes, checksums, licences and derivations, all of which
this exercises; a real run takes half a minute and tests/test_study.py makes one.
"""

import json
import subprocess

import pytest

from analysis import crate, paths
from analysis.outputs import OUTPUTS
from analysis.study import reproduce as study

TOOLS_PYTHON = paths.ROOT / ".venv-tools" / "bin" / "python"
ACA, CC_BY, MIT, NE = ("#LicenseRef-ACA-Quotation", "https://spdx.org/licenses/CC-BY-4.0",
                       "https://spdx.org/licenses/MIT", "https://www.naturalearthdata.com/about/terms-of-use/")


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    results = tmp_path_factory.mktemp("results")
    outputs = {f"{nb.stem}.html": nb.name for nb in study.notebooks()}
    outputs |= {name: f"{out.notebook}.ipynb" for out in OUTPUTS for name in out.files}
    for name in outputs:
        (results / name).write_text(f"stand-in for {name}\n", encoding="utf-8")
    manifest = {"study": "nk-missile-talks-1997", "version": "0.1.0", "git_commit": study._git_commit(),
                "parameters": {},
                "outputs": {n: {"sha256": crate.sha256_file(results / n), "notebook": nb} for n, nb in outputs.items()}}
    (results / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    crate.write_crate(results, manifest)
    return results, manifest


def _graph(results):
    doc = json.loads((results / "ro-crate-metadata.json").read_text(encoding="utf-8"))
    return {e["@id"]: e for e in doc["@graph"]}


def _ids(value) -> set[str]:
    return {v["@id"] for v in (value if isinstance(value, list) else [value])}


def test_passes_ro_crate_1_1_required_and_recommended(run):
    assert TOOLS_PYTHON.is_file(), "run `make setup`: roc-validator lives in .venv-tools"
    # the network guard (tests/offline, on PYTHONPATH) holds in the validator too
    out = subprocess.run([TOOLS_PYTHON, paths.ROOT / "tools" / "validate_crate.py", run[0]],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.strip().endswith("0 issue(s)")


def test_outputs_carry_the_licences_of_their_inputs(run):
    g = _graph(run[0])
    assert _ids(g["#data/raw/000_366c86b813da1289.txt"]["license"]) == {ACA}
    assert _ids(g["#data/geo/countries.geojson"]["license"]) == {NE}
    assert _ids(g["#data/geo/places.csv"]["license"]) == {CC_BY}
    assert _ids(g["variants.csv"]["license"]) == {CC_BY, ACA}           # quotes the witnesses
    assert _ids(g["coverage.csv"]["license"]) >= {CC_BY, NE}            # GeoNames and Natural Earth
    assert "#data/geo/places.csv" in _ids(g["coverage.csv"]["isBasedOn"])
    assert "#data/geo/places.csv" not in _ids(g["facts.csv"]["isBasedOn"])
    assert _ids(g["01-provenance.html"]["license"]) == {MIT, CC_BY, ACA}  # code cells too
    for name, entity in g.items():
        if entity.get("@type") == "File" and not name.startswith("#"):
            based = _ids(entity["isBasedOn"])
            inherited = set().union(*(_ids(g[s]["license"]) for s in based))
            assert inherited <= _ids(entity["license"]), name


def test_input_licences_agree_with_reuse(run):
    """crate.py reads REUSE.toml; `reuse spdx` is the tool's own reading of it."""
    spdx = subprocess.run([paths.ROOT / ".venv-tools" / "bin" / "reuse", "--root", paths.ROOT, "spdx"],
                          capture_output=True, text=True, timeout=120, check=True).stdout
    by_file: dict[str, set[str]] = {}
    for block in spdx.split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line and "FileName" in block)
        if "FileName" in lines:
            name = lines["FileName"].removeprefix("./")
            by_file[name] = {line.split(": ", 1)[1] for line in block.splitlines() if line.startswith("LicenseInfoInFile")}
    checked = [n for n in by_file if n.startswith(("data/", "analysis/", "notebooks/"))]
    assert len(checked) > 20
    for name in checked:
        assert set(crate.licences_of(name)) == by_file[name], name


def test_date_published_is_the_commit_date_and_reruns_are_identical(run):
    results, manifest = run
    g = _graph(results)
    date = subprocess.run(["git", "show", "-s", "--format=%cI", manifest["git_commit"]], cwd=paths.ROOT,
                          capture_output=True, text=True, check=True).stdout.strip()
    assert g["./"]["datePublished"] == date
    first = (results / "ro-crate-metadata.json").read_bytes()
    crate.write_crate(results, manifest)
    assert (results / "ro-crate-metadata.json").read_bytes() == first


def test_root_names_author_and_publisher(run):
    g = _graph(run[0])
    root = g["./"]
    assert root["author"] == root["publisher"] == {"@id": "#maintainers"}
    assert g["#maintainers"]["@type"] == "Organization"
    assert all(g[f"#analysis/{p.name}"]["encodingFormat"] == "text/x-python" for p in paths.PACKAGE.glob("*.py"))
