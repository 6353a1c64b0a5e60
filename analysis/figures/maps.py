"""Range maps: reach envelopes and geodesic circles in the azimuthal equidistant
projection centred on the origin, for any origin, countries and ranges, and the whole Earth.

Each map draws only the outlines its frame shows, clipped and simplified for the
printed size (:mod:`analysis.figures.geometry`); its labels are placed clear of each
other, of the markers, the legend and the frame (:mod:`analysis.figures.labels`).
Titles and labels are words: a caller passes the names its readers know (``title``,
``origin_label``, ``label_name``); by default a country is named by the map data.

>>> x, y, d = distance_grid("40.85,129.67", 500.0, n=3)
>>> float(d[1, 1])  # the centre of the grid is the origin itself
0.0
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import shapely
from matplotlib import colormaps
from matplotlib.collections import PathCollection
from matplotlib.colors import ListedColormap, Normalize, to_rgba
from matplotlib.patches import Circle

from analysis import geo
from analysis.figures.geometry import frame_parts, part_shares, path_of, to_map
from analysis.figures.labels import marker_boxes, place_labels
from analysis.figures.style import COAST, LAND, LINES, SHARE_CMAP, style, width_in

#: Ring colours and line styles in turn (told apart by style as well as colour, for grey print).
RING_STYLES = [(LINES[i], s) for i, s in enumerate([":", "--", "-", "-.", (0, (5, 1, 1, 1, 1, 1))])]
MEASURED_FILL = "#cfe3f0"
ORIGIN_FILL = "#f5cfae"
#: Half the meridian's length (km): how far the edge of an azimuthal equidistant
#: map of the whole Earth lies from its centre, near enough.
EDGE_KM = 20_004.0
#: Dot size of a labelled place (points).
DOT_PT = 2.6
SUBTITLE = "azimuthal equidistant projection, WGS84 geodesics"


def distance_grid(origin_name: str, half_width_km: float, n: int = 241, levels=None):
    """Distances (km) from an origin over a square grid in its azimuthal equidistant
    projection (see :func:`_distance_grid`); kept for the next map of the same frame and levels."""
    return _distance_grid(origin_name, float(half_width_km), int(n), None if levels is None else tuple(levels))


@lru_cache(maxsize=16)
def _distance_grid(origin_name: str, half_width_km: float, n: int = 241, levels=None):
    """Distances (km) from an origin over a square grid in its azimuthal equidistant
    projection: returns (x_km, y_km, distance_km) for contouring reach envelopes.

    With ``levels``, a distance is exact only where its bounds straddle a level (which
    side of each level a point lies on is all a contour needs); elsewhere it is the
    upper bound. Points off the Earth (beyond the antipode) are NaN."""
    o = geo.origin(origin_name)
    lat0, lon0 = o.centre
    axis = np.linspace(-half_width_km, half_width_km, n)
    gx, gy = np.meshgrid(axis, axis)
    lons, lats = to_map(lat0, lon0).transform(gx.ravel(), gy.ravel(), direction="INVERSE")
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


def share_cmap():
    """Shares from light (little) to dark (all), the lighter two thirds of viridis: dark enough
    to tell apart, light enough for black labels."""
    return ListedColormap(colormaps[SHARE_CMAP](np.linspace(0.95, 0.3, 256)), name="share")


def origin_words(origin_name: str) -> str:
    """An origin in words: the country's name (from the map data) for a territory, else its own name."""
    o = geo.origin(origin_name)
    return geo.area_name(o.name) if o.kind == "territory" and o.name in geo.countries().index else o.name


def _pixels(ax) -> float:
    """The frame's width in pixels at the saved resolution."""
    return ax.get_position().width * ax.figure.get_figwidth() * plt.rcParams["savefig.dpi"]


def _draw_land(ax, parts, colours, lw: float = 0.3) -> None:
    """The parts (km on the map) as one collection, holes kept, in the given fill colours."""
    paths = [path_of(g) for g in parts.geometry]
    ax.add_collection(PathCollection(paths, facecolors=colours, edgecolors=COAST, linewidths=lw))


