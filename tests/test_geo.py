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
        lats, _, km2 = R.area_sample(code)
        check = R.sampling_check(code)
        assert check["samples"] == len(lats) and check["part_samples"] > 0  # islets too small for the grid
        assert abs(check["grid_over_geodesic"] - 1) < 0.01  # the grid alone
        assert abs(check["sampled_over_geodesic"] - 1) < 0.001  # every part, each at its geodesic area
        assert abs(km2.sum() / R.area_km2(code) - 1) < 0.001


def test_every_part_gets_a_sample():
    """A part smaller than a grid cell stands for its own area at its own point."""
    geom = R.country("JPN")
    parts = list(geom.geoms)
    lats, lons, km2 = R.area_sample("JPN")
    from shapely import contains_xy  # only here

    for part, area in zip(parts, R.part_km2("JPN")):
        held = contains_xy(part, lons, lats)
        assert held.any(), part.representative_point()
        assert abs(km2[held].sum() - area) <= 1e-6 * max(area, 1.0)


def test_shares_monotone_and_bounded():
    curve = R.coverage_curve("JPN", "PRK", max_km=3000.0)  # Minami-Torishima lies at 2,892 km
    for col in ("area_share", "population_share"):
        v = curve[col].to_numpy()
        assert v[0] == 0 and v[-1] == 1 and np.all(np.diff(v) >= 0)


def test_thresholds_consistent_with_curves():
    t = R.thresholds("JPN", "PRK").set_index("share")
    d = R.reach("JPN", "PRK", R.DEFAULT_SPACING_KM)
    r90 = t.loc[0.9, "area_range_km"]
    assert d.area_share(r90 + 0.1) >= 0.9 > d.area_share(r90 - 1)


def _named(code: str, name: str) -> list[str]:
    """The display names of the counted places of a country that go by ``name`` in GeoNames."""
    kept = R.places(code)
    return list(R.display_name(kept[kept["name"] == name]))


def test_each_person_counted_once_in_japan():
    kept, every = R.places("JPN"), R.places("JPN", every=True)
    names = set(kept["name"])
    assert {"Tokyo", "Yokohama", "Osaka", "Kawasaki", "Sagamihara"} <= names  # real cities are never dropped
    assert "Aihara" not in names  # a second record of Sagamihara: counted once, with it
    sagamihara = kept[kept["name"] == "Sagamihara"].iloc[0]
    aihara = every[every["name"] == "Aihara"].iloc[0]
    assert aihara.counted_with == str(sagamihara.geonameid) and aihara.rule == "R1"
    assert sagamihara.population == max(sagamihara.geonames_population, aihara.population)
    wards = {"Setagaya", "Shinjuku", "Shibuya", "Bunkyo", "Suginami", "Ōta", "Adachi", "Nakano"}
    assert not wards & set(kept[kept.admin1 == "40"]["name"])  # no Tokyo ward beside Tokyo
    assert set(every[every["name"].isin(wards) & every.admin1.isin(["40", "14", "19"])].rule) <= {"R2", "R3"}
    assert kept.geonameid.is_unique
    _no_place_twice(kept)


def _no_place_twice(kept) -> None:
    """Places of one name in one admin-1 division are namesakes: none lies within 10 km of another."""
    for _, same in kept[kept.duplicated(["name", "admin1"], keep=False)].groupby(["name", "admin1"]):
        lat, lon = same.latitude.to_numpy(), same.longitude.to_numpy()
        d = R.distance_km(lat[:, None], lon[:, None], lat[None, :], lon[None, :])
        assert (d + np.eye(len(same)) * 1e9).min() > 10, same


def test_each_person_counted_once_in_south_korea_and_the_united_states():
    kor = R.places("KOR")
    assert "Seoul" in set(kor["name"]) and kor.geonameid.is_unique
    # repeated records of one town (same name, same admin-1: Mungyeong, Sinan, Yeosu) are counted once
    assert not kor.duplicated(["name", "admin1"]).any()
    every = R.places("KOR", every=True)
    assert set(every[every.rule != ""]["name"]) == {"Mungyeong", "Sinan", "Yeosu"}
    usa = R.places("USA")
    assert "New York City" in set(usa["name"])
    assert not {"Brooklyn", "Queens", "Manhattan", "The Bronx", "Staten Island"} & set(usa[usa.admin1 == "NY"]["name"])
    assert not {"Hollywood", "Van Nuys", "Koreatown"} & set(usa[usa.admin1 == "CA"]["name"])  # sections of LA
    assert "Los Angeles" in set(usa["name"])
    _no_place_twice(usa)


def test_each_person_counted_once_in_guam_and_china():
    gum = R.places("GUM")
    assert "Tamuning" not in set(gum["name"]) and "Tamuning-Tumon-Harmon Village" in set(gum["name"])
    chn = R.places("CHN")
    assert len(chn[chn["name"].isin(["Xilinhot", "Xilin Hot"])]) == 1
    assert chn[chn["name"].isin(["Xilinhot", "Xilin Hot"])].population.iloc[0] == 349_953


def test_places_are_named_as_readers_know_them():
    assert _named("IRQ", "Basrah") == ["Basra"] and _named("IRQ", "Mosul") == ["Mosul"]
    far = R.outside("IRQ", "PRK", 1000)
    assert {"Basra", "Mosul"} <= set(far.place)
    assert not far.place.str.startswith("Al Mawşil").any() and not far.place.str.startswith("Al Başrah").any()
    assert far.place.is_unique


