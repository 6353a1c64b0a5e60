"""Figures fit for print: on every map the study draws no two labels overlap and none leaves
its axes; text is at least 7 pt at the printed width; overseas parts are shaded by their own
share; label placement, clipping and the interactive page are checked on small cases.

The maps and the pages as a reader's browser shows them (headless Chromium, driven by
Playwright, as tests/test_lab.py does): every map the study draws, as drawn above, and the
interactive page are screenshotted under build/figures/; the page loads from file:// with the
network off, switches to another range and shows a country's tooltip, with no error in the
console; each notebook's results page opens offline. The browser is the one `make browser`
obtained; without one these tests fail, never skip. (In one file with the maps' checks, so the
world's coverage behind them is computed once.)
"""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from test_lab import chromium  # noqa: E402

from analysis import figures, geo, paths  # noqa: E402
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


BUILD = paths.ROOT / "build" / "figures"

# a point inside a drawn part of the named country, in page pixels (the centre of a box may be sea)
INSIDE = """(name) => {
  const D = JSON.parse(document.getElementById('data').textContent);
  const c = D.countries.findIndex(x => x[0] === name);
  const paths = [...document.querySelectorAll(`#land path[data-c="${c}"]`)];
  paths.sort((a, b) => b.getBBox().width * b.getBBox().height - a.getBBox().width * a.getBBox().height);
  const p = paths[0], b = p.getBBox(), m = p.getScreenCTM(), svg = p.ownerSVGElement;
  for (let i = 1; i < 20; i++) for (let j = 1; j < 20; j++) {
    const pt = svg.createSVGPoint(); pt.x = b.x + b.width * i / 20; pt.y = b.y + b.height * j / 20;
    if (p.isPointInFill(pt)) { const s = pt.matrixTransform(m); return [s.x, s.y]; }
  }
  return null;
}"""


@pytest.fixture(scope="module")
def browser():
    with chromium(1100, 1300) as context:
        context.set_offline(True)
        # nothing but the file itself may load
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file://")
                      else route.abort())
        yield context


def _watch(page) -> list[str]:
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("requestfailed", lambda r: errors.append(f"failed: {r.url}"))
    return errors


def test_each_map_renders_and_is_screenshotted(browser, drawn):
    name, fig = drawn
    BUILD.mkdir(parents=True, exist_ok=True)
    svg = BUILD / f"{name}.svg"
    figures.save_figure(fig, svg, hashsalt="test")
    shown = BUILD / f"{name}.html"
    shown.write_text(f'<!DOCTYPE html><html><head><link rel="icon" href="data:,"></head>'
                     f'<body style="margin:0"><img src="{svg.name}" style="width:1000px"></body></html>')
    page = browser.new_page()
    errors = _watch(page)
    page.goto(shown.as_uri())
    page.wait_for_function("() => document.images[0].complete")
    size = page.evaluate("() => [document.images[0].naturalWidth, document.images[0].naturalHeight]")
    page.screenshot(path=str(BUILD / f"{name}.png"), full_page=True)
    page.close()
    assert size[0] > 300 and size[1] > 300
    assert errors == []


def test_interactive_page_offline_toggles_and_tells(browser):
    BUILD.mkdir(parents=True, exist_ok=True)
    path = BUILD / "reach_map.html"
    path.write_text(later.interactive_map(), encoding="utf-8")
    page = browser.new_page()
    errors = _watch(page)
    page.goto(path.as_uri())
    page.wait_for_selector("#land path", state="attached")
    radios = page.locator("input[name=range]")
    last = radios.count() - 1
    assert page.locator("#env0.on").count() == 1
    radios.nth(last).check()
    assert page.locator(f"#env{last}.on").count() == 1 and page.locator("#env0.on").count() == 0
    assert page.locator("#now").inner_text().endswith("km)")
    xy = page.evaluate(INSIDE, "Japan")
    assert xy is not None
    page.mouse.move(*xy)
    tip = page.locator("#tip")
    tip.wait_for(state="visible", timeout=5000)
    text = tip.inner_text()
    page.screenshot(path=str(BUILD / "reach_map.png"), full_page=True)
    page.close()
    assert text.startswith("Japan") and "area within" in text and "people within" in text and "nearest" in text
    assert "100.0 %" in text  # every later estimate's longest range covers Japan
    assert errors == []


@pytest.mark.parametrize("nb", sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")), ids=lambda p: p.stem)
def test_results_page_of_each_notebook_opens_offline(browser, nb):
    """results/NAME.html as reproduce renders it (render_html of the committed notebook, whose outputs
    nbval shows a fresh run reproduces): drawn with the network off, nothing requested beyond the file."""
    import nbformat

    from analysis.study.reproduce import render_html

    pages = paths.ROOT / "build" / "pages"
    pages.mkdir(parents=True, exist_ok=True)
    path = pages / f"{nb.stem}.html"
    path.write_text(render_html(nbformat.read(nb, as_version=4)), encoding="utf-8")
    page = browser.new_page()
    errors = _watch(page)
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url) if not r.url.startswith(("file:", "data:")) else None)
    page.goto(path.as_uri(), wait_until="load")
    shown = page.evaluate("() => [document.querySelectorAll('.jp-Cell').length, "
                          "[...document.images].filter(i => !(i.complete && i.naturalWidth > 0)).length]")
    page.close()
    assert requested == [] and errors == []
    assert shown[0] == len(nbformat.read(nb, as_version=4).cells) and shown[1] == 0