def _square_frame(ax, half_width_km: float) -> None:
    """A square map frame centred on the origin, without ticks."""
    ax.set_xlim(-half_width_km, half_width_km)
    ax.set_ylim(-half_width_km, half_width_km)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])


def _scale_bar(ax, length_km: float, half_width_km: float):
    """A scale bar (true along lines through the centre) at the lower left; its text's box (pixels)."""
    x0 = y0 = -half_width_km * 0.9
    ax.plot([x0, x0 + length_km], [y0, y0], color="black", lw=2.5, solid_capstyle="butt")
    return ax.text(x0 + length_km / 2, y0 + half_width_km * 0.025, f"{length_km:,.0f} km", ha="center", va="bottom")


def _envelopes(ax, o, origin_name: str, rings_km, half_width_km: float) -> list:
    """The reach envelope at each range (for a site, its geodesic circle); the legend's handles."""
    styles = [RING_STYLES[i % len(RING_STYLES)] for i in range(len(rings_km))]
    if o.kind == "territory":
        gx, gy, d = distance_grid(origin_name, half_width_km * 1.02, levels=rings_km)
        for r, (colour, ls) in zip(rings_km, styles):
            ax.contour(gx, gy, d, levels=[r], colors=[colour], linestyles=[ls], linewidths=1.3)
    else:
        fwd = to_map(*o.centre)
        for r, (colour, ls) in zip(rings_km, styles):
            lons, lats = geo.ring(*o.centre, r)
            ax.plot(*fwd.transform(lons, lats), color=colour, ls=ls, lw=1.3)
        ax.plot(0, 0, marker="^", color="black", ms=5, ls="none")
    return [plt.Line2D([], [], color=c, ls=ls, lw=1.3, label=f"{r:,.0f} km") for r, (c, ls) in zip(rings_km, styles)]


def _places(o, label_iso3, min_population: int, half_width_km: float):
    """The places a range map may label: name, x, y (km), largest first, thinned."""
    # each place once (a city, not also its sections), by the name a reader of English knows
    places = pd.concat([geo.places(c) for c in label_iso3 if geo.has_places(c)], ignore_index=True)
    shown = places[places.population >= min_population]
    x, y = to_map(*o.centre).transform(shown.longitude.to_numpy(), shown.latitude.to_numpy())
    x, y = np.asarray(x), np.asarray(y)
    names = geo.display_name(shown).to_numpy()
    pick = map_labels(x, y, names, shown.population.to_numpy(), half_width_km * 0.97, half_width_km / 40)
    return names[pick], x[pick], y[pick]


def _label_map(ax, o, names, x, y, legend, scale_text, label_name) -> None:
    """Dots and names of places, placed clear of each other, the legend, the scale bar and the frame."""
    renderer = ax.figure.canvas.get_renderer()
    obstacles = [legend.get_window_extent(renderer), scale_text.get_window_extent(renderer)]
    ax.scatter(x, y, s=DOT_PT ** 2, color="black", zorder=3, linewidths=0)
    markers = marker_boxes(ax, x, y, DOT_PT)
    if o.kind != "territory":  # the launch site itself comes first
        markers += marker_boxes(ax, [0.0], [0.0], 5.0)
        place_labels(ax, [0.0], [0.0], [o.name], offset_pt=4, markers=markers, obstacles=obstacles,
                     fontweight="bold")
        obstacles += [t.get_window_extent(renderer) for t in ax.texts[-1:]]
    name = label_name or (lambda s: s)
    place_labels(ax, x, y, [name(n) for n in names], markers=markers,
                 obstacles=obstacles + [t.get_window_extent(renderer) for t in ax.texts])


