"""Property tests: on arbitrary text the package raises only its own errors, every
span is valid, the collation rebuilds losslessly, and facts do not depend on line
endings or a byte-order mark."""

import captures as C
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.errors import AnalysisError
from analysis.extract.facts import extract, extract_text
from analysis.text.capture import decode, parse_text
from analysis.text.collate import collate, rebuild

PIECES = st.sampled_from([
    "“", "”", "\"", "– ", "## ", "- [Arms Control Today](#)", "Share this", "**Source URL:** <https://x/act/1997-06/y>",
    "June 11-13", "April 1996", "this summer", "1994", "about 1,000 kilometers", "500-kilogram", "U.S.-North",
    "Robert Einhorn", "Deputy Assistant Secretary of State", "Pyongyang", "North Korea", "Read more", "In the News",
    "\n", "\n\n", "\r\n", " ", ".", ",", ";", "more than a year after", "said", "was led by", "counterpart was",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=60).map("".join)
FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _valid(w):
    last = 0
    for b in w.blocks:
        assert w.text[b.start:b.end] == b.text
        assert b.start >= last and b.end >= b.start
        last = b.end


@FAST
@given(TEXT)
def test_loader_raises_only_its_own_errors_and_spans_hold(text):
    try:
        w = parse_text(text)
    except AnalysisError:
        return
    _valid(w)


@FAST
@given(st.binary(max_size=300))
def test_decode_raises_only_its_own_errors(data):
    try:
        text, _ = decode(data, "x.txt")
    except AnalysisError:
        return
    assert isinstance(text, str)


@FAST
@given(TEXT)
def test_extraction_raises_nothing_and_spans_hold(text):
    for m in extract_text(text, issue="1997-06"):
        assert text[m.start:m.end] == m.text


@FAST
@given(TEXT)
def test_collation_lossless_on_arbitrary_texts(text):
    base = parse_text(C.markdown_export(), id="base")
    try:
        other = parse_text(text, id="other")
        c = collate([base, other])
    except AnalysisError:
        return
    assert rebuild(base.text, c.variants) == other.text


def _signature(mentions):
    return sorted((m.kind, m.text.replace("\r\n", "\n"), repr(sorted(m.value.items()))) for m in mentions)


@FAST
@given(TEXT)
def test_extraction_invariant_under_line_endings(text):
    crlf = text.replace("\r\n", "\n").replace("\n", "\r\n")
    lf = text.replace("\r\n", "\n")
    assert _signature(extract_text(lf, issue="1997-06")) == _signature(extract_text(crlf, issue="1997-06"))


def test_seed_facts_invariant_under_crlf_and_bom(seeds):
    for w in seeds:
        data = w.text.encode("utf-8")
        variants = [data.replace(b"\n", b"\r\n"), b"\xef\xbb\xbf" + data, b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n")]
        ref = _signature(extract(w, "1997-06"))
        for raw in variants:
            text, _ = decode(raw, "x")
            other = parse_text(text, id=w.id)
            assert _signature(extract(other, "1997-06")) == ref


def test_a_currency_sign_at_a_lines_end_is_no_sum_in_either_line_ending():
    # found by test_extraction_invariant_under_line_endings: "£\n1994" was a sum, "£\r\n1994" not
    for text in ("£\n1994", "£\r\n1994"):
        assert [m.kind for m in extract_text(text, issue="1997-06")] == ["date"]
