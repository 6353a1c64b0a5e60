import pytest

import captures as C
from analysis.errors import DocumentError
from analysis.witness import decode, load, parse_text


def spans_hold(w):
    for b in w.blocks:
        assert w.text[b.start:b.end] == b.text, (b.kind, b.start, b.end)
    starts = [b.start for b in w.blocks]
    assert starts == sorted(starts)
    for x, y in zip(w.blocks, w.blocks[1:]):
        assert x.end <= y.start, "blocks overlap"


def kinds(w):
    return [b.kind for b in w.blocks]


# -- the bundled witnesses ------------------------------------------------------------

def test_markdown_seed(markdown_seed):
    w = markdown_seed
    spans_hold(w)
    assert w.metadata["title"] == "U.S., North Korea Meet for Missile Discussions"
    assert w.metadata["periodical"] == "Arms Control Today"
    assert w.metadata["issue"] == "1997-06"
    assert w.metadata["source_url"].endswith("/act/1997-06/arms-control-today/us-north-korea-meet-missile-discussions")
    assert w.metadata["banner"] is None
    assert kinds(w) == ["title", "publication", "body", "body", "body", "source_url"]


def test_page_seed_banner_is_not_publication_date(page_seed):
    w = page_seed
    spans_hold(w)
    assert w.format == "page-capture"
    assert w.metadata["title"] == "U.S., North Korea Meet for Missile Discussions"
    assert w.metadata["banner"] == {
        "quote": "Your association has taken a significant role in fostering public awareness "
                 "of nuclear disarmament and has led to its advancement.",
        "author": "Kazi Matsui", "role": "Mayor of Hiroshima", "date": "June 2, 2022"}
    assert w.metadata["issue"] is None and w.metadata["dateline"] is None
    assert "June 2, 2022" not in {str(v) for k, v in w.metadata.items() if k != "banner"}
    assert kinds(w) == ["banner", "title", "share", "body", "body", "body"]


def test_same_body_in_both_seeds(markdown_seed, page_seed):
    assert len(markdown_seed.body.split()) == len(page_seed.body.split())
    assert markdown_seed.body.replace("U.S.-North", "U.S.North") == page_seed.body


# -- captures beyond the seeds ---------------------------------------------------------

def test_markdown_export_generic():
    w = parse_text(C.markdown_export())
    spans_hold(w)
    assert w.format == "markdown-export"
    assert w.metadata["title"] == C.TITLE
    assert w.metadata["issue"] == "2023-04"
    assert w.body == C.BODY


@pytest.mark.parametrize("case, kwargs, expect", [
    ("plain banner", {}, {"author": "Hans Blix", "role": "Former IAEA Director-General", "date": "March 3, 2021"}),
    ("menu lines first", {"before": ["Menu", "Search | Donate"]},
     {"author": "Hans Blix", "date": "March 3, 2021"}),
    ("several role lines", {"banner": C.BANNER[:2] + ["Former IAEA Director-General", "Senior Fellow, Stimson Center"] + C.BANNER[3:]},
     {"role": "Former IAEA Director-General; Senior Fellow, Stimson Center", "date": "March 3, 2021"}),
    ("no role", {"banner": C.BANNER[:2] + C.BANNER[3:]}, {"author": "Hans Blix", "role": None, "date": "March 3, 2021"}),
    ("no date", {"banner": C.BANNER[:3]}, {"author": "Hans Blix", "role": "Former IAEA Director-General", "date": None}),
    ("no name", {"banner": C.BANNER[:1]}, {"author": None, "role": None, "date": None}),
    ("name on the quote line", {"banner": [C.BANNER[0] + " \u2013 Hans Blix", "Former IAEA Director-General"]},
     {"author": "Hans Blix", "role": "Former IAEA Director-General"}),
    ("quote over two lines", {"banner": ["\u201cThe Association is an indispensable", "source of analysis.\u201d"] + C.BANNER[1:]},
     {"quote": "The Association is an indispensable source of analysis.", "author": "Hans Blix"}),
    ("topic line between banner and title", {"between": ["Arms Control Today"]}, {"date": "March 3, 2021"}),
    ("no share line", {"share": False}, {"author": "Hans Blix"}),
    ("title repeated", {"repeat_title": True}, {"author": "Hans Blix"}),
    ("single newlines", {"sep": "\n"}, {"author": "Hans Blix"}),
    ("dateline", {"after_title": ["April 2023"]}, {"date": "March 3, 2021"}),
    ("byline", {"after_title": ["By Daryl G. Kimball"]}, {"date": "March 3, 2021"}),
    ("navigation after", {"after": ["In the News", "Iran Expands Enrichment", "New START Data Exchange Missed"]}, {}),
])
def test_page_capture_variants(case, kwargs, expect):
    w = parse_text(C.page_capture(**kwargs))
    spans_hold(w)
    assert w.format == "page-capture", case
    assert w.metadata["title"] == C.TITLE, case
    assert w.body == C.BODY, case
    for key, value in expect.items():
        assert w.metadata["banner"][key] == value, (case, key)
    # the banner's date is never taken for the article's
    assert w.metadata["dateline"] != "March 3, 2021"