@style()
def range_map(origin_name: str, rings_km, half_width_km: float = 1700.0, highlight=(),
              label_min_population: int = 1_000_000, label_iso3=None, ax=None, title: str | None = None,
              label_name: Callable[[str], str] | None = None):
    """A range map in the azimuthal equidistant projection centred on the origin, one column wide.

    Country fills (the origin's territory and the ``highlight`` countries coloured),
    the reach envelope at each range (for a territory: every point within that
    geodesic distance of it; for a site: a geodesic circle), the places of at least
    ``label_min_population`` in the highlighted countries and the origin (or in
    ``label_iso3``) that fit without collision, named by ``label_name(name)`` (default:
    the place's own name), a legend and a scale bar (true along lines through the centre).
    ``title`` defaults to "Reach from <the origin in words>".
    """
    rings_km = tuple(rings_km)
    o = geo.origin(origin_name)
    if ax is None:
        w = width_in("single")
        fig = plt.figure(figsize=(w, w * 1.1))
        ax = fig.add_axes((0.01, 0.01, 0.98, 0.98 / 1.1))
    parts = frame_parts(o.centre, half_width_km, _pixels(ax))
    fills = [ORIGIN_FILL if c == o.name else MEASURED_FILL if c in highlight else LAND for c in parts.code]
    _draw_land(ax, parts, fills)
    handles = _envelopes(ax, o, origin_name, rings_km, half_width_km)
    _square_frame(ax, half_width_km)
    scale = _scale_bar(ax, 500 if half_width_km < 3000 else 5000, half_width_km)
    legend = ax.legend(handles=handles, title="range", loc="lower right", framealpha=0.9, handlelength=2.6)
    label_iso3 = [*highlight, o.name] if label_iso3 is None else list(label_iso3)
    names, x, y = _places(o, label_iso3, label_min_population, half_width_km)
    _label_map(ax, o, names, x, y, legend, scale, label_name)
    where = "territory" if o.kind == "territory" else "launch site"
    ax.set_title(f"{title or 'Reach from ' + origin_words(origin_name)} ({where})\n{SUBTITLE}")
    return ax.figure


@style()
def reach_maps(codes, rings_km, half_width_km, label_min_population: int = 1_500_000, titles=None,
               label_name: Callable[[str], str] | None = None):
    """Side-by-side reach maps from the territory of each of ``codes`` at the same
    ``rings_km``, each ``half_width_km`` wide (one per code), two columns wide; each panel
    titled by ``titles`` (default: the countries' names in the map data)."""
    fig = plt.figure(figsize=(width_in("double"), width_in("double") / len(codes) * 1.12))
    titles = titles or [f"Reach from {origin_words(c)}" for c in codes]
    for n, (code, hw, title) in enumerate(zip(codes, half_width_km, titles)):
        ax = fig.add_axes((n / len(codes) + 0.01, 0.01, 1 / len(codes) - 0.02, (1 / len(codes) - 0.02) * 2 / 1.12))
        range_map(code, rings_km=rings_km, half_width_km=hw, highlight=(), label_min_population=label_min_population,
                  label_iso3=geo.countries().index, ax=ax, title=title, label_name=label_name)
    return fig


def _ring_label(ax, r: float, colour: str, land, taken: list, edge: float):
    """A range's label on its ring, with a white box: the first angle (from the lower right,
    round) where it stays in the frame, clear of land and of other labels."""
    renderer = ax.figure.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    text = ax.text(0, 0, f"{r:,.0f} km", color=colour, ha="center", va="center", fontsize=7, zorder=4,
                   bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.9})
    fallback = None
    inv = ax.transData.inverted()
    for angle in np.radians(np.arange(-35, 325, 10)):
        rr = min(r, edge * 0.96)
        text.set_position((rr * np.cos(angle), rr * np.sin(angle)))
        box = text.get_window_extent(renderer).padded(3)
        if not frame.contains(box.x0, box.y0) or not frame.contains(box.x1, box.y1) or any(box.overlaps(t) for t in taken):
            continue
        (x0, y0), (x1, y1) = inv.transform([[box.x0, box.y0], [box.x1, box.y1]])
        if not len(land.query(shapely.box(x0, y0, x1, y1), predicate="intersects")):
            taken.append(box)
            return text
        fallback = fallback or (rr * np.cos(angle), rr * np.sin(angle), box)
    if fallback:
        text.set_position(fallback[:2])
        taken.append(fallback[2])
        return text
    text.remove()
    return None


