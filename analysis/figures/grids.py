"""A grid of verdicts: where a claim holds and where it fails, as a parameter moves.

One panel per value of ``panel``; in each, a cell per (``x``, ``y``) coloured by whether
``holds`` is true (Okabe-Ito blue) or not (vermillion, hatched, so the two read apart
in grey too) and labelled with its share.

>>> import pandas as pd
>>> cells = pd.DataFrame({"panel": ["A"] * 2, "x": [1000, 1100], "y": ["90%"] * 2,
...                       "holds": [False, True], "share": [0.83, 0.96]})
>>> fig = verdict_grid(cells, "panel", "x", "y", "holds", "share")
>>> sum(ax.get_visible() for ax in fig.axes)
1
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Patch

from analysis.figures.style import OKABE_ITO, style, width_in

HOLDS, FAILS = OKABE_ITO["blue"], OKABE_ITO["vermillion"]


def _panel(ax, cells, x: str, y: str, holds: str, share: str, xs, ys) -> None:
    for _, c in cells.iterrows():
        i, j = xs.index(c[x]), ys.index(c[y])
        ok = bool(c[holds])
        ax.add_patch(plt.Rectangle((i - 0.5, j - 0.5), 1, 1, facecolor=HOLDS if ok else FAILS, alpha=0.85 if ok else 0.75,
                                   hatch="" if ok else "///", edgecolor="white", lw=0.8))
        ax.text(i, j, f"{float(c[share]):.0%}", ha="center", va="center", fontsize=7, color="white")
    ax.set_xlim(-0.5, len(xs) - 0.5)
    ax.set_ylim(-0.5, len(ys) - 0.5)
    ax.set_xticks(range(len(xs)), [f"{v:,.0f}" if isinstance(v, (int, float, np.floating)) else str(v) for v in xs])
    ax.set_yticks(range(len(ys)), [str(v) for v in ys])
    for side in ("top", "right", "left", "bottom"):
        ax.spines[side].set_visible(False)
    ax.tick_params(length=0)


@style()
def verdict_grid(cells, panel: str, x: str, y: str, holds: str, share: str, columns: int = 2,
                 xlabel: str = "", ylabel: str = "", title: str = ""):
    """Small multiples of holds/fails cells, two columns wide; the share written in each cell."""
    panels = list(dict.fromkeys(cells[panel]))
    xs, ys = sorted(set(cells[x])), sorted(set(cells[y]))
    rows = -(-len(panels) // columns)
    fig, axes = plt.subplots(rows, columns, figsize=(width_in("double"), 0.55 + rows * (0.35 + 0.24 * len(ys))),
                             squeeze=False, layout="constrained")
    for ax, name in zip(axes.flat, panels):
        _panel(ax, cells[cells[panel] == name], x, y, holds, share, xs, ys)
        ax.set_title(str(name), fontsize=7.5)
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
    for ax in list(axes.flat)[len(panels):]:
        ax.set_visible(False)
    fig.legend(handles=[Patch(facecolor=HOLDS, label="holds"), Patch(facecolor=FAILS, hatch="///", label="fails")],
               loc="outside lower center", ncol=2, frameon=False)
    if title:
        fig.suptitle(title)
    return fig
