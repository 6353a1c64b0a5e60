"""Range maps: reach envelopes and geodesic circles in the azimuthal equidistant
projection centred on the origin, for any origin, countries and ranges, and the whole Earth.

>>> x, y, d = distance_grid("40.85,129.67", 500.0, n=3)
>>> float(d[1, 1])  # the centre of the grid is the origin itself
0.0
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from matplotlib import colormaps
from matplotlib.collections import PolyCollection
from matplotlib.colors import Normalize
from pyproj import CRS, Transformer

from analysis import geo
from analysis.figures.style import style

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
    o = geo.origin(origin_name)
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
    o = geo.origin(origin_name)
    lat0, lon0 = o.centre
    crs = _aeqd(lat0, lon0)
    fwd = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    world = geo.countries().to_crs(crs)
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
            lons, lats = geo.ring(lat0, lon0, r)
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
    places = geo.all_places()
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


@style()
def reach_maps(codes, rings_km, half_width_km, label_min_population: int = 1_500_000):
    """Side-by-side reach maps from the territory of each of ``codes`` at the same
    ``rings_km``, each ``half_width_km`` wide (one per code)."""
    fig, axes = plt.subplots(1, len(codes), figsize=(7 * len(codes), 7))
    for ax, code, hw in zip(np.atleast_1d(axes), codes, half_width_km):
        range_map(code, rings_km=rings_km, half_width_km=hw, highlight=(), label_min_population=label_min_population,
                  label_iso3=geo.countries().index, ax=ax)
    fig.tight_layout()
    return fig


#: Half the meridian's length (km): how far the edge of an azimuthal equidistant
#: map of the whole Earth lies from its centre, near enough.
EDGE_KM = 20_004.0


def world_map(table, origin_name: str, rings_km=(5000, 10000, 15000, 20000), label_min_population=2_000_000,
              ax=None):
    """The whole Earth in the azimuthal equidistant projection centred on the origin.

    ``table`` is :func:`analysis.geo.world_coverage` at one range: each country is
    shaded by its area share within that range. The reach envelope is drawn at that
    range and at each of ``rings_km`` (for a territory, every point within that geodesic
    distance of it; for a point, the circle the projection keeps true), and the
    capitals beyond reach with at least ``label_min_population`` people are labelled.
    """

    range_km = float(table.range_km.iloc[0])
    o = geo.origin(origin_name)
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
    for code, row in geo.countries().to_crs(crs).iterrows():
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
    capitals = geo.all_places()
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
