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
from matplotlib.patches import Patch, Polygon, Rectangle

from analysis import geo
from analysis.dates import bounds, edtf, value
from analysis.figures.style import LINES, OKABE_ITO, style, width_in

if TYPE_CHECKING:
    from analysis.text.collate import Collation

#: Block kinds, by role: the article's own text in blue and green, the site's and the export's furniture in
#: orange, purple and greys (Okabe-Ito, lightened so black labels stay readable).
KIND_COLOURS = {
    "title": "#7fb8e0", "title_repeat": "#b9d9ef", "body": "#7fcfb8", "dateline": "#a8dcf3", "byline": "#a8dcf3",
    "banner": "#f2c76b", "share": "#e2b0cf", "publication": "#c8c8c8", "source_url": "#eca46f",
    "menu": "#dddddd", "navigation": "#dddddd", "topic": "#dddddd",
}
CATEGORY_COLOURS = {"substantive": OKABE_ITO["vermillion"], "typography": OKABE_ITO["blue"],
                    "whitespace": OKABE_ITO["bluish green"], "boilerplate": OKABE_ITO["black"]}


def _block_label(ax, b, y: float, renderer) -> None:
    """A block's kind written inside it, only where it fits."""
    t = ax.text((b.start + b.end) / 2, y, b.kind.replace("_", " "), ha="center", va="center", fontsize=7)
    box, block = t.get_window_extent(renderer), ax.transData.transform([(b.start, y), (b.end, y)])
    if box.width > (block[1][0] - block[0][0]) - 4:
        t.remove()


@style()
def plot_collation(collation: Collation):
    """Each witness as a strip of its blocks along its characters; matched blocks are
    joined, variants are marked by category; two columns wide, legends below."""
    ws = collation.witnesses
    fig, ax = plt.subplots(figsize=(width_in("double"), 1.5 + 0.55 * len(ws)), layout="constrained")
    height = 0.5
    ys = {w.id: len(ws) - 1 - n for n, w in enumerate(ws)}
    ax.set_xlim(0, max(len(w.text) for w in ws) * 1.01)
    ax.set_ylim(-0.6, len(ws) - 0.4)
    fig.get_layout_engine().execute(fig)
    renderer = fig.canvas.get_renderer()
    for w in ws:
        for b in w.blocks:
            ax.add_patch(Rectangle((b.start, ys[w.id] - height / 2), b.end - b.start, height,
                                   facecolor=KIND_COLOURS.get(b.kind, "#eeeeee"), edgecolor="white", lw=0.8))
            _block_label(ax, b, ys[w.id], renderer)
    for p in collation.pairs:
        ya, yb = ys[p.base], ys[p.witness]
        for ba, bb in p.aligned_blocks:
            ax.add_patch(Polygon([(ba.start, ya - height / 2), (ba.end, ya - height / 2),
                                  (bb.end, yb + height / 2), (bb.start, yb + height / 2)],
                                 closed=True, facecolor="#0072B2", alpha=0.08, edgecolor="none"))
        for v in p.variants:
            for x, y in ((v.base_start, ya), (v.witness_start, yb)):
                ax.plot([x, x], [y - height / 2 - 0.08, y + height / 2 + 0.08], color=CATEGORY_COLOURS[v.category], lw=1.5)
    kinds = list(dict.fromkeys(b.kind for w in ws for b in w.blocks))
    handles = [Patch(facecolor=KIND_COLOURS.get(k, "#eeeeee"), label=f"block: {k.replace('_', ' ')}") for k in kinds]
    handles += [plt.Line2D([], [], color=c, lw=1.5, label=f"variant: {k}") for k, c in CATEGORY_COLOURS.items()]
    fig.legend(handles=handles, loc="outside lower center", ncol=5, frameon=False, handlelength=1.2,
               columnspacing=1.2)
    ax.set_yticks(list(ys.values()), [f"{w.id}\n({w.format})" for w in ws])
    ax.set_xlabel("character offset in the witness")
    ax.set_title("Witnesses aligned block by block; variants marked by category")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig


def _origin_words(name: str) -> str:
    """An origin in a legend: a country's name from the map data, else the origin's own name."""
    return geo.area_name(name) if name in geo.countries().index else name


