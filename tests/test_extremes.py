"""Nearest and farthest points from the outlines against a brute force written here: every
ring densified along its geodesic edges to at most 0.5 km, every vertex measured against
every densified vertex of North Korea's boundary (exact geodesics, no index, no bound)."""

import numpy as np
import pytest
from pyproj import Geod

from analysis import geo
from analysis.geo.extremes import extremes, one_vertex_bound, semiconcave_bound
from analysis.geo.tables import area
from analysis.study.article import HAWAII

GEOD = Geod(ellps="WGS84")
SPACING_KM = 0.5
#: Island states and Pacific territories among them, and Hawaii with its atolls (thirteen; Alaska
#: and the contiguous United States, whose long coasts take the brute force seconds each, were
#: checked the same way outside the suite and agree to within a metre).
TARGETS = ["GUM", "MNP", "FSM", "MHL", "PLW", "UMI", "FJI", "JPN", "KOR", "TWN", "PHL", "NZL", HAWAII]


def _densified(geometry) -> np.ndarray:
    """(lon, lat) of every ring vertex, with points every SPACING_KM or less along each edge."""
    out = []
    for poly in getattr(geometry, "geoms", [geometry]):
        for ring in [poly.exterior, *poly.interiors]:
            xy = np.asarray(ring.coords)
            a, b = xy[:-1], xy[1:]
            az, _, d = GEOD.inv(a[:, 0], a[:, 1], b[:, 0], b[:, 1])
            n = (np.asarray(d) / 1000.0 // SPACING_KM).astype(int) + 1  # pieces per edge
            k = np.concatenate([np.arange(m) for m in n])  # 0 .. n-1 along each edge
            edge = np.repeat(np.arange(len(a)), n)
            lon, lat, _ = GEOD.fwd(a[edge, 0], a[edge, 1], np.asarray(az)[edge], np.asarray(d)[edge] * k / n[edge])
            out.append(np.column_stack([lon, lat]))
    return np.concatenate(out)


@pytest.fixture(scope="module")
def prk_boundary() -> np.ndarray:
    return _densified(geo.country("PRK"))


#: Mean Earth radius (km), and how far a great-circle distance on that sphere may differ from
#: the ellipsoidal geodesic (relative; WGS84's is about 0.5 percent at most), with slack.
R_KM, EPS = 6371.0088, 0.0075


def _sphere_km(lons1, lats1, lons2, lats2) -> np.ndarray:
    """Great-circle distances on the mean sphere, every point of 1 against every point of 2."""
    p1, p2 = np.radians(lats1)[:, None], np.radians(lats2)[None, :]
    dlon = np.radians(lons2)[None, :] - np.radians(lons1)[:, None]
    h = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlon / 2) ** 2
    return 2 * R_KM * np.arcsin(np.sqrt(np.clip(h, 0, 1)))


def _brute(geometry, origin_xy: np.ndarray, origin_geometry) -> tuple[float, float]:
    """Nearest and farthest densified vertex of ``geometry`` from the densified origin: every
    pair on the sphere first, then exact geodesics for every vertex and pair the sphere leaves open."""
    from shapely import contains_xy  # only here: the inside of the origin is at distance 0

    pts = _densified(geometry)
    # every 10th origin vertex first: any other lies within 5 km along the boundary of one of
    # them, so the distance to all of them is at most 2.5 km less than to these
    coarse = origin_xy[::10]
    f_s = np.concatenate([_sphere_km(pts[i:i + 500, 0], pts[i:i + 500, 1], coarse[:, 0], coarse[:, 1]).min(axis=1)
                          for i in range(0, len(pts), 500)])
    inside = contains_xy(origin_geometry, pts[:, 0], pts[:, 1])
    f_s[inside] = 0.0
    lo, hi = np.maximum((f_s - 2.5 * (1 + EPS)) * (1 - EPS) - 1, 0), f_s * (1 + EPS) + 1
    out = {}
    for name, cand in (("far", np.flatnonzero(hi >= lo.max())), ("near", np.flatnonzero(lo <= hi.min()))):
        exact = np.zeros(len(cand))
        for j in range(0, len(cand), 200):  # every pair the sphere leaves open, measured exactly
            c = cand[j:j + 200]
            row, col = np.nonzero(_sphere_km(pts[c, 0], pts[c, 1], origin_xy[:, 0], origin_xy[:, 1])
                                  <= (hi[c] * (1 + EPS) + 1)[:, None])
            _, _, d = GEOD.inv(pts[c[row], 0], pts[c[row], 1], origin_xy[col, 0], origin_xy[col, 1])
            best = np.full(len(c), np.inf)
            np.minimum.at(best, row, np.asarray(d) / 1000.0)
            exact[j:j + 200] = np.where(inside[c], 0.0, best)
        out[name] = exact.max() if name == "far" else exact.min()
    near = 0.0 if geometry.intersects(origin_geometry) else out["near"]
    return near, out["far"]


