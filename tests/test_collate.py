import captures as C
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.errors import CollationError
from analysis.text.capture import parse_text
from analysis.text.collate import classify, collate, rebuild


def test_seeds_one_typographic_body_variant(seeds):
    c = collate(seeds)
    body = [v for v in c.variants if v.block == "body"]
    assert [(v.base_reading, v.witness_reading, v.category) for v in body] == [("U.S.-North", "U.S.North", "typography")]
    assert not [v for v in c.variants if v.category == "substantive"]


def test_seed_furniture_is_boilerplate(seeds):
    c = collate(seeds)
    furniture = {v.block: v.category for v in c.variants if v.block in ("banner", "share", "publication", "source_url")}
    assert furniture == dict.fromkeys(("banner", "share", "publication", "source_url"), "boilerplate")


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_seeds_lossless(seeds, order):
    ws = [seeds[i] for i in order]
    c = collate(ws)
    assert rebuild(ws[0].text, c.pairs[0].variants) == ws[1].text


def test_spans_point_at_readings(seeds):
    c = collate(seeds)
    texts = {w.id: w.text for w in seeds}
    for v in c.variants:
        assert texts[v.base][v.base_start:v.base_end] == v.base_reading
        assert texts[v.witness][v.witness_start:v.witness_end] == v.witness_reading


def test_three_witnesses(seeds):
    third = parse_text(seeds[0].text.replace("businesslike", "constructive"), id="third")
    c = collate([seeds[0], seeds[1], third])
    assert len(c.pairs) == 2
    sub = [v for v in c.variants if v.category == "substantive"]
    assert [(v.witness, v.base_reading, v.witness_reading) for v in sub] == [("third", "businesslike,", "constructive,")]
    for p, w in zip(c.pairs, c.witnesses[1:]):
        assert rebuild(seeds[0].text, p.variants) == w.text


@pytest.mark.parametrize("a, b, category", [
    ("U.S.-North", "U.S.North", "typography"),
    ("\u201cgood\u201d", '"good"', "typography"),
    ("Missile", "missile", "typography"),
    ("non-proliferation", "nonproliferation", "typography"),
    ("a  b", "a b", "whitespace"),
    ("\n\n", "\n", "whitespace"),
    ("businesslike", "cordial", "substantive"),
    ("1,000", "1,300", "substantive"),
])
def test_classify(a, b, category):
    assert classify(a, b) == category


def test_same_article_two_templates_more_similar_than_two_articles():
    md = parse_text(C.markdown_export(), id="md")
    page = parse_text(C.page_capture(), id="page")
    other = parse_text(C.OTHER_ARTICLE, id="other")
    same = collate([md, page])
    diff = collate([md, other])
    assert same.pairs[0].similarity > 0.95
    assert diff.pairs[0].similarity < 0.5
    assert same.pairs[0].related and not diff.pairs[0].related
    assert len(diff.variants) == 1 and diff.warnings
    assert rebuild(md.text, diff.variants) == other.text


def test_too_few_and_listing():
    md = parse_text(C.markdown_export(), id="md")
    with pytest.raises(CollationError, match="at least two"):
        collate([md])
    with pytest.raises(CollationError, match="listing"):
        collate([md, parse_text(C.LISTING, id="list")])
    with pytest.raises(CollationError, match="unique"):
        collate([md, md])


# -- lossless on random edits -------------------------------------------------------------

WORDS = st.sampled_from(["missile", "U.S.-North", "talks", "Pyongyang's", "1,000", "\u201cgood\u201d", "  ", "\n", "\n\n",
                         "Share this", "##", "- [Arms Control Today](#)", ".", ","])


@st.composite
def edited(draw, base):
    text = base
    for _ in range(draw(st.integers(0, 8))):
        pos = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["insert", "delete", "replace"]))
        if op == "insert":
            text = text[:pos] + draw(WORDS) + text[pos:]
        else:
            end = min(len(text), pos + draw(st.integers(1, 12)))
            text = text[:pos] + (draw(WORDS) if op == "replace" else "") + text[end:]
    return text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_rebuild_is_lossless_on_random_edits(seeds, data):
    base = seeds[data.draw(st.integers(0, 1))]
    text = data.draw(edited(base.text))
    if not text.strip():
        return
    other = parse_text(text, id="edited")
    if not other.is_article:
        return
    c = collate([base, other])
    assert rebuild(base.text, c.variants) == other.text
    for v in c.variants:
        assert base.text[v.base_start:v.base_end] == v.base_reading
        assert other.text[v.witness_start:v.witness_end] == v.witness_reading