def _world_envelopes(ax, o, origin_name: str, range_km: float, levels, parts) -> None:
    """Reach envelopes at ``levels`` (the shading's range solid), each labelled on its ring."""
    colours = ["black" if r == range_km else "#4d4d4d" for r in levels]
    styles = ["-" if r == range_km else ":" for r in levels]
    if o.kind == "territory":
        gx, gy, d = distance_grid(origin_name, EDGE_KM, n=301, levels=levels)
        ax.contour(gx, gy, d, levels=levels, colors=colours, linestyles=styles, linewidths=1.0)
    else:
        t = np.linspace(0, 2 * np.pi, 361)
        for r, c, ls in zip(levels, colours, styles):
            ax.plot(r * np.cos(t), r * np.sin(t), color=c, ls=ls, lw=1.0)
        ax.plot(0, 0, marker="^", color="black", ms=5)
    land = shapely.STRtree(parts.geometry.to_numpy())
    taken: list = []
    for r, c in zip(levels, colours):
        _ring_label(ax, r, c, land, taken, EDGE_KM)


@style()
def world_map(table, origin_name: str, rings_km=(5000, 10000, 15000, 20000), label_min_population=3_000_000,
              title: str | None = None, label_name: Callable[[str], str] | None = None, shares=None):
    """The whole Earth in the azimuthal equidistant projection centred on the origin, two columns wide.

    ``table`` is :func:`analysis.geo.world_coverage` at one range: each polygon part of
    each country is shaded by its own area share within that range (the engine's
    samples in that part, :func:`analysis.figures.geometry.part_shares`), so an overseas
    part is shaded by its own reach. The reach envelope is drawn at that range and at
    each of ``rings_km`` (for a territory, every point within that geodesic distance of
    it; for a point, the circle the projection keeps true), each labelled on its ring;
    the capitals of at least ``label_min_population`` people that fit are named.
    ``shares`` ({code: share of each part}) saves measuring the parts again.
    """
    range_km = float(table.range_km.iloc[0])
    o = geo.origin(origin_name)
    w = width_in("double")
    fig = plt.figure(figsize=(w, w * 0.86))
    ax = fig.add_axes((0.005, 0.01, 0.86 * 0.9, 0.9))  # square: the figure is 0.86 as high as wide
    parts = frame_parts(o.centre, EDGE_KM, _pixels(ax))
    cmap, norm = share_cmap(), Normalize(0, 1)
    if shares is None:
        shares = {c: part_shares(c, origin_name, [range_km])[:, 0] for c in sorted(set(parts.code) & set(table.country))}
    values = np.array([shares[c][p] if c in shares else 0.0 for c, p in zip(parts.code, parts.part)])
    fills = cmap(norm(values))
    fills[values <= 0] = to_rgba(LAND)
    _draw_land(ax, parts, fills, lw=0.15)
    levels = sorted({range_km, *(float(r) for r in rings_km)})
    _square_frame(ax, EDGE_KM)
    _world_envelopes(ax, o, origin_name, range_km, levels, parts)
    capitals = geo.all_places()
    capitals = capitals[(capitals.capital == 1) & (capitals.counted_with == "") & (capitals.population >= label_min_population)]
    capitals = capitals.assign(name=geo.display_name(capitals))
    capitals = capitals.sort_values(["population", "geonameid"], ascending=[False, True])
    x, y = to_map(*o.centre).transform(capitals.longitude.to_numpy(), capitals.latitude.to_numpy())
    ax.scatter(x, y, s=DOT_PT ** 2, color="black", zorder=3, linewidths=0)
    renderer = fig.canvas.get_renderer()
    name = label_name or (lambda s: s)
    place_labels(ax, x, y, [name(n) for n in capitals["name"]], markers=marker_boxes(ax, x, y, DOT_PT),
                 obstacles=[t.get_window_extent(renderer) for t in ax.texts], fontsize=7,
                 bbox={"boxstyle": "square,pad=0.05", "fc": "white", "ec": "none", "alpha": 0.75})
    cax = fig.add_axes((0.83, 0.2, 0.022, 0.6))
    fig.colorbar(plt.cm.ScalarMappable(norm=norm, cmap=cmap), cax=cax,
                 label=f"share of each part's area within {range_km:,.0f} km")
    ax.add_patch(Circle((0, 0), EDGE_KM, fill=False, ec=COAST, lw=0.6))
    ax.set_title(f"{title or 'The whole Earth from ' + origin_words(origin_name)}: reach at {range_km:,.0f} km\n"
                 f"{SUBTITLE}")
    return fig
