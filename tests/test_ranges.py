import json

import numpy as np
import pytest
from pyproj import Geod

from analysis import ranges as R
from analysis.__main__ import main

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
        assert abs(sampled / R.geodesic_area_km2(code) - 1) < 0.01
        check = R.sampling_check(code)
        assert check["samples"] == len(lats) and abs(check["difference"]) < 0.01


def test_shares_monotone_and_bounded():
    curve = R.coverage_curve("JPN")
    for col in ("area_share", "population_share"):
        v = curve[col].to_numpy()
        assert v[0] == 0 and v[-1] == 1 and np.all(np.diff(v) >= 0)


def test_thresholds_consistent_with_curves():
    t = R.thresholds("JPN").set_index("share")
    d = R.distances("JPN")
    r90 = t.loc[0.9, "area_range_km"]
    assert d.area_share(r90 + 0.1) >= 0.9 > d.area_share(r90 - 1)


def test_dedupe_drops_wards_not_cities():
    kept = R.places("JPN")
    raw = R.places("JPN", dedupe=False)
    assert {"Tokyo", "Yokohama", "Osaka"} <= set(kept["name"])
    assert "Shinjuku" in set(raw["name"]) and "Shinjuku" not in set(kept["name"])


def test_drawn_circles_are_wrong_by_the_expected_sign():
    e = R.drawn_circle_errors("Tonghae Satellite Launching Ground", 1000).set_index("drawn_as")
    assert e.loc["circle in degrees (plate carrée)", "worst_error_km"] < -100
    assert abs(e.loc["circle on a sphere (R = 6,371 km)", "worst_error_km"]) < 10


def test_unknown_origin_and_bad_range():
    with pytest.raises(R.GeoError, match="unknown origin"):
        R.origin("Atlantis")
    with pytest.raises(R.GeoError, match="range must be"):
        R.coverage(ranges_km=(-1,))


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
