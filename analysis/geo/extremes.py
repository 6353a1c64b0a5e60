"""Extremes from the outlines: the nearest and the farthest point of an area from an origin.

``nearest_km`` is the distance from the origin to the nearest point of the area (0 where
they touch or overlap); ``farthest_km`` is the range that brings all of the area within
reach: the largest distance from any point of it to the origin. Both are read from the
polygons themselves, every part of a multipolygon and every ring, with edges taken as
geodesics, so that no island is skipped however small it is.

The farthest point of an area lies on its boundary (the distance to an origin has no
maximum inside an area that does not reach the origin's antipode), and so does the
nearest unless the area touches the origin. Along a geodesic edge of length L between
vertices a and b, the distance d to the origin changes by at most the length walked
(d is 1-Lipschitz), so on that edge d stays below (d(a) + d(b) + L) / 2 and above
(d(a) + d(b) - L) / 2. A branch and bound over the edges uses these: the origin's
angular bounds rule out most vertices without any geodesic, exact distances are taken
only at the vertices of edges that could still hold the extreme, and such an edge is
split at its geodesic midpoint until no edge can beat the best point found by more
than ``TOLERANCE_KM``. The extreme returned is attained at the point returned.

>>> from shapely.geometry import box
>>> from analysis.geo.origins import origin
>>> e = extremes(box(0.0, 0.0, 1.0, 1.0), origin("0,-1"))
>>> round(e["nearest_km"], 1), e["nearest_lat"], e["nearest_lon"]
(111.3, 0.0, 0.0)
>>> round(e["farthest_km"], 1), e["farthest_lat"], e["farthest_lon"]
(248.6, 1.0, 1.0)
"""

from __future__ import annotations

import numpy as np
import shapely
from shapely import contains_xy

from analysis.geo.geodesy import A_KM, B_KM, ROUNDING_KM, angle, geod, unit_vectors
from analysis.geo.origins import Origin

#: An edge is split until it cannot hold a point beyond the best one by more than this (km).
TOLERANCE_KM = 0.05
#: a²/b (km): the radius of WGS84's smallest Gaussian curvature (at the poles).
K_RADIUS_KM = 6378.137 ** 2 / 6356.752314245
#: From this distance on (km) a point's antipodal cut locus may be near: no one-vertex bound.
CUT_KM = 19_800.0
#: An edge that could still hold the extreme is cut into this many geodesic pieces.
SPLIT = 2
#: The keys of :func:`extremes`, in the order the tables show them.
COLUMNS = ("nearest_km", "nearest_lat", "nearest_lon", "farthest_km", "farthest_lat", "farthest_lon")


def extremes_columns() -> list[str]:
    """The columns a coverage row gives the extremes in (:data:`COLUMNS`).

    >>> extremes_columns()[:2]
    ['nearest_km', 'nearest_lat']
    """
    return list(COLUMNS)


