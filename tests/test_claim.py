"""The article's claim, measured at any range: tables, sentences and figure marks follow the range."""

import pytest

from analysis import figures
from analysis.study import article, claim


def test_verdict_sentences():
    (line,) = claim.verdict_sentences(claim.verdict(1000))
    assert line.startswith("At 1,000 km from North Korean territory: South Korea 100.0% of area (holds)")
    assert "Japan 82.9% of area (fails)" in line


def test_sentences_name_the_origin():
    site = "Tonghae Satellite Launching Ground"
    (line,) = claim.verdict_sentences(claim.verdict(1000, site), site)
    assert line.startswith(f"At 1,000 km from the {site}:")
    assert claim.origin_phrase("SYR") == "Syrian territory"


def test_threshold_is_an_argument():
    strict = claim.verdict(1300, nearly_all=0.9999)
    japan = strict[strict.country == "JPN"].set_index("measure")
    assert (japan.needed == 0.9999).all() and (japan.verdict == "fails").all()


@pytest.mark.parametrize("range_km", [1000, 1500])
def test_finding_follows_the_range(range_km):
    table = claim.verdict_table(range_km, 1300, origins_=[article.ORIGIN])
    text = " ".join(claim.finding(table, range_km, 1300))
    assert f"{range_km:,} km" in text
    other = ({1000, 1500} - {range_km}).pop()
    assert f"{other:,}" not in text


def test_curve_marks_follow_the_range():
    import matplotlib.pyplot as plt

    curves = claim.curves_table()
    fig = figures.coverage_curves(curves[curves.origin == article.ORIGIN], marks_km=[1300, 1500])
    marks = sorted({line.get_xdata()[0] for ax in fig.axes for line in ax.lines if line.get_linestyle() == "-"
                    and len(set(line.get_xdata())) == 1})
    plt.close(fig)
    assert marks == [1300, 1500]


def test_figures_leave_global_style_alone():
    import matplotlib as mpl

    before = mpl.rcParams["savefig.dpi"]
    with figures.style():
        assert mpl.rcParams["savefig.dpi"] == figures.STYLE["savefig.dpi"]
    assert mpl.rcParams["savefig.dpi"] == before


def test_outside_sentences_follow_the_range():
    far = claim.outside_table(1100)
    first, largest = claim.outside_sentences(far, 1100, 1300)
    assert first == f"{len(far)} places of 100,000+ people beyond 1,100 km; at 1,300 km: 0"
    assert largest.startswith("largest beyond range: Naha (1,286 km)")  # Tokyo is within 1,100 km


def test_the_readmes_state_the_extremes_the_code_measures():
    """The numbers the READMEs name are the ones the outlines give."""
    from analysis import geo, paths
    from analysis.study.article import HAWAII

    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    data_readme = (paths.DATA / "README.md").read_text(encoding="utf-8")
    extent = claim.extent_table().set_index("country")
    japan, korea = extent.loc["JPN", "farthest_km"], extent.loc["KOR", "farthest_km"]
    assert f"{japan:,.0f} km" in readme and f"{japan:,.0f} km" in data_readme
    assert f"{korea:,.0f} km" in readme
    assert "Minami-Torishima" in geo.point_name(extent.loc["JPN", "farthest_lat"], extent.loc["JPN", "farthest_lon"])
    hawaii = geo.reach(HAWAII, "PRK").extremes()
    assert f"{hawaii['nearest_km']:,.0f} km" in readme
    assert "Kure Atoll" in geo.point_name(hawaii["nearest_lat"], hawaii["nearest_lon"])
