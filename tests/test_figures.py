"""Figures fit for print: on every map the study draws no two labels overlap and none leaves
its axes; text is at least 7 pt at the printed width; overseas parts are shaded by their own
share; label placement, clipping and the interactive page are checked on small cases."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from analysis import figures, geo  # noqa: E402
from analysis.figures import geometry, labels, page  # noqa: E402
from analysis.figures.style import MIN_POINTS  # noqa: E402
from analysis.study import article, claim, later  # noqa: E402

#: Every map the study draws, as reproduce publishes it.
MAPS = {
    "range_map_prk": lambda: claim.range_map(article.ORIGIN, 1000, 1300),
    "range_map_tonghae": lambda: claim.range_map(article.CIRCLE_SITE, 1000, 1300),
    "scud_maps": claim.scud_maps,
    "world_map": later.later_world_map,
}


@pytest.fixture(scope="module", params=sorted(MAPS))
def drawn(request):
    fig = MAPS[request.param]()
    fig.canvas.draw()
    yield request.param, fig
    plt.close(fig)


def test_no_label_overlaps_another_or_leaves_the_axes(drawn):
    name, fig = drawn
    assert figures.collisions(fig) == [], name
    assert sum(len(ax.texts) for ax in fig.axes) >= 5, f"{name}: almost nothing is named"


def test_text_survives_print(drawn):
    name, fig = drawn
    assert figures.min_font_points(fig) >= MIN_POINTS, name
    assert round(fig.get_figwidth() * 25.4) in {85, 178}, name


def test_titles_speak_in_words(drawn):
    name, fig = drawn
    titles = " ".join(ax.get_title() for ax in fig.axes)
    for code in ("PRK", "KOR", "JPN", "SYR", "IRN", "Dem. Rep."):
        assert code not in titles, (name, titles)


def test_collision_check_sees_an_overlap_and_a_label_cut_by_the_frame():
    fig, ax = plt.subplots(figsize=(2, 2))
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    ax.text(5, 5, "Gwangju")
    ax.text(5.1, 5.1, "Busan")
    ax.text(9.5, 1, "Riyadh")
    found = figures.collisions(fig)
    plt.close(fig)
    assert any("'Gwangju' overlaps 'Busan'" in p for p in found)
    assert any("'Riyadh' leaves the axes" in p for p in found)


def test_placement_drops_what_does_not_fit_and_keeps_the_rest_apart():
    fig, ax = plt.subplots(figsize=(1.5, 1.5))
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    rng = np.random.default_rng(0)
    x, y = rng.uniform(0, 10, 60), rng.uniform(0, 10, 60)
    kept = labels.place_labels(ax, x, y, [f"Place {i}" for i in range(60)],
                               markers=labels.marker_boxes(ax, x, y, 2.0))
    assert 0 < len(kept) < 60
    assert figures.collisions(fig) == []
    plt.close(fig)


def test_overseas_parts_have_their_own_share():
    """French Guiana (part of France in Natural Earth) lies beyond 13,000 km of North Korea; metropolitan France within."""
    shares = geometry.part_shares("FRA", article.ORIGIN, [13_000])[:, 0]
    parts = geometry.all_parts()
    fra = parts[parts.code == "FRA"].geometry.to_numpy()
    lon = np.array([g.representative_point().x for g in fra])
    lat = np.array([g.representative_point().y for g in fra])
    guiana = int(np.argmin(np.hypot(lon + 53, lat - 4)))
    metropole = int(np.argmin(np.hypot(lon - 2.5, lat - 46.5)))
    assert shares[guiana] == 0.0 and shares[metropole] == 1.0
    # the parts agree with the engine's share of the whole country
    r = geo.reach("FRA", article.ORIGIN)
    assert 0 < r.area_share(13_000) < 1


def test_part_shares_add_up_to_the_engine_share():
    for code, km in (("JPN", 1000.0), ("FRA", 13_000.0)):
        which, _ = geometry._sample_part(code, article.ORIGIN)
        shares = geometry.part_shares(code, article.ORIGIN, [km])[:, 0]
        reach = geo.reach(code, article.ORIGIN)
        weight = np.bincount(which, weights=reach.weights, minlength=len(shares))
        assert (shares * weight).sum() / weight.sum() == pytest.approx(reach.area_share(km))


def test_frame_parts_are_clipped_and_simplified_for_drawing_only():
    parts = geometry.frame_parts((40.0, 127.0), 1000.0, 500)
    edge = 1000.0 * (1 + geometry.MARGIN)
    xmin, ymin, xmax, ymax = np.array([g.bounds for g in parts.geometry]).T
    assert xmin.min() >= -edge - 1e-6 and xmax.max() <= edge + 1e-6
    assert ymin.min() >= -edge - 1e-6 and ymax.max() <= edge + 1e-6
    assert "USA" not in set(parts.code)


def test_page_is_self_contained():
    html = later.interactive_map()
    assert html.count('name="range"') == len(set(later.missile_ranges().range_km))
    for fetched in ("http://", "https://", "src=", "@import", "url("):
        assert fetched not in html.replace('xmlns="http://www.w3.org/2000/svg"', ""), fetched
    assert len(html.encode()) < 400_000
    assert "data-s=" in html and 'class="env"' in html and "launch site" in html


def test_page_iframe_escapes_the_page():
    assert page.iframe('<p class="a">x</p>').startswith('<iframe srcdoc="&lt;p class=&quot;a&quot;&gt;x&lt;/p&gt;"')
