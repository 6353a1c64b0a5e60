"""The figures' print style, and saving without timestamps.

Every figure function returns a matplotlib Figure and leaves saving to
:func:`save_figure`, which writes PNG (300 dpi) and SVG without timestamps so reruns
are byte-identical. The style is applied inside each function and each save
(:data:`STYLE`), never to matplotlib's global settings.

Figures are drawn at the width they are printed at: one column (85 mm) or two
(178 mm), with no text smaller than :data:`MIN_POINTS` at that width. Colours are
safe for colour-blind readers: the Okabe-Ito palette for lines and categories, and
viridis for shares.

>>> with style():
...     import matplotlib as mpl
...     mpl.rcParams["savefig.dpi"]
300.0
>>> round(width_in("single"), 3)
3.346
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt

#: The smallest text a figure may carry at its print width (points).
MIN_POINTS = 7.0
#: Print widths (mm): one column and two columns of a journal page.
WIDTH_MM = {"single": 85.0, "double": 178.0}
#: Okabe & Ito (2008), "Color universal design": distinguishable by colour-blind readers.
OKABE_ITO = {"black": "#000000", "orange": "#E69F00", "sky blue": "#56B4E9", "bluish green": "#009E73",
             "yellow": "#F0E442", "blue": "#0072B2", "vermillion": "#D55E00", "reddish purple": "#CC79A7"}
#: Lines in turn (black first: the most important line is the darkest).
LINES = [OKABE_ITO[k] for k in ("vermillion", "blue", "bluish green", "orange", "reddish purple", "sky blue",
                                "black")]
#: The colour map for shares (0 to 1): perceptually uniform, readable in grey and by colour-blind readers.
SHARE_CMAP = "viridis"
#: Land that a map does not measure, and its outlines.
LAND, COAST = "#e6e6e6", "#8c8c8c"

#: The figures' matplotlib settings: resolutions and the print sizes of text.
STYLE = {"figure.dpi": 100, "savefig.dpi": 300, "font.size": 7.5, "axes.titlesize": 8.0,
         "axes.labelsize": 7.5, "xtick.labelsize": 7.0, "ytick.labelsize": 7.0, "legend.fontsize": 7.0,
         "legend.title_fontsize": 7.0, "figure.titlesize": 8.5, "axes.linewidth": 0.6, "lines.linewidth": 1.2,
         "svg.fonttype": "path"}


def width_in(columns: str = "double") -> float:
    """The print width (inches) of a one-column (``"single"``) or two-column (``"double"``) figure."""
    return WIDTH_MM[columns] / 25.4


def style(**extra):
    """A context (or decorator) in which matplotlib uses :data:`STYLE` (and ``extra`` rc settings)."""
    return plt.rc_context({**STYLE, **extra})


def save_figure(fig, path: Path, hashsalt: str | None = None) -> None:
    """Save a figure as PNG or SVG (by suffix) at its own size, with no creation date in the
    file; a fixed ``hashsalt`` makes the SVG's ids, and so its bytes, the same on every run."""
    path = Path(path)
    meta = {"Date": None} if path.suffix == ".svg" else {"Software": None}
    with style(**({"svg.hashsalt": hashsalt} if hashsalt else {})):
        fig.savefig(path, metadata=meta)
