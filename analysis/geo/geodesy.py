"""Geodesy on the WGS84 ellipsoid: distances, geodesic circles, densified outlines.

Distances are ellipsoidal geodesics (pyproj's ``Geod``, Karney's algorithm). The
central angle between two points bounds the geodesic from both sides (``B_KM`` and
``A_KM`` times the angle), which the origins use to decide most points without a
geodesic at all.

>>> round(float(distance_km(48.8566, 2.3522, 51.5074, -0.1278)), 1)  # Paris to London
343.9
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from pyproj import Geod, Transformer

#: Slack for floating-point rounding in the bounds (km; one millimetre).
ROUNDING_KM = 1e-6
#: WGS84 semi-minor axis (km): times a central angle, a lower bound on any geodesic.
B_KM = 6356.752314245
#: Times a central angle, an upper bound on the geodesic: the curve above the great
#: circle is at most sqrt(a² + (dr/dψ)²) per radian, with a = 6378.137 km and the
#: radius r changing by at most 21.6 km per radian of geocentric latitude ψ.
A_KM = 6378.2


@lru_cache(maxsize=1)
def geod() -> Geod:
    """The WGS84 ellipsoid's geodesic solver.

    >>> geod().a
    6378137.0
    """
    return Geod(ellps="WGS84")


def ring(lat: float, lon: float, radius_km: float, n: int = 361) -> tuple[np.ndarray, np.ndarray]:
    """A geodesic circle: (lons, lats) of ``n`` points at ``radius_km`` from (lat, lon) on the ellipsoid.

    >>> lons, lats = ring(40.0, 10.0, 1000, n=5)
    >>> [round(float(x), 1) for x in lats]  # north, east, south, west, north again
    [49.0, 39.4, 31.0, 39.4, 49.0]
    """
    az = np.linspace(0.0, 360.0, n)
    lons, lats, _ = geod().fwd(np.full(n, lon), np.full(n, lat), az, np.full(n, radius_km * 1000.0))
    return lons, lats


def distance_km(lat1, lon1, lat2, lon2) -> np.ndarray:
    """Geodesic distance in km between points (arrays broadcast).

    >>> float(distance_km(0.0, 0.0, 0.0, 1.0).round(3))  # one degree along the equator
    111.319
    """
    lat1, lon1, lat2, lon2 = np.broadcast_arrays(*(np.asarray(x, dtype=float) for x in (lat1, lon1, lat2, lon2)))
    _, _, d = geod().inv(lon1.ravel(), lat1.ravel(), lon2.ravel(), lat2.ravel())
    return (np.asarray(d) / 1000.0).reshape(lat1.shape)


@lru_cache(maxsize=1)
def _transformer() -> Transformer:
    return Transformer.from_crs("EPSG:4326", "EPSG:4978", always_xy=True)


def unit_vectors(lons: np.ndarray, lats: np.ndarray) -> np.ndarray:
    """Directions from the Earth's centre (unit vectors) of points on the ellipsoid.

    >>> unit_vectors([0.0], [0.0]).round(6).tolist()
    [[1.0, 0.0, 0.0]]
    """
    x, y, z = _transformer().transform(np.asarray(lons, dtype=float), np.asarray(lats, dtype=float),
                                       np.zeros(np.shape(lons)))
    xyz = np.column_stack([x, y, z])
    return xyz / np.linalg.norm(xyz, axis=1, keepdims=True)


def angle(chord: np.ndarray) -> np.ndarray:
    """The central angle (radians) subtended by a chord between unit vectors.

    >>> float(angle(np.array([2.0]))[0].round(6))  # antipodes
    3.141593
    """
    return 2.0 * np.arcsin(np.clip(chord / 2.0, 0.0, 1.0))


def densify(coords: np.ndarray, spacing_km: float) -> np.ndarray:
    """A ring's (lon, lat) vertices with geodesic points added wherever two are more than spacing_km apart.

    >>> densify(np.array([[0.0, 0.0], [0.0, 0.05]]), 1.0).shape  # 5.5 km: five points added
    (7, 2)
    """
    g = geod()
    _, _, d = g.inv(coords[:-1, 0], coords[:-1, 1], coords[1:, 0], coords[1:, 1])
    counts = (np.asarray(d) / 1000.0 // spacing_km).astype(int)
    out = [coords[:1]]
    start = 1
    for i in np.flatnonzero(counts >= 1):  # only the long segments need a loop
        out.append(coords[start : i + 1])
        (lon1, lat1), (lon2, lat2) = coords[i], coords[i + 1]
        out.append(np.array(g.npts(lon1, lat1, lon2, lat2, int(counts[i]))))
        start = i + 1
    out.append(coords[start:])
    return np.concatenate(out)
