"""Test session setup shared by tests/ and the notebooks nbval runs.

Offline: tests/offline/sitecustomize.py refuses connections to anything but loopback.
It is put on PYTHONPATH here, so every child Python (the command line under test,
the notebook kernels) loads it, and loaded in this process too.
"""

import os
from pathlib import Path

GUARD = Path(__file__).resolve().parent / "tests" / "offline"
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(GUARD), os.environ.get("PYTHONPATH", "")) if p)
import sys  # noqa: E402

sys.path.insert(0, str(GUARD))
import pytest  # noqa: E402
import sitecustomize  # noqa: E402,F401  (the guard; a no-op if Python already imported it at start-up)

#: The two short captures the text engine's doctests use as ``w`` and ``v``: one brief,
#: the second without a comma (a typographic variant).
EXAMPLE_TEXTS = {"w": "## Talks in Geneva\n\nThe two delegations met in Geneva on June 11, 1998, for two days.\n",
                 "v": "## Talks in Geneva\n\nThe two delegations met in Geneva on June 11, 1998 for two days.\n"}


@pytest.fixture(autouse=True, scope="session")
def _example_witnesses(doctest_namespace):
    """``w`` (id "a") and ``v`` (id "b") for the doctests of analysis.text, instead of each example
    building them again."""
    from analysis.text.capture import parse_text

    doctest_namespace["w"] = parse_text(EXAMPLE_TEXTS["w"], id="a")
    doctest_namespace["v"] = parse_text(EXAMPLE_TEXTS["v"], id="b")


#: The files that take longest (seconds on the 2-core machine, `make test`), started first so
#: that the two workers finish together instead of one waiting on the other's last long file.
LONGEST_FIRST = ("tests/test_lab.py", "tests/test_study.py", "tests/test_wheel.py", "tests/test_robustness.py",
                 "tests/test_figures.py", "notebooks/04-later-missiles.ipynb",
                 "tests/test_geo.py", "tests/test_evaluate.py", "tests/test_extremes.py", "tests/test_binder.py",
                 "tests/test_corpus.py", "notebooks/03-range-maps.ipynb", "tests/test_integrity.py")


def pytest_collection_modifyitems(session, config, items):
    """Longest files first (the same order in every worker); the rest keep pytest's order."""
    rank = {name: n for n, name in enumerate(LONGEST_FIRST)}
    root = Path(__file__).resolve().parent
    gone = [name for name in LONGEST_FIRST if not (root / name).is_file()]
    if gone:
        raise pytest.UsageError(f"conftest.py: LONGEST_FIRST names files that do not exist: {', '.join(gone)}")

    def key(item):
        path = Path(str(item.fspath)).resolve()
        name = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        return rank.get(name, len(rank))

    items.sort(key=key)  # stable: within a file, and among the rest, the collected order holds