def test_outside_lists_each_place_once():
    for code in ("JPN", "KOR", "CHN"):
        far = R.outside(code, "PRK", 1000, min_population=15_000)
        assert far.place.is_unique or not far.duplicated(["place", "population"]).any(), code
    japan = R.outside("JPN", "PRK", 1000)
    assert {"Tokyo", "Kawasaki", "Yokohama", "Naha"} <= set(japan.place)
    assert not {"Aihara", "Setagaya", "Suginami", "Bunkyo"} & set(japan.place)


def test_country_names_are_decoded():
    names = list(R.countries()["name"])
    bad = [n for n in names if "Ã" in n or "Â" in n or any(0x80 <= ord(c) <= 0x9F for c in n)]
    assert not bad, bad
    assert {"Åland", "Côte d'Ivoire", "Curaçao", "St-Barthélemy"} <= set(names)


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


def test_a_table_of_shares_alone_is_the_full_tables_rows_without_the_extremes():
    full = R.world_coverage((1000, 3500), "PRK", ("KOR", "JPN", "GUM"))
    shares = R.world_coverage((1000, 3500), "PRK", ("KOR", "JPN", "GUM"), extremes=False)
    assert "nearest_km" in full.columns and "nearest_km" not in shares.columns
    assert shares.equals(full[list(shares.columns)])


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
    lats, lons, _ = R.area_sample(code, spacing)
    lower, upper = o.bounds_km(lats, lons)
    ours = R.Reach(code, o, lats, lons, lower, upper, np.empty(0), np.empty(0), np.empty(0), np.empty(0),
                   np.empty(0), spacing)  # equal weights: the shares below are shares of samples
    return ours, o.brute_force_km(lats, lons)


def test_ten_random_countries_agree_with_brute_force():
    """Area shares from the bounds and their refinement against every-vertex geodesics,
    at fixed ranges and at the range that splits each country in half."""
    codes = sorted(R.countries().index)
    chosen = np.random.default_rng(1997).choice(codes, size=10, replace=False)
    for code in chosen:
        ours, brute = _brute_reach(str(code), 80)
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


def test_cli_coverage_carries_the_extremes(capsys):
    assert main(["coverage", "--country", "JPN", "--country", "GUM", "--country", "MNP", "--json"]) == 0
    rows = {r["country"]: r for r in json.loads(capsys.readouterr().out)["rows"]}
    for code in ("JPN", "GUM", "MNP"):
        for key in ("nearest_km", "nearest_lat", "nearest_lon", "farthest_km", "farthest_lat", "farthest_lon"):
            assert isinstance(rows[code][key], float), (code, key)
    assert abs(rows["JPN"]["farthest_km"] - 2891.6) < 0.5  # Minami-Torishima
    assert rows["JPN"]["farthest_lon"] > 153.9
    assert main(["coverage", "--country", "JPN"]) == 0
    assert "farthest  2,891.60 km at 24.2829, 153.9837" in capsys.readouterr().out


def test_thresholds_give_all_of_the_area_at_the_farthest_point():
    t = R.thresholds("JPN", "PRK").set_index("share")
    assert t.loc[1.0, "area_range_km"] == round(R.reach("JPN", "PRK", R.DEFAULT_SPACING_KM).farthest_km(), 1)


def test_data_readme_states_the_rule_counts():
    from analysis import paths  # only here

    text = (paths.DATA / "README.md").read_text(encoding="utf-8")
    rules = R.all_places().rule.value_counts()
    assert (f"{rules['R1']:,} fall under R1, {rules['R2']:,} under R2 and {rules['R3']:,} under R3"
            in " ".join(text.split()))
    assert f"{(R.all_places().feature_code != '').sum():,} records have them" in " ".join(text.split())


def test_within_decides_as_the_exact_minimum_bit_for_bit():
    """A territory's within_km decides as the exact distance (as exact_km measures it) would,
    also at ranges equal to a point's distance or just short of it: an upper bound within the
    range, a lower bound above it beyond."""
    o = R.origin("PRK")
    rng = np.random.default_rng(11)
    lats = np.degrees(np.arcsin(rng.uniform(-1, 1, 300)))
    lons = rng.uniform(-180, 180, 300)
    exact = o.distance_km(lats, lons)
    assert np.abs(exact - o.brute_force_km(lats, lons)).max() < 1e-9
    _, upper = o.bounds_km(lats, lons)
    for km in (1000.0, 7000.0, 13000.0, float(exact[5]), float(np.nextafter(exact[9], 0.0))):
        d = o.within_km(lats, lons, upper, km)
        assert np.array_equal(d <= km, exact <= km), km
        assert np.all(d[exact <= km] >= exact[exact <= km]) and np.all(d[exact > km] <= exact[exact > km])


def test_shares_do_not_depend_on_the_order_of_the_ranges():
    """Bounds kept from one range serve the next, in either order, and leave the distances exact."""
    rising, falling = (R.reach.__wrapped__("JPN", "PRK", 40.0) for _ in range(2))
    ranges = [800.0, 1000.0, 1300.0, 2000.0]
    up = [rising.area_share(km) for km in ranges] + [rising.population_share(km) for km in ranges]
    down = [falling.area_share(km) for km in ranges[::-1]] + [falling.population_share(km) for km in ranges[::-1]]
    assert up == down[:4][::-1] + down[4:][::-1]
    fresh = R.reach.__wrapped__("JPN", "PRK", 40.0)
    assert np.array_equal(rising.area_km(), fresh.area_km()) and np.array_equal(rising.place_km(), fresh.place_km())
