"""reproduce: the main job. One run is shared by every test that reads results; a second run
under another hash seed, time zone and locale must give the same bytes."""

import json
import math
import os
import re
import subprocess
import sys

import nbformat
import pytest

from analysis import paths
from analysis.errors import AnalysisError, NotebookError
from analysis.study import outputs
from analysis.study import reproduce as study

#: What must not change a result: Python's hash seed, the time zone and the locale.
OTHER_ENVIRONMENT = {"PYTHONHASHSEED": "12345", "TZ": "Pacific/Auckland", "LC_ALL": "C", "LANG": "C"}


#: Every file reproduce writes, with its SHA-256, as the last recorded run wrote it (the manifest and
#: the RO-Crate name the commit, so they are left out). `python tools/record_results.py` remakes it.
RECORDED = paths.ROOT / "tests" / "results.sha256"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """The one run of the study in this test session, in another environment (hash seed, time zone,
    locale) than the one the recorded checksums came from."""
    a = tmp_path_factory.mktemp("run") / "results"
    code = f"from pathlib import Path; from analysis.study.reproduce import reproduce; reproduce(progress=False, target=Path({str(a)!r}))"
    child = subprocess.run([sys.executable, "-c", code], env={**os.environ, **OTHER_ENVIRONMENT},
                           capture_output=True, text=True, timeout=600)
    assert child.returncode == 0, child.stderr
    return a


def test_writes_every_output(run):
    expected = {name for out in outputs.OUTPUTS for name in out.files}
    expected |= {f"{p.stem}.html" for p in study.notebooks()} | {"manifest.json", "ro-crate-metadata.json"}
    assert {p.name for p in run.iterdir()} == expected


def test_results_are_byte_identical_to_the_recorded_run(run):
    """Determinism without a second run: nbval compares every cell's output with the committed
    notebooks; this compares every file the run writes (figures, HTML, tables) with the checksums
    of the recorded run, made in another environment."""
    from analysis.integrity import sha256_file

    recorded = dict(line.split("  ", 1)[::-1] for line in RECORDED.read_text(encoding="utf-8").splitlines())
    written = {p.name: sha256_file(p) for p in sorted(run.iterdir()) if p.name not in RECORD_EXCLUDES}
    assert set(written) == set(recorded), "run `python tools/record_results.py` after `make reproduce`"
    differ = sorted(name for name, digest in written.items() if recorded[name] != digest)
    assert not differ, f"differ from the recorded run: {differ} (if intended: make reproduce, then " \
                       "python tools/record_results.py)"


#: What the recorded checksums leave out: the files that name the commit and its date.
RECORD_EXCLUDES = {"manifest.json", "ro-crate-metadata.json"}


def _html_table(html: str, columns: list[str]) -> list[list[str]]:
    """The body rows of the first table in a rendered notebook whose header is ``columns`` (after the index)."""
    from bs4 import BeautifulSoup

    for table in BeautifulSoup(html, "html.parser").find_all("table"):
        header = [th.get_text(strip=True) for th in table.find("thead").find_all("th")] if table.find("thead") else []
        if header[1:] == columns:
            return [[td.get_text(strip=True) for td in tr.find_all("td")] for tr in table.find("tbody").find_all("tr")]
    raise AssertionError(f"no table with columns {columns} in the rendering")


def _same(shown: str, value) -> bool:
    if isinstance(value, float):
        return math.isclose(float(shown), value, rel_tol=1e-5, abs_tol=1e-6)
    return shown == str(value)


def test_results_are_what_the_notebooks_show(run):
    """Computed once: the CSV written is the very table the notebook displayed in the run, cell by cell."""
    import pandas as pd

    a = run
    table = pd.read_csv(a / "range_claim_verdict.csv")
    shown = _html_table((a / "03-range-maps.html").read_text(encoding="utf-8"), list(table.columns))
    assert len(shown) == len(table)
    for row, r in zip(shown, table.itertuples(index=False)):
        assert all(_same(cell, value) for cell, value in zip(row, r)), (row, r)
    nb = nbformat.read(paths.NOTEBOOKS / "02-facts.ipynb", as_version=4)
    text = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    checks = pd.read_csv(a / "checks.csv")
    assert all(f"{r.verdict}: {r.check}" in text for r in checks.itertuples())


