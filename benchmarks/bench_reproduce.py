"""The whole study rerun: `python -m analysis reproduce` against executing the notebooks with nbconvert,
and where the time goes: each notebook's time and its five slowest cells.

What a user would do without our command: `jupyter nbconvert --to html --execute` on
each notebook, one after the other. That renders the notebooks but writes none of
the tables, figures, manifest or RO-Crate; ours writes all of them, from the
notebooks' own run, and executes the notebooks at once. Both are timed as a user
starts them (a new Python process each), best and median of ``--repeat`` runs, in the
same session. Then each notebook is run alone in a fresh kernel with nbclient's cell
timing, to show which cells cost. Run: .venv/bin/python benchmarks/bench_reproduce.py
(it needs nothing beyond the study's environment; it writes results/ as make reproduce does).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from analysis import paths

TARGET_S = 12.0


def timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=paths.ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def _seconds(cell) -> float:
    ex = cell.metadata.get("execution", {})
    a, b = ex.get("iopub.execute_input"), ex.get("shell.execute_reply")
    if not (a and b):
        return 0.0
    return (datetime.fromisoformat(b.replace("Z", "+00:00")) - datetime.fromisoformat(a.replace("Z", "+00:00"))).total_seconds()


def cell_times(path: Path) -> tuple[float, list[tuple[float, int, str]]]:
    """A notebook run alone in a fresh kernel: its time, and (seconds, cell number, first line) per code cell."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    t0 = time.perf_counter()
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}},
                   record_timing=True).execute()
    total = time.perf_counter() - t0
    cells = [(_seconds(c), n, c.source.splitlines()[0][:70] if c.source else "")
             for n, c in enumerate(nb.cells) if c.cell_type == "code"]
    return total, sorted(cells, reverse=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    python = sys.executable
    notebooks = sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
    ours, theirs = [], []
    with tempfile.TemporaryDirectory() as out:
        for _ in range(args.repeat):  # interleaved, so both see the same load on the machine
            ours.append(timed([python, "-m", "analysis", "reproduce", "--quiet"]))
            theirs.append(timed([python, "-m", "jupyter", "nbconvert", "--to", "html", "--execute",
                                 "--output-dir", out, *map(str, notebooks)]))
        written = len(list(Path(out).iterdir()))
    results = len(list(paths.RESULTS.iterdir()))
    print(f"runs: {args.repeat} each, interleaved")
    print(f"ours (python -m analysis reproduce, {results} files): best {min(ours):6.2f} s, "
          f"median {statistics.median(ours):6.2f} s")
    print(f"nbconvert --execute --to html ({written} files):    best {min(theirs):6.2f} s, "
          f"median {statistics.median(theirs):6.2f} s")
    print(f"ratio (nbconvert / ours, medians): {statistics.median(theirs) / statistics.median(ours):.2f}x")
    print(f"target: ours at most {TARGET_S:g} s: {'met' if statistics.median(ours) <= TARGET_S else 'NOT met'}")
    print("each notebook alone in a fresh kernel, and its five slowest cells:")
    for path in notebooks:
        total, cells = cell_times(path)
        print(f"  {path.name}: {total:5.1f} s")
        for seconds, n, first in cells[:5]:
            print(f"      {seconds:5.2f} s  cell {n}: {first}")


if __name__ == "__main__":
    main()
