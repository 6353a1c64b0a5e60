"""Reproduce the whole study: verify data, execute every notebook, write results/.

Tables and figures are computed by the package's own functions (the ones the
notebooks call and show); each notebook is executed in a fresh kernel and
rendered to HTML. Everything is written to a staging folder first and swapped in
only when the whole run succeeded, so a failed run never replaces the results of
the last complete one.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Callable

from analysis import __version__, paths
from analysis.errors import AnalysisError
from analysis.integrity import read_checksums, sha256_file, verify_data

#: Packages whose versions the manifest records.
RECORDED_PACKAGES = (
    "pandas", "numpy", "matplotlib", "pyproj", "shapely", "geopandas", "scipy", "pint", "prov",
    "nbclient", "nbconvert", "papermill", "ipykernel", "jupyterlab", "nbval", "rocrate",
)


class NotebookError(AnalysisError):
    """A notebook cell failed during reproduce."""


@dataclass(frozen=True)
class Output:
    """Files of results/: a name, the notebook it belongs to, and how to make it.

    A table or text is written to ``name``; a figure to ``name.<ext>`` for each of
    ``formats``.
    """

    name: str
    notebook: str
    make: Callable[[dict], object]
    formats: tuple[str, ...] = ()

    @property
    def files(self) -> list[str]:
        return [f"{self.name}.{ext}" for ext in self.formats] if self.formats else [self.name]


def _write(path: Path, obj) -> None:
    """Write a DataFrame (CSV), a matplotlib Figure (PNG or SVG by suffix) or text."""
    import pandas as pd

    if isinstance(obj, pd.DataFrame):
        obj.to_csv(path, index=False, lineterminator="\n")
    elif hasattr(obj, "savefig"):
        from analysis.maps import save_figure

        save_figure(obj, path)
    else:
        path.write_text(str(obj), encoding="utf-8")


def _close(obj) -> None:
    if hasattr(obj, "savefig"):
        import matplotlib.pyplot as plt

        plt.close(obj)


def outputs() -> list[Output]:
    """Every file reproduce writes besides renderings and the manifest, in a stable order."""
    from analysis import tables

    return tables.OUTPUTS


def notebooks() -> list[Path]:
    return sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))


def _progress(enabled: bool):
    from tqdm.auto import tqdm

    return lambda **kw: tqdm(disable=not enabled, file=sys.stderr, dynamic_ncols=True, **kw)


def declared_parameters(nb) -> set[str]:
    """Names assigned in a notebook's cell tagged ``parameters`` (papermill's convention)."""
    import ast

    names: set[str] = set()
    for cell in nb.cells:
        if cell.cell_type == "code" and "parameters" in cell.get("metadata", {}).get("tags", []):
            for node in ast.walk(ast.parse(cell.source)):
                if isinstance(node, ast.Assign):
                    names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


def execute_notebook(path: Path, parameters: dict | None = None, progress: bool = True):
    """Execute a notebook in a fresh kernel from its own folder; return the executed notebook.

    ``parameters`` are injected after the cell tagged ``parameters`` (papermill's
    convention); the file on disk is never modified.
    """
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = _read(path)
    own = {k: v for k, v in (parameters or {}).items() if k in declared_parameters(nb)}
    if own:
        from papermill.parameterize import parameterize_notebook

        nb = parameterize_notebook(nb, own, report_mode=False)
    code = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    bar = _progress(progress)(total=len(code), desc=path.stem, unit="cell")
    started = time.monotonic()

    def on_start(cell, cell_index):
        if cell_index in code:
            bar.set_postfix_str(f"cell {code.index(cell_index) + 1}/{len(code)}, {time.monotonic() - started:.0f}s")

    def on_done(cell, cell_index, execute_reply):
        bar.update(1)

    client = NotebookClient(
        nb, timeout=1800, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}, record_timing=False,
        on_cell_start=on_start, on_cell_executed=on_done,
    )
    try:
        # The kernel's own log (transport notices) is not the notebook's output.
        client.execute(stderr=subprocess.DEVNULL)
    except CellExecutionError as exc:
        failing = next((n for n, i in enumerate(code) if nb.cells[i].get("outputs") and any(
            o.get("output_type") == "error" for o in nb.cells[i]["outputs"])), None)
        where = f"cell {failing + 1}" if failing is not None else "a cell"
        plain = re.sub(r"\x1b\[[0-9;]*m", "", str(exc)).strip()
        last = plain.splitlines()[-1] if plain else exc.__class__.__name__
        raise NotebookError(f"{paths.relative(path)}: {where} failed: {last}") from None
    finally:
        bar.close()
    return nb


def render_html(nb) -> str:
    """A standalone HTML rendering of an executed notebook."""
    from nbconvert import HTMLExporter

    body, _ = HTMLExporter().from_notebook_node(nb)
    return body


def _git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=paths.ROOT, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None if out.returncode == 0 else None


def _versions() -> dict[str, str]:
    found = {}
    for name in RECORDED_PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return found


def _read(path: Path):
    """A notebook as papermill reads it (every cell's metadata has its tags list)."""
    from papermill.iorw import load_notebook_node

    return load_notebook_node(str(path))


def run_name(params: dict) -> str:
    """Folder name of a run: ``results`` by default, ``results-<key>-<value>...`` with parameters."""
    if not params:
        return "results"
    parts = [f"{k.replace('_', '-')}-{params[k]:g}" if isinstance(params[k], (int, float)) else f"{k}-{params[k]}"
             for k in sorted(params)]
    return "results-" + "-".join(parts)


def reproduce(params: dict | None = None, progress: bool = True, target: Path | None = None) -> str:
    """The main job. Returns the results folder, relative to the project root."""
    paths.require_checkout("reproduce")
    params = dict(params or {})
    unknown = set(params) - set().union(*(declared_parameters(_read(p)) for p in notebooks()))
    if unknown:
        raise AnalysisError(f"no notebook takes the parameter(s) {', '.join(sorted(unknown))}")
    say = (lambda msg: print(msg, file=sys.stderr)) if progress else (lambda msg: None)
    say("verifying data checksums...")
    verify_data()
    target = target or paths.ROOT / run_name(params)
    staging = target.with_name(f".{target.name}.staging-{os.getpid()}")
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    produced: dict[str, str] = {}
    try:
        nbs = notebooks()
        if not nbs:
            raise AnalysisError(f"{paths.relative(paths.NOTEBOOKS)}: no notebooks found")
        for nb_path in nbs:
            nb = execute_notebook(nb_path, params, progress)
            name = f"{nb_path.stem}.html"
            (staging / name).write_text(render_html(nb), encoding="utf-8")
            produced[name] = nb_path.name
        made = outputs()
        bar = _progress(progress)(total=len(made), desc="tables and figures", unit="output")
        for out in made:
            bar.set_postfix_str(out.name)
            obj = out.make(params)
            for name in out.files:
                _write(staging / name, obj)
                produced[name] = f"{out.notebook}.ipynb"
            _close(obj)
            bar.update(1)
        bar.close()
        manifest = {
            "study": "nk-missile-talks-1997",
            "version": __version__,
            "git_commit": _git_commit(),
            "parameters": params,
            "python": platform.python_version(),
            "packages": _versions(),
            "inputs": {f"data/{k}": v for k, v in sorted(read_checksums().items())},
            "outputs": {name: {"sha256": sha256_file(staging / name), "notebook": produced[name]}
                        for name in sorted(produced)},
        }
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        from analysis.crate import write_crate

        write_crate(staging, manifest)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    # swap: the old results survive until the new ones are complete
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    if target.exists():
        target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    return paths.relative(target)
