"""How far a range circle drawn the usual wrong ways lands from the true range.

>>> t = drawn_circle_errors("40.85,129.67", 1000, n=36)
>>> t.drawn_as.tolist()[0]
'circle in degrees (plate carrée)'
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from pyproj import Transformer

from analysis.geo.geodesy import distance_km
from analysis.geo.measure import check_range
from analysis.geo.origins import origin

#: The mean Earth radius (km) of a spherical drawing.
SPHERE_KM = 6371.0088


def drawn_circle_errors(origin_name: str, range_km: float, n: int = 360) -> pd.DataFrame:
    """How far from the true range a circle drawn the wrong way lands, in km.

    For a point origin: a circle of ``range_km / 111.32`` degrees drawn in
    longitude-latitude; a circle of ``range_km`` in Mercator metres; the same scaled
    by the Mercator scale factor at the origin; a circle on a sphere of radius
    6,371 km. Each is sampled at ``n`` azimuths and its true geodesic distance from
    the origin is measured on the ellipsoid.
    """
    o = origin(origin_name)
    lat0, lon0 = o.centre
    range_km = check_range(range_km)
    theta = np.radians(np.arange(n) * 360.0 / n)
    shapes = {}
    deg = range_km / 111.32
    shapes["circle in degrees (plate carrée)"] = (lat0 + deg * np.cos(theta), lon0 + deg * np.sin(theta))
    merc = Transformer.from_crs("EPSG:4326", "EPSG:3395", always_xy=True)
    x0, y0 = merc.transform(lon0, lat0)
    for label, r in (("circle in Mercator metres", range_km * 1000.0),
                     ("Mercator circle scaled at the origin", range_km * 1000.0 / np.cos(np.radians(lat0)))):
        lo, la = merc.transform(x0 + r * np.sin(theta), y0 + r * np.cos(theta), direction="INVERSE")
        shapes[label] = (np.asarray(la), np.asarray(lo))
    # spherical great circle of the same radius
    d = range_km / SPHERE_KM
    phi0, lam0 = np.radians(lat0), np.radians(lon0)
    phi = np.arcsin(np.sin(phi0) * np.cos(d) + np.cos(phi0) * np.sin(d) * np.cos(theta))
    lam = lam0 + np.arctan2(np.sin(theta) * np.sin(d) * np.cos(phi0), np.cos(d) - np.sin(phi0) * np.sin(phi))
    shapes["circle on a sphere (R = 6,371 km)"] = (np.degrees(phi), np.degrees(lam))
    rows = []
    for label, (la, lo) in shapes.items():
        true = distance_km(np.full(n, lat0), np.full(n, lon0), la, lo)
        err = true - range_km
        rows.append({"origin": o.name, "range_km": range_km, "drawn_as": label,
                     "true_min_km": round(float(true.min()), 1), "true_max_km": round(float(true.max()), 1),
                     "worst_error_km": round(float(err[np.argmax(np.abs(err))]), 1)})
    return pd.DataFrame(rows)
