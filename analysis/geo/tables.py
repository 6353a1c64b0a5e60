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
from scipy.spatial import cKDTree
from shapely.geometry import MultiPolygon

from analysis import reference
from analysis.errors import GeoError
from analysis.geo.geodesy import B_KM, ROUNDING_KM, geod, unit_vectors
from analysis.geo.regions import Region

#: Duplicate rule for populated places: a place within this distance of a place of
#: at least DEDUP_MIN_POP people that is DEDUP_RATIO times larger is a part of it
#: (Tokyo's special wards are listed beside Tokyo itself).
DEDUP_RADIUS_KM = 20.0
DEDUP_MIN_POP = 1_000_000
DEDUP_RATIO = 5.0


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


@lru_cache(maxsize=1)
def all_places() -> pd.DataFrame:
    """GeoNames populated places (data/geo/places.csv), every country.

    >>> list(all_places().columns)[:4]
    ['geonameid', 'name', 'iso3', 'admin1']
    """
    return reference.read("geo/places.csv", text_columns=("admin1",))


@lru_cache(maxsize=1)
def _places_of() -> dict[str, pd.DataFrame]:
    return {code: rows for code, rows in all_places().groupby("iso3", sort=False)}


def has_places(iso3: str) -> bool:
    """Whether data/geo/places.csv lists any place of a country.

    >>> has_places("ISL"), has_places("ATA")
    (True, False)
    """
    return iso3.upper() in _places_of()


def places(iso3: str, dedupe: bool = True) -> pd.DataFrame:
    """Populated places of a country, largest first.

    GeoNames lists places of at least 1,000 people, so it misses people who live in
    smaller settlements, and it lists some cities both whole and by their parts
    (Tokyo and each of its special wards). With ``dedupe`` a place is dropped when it
    lies within ``DEDUP_RADIUS_KM`` of a place of at least ``DEDUP_MIN_POP`` people
    that is ``DEDUP_RATIO`` times larger; the ``duplicate_of`` column says of which.

    >>> places("ISL").iloc[0]["name"]
    'Reykjavík'
    """
    if not has_places(iso3):
        raise GeoError(f"no populated places for {iso3!r} in data/geo/places.csv")
    rows = _marked_places(iso3.upper())
    if dedupe:
        return rows[rows.duplicate_of == ""].reset_index(drop=True)
    return rows.copy()


@lru_cache(maxsize=512)
def _marked_places(iso3: str) -> pd.DataFrame:
    """A country's places, largest first, each with the larger place it is a part of (or "")."""
    rows = _places_of()[iso3].sort_values(["population", "geonameid"], ascending=[False, True]).reset_index(drop=True)
    lons, lats = rows.longitude.to_numpy(), rows.latitude.to_numpy()
    pop, names = rows.population.to_numpy(), rows["name"].to_numpy()
    duplicate_of = np.full(len(rows), "", dtype=object)
    big = np.flatnonzero(pop >= DEDUP_MIN_POP)
    if len(big):
        units = unit_vectors(lons, lats)
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
    """Named launch sites with coordinates and sources (data/reference/launch_sites.csv).

    >>> {"name", "latitude", "longitude", "source"} <= set(launch_sites().columns)
    True
    """
    return reference.read("reference/launch_sites.csv")


# ---------------------------------------------------------------------------
# regions: parts of a country that Natural Earth does not separate


def _held(poly, boxes) -> bool:
    p = poly.representative_point()
    return any(x0 <= p.x <= x1 and y0 <= p.y <= y1 for x0, y0, x1, y1 in boxes)


def region_parts(region: Region):
    """(geometry, places) of a :class:`Region`: polygons by box, places by admin-1 code."""
    whole = country(region.iso3)
    parts = getattr(whole, "geoms", [whole])
    if region.boxes:
        mine = [p for p in parts if _held(p, region.boxes)]
        rows = places(region.iso3)[lambda t: t.admin1.isin(region.admin1)]
    else:
        mine = [p for p in parts if not any(_held(p, s.boxes) for s in region.rest_of)]
        rows = places(region.iso3)[lambda t: ~t.admin1.isin([a for s in region.rest_of for a in s.admin1])]
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
def area_km2(code: str | Region) -> float:
    """Ellipsoidal area (km²) of a country (ISO3) or a :class:`Region`, from its polygons.

    >>> 102_000 < area_km2("ISL") < 103_000
    True
    """
    a, _ = geod().geometry_area_perimeter(area(code)[0])
    return abs(a) / 1e6