@style()
def coverage_curves(curves, marks_km=(), titles=None, origin_labels=None):
    """Area and population share against range, one panel per country, two columns wide; a
    labelled vertical line at each of ``marks_km``; the legend below the panels, clear of
    the curves. Panels are titled by ``titles`` ({code: words}; default: the map data's
    names), origins named by ``origin_labels`` ({origin: words}) likewise."""
    codes = list(dict.fromkeys(curves.country))
    titles, origin_labels = titles or {}, origin_labels or {}
    fig, axes = plt.subplots(1, len(codes), figsize=(width_in("double"), 2.9), sharey=True, layout="constrained")
    axes = [axes] if len(codes) == 1 else list(axes)
    origins = list(dict.fromkeys(curves.origin))
    for ax, code in zip(axes, codes):
        sub = curves[curves.country == code]
        for n, origin_name in enumerate(origins):
            part = sub[sub.origin == origin_name]
            ax.plot(part.range_km, part.area_share * 100, color=LINES[n % len(LINES)], lw=1.2)
            ax.plot(part.range_km, part.population_share * 100, color=LINES[n % len(LINES)], lw=1.2, ls="--")
        for n, r in enumerate(sorted(marks_km)):  # named above the frame, alternately left and right of the line
            ax.axvline(r, color="#666666", lw=0.7, ls="-", zorder=0)
            ax.annotate(f"{r:,.0f} km", (r, 1.0), xycoords=("data", "axes fraction"), xytext=(3 if n % 2 else -3, 1),
                        textcoords="offset points", ha="left" if n % 2 else "right", va="bottom", fontsize=7,
                        color="#444444")
        ax.set_title(titles.get(code) or _origin_words(code), pad=12)
        ax.set_xlabel("range (km)")
        ax.set_ylim(0, 104)
        ax.grid(alpha=0.3, lw=0.4)
    axes[0].set_ylabel("share within range (%)")
    handles = [plt.Line2D([], [], color=LINES[n % len(LINES)], lw=1.2, label=f"from {origin_labels.get(o) or _origin_words(o)}")
               for n, o in enumerate(origins)]
    handles += [plt.Line2D([], [], color="black", lw=1.2, label="area"),
                plt.Line2D([], [], color="black", lw=1.2, ls="--", label="population")]
    fig.legend(handles=handles, loc="outside lower center", ncol=min(len(handles), 3), frameon=False)
    return fig


def _relation(ax, a_end: float, s_start: float, ys: tuple[float, float], lane: float, text: str) -> None:
    """A relation between two dated rows drawn in its own lane below them: dotted leaders
    down from the anchor's end and the subject's start, an arrow between, the words above it."""
    colour = OKABE_ITO["vermillion"]
    for x, y in ((a_end, ys[0]), (s_start, ys[1])):
        ax.plot([x, x], [y - 0.3, lane], color=colour, lw=0.6, ls=":")
    ax.annotate("", xy=(s_start, lane), xytext=(a_end, lane),
                arrowprops={"arrowstyle": "->", "color": colour, "lw": 0.9, "shrinkA": 0, "shrinkB": 0})
    ax.annotate(text, ((a_end + s_start) / 2, lane), xytext=(0, 2), textcoords="offset points", color=colour,
                fontsize=7, ha="center", va="bottom")


@style()
def plot_timeline(table, relations=()):
    """The article's dated events and dates on a time axis (intervals as bars), two columns wide.

    ``table`` is :func:`analysis.facts.timeline`; ``relations`` are (anchor label,
    subject label, text) arrows such as the "more than a year after" statement, each
    drawn in a lane of its own below the rows, so it crosses no bar and no label.
    """
    by_label = table.set_index("label")
    shown = [(a, b, t) for a, b, t in relations if a in by_label.index and b in by_label.index]
    fig, ax = plt.subplots(figsize=(width_in("double"), 0.7 + 0.32 * (len(table) + len(shown))), layout="constrained")
    ys = {}
    for n, r in enumerate(table.itertuples()):
        y = len(table) - n
        ys[r.label] = y
        a, b = bounds(value(r.start, r.end))
        width = max((b - a).days + 1, 4)
        event = not r.label.startswith("'")
        ax.barh(y, width, left=mdates.date2num(a), height=0.5, color=OKABE_ITO["blue"] if event else "#7fcfb8")
        ax.annotate(f"{r.label}  ({edtf(value(r.start, r.end))})", (mdates.date2num(b) + 10, y), va="center",
                    fontsize=7)
    for n, (anchor, subject, text) in enumerate(shown):
        a_end = mdates.date2num(bounds(value(by_label.loc[anchor, "end"]))[1])
        s_start = mdates.date2num(bounds(value(by_label.loc[subject, "start"]))[0])
        _relation(ax, a_end, s_start, (ys[anchor], ys[subject]), -0.1 - 0.8 * n, text)
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.set_yticks([])
    lo = mdates.date2num(bounds(value(table.start.min()))[0])
    hi = mdates.date2num(bounds(value(table.end.max()))[1])
    ax.set_xlim(lo - 60, hi + 480)
    ax.set_ylim(-0.5 - 0.8 * len(shown), len(table) + 0.6)
    ax.set_title("Events and dates in the article (blue: events; green: other dates)")
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    return fig
