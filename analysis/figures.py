"""Figures: the aligned witnesses with their variants, the timeline, range maps.

Every function returns a matplotlib Figure and leaves saving to :func:`save_figure`,
which writes PNG and SVG without timestamps so reruns are byte-identical. The
study's style is applied inside each function and each save (:data:`STYLE`), never
to matplotlib's global settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
from matplotlib import colormaps
from matplotlib.collections import PolyCollection
from matplotlib.colors import Normalize
from matplotlib.patches import Polygon, Rectangle
from pyproj import CRS, Transformer

from analysis import ranges
from analysis.dates import bounds, edtf, value

if TYPE_CHECKING:
    from analysis.text.collate import Collation

#: The study's matplotlib settings: a fixed SVG id salt (reruns byte-identical) and resolutions.
STYLE = {"svg.hashsalt": "nk-missile-talks-1997", "figure.dpi": 100, "savefig.dpi": 120}


def style():
    """A context (or decorator) in which matplotlib uses the study's :data:`STYLE`."""
    return plt.rc_context(STYLE)

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
    with style():
        fig.savefig(path, metadata=meta, bbox_inches="tight")


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


# ---------------------------------------------------------------------------
# range maps


RING_STYLES = [("#7f7f7f", ":"), ("#e39b53", "--"), ("#c44e52", "-"), ("#8172b3", "-.")]
MEASURED_FILL = "#cfe3c8"
ORIGIN_FILL = "#d9a5a5"


def _aeqd(lat: float, lon: float):
    return CRS.from_proj4(f"+proj=aeqd +lat_0={lat:.5f} +lon_0={lon:.5f} +datum=WGS84 +units=m")


def distance_grid(origin_name: str, half_width_km: float, n: int = 241, levels=None):
    """Distances (km) from an origin over a square grid in its azimuthal equidistant
    projection: returns (x_km, y_km, distance_km) for contouring reach envelopes.

    With ``levels``, a distance is exact only where its bounds straddle a level (which
    side of each level a point lies on is all a contour needs); elsewhere it is the
    upper bound. Points off the Earth (beyond the antipode) are NaN."""
    o = ranges.origin(origin_name)
    lat0, lon0 = o.centre
    inv = Transformer.from_crs(_aeqd(lat0, lon0), "EPSG:4326", always_xy=True)
    axis = np.linspace(-half_width_km, half_width_km, n)
    gx, gy = np.meshgrid(axis, axis)
    lons, lats = inv.transform(gx.ravel() * 1000.0, gy.ravel() * 1000.0)
    lats, lons = np.asarray(lats), np.asarray(lons)
    if levels is None:
        return gx, gy, o.distance_km(lats, lons).reshape(gx.shape)
    on_earth = np.isfinite(lats) & np.isfinite(lons) & (np.hypot(gx, gy).ravel() <= EDGE_KM)
    d = np.full(lats.shape, np.nan)
    lower, upper = o.bounds_km(lats[on_earth], lons[on_earth])
    open_ = np.zeros(len(lower), dtype=bool)
    for level in levels:
        open_ |= (lower <= level) & (upper > level)
    idx = np.flatnonzero(on_earth)
    upper[open_] = o.exact_km(lats[idx[open_]], lons[idx[open_]], upper[open_])
    d[idx] = upper
    return gx, gy, d.reshape(gx.shape)


def _scale_bar(ax, length_km: float, half_width_km: float):
    x0 = -half_width_km * 0.92
    y0 = -half_width_km * 0.92
    ax.plot([x0, x0 + length_km], [y0, y0], color="black", lw=3, solid_capstyle="butt")
    ax.text(x0 + length_km / 2, y0 + half_width_km * 0.025, f"{length_km:,.0f} km", ha="center", va="bottom", fontsize=8)


def _label_places(ax, x, y, places, half_width_km: float, min_gap_km: float, dot: float, font: float,
                  offset: tuple[int, int]) -> None:
    """Mark and name the places :func:`map_labels` picks (x, y in km on the map)."""
    pick = map_labels(x, y, places["name"].to_numpy(), places.population.to_numpy(), half_width_km, min_gap_km)
    ax.scatter(x[pick], y[pick], s=dot, color="black", zorder=3)
    for i in pick:
        ax.annotate(places["name"].iloc[i], (x[i], y[i]), xytext=offset, textcoords="offset points", fontsize=font)


def _square_frame(ax, half_width_km: float) -> None:
    """A square map frame centred on the origin, without ticks."""
    ax.set_xlim(-half_width_km, half_width_km)
    ax.set_ylim(-half_width_km, half_width_km)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])


