"""Reproduce the whole study: verify data, execute every notebook, write results/.

Each notebook is executed in a fresh kernel and rendered to HTML; the tables and
figures are the ones the notebooks compute and hand to :func:`analysis.outputs.publish`
(computed once, shown and written from the same objects). Everything is written to
a staging folder first and swapped in only when the whole run succeeded, so a failed
run never replaces the results of the last complete one; folders left by a run that
was killed are removed at the start of the next.
"""

from __future__ import annotations

import ast
import asyncio
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import threading
import time
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from analysis import __version__, paths
from analysis.errors import AnalysisError, NotebookError
from analysis.integrity import read_checksums, sha256_file, verify_data
from analysis.study import article, outputs
from analysis.study.crate import write_crate
from analysis.text.capture import read_bytes

#: Packages whose versions the manifest records.
RECORDED_PACKAGES = (
    "pandas", "numpy", "matplotlib", "pyproj", "shapely", "geopandas", "scipy", "pint", "prov",
    "nbclient", "nbconvert", "papermill", "ipykernel", "jupyterlab", "nbval", "rocrate",
)


#: A notebook with its outputs is a few MB; a larger file is refused before it is parsed.
NOTEBOOK_MAX_BYTES = 64 * 2**20


def notebooks() -> list[Path]:
    """The study's notebooks, in order."""
    return sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))


class _Lines:
    """Progress where no terminal watches (a log, a pipe): one plain line when a notebook finishes."""

    def __init__(self, total: int, desc: str, **_ignored):
        self.total, self.desc, self.done, self.started = total, desc, 0, time.monotonic()

    def set_postfix_str(self, _text: str) -> None:
        pass

    def update(self, n: int) -> None:
        self.done += n

    def close(self) -> None:
        if self.done == self.total:
            print(f"{self.desc}: {self.total} cells run in {time.monotonic() - self.started:.0f} s",
                  file=sys.stderr, flush=True)


def _progress(enabled: bool):
    """Bars on a terminal, plain lines otherwise (no escape codes in a log), nothing when disabled."""
    if enabled and not sys.stderr.isatty():
        return _Lines
    from tqdm.auto import tqdm  # deferred: only reproduce shows progress

    return lambda **kw: tqdm(disable=not enabled, file=sys.stderr, dynamic_ncols=True, **kw)


def declared_parameters(nb) -> set[str]:
    """Names assigned in a notebook's cell tagged ``parameters`` (papermill's convention)."""

    names: set[str] = set()
    for cell in nb.cells:
        if cell.cell_type == "code" and "parameters" in cell.get("metadata", {}).get("tags", []):
            for node in ast.walk(ast.parse(cell.source)):
                if isinstance(node, ast.Assign):
                    names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


async def execute_notebook_async(path: Path, parameters: dict | None = None, progress: bool = True,
                                 publish_to: Path | None = None, position: int = 0):
    """Execute a notebook in a fresh kernel from its own folder; return the executed notebook.

    ``parameters`` are injected after the cell tagged ``parameters`` (papermill's
    convention); the file on disk is never modified. With ``publish_to``, the
    outputs the notebook publishes are written to that folder.
    """
    from nbclient import NotebookClient  # deferred: the Jupyter machinery, only to run notebooks
    from nbclient.exceptions import CellExecutionError  # deferred: as above

    nb = _read(path)
    own = {k: v for k, v in (parameters or {}).items() if k in declared_parameters(nb)}
    if own:
        from papermill.iorw import load_notebook_node  # deferred: papermill only when parameters are injected
        from papermill.parameterize import parameterize_notebook  # deferred: as above

        nb = parameterize_notebook(load_notebook_node(str(path)), own, report_mode=False)
    code = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    bar = _progress(progress)(total=len(code), desc=path.stem, unit="cell", position=position)
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
    env = {k: v for k, v in os.environ.items() if k != outputs.PUBLISH_ENV}
    if publish_to is not None:
        env[outputs.PUBLISH_ENV] = str(publish_to)
    try:
        await _execute_with_kernel_retry(client, env, path)
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


#: Attempts at starting a kernel: when several start at once, one can lose its ports to another,
#: and on a busy machine one can stay silent past the start-up timeout.
KERNEL_STARTS = 3
#: What a kernel that never came up says (jupyter_client): died, or silent past the timeout.
_NOT_STARTED = ("Kernel died before replying", "Kernel didn't respond")