def test_manifest_contents(run):
    a = run
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


def test_ro_crate(run):
    a = run
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


def test_ro_crate_reads_with_the_rocrate_library(run):
    from rocrate.rocrate import ROCrate

    a = run
    crate = ROCrate(str(a))
    assert {e.id for e in crate.data_entities} == {p.name for p in a.iterdir()} - {"ro-crate-metadata.json"}
    assert crate.root_dataset["version"] and "#study" in {e.id for e in crate.contextual_entities}


def _notebook(cells):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(c) for c in cells]
    return nb


def test_failed_run_keeps_last_results(tmp_path, monkeypatch):
    target = tmp_path / "results"
    target.mkdir()
    (target / "keep.csv").write_text("old\n")
    bad = tmp_path / "99-broken.ipynb"
    nbformat.write(_notebook(["x = 1", "1 / 0"]), bad)
    monkeypatch.setattr(study, "notebooks", lambda: [bad])
    with pytest.raises(NotebookError, match=r"99-broken.ipynb: cell 2 failed: ZeroDivisionError"):
        study.reproduce(progress=False, target=target)
    assert [p.name for p in target.iterdir()] == ["keep.csv"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # staging removed


def test_a_notebook_must_publish_its_outputs(tmp_path, monkeypatch):
    nb = tmp_path / "01-provenance.ipynb"
    nbformat.write(_notebook(["from analysis.study.outputs import publish\nimport pandas as pd",
                              "publish('witnesses.csv', pd.DataFrame({'a': [1]}))"]), nb)
    monkeypatch.setattr(study, "notebooks", lambda: [nb])
    with pytest.raises(NotebookError, match=r"01-provenance.ipynb: did not publish collation.png, collation.svg"):
        study.reproduce(progress=False, target=tmp_path / "results")


def test_stale_folders_of_killed_runs_are_removed(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    stale = [tmp_path / f".results.staging-{pid}", tmp_path / f".results.old-{pid}"]
    live = tmp_path / f".results.staging-{os.getppid()}"  # a run still going: left alone
    for folder in [*stale, live]:
        folder.mkdir()
    assert sorted(study.remove_stale(tmp_path / "results")) == sorted(p.name for p in stale)
    assert [p.name for p in tmp_path.iterdir()] == [live.name]


def test_stale_folders_are_ignored_by_git():
    ignored = subprocess.run(["git", "check-ignore", ".results.staging-123", ".results-range-km-1500.old-9"],
                             cwd=paths.ROOT, capture_output=True, text=True)
    assert ignored.stdout.split() == [".results.staging-123", ".results-range-km-1500.old-9"]


def test_unknown_parameter_refused():
    with pytest.raises(AnalysisError, match="no notebook takes the parameter"):
        study.reproduce(params={"warp_factor": 9}, progress=False)


def test_run_names():
    assert study.run_name({}) == "results"
    assert study.run_name({"range_km": 1300}) == "results-range-km-1300"


# -- notebook 03 at another range: nothing of the default run may be left ---------------------------

OTHER_KM = 1500
#: The default range as any output would print it: "1,000 km", "1000", "1000.0".
DEFAULT_KM = re.compile(r"(?<![\d.,])1,?000(?:\.0+)?(?![\d.,])")


@pytest.fixture(scope="module")
def rerun():
    path = paths.NOTEBOOKS / "03-range-maps.ipynb"
    from analysis.integrity import sha256_file

    before = sha256_file(path)
    nb = study.execute_notebook(path, {"range_km": OTHER_KM}, progress=False)
    assert sha256_file(path) == before, "a parameterised run must not modify the notebook"
    return nbformat.read(path, as_version=4), nb


def _texts(cell) -> str:
    parts = []
    for o in cell.get("outputs", []):
        parts.append(o.get("text", ""))
        data = o.get("data", {})
        parts += [data.get("text/plain", ""), data.get("text/html", "")]
    return "".join(parts)


def test_parameters_injected(rerun):
    _, nb = rerun
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected and f"range_km = {OTHER_KM}" in injected[0].source


def test_no_text_of_the_default_run_left(rerun):
    """Every output that depends on the range speaks of the new one, and none of the old."""
    committed, nb = rerun
    assert outputs.PARAMETERS["range_km"] == 1000  # what DEFAULT_KM stands for
    old = [c for c in committed.cells if c.cell_type == "code"]
    new = [c for c in nb.cells if c.cell_type == "code" and "injected-parameters" not in c.metadata.get("tags", [])]
    assert [c.source for c in old] == [c.source for c in new]
    changed = [(o, n) for o, n in zip(old, new) if _texts(o) != _texts(n)]
    assert len(changed) >= 6  # coverage, outside, circles, verdict, sentences, finding...
    for o, n in changed:
        assert not DEFAULT_KM.search(_texts(n)), (n.source, DEFAULT_KM.search(_texts(n)).group())
    shown = "".join(_texts(c) for c in new)
    assert f"At {OTHER_KM:,} km from North Korean territory" in shown
    assert f"at {OTHER_KM:,} km" in shown.lower()
    # the prose carries no range of its own except the article's, quoted in the introduction
    prose = [c.source for c in nb.cells[1:] if c.cell_type == "markdown"]
    assert not [p for p in prose if re.search(DEFAULT_KM.pattern + r"\s*(km|kilomet)", p)]


class _DyingKernels:
    """A notebook client whose first ``deaths`` kernels die before answering."""

    def __init__(self, deaths: int):
        self.deaths, self.starts, self.km, self.kc = deaths, 0, None, None

    async def async_execute(self, **kwargs):
        self.starts += 1
        if self.starts <= self.deaths:
            raise RuntimeError("Kernel died before replying to kernel_info")


def test_a_kernel_that_dies_at_start_is_started_again():
    import asyncio

    client = _DyingKernels(deaths=study.KERNEL_STARTS - 1)
    asyncio.run(study._execute_with_kernel_retry(client, {}, paths.NOTEBOOKS / "01-provenance.ipynb"))
    assert client.starts == study.KERNEL_STARTS


def test_a_kernel_that_never_starts_is_one_error_naming_the_notebook():
    import asyncio

    client = _DyingKernels(deaths=study.KERNEL_STARTS)
    with pytest.raises(NotebookError, match=r"notebooks/01-provenance.ipynb: the kernel did not start"):
        asyncio.run(study._execute_with_kernel_retry(client, {}, paths.NOTEBOOKS / "01-provenance.ipynb"))


def test_readme_and_referee_print_this_run(run):
    """The README's findings and docs/referee.md are what the register gives for a fresh run
    (`python -m analysis findings --write` remakes them)."""
    from analysis.study import register

    table = register.register(run)
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    assert register.readme_block(table) in readme
    assert (paths.ROOT / "docs" / "referee.md").read_text(encoding="utf-8") == register.referee(table) + "\n"


def test_results_pages_fetch_nothing(run):
    """Every HTML page of a run opens offline: no script, style or font from the network (the browser
    test opens them with the network off)."""
    a = run
    pages = sorted(a.glob("*.html"))
    assert {p.name for p in pages} >= {"reach_map.html", "01-provenance.html"}
    fetching = re.compile(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//", re.I)
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert not fetching.search(html), page.name
        assert "@import url(" not in html and "mathjax" not in html.casefold(), page.name


def test_results_page_does_not_depend_on_how_the_kernel_split_printed_text():
    from nbformat.v4 import new_code_cell, new_notebook, new_output

    def page(*texts):
        outs = [new_output("stream", name="stdout", text=t) for t in texts]
        return study.render_html(new_notebook(cells=[new_code_cell("print()", outputs=outs, id="c1")]))

    assert page("a\n", "b\n") == page("a\nb\n")
