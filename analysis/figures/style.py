"""The figures' print style, and saving without timestamps.

Every figure function returns a matplotlib Figure and leaves saving to
:func:`save_figure`, which writes PNG and SVG without timestamps so reruns are
byte-identical. The style is applied inside each function and each save
(:data:`STYLE`), never to matplotlib's global settings.

>>> with style():
...     import matplotlib as mpl
...     mpl.rcParams["savefig.dpi"]
120.0
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt

#: The figures' matplotlib settings: resolutions.
STYLE = {"figure.dpi": 100, "savefig.dpi": 120}


def style(**extra):
    """A context (or decorator) in which matplotlib uses :data:`STYLE` (and ``extra`` rc settings)."""
    return plt.rc_context({**STYLE, **extra})


def save_figure(fig, path: Path, hashsalt: str | None = None) -> None:
    """Save a figure as PNG or SVG (by suffix) with no creation date in the file; a fixed
    ``hashsalt`` makes the SVG's ids, and so its bytes, the same on every run."""
    path = Path(path)
    meta = {"Date": None} if path.suffix == ".svg" else {"Software": None}
    with style(**({"svg.hashsalt": hashsalt} if hashsalt else {})):
        fig.savefig(path, metadata=meta, bbox_inches="tight")
