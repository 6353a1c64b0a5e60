"""The geography's tables: country outlines, populated places, launch sites, regions.

Countries are the Natural Earth 1:10m admin-0 outlines of ``data/geo/countries.geojson``;
places are the GeoNames populated places of ``data/geo/places.csv``; both are read
through :mod:`analysis.reference`, checksums verified. A :class:`Region` is a part of a
country that Natural Earth does not separate (a state, say), given by the caller.

>>> country("ISL").geom_type
'MultiPolygon'
"""

from __future__ import annotations

import difflib
from functools import lru_cache

import numpy as np
import pandas as pd
from shapely import get_coordinates, orient_polygons
from shapely.geometry import MultiPolygon

from analysis import reference
from analysis.errors import GeoError
from analysis.geo.geodesy import geod
from analysis.geo.regions import Region


@lru_cache(maxsize=1)
def countries():
    """Country polygons (GeoDataFrame, EPSG:4326) from data/geo/countries.geojson, indexed by ISO3.

    >>> countries().loc["FRA", "name"]
    'France'
    """
    return reference.read("geo/countries.geojson").set_index("iso3", drop=False)


def country(iso3: str):
    """The (multi)polygon of one country by ISO 3166-1 alpha-3 code; GeoError if unknown.

    >>> country("ISL").bounds[0] < -24
    True
    """
    table = countries()
    code = iso3.upper()
    if code not in table.index:
        near = difflib.get_close_matches(iso3.upper(), list(table.index), n=3)
        hint = f"did you mean {', '.join(near)}? " if near else ""
        raise GeoError(f"unknown country {iso3!r}: {hint}give an ISO3 code of data/geo/countries.geojson "
                       f"({len(table)} countries and territories), or 'all'")
    return table.loc[code, "geometry"]


#: Columns of data/geo/places.csv read as text (codes with leading zeros, ids that may be empty).
TEXT_COLUMNS = ("admin1", "admin2", "feature_code", "name_en", "counted_with", "rule")


@lru_cache(maxsize=1)
def all_places() -> pd.DataFrame:
    """GeoNames populated places (data/geo/places.csv), every record of every country, with
    ``counted_with`` (the record whose entry holds its people; empty: its own) and ``rule``.

    >>> list(all_places().columns)[:4]
    ['geonameid', 'name', 'name_en', 'iso3']
    """
    return reference.read("geo/places.csv", text_columns=TEXT_COLUMNS)


@lru_cache(maxsize=1)
def _places_of() -> dict[str, pd.DataFrame]:
    return {code: rows for code, rows in all_places().groupby("iso3", sort=False)}


def has_places(iso3: str) -> bool:
    """Whether data/geo/places.csv lists any place of a country.

    >>> has_places("ISL"), has_places("ATA")
    (True, False)
    """
    return iso3.upper() in _places_of()


def display_name(rows: pd.DataFrame) -> pd.Series:
    """How a reader of English knows each place: GeoNames' preferred English name where the
    data has one (``name_en``: "Basra" for the record named "Basrah"), else its name.

    >>> display_name(pd.DataFrame({"name": ["Basrah", "Hagåtña"], "name_en": ["Basra", ""]})).tolist()
    ['Basra', 'Hagåtña']
    """
    return rows["name_en"].where(rows["name_en"] != "", rows["name"])


def places(iso3: str, every: bool = False) -> pd.DataFrame:
    """Populated places of a country, each person counted once, largest first.

    GeoNames lists places of at least 1,000 people (so it misses those who live in
    smaller settlements), some places under two records, and some cities both whole and
    by their sections or wards. data/geo/places.csv marks, by GeoNames' own records
    (feature codes, admin codes, alternate names; data/README.md gives the rule), every
    record whose people another record's entry holds (``counted_with``). Only the other
    records are returned, each with ``population`` the largest figure of its entry (a
    section can carry a larger figure than its city) and ``geonames_population`` its own;
    with ``every``, every record as listed.

    >>> places("ISL").iloc[0]["name"]
    'Reykjavík'
    """
    if not has_places(iso3):
        raise GeoError(f"no populated places for {iso3!r} in data/geo/places.csv")
    return _places(iso3.upper(), every).copy()


@lru_cache(maxsize=1)
def _counted_of() -> dict[str, pd.DataFrame]:
    """The counted records of every country (see :func:`places`), by ISO3 code."""
    rows = all_places()
    kept = rows[rows.counted_with == ""].copy()
    largest = rows[rows.counted_with != ""].groupby("counted_with").population.max()
    kept["geonames_population"] = kept.population
    extra = kept.geonameid.astype(str).map(largest).fillna(0).astype(int)
    kept["population"] = np.maximum(kept.population, extra)
    kept = kept.sort_values(["iso3", "population", "geonameid"], ascending=[True, False, True], kind="stable")
    return {code: t.reset_index(drop=True) for code, t in kept.groupby("iso3", sort=False)}