def map_labels(x, y, names, populations, half_width_km: float, min_gap_km: float) -> list[int]:
    """Indices of the places to label: inside the map, largest first, none within
    ``min_gap_km`` of a larger labelled place (so a city is not labelled twice)."""
    chosen: list[int] = []
    for i in np.argsort(-np.asarray(populations), kind="stable"):
        if abs(x[i]) >= half_width_km or abs(y[i]) >= half_width_km:
            continue
        if all(np.hypot(x[i] - x[j], y[i] - y[j]) >= min_gap_km for j in chosen):
            chosen.append(int(i))
    return chosen


@style()
def range_map(origin_name: str, rings_km, half_width_km: float = 1700.0,
              highlight=(), label_min_population: int = 1_000_000, label_iso3=None, ax=None):
    """A range map in the azimuthal equidistant projection centred on the origin.

    Country fills (the origin's territory and the highlighted countries coloured),
    the reach envelope at each range (for a territory: every point within that
    geodesic distance of it; for a site: a geodesic circle), labelled cities in the
    highlighted countries and the origin (or in ``label_iso3``), a legend and a
    scale bar (true along lines through the centre).
    """
    rings_km = tuple(rings_km)
    o = ranges.origin(origin_name)
    lat0, lon0 = o.centre
    crs = _aeqd(lat0, lon0)
    fwd = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    world = ranges.countries().to_crs(crs)
    if ax is None:
        fig, ax = plt.subplots(figsize=(8.5, 8.5))
    else:
        fig = ax.figure
    km = 1000.0
    polygons, colours = [], []
    for code, row in world.iterrows():
        colour = ORIGIN_FILL if code == o.name else MEASURED_FILL if code in highlight else "#eeeeee"
        for g in getattr(row.geometry, "geoms", [row.geometry]):
            xy = np.asarray(g.exterior.coords) / km
            # the world is in the data: draw only what the map shows
            if np.isfinite(xy).all() and (xy.min(axis=0) <= half_width_km).all() and (
                    xy.max(axis=0) >= -half_width_km).all():
                polygons.append(xy)
                colours.append(colour)
    # one collection, not a patch per island: the axis limits are set below
    ax.add_collection(PolyCollection(polygons, facecolors=colours, edgecolors="#888888", linewidths=0.4))
    handles = []
    styles = [RING_STYLES[i % len(RING_STYLES)] for i in range(len(rings_km))]
    if o.kind == "site":
        for r, (colour, style) in zip(rings_km, styles):
            lons, lats = ranges.ring(lat0, lon0, r)
            x, y = fwd.transform(lons, lats)
            ax.plot(np.asarray(x) / km, np.asarray(y) / km, color=colour, ls=style, lw=1.6)
        ax.plot(0, 0, marker="^", color="black", ms=8)
        ax.annotate(o.name, (0, 0), xytext=(6, -12), textcoords="offset points", fontsize=8)
    else:
        gx, gy, d = distance_grid(origin_name, half_width_km)
        for r, (colour, style) in zip(rings_km, styles):
            ax.contour(gx, gy, d, levels=[r], colors=[colour], linestyles=[style], linewidths=1.6)
    for r, (colour, style) in zip(rings_km, styles):
        handles.append(plt.Line2D([], [], color=colour, ls=style, lw=1.6, label=f"{r:,.0f} km"))
    places = ranges.all_places()
    label_iso3 = [*highlight, o.name] if label_iso3 is None else list(label_iso3)
    shown = places[places.iso3.isin(label_iso3) & (places.population >= label_min_population)]
    x, y = fwd.transform(shown.longitude.to_numpy(), shown.latitude.to_numpy())
    x, y = np.asarray(x) / km, np.asarray(y) / km
    _label_places(ax, x, y, shown, half_width_km, half_width_km / 25, dot=10, font=7, offset=(3, 3))
    _scale_bar(ax, 500, half_width_km)
    _square_frame(ax, half_width_km)
    where = "territory" if o.kind == "territory" else "site"
    ax.set_title(f"Reach from {o.name} ({where})\nazimuthal equidistant projection, WGS84 geodesics", fontsize=10)
    ax.legend(handles=handles, title="range", loc="lower right", fontsize=8)
    fig.tight_layout()
    return fig


def scud_rings_km() -> list[float]:
    """The ranges (km) of the Scud variants of the 1990s estimates in data/reference/missiles.csv."""
    table = ranges.missiles()
    scuds = table[table.name.str.startswith("Scud") & (table.estimate_year < 2000)]
    values = [*scuds.range_low_km.dropna(), *scuds.range_high_km.dropna()]
    return sorted({float(v) for v in values})