async def _execute_with_kernel_retry(client, env: dict, path: Path) -> None:
    """Run the client; a kernel that dies or stays silent before it answers (no cell has run) is
    started again; one that dies while running a cell is one error naming the notebook."""
    from nbclient.exceptions import DeadKernelError  # deferred: the Jupyter machinery, only to run notebooks

    for attempt in range(1, KERNEL_STARTS + 1):
        try:
            # The kernel's own log (transport notices) is not the notebook's output.
            await client.async_execute(stderr=subprocess.DEVNULL, env=env)
            return
        except DeadKernelError as exc:
            raise NotebookError(f"{paths.relative(path)}: the kernel died while running it ({exc})") from None
        except RuntimeError as exc:
            if not str(exc).startswith(_NOT_STARTED):
                raise
            if attempt == KERNEL_STARTS:
                raise NotebookError(f"{paths.relative(path)}: the kernel did not start ({KERNEL_STARTS} attempts): "
                                    f"{exc}") from None
            client.km = client.kc = None  # a fresh kernel manager for the next start


def execute_notebook(path: Path, parameters: dict | None = None, progress: bool = True,
                     publish_to: Path | None = None):
    """:func:`execute_notebook_async`, waited for."""
    return asyncio.run(execute_notebook_async(path, parameters, progress, publish_to))


async def _execute_all(nbs: list[Path], params: dict, progress: bool, staging: Path) -> list:
    """Every notebook at once, each in its own kernel and publishing into its own folder.

    They are independent (each reads data/ itself), so the run takes as long as the
    slowest notebook rather than the sum; each is rendered to HTML as soon as it has run,
    while the others still compute. Returns (executed notebook, HTML) per notebook; the
    first failure, in notebook order, is raised.
    """
    async def run(n: int, p: Path):
        nb = await execute_notebook_async(p, params, progress, staging / f".{p.stem}", n)
        return nb, await asyncio.to_thread(render_html, nb)

    done = await asyncio.gather(*(run(n, p) for n, p in enumerate(nbs)), return_exceptions=True)
    for result in done:
        if isinstance(result, BaseException):
            raise result
    return done


#: JupyterLab's page template without what it would fetch from a CDN (require.js, MathJax,
#: mermaid, the widget manager): the notebooks use none of them, and a results page must open
#: offline with nothing fetched.
OFFLINE_TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
"""


def render_html(nb) -> str:
    """A standalone HTML rendering of an executed notebook that fetches nothing when opened."""
    with _RENDERING:  # one exporter, one notebook at a time (each render holds the interpreter anyway)
        body, _ = _exporter().from_notebook_node(coalesce_streams(nb))
    return body


_RENDERING = threading.Lock()


@lru_cache(maxsize=1)
def _exporter():
    """The HTML exporter, made once: its templates compile once for every notebook of a run
    (a third of the rendering's cost when each notebook made its own)."""
    from jinja2 import DictLoader  # deferred: as for executing
    from nbconvert import HTMLExporter  # deferred: as for executing

    return HTMLExporter(template_name="lab", extra_loaders=[DictLoader({"offline.html.j2": OFFLINE_TEMPLATE})],
                        template_file="offline.html.j2", embed_images=True)


def coalesce_streams(nb):
    """A copy of ``nb`` with each run of stream outputs of one name (stdout, stderr) joined into one:
    how a kernel splits printed text depends on timing, and the page must not (nbval joins them too)."""
    import copy  # why: only rendering needs a copy

    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        merged = []
        for out in cell.get("outputs", []):
            if (out.get("output_type") == "stream" and merged and merged[-1].get("output_type") == "stream"
                    and merged[-1].get("name") == out.get("name")):
                merged[-1]["text"] += out["text"]
            else:
                merged.append(out)
        if "outputs" in cell:
            cell["outputs"] = merged
    return nb


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
    """A notebook, read and validated (version 4)."""
    import nbformat  # deferred: as for executing

    data = read_bytes(path, NOTEBOOK_MAX_BYTES, "notebook")  # the loader's checks: a regular file, bounded, never blocking
    try:
        return nbformat.reads(data.decode("utf-8"), as_version=4)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError, UnicodeDecodeError) as exc:
        # nbformat's validation errors and JSON errors are ValueErrors; a wrong shape fails on access
        raise NotebookError(f"{paths.relative(path)}: is not a readable notebook ({exc.__class__.__name__}: "
                            f"{str(exc).splitlines()[0] if str(exc) else ''})") from None


