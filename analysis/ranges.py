"""Missile range coverage on the WGS84 ellipsoid.

Distances are ellipsoidal geodesics (pyproj's ``Geod``, Karney's algorithm).
The distance from many points to a territory is the shortest geodesic to its
boundary, densified to at most ``BOUNDARY_SPACING_KM`` between vertices. A k-d tree
over the boundary's directions from the Earth's centre finds, for each point, the
vertex at the smallest central angle θ; ``B_KM`` θ (the semi-minor axis times the
angle) can only underestimate a geodesic on the ellipsoid, and the geodesic to that
vertex can only overestimate the shortest, so the two bound the distance. Where a
range falls between the bounds, the exact minimum is taken over every vertex that
the lower bound cannot rule out, which is the same answer as measuring every
vertex. Points inside the territory are at distance 0.

Area shares sample each country on a regular grid in a Lambert azimuthal
equal-area projection centred on the country, so every sample stands for the same
area (``spacing_km`` squared): 5 km, or for the whole world a spacing that gives each
country between ``MIN_SAMPLES`` and ``MAX_SAMPLES`` samples (:func:`auto_spacing_km`). Population shares weight GeoNames populated places
by their population (see :func:`places` for what that counts twice or misses).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import numpy as np
import pandas as pd

from analysis import paths
from analysis.errors import AnalysisError
from analysis.integrity import verify_data

BOUNDARY_SPACING_KM = 1.0
DEFAULT_SPACING_KM = 5.0
#: Countries measured by default: South Korea and Japan.
DEFAULT_COUNTRIES = ("KOR", "JPN")
#: Rings drawn on the maps: the MTCR threshold and the article's ranges.
MAP_RINGS_KM = (300, 500, 1000, 1300)
#: Duplicate rule for populated places: a place within this distance of a place of
#: at least DEDUP_MIN_POP people that is DEDUP_RATIO times larger is a part of it
#: (Tokyo's special wards are listed beside Tokyo itself).
DEDUP_RADIUS_KM = 20.0
DEDUP_MIN_POP = 1_000_000
DEDUP_RATIO = 5.0
#: WGS84 semi-minor axis (km): times a central angle, a lower bound on any geodesic.
B_KM = 6356.752314245
#: Samples per country when the spacing is chosen per country (the whole world):
#: 5 km unless that gives fewer than MIN_SAMPLES or more than MAX_SAMPLES.
MIN_SAMPLES = 400
MAX_SAMPLES = 20_000
#: Parts of a country that Natural Earth does not separate: the country, the GeoNames
#: admin-1 codes of its places, and lon/lat boxes holding its polygons (by their
#: representative point). A region without boxes is the rest of the country.
SUBREGIONS = {
    "Alaska": ("USA", ("AK",), ((-180.0, 50.0, -129.0, 72.0), (170.0, 50.0, 180.0, 56.0))),
    "Hawaii": ("USA", ("HI",), ((-179.0, 18.0, -154.0, 29.0),)),
    "contiguous United States": ("USA", (), ()),
}


class GeoError(AnalysisError):
    """Unknown country or origin, or a bad range."""


def geod():
    from pyproj import Geod

    return Geod(ellps="WGS84")


# ---------------------------------------------------------------------------
# data


@lru_cache(maxsize=1)
def countries():
    """Country polygons (GeoDataFrame, EPSG:4326) from data/geo/countries.geojson."""
    import geopandas as gpd

    verify_data()
    path = paths.GEO / "countries.geojson"
    return gpd.read_file(path).set_index("iso3", drop=False)


def country(iso3: str):
    """The (multi)polygon of one country by ISO 3166-1 alpha-3 code."""
    table = countries()
    code = iso3.upper()
    if code not in table.index:
        raise GeoError(f"unknown country {iso3!r}; known: {', '.join(sorted(table.index))}")
    return table.loc[code, "geometry"]


@lru_cache(maxsize=1)
def all_places() -> pd.DataFrame:
    """GeoNames populated places (data/geo/places.csv)."""
    verify_data()
    path = paths.GEO / "places.csv"
    return pd.read_csv(path, dtype={"admin1": str}, keep_default_na=False)


def places(iso3: str, dedupe: bool = True) -> pd.DataFrame:
    """Populated places of a country, largest first.

    GeoNames lists places of at least 1,000 people, so it misses people who live in
    smaller settlements, and it lists some cities both whole and by their parts
    (Tokyo and each of its special wards). With ``dedupe`` a place is dropped when it
    lies within ``DEDUP_RADIUS_KM`` of a place of at least ``DEDUP_MIN_POP`` people
    that is ``DEDUP_RATIO`` times larger; the ``duplicate_of`` column says of which.
    """
    table = all_places()
    rows = table[table.iso3 == iso3.upper()].copy()
    if rows.empty:
        raise GeoError(f"no populated places for {iso3!r} in data/geo/places.csv")
    rows = rows.sort_values(["population", "geonameid"], ascending=[False, True]).reset_index(drop=True)
    rows["duplicate_of"] = ""
    big = rows[rows.population >= DEDUP_MIN_POP]
    g = geod()
    for _, b in big.iterrows():
        n = len(rows)
        _, _, d = g.inv(np.full(n, b.longitude), np.full(n, b.latitude), rows.longitude.to_numpy(), rows.latitude.to_numpy())
        part = (d / 1000 <= DEDUP_RADIUS_KM) & (rows.population.to_numpy() * DEDUP_RATIO <= b.population)
        rows.loc[part & (rows.duplicate_of == ""), "duplicate_of"] = b["name"]
    if dedupe:
        rows = rows[rows.duplicate_of == ""].reset_index(drop=True)
    return rows


def _reference(name: str) -> pd.DataFrame:
    verify_data()
    path = paths.REFERENCE / name
    table = pd.read_csv(path, keep_default_na=False)
    if "source" not in table.columns or (table["source"].str.strip() == "").any():
        raise AnalysisError(f"{paths.relative(path)}: every row needs a source")
    return table


def launch_sites() -> pd.DataFrame:
    """Named launch sites with coordinates and sources (data/reference/launch_sites.csv)."""
    return _reference("launch_sites.csv")


def missiles() -> pd.DataFrame:
    """Missile systems: range low/high (km), payload (kg), year of the estimate, source."""
    table = _reference("missiles.csv")
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
    """Distance to a territory: 0 inside, else the shortest geodesic to its boundary."""

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
                rings += _densify(np.asarray(r.coords), spacing_km)
        pts = np.concatenate(rings)
        pts = np.unique(pts, axis=0)
        self.boundary_lons, self.boundary_lats = pts[:, 0], pts[:, 1]
        self.tree = cKDTree(_unit(self.boundary_lons, self.boundary_lats))
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
        chord, idx = self.tree.query(_unit(lons, lats), k=1)
        lower = B_KM * 2.0 * np.arcsin(np.clip(chord / 2.0, 0.0, 1.0))
        _, _, d = geod().inv(lons, lats, self.boundary_lons[idx], self.boundary_lats[idx])
        upper = np.asarray(d) / 1000.0
        inside = self._inside(lats, lons)
        lower[inside] = 0.0
        upper[inside] = 0.0
        return np.minimum(lower, upper), upper

    def exact_km(self, lats, lons, upper):
        """The minimum over every vertex whose central angle allows a geodesic up to ``upper``."""
        lats = np.asarray(lats, dtype=float).ravel()
        lons = np.asarray(lons, dtype=float).ravel()
        out = np.asarray(upper, dtype=float).copy()
        if not len(out):
            return out
        # chord on the unit sphere of the angle upper / B, with room for rounding
        radius = 2.0 * np.sin(np.minimum(out / B_KM, np.pi) / 2.0) * (1 + 1e-9) + 1e-12
        hits = self.tree.query_ball_point(_unit(lons, lats), r=radius)
        counts = np.fromiter((len(h) for h in hits), dtype=int, count=len(hits))
        which = np.repeat(np.arange(len(out)), counts)
        vertex = np.fromiter((v for h in hits for v in h), dtype=int, count=int(counts.sum()))
        _, _, d = geod().inv(lons[which], lats[which], self.boundary_lons[vertex], self.boundary_lats[vertex])
        np.minimum.at(out, which, np.asarray(d) / 1000.0)
        return out

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
def origin(name: str = "PRK") -> Origin:
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
    """(lats, lons) of an equal-area grid over a country: each sample stands for spacing_km² of land."""
    from pyproj import CRS, Transformer
    from shapely import contains_xy, transform

    geom = country(iso3)
    c = geom.representative_point()
    laea = CRS.from_proj4(f"+proj=laea +lat_0={c.y:.4f} +lon_0={c.x:.4f} +datum=WGS84 +units=m")
    fwd = Transformer.from_crs("EPSG:4326", laea, always_xy=True)
    inv = Transformer.from_crs(laea, "EPSG:4326", always_xy=True)
    projected = transform(geom, lambda xy: np.column_stack(fwd.transform(xy[:, 0], xy[:, 1])))
    minx, miny, maxx, maxy = projected.bounds
    step = spacing_km * 1000.0
    xs = np.arange(np.floor(minx / step) * step + step / 2, maxx, step)
    ys = np.arange(np.floor(miny / step) * step + step / 2, maxy, step)
    gx, gy = np.meshgrid(xs, ys)
    gx, gy = gx.ravel(), gy.ravel()
    inside = contains_xy(projected, gx, gy)
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
def distances(iso3: str, origin_name: str = "PRK", spacing_km: float = DEFAULT_SPACING_KM,
              dedupe: bool = True) -> Distances:
    """Distances from an origin to every area sample and populated place of a country."""
    o = origin(origin_name)
    lats, lons = area_sample(iso3, spacing_km)
    p = places(iso3, dedupe=dedupe)
    return Distances(iso3.upper(), o.name, o.distance_km(lats, lons),
                     o.distance_km(p.latitude.to_numpy(), p.longitude.to_numpy()),
                     p.population.to_numpy(dtype=float), spacing_km)


def coverage(countries_: Iterable[str] = DEFAULT_COUNTRIES, origins: Iterable[str] = ("PRK",),
             ranges_km: Iterable[float] = (1000,), spacing_km: float = DEFAULT_SPACING_KM) -> pd.DataFrame:
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


def coverage_curve(iso3: str, origin_name: str = "PRK", step_km: float = 10.0, max_km: float = 2500.0) -> pd.DataFrame:
    """Area and population share within each range from 0 to max_km."""
    d = distances(iso3, origin_name)
    ranges = np.arange(0.0, max_km + step_km / 2, step_km)
    area = np.searchsorted(np.sort(d.area_km), ranges, side="right") / len(d.area_km)
    order = np.argsort(d.place_km)
    cum = np.concatenate([[0.0], np.cumsum(d.place_pop[order])]) / d.place_pop.sum()
    pop = cum[np.searchsorted(d.place_km[order], ranges, side="right")]
    return pd.DataFrame({"country": d.country, "origin": d.origin, "range_km": ranges,
                         "area_share": area, "population_share": pop})


def _weighted_quantile(values: np.ndarray, weights: np.ndarray, q: float) -> float:
    order = np.argsort(values)
    cum = np.cumsum(weights[order]) / weights.sum()
    return float(values[order][min(np.searchsorted(cum, q - 1e-12), len(values) - 1)])


def thresholds(iso3: str, origin_name: str = "PRK", shares: Iterable[float] = (0.9, 0.99, 1.0)) -> pd.DataFrame:
    """The range (km) at which the area share and the population share reach each level."""
    d = distances(iso3, origin_name)
    rows = []
    for s in shares:
        rows.append({"country": d.country, "origin": d.origin, "share": s,
                     "area_range_km": round(_weighted_quantile(d.area_km, np.ones_like(d.area_km), s), 1),
                     "population_range_km": round(_weighted_quantile(d.place_km, d.place_pop, s), 1)})
    return pd.DataFrame(rows)


def outside(iso3: str, origin_name: str = "PRK", range_km: float = 1000, min_population: int = 100_000) -> pd.DataFrame:
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


def drawn_circle_errors(origin_name: str = "Tonghae Satellite Launching Ground", range_km: float = 1000,
                        n: int = 360) -> pd.DataFrame:
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


#: What "nearly all" is taken to mean when the article's claim is tested.
NEARLY_ALL = 0.90


def verdict(range_km: float = 1000, origin_name: str = "PRK", nearly_all: float = NEARLY_ALL) -> pd.DataFrame:
    """Test "all of South Korea and nearly all of Japan" at a range, by area and by population.

    "All" holds when the share is 100 %; "nearly all" when it is at least ``nearly_all``.
    """
    rows = []
    table = coverage(("KOR", "JPN"), (origin_name,), (range_km,))
    for r in table.itertuples():
        claim, need = ("all of South Korea", 1.0) if r.country == "KOR" else ("nearly all of Japan", nearly_all)
        for measure in ("area", "population"):
            share = getattr(r, f"{measure}_share")
            rows.append({"claim": claim, "country": r.country, "origin": r.origin, "range_km": r.range_km,
                         "measure": measure, "share": share, "needed": need,
                         "verdict": "holds" if share >= need else "fails"})
    return pd.DataFrame(rows)


def verdict_sentences(table: pd.DataFrame, origin_name: str = "PRK") -> list[str]:
    """One sentence per range of a :func:`verdict` table, for the origin given."""
    out = []
    for r in sorted(set(table.range_km)):
        v = table[(table.origin == origin_name) & (table.range_km == r)].set_index(["country", "measure"])

        def cell(country: str, measure: str, col: str, v=v):
            return v.loc[(country, measure), col]
        out.append(f"At {r:,.0f} km from North Korean territory: South Korea {cell('KOR', 'area', 'share'):.1%} of area "
                   f"and {cell('KOR', 'population', 'share'):.1%} of people ({cell('KOR', 'area', 'verdict')}); "
                   f"Japan {cell('JPN', 'area', 'share'):.1%} of area ({cell('JPN', 'area', 'verdict')}) "
                   f"and {cell('JPN', 'population', 'share'):.1%} of people ({cell('JPN', 'population', 'verdict')}).")
    return out