def outline(geometry) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(lons, lats, edges) of every ring of every part: vertices, and index pairs of the
    vertices that each edge joins (within one ring, closing edge included).

    >>> from shapely.geometry import box
    >>> lons, lats, edges = outline(box(0.0, 0.0, 1.0, 1.0))
    >>> len(lons), edges.tolist()
    (4, [[0, 1], [1, 2], [2, 3], [3, 0]])
    """
    rings = shapely.get_rings(shapely.get_parts(geometry))
    xy, which = shapely.get_coordinates(rings, return_index=True)
    # a ring repeats its first vertex at the end: drop it and join the last to the first
    last = np.r_[which[1:] != which[:-1], True]
    keep = ~last
    xy, which = xy[keep], which[keep]
    index = np.arange(len(xy))
    start = np.r_[0, np.flatnonzero(which[1:] != which[:-1]) + 1]
    nxt = index + 1
    ends = np.r_[start[1:], len(xy)] - 1
    nxt[ends] = start
    return xy[:, 0], xy[:, 1], np.column_stack([index, nxt])


class _Search:
    """Branch and bound for the largest value of sign * distance over the outline's edges.

    Values are signed (the nearest is the largest negated distance); ``lo`` and ``hi``
    bound each point's signed value, ``exact`` holds it once measured (NaN before).
    """

    def __init__(self, o: Origin, lons, lats, edges, lower, upper, sign: float, length):
        self.o, self.sign = o, sign
        self.lons, self.lats = np.asarray(lons, dtype=float), np.asarray(lats, dtype=float)
        self.lo, self.hi = (lower, upper) if sign > 0 else (-upper, -lower)
        self.exact = np.where(self.lo == self.hi, self.lo, np.nan)  # where the bounds agree, nothing to measure
        self.tight = self.lo == self.hi
        self.vertex = np.full(len(self.lons), -1)  # the origin's vertex nearest each measured point
        self.edges, self.length = edges, length
        self.best = float(np.max(self.lo)) - ROUNDING_KM

    def _tighten(self, idx: np.ndarray) -> None:
        """Upper bounds of the farthest from a few vertices of the origin (the distance is
        at most the distance to any of them): cheap, and close to the distance itself."""
        todo = idx[~self.tight[idx]]
        if self.sign > 0 and len(todo):
            self.hi[todo] = self.o.near_km(self.lats[todo], self.lons[todo], self.hi[todo])
        self.tight[todo] = True

    def _measure(self, idx: np.ndarray) -> None:
        todo = idx[np.isnan(self.exact[idx])]
        if len(todo):
            upper = self.hi[todo] if self.sign > 0 else -self.lo[todo]
            km, self.vertex[todo] = self.o.nearest_vertex_km(self.lats[todo], self.lons[todo], upper)
            self.exact[todo] = self.sign * km

    def _add(self, lons, lats) -> np.ndarray:
        lower, upper = self.o.bounds_km(lats, lons)
        lo, hi = (lower, upper) if self.sign > 0 else (-upper, -lower)
        first = len(self.lons)
        self.lons, self.lats = np.r_[self.lons, lons], np.r_[self.lats, lats]
        self.lo, self.hi = np.r_[self.lo, lo], np.r_[self.hi, hi]
        self.exact = np.r_[self.exact, np.where(lo == hi, lo, np.nan)]
        self.tight = np.r_[self.tight, lo == hi]
        self.vertex = np.r_[self.vertex, np.full(len(lo), -1)]
        return np.arange(first, len(self.lons))

    def _prune(self, edges, length) -> tuple[np.ndarray, np.ndarray]:
        """The edges whose bounds can still beat the best point, their ends' upper bounds tightened."""
        keep = (self.hi[edges[:, 0]] + self.hi[edges[:, 1]] + length) / 2.0 >= self.best
        edges, length = edges[keep], length[keep]
        self._tighten(np.unique(edges))
        keep = (self.hi[edges[:, 0]] + self.hi[edges[:, 1]] + length) / 2.0 >= self.best
        return edges[keep], length[keep]

    def run(self) -> tuple[float, float, float]:
        edges, length = self._prune(self.edges, self.length)
        if not len(edges):  # no edge can beat the vertex with the best lower bound
            edges, length = np.array([[int(np.argmax(self.lo))] * 2]), np.zeros(1)
        while True:
            self._measure(np.unique(edges))
            measured = np.where(np.isnan(self.exact), -np.inf, self.exact)
            best = int(np.argmax(measured))
            self.best = max(self.best, float(measured[best]))
            a, b = edges[:, 0], edges[:, 1]
            az, _, dist = geod().inv(self.lons[a], self.lats[a], self.lons[b], self.lats[b])
            length = np.asarray(dist) / 1000.0
            open_ = self._bound(a, b, length) > self.best + TOLERANCE_KM
            if not open_.any():
                return self.sign * float(measured[best]), float(self.lats[best]), float(self.lons[best])
            edges = self._split(a[open_], b[open_], np.asarray(az)[open_], length[open_])
            edges, _ = self._prune(edges, np.repeat(length[open_] / SPLIT, SPLIT))

    def _bound(self, a, b, length) -> np.ndarray:
        """The largest signed value the edges from vertices a to b can hold: the 1-Lipschitz
        bound; for the nearest also the semiconcave one (:func:`semiconcave_bound`); for the
        farthest, where one vertex of the origin is the nearest to both ends, the distance
        to that vertex (:func:`one_vertex_bound`)."""
        fa, fb = self.exact[a], self.exact[b]
        lipschitz = (fa + fb + length) / 2.0
        if self.sign < 0:
            return np.minimum(lipschitz, -semiconcave_bound(-fa, -fb, length))
        same = (self.vertex[a] == self.vertex[b]) & (self.vertex[a] >= 0)
        return np.where(same, np.minimum(lipschitz, one_vertex_bound(fa, fb, length)), lipschitz)

    def _split(self, a, b, az, length) -> np.ndarray:
        """Each edge cut into ``SPLIT`` geodesic pieces: the pieces' vertex pairs."""
        step = np.arange(1, SPLIT) / SPLIT
        mlon, mlat, _ = geod().fwd(np.repeat(self.lons[a], SPLIT - 1), np.repeat(self.lats[a], SPLIT - 1),
                                   np.repeat(az, SPLIT - 1), np.outer(length * 1000.0, step).ravel())
        m = self._add(np.asarray(mlon, dtype=float), np.asarray(mlat, dtype=float)).reshape(len(a), SPLIT - 1)
        chain = np.column_stack([a, m, b])  # a, the cuts in order, b
        return np.column_stack([chain[:, :-1].ravel(), chain[:, 1:].ravel()])


