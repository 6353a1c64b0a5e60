"""Missile range coverage on the WGS84 ellipsoid.

Distances are ellipsoidal geodesics (pyproj's ``Geod``, Karney's algorithm).
The distance from many points to a territory is the shortest geodesic to a vertex
of its boundary, densified to at most ``BOUNDARY_SPACING_KM`` between vertices
(:class:`TerritoryOrigin`). The central angle between two points bounds the geodesic
on the ellipsoid from both sides (``B_KM`` and ``A_KM`` times the angle), so the angle
to the nearest of a few boundary vertices (cluster centres) decides most points
without any geodesic; only where a range falls between the bounds is the exact
minimum taken, over every vertex the bounds and the triangle inequality cannot rule
out, which is the answer of measuring every vertex. Points inside the territory are
at distance 0.

Area shares sample each country on a regular grid in a Lambert azimuthal
equal-area projection centred on the country, so every sample stands for the same
area (``spacing_km`` squared): 5 km, or for the whole world a spacing that gives each
country between ``MIN_SAMPLES`` and ``MAX_SAMPLES`` samples (:func:`auto_spacing_km`). Population shares weight GeoNames populated places
by their population (see :func:`places` for what that counts twice or misses).
"""

from __future__ import annotations

import difflib
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from analysis import reference
from analysis.errors import GeoError

BOUNDARY_SPACING_KM = 1.0
#: Vertices measured first when a distance must be exact (more only where needed).
EXACT_K = 16
#: Every COARSE_STEP-th vertex along a ring is a cluster centre for the bounds.
COARSE_STEP = 16
#: Slack for floating-point rounding in the bounds (km; one millimetre).
ROUNDING_KM = 1e-6
DEFAULT_SPACING_KM = 5.0
#: Duplicate rule for populated places: a place within this distance of a place of
#: at least DEDUP_MIN_POP people that is DEDUP_RATIO times larger is a part of it
#: (Tokyo's special wards are listed beside Tokyo itself).
DEDUP_RADIUS_KM = 20.0
DEDUP_MIN_POP = 1_000_000
DEDUP_RATIO = 5.0
#: WGS84 semi-minor axis (km): times a central angle, a lower bound on any geodesic.
B_KM = 6356.752314245
#: Times a central angle, an upper bound on the geodesic: the curve above the great
#: circle is at most sqrt(a² + (dr/dψ)²) per radian, with a = 6378.137 km and the
#: radius r changing by at most 21.6 km per radian of geocentric latitude ψ.
A_KM = 6378.2
#: Samples per country when the spacing is chosen per country (the whole world):
#: 5 km unless that gives fewer than MIN_SAMPLES or more than MAX_SAMPLES.
MIN_SAMPLES = 400
MAX_SAMPLES = 15_000
#: Parts of a country that Natural Earth does not separate: the country, the GeoNames
#: admin-1 codes of its places, and lon/lat boxes holding its polygons (by their
#: representative point). A region without boxes is the rest of the country.
SUBREGIONS = {
    "Alaska": ("USA", ("AK",), ((-180.0, 50.0, -129.0, 72.0), (170.0, 50.0, 180.0, 56.0))),
    "Hawaii": ("USA", ("HI",), ((-179.0, 18.0, -154.0, 29.0),)),
    "contiguous United States": ("USA", (), ()),
}


def geod():
    from pyproj import Geod

    return Geod(ellps="WGS84")


# ---------------------------------------------------------------------------
# data


@lru_cache(maxsize=1)
def countries():
    """Country polygons (GeoDataFrame, EPSG:4326) from data/geo/countries.geojson."""
    return reference.read("geo/countries.geojson").set_index("iso3", drop=False)


def country(iso3: str):
    """The (multi)polygon of one country by ISO 3166-1 alpha-3 code."""
    table = countries()
    code = iso3.upper()
    if code not in table.index:
        near = difflib.get_close_matches(iso3.upper(), list(table.index), n=3)
        hint = f"did you mean {', '.join(near)}? " if near else ""
        raise GeoError(f"unknown country {iso3!r}: {hint}give an ISO3 code of data/geo/countries.geojson "
                       f"({len(table)} countries and territories), or 'all'")
    return table.loc[code, "geometry"]


