"""The whole study rerun: `python -m analysis reproduce` against executing the notebooks with nbconvert.

What a user would do without our command: `jupyter nbconvert --to html --execute` on
each notebook, one after the other. That renders the notebooks but writes none of
the tables, figures, manifest or RO-Crate; ours writes all of them, from the
notebooks' own run, and executes the three notebooks at once. Both are timed as a
user starts them (a new Python process each), best and median of ``--repeat`` runs,
in the same session. Run: .venv/bin/python benchmarks/bench_reproduce.py (it needs
nothing beyond the study's environment; it writes results/ as make reproduce does).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from analysis import paths

TARGET_S = 12.0


def timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=paths.ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    python = sys.executable
    notebooks = [str(p) for p in sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))]
    ours, theirs = [], []
    with tempfile.TemporaryDirectory() as out:
        for _ in range(args.repeat):  # interleaved, so both see the same load on the machine
            ours.append(timed([python, "-m", "analysis", "reproduce", "--quiet"]))
            theirs.append(timed([python, "-m", "jupyter", "nbconvert", "--to", "html", "--execute",
                                 "--output-dir", out, *notebooks]))
        written = len(list(Path(out).iterdir()))
    results = len(list(paths.RESULTS.iterdir()))
    print(f"runs: {args.repeat} each, interleaved")
    print(f"ours (python -m analysis reproduce, {results} files): best {min(ours):6.2f} s, "
          f"median {statistics.median(ours):6.2f} s")
    print(f"nbconvert --execute --to html ({written} files):    best {min(theirs):6.2f} s, "
          f"median {statistics.median(theirs):6.2f} s")
    print(f"ratio (nbconvert / ours, medians): {statistics.median(theirs) / statistics.median(ours):.2f}x")
    print(f"target: ours at most {TARGET_S:g} s: {'met' if statistics.median(ours) <= TARGET_S else 'NOT met'}")


if __name__ == "__main__":
    main()