def _places(iso3: str, every: bool) -> pd.DataFrame:
    if every:
        return _places_of()[iso3].reset_index(drop=True)
    return _counted_of().get(iso3, all_places().iloc[:0].assign(geonames_population=0))


def launch_sites() -> pd.DataFrame:
    """Named launch sites with coordinates and sources (data/reference/launch_sites.csv).

    >>> {"name", "latitude", "longitude", "source"} <= set(launch_sites().columns)
    True
    """
    return reference.read("reference/launch_sites.csv")


#: How far (km) a point may lie from a named island, cape or atoll to be called "near" it.
NEAR_KM = 30.0


def point_name(lat: float, lon: float, within_km: float = NEAR_KM) -> str:
    """A point as a sentence gives it: its coordinates, and "near" the island, cape or atoll of
    data/reference/named_points.csv that lies nearest, if one lies within ``within_km``.

    >>> point_name(24.2829, 153.9837)
    '24.2829°N 153.9837°E, near Minami-Torishima'
    >>> point_name(0.0, -10.0)
    '0.0000°N 10.0000°W'
    """
    table = reference.read("reference/named_points.csv")
    where = f"{abs(lat):.4f}°{'N' if lat >= 0 else 'S'} {abs(lon):.4f}°{'E' if lon >= 0 else 'W'}"
    if table.empty:
        return where
    _, _, d = geod().inv(np.full(len(table), lon), np.full(len(table), lat), table.longitude.to_numpy(float),
                         table.latitude.to_numpy(float))
    i = int(np.argmin(d))
    return f"{where}, near {table.name.iloc[i]}" if d[i] / 1000.0 <= within_km else where


# ---------------------------------------------------------------------------
# regions: parts of a country that Natural Earth does not separate


def _held(poly, boxes) -> bool:
    p = poly.representative_point()
    return any(x0 <= p.x <= x1 and y0 <= p.y <= y1 for x0, y0, x1, y1 in boxes)


def region_parts(region: Region):
    """(geometry, places) of a :class:`Region`: polygons by box, places by admin-1 code."""
    whole = country(region.iso3)
    parts = getattr(whole, "geoms", [whole])
    listed = places(region.iso3) if has_places(region.iso3) else all_places().iloc[:0]
    if region.boxes:
        mine = [p for p in parts if _held(p, region.boxes)]
        rows = listed[listed.admin1.isin(region.admin1)]
    else:
        mine = [p for p in parts if not any(_held(p, s.boxes) for s in region.rest_of)]
        rows = listed[~listed.admin1.isin([a for s in region.rest_of for a in s.admin1])]
    if not mine:
        raise GeoError(f"region {region.name!r}: no polygon of {region.iso3} lies in its boxes")
    return MultiPolygon(mine), rows.reset_index(drop=True)


@lru_cache(maxsize=512)
def area(code: str | Region):
    """(geometry, places) of an ISO3 country or a :class:`Region`.

    >>> area("ISL")[0].geom_type in ("Polygon", "MultiPolygon")
    True
    """
    if isinstance(code, Region):
        return region_parts(code)
    return country(code), (places(code) if has_places(code) else all_places().iloc[:0])


def area_name(code: str | Region) -> str:
    """The name of a country (ISO3) or of a :class:`Region`.

    >>> area_name("ISL")
    'Iceland'
    """
    return code.name if isinstance(code, Region) else str(countries().loc[code, "name"])


def area_code(code: str | Region) -> str:
    """How a table names an area: the ISO3 code, or the region's name.

    >>> area_code("isl")
    'ISL'
    """
    return code.name if isinstance(code, Region) else code.upper()


@lru_cache(maxsize=512)
def part_km2(code: str | Region) -> np.ndarray:
    """Ellipsoidal area (km²) of each polygon part of a country (ISO3) or a :class:`Region`,
    holes taken out (rings oriented first: the data does not orient them all one way).

    >>> float(part_km2("ISL").max()) > 100_000
    True
    """
    geom = orient_polygons(area(code)[0])
    g = geod()

    def ring_m2(ring) -> float:  # as Geod.geometry_area_perimeter measures a ring, without the copy of .xy
        xy = get_coordinates(ring)
        return g.polygon_area_perimeter(xy[:, 0], xy[:, 1])[0]

    # as Geod.geometry_area_perimeter sums a polygon: the exterior, then each hole (oriented the other way)
    return np.array([abs(sum((ring_m2(h) for h in p.interiors), ring_m2(p.exterior)))
                     for p in getattr(geom, "geoms", [geom])]) / 1e6


def area_km2(code: str | Region) -> float:
    """Ellipsoidal area (km²) of a country (ISO3) or a :class:`Region`, from its polygons.

    >>> 102_000 < area_km2("ISL") < 103_000
    True
    """
    return float(part_km2(code).sum())