def run_name(params: dict) -> str:
    """Folder name of a run: ``results`` by default, ``results-<key>-<value>...`` with parameters."""
    if not params:
        return "results"
    parts = [f"{k.replace('_', '-')}-{params[k]:g}" if isinstance(params[k], (int, float)) else f"{k}-{params[k]}"
             for k in sorted(params)]
    return "results-" + "-".join(parts)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def _remove(path: Path) -> None:
    """Remove whatever ``path`` is: a folder (read-only ones too), a file or a symlink (not its target)."""
    if path.is_symlink() or not path.is_dir():
        path.unlink(missing_ok=True)
        return

    def writable_then_retry(func, name, _exc):
        os.chmod(os.path.dirname(name), 0o700)
        if os.path.isdir(name) and not os.path.islink(name):
            os.chmod(name, 0o700)
        func(name)

    for folder, _dirs, _files in os.walk(path):
        os.chmod(folder, 0o700)  # a read-only folder cannot be emptied
    shutil.rmtree(path, onerror=writable_then_retry)


def remove_stale(target: Path) -> list[str]:
    """Remove the staging and swap folders of runs into ``target`` whose process is gone, whatever
    they are (a folder, read-only or not, a file, a symlink)."""
    removed = []
    for kind in ("staging", "old"):
        for folder in sorted(target.parent.glob(f".{target.name}.{kind}-*")):
            pid = folder.name.rpartition("-")[2]
            if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
                try:
                    _remove(folder)
                except OSError as exc:
                    raise AnalysisError(f"{paths.relative(folder)}: a folder left by an earlier run cannot be "
                                        f"removed ({exc.strerror or exc}); remove it by hand") from None
                removed.append(folder.name)
    return removed


def _collect(staging: Path, nb_path: Path) -> list[str]:
    """Move what a notebook published into the run's folder; NotebookError if it missed one of its
    outputs or wrote another's."""
    folder = staging / f".{nb_path.stem}"
    made = {p.name for p in folder.iterdir()}
    expected = {f for o in outputs.OUTPUTS if o.notebook == nb_path.stem for f in o.files}
    if made != expected:
        missing, extra = sorted(expected - made), sorted(made - expected)
        raise NotebookError(f"{paths.relative(nb_path)}: "
                            + "; ".join([*(["did not publish " + ", ".join(missing)] if missing else []),
                                         *(["published outputs of another notebook: " + ", ".join(extra)]
                                           if extra else [])]))
    for name in sorted(made):
        (folder / name).rename(staging / name)
    folder.rmdir()
    return sorted(made)


def reproduce(params: dict | None = None, progress: bool = True, target: Path | None = None) -> str:
    """The main job. Returns the results folder, relative to the project root."""
    paths.require_checkout("reproduce")
    params = dict(params or {})
    unknown = set(params) - set().union(*(declared_parameters(_read(p)) for p in notebooks())) if params else ()
    if unknown:
        raise AnalysisError(f"no notebook takes the parameter(s) {', '.join(sorted(unknown))}")
    say = (lambda msg: print(msg, file=sys.stderr)) if progress else (lambda msg: None)
    say("verifying data checksums...")
    verify_data()
    target = target or paths.ROOT / run_name(params)
    remove_stale(target)
    staging = target.with_name(f".{target.name}.staging-{os.getpid()}")
    if staging.exists() or staging.is_symlink():
        _remove(staging)
    try:
        _run_into(staging, params, progress)
    except OSError as exc:  # a full disk, a read-only folder: the previous results stay
        _remove_quietly(staging)
        raise AnalysisError(f"{paths.relative(staging)}: cannot write the results ({exc.strerror or exc}); "
                            f"the previous {paths.relative(target)} are kept") from None
    except BaseException:
        _remove_quietly(staging)
        raise
    # swap: the old results survive until the new ones are complete
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    if target.exists() or target.is_symlink():
        target.rename(old)
    staging.rename(target)
    _remove_quietly(old)  # a file, a read-only folder or a symlink as well; the next run retries
    return paths.relative(target)


def _remove_quietly(path: Path) -> None:
    try:
        _remove(path)
    except OSError:
        pass  # left for remove_stale of the next run


def _run_into(staging: Path, params: dict, progress: bool) -> None:
    """Execute every notebook and write all a run produces into ``staging``."""
    staging.mkdir(parents=True)
    produced: dict[str, str] = {}
    nbs = notebooks()
    if not nbs:
        raise AnalysisError(f"{paths.relative(paths.NOTEBOOKS)}: no notebooks found")
    for nb_path in nbs:
        (staging / f".{nb_path.stem}").mkdir()
    executed = asyncio.run(_execute_all(nbs, params, progress, staging))
    for nb_path, (_, html) in zip(nbs, executed):
        for name in _collect(staging, nb_path):
            produced[name] = nb_path.name
        name = f"{nb_path.stem}.html"
        (staging / name).write_text(html, encoding="utf-8")
        produced[name] = nb_path.name
    manifest = {
        "study": article.STUDY_NAME,
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
    write_crate(staging, manifest)