@lru_cache(maxsize=1)
def all_places() -> pd.DataFrame:
    """GeoNames populated places (data/geo/places.csv)."""
    return reference.read("geo/places.csv", text_columns=("admin1",))


@lru_cache(maxsize=1)
def _places_of() -> dict[str, pd.DataFrame]:
    return {code: rows for code, rows in all_places().groupby("iso3", sort=False)}


def places(iso3: str, dedupe: bool = True) -> pd.DataFrame:
    """Populated places of a country, largest first.

    GeoNames lists places of at least 1,000 people, so it misses people who live in
    smaller settlements, and it lists some cities both whole and by their parts
    (Tokyo and each of its special wards). With ``dedupe`` a place is dropped when it
    lies within ``DEDUP_RADIUS_KM`` of a place of at least ``DEDUP_MIN_POP`` people
    that is ``DEDUP_RATIO`` times larger; the ``duplicate_of`` column says of which.
    """
    if iso3.upper() not in _places_of():
        raise GeoError(f"no populated places for {iso3!r} in data/geo/places.csv")
    rows = _marked_places(iso3.upper())
    if dedupe:
        return rows[rows.duplicate_of == ""].reset_index(drop=True)
    return rows.copy()


@lru_cache(maxsize=512)
def _marked_places(iso3: str) -> pd.DataFrame:
    """A country's places, largest first, each with the larger place it is a part of (or "")."""
    from scipy.spatial import cKDTree  # deferred like every heavy library of this module

    rows = _places_of()[iso3].sort_values(["population", "geonameid"], ascending=[False, True]).reset_index(drop=True)
    lons, lats = rows.longitude.to_numpy(), rows.latitude.to_numpy()
    pop, names = rows.population.to_numpy(), rows["name"].to_numpy()
    duplicate_of = np.full(len(rows), "", dtype=object)
    big = np.flatnonzero(pop >= DEDUP_MIN_POP)
    if len(big):
        units = _unit(lons, lats)
        # B_KM times the central angle bounds the geodesic from below, so only places
        # within this chord of a city can lie within the radius; the geodesic decides
        chord = 2.0 * np.sin((DEDUP_RADIUS_KM + ROUNDING_KM) / B_KM / 2.0) * (1.0 + 1e-9)
        near = cKDTree(units).query_ball_point(units[big], chord)
        g = geod()
        for i, cand in zip(big, near):  # largest first: a place is a part of the first city that claims it
            cand = np.sort(np.asarray(cand, dtype=int))
            cand = cand[(pop[cand] * DEDUP_RATIO <= pop[i]) & (duplicate_of[cand] == "")]
            if not len(cand):
                continue
            _, _, d = g.inv(np.full(len(cand), lons[i]), np.full(len(cand), lats[i]), lons[cand], lats[cand])
            duplicate_of[cand[np.asarray(d) / 1000 <= DEDUP_RADIUS_KM]] = names[i]
    rows["duplicate_of"] = duplicate_of
    return rows


def launch_sites() -> pd.DataFrame:
    """Named launch sites with coordinates and sources (data/reference/launch_sites.csv)."""
    return reference.read("reference/launch_sites.csv")


def missiles() -> pd.DataFrame:
    """Missile systems: range low/high (km), payload (kg), year of the estimate, source."""
    table = reference.read("reference/missiles.csv")
    for col in ("range_low_km", "range_high_km", "payload_kg"):
        table[col] = pd.to_numeric(table[col], errors="coerce")
    return table


# ---------------------------------------------------------------------------
# geodesy


def ring(lat: float, lon: float, radius_km: float, n: int = 361) -> tuple[np.ndarray, np.ndarray]:
    """A geodesic circle: the points at ``radius_km`` from (lat, lon) on the ellipsoid."""
    az = np.linspace(0.0, 360.0, n)
    lons, lats, _ = geod().fwd(np.full(n, lon), np.full(n, lat), az, np.full(n, radius_km * 1000.0))
    return lons, lats


