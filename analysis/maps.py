"""Figures: the aligned witnesses with their variants, the timeline, range maps.

Every function returns a matplotlib Figure and leaves saving to :func:`save_figure`,
which writes PNG and SVG without timestamps so reruns are byte-identical.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import matplotlib.pyplot as plt
from matplotlib.patches import Polygon, Rectangle

if TYPE_CHECKING:
    from analysis.collate import Collation

plt.rcParams.update({"svg.hashsalt": "nk-missile-talks-1997", "figure.dpi": 100, "savefig.dpi": 120})

KIND_COLOURS = {
    "menu": "#bbbbbb", "banner": "#e39b53", "topic": "#cccccc", "title": "#4c72b0", "title_repeat": "#9fb6dd",
    "share": "#dd8452", "publication": "#8c8c8c", "dateline": "#64b5cd", "byline": "#64b5cd",
    "body": "#a6c8a0", "navigation": "#bbbbbb", "source_url": "#937860",
}
CATEGORY_COLOURS = {"substantive": "#c44e52", "typography": "#8172b3", "whitespace": "#55a868",
                    "boilerplate": "#333333"}


def save_figure(fig, path: Path) -> None:
    """Save a figure as PNG or SVG (by suffix) with no creation date in the file."""
    path = Path(path)
    meta = {"Date": None} if path.suffix == ".svg" else {"Software": None}
    fig.savefig(path, metadata=meta, bbox_inches="tight")


def plot_collation(collation: "Collation"):
    """Each witness as a strip of its blocks along its characters; matched blocks are
    joined, variants are marked by category."""
    ws = collation.witnesses
    fig, ax = plt.subplots(figsize=(11, 1.2 + 1.1 * len(ws)))
    height = 0.5
    ys = {w.id: len(ws) - 1 - n for n, w in enumerate(ws)}
    for w in ws:
        y = ys[w.id]
        for b in w.blocks:
            ax.add_patch(Rectangle((b.start, y - height / 2), b.end - b.start, height,
                                   facecolor=KIND_COLOURS.get(b.kind, "#dddddd"), edgecolor="white", lw=0.8))
            if b.end - b.start > 0.04 * max(len(x.text) for x in ws):
                ax.text((b.start + b.end) / 2, y, b.kind, ha="center", va="center", fontsize=8)
    for p in collation.pairs:
        ya, yb = ys[p.base], ys[p.witness]
        for ba, bb in p.aligned_blocks:
            ax.add_patch(Polygon([(ba.start, ya - height / 2), (ba.end, ya - height / 2),
                                  (bb.end, yb + height / 2), (bb.start, yb + height / 2)],
                                 closed=True, facecolor="#4c72b0", alpha=0.08, edgecolor="none"))
        for v in p.variants:
            colour = CATEGORY_COLOURS[v.category]
            for x, y in ((v.base_start, ya), (v.witness_start, yb)):
                ax.plot([x, x], [y - height / 2 - 0.08, y + height / 2 + 0.08], color=colour, lw=2)
    handles = [plt.Line2D([], [], color=c, lw=2, label=k) for k, c in CATEGORY_COLOURS.items()]
    ax.legend(handles=handles, title="variant", loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
    ax.set_yticks(list(ys.values()), [f"{w.id}\n({w.format})" for w in ws], fontsize=8)
    ax.set_xlim(0, max(len(w.text) for w in ws) * 1.01)
    ax.set_ylim(-0.8, len(ws) - 0.2)
    ax.set_xlabel("character offset in the witness")
    ax.set_title("Witnesses aligned block by block; variants marked by category")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()
    return fig