def semiconcave_bound(fa, fb, length) -> np.ndarray:
    """A lower bound on the distance to the origin along geodesic edges of ``length`` (km)
    whose ends lie at fa and fb (km).

    The distance r from a point has, across the direction to the point, the Hessian
    m'/m (m the reduced length), and where the Gaussian curvature is at least k,
    m'/m <= sqrt(k) cot(sqrt(k) r) (Hessian comparison). Along any geodesic the second
    derivative of the distance to one vertex of the origin is at most that, and the
    minimum over the vertices keeps the bound: with H its value at the smallest distance
    the edge can reach, the distance lies above the chord between its ends less
    H s(L-s)/2, and above the chord itself beyond a quarter of the way round (cot < 0).
    WGS84's smallest curvature, at the poles, is b²/a⁴ (radius ``K_RADIUS_KM``).

    >>> float(semiconcave_bound(np.array([11000.0]), np.array([11000.0]), np.array([50.0]))[0])
    10999.999999
    >>> 499.9 < float(semiconcave_bound(np.array([500.0]), np.array([500.0]), np.array([10.0]))[0]) < 500.0
    True
    """
    r_min = np.maximum((fa + fb - length) / 2.0, 0.0)
    with np.errstate(divide="ignore"):
        h = np.where(r_min > 0.0, 1.0 / (K_RADIUS_KM * np.tan(np.minimum(r_min / K_RADIUS_KM, np.pi / 2))), np.inf)
    h = np.maximum(h, 0.0) * (1.0 + 1e-9)
    safe = np.where(np.isfinite(h) & (h > 0.0), h, 1.0)
    span = np.maximum(length, 1e-12)
    s = np.clip(length / 2.0 + (fa - fb) / (safe * span), 0.0, length)  # where chord - H s(L-s)/2 is least
    curved = fa + (fb - fa) * s / span - safe * s * (length - s) / 2.0
    out = np.where(h > 0.0, curved, np.minimum(fa, fb))
    return np.where(np.isfinite(h), out, -np.inf) - ROUNDING_KM


