"""Outlines drawn for the frame, and each polygon part's own share within a range.

A map draws only what its frame shows: the country parts near the frame (chosen in
longitude and latitude by a geodesic circle around the frame), projected to the
azimuthal equidistant projection centred on the origin, clipped to the frame with a
margin and simplified to half a pixel of the printed figure. The numbers never come
from these shapes: :func:`part_shares` takes each part's share from the geography
engine's own area samples and distances (:func:`analysis.geo.reach`), so an overseas
part (French Guiana in France) is shaded by its own share, not its country's.

>>> parts = frame_parts((40.0, 127.0), 1000.0, 800)
>>> "CHN" in set(parts.code) and "FRA" not in set(parts.code)
True
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd
import shapely
from matplotlib.path import Path
from pyproj import Transformer

from analysis import geo

#: Share of the frame's half-width kept beyond it when clipping (outlines leave the frame cleanly).
MARGIN = 0.03


def aeqd(lat: float, lon: float) -> str:
    """The azimuthal equidistant projection centred on (lat, lon), on WGS84, in km."""
    return f"+proj=aeqd +lat_0={lat:.5f} +lon_0={lon:.5f} +datum=WGS84 +units=km +no_defs"


@lru_cache(maxsize=8)
def to_map(lat: float, lon: float) -> Transformer:
    """Longitude and latitude to km on the map centred on (lat, lon)."""
    return Transformer.from_crs("EPSG:4326", aeqd(lat, lon), always_xy=True)


@lru_cache(maxsize=1)
def all_parts() -> pd.DataFrame:
    """Every polygon part of every country: code, part (its index within the country), geometry (lon/lat)."""
    rows = []
    for code, geom in geo.countries().geometry.items():
        for i, g in enumerate(getattr(geom, "geoms", [geom])):
            rows.append((code, i, g))
    out = pd.DataFrame(rows, columns=["code", "part", "geometry"])
    out["bounds"] = list(shapely.bounds(out.geometry.to_numpy()))
    return out


def _near(parts: pd.DataFrame, lat: float, lon: float, reach_km: float) -> pd.DataFrame:
    """The parts whose lon/lat box meets the box of a geodesic circle of ``reach_km`` (all
    parts when that circle holds a pole or crosses the antimeridian)."""
    if reach_km > 9000:
        return parts
    lons, lats = geo.ring(lat, lon, reach_km)
    if lons.max() - lons.min() > 180 or abs(lat) + reach_km / 111.0 > 89:
        return parts
    b = np.stack(parts.bounds.to_numpy())
    keep = (b[:, 0] <= lons.max()) & (b[:, 2] >= lons.min()) & (b[:, 1] <= lats.max()) & (b[:, 3] >= lats.min())
    return parts[keep]


def frame_parts(centre: tuple[float, float], half_width_km: float, pixels: float) -> pd.DataFrame:
    """The country parts a square frame of ``half_width_km`` around ``centre`` (lat, lon) shows:
    code, part, geometry in km on the map, clipped to the frame (with :data:`MARGIN`) and
    simplified to half a pixel of a frame ``pixels`` wide."""
    edge = half_width_km * (1 + MARGIN)
    near, projected = _projected(*centre, edge)
    clipped = shapely.clip_by_rect(projected, -edge, -edge, edge, edge)
    drawn = shapely.simplify(clipped, half_width_km / pixels)
    out = near.assign(geometry=drawn)[["code", "part", "geometry"]]
    return out[~shapely.is_empty(out.geometry.to_numpy())].reset_index(drop=True)


@lru_cache(maxsize=8)
def _projected(lat: float, lon: float, edge: float):
    """The parts near a frame and their outlines projected (km), kept for the next map of that frame."""
    near = _near(all_parts(), lat, lon, edge * np.sqrt(2.0))
    fwd = to_map(lat, lon)
    projected = shapely.transform(near.geometry.to_numpy(),
                                  lambda xy: np.column_stack(fwd.transform(xy[:, 0], xy[:, 1])))
    finite = np.array([np.isfinite(shapely.get_coordinates(g)).all() for g in projected], dtype=bool)
    return near[finite], projected[finite]


def path_of(geom) -> Path:
    """A matplotlib Path of a (multi)polygon with its holes (filled by the nonzero rule)."""
    verts, codes = [], []
    for poly in shapely.get_parts(shapely.orient_polygons(geom)):
        if poly.geom_type != "Polygon":
            continue
        for ring in (poly.exterior, *poly.interiors):
            xy = np.asarray(ring.coords)
            if len(xy) < 4:
                continue
            c = np.full(len(xy), Path.LINETO, dtype=np.uint8)
            c[0], c[-1] = Path.MOVETO, Path.CLOSEPOLY
            verts.append(xy)
            codes.append(c)
    if not verts:
        return Path(np.zeros((1, 2)), [Path.MOVETO])
    return Path(np.concatenate(verts), np.concatenate(codes))


@lru_cache(maxsize=512)
def _sample_part(code: str, origin_name: str) -> tuple[np.ndarray, np.ndarray]:
    """The part each area sample of a country lies in, and each part's
    representative point's distance (km), for parts without a sample."""
    parts = all_parts()
    geoms = parts[parts.code == code].geometry.to_numpy()
    r = geo.reach(code, origin_name)
    # every sample lies in some part: test the smaller parts (few samples in their boxes), and
    # what none of them holds lies in the largest
    largest = int(np.argmax(shapely.area(geoms)))
    which = np.full(len(r.lats), largest)
    for i in (i for i in range(len(geoms)) if i != largest):
        x0, y0, x1, y1 = geoms[i].bounds
        box = np.flatnonzero((r.lons >= x0) & (r.lons <= x1) & (r.lats >= y0) & (r.lats <= y1) & (which == largest))
        if len(box):
            which[box[shapely.contains_xy(geoms[i], r.lons[box], r.lats[box])]] = i
    empty = np.setdiff1d(np.arange(len(geoms)), which)
    rep = shapely.point_on_surface(geoms[empty])
    far = np.full(len(geoms), np.nan)
    if len(empty):
        far[empty] = r.origin.distance_km(shapely.get_y(rep), shapely.get_x(rep))
    return which, far


def part_shares(code: str, origin_name: str, ranges_km) -> np.ndarray:
    """Each polygon part's share of area within each range (parts x ranges): the share of the
    area the engine's samples in that part stand for, or for a part holding no sample, 1 or 0
    by the distance of a point on it."""
    r = geo.reach(code, origin_name)
    which, far = _sample_part(code, origin_name)
    out = np.empty((len(far), len(ranges_km)))
    for j, km in enumerate(ranges_km):
        inside = r.within(float(km))
        hits = np.bincount(which, weights=inside * r.weights, minlength=len(far))
        weight = np.bincount(which, weights=r.weights, minlength=len(far))
        out[:, j] = np.where(weight > 0, hits / np.where(weight > 0, weight, 1.0), (far <= km).astype(float))
    return out
