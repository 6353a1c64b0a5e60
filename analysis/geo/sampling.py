"""Area samples: an equal-area grid over a country or region.

Each country is sampled on a regular grid in a Lambert azimuthal equal-area
projection centred on it, so every sample stands for the same area (``spacing_km``
squared): 5 km, or, for the whole world, a spacing that gives each country between
``MIN_SAMPLES`` and ``MAX_SAMPLES`` samples (:func:`auto_spacing_km`).

>>> lats, lons = area_sample("ISL", 50.0)
>>> 35 < len(lats) < 50
True
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from pyproj import Transformer
from shapely import contains_xy, transform

from analysis.geo.tables import Region, area, area_code, area_km2

DEFAULT_SPACING_KM = 5.0
#: Samples per country when the spacing is chosen per country (the whole world):
#: 5 km unless that gives fewer than MIN_SAMPLES or more than MAX_SAMPLES.
MIN_SAMPLES = 400
MAX_SAMPLES = 15_000


def _lattice(parts, step: float) -> np.ndarray:
    """Keys of the lattice cells within each polygon's own bounds (scattered islands need
    no grid over the whole ocean between them), each once, sorted; and the row width."""
    cells = []
    for part in parts:
        minx, miny, maxx, maxy = part.bounds
        i = np.arange(np.floor(minx / step), np.ceil(maxx / step) + 1)
        j = np.arange(np.floor(miny / step), np.ceil(maxy / step) + 1)
        gi, gj = np.meshgrid(i, j)
        cells.append(np.column_stack([gj.ravel(), gi.ravel()]))
    cells = np.concatenate(cells).astype(np.int64)
    base = int(cells[:, 1].min())
    width = int(cells[:, 1].max()) - base + 1
    key = cells[:, 0] * width + (cells[:, 1] - base)  # one polygon's lattice: sorted by row, then column
    if len(parts) > 1:  # the lattices of several polygons overlap: sorted runs, so a sort
        key = np.sort(key)  # and a comparison drop the repeats faster than np.unique's hashing
        key = key[np.concatenate([[True], key[1:] != key[:-1]])]
    return (key % width + base) * step + step / 2, (key // width) * step + step / 2


@lru_cache(maxsize=32)
def area_sample(code: str | Region, spacing_km: float = DEFAULT_SPACING_KM) -> tuple[np.ndarray, np.ndarray]:
    """(lats, lons) of an equal-area grid over a country or :class:`Region`: each sample
    stands for spacing_km² of land. A country too small for the grid gets the
    representative point of each of its polygons."""
    geom = area(code)[0]
    c = geom.representative_point()
    # the pipelines pyproj builds from EPSG:4326 and a laea CRS, without the database
    # look-up that costs more than the sampling of a small country
    laea = f"+proj=laea +lat_0={c.y:.4f} +lon_0={c.x:.4f} +x_0=0 +y_0=0 +ellps=WGS84"
    fwd = Transformer.from_pipeline(f"+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step {laea}")
    inv = Transformer.from_pipeline(f"+proj=pipeline +step +inv {laea} +step +proj=unitconvert +xy_in=rad +xy_out=deg")
    projected = transform(geom, lambda xy: np.column_stack(fwd.transform(xy[:, 0], xy[:, 1])))
    gx, gy = _lattice(getattr(projected, "geoms", [projected]), spacing_km * 1000.0)
    inside = contains_xy(projected, gx, gy)
    if not inside.any():
        pts = [p.representative_point() for p in getattr(geom, "geoms", [geom])]
        return np.array([p.y for p in pts]), np.array([p.x for p in pts])
    lons, lats = inv.transform(gx[inside], gy[inside])
    return np.asarray(lats), np.asarray(lons)


def auto_spacing_km(code: str | Region) -> float:
    """Grid spacing (km) for a country or region: 5 km unless that gives fewer than
    ``MIN_SAMPLES`` or more than ``MAX_SAMPLES`` samples (three significant digits).

    >>> auto_spacing_km("ISL")
    5.0
    """
    km2 = area_km2(code)
    n = float(np.clip(km2 / DEFAULT_SPACING_KM ** 2, MIN_SAMPLES, MAX_SAMPLES))
    return float(f"{np.sqrt(km2 / n):.3g}")


def sampling_check(code: str | Region, spacing_km: float = DEFAULT_SPACING_KM) -> dict:
    """Samples, the area they stand for, and the ellipsoidal area of the polygons (km²).

    >>> sampling_check("ISL")["samples"] > 4000
    True
    """
    lats, _ = area_sample(code, spacing_km)
    sampled = len(lats) * spacing_km ** 2
    exact = area_km2(code)
    return {"country": area_code(code), "spacing_km": spacing_km, "samples": len(lats), "sampled_km2": sampled,
            "geodesic_km2": round(exact), "difference": round(sampled / exact - 1, 4)}