def distance_km(lat1, lon1, lat2, lon2) -> np.ndarray:
    """Geodesic distance in km between points (arrays broadcast)."""
    lat1, lon1, lat2, lon2 = np.broadcast_arrays(*(np.asarray(x, dtype=float) for x in (lat1, lon1, lat2, lon2)))
    _, _, d = geod().inv(lon1.ravel(), lat1.ravel(), lon2.ravel(), lat2.ravel())
    return (np.asarray(d) / 1000.0).reshape(lat1.shape)


def _ecef(lons: np.ndarray, lats: np.ndarray) -> np.ndarray:

    t = _transformer()
    x, y, z = t.transform(lons, lats, np.zeros_like(lons))
    return np.column_stack([x, y, z])


@lru_cache(maxsize=1)
def _transformer():
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:4326", "EPSG:4978", always_xy=True)


def _densify(coords: np.ndarray, spacing_km: float) -> list[np.ndarray]:
    """The ring's vertices with geodesic points added wherever two are more than spacing_km apart."""
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
    return out


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

    def distance_km(self, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:  # pragma: no cover - interface
        raise NotImplementedError

    @property
    def centre(self) -> tuple[float, float]:  # (lat, lon)
        raise NotImplementedError


@dataclass
class SiteOrigin(Origin):
    """A point: a named launch site, or a latitude and longitude (``kind`` "point")."""

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


def _unit(lons: np.ndarray, lats: np.ndarray) -> np.ndarray:
    """Directions from the Earth's centre (unit vectors) of points on the ellipsoid."""
    xyz = _ecef(np.asarray(lons, dtype=float), np.asarray(lats, dtype=float))
    return xyz / np.linalg.norm(xyz, axis=1, keepdims=True)


class TerritoryOrigin(Origin):
    """Distance to a territory: 0 inside, else the shortest geodesic to a boundary vertex.

    Every ``COARSE_STEP``-th vertex along each ring is a cluster centre; each vertex
    belongs to the nearest centre, and each cluster knows its geodesic radius. The
    angle to the nearest centre (one k-d tree query) gives both bounds for any point,
    with no geodesic at all; an
    exact distance measures the ``EXACT_K`` vertices nearest in angle and, where the
    angle cannot rule out the rest, every centre and the members of each cluster the
    triangle inequality cannot rule out.
    """

    kind = "territory"

    def __init__(self, name: str, geometry, spacing_km: float = BOUNDARY_SPACING_KM):
        from scipy.spatial import cKDTree
        from shapely import prepare

        self.name = name
        self.geometry = geometry
        prepare(geometry)
        rings = []
        polys = getattr(geometry, "geoms", [geometry])
        for poly in polys:
            for r in [poly.exterior, *poly.interiors]:
                rings.append(np.concatenate(_densify(np.asarray(r.coords), spacing_km)))
        pts = np.unique(np.concatenate(rings), axis=0)
        self.boundary_lons, self.boundary_lats = pts[:, 0], pts[:, 1]
        units = _unit(self.boundary_lons, self.boundary_lats)
        self.tree = cKDTree(units)
        centres = np.unique(np.concatenate([r[::COARSE_STEP] for r in rings]), axis=0)
        self.centre_lons, self.centre_lats = centres[:, 0], centres[:, 1]
        self.centre_units = _unit(self.centre_lons, self.centre_lats)
        self.centre_tree = cKDTree(self.centre_units)
        chord, owner = self.centre_tree.query(units, k=1)
        #: the largest angle between a vertex and its centre
        self.cluster_angle = float((2.0 * np.arcsin(np.clip(chord / 2.0, 0.0, 1.0))).max())
        _, _, d = geod().inv(self.boundary_lons, self.boundary_lats, self.centre_lons[owner], self.centre_lats[owner])
        self.cluster_km = np.zeros(len(centres))
        np.maximum.at(self.cluster_km, owner, np.asarray(d) / 1000.0)
        self.members = np.argsort(owner, kind="stable")
        self.offsets = np.concatenate([[0], np.cumsum(np.bincount(owner, minlength=len(centres)))])
        c = geometry.representative_point()
        self._centre = (c.y, c.x)

    @property
    def centre(self):
        return self._centre

    def _inside(self, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
        from shapely import contains_xy

        minx, miny, maxx, maxy = self.geometry.bounds
        near = (lons >= minx) & (lons <= maxx) & (lats >= miny) & (lats <= maxy)
        out = np.zeros(len(lats), dtype=bool)
        out[near] = contains_xy(self.geometry, lons[near], lats[near])
        return out

    def bounds_km(self, lats, lons):
        lats = np.asarray(lats, dtype=float).ravel()
        lons = np.asarray(lons, dtype=float).ravel()
        units = _unit(lons, lats) if len(lats) else np.empty((0, 3))
        # the nearest centre in angle is the nearest in chord: a k-d tree, not a product
        # with every centre (which also kept BLAS threads spinning on both cores)
        _, nearest = self.centre_tree.query(units, k=1)
        chord = np.linalg.norm(units - self.centre_units[nearest], axis=1)
        angle = 2.0 * np.arcsin(np.clip(chord / 2.0, 0.0, 1.0))
        lower = B_KM * np.maximum(angle - self.cluster_angle, 0.0) - ROUNDING_KM
        upper = A_KM * angle + ROUNDING_KM  # to the nearest centre, itself a vertex
        inside = self._inside(lats, lons)
        upper[inside] = 0.0
        return np.clip(lower, 0.0, upper), upper

    def exact_km(self, lats, lons, upper):
        lats = np.asarray(lats, dtype=float).ravel()
        lons = np.asarray(lons, dtype=float).ravel()
        out = np.asarray(upper, dtype=float).copy()
        if not len(out):
            return out
        k = min(EXACT_K, len(self.boundary_lons))
        chord, idx = self.tree.query(_unit(lons, lats), k=k)
        chord, idx = chord.reshape(len(out), k), idx.reshape(len(out), k)
        _, _, d = geod().inv(np.repeat(lons, k), np.repeat(lats, k),
                             self.boundary_lons[idx.ravel()], self.boundary_lats[idx.ravel()])
        out = np.minimum(out, np.asarray(d).reshape(len(out), k).min(axis=1) / 1000.0)
        angle_k = 2.0 * np.arcsin(np.clip(chord[:, -1] / 2.0, 0.0, 1.0))
        open_ = np.flatnonzero(B_KM * angle_k - ROUNDING_KM < out)
        for i in range(0, len(open_), 500):  # bounded memory for the angles to every centre
            rows = open_[i:i + 500]
            out[rows] = self._by_clusters(lats[rows], lons[rows], out[rows])
        return out

    def _by_clusters(self, lats, lons, best):
        """Exact minimum: the centres the angle cannot rule out, then the members of each
        cluster the triangle inequality cannot rule out."""
        units = _unit(lons, lats)
        angle = 2.0 * np.arcsin(np.clip(np.linalg.norm(units[:, None, :] - self.centre_units[None, :, :], axis=2)
                                        / 2.0, 0.0, 1.0))
        # a member lies within cluster_km of its centre: B θ - radius bounds its distance
        row, cl = np.nonzero(B_KM * angle - self.cluster_km < best[:, None] + ROUNDING_KM)
        _, _, d = geod().inv(lons[row], lats[row], self.centre_lons[cl], self.centre_lats[cl])
        to_centre = np.asarray(d) / 1000.0
        np.minimum.at(best, row, to_centre)
        keep = to_centre - self.cluster_km[cl] < best[row] + ROUNDING_KM
        row, cl = row[keep], cl[keep]
        sizes = self.offsets[cl + 1] - self.offsets[cl]
        which = np.repeat(row, sizes)
        start = np.repeat(self.offsets[cl] - np.cumsum(sizes) + sizes, sizes)
        vertex = self.members[start + np.arange(int(sizes.sum()))]
        _, _, d = geod().inv(lons[which], lats[which], self.boundary_lons[vertex], self.boundary_lats[vertex])
        np.minimum.at(best, which, np.asarray(d) / 1000.0)
        return best

    def distance_km(self, lats, lons):
        lats = np.asarray(lats, dtype=float).ravel()
        lons = np.asarray(lons, dtype=float).ravel()
        lower, upper = self.bounds_km(lats, lons)
        open_ = lower < upper
        upper[open_] = self.exact_km(lats[open_], lons[open_], upper[open_])
        return upper

    def brute_force_km(self, lats, lons) -> np.ndarray:
        """Every point against every boundary vertex: the reference the index must match."""
        from shapely import contains_xy

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
    """An origin by ISO3 code (its territory), launch-site name or alias, or ``LAT,LON``."""
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
    raise GeoError(f"unknown origin {name!r}; use an ISO3 country code (PRK for North Korean territory), "
                   f"a launch site ({known}) or LAT,LON in degrees")


# ---------------------------------------------------------------------------
# coverage


@lru_cache(maxsize=32)
def area_sample(iso3: str, spacing_km: float = DEFAULT_SPACING_KM) -> tuple[np.ndarray, np.ndarray]:
    """(lats, lons) of an equal-area grid over a country or :data:`SUBREGIONS` region: each
    sample stands for spacing_km² of land. A country too small for the grid gets the
    representative point of each of its polygons."""
    from pyproj import Transformer
    from shapely import contains_xy, transform

    geom = _area(iso3)[0]
    c = geom.representative_point()
    # the pipelines pyproj builds from EPSG:4326 and a laea CRS, without the database
    # look-up that costs more than the sampling of a small country
    laea = f"+proj=laea +lat_0={c.y:.4f} +lon_0={c.x:.4f} +x_0=0 +y_0=0 +ellps=WGS84"
    fwd = Transformer.from_pipeline(f"+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step {laea}")
    inv = Transformer.from_pipeline(f"+proj=pipeline +step +inv {laea} +step +proj=unitconvert +xy_in=rad +xy_out=deg")
    projected = transform(geom, lambda xy: np.column_stack(fwd.transform(xy[:, 0], xy[:, 1])))
    step = spacing_km * 1000.0
    # the lattice points within each polygon's own bounds: scattered islands need no
    # grid over the whole ocean between them
    cells, parts = [], getattr(projected, "geoms", [projected])
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
    gx, gy = (key % width + base) * step + step / 2, (key // width) * step + step / 2
    inside = contains_xy(projected, gx, gy)
    if not inside.any():
        pts = [p.representative_point() for p in getattr(geom, "geoms", [geom])]
        return np.array([p.y for p in pts]), np.array([p.x for p in pts])
    lons, lats = inv.transform(gx[inside], gy[inside])
    return np.asarray(lats), np.asarray(lons)


def geodesic_area_km2(iso3: str) -> float:
    """The country's area on the ellipsoid, from its polygons (for checking the sampling)."""
    area, _ = geod().geometry_area_perimeter(country(iso3))
    return abs(area) / 1e6


def sampling_check(iso3: str, spacing_km: float = DEFAULT_SPACING_KM) -> dict:
    """Samples, the area they stand for, and the ellipsoidal area of the polygons (km²)."""
    lats, _ = area_sample(iso3, spacing_km)
    sampled = len(lats) * spacing_km ** 2
    exact = geodesic_area_km2(iso3)
    return {"country": iso3.upper(), "spacing_km": spacing_km, "samples": len(lats), "sampled_km2": sampled,
            "geodesic_km2": round(exact), "difference": round(sampled / exact - 1, 4)}


def _check_range(range_km: float) -> float:
    r = float(range_km)
    if not np.isfinite(r) or r < 0 or r > 20_100:
        raise GeoError(f"range must be between 0 and 20,100 km (half the Earth's circumference); got {range_km}")
    return r


@dataclass
class Distances:
    """Distances from one origin to a country's area samples and populated places."""

    country: str
    origin: str
    area_km: np.ndarray
    place_km: np.ndarray
    place_pop: np.ndarray
    spacing_km: float

    def area_share(self, range_km: float) -> float:
        return float(np.mean(self.area_km <= range_km))

    def population_share(self, range_km: float) -> float:
        return float(self.place_pop[self.place_km <= range_km].sum() / self.place_pop.sum())


@lru_cache(maxsize=64)
def distances(iso3: str, origin_name: str, spacing_km: float = DEFAULT_SPACING_KM,
              dedupe: bool = True) -> Distances:
    """Distances from an origin to every area sample and populated place of a country."""
    o = origin(origin_name)
    lats, lons = area_sample(iso3, spacing_km)
    p = places(iso3, dedupe=dedupe)
    return Distances(iso3.upper(), o.name, o.distance_km(lats, lons),
                     o.distance_km(p.latitude.to_numpy(), p.longitude.to_numpy()),
                     p.population.to_numpy(dtype=float), spacing_km)


def coverage(countries_: Iterable[str], origins: Iterable[str], ranges_km: Iterable[float],
             spacing_km: float = DEFAULT_SPACING_KM) -> pd.DataFrame:
    """Coverage rows: country, origin, range_km, area_share, population_share, method."""
    rows = []
    for o in origins:
        for c in countries_:
            d = distances(c, o, spacing_km)
            for r in ranges_km:
                r = _check_range(r)
                rows.append({
                    "country": d.country, "origin": d.origin, "range_km": r,
                    "area_share": round(d.area_share(r), 4), "population_share": round(d.population_share(r), 4),
                    "method": f"WGS84 geodesic; area: {spacing_km:g} km equal-area grid ({len(d.area_km)} samples); "
                              f"population: {len(d.place_km)} GeoNames places",
                })
    return pd.DataFrame(rows, columns=["country", "origin", "range_km", "area_share", "population_share", "method"])


def coverage_curve(iso3: str, origin_name: str, step_km: float = 10.0, max_km: float = 2500.0) -> pd.DataFrame:
    """Area and population share within each range from 0 to max_km."""
    d = distances(iso3, origin_name)
    ranges = np.arange(0.0, max_km + step_km / 2, step_km)
    area = np.searchsorted(np.sort(d.area_km), ranges, side="right") / len(d.area_km)
    order = np.argsort(d.place_km)
    cum = np.concatenate([[0.0], np.cumsum(d.place_pop[order])]) / d.place_pop.sum()
    pop = cum[np.searchsorted(d.place_km[order], ranges, side="right")]
    return pd.DataFrame({"country": d.country, "origin": d.origin, "range_km": ranges,
                         "area_share": area, "population_share": pop})


# ---------------------------------------------------------------------------
# any country or region, the whole world


def subregion(name: str):
    """(geometry, places) of a part of a country that Natural Earth does not separate.

    Polygons go to the region whose box holds their representative point; places go
    by their GeoNames admin-1 code. A region without boxes takes what the others leave.
    """
    from shapely.geometry import MultiPolygon

    if name not in SUBREGIONS:
        raise GeoError(f"unknown region {name!r}; known: {', '.join(SUBREGIONS)}")
    iso3, admin1, boxes = SUBREGIONS[name]
    siblings = [v for k, v in SUBREGIONS.items() if v[0] == iso3 and k != name]

    def held(poly, bxs) -> bool:
        p = poly.representative_point()
        return any(x0 <= p.x <= x1 and y0 <= p.y <= y1 for x0, y0, x1, y1 in bxs)

    parts = getattr(country(iso3), "geoms", [country(iso3)])
    if boxes:
        mine = [p for p in parts if held(p, boxes)]
        rows = places(iso3)[lambda t: t.admin1.isin(admin1)]
    else:
        mine = [p for p in parts if not any(held(p, s[2]) for s in siblings)]
        rows = places(iso3)[lambda t: ~t.admin1.isin([a for s in siblings for a in s[1]])]
    return MultiPolygon(mine), rows.reset_index(drop=True)


@lru_cache(maxsize=512)
def _area(code: str):
    """(geometry, places) of an ISO3 country or a :data:`SUBREGIONS` name."""
    if code in SUBREGIONS:
        return subregion(code)
    return country(code), (places(code) if code.upper() in _places_of() else all_places().iloc[:0])


@lru_cache(maxsize=512)
def area_km2(code: str) -> float:
    """Ellipsoidal area (km²) of a country (ISO3) or a :data:`SUBREGIONS` region."""
    area, _ = geod().geometry_area_perimeter(_area(code)[0])
    return abs(area) / 1e6


def auto_spacing_km(code: str) -> float:
    """Grid spacing (km) for a country or region: 5 km unless that gives fewer than
    ``MIN_SAMPLES`` or more than ``MAX_SAMPLES`` samples (three significant digits)."""
    area = area_km2(code)
    n = float(np.clip(area / DEFAULT_SPACING_KM ** 2, MIN_SAMPLES, MAX_SAMPLES))
    return float(f"{np.sqrt(area / n):.3g}")


@dataclass
class Reach:
    """Bounds on the distance from an origin to the area samples and places of a country
    or region; a share is exact, refining only the points whose bounds straddle the range."""

    code: str
    origin: Origin
    lats: np.ndarray
    lons: np.ndarray
    lower: np.ndarray
    upper: np.ndarray
    place_lats: np.ndarray
    place_lons: np.ndarray
    place_lower: np.ndarray
    place_upper: np.ndarray
    place_pop: np.ndarray
    spacing_km: float

    def __post_init__(self):
        # exact distances measured so far (NaN: not yet), kept for the next range
        self._exact = np.full(len(self.lats), np.nan)
        self._place_exact = np.full(len(self.place_lats), np.nan)

    def _exact_km(self, which: np.ndarray, places: bool = False) -> np.ndarray:
        """Exact distances of the area samples (or places) selected by ``which``, each measured once."""
        lats, lons, upper, known = ((self.place_lats, self.place_lons, self.place_upper, self._place_exact) if places
                                    else (self.lats, self.lons, self.upper, self._exact))
        todo = which & np.isnan(known)
        if todo.any():
            known[todo] = self.origin.exact_km(lats[todo], lons[todo], upper[todo])
        return known[which]

    def _within(self, lower, upper, range_km: float, places: bool = False) -> np.ndarray:
        inside = upper <= range_km
        open_ = (lower <= range_km) & ~inside
        if open_.any():
            inside[open_] = self._exact_km(open_, places) <= range_km
        return inside

    def area_share(self, range_km: float) -> float:
        return float(np.mean(self._within(self.lower, self.upper, range_km)))

    def population_share(self, range_km: float) -> float:
        """Share of the people in the kept places; NaN where no place is listed."""
        if not self.place_pop.sum():
            return float("nan")
        hit = self._within(self.place_lower, self.place_upper, range_km, places=True)
        return float(self.place_pop[hit].sum() / self.place_pop.sum())

    def nearest_km(self) -> float:
        """Distance of the nearest area sample."""
        return float(self._exact_km(self.lower <= self.upper.min()).min())

    def farthest_km(self) -> float:
        """Distance of the farthest area sample."""
        return float(self._exact_km(self.upper >= self.lower.max()).max())


@lru_cache(maxsize=1024)
def reach(code: str, origin_name: str, spacing_km: float | None = None) -> Reach:
    """Distance bounds from an origin to a country (ISO3) or a :data:`SUBREGIONS` region."""
    o = origin(origin_name)
    spacing = auto_spacing_km(code) if spacing_km is None else float(spacing_km)
    lats, lons = area_sample(code, spacing)
    lower, upper = o.bounds_km(lats, lons)
    p = _area(code)[1]
    plats, plons = p.latitude.to_numpy(dtype=float), p.longitude.to_numpy(dtype=float)
    plower, pupper = o.bounds_km(plats, plons)
    return Reach(code, o, lats, lons, lower, upper, plats, plons, plower, pupper,
                 p.population.to_numpy(dtype=float), spacing)


#: Columns of :func:`world_coverage`.
WORLD_COLUMNS = ["country", "name", "origin", "range_km", "area_share", "population_share", "area_km2",
                 "population", "samples", "places", "spacing_km", "method"]


def area_name(code: str) -> str:
    """The name of a country (ISO3) or of a :data:`SUBREGIONS` region."""
    return code if code in SUBREGIONS else str(countries().loc[code, "name"])


def world_coverage(ranges_km: Iterable[float], origin_name: str, codes: Iterable[str] | None = None,
                   progress: bool = False) -> pd.DataFrame:
    """Coverage rows for every country (or ``codes``: ISO3 codes and region names) at each range.

    Columns :data:`WORLD_COLUMNS`: the shares, the area (km², geodesic) and the people in
    the kept places, and how it was measured.
    Sorted by range, then by area share and population share (largest first), then code.
    """
    from tqdm import tqdm  # plain text: tqdm.auto warns inside a notebook kernel

    ranges_km = [_check_range(r) for r in ranges_km]
    codes = sorted(countries().index) if codes is None else [c if c in SUBREGIONS else c.upper() for c in codes]
    o = origin(origin_name)
    rows = []
    for code in tqdm(codes, desc=f"coverage from {o.name}", unit="country", disable=not progress, file=sys.stderr,
                     dynamic_ncols=True):
        r = reach(code, origin_name)
        name, km2, people = area_name(code), round(area_km2(code)), int(r.place_pop.sum())
        for km in ranges_km:
            pop = r.population_share(km)
            rows.append({
                "country": code, "name": name, "origin": o.name, "range_km": km,
                "area_share": round(r.area_share(km), 4), "population_share": round(pop, 4),
                "area_km2": km2, "population": people,
                "samples": len(r.lats),
                "places": len(r.place_pop), "spacing_km": r.spacing_km,
                "method": f"WGS84 geodesic; area: {r.spacing_km:g} km equal-area grid; "
                          + (f"population: {len(r.place_pop)} GeoNames places" if len(r.place_pop)
                             else "population: no GeoNames place listed"),
            })
    table = pd.DataFrame(rows, columns=WORLD_COLUMNS)
    table = table.sort_values(["range_km", "area_share", "population_share", "country"],
                              ascending=[True, False, False, True], na_position="last", kind="stable")
    return table.reset_index(drop=True)


def _weighted_quantile(values: np.ndarray, weights: np.ndarray, q: float) -> float:
    order = np.argsort(values)
    cum = np.cumsum(weights[order]) / weights.sum()
    return float(values[order][min(np.searchsorted(cum, q - 1e-12), len(values) - 1)])


def thresholds(iso3: str, origin_name: str, shares: Iterable[float] = (0.9, 0.99, 1.0)) -> pd.DataFrame:
    """The range (km) at which the area share and the population share reach each level."""
    d = distances(iso3, origin_name)
    rows = []
    for s in shares:
        rows.append({"country": d.country, "origin": d.origin, "share": s,
                     "area_range_km": round(_weighted_quantile(d.area_km, np.ones_like(d.area_km), s), 1),
                     "population_range_km": round(_weighted_quantile(d.place_km, d.place_pop, s), 1)})
    return pd.DataFrame(rows)


def outside(iso3: str, origin_name: str, range_km: float, min_population: int = 100_000) -> pd.DataFrame:
    """Places of at least ``min_population`` beyond ``range_km``: place, country, distance_km, beyond_km."""
    range_km = _check_range(range_km)
    p = places(iso3)
    p = p[p.population >= min_population]
    d = origin(origin_name).distance_km(p.latitude.to_numpy(), p.longitude.to_numpy())
    out = pd.DataFrame({"place": p["name"].to_numpy(), "country": iso3.upper(), "population": p.population.to_numpy(),
                        "distance_km": np.round(d, 1), "beyond_km": np.round(d - range_km, 1)})
    return out[out.distance_km > range_km].sort_values(["distance_km", "place"], ascending=[False, True]).reset_index(drop=True)


def population_check(iso3: str) -> dict:
    """How the GeoNames places compare with the national population estimate."""
    from analysis.ranges import countries as _c

    raw = places(iso3, dedupe=False)
    kept = places(iso3, dedupe=True)
    national = int(_c().loc[iso3.upper(), "pop_est"])
    return {"country": iso3.upper(), "places": len(raw), "places_kept": len(kept),
            "population_listed": int(raw.population.sum()), "population_kept": int(kept.population.sum()),
            "national_estimate": national, "year": int(_c().loc[iso3.upper(), "pop_year"]),
            "listed_over_national": round(raw.population.sum() / national, 3),
            "kept_over_national": round(kept.population.sum() / national, 3)}


def drawn_circle_errors(origin_name: str, range_km: float, n: int = 360) -> pd.DataFrame:
    """How far from the true range a circle drawn the wrong way lands, in km.

    For a point origin: a circle of ``range_km / 111.32`` degrees drawn in
    longitude-latitude; a circle of ``range_km`` in Mercator metres; the same scaled
    by the Mercator scale factor at the origin; a circle on a sphere of radius
    6,371 km. Each is sampled at ``n`` azimuths and its true geodesic distance from
    the origin is measured on the ellipsoid.
    """
    from pyproj import Transformer

    o = origin(origin_name)
    lat0, lon0 = o.centre
    range_km = _check_range(range_km)
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
    R = 6371.0088
    d = range_km / R
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
