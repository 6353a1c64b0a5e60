"""Charts: the aligned witnesses with their variants, coverage curves, the timeline.

>>> import pandas as pd
>>> curves = pd.DataFrame({"country": "X", "origin": "O", "range_km": [0.0, 100.0],
...                        "area_share": [0.0, 1.0], "population_share": [0.0, 1.0]})
>>> len(coverage_curves(curves).axes)
1
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
from matplotlib.patches import Polygon, Rectangle

from analysis.dates import bounds, edtf, value
from analysis.figures.style import style

if TYPE_CHECKING:
    from analysis.text.collate import Collation

KIND_COLOURS = {
    "menu": "#bbbbbb", "banner": "#e39b53", "topic": "#cccccc", "title": "#4c72b0", "title_repeat": "#9fb6dd",
    "share": "#dd8452", "publication": "#8c8c8c", "dateline": "#64b5cd", "byline": "#64b5cd",
    "body": "#a6c8a0", "navigation": "#bbbbbb", "source_url": "#937860",
}
CATEGORY_COLOURS = {"substantive": "#c44e52", "typography": "#8172b3", "whitespace": "#55a868",
                    "boilerplate": "#333333"}



@style()
def plot_collation(collation: Collation):
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




@style()
def coverage_curves(curves, marks_km=()):
    """Area and population share against range, one panel per country; a vertical line at each of ``marks_km``."""
    codes = list(dict.fromkeys(curves.country))
    fig, axes = plt.subplots(1, len(codes), figsize=(6 * len(codes), 4), sharey=True)
    axes = [axes] if len(codes) == 1 else axes
    for ax, code in zip(axes, codes):
        sub = curves[curves.country == code]
        for origin_name, part in sub.groupby("origin", sort=False):
            ax.plot(part.range_km, part.area_share * 100, label=f"area, from {origin_name}")
            ax.plot(part.range_km, part.population_share * 100, ls="--", label=f"population, from {origin_name}")
        for r in marks_km:
            ax.axvline(r, color="#999999", lw=0.8)
        ax.set_title(code)
        ax.set_xlabel("range (km)")
        ax.grid(alpha=0.3)
    axes[0].set_ylabel("share within range (%)")
    axes[-1].legend(fontsize=8, loc="lower right")
    fig.tight_layout()
    return fig


@style()
def plot_timeline(table, relations=()):
    """The article's dated events and dates on a time axis (intervals as bars).

    ``table`` is :func:`analysis.facts.timeline`; ``relations`` are (anchor label,
    subject label, text) arrows such as the "more than a year after" statement.
    """
    fig, ax = plt.subplots(figsize=(11, 0.6 + 0.55 * len(table)))
    ys = {}
    for n, r in enumerate(table.itertuples()):
        y = len(table) - n
        ys[r.label] = y
        a, b = bounds(value(r.start, r.end))
        width = max((b - a).days + 1, 4)
        ax.barh(y, width, left=mdates.date2num(a), height=0.5, color="#4c72b0" if not r.label.startswith("'") else "#a6c8a0")
        ax.annotate(f"{r.label}  ({edtf(value(r.start, r.end))})",
                    (mdates.date2num(b) + 10, y), va="center", fontsize=8)
    by_label = table.set_index("label")
    for anchor, subject, text in relations:
        if anchor in ys and subject in ys:
            a_end = bounds(value(by_label.loc[anchor, "end"]))[1]
            s_start = bounds(value(by_label.loc[subject, "start"]))[0]
            ax.annotate("", xy=(mdates.date2num(s_start), ys[subject]), xytext=(mdates.date2num(a_end), ys[anchor]),
                        arrowprops={"arrowstyle": "->", "color": "#c44e52"})
            ax.annotate(text, ((mdates.date2num(a_end) + mdates.date2num(s_start)) / 2, (ys[anchor] + ys[subject]) / 2),
                        color="#c44e52", fontsize=8, ha="center")
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.set_yticks([])
    lo = mdates.date2num(bounds(value(table.start.min()))[0])
    hi = mdates.date2num(bounds(value(table.end.max()))[1])
    ax.set_xlim(lo - 60, hi + 420)
    ax.set_ylim(0.3, len(table) + 0.7)
    ax.set_title("Events and dates in the article (blue: events; green: other dates)")
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()
    return fig