@style()
def scud_maps(countries=("SYR", "IRN"), half_width_km=(1100.0, 1700.0)):
    """Side-by-side reach maps from each country's territory (Syria and Iran by default) at
    the ranges of the improved Scuds in data/reference/missiles.csv."""
    rings = scud_rings_km()
    fig, axes = plt.subplots(1, len(countries), figsize=(7 * len(countries), 7))
    for ax, code, hw in zip(axes, countries, half_width_km):
        range_map(code, rings_km=rings, half_width_km=hw, highlight=(), label_min_population=1_500_000,
                  label_iso3=ranges.countries().index, ax=ax)
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


# ---------------------------------------------------------------------------
# the whole Earth


#: Half the meridian's length (km): how far the edge of an azimuthal equidistant
#: map of the whole Earth lies from its centre, near enough.
EDGE_KM = 20_004.0


def world_map(table, origin_name: str, rings_km=(5000, 10000, 15000, 20000), label_min_population=2_000_000,
              ax=None):
    """The whole Earth in the azimuthal equidistant projection centred on the origin.

    ``table`` is :func:`analysis.ranges.world_coverage` at one range: each country is
    shaded by its area share within that range. The reach envelope is drawn at that
    range and at each of ``rings_km`` (for a territory, every point within that geodesic
    distance of it; for a point, the circle the projection keeps true), and the
    capitals beyond reach with at least ``label_min_population`` people are labelled.
    """

    range_km = float(table.range_km.iloc[0])
    o = ranges.origin(origin_name)
    lat0, lon0 = o.centre
    crs = _aeqd(lat0, lon0)
    fwd = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    if ax is None:
        fig, ax = plt.subplots(figsize=(10, 10))
    else:
        fig = ax.figure
    share = table.set_index("country").area_share
    cmap, norm = colormaps["YlOrRd"], Normalize(0, 1)
    polygons, colours = [], []
    for code, row in ranges.countries().to_crs(crs).iterrows():
        s = share.get(code, 0.0)
        colour = cmap(norm(s)) if s > 0 else "#eeeeee"
        for g in getattr(row.geometry, "geoms", [row.geometry]):
            xy = np.asarray(g.exterior.coords) / 1000.0
            if np.isfinite(xy).all():
                polygons.append(xy)
                colours.append(colour)
    ax.add_collection(PolyCollection(polygons, facecolors=colours, edgecolors="#888888", linewidths=0.2))
    levels = sorted({range_km, *(float(r) for r in rings_km if r != range_km)})
    if o.kind == "territory":
        gx, gy, d = distance_grid(origin_name, EDGE_KM, n=301, levels=levels)
        ax.contour(gx, gy, d, levels=levels, colors=["#c44e52" if r == range_km else "#555555" for r in levels],
                   linestyles=["-" if r == range_km else ":" for r in levels], linewidths=1.2)
    else:
        t = np.linspace(0, 2 * np.pi, 361)
        for r in levels:
            ax.plot(r * np.cos(t), r * np.sin(t), color="#c44e52" if r == range_km else "#555555",
                    ls="-" if r == range_km else ":", lw=1.2)
        ax.plot(0, 0, marker="^", color="black", ms=7)
    for r in levels:
        ax.annotate(f"{r:,.0f} km", (r * np.cos(np.radians(80)), r * np.sin(np.radians(80))), fontsize=7,
                    color="#c44e52" if r == range_km else "#555555")
    capitals = ranges.all_places()
    capitals = capitals[(capitals.capital == 1) & (capitals.population >= label_min_population)]
    dist = o.distance_km(capitals.latitude.to_numpy(), capitals.longitude.to_numpy())
    capitals = capitals[dist > range_km]
    x, y = fwd.transform(capitals.longitude.to_numpy(), capitals.latitude.to_numpy())
    x, y = np.asarray(x) / 1000.0, np.asarray(y) / 1000.0
    _label_places(ax, x, y, capitals, EDGE_KM, 900.0, dot=6, font=6, offset=(2, 2))
    sm = plt.cm.ScalarMappable(norm=norm, cmap=cmap)
    fig.colorbar(sm, ax=ax, shrink=0.6, label=f"share of the country's area within {range_km:,.0f} km")
    _square_frame(ax, EDGE_KM)
    where = "territory" if o.kind == "territory" else "point"
    ax.set_title(f"The whole Earth from {o.name} ({where}); azimuthal equidistant projection, WGS84 geodesics\n"
                 f"reach at {range_km:,.0f} km (solid) and {', '.join(f'{r:,.0f}' for r in levels if r != range_km)} km "
                 "(dotted); capitals beyond reach labelled", fontsize=9)
    fig.tight_layout()
    return fig
