"""Label placement that avoids other labels, markers and the frame, and the check that it did.

:func:`place_labels` tries each label, most important first, at eight positions around
its point (right, above right, above, ... as a cartographer would) and keeps the first
whose box, measured by the renderer, stays inside the axes and clear of every label
already placed, every marker and every obstacle (a legend, a scale bar); a label with
no free position is left out. Deterministic and fast: no iteration, no randomness.
:func:`collisions` lists every pair of labels whose boxes overlap and every label
that leaves its axes; the tests run it on every map the study draws.

The axes must be in their final place before labels are placed: call
``fig.tight_layout()`` (or set the axes' positions) first, never after.

>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import matplotlib.pyplot as plt
>>> fig, ax = plt.subplots(figsize=(2, 2))
>>> ax.set_xlim(0, 10); ax.set_ylim(0, 10)  # doctest: +ELLIPSIS
(...)
>>> kept = place_labels(ax, [1, 1.2, 9.8], [5, 5, 5], ["first", "second", "third"])
>>> [t.get_text() for t in kept], collisions(fig)
(['first', 'second', 'third'], [])
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from matplotlib.transforms import Bbox

#: Candidate positions: (direction x, direction y, horizontal and vertical alignment), in order of preference.
POSITIONS = [(1, 1, "left", "bottom"), (1, -1, "left", "top"), (-1, 1, "right", "bottom"),
             (-1, -1, "right", "top"), (1, 0, "left", "center"), (-1, 0, "right", "center"),
             (0, 1, "center", "bottom"), (0, -1, "center", "top")]
#: Clearance (pixels at the figure's dpi) kept between two boxes, and between a box and the frame.
PAD_PX = 1.5


def renderer_of(fig):
    """The figure's renderer (text extents are measured with it)."""
    return fig.canvas.get_renderer()


def _free(box: Bbox, frame: Bbox, taken: list[Bbox]) -> bool:
    if box.x0 < frame.x0 or box.y0 < frame.y0 or box.x1 > frame.x1 or box.y1 > frame.y1:
        return False
    grown = box.padded(PAD_PX)
    return not any(grown.overlaps(t) for t in taken)


def marker_boxes(ax, x, y, size_pt: float) -> list[Bbox]:
    """Boxes (pixels) of square markers ``size_pt`` wide at data points (x, y)."""
    half = size_pt * ax.figure.dpi / 72.0 / 2.0
    pts = ax.transData.transform(np.column_stack([np.asarray(x, float), np.asarray(y, float)]))
    return [Bbox([[px - half, py - half], [px + half, py + half]]) for px, py in pts]


def place_labels(ax, x, y, texts: Sequence[str], offset_pt: float = 2.5, markers: Sequence[Bbox] = (),
                 obstacles: Sequence[Bbox] = (), **text_kw) -> list:
    """Place ``texts`` at data points (x, y), in the order given (most important first).

    Each label takes the first of :data:`POSITIONS`, ``offset_pt`` from its point, where
    it stays inside the axes and clear of labels placed before it, of ``markers`` and of
    ``obstacles`` (boxes in pixels, for example from :func:`marker_boxes`, a legend's
    ``get_window_extent()``). A label without such a place is not drawn. Returns the
    labels drawn (matplotlib Text objects), in order.
    """
    fig = ax.figure
    renderer = renderer_of(fig)
    frame = ax.get_window_extent(renderer).padded(-PAD_PX)
    taken = list(markers) + list(obstacles)
    placed = []
    for xi, yi, s in zip(np.asarray(x, float), np.asarray(y, float), texts):
        text = ax.annotate(s, (xi, yi), xytext=(0, 0), textcoords="offset points", annotation_clip=False, **text_kw)
        for dx, dy, ha, va in POSITIONS:
            text.set_position((dx * offset_pt, dy * offset_pt))
            text.set_ha(ha)
            text.set_va(va)
            box = text.get_window_extent(renderer)
            if _free(box, frame, taken):
                taken.append(box)
                placed.append(text)
                break
        else:
            text.remove()
    return placed


def _boxes(ax, renderer) -> list[tuple[str, Bbox]]:
    """(what, box) of each visible text of an axes and of its legend."""
    out = [(repr(t.get_text()), t.get_window_extent(renderer)) for t in ax.texts
           if t.get_visible() and t.get_text().strip()]
    legend = ax.get_legend()
    if legend is not None and legend.get_visible():
        out.append(("the legend", legend.get_window_extent(renderer)))
    return out


def collisions(fig) -> list[str]:
    """Every pair of labels (texts and legends inside an axes) whose boxes overlap, and every
    label that leaves its axes, as sentences; empty when the figure is clean."""
    renderer = renderer_of(fig)
    problems = []
    for n, ax in enumerate(fig.axes):
        if not ax.get_visible() or not (ax.texts or ax.get_legend()):
            continue
        frame = ax.get_window_extent(renderer)
        boxes = _boxes(ax, renderer)
        for i, (what, box) in enumerate(boxes):
            if box.x0 < frame.x0 - 0.5 or box.y0 < frame.y0 - 0.5 or box.x1 > frame.x1 + 0.5 or box.y1 > frame.y1 + 0.5:
                problems.append(f"axes {n}: {what} leaves the axes")
            for other, obox in boxes[i + 1:]:
                if box.overlaps(obox):
                    problems.append(f"axes {n}: {what} overlaps {other}")
    return problems


def min_font_points(fig) -> float:
    """The smallest size (points) of any visible text in the figure."""
    sizes = [t.get_fontsize() for t in fig.findobj(lambda a: hasattr(a, "get_fontsize") and hasattr(a, "get_text"))
             if t.get_visible() and t.get_text().strip()]
    return float(min(sizes)) if sizes else float("inf")