@pytest.mark.parametrize("target", TARGETS, ids=str)
def test_extremes_agree_with_brute_force(target, prk_boundary):
    geometry = area(target)[0]
    ours = extremes(geometry, geo.origin("PRK"))
    near, far = _brute(geometry, prk_boundary, geo.country("PRK"))
    assert abs(ours["nearest_km"] - near) < 0.5, (target, ours, near)
    assert abs(ours["farthest_km"] - far) < 0.5, (target, ours, far)
    # the point given is where the value is attained (within the tolerance of the search)
    lon, lat = ours["farthest_lon"], ours["farthest_lat"]
    _, _, d = GEOD.inv(prk_boundary[:, 0], prk_boundary[:, 1], np.full(len(prk_boundary), lon),
                       np.full(len(prk_boundary), lat))
    assert abs(np.min(d) / 1000.0 - ours["farthest_km"]) < 0.5


def test_named_extremes():
    """The islands the grid samples skipped: Hawaii's Kure Atoll, Japan's Minami-Torishima."""
    hawaii = extremes(area(HAWAII)[0], geo.origin("PRK"))
    assert abs(hawaii["nearest_km"] - 4807.1) < 1 and hawaii["nearest_lat"] > 28
    japan = extremes(geo.country("JPN"), geo.origin("PRK"))
    assert abs(japan["farthest_km"] - 2891.6) < 1 and japan["farthest_lon"] > 153.9
    assert "Minami-Torishima" in geo.point_name(japan["farthest_lat"], japan["farthest_lon"])


def test_point_origin_inside_and_outside():
    guam = geo.country("GUM")
    inside = extremes(guam, geo.origin("13.47,144.75"))
    assert inside["nearest_km"] == 0.0 and 10 < inside["farthest_km"] < 40
    far = extremes(guam, geo.origin("0,0"))
    lons, lats = _densified(guam).T
    _, _, d = GEOD.inv(lons, lats, np.zeros(len(lons)), np.zeros(len(lons)))
    assert abs(far["nearest_km"] - d.min() / 1000) < 0.5 and abs(far["farthest_km"] - d.max() / 1000) < 0.5


def test_the_bounds_hold_along_geodesics():
    """The curvature bounds against the distance measured along random geodesic edges."""
    rng = np.random.default_rng(18)
    for _ in range(200):
        lat0, lon0 = rng.uniform(-60, 60), rng.uniform(-180, 180)
        lat1, lon1 = rng.uniform(-80, 80), rng.uniform(-180, 180)
        az, length = rng.uniform(0, 360), rng.uniform(1, 300)
        lons, lats, _ = GEOD.fwd(np.full(51, lon1), np.full(51, lat1), np.full(51, az), np.linspace(0, length, 51) * 1e3)
        _, _, d = GEOD.inv(np.full(51, lon0), np.full(51, lat0), lons, lats)
        d = np.asarray(d) / 1000.0
        fa, fb, L = np.array([d[0]]), np.array([d[-1]]), np.array([length])
        if d.max() < 19_000:
            assert d.max() <= one_vertex_bound(fa, fb, L)[0] + 1e-6
        assert d.min() >= semiconcave_bound(fa, fb, L)[0] - 1e-6
