import json

import numpy as np
import pytest
from pyproj import Geod

from analysis import geo as R
from analysis.__main__ import main
from analysis.errors import GeoError
from analysis.geo import tables
from analysis.study.article import ALASKA, CONTIGUOUS_US, HAWAII

GEOD = Geod(ellps="WGS84")
POINTS = [  # (lat, lon) pairs across the region and the globe
    ((39.0392, 125.7625), (35.6895, 139.6917)),   # Pyongyang - Tokyo
    ((40.8583, 129.6864), (26.2124, 127.6809)),   # Tonghae - Naha
    ((37.5665, 126.9780), (-33.8688, 151.2093)),  # Seoul - Sydney
    ((0.0, 0.0), (0.5, 179.7)),                    # nearly antipodal
    ((89.9, 10.0), (-89.9, -170.0)),
]


@pytest.mark.parametrize("a, b", POINTS)
def test_distance_matches_pyproj_within_1m(a, b):
    _, _, ref = GEOD.inv(a[1], a[0], b[1], b[0])
    assert abs(R.distance_km(a[0], a[1], b[0], b[1]) * 1000 - ref) < 1.0


@pytest.mark.parametrize("radius", [300, 1000, 1300])
def test_rings_are_geodesic(radius):
    lons, lats = R.ring(40.8583, 129.6864, radius)
    d = R.distance_km(np.full(lats.shape, 40.8583), np.full(lons.shape, 129.6864), lats, lons)
    assert np.abs(d - radius).max() < 1e-3  # within a metre
    # not a circle in degrees: the ring is wider in longitude than in latitude at 40 N
    assert (lons.max() - lons.min()) > 1.2 * (lats.max() - lats.min())


def test_territory_distance_matches_brute_force_on_a_sample():
    o = R.origin("PRK")
    rng = np.random.default_rng(1997)
    lats = rng.uniform(24, 46, 200)
    lons = rng.uniform(120, 146, 200)
    fast = o.distance_km(lats, lons)
    slow = o.brute_force_km(lats, lons)
    assert np.abs(fast - slow).max() < 1e-6


def test_inside_is_zero_and_distances_plausible():
    o = R.origin("PRK")
    assert o.distance_km([39.0392], [125.7625])[0] == 0.0  # Pyongyang
    seoul = o.distance_km([37.5665], [126.9780])[0]
    assert 20 < seoul < 60  # Seoul lies a few tens of km from the border


def test_site_origin_is_exact():
    o = R.origin("musudan-ri")
    assert o.name == "Tonghae Satellite Launching Ground"
    _, _, ref = GEOD.inv(o.lon, o.lat, 139.6917, 35.6895)
    assert abs(o.distance_km([35.6895], [139.6917])[0] * 1000 - ref) < 1.0


def test_area_sample_is_equal_area_and_close_to_geodesic_area():
    for code in ("KOR", "JPN"):
        lats, _ = R.area_sample(code)
        sampled = len(lats) * R.DEFAULT_SPACING_KM ** 2
        assert abs(sampled / R.area_km2(code) - 1) < 0.01
        check = R.sampling_check(code)
        assert check["samples"] == len(lats) and abs(check["difference"]) < 0.01


def test_shares_monotone_and_bounded():
    curve = R.coverage_curve("JPN", "PRK")
    for col in ("area_share", "population_share"):
        v = curve[col].to_numpy()
        assert v[0] == 0 and v[-1] == 1 and np.all(np.diff(v) >= 0)


def test_thresholds_consistent_with_curves():
    t = R.thresholds("JPN", "PRK").set_index("share")
    d = R.reach("JPN", "PRK", R.DEFAULT_SPACING_KM)
    r90 = t.loc[0.9, "area_range_km"]
    assert d.area_share(r90 + 0.1) >= 0.9 > d.area_share(r90 - 1)


def test_dedupe_drops_wards_not_cities():
    kept = R.places("JPN")
    raw = R.places("JPN", dedupe=False)
    assert {"Tokyo", "Yokohama", "Osaka"} <= set(kept["name"])
    assert "Shinjuku" in set(raw["name"]) and "Shinjuku" not in set(kept["name"])


@pytest.mark.parametrize("code", ["JPN", "IND", "USA"])
def test_dedupe_equals_measuring_every_place(code):
    """The k-d tree only chooses which places to measure: the same duplicates as measuring
    every place from every city of a million people or more."""
    raw = R.places(code, dedupe=False)
    lons, lats = raw.longitude.to_numpy(), raw.latitude.to_numpy()
    pop, names = raw.population.to_numpy(), raw["name"].to_numpy()
    expected = np.full(len(raw), "", dtype=object)
    for i in np.flatnonzero(pop >= tables.DEDUP_MIN_POP):
        d = R.distance_km(lats[i], lons[i], lats, lons)
        expected[(d <= tables.DEDUP_RADIUS_KM) & (pop * tables.DEDUP_RATIO <= pop[i]) & (expected == "")] = names[i]
    assert (expected != "").any()
    assert list(raw.duplicate_of) == list(expected)


def test_drawn_circles_are_wrong_by_the_expected_sign():
    e = R.drawn_circle_errors("Tonghae Satellite Launching Ground", 1000).set_index("drawn_as")
    assert e.loc["circle in degrees (plate carrée)", "worst_error_km"] < -100
    assert abs(e.loc["circle on a sphere (R = 6,371 km)", "worst_error_km"]) < 10


def test_unknown_origin_and_bad_range():
    with pytest.raises(GeoError, match="unknown origin"):
        R.origin("Atlantis")
    with pytest.raises(GeoError, match="range must be"):
        R.coverage(("KOR",), ("PRK",), (-1,))


