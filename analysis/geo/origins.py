"""Where a missile is launched from: a territory, a named launch site, or a point.

The distance from many points to a territory is the shortest geodesic to a vertex
of its boundary, densified to at most ``BOUNDARY_SPACING_KM`` between vertices
(:class:`TerritoryOrigin`). The angle to the nearest of a few boundary vertices
(cluster centres) bounds the geodesic from both sides, which decides most points
without any geodesic; only where a range falls between the bounds is the exact
minimum taken, over every vertex the bounds and the triangle inequality cannot rule
out, which is the answer of measuring every vertex. Points inside the territory are
at distance 0.

>>> o = origin("ISL")
>>> o.kind, float(o.distance_km([64.1466], [-21.9426])[0])  # Reykjavik lies inside
('territory', 0.0)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy.spatial import cKDTree
from shapely import contains_xy, prepare

from analysis.errors import GeoError
from analysis.geo.geodesy import A_KM, B_KM, ROUNDING_KM, angle, densify, distance_km, geod, unit_vectors
from analysis.geo.tables import countries, country, launch_sites

BOUNDARY_SPACING_KM = 1.0
#: Vertices measured first when a distance must be exact (more only where needed).
EXACT_K = 4
#: Every COARSE_STEP-th vertex along a ring is a cluster centre for the bounds.
COARSE_STEP = 16
#: spacing of the clusters in the members' sort key (km): more than any cluster's radius
_KEY = 1.0e4


class Origin:
    """Where a missile is launched from: a territory, a named site or a point."""

    name: str
    kind: str

    def bounds_km(self, lats: np.ndarray, lons: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Lower and upper bounds (km) on the distance of each point; equal where it is exact."""
        d = self.distance_km(lats, lons)
        return d, d.copy()

    def exact_km(self, lats: np.ndarray, lons: np.ndarray, upper: np.ndarray) -> np.ndarray:
        """The exact distance (km) of points whose upper bound is ``upper``."""
        return self.distance_km(lats, lons)

    def cap(self) -> tuple[np.ndarray, float]:
        """A cap that holds the origin: its centre's unit vector and its angular radius (radians)."""
        lat, lon = self.centre
        return unit_vectors([lon], [lat])[0], 0.0

    def cap_bounds_km(self, lats: np.ndarray, lons: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Lower and upper bounds (km) from the angle to the centre of :meth:`cap` alone: looser
        than :meth:`bounds_km`, and cheaper (no search), enough to rule out points far from a range."""
        centre, radius = self.cap()
        units = unit_vectors(np.asarray(lons, dtype=float).ravel(), np.asarray(lats, dtype=float).ravel())
        theta = angle(np.linalg.norm(units - centre, axis=1)) if len(units) else np.zeros(0)
        return np.maximum(B_KM * (theta - radius) - ROUNDING_KM, 0.0), A_KM * (theta + radius) + ROUNDING_KM

    def within_km(self, lats: np.ndarray, lons: np.ndarray, upper: np.ndarray, range_km: float) -> np.ndarray:
        """Whether points lie within ``range_km``, as :meth:`exact_km` would decide: for each point
        within it an upper bound (km) no greater than ``range_km``, for each point beyond it a lower
        bound above ``range_km`` (a territory needs no exact minimum for that: a vertex within range
        settles the first, proof that none is, the second)."""
        return self.exact_km(lats, lons, upper)

    def nearest_vertex_km(self, lats: np.ndarray, lons: np.ndarray, upper: np.ndarray):
        """The exact distance (km) of points, and which vertex of the origin attains it (a
        point origin has one, 0)."""
        return self.exact_km(lats, lons, upper), np.zeros(np.size(lats), dtype=int)

    def near_km(self, lats: np.ndarray, lons: np.ndarray, upper: np.ndarray) -> np.ndarray:
        """A cheap upper bound (km), no looser than ``upper``, on the distance of points."""
        return np.minimum(upper, self.distance_km(lats, lons))

    def distance_km(self, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:  # pragma: no cover - interface
        raise NotImplementedError

    @property
    def centre(self) -> tuple[float, float]:  # (lat, lon)
        raise NotImplementedError


@dataclass
class SiteOrigin(Origin):
    """A point: a named launch site, or a latitude and longitude (``kind`` "point").

    >>> round(float(SiteOrigin("equator", 0.0, 0.0).distance_km([0.0], [1.0])[0]), 3)
    111.319
    """

    name: str
    lat: float
    lon: float
    kind: str = "site"

    def distance_km(self, lats, lons):
        lats = np.asarray(lats, dtype=float)
        return distance_km(np.full(lats.shape, self.lat), np.full(lats.shape, self.lon), lats, np.asarray(lons, dtype=float))

    @property
    def centre(self):
        return self.lat, self.lon


class TerritoryOrigin(Origin):
    """Distance to a territory: 0 inside, else the shortest geodesic to a boundary vertex.

    Every ``COARSE_STEP``-th vertex along each ring is a cluster centre; each vertex
    belongs to the nearest centre, and each cluster knows its geodesic radius. The
    angle to the nearest centre (one k-d tree query) gives both bounds for any point,
    with no geodesic at all; an exact distance measures the ``EXACT_K`` vertices
    nearest in angle and, where the angle cannot rule out the rest, every centre and
    the members of each cluster the triangle inequality cannot rule out.
    """

    kind = "territory"

    def __init__(self, name: str, geometry, spacing_km: float = BOUNDARY_SPACING_KM):
        self.name = name
        self.geometry = geometry
        prepare(geometry)
        rings = []
        for poly in getattr(geometry, "geoms", [geometry]):
            for r in [poly.exterior, *poly.interiors]:
                rings.append(densify(np.asarray(r.coords), spacing_km))
        pts = np.unique(np.concatenate(rings), axis=0)
        self.boundary_lons, self.boundary_lats = pts[:, 0], pts[:, 1]
        units = unit_vectors(self.boundary_lons, self.boundary_lats)
        self.tree = cKDTree(units)
        centres = np.unique(np.concatenate([r[::COARSE_STEP] for r in rings]), axis=0)
        self.centre_lons, self.centre_lats = centres[:, 0], centres[:, 1]
        self.centre_units = unit_vectors(self.centre_lons, self.centre_lats)
        self.centre_tree = cKDTree(self.centre_units)
        chord, owner = self.centre_tree.query(units, k=1)
        #: the largest angle between a vertex and its centre
        self.cluster_angle = float(angle(chord).max())
        _, _, d = geod().inv(self.boundary_lons, self.boundary_lats, self.centre_lons[owner], self.centre_lats[owner])
        to_owner = np.asarray(d) / 1000.0
        self.cluster_km = np.zeros(len(centres))
        np.maximum.at(self.cluster_km, owner, to_owner)
        # members by cluster, each cluster's nearest to its centre first; the key finds, per
        # cluster, the first member far enough from the centre to be nearer the point than
        # the best so far (d(p, v) >= d(p, c) - d(c, v): the rest are never measured)
        self.members = np.lexsort((to_owner, owner))
        self.offsets = np.concatenate([[0], np.cumsum(np.bincount(owner, minlength=len(centres)))])
        self._member_key = owner[self.members] * _KEY + to_owner[self.members]
        c = geometry.representative_point()
        self._centre = (c.y, c.x)
        mean = units.mean(axis=0)
        self._cap = mean / np.linalg.norm(mean), float(angle(np.linalg.norm(units - mean / np.linalg.norm(mean),
                                                                               axis=1)).max())

    @property
    def centre(self):
        return self._centre

    def cap(self):
        return self._cap

    def _inside(self, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
        minx, miny, maxx, maxy = self.geometry.bounds
        near = (lons >= minx) & (lons <= maxx) & (lats >= miny) & (lats <= maxy)
        out = np.zeros(len(lats), dtype=bool)
        out[near] = contains_xy(self.geometry, lons[near], lats[near])
        return out

    def bounds_km(self, lats, lons):
        lats = np.asarray(lats, dtype=float).ravel()
        lons = np.asarray(lons, dtype=float).ravel()
        units = unit_vectors(lons, lats) if len(lats) else np.empty((0, 3))
        # the nearest centre in angle is the nearest in chord: a k-d tree, not a product
        # with every centre (which also kept BLAS threads spinning on both cores)
        _, nearest = self.centre_tree.query(units, k=1)
        theta = angle(np.linalg.norm(units - self.centre_units[nearest], axis=1))
        lower = B_KM * np.maximum(theta - self.cluster_angle, 0.0) - ROUNDING_KM
        upper = A_KM * theta + ROUNDING_KM  # to the nearest centre, itself a vertex
        upper[self._inside(lats, lons)] = 0.0
        return np.clip(lower, 0.0, upper), upper

    def _nearest_k(self, lats, lons, upper):
        """The distance to the nearest of the ``EXACT_K`` vertices nearest in angle (an upper
        bound) and which vertex it is (-1 where ``upper`` is smaller), and the angle to the
        farthest of them (below which no other vertex lies)."""
        out = np.asarray(upper, dtype=float).copy()
        k = min(EXACT_K, len(self.boundary_lons))
        chord, idx = self.tree.query(unit_vectors(lons, lats), k=k)
        chord, idx = chord.reshape(len(out), k), idx.reshape(len(out), k)
        _, _, d = geod().inv(np.repeat(lons, k), np.repeat(lats, k),
                             self.boundary_lons[idx.ravel()], self.boundary_lats[idx.ravel()])
        d = np.asarray(d).reshape(len(out), k) / 1000.0
        j = d.argmin(axis=1)
        near = d[np.arange(len(out)), j]
        vertex = np.where(near <= out, idx[np.arange(len(out)), j], -1)
        return np.minimum(out, near), vertex, chord[:, -1]

    def near_km(self, lats, lons, upper):
        lats = np.asarray(lats, dtype=float).ravel()
        lons = np.asarray(lons, dtype=float).ravel()
        inside = self._inside(lats, lons)
        out = np.asarray(upper, dtype=float).copy()
        if (~inside).any():
            out[~inside] = self._nearest_k(lats[~inside], lons[~inside], out[~inside])[0]
        out[inside] = 0.0
        return out

    def exact_km(self, lats, lons, upper):
        return self.nearest_vertex_km(lats, lons, upper)[0]

    def nearest_vertex_km(self, lats, lons, upper):
        lats = np.asarray(lats, dtype=float).ravel()
        lons = np.asarray(lons, dtype=float).ravel()
        out = np.asarray(upper, dtype=float).copy()
        if not len(out):
            return out, np.zeros(0, dtype=int)
        out, vertex, last = self._nearest_k(lats, lons, out)
        open_ = np.flatnonzero(B_KM * angle(last) - ROUNDING_KM < out)
        for i in range(0, len(open_), 500):  # bounded memory for the angles to every centre
            rows = open_[i:i + 500]
            out[rows], vertex[rows] = self._by_clusters(lats[rows], lons[rows], out[rows], vertex[rows])
        return out, vertex

    def within_km(self, lats, lons, upper, range_km):
        lats = np.asarray(lats, dtype=float).ravel()
        lons = np.asarray(lons, dtype=float).ravel()
        # a vertex within range ends a point's search; the search for one nearer than the limit
        # proves for the rest that none is: the exact minimum compared with range_km, bit for
        # bit (the minimum is one of the vertices' distances), with fewer vertices measured
        limit = np.nextafter(float(range_km), np.inf)
        best = np.minimum(np.asarray(upper, dtype=float), limit)
        if not len(best):
            return best
        best, vertex, last = self._nearest_k(lats, lons, best)
        open_ = np.flatnonzero((best >= limit) & (B_KM * angle(last) - ROUNDING_KM < best))
        for i in range(0, len(open_), 500):
            rows = open_[i:i + 500]
            best[rows], _ = self._by_clusters(lats[rows], lons[rows], best[rows], vertex[rows])
        return np.where(best <= range_km, best, limit)

    def _by_clusters(self, lats, lons, best, vertex):
        """Exact minimum and its vertex: the centres the angle cannot rule out, then the
        members of each cluster the triangle inequality cannot rule out."""
        units = unit_vectors(lons, lats)
        theta = angle(np.linalg.norm(units[:, None, :] - self.centre_units[None, :, :], axis=2))
        # a member lies within cluster_km of its centre: B θ - radius bounds its distance
        row, cl = np.nonzero(B_KM * theta - self.cluster_km < best[:, None] + ROUNDING_KM)
        _, _, d = geod().inv(lons[row], lats[row], self.centre_lons[cl], self.centre_lats[cl])
        to_centre = np.asarray(d) / 1000.0
        bound = best.copy()
        np.minimum.at(bound, row, to_centre)
        keep = to_centre - self.cluster_km[cl] < bound[row] + ROUNDING_KM
        row, cl, to_centre = row[keep], cl[keep], to_centre[keep]
        # within a cluster, only the members farther from the centre than d(p, c) - best
        need = np.clip(to_centre - bound[row] - 2 * ROUNDING_KM, 0.0, _KEY / 2)
        first = np.searchsorted(self._member_key, cl * _KEY + need)
        sizes = self.offsets[cl + 1] - first
        which = np.repeat(row, sizes)
        start = np.repeat(first - np.cumsum(sizes) + sizes, sizes)
        members = self.members[start + np.arange(int(sizes.sum()))]
        _, _, d = geod().inv(lons[which], lats[which], self.boundary_lons[members], self.boundary_lats[members])
        d = np.asarray(d) / 1000.0
        order = np.lexsort((d, which))  # per point, the nearest member first
        first = order[np.r_[True, which[order][1:] != which[order][:-1]]] if len(order) else order
        better = d[first] < best[which[first]]
        best[which[first][better]] = d[first][better]
        vertex[which[first][better]] = members[first][better]
        return best, vertex

    def distance_km(self, lats, lons):
        lats = np.asarray(lats, dtype=float).ravel()
        lons = np.asarray(lons, dtype=float).ravel()
        lower, upper = self.bounds_km(lats, lons)
        open_ = lower < upper
        upper[open_] = self.exact_km(lats[open_], lons[open_], upper[open_])
        return upper

    def brute_force_km(self, lats, lons) -> np.ndarray:
        """Every point against every boundary vertex: the reference the index must match."""
        lats = np.asarray(lats, dtype=float).ravel()
        lons = np.asarray(lons, dtype=float).ravel()
        g = geod()
        m = len(self.boundary_lons)
        out = np.empty(len(lats))
        for i, (lat, lon) in enumerate(zip(lats, lons)):
            _, _, d = g.inv(np.full(m, lon), np.full(m, lat), self.boundary_lons, self.boundary_lats)
            out[i] = np.min(d) / 1000.0
        out[contains_xy(self.geometry, lons, lats)] = 0.0
        return out


_POINT = re.compile(r"^\s*([-+]?\d+(?:\.\d*)?)\s*,\s*([-+]?\d+(?:\.\d*)?)\s*$")


def _point(name: str) -> SiteOrigin | None:
    """An origin written as ``LAT,LON`` in decimal degrees, or None if it is not one."""
    m = _POINT.match(name)
    if not m:
        return None
    lat, lon = float(m.group(1)), float(m.group(2))
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise GeoError(f"origin {name!r}: latitude must be within ±90 and longitude within ±180 degrees")
    return SiteOrigin(f"{lat:g},{lon:g}", lat, lon, kind="point")


@lru_cache(maxsize=16)
def origin(name: str) -> Origin:
    """An origin by ISO3 code (its territory), launch-site name or alias, or ``LAT,LON``.

    >>> origin("ISL").kind
    'territory'
    >>> origin("40.5,129.5").kind
    'point'
    """
    key = name.strip()
    point = _point(key)
    if point is not None:
        return point
    if key.upper() in countries().index:
        return TerritoryOrigin(key.upper(), country(key))
    for row in launch_sites().itertuples():
        names = [row.name, *[a for a in row.aliases.split(";") if a]]
        if key.casefold() in (n.casefold() for n in names):
            return SiteOrigin(row.name, float(row.latitude), float(row.longitude))
    known = ", ".join(launch_sites().name)
    raise GeoError(f"unknown origin {name!r}; use an ISO3 country code (its territory), "
                   f"a launch site ({known}) or LAT,LON in degrees")
