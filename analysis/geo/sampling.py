"""Area samples: an equal-area grid over a country or region.

Each country is sampled on a regular grid in a Lambert azimuthal equal-area
projection centred on it, so every sample stands for the same area (``spacing_km``
squared): 5 km, or, for the whole world, a spacing that gives each country between
``MIN_SAMPLES`` and ``MAX_SAMPLES`` samples (:func:`auto_spacing_km`).

>>> lats, lons, km2 = area_sample("ISL", 50.0)
>>> 35 < len(lats) < 50
True
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from pyproj import Transformer
from shapely import bounds, contains_xy, get_parts, prepare, transform

from analysis.geo.tables import Region, area, area_code, area_km2, part_km2

DEFAULT_SPACING_KM = 5.0
#: Samples per country when the spacing is chosen per country (the whole world):
#: 5 km unless that gives fewer than MIN_SAMPLES or more than MAX_SAMPLES.
MIN_SAMPLES = 400
MAX_SAMPLES = 15_000


def _lattice(parts, step: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The lattice cells whose centres lie inside a polygon part (each part tried on the
    cells of its own bounds: scattered islands need no grid over the ocean between them):
    x, y of each centre, sorted by row then column, and the part that holds it."""
    # every part's cells at once: part n's row j, column i in the order of meshgrid(i, j).ravel()
    b = bounds(np.asarray(parts, dtype=object))
    i0, j0 = np.floor(b[:, 0] / step), np.floor(b[:, 1] / step)
    ni = (np.ceil(b[:, 2] / step) - i0 + 1).astype(int)
    nj = (np.ceil(b[:, 3] / step) - j0 + 1).astype(int)
    owner = np.repeat(np.arange(len(parts)), ni * nj)
    k = np.arange(len(owner)) - np.repeat(np.cumsum(ni * nj) - ni * nj, ni * nj)
    cells = np.column_stack([j0[owner] + k // ni[owner], i0[owner] + k % ni[owner]])
    x, y = cells[:, 1] * step + step / 2, cells[:, 0] * step + step / 2
    prepare(parts)
    inside = contains_xy(np.asarray(parts, dtype=object)[owner], x, y)  # the parts do not overlap
    cells, owner, x, y = cells[inside], owner[inside], x[inside], y[inside]
    order = np.lexsort((cells[:, 1], cells[:, 0]))
    return x[order], y[order], owner[order]


def area_sample(code: str | Region, spacing_km: float = DEFAULT_SPACING_KM) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(lats, lons, km2) of an equal-area grid over a country or :class:`Region`, and the
    area each sample stands for.

    Every polygon part counts: the samples of a part share its geodesic area (each about
    spacing_km², the grid's own estimate, rescaled so that no part is over- or
    under-counted), and a part too small or thin for any grid point (an islet, an atoll)
    gets one sample of its own, at its representative point, standing for its area."""
    return _samples(code, spacing_km)[:3]


@lru_cache(maxsize=32)
def _samples(code: str | Region, spacing_km: float):
    """:func:`area_sample`, and how many of its samples are grid points (the first ones)."""
    geom = area(code)[0]
    parts = list(getattr(geom, "geoms", [geom]))
    c = geom.representative_point()
    # the pipelines pyproj builds from EPSG:4326 and a laea CRS, without the database
    # look-up that costs more than the sampling of a small country
    laea = f"+proj=laea +lat_0={c.y:.4f} +lon_0={c.x:.4f} +x_0=0 +y_0=0 +ellps=WGS84"
    fwd = Transformer.from_pipeline(f"+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step {laea}")
    inv = Transformer.from_pipeline(f"+proj=pipeline +step +inv {laea} +step +proj=unitconvert +xy_in=rad +xy_out=deg")
    projected = list(get_parts(transform(geom, lambda xy: np.column_stack(fwd.transform(xy[:, 0], xy[:, 1])))))
    gx, gy, owner = _lattice(projected, spacing_km * 1000.0)
    lons, lats = inv.transform(gx, gy)
    km2 = part_km2(code)
    counts = np.bincount(owner, minlength=len(parts))
    alone = np.flatnonzero(counts == 0)
    points = [parts[k].representative_point() for k in alone]
    lats = np.concatenate([np.asarray(lats, dtype=float), [p.y for p in points]])
    lons = np.concatenate([np.asarray(lons, dtype=float), [p.x for p in points]])
    weights = np.concatenate([km2[owner] / np.maximum(counts[owner], 1), km2[alone]])
    return lats, lons, weights, len(gx)


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
    """Samples (and how many stand for a part too small for the grid), the area of the grid
    points (samples times spacing_km²), the area the samples stand for, and the ellipsoidal
    area of the polygons (km²).

    >>> check = sampling_check("ISL")
    >>> check["samples"] > 4000, check["sampled_over_geodesic"]
    (True, 1.0)
    """
    lats, _, km2, grid = _samples(code, spacing_km)
    exact = area_km2(code)
    return {"country": area_code(code), "spacing_km": spacing_km, "samples": len(lats),
            "part_samples": len(lats) - grid, "grid_km2": round(grid * spacing_km ** 2),
            "sampled_km2": round(float(km2.sum())), "geodesic_km2": round(exact),
            "grid_over_geodesic": round(grid * spacing_km ** 2 / exact, 4),
            "sampled_over_geodesic": round(float(km2.sum()) / exact, 4)}