def one_vertex_bound(fa, fb, length) -> np.ndarray:
    """An upper bound on the distance to one point along geodesic edges of ``length`` (km)
    whose ends lie at fa and fb (km) from it.

    Where the Gaussian curvature is at most K, the distance r from a point has the
    Hessian sqrt(K) cot(sqrt(K) r) or more across the direction to it, and 0 along it
    (Hessian comparison, short of the cut locus): along a geodesic the distance is convex
    within a quarter of the way round (so it lies below the chord), and beyond it bends
    down by at most H = sqrt(K) cot(sqrt(K) r) < 0, so it lies below the chord plus
    |H| s(L-s)/2. WGS84's largest curvature, at the equator, is 1/b². Near the antipode
    (from ``CUT_KM`` on) no bound is given.

    >>> float(one_vertex_bound(np.array([5000.0]), np.array([5001.0]), np.array([10.0]))[0])
    5001.000001
    >>> 11000.0 < float(one_vertex_bound(np.array([11000.0]), np.array([11000.0]), np.array([10.0]))[0]) < 11000.01
    True
    """
    r_max = (fa + fb + length) / 2.0
    h = np.minimum(1.0 / (B_KM * np.tan(np.clip(r_max / B_KM, 1e-9, np.pi - 1e-9))), 0.0) * (1.0 + 1e-9)
    span = np.maximum(length, 1e-12)
    s = np.clip(length / 2.0 + (fb - fa) / (np.minimum(h, -1e-300) * -span), 0.0, length)
    bent = fa + (fb - fa) * s / span - h * s * (length - s) / 2.0
    out = np.where(h < 0.0, np.maximum(bent, np.maximum(fa, fb)), np.maximum(fa, fb)) + ROUNDING_KM
    return np.where(r_max < CUT_KM, out, np.inf)


def _touch_point(geometry, o: Origin) -> tuple[float, float] | None:
    """A point (lat, lon) that the area and the origin share, or None where they are apart."""
    if hasattr(o, "geometry"):
        if not geometry.intersects(o.geometry):
            return None
        p = shapely.intersection(geometry, o.geometry).representative_point()
        return float(p.y), float(p.x)
    lat, lon = o.centre
    return (float(lat), float(lon)) if bool(contains_xy(geometry, lon, lat)) else None


def extremes(geometry, o: Origin) -> dict:
    """Nearest and farthest point of a (multi)polygon from an origin: :data:`COLUMNS`
    (km, and the latitude and longitude where each is attained)."""
    if hasattr(o, "geometry") and o.geometry.covers(geometry):  # the origin's own territory: 0 throughout
        p = geometry.representative_point()
        return dict(zip(COLUMNS, (0.0, float(p.y), float(p.x), 0.0, float(p.y), float(p.x))))
    lons, lats, edges = outline(geometry)
    units = unit_vectors(lons, lats)
    a, b = edges[:, 0], edges[:, 1]
    # the geodesic between two vertices is at most A_KM times their central angle
    length = A_KM * angle(np.linalg.norm(units[a] - units[b], axis=1)) + ROUNDING_KM
    # bounds from a cap around the origin, for every vertex at the cost of one angle each; the
    # origin's own bounds only for the vertices of edges these leave in the running
    centre, radius = o.cap()
    theta = angle(np.linalg.norm(units - centre, axis=1))
    lower = np.maximum(B_KM * (theta - radius) - ROUNDING_KM, 0.0)
    upper = A_KM * (theta + radius) + ROUNDING_KM
    far = (upper[a] + upper[b] + length) / 2.0 >= lower.max() - ROUNDING_KM
    near = (lower[a] + lower[b] - length) / 2.0 <= upper.min() + ROUNDING_KM
    keep = np.unique(edges[far | near])
    lower[keep], upper[keep] = o.bounds_km(lats[keep], lons[keep])
    far_km, far_lat, far_lon = _Search(o, lons, lats, edges[far], lower, upper, 1.0, length[far]).run()
    near_km, near_lat, near_lon = _Search(o, lons, lats, edges[near], lower, upper, -1.0, length[near]).run()
    if near_km > 0.0:
        touch = _touch_point(geometry, o)
        if touch is not None:
            near_km, (near_lat, near_lon) = 0.0, touch
    return dict(zip(COLUMNS, (near_km, near_lat, near_lon, far_km, far_lat, far_lon)))
