"""The maps and the interactive page as a reader's browser shows them (headless Chromium,
driven by Playwright, as tests/test_lab.py does): every map the study draws and the
interactive page are screenshotted under build/figures/; the page loads from file://
with the network off, switches to another range and shows a country's tooltip, with no
error in the console.

The browser is the one `make browser` obtained; without one these tests fail, never skip.
"""


import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from test_figures import MAPS  # noqa: E402
from test_lab import chromium  # noqa: E402

from analysis import figures, paths  # noqa: E402
from analysis.study import later  # noqa: E402

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


@pytest.mark.parametrize("name", sorted(MAPS))
def test_each_map_renders_and_is_screenshotted(browser, name):
    BUILD.mkdir(parents=True, exist_ok=True)
    fig = MAPS[name]()
    svg = BUILD / f"{name}.svg"
    figures.save_figure(fig, svg, hashsalt="test")
    plt.close(fig)
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