def test_cli_coverage_json(capsys):
    assert main(["coverage", "--range-km", "1000", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    rows = {r["country"]: r for r in doc["rows"]}
    assert set(rows) == {"KOR", "JPN"}
    assert all(r["origin"] == "PRK" and r["range_km"] == 1000 for r in rows.values())
    assert rows["KOR"]["area_share"] == 1.0 and rows["KOR"]["population_share"] == 1.0
    assert 0 < rows["JPN"]["area_share"] < 1 and 0 < rows["JPN"]["population_share"] < 1
    names = {o["place"] for o in doc["outside"] if o["country"] == "JPN"}
    assert {"Tokyo", "Naha"} <= names
    assert all(o["distance_km"] > 1000 for o in doc["outside"])


def test_cli_coverage_errors(capsys):
    assert main(["coverage", "--origin", "Atlantis"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: unknown origin 'Atlantis'") and len(err.strip().splitlines()) == 1


# -- any origin, the whole world ---------------------------------------------------------


def test_point_origin_is_a_site():
    o = R.origin("40.85833,129.68639")
    site = R.origin("Tonghae Satellite Launching Ground")
    assert o.kind == "point" and (o.lat, o.lon) == (site.lat, site.lon)
    assert o.distance_km([35.6895], [139.6917])[0] == site.distance_km([35.6895], [139.6917])[0]
    with pytest.raises(GeoError, match="latitude must be within"):
        R.origin("91,0")


def test_world_keeps_the_study_numbers():
    """South Korea and Japan at 1,000 km exactly as the study's own table; the United States 0."""
    study = R.coverage(("KOR", "JPN"), ("PRK",), (1000,)).set_index("country")
    world = R.world_coverage((1000,), "PRK", ("KOR", "JPN", "USA")).set_index("country")
    for code in ("KOR", "JPN"):
        for col in ("area_share", "population_share"):
            assert world.loc[code, col] == study.loc[code, col]
    assert world.loc["USA", "area_share"] == 0 and world.loc["USA", "population_share"] == 0


def test_guam_and_the_united_states():
    t = R.world_coverage((3000, 3500, 13000), "PRK", ("GUM", "USA")).set_index(["country", "range_km"])
    assert t.loc[("GUM", 3000.0), "area_share"] == 0 and t.loc[("GUM", 3000.0), "population_share"] == 0
    assert t.loc[("GUM", 3500.0), "area_share"] == 1 and t.loc[("GUM", 3500.0), "population_share"] == 1
    assert t.loc[("USA", 13000.0), "area_share"] >= 0.99 and t.loc[("USA", 13000.0), "population_share"] >= 0.99


def test_subregions_partition_the_united_states():
    regions = (ALASKA, HAWAII, CONTIGUOUS_US)
    parts = [tables.region_parts(r) for r in regions]
    usa_area = R.area_km2("USA")
    assert abs(sum(R.area_km2(r) for r in regions) / usa_area - 1) < 1e-9
    ids = [set(p.geonameid) for _, p in parts]
    assert not (ids[0] & ids[1]) and not (ids[0] & ids[2]) and not (ids[1] & ids[2])
    assert set().union(*ids) == set(R.places("USA").geonameid)
    assert {"Anchorage"} <= set(parts[0][1].name) and {"Honolulu"} <= set(parts[1][1].name)


def _brute_reach(code: str, n_samples: int):
    """A country's samples (about n_samples) with distances from North Korea measured
    against every boundary vertex, beside our bounds for the same samples."""
    o = R.origin("PRK")
    spacing = float(np.sqrt(R.area_km2(code) / n_samples))
    lats, lons = R.area_sample(code, spacing)
    lower, upper = o.bounds_km(lats, lons)
    ours = R.Reach(code, o, lats, lons, lower, upper, np.empty(0), np.empty(0), np.empty(0), np.empty(0),
                   np.empty(0), spacing)
    return ours, o.brute_force_km(lats, lons)


def test_ten_random_countries_agree_with_brute_force():
    """Area shares from the bounds and their refinement against every-vertex geodesics,
    at fixed ranges and at the range that splits each country in half."""
    codes = sorted(R.countries().index)
    chosen = np.random.default_rng(1997).choice(codes, size=10, replace=False)
    for code in chosen:
        ours, brute = _brute_reach(str(code), 150)
        for km in (1000.0, 5000.0, 10000.0, 13000.0, float(np.median(brute))):
            assert abs(ours.area_share(km) - float(np.mean(brute <= km))) <= 0.001, (code, km)


def test_exact_distances_equal_brute_force_far_away():
    o = R.origin("PRK")
    rng = np.random.default_rng(7)
    lats = np.degrees(np.arcsin(rng.uniform(-1, 1, 300)))
    lons = rng.uniform(-180, 180, 300)
    assert np.abs(o.distance_km(lats, lons) - o.brute_force_km(lats, lons)).max() < 1e-9
    lower, upper = o.bounds_km(lats, lons)
    exact = o.distance_km(lats, lons)
    assert np.all(lower <= exact + 1e-9) and np.all(exact <= upper + 1e-9)


def test_cli_coverage_all(capsys):
    assert main(["coverage", "--country", "all", "--range-km", "1000", "--json", "--quiet"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert len(rows) == len(R.countries())
    shares = [r["area_share"] for r in rows]
    assert shares == sorted(shares, reverse=True)
    by = {r["country"]: r for r in rows}
    assert by["KOR"]["area_share"] == 1.0 and by["USA"]["area_share"] == 0.0
    assert any(r["population_share"] is None for r in rows)  # territories without a listed place


def test_cli_coverage_point_origin(capsys):
    assert main(["coverage", "--origin", "13.47,144.75", "--country", "GUM", "--range-km", "50", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)["rows"]
    assert row["origin"] == "13.47,144.75" and row["area_share"] == 1.0