def test_page_capture_details():
    w = parse_text(C.page_capture(after_title=["April 2023", "By Daryl G. Kimball"]))
    assert w.metadata["dateline"] == "April 2023"
    assert w.metadata["byline"] == "By Daryl G. Kimball"
    w = parse_text(C.page_capture(repeat_title=True))
    assert kinds(w).count("title") == 1 and "title_repeat" in kinds(w)
    w = parse_text(C.page_capture(between=["Arms Control Today"]))
    assert "topic" in kinds(w)
    w = parse_text(C.page_capture(after=["In the News", "Iran Expands Enrichment"]))
    assert kinds(w)[-1] == "navigation"
    w = parse_text(C.page_capture(before=["Menu"]))
    assert kinds(w)[0] == "menu"


@pytest.mark.parametrize("title", [
    'Clinton: "No Deal" on Missiles Without Verification',
    "Talks Stall; Pyongyang Demands Compensation",
    "\u201cBusinesslike\u201d Talks in New York",
])
def test_titles_with_quotes_colons_semicolons(title):
    for text in (C.page_capture(title=title), C.markdown_export(title=title)):
        w = parse_text(text)
        spans_hold(w)
        assert w.metadata["title"] == title
        assert w.body == C.BODY


def test_plain_text_fallback():
    w = parse_text(C.TITLE + "\n\n" + C.BODY + "\n")
    assert w.format == "plain"
    assert w.metadata["title"] == C.TITLE
    assert w.body == C.BODY


def test_hard_wrapped_plain_text():
    import textwrap

    wrapped = "\n\n".join(textwrap.fill(p, 70) for p in C.PARAS)
    w = parse_text(C.TITLE + "\n\n" + wrapped)
    spans_hold(w)
    assert len(w.blocks_of("body")) == len(C.PARAS)


def test_opening_quote_in_body_is_not_a_banner():
    text = "\u201cWe will not yield,\u201d the minister said on Tuesday in a statement read to reporters.\n\n" + C.BODY
    w = parse_text(text)
    assert w.metadata["banner"] is None
    assert w.blocks_of("body")[0].text.startswith("\u201cWe will not yield")


def test_listing_page_is_recognised():
    w = parse_text(C.LISTING)
    assert w.format == "listing"
    assert not w.is_article


# -- encodings and line endings ---------------------------------------------------------

def test_bom_crlf_and_curly_punctuation(write):
    text = C.page_capture().replace("\n", "\r\n")
    w = load(write(b"\xef\xbb\xbf" + text.encode("utf-8")))
    spans_hold(w)
    assert w.encoding == "utf-8-sig"
    assert w.metadata["banner"]["author"] == "Hans Blix"
    assert w.body.replace("\r\n", "\n") == C.BODY


def test_utf16_with_bom_loads(write):
    w = load(write(C.markdown_export().encode("utf-16")))
    assert w.encoding == "utf-16" and w.metadata["issue"] == "2023-04"


@pytest.mark.parametrize("content, problem", [
    (b"", "is empty"),
    (b"  \n\t\r\n ", "only whitespace"),
    (bytes(range(256)) * 4, "NUL bytes"),
    (b"Title\x00\x00 body", "NUL bytes"),
    ("Caf\u00e9 talks in Gen\u00e8ve".encode("latin-1"), "is not UTF-8"),
    ("\u201cquoted\u201d".encode("cp1252"), "is not UTF-8"),
    (b"\x01\x02\x03\x04\x05\x06 text", "looks binary"),
])
def test_bad_content_names_file(write, content, problem):
    path = write(content, "bad.txt")
    with pytest.raises(DocumentError) as err:
        load(path)
    assert problem in str(err.value)
    assert "bad.txt" in str(err.value)


def test_missing_and_directory(tmp_path):
    with pytest.raises(DocumentError, match="no such file"):
        load(tmp_path / "nope.txt")
    with pytest.raises(DocumentError, match="is a directory"):
        load(tmp_path)


def test_decode_reports_offset():
    with pytest.raises(DocumentError, match=r"0xE9 at offset 3"):
        decode("Caf\u00e9".encode("latin-1"), "x.txt")
