import json
import os
import subprocess
import sys
from pathlib import Path

import captures as C
import pytest

from analysis.errors import DocumentError
from analysis.text.capture import decode, load, parse_text


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
    assert w.metadata.title == "U.S., North Korea Meet for Missile Discussions"
    assert w.metadata.periodical == "Arms Control Today"
    assert w.metadata.issue == "1997-06"
    assert w.metadata.source_url.endswith("/act/1997-06/arms-control-today/us-north-korea-meet-missile-discussions")
    assert w.metadata.banner is None
    assert kinds(w) == ["title", "publication", "body", "body", "body", "source_url"]


def test_page_seed_banner_is_not_publication_date(page_seed):
    w = page_seed
    spans_hold(w)
    assert w.format == "page-capture"
    assert w.metadata.title == "U.S., North Korea Meet for Missile Discussions"
    assert w.metadata.banner == {
        "quote": "Your association has taken a significant role in fostering public awareness "
                 "of nuclear disarmament and has led to its advancement.",
        "author": "Kazi Matsui", "role": "Mayor of Hiroshima", "date": "June 2, 2022"}
    assert w.metadata.issue is None and w.metadata.dateline is None
    assert "June 2, 2022" not in {str(v) for k, v in w.metadata.as_dict().items() if k != "banner"}
    assert kinds(w) == ["banner", "title", "share", "body", "body", "body"]


def test_same_body_in_both_seeds(markdown_seed, page_seed):
    assert len(markdown_seed.body.split()) == len(page_seed.body.split())
    assert markdown_seed.body.replace("U.S.-North", "U.S.North") == page_seed.body


# -- captures beyond the seeds ---------------------------------------------------------

def test_markdown_export_generic():
    w = parse_text(C.markdown_export())
    spans_hold(w)
    assert w.format == "markdown-export"
    assert w.metadata.title == C.TITLE
    assert w.metadata.issue == "2023-04"
    assert w.body == C.BODY


@pytest.mark.parametrize("case, kwargs, expect", [
    ("plain banner", {}, {"author": "Kazi Matsui", "role": "Mayor of Hiroshima", "date": "June 2, 2022"}),
    ("menu lines first", {"before": ["Menu", "Search | Donate"]},
     {"author": "Kazi Matsui", "date": "June 2, 2022"}),
    ("several role lines", {"banner": C.BANNER[:2] + ["Mayor of Hiroshima", "President of Mayors for Peace"] + C.BANNER[3:]},
     {"role": "Mayor of Hiroshima; President of Mayors for Peace", "date": "June 2, 2022"}),
    ("no role", {"banner": C.BANNER[:2] + C.BANNER[3:]}, {"author": "Kazi Matsui", "role": None, "date": "June 2, 2022"}),
    ("no date", {"banner": C.BANNER[:3]}, {"author": "Kazi Matsui", "role": "Mayor of Hiroshima", "date": None}),
    ("no name", {"banner": C.BANNER[:1]}, {"author": None, "role": None, "date": None}),
    ("date on the name's line", {"banner": [C.BANNER[0], "\u2014Kazi Matsui, June 2, 2022"]},
     {"author": "Kazi Matsui", "role": None, "date": "June 2, 2022"}),
    ("name on the quote line", {"banner": [C.BANNER[0] + " \u2013 Kazi Matsui", "Mayor of Hiroshima"]},
     {"author": "Kazi Matsui", "role": "Mayor of Hiroshima"}),
    ("quote over two lines", {"banner": ["\u201cYour association has taken a significant role in fostering public awareness",
                               "of nuclear disarmament and has led to its advancement.\u201d"] + C.BANNER[1:]},
     {"quote": "Your association has taken a significant role in fostering public awareness of nuclear disarmament "
                "and has led to its advancement.", "author": "Kazi Matsui"}),
    ("topic line between banner and title", {"between": ["Arms Control Today"]}, {"date": "June 2, 2022"}),
    ("no share line", {"share": False}, {"author": "Kazi Matsui"}),
    ("title repeated", {"repeat_title": True}, {"author": "Kazi Matsui"}),
    ("single newlines", {"sep": "\n"}, {"author": "Kazi Matsui"}),
    ("dateline", {"after_title": ["April 2023"]}, {"date": "June 2, 2022"}),
    ("byline", {"after_title": ["By Daryl G. Kimball"]}, {"date": "June 2, 2022"}),
    ("navigation after", {"after": ["In the News", "Iran Expands Enrichment", "New START Data Exchange Missed"]}, {}),
])
def test_page_capture_variants(case, kwargs, expect):
    w = parse_text(C.page_capture(**kwargs))
    spans_hold(w)
    assert w.format == "page-capture", case
    assert w.metadata.title == C.TITLE, case
    assert w.body == C.BODY, case
    for key, value in expect.items():
        assert w.metadata.banner[key] == value, (case, key)
    # the banner's date is never taken for the article's
    assert w.metadata.dateline != "June 2, 2022"


def test_page_capture_details():
    w = parse_text(C.page_capture(after_title=["April 2023", "By Daryl G. Kimball"]))
    assert w.metadata.dateline == "April 2023"
    assert w.metadata.byline == "By Daryl G. Kimball"
    w = parse_text(C.page_capture(repeat_title=True))
    assert kinds(w).count("title") == 1 and "title_repeat" in kinds(w)
    w = parse_text(C.page_capture(between=["Arms Control Today"]))
    assert "topic" in kinds(w)
    w = parse_text(C.page_capture(after=["In the News", "Iran Expands Enrichment"]))
    assert kinds(w)[-1] == "navigation"
    w = parse_text(C.page_capture(before=["Menu"]))
    assert kinds(w)[0] == "menu"


@pytest.mark.parametrize("title", [
    'Negotiators: "No Deal" on Missiles Without Verification',
    "Talks Stall; Pyongyang Demands Compensation",
    "\u201cBusinesslike\u201d Talks in New York",
])
def test_titles_with_quotes_colons_semicolons(title):
    for text in (C.page_capture(title=title), C.markdown_export(title=title)):
        w = parse_text(text)
        spans_hold(w)
        assert w.metadata.title == title
        assert w.body == C.BODY


def test_plain_text_fallback():
    w = parse_text(C.TITLE + "\n\n" + C.BODY + "\n")
    assert w.format == "plain"
    assert w.metadata.title == C.TITLE
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
    assert w.metadata.banner is None
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
    assert w.metadata.banner["author"] == "Kazi Matsui"
    assert w.body.replace("\r\n", "\n") == C.BODY


def test_utf16_with_bom_loads(write):
    w = load(write(C.markdown_export().encode("utf-16")))
    assert w.encoding == "utf-16" and w.metadata.issue == "2023-04"


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


# -- the site's templates (tests/captures: captures written for the project, with gold JSON) ---

CAPTURES = Path(__file__).parent / "captures"


def test_every_fixture_field_at_100_percent():
    from analysis.evaluate import evaluate_loader, field_accuracy

    rows = evaluate_loader(CAPTURES)
    wrong = [(r["capture"], r["field"], r["expected"], r["found"]) for r in rows if not r["correct"]]
    assert not wrong
    fields = {t["field"]: t for t in field_accuracy(rows)}
    assert set(fields) >= {"format", "title", "banner_author", "banner_role", "banner_date", "issue", "section",
                           "authors", "body_start", "entries"}
    assert all(t["accuracy"] == 1.0 for t in fields.values())
    assert len({r["capture"] for r in rows}) >= 26


def test_evaluate_command_prints_accuracy_per_field():
    proc = subprocess.run([sys.executable, "-m", "analysis", "evaluate", str(CAPTURES)], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "title" in proc.stdout and "100.0%" in proc.stdout and "wrong:" not in proc.stdout


def test_evaluate_reports_a_wrong_gold(tmp_path):
    from analysis.evaluate import evaluate_loader, field_accuracy

    (tmp_path / "a.txt").write_text(C.page_capture(), encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"title": "Another Title", "banner": {"author": "Kazi Matsui"}}))
    table = {t["field"]: t for t in field_accuracy(evaluate_loader(tmp_path))}
    assert table["title"]["accuracy"] == 0.0 and table["banner_author"]["accuracy"] == 1.0


def test_same_article_in_two_templates_is_closer_than_different_articles():
    from analysis.text.collate import collate

    ws = [load(CAPTURES / f"{n}.txt") for n in ("md-news-1998", "page22-pakistan", "page22-news", "blog-2021")]
    sims = {p.witness: p.similarity for p in collate(ws).pairs}
    assert sims["page22-pakistan"] > max(sims["page22-news"], sims["blog-2021"])


@pytest.mark.parametrize("line, issue", [
    ("June/July 1998", "1998-06/1998-07"),
    ("July/August 2016", "2016-07/2016-08"),
    ("Jan./Feb. 2005", "2005-01/2005-02"),
    ("May 2012 - Vol. 42 Issue 4", "2012-05"),
    ("Winter 1998/99", "1998-12/1999-02"),
    ("April 2023", "2023-04"),
])
def test_issue_line_without_url(line, issue):
    w = parse_text(C.page_capture(after_title=[line]))
    assert w.metadata.issue == issue and w.metadata.dateline == line


def test_bylines_name_every_author():
    w = parse_text(C.page_capture(after_title=["By Paul Kerr, Peter Crail, and Wade Boese"]))
    assert w.metadata.authors == ["Paul Kerr", "Peter Crail", "Wade Boese"]
    w = parse_text(C.page_capture(after_title=["By Daryl G. Kimball, Executive Director"]))
    assert w.metadata.authors == ["Daryl G. Kimball"]
    w = parse_text(C.page_capture(after_title=["Miles A. Pomper"]))
    assert w.metadata.authors == ["Miles A. Pomper"] and "author" in kinds(w)


def test_section_line():
    w = parse_text(C.page_capture(after_title=["Arms Control NOW"]))
    assert w.metadata.section == "Arms Control NOW" and w.body == C.BODY


def test_only_a_heading_marker_is_no_title_and_no_body():
    w = parse_text("## ")
    assert w.metadata.title is None and not w.blocks_of("body")
    assert w.warnings and "no article body" in w.warnings[0]


# -- files that are not regular files ------------------------------------------------------

def _inspect(path, seconds=20):
    return subprocess.run([sys.executable, "-m", "analysis", "inspect", str(path)], capture_output=True,
                          text=True, timeout=seconds)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_endless_devices_are_refused_at_once(device):
    proc = _inspect(device)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"error: {device}: is a character device, not a regular file"


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "capture.txt"
    os.mkfifo(fifo)
    proc = _inspect(fifo)
    assert proc.returncode == 2
    assert proc.stderr.strip().endswith("capture.txt: is a named pipe (FIFO), not a regular file")
    assert len(proc.stderr.strip().splitlines()) == 1


def test_read_is_bounded_where_stat_reports_zero(monkeypatch):
    import analysis.text.capture as W

    proc_file = Path("/proc/self/maps")  # a regular file whose stat size is 0
    assert proc_file.stat().st_size == 0
    monkeypatch.setattr(W, "MAX_BYTES", 64)
    with pytest.raises(DocumentError, match="is larger than"):
        W.read_bytes(proc_file)


def test_no_function_in_the_loader_above_complexity_15():
    from analysis import text

    proc = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--select", "C901",
                           "--config", "lint.mccabe.max-complexity=15", str(Path(text.__file__).parent)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_weekday_dates_are_day_dates_not_issues():
    from analysis.text.shapes import day_date, issue_date

    assert day_date("Friday, March 31, 2000")["start"] == "2000-03-31"
    assert issue_date("Friday, March 31, 2000") is None
    assert issue_date("June/July 1998")["end"] == "1998-07"


def _fields(w):
    b = w.metadata.banner or {}
    return (w.metadata.title, b.get("author"), b.get("date"), w.body.split()[:8], w.metadata.authors)


_ARTICLES = sorted(p.stem for p in CAPTURES.glob("*.txt")
                   if json.loads(p.with_suffix(".json").read_text(encoding="utf-8"))["format"] == "page-capture")


@pytest.mark.parametrize("name", _ARTICLES)
@pytest.mark.parametrize("change", ["menu above", "sidebar below", "crlf", "bom"])
def test_site_furniture_does_not_move_the_fields(name, change):
    """What the templates add around an article (a menu, a sidebar, Windows line ends, a
    byte-order mark) leaves title, banner, body start and authors where they were."""
    text = (CAPTURES / f"{name}.txt").read_text(encoding="utf-8")
    changed = {
        "menu above": lambda t: "Login/Logout\n\n*\n*  \n" + t if not t.startswith("Login") else "My Account\n" + t,
        "sidebar below": lambda t: t.rstrip("\n") + "\n\nCountry Resources\nNorth Korea\nIran\n"
                                   "Subject Resources\nA short list of further reading on the subject of this article.\n",
        "crlf": lambda t: t.replace("\n", "\r\n"),
        "bom": lambda t: "\ufeff" + t,
    }[change](text)
    before, after = parse_text(text), parse_text(changed)
    assert _fields(after) == _fields(before)
    spans_hold(after)


# -- tests/captures/second: the structures of issue 20 (newly written fixtures with gold) ----------

SECOND = CAPTURES / "second"


def test_second_fixtures_right_on_every_field():
    from analysis.evaluate import evaluate_loader

    wrong = {(Path(r["capture"]).stem, r["field"]) for r in evaluate_loader(SECOND) if not r["correct"]}
    assert not wrong, wrong


def test_a_teaser_cut_with_an_ellipsis_then_the_authors_name_then_the_full_text():
    w = load(SECOND / "topic-teaser-name.txt")
    assert w.metadata.authors == ["Tomas Brandt"] and len(w.blocks_of("dek")) == 1
    assert not w.blocks_of("body")[0].text.endswith("...")
    # without the repetition the cut paragraph is body text, and the name line is not taken as the author
    w = parse_text("## A Title\n\nThe council met for a day and then...\n\nAnna Weber\n\nOther words came next here.\n")
    assert w.metadata.authors == [] and not w.blocks_of("dek")


def test_a_listing_teaser_wrapped_onto_a_second_line_is_the_entrys_words_not_its_title():
    w = load(SECOND / "listing-no-title.txt")
    last = w.metadata.entries[-1]
    assert last["title"] is None and last["words"].startswith("Parliament approved a bill")


def test_a_short_exclamation_is_a_title_and_page_fields_are_labels():
    w = load(SECOND / "action-thanks.txt")
    assert w.metadata.title == "Thank you for showing your support!"
    w = parse_text(C.page_capture(after_title=["Updated: January 2018", "Contact: A. Person, (202) 555-0100"]))
    assert w.metadata.title == C.TITLE and kinds(w).count("label") == 2


def test_a_capture_beginning_mid_text_has_no_title_and_says_so():
    w = load(SECOND / "midtext-sentence.txt")
    assert w.metadata.title is None and "begins mid-sentence" in w.warnings[0]
    w = load(SECOND / "midtext-paragraph.txt")
    assert w.metadata.title is None and w.warnings[0].startswith("no title")


def test_a_listings_dates_are_never_the_banners_date():
    for name in ("listing-banner-nodate", "listing-no-title"):
        w = load(SECOND / f"{name}.txt")
        dates = {e["date"] for e in w.metadata.entries}
        assert w.format == "listing" and w.metadata.banner["date"] not in dates, name
    assert load(SECOND / "listing-banner-nodate.txt").metadata.banner["date"] is None


def test_month_dated_bullets_make_a_listing_titled_by_its_first_standing_line():
    w = load(SECOND / "listing-month-dates.txt")
    assert w.format == "listing" and w.metadata.title == "Inside the Association"
    assert [e["date"] for e in w.metadata.entries] == ["August 2023", "June 2023"] and w.metadata.issue is None


def test_a_bullets_section_line_is_no_entry_title_and_a_byline_can_be_its_words():
    entries = load(SECOND / "listing-old-chrome.txt").metadata.entries
    assert [e["title"] for e in entries] == [None, None, None]
    assert entries[1]["words"] == "Interviewed by Karin Solberg"


def test_citation_rows_are_a_listing_and_the_column_names_no_title():
    w = load(SECOND / "media-citations-table.txt")
    assert w.format == "listing" and w.metadata.title == "The Arms Control Association in the News"
    assert w.metadata.banner["role"] == "Correspondent, Northern Wire Service"
    assert [e["date"] for e in w.metadata.entries] == ["March 8, 2021", "March 4, 2021", "March 1, 2021"]
    w = load(SECOND / "citations-one-row.txt")
    assert w.format == "listing" and w.metadata.title == "Harbor Gazette, The"


def test_a_book_credit_without_by_opens_the_review_at_the_books_title():
    w = load(SECOND / "book-note-credit.txt")
    assert w.body.startswith("Quiet Labs:") and w.metadata.title == "Books of Note"


def test_a_page_of_several_briefs_starts_at_the_first_brief_and_has_no_page_author():
    w = load(SECOND / "news-briefs-page.txt")
    assert w.metadata.title == "News Briefs" and w.metadata.authors == []
    assert w.body.startswith("Broker Extradited") and "Council Extends Inspection Mandate" in w.body
    # one title, author and text is an article with its author
    w = parse_text("## A Title\n\nTalks resume in the capital\n\nAnna Weber\n\nThe council met for a day and agreed on a text.\n")
    assert w.metadata.authors == ["Anna Weber"]


def test_a_fact_sheets_category_line_is_not_its_title():
    w = load(SECOND / "fact-sheet.txt")
    assert w.metadata.title == "Chronology of a Missile Program" and w.metadata.issue is None


def test_a_listing_pages_name_as_the_first_line_then_text_is_a_listing_but_not_above_an_articles_title():
    w = load(SECOND / "listing-named-undated.txt")
    assert w.format == "listing" and w.metadata.title == "Events and Remarks" and not w.blocks_of("body")
    # an article filed in that section prints its own title after the name: still an article
    w = parse_text("Press Room\nCouncil Delays the Vote on Inspections\n"
                   "The council put off its vote on the inspection plan until the spring session.\n"
                   "Members said they needed more time to study the costs.\n")
    assert w.format != "listing" and w.metadata.title == "Council Delays the Vote on Inspections"


def test_the_capitals_heading_above_a_press_rooms_entries_makes_a_listing_of_few_dates():
    w = load(SECOND / "listing-latest-heading.txt")
    assert w.format == "listing" and [e["date"] for e in w.metadata.entries] == [
        "May 4, 2016", "April 19, 2016", "March 2, 2016"]


def test_a_digest_dated_in_its_title_starts_its_body_at_the_first_items_heading():
    w = load(SECOND / "digest-dated-title.txt")
    assert w.blocks_of("body")[0].text == "Stations Record a Small Event Near the Border"
    # without a day in the title the headline-shaped line after the section is a subtitle
    w = parse_text("The Test Ban Monitoring Update\n\nArms Control NOW\n\nStations Record a Small Event\n\n"
                   "Seismic stations in three countries recorded a small event near the border on Monday.\n")
    assert w.blocks_of("body")[0].text.startswith("Seismic stations") and w.blocks_of("dek")


def test_a_title_wrapped_after_a_comma_is_one_title_and_one_span():
    w = load(SECOND / "title-wrapped-comma.txt")
    (t,) = w.blocks_of("title")
    assert w.metadata.title == "Verification After the Treaty: Monitoring, Inspection and Trust"
    assert w.text[t.start:t.end] == t.text and t.text.startswith("Verification") and t.text.endswith("Trust")
    # a line of its own (a blank line between) is not the title's first half
    w = parse_text("Notes, \n\nThe Second Line Title\nShare this\n\nThe text of the page begins with this sentence.\n")
    assert w.metadata.title != "Notes, The Second Line Title"


def test_a_question_title_above_a_blogs_column_name_is_the_title_not_a_banner_role():
    w = load(SECOND / "blog-question-title.txt")
    assert w.metadata.title.endswith("Lapses?") and w.metadata.section == "Arms Control NOW"
    assert w.metadata.banner["role"] == "Senior Analyst, Baltic Verification Project"
    # a single office line before the column name stays the banner's role (a page with no title of its own)
    w = parse_text('"Steady, careful work on every treaty."\n\n– Ana Ruiz\nSenior Analyst, Verification Institute\n\n'
                   "Arms Control NOW\n\nThis month we look at three ways to count the warheads that remain.\n")
    assert w.metadata.banner["role"] == "Senior Analyst, Verification Institute"


def test_a_share_line_with_its_icons_label_run_in_is_no_title():
    w = load(SECOND / "share-run-in.txt")
    assert w.metadata.title == "Chronology of the Reactor Talks" and kinds(w).count("share") == 1
    # a title that begins with the word is still the title
    w = parse_text("Share the Burden of Verification\n\nThe council met for a day and agreed on a text.\n")
    assert w.metadata.title == "Share the Burden of Verification"


def test_a_long_exclamation_in_title_case_is_a_title_but_not_one_in_sentence_case():
    w = load(SECOND / "exclamation-title-long.txt")
    assert w.metadata.title == "Cast Your Vote for the 2031 Verification Award Winners!"
    w = parse_text("We finally got the whole committee to agree on the budget this week!\n\n"
                   "The council met for a day and agreed on a text that all members could sign.\n")
    assert w.metadata.title != "We finally got the whole committee to agree on the budget this week!"


def test_titles_over_teasers_cut_with_an_ellipsis_or_bylines_over_dates_are_a_listings_entries():
    w = load(SECOND / "listing-titled-teasers.txt")
    assert w.format == "listing" and w.metadata.title == "Staff Commentary" and not w.blocks_of("body")
    assert [e["title"] for e in w.metadata.entries] == ["Why the Monitoring Stations Need Steady Money",
                                                        "A Quiet Agreement Worth Keeping"]
    w = load(SECOND / "listing-bylines-dated.txt")
    assert w.format == "listing" and [e["date"] for e in w.metadata.entries] == ["March 3, 2029", "February 20, 2029"]
    # an article with subheadings: its paragraphs end sentences, and one byline over a date is its own
    w = parse_text("Staff Commentary\n\nBy Ruth Okafor\nMarch 3, 2029\n\nWhy the hotline matters\n\n"
                   "The dispute over the launch notices is a dispute over trust, and it will not end soon.\n\n"
                   "A Quiet Agreement\n\nThe pact that limits launches near the coast has never made headlines.\n")
    assert w.format != "listing" and w.metadata.authors == ["Ruth Okafor"]
    assert w.body.startswith("The dispute over the launch notices")


def test_a_capture_beginning_mid_list_is_a_listing_without_a_title():
    for name in ("listing-run-titles", "listing-run-month"):
        w = load(SECOND / f"{name}.txt")
        assert w.format == "listing" and w.metadata.title is None and not w.blocks_of("body"), name
    entries = load(SECOND / "listing-run-titles.txt").metadata.entries
    assert entries[0]["title"] == "Inspectors Return to the Northern Enrichment Hall" and entries[0]["words"].startswith("Talks")
    # an article in the same single-newline form: its paragraphs run longer than teasers, so a
    # subheading among them does not make it a list
    para = ("The delegations met for three days in the old conference hall and agreed on little beyond the "
            "date of the next round. Officials on both sides said the mood was better than the outcome. ")
    w = parse_text(f"Talks End Without a Text\n{para}\n{para}\nWhat Comes Next\n{para}\n{para}\n{para}\n")
    assert w.format != "listing" and w.metadata.title == "Talks End Without a Text"
    # nor do short one-sentence paragraphs with no entry title after them and no cut teaser
    w = load(SECOND / "midtext-sentence.txt")
    assert w.format == "plain" and w.blocks_of("body")


def test_the_sites_own_name_standing_over_a_listing_is_its_title_unless_a_page_name_follows():
    w = load(SECOND / "listing-site-term.txt")
    assert w.format == "listing" and w.metadata.title == "Arms Control Association"
    w = parse_text("Arms Control Association\n\nPress Room\n\nOur releases are listed below.\n\n"
                   "Authored by on May 9, 2030\n\nAuthored by on May 2, 2030\n")
    assert w.format == "listing" and w.metadata.title == "Press Room"


def test_two_short_sentences_are_text_but_one_short_line_is_a_caption():
    w = load(SECOND / "two-short-sentences.txt")
    assert w.body.startswith("Right, everyone.") and not w.blocks_of("caption")
    long = ("The nights are long, the committee has gone home, and the list of people who made weapons "
            "easier to count this year is longer than ever.")
    w = parse_text(f"## Talks Open\n\nDelegates arrive at the hall in Vienna on Monday.\n\n{long}\n\n{long}\n")
    assert w.blocks_of("caption") and w.body.startswith("The nights are long")


def test_a_title_case_subtitle_ending_in_a_colon_is_no_text():
    w = load(SECOND / "event-colon-subtitle.txt")
    assert w.body.startswith("What will the coming summit mean") and w.metadata.title.endswith("Inspections")
    # a sentence ending in a colon over short lines is the text's start
    w = parse_text("Treaty Talks Resume\nShare this\n\nThe draft the ministers approved has three parts:\n"
                   "A freeze on launches\nA data exchange\n")
    assert w.body.startswith("The draft the ministers approved")


def test_a_press_releases_end_mark_is_no_markdown_heading():
    w = load(SECOND / "press-end-mark.txt")
    assert w.format == "page-capture" and w.metadata.title == "Coastal Monitoring Network Report Now Online"
    assert w.body.endswith("paid their arrears on time.") and "# # #" not in w.body
    # a markdown heading keeps its hash marks and text: still a markdown export
    w = parse_text("## Report Now Online\n\nThe report on the network shows that three stations were silent.\n")
    assert w.format == "markdown-export" and w.metadata.title == "Report Now Online"


def test_an_editions_field_lines_before_the_title_do_not_hide_it():
    w = load(SECOND / "edition-fields-first.txt")
    assert w.metadata.title == "Aftershocks of a Failed Launch: What the Debris Tells Us"
    assert w.metadata.issue == "2031-04" and w.body.startswith("The rocket that broke apart")
    assert "Edition Date:" in [b.text for b in w.blocks_of("label")]
    # without a field label, an issue line and a date over a short line are no edition's fields:
    # the short line stays untitled text, as before
    w = parse_text("April 2031\n\nTuesday, April 1, 2031\n\nAftershocks of a Failed Launch\n\n"
                   "The rocket that broke apart over the sea last month carried more than a satellite.\n")
    assert w.metadata.title is None


def test_the_sites_own_name_right_after_a_banner_is_the_listings_title():
    w = load(SECOND / "listing-site-term-banner.txt")
    assert w.format == "listing" and w.metadata.title == "Arms Control Association"
    assert w.metadata.banner["date"] == "June 3, 2026"
    # a page name after the site's name is the listing's title, banner or not
    w = parse_text('"The briefings are the first thing my office reads."\n\n– Rosa Villanueva\nVisiting Scholar\n'
                   "June 3, 2026\nArms Control Association\n\nPress Room\n\nOur releases are listed below.\n\n"
                   "Authored by on May 9, 2030\n\nAuthored by on May 2, 2030\n")
    assert w.format == "listing" and w.metadata.title == "Press Room"


def test_a_range_of_two_day_dates_is_no_title():
    from analysis import dates  # only this test reads a date on its own
    from analysis.evaluate import found_value  # the evaluator's reading of a body's first words
    w = load(SECOND / "bib-date-range.txt")
    assert w.metadata.title == "Reading List for May 2029" and w.metadata.dateline == "April 12 - May 12, 2029"
    assert dates.parse("April 12 - May 12, 2029") == {"start": "2029-04-12", "end": "2029-05-12", "precision": "day"}
    # a list marker before the first entry is no word of the body's start; a number after a dash is one
    assert found_value(w, "body_start", {"body_start": "Lindqvist, Marcus."}) == "Lindqvist, Marcus."
    w = parse_text("Cold Night\n\n-30 degrees was the lowest reading at the station that winter.\n")
    assert found_value(w, "body_start", {"body_start": "-30 degrees"}) == "-30 degrees"
    # a range that runs backwards is no date, and stays a title-shaped line
    assert dates.parse("May 12 - April 12, 2029") is None


def test_a_line_printed_twice_at_the_top_is_the_title():
    w = load(SECOND / "title-printed-twice.txt")
    assert w.metadata.title == "Harbor Talks: Closing the Gaps in the Coastal Accord"
    assert w.blocks_of("title_repeat") and w.body.startswith("On the first of next month")
    # two different title-shaped lines: the last before the text is the title, as before
    w = parse_text("Coastal Accord Archive\n\nWhy the Harbor Talks Matter Now\n\n"
                   "On the first of next month, delegations from the eleven coastal states will meet.\n")
    assert w.metadata.title == "Why the Harbor Talks Matter Now"


def test_an_events_subtitle_wrapped_after_a_colon_is_no_title():
    w = load(SECOND / "event-subtitle-no-share.txt")
    assert w.metadata.title == "2031 Members' Spring Conference"
    assert w.body.startswith("This year's spring conference")
    # with no title line above it, the subtitle's second half is still the only title candidate
    w = parse_text("Old Treaties, New Tools:\nSatellites and the Future of Verification\n\n"
                   "This year's conference brought members together to ask hard questions.\n")
    assert w.metadata.title == "Satellites and the Future of Verification"


def test_an_editors_note_opening_the_text_is_the_bodys_start():
    w = load(SECOND / "blog-editors-note.txt")
    assert w.body.startswith("This essay originally appeared in the Evening Ledger") and not w.blocks_of("caption")
    w = parse_text("Report on the Coastal Inspections\n\nBy Noor Haddad\n\n"
                   "NOTE: For a longer account of the inspectors' findings, see the full report\n\n"
                   "The report released today adds troubling details about the two harbors the inspectors could not enter.\n")
    assert w.body.startswith("NOTE: For a longer account")
    # counter-case: a short line describing a picture over a longer paragraph stays a photo caption
    w = parse_text("Three Ways to Keep the Accord Alive\n\nAn unarmed patrol boat at its mooring.\n\n"
                   "Unless the two navies settle their quarrel over patrol zones before the summer, the accord "
                   "that has kept their ships apart for twenty years will lapse.\n")
    assert [b.text for b in w.blocks_of("caption")] == ["An unarmed patrol boat at its mooring."]
    assert w.body.startswith("Unless the two navies")


def test_an_events_title_printed_again_wrapped_after_its_colon_is_the_title():
    from analysis.text.shapes import day_date  # only this test reads a date line on its own
    w = load(SECOND / "event-title-repeated-wrapped.txt")
    assert w.metadata.title == "Open Skies at Sea: A Workshop on Drone Patrol Verification"
    assert w.metadata.dateline == "Tuesday, June 3rd, 2031"  # an ordinal day is a day-date, no title
    assert w.body.startswith("The Harbor Institute and the Northern Council")
    assert day_date("October 12th, 2018")["start"] == "2018-10-12" and day_date("The 12th Annual Meeting") is None
    # counter-case: two lines that do not repeat an earlier one; the last title-shaped line before the date stays the title
    w = parse_text("The Harbor Security Forum\n\nOpen Skies at Sea:\nA Workshop on Drone Patrol Verification\n\n"
                   "Tuesday, June 3rd, 2031\n\nThe Harbor Institute invites members and guests to a hands-on workshop.\n")
    assert w.metadata.title == "A Workshop on Drone Patrol Verification"


def test_a_dated_update_note_opening_the_text_is_the_bodys_start():
    w = load(SECOND / "blog-update-note.txt")
    assert w.body.startswith("(Updated March 4, 2031 to reflect")
    assert [b.text[:22] for b in w.blocks_of("caption")] == ["Sailors inspecting a d"]  # the run-in caption stays one
    # counter-cases: a photo credit in parentheses stays a caption; a fact sheet's "Updated:" field stays a label
    w = parse_text("The Second Harbor Incident\n\n(Photo by Ilse Brandt/Harbor Institute)\n\n"
                   "The coast guard says a second unarmed drone crossed into the closed patrol zone overnight.\n")
    assert w.blocks_of("caption") and w.body.startswith("The coast guard says")
    w = parse_text("Coastal Accord at a Glance\n\nUpdated: March 2031\n\n"
                   "The coastal accord limits the patrols of the two navies to agreed zones.\n")
    assert [b.text for b in w.blocks_of("label")] == ["Updated: March 2031"] and w.body.startswith("The coastal accord")


def test_a_note_on_the_media_a_page_carries_is_no_title():
    w = load(SECOND / "release-media-note.txt")
    assert w.metadata.title is None and w.body.startswith("(Valletta, Malta)--Delegations")
    # counter-case: a title line above the note stays the title, and a title that merely begins with "Including" is one
    w = parse_text("Coastal Talks End Without a Deal\nIncludes Audio from the June 2 Briefing\n"
                   "For Immediate Release: June 2, 2031\n(Valletta)--Delegations ended a week of talks today without a deal.\n")
    assert w.metadata.title == "Coastal Talks End Without a Deal"
    w = parse_text("Including the Navies in the Accord\n\nDelegations from the eleven coastal states ended a week of talks today.\n")
    assert w.metadata.title == "Including the Navies in the Accord"


def test_a_line_of_several_names_under_the_title_is_the_authors():
    w = load(SECOND / "feature-author-list.txt")
    assert w.metadata.title == "Harbor Drones and the Limits of Patrol Verification"
    assert w.metadata.authors == ["Ilse Brandt", "Tomas Ruiz", "Noor Haddad", "Adaeze Okafor"]
    assert w.body.startswith("The eleven coastal states")
    # counter-case: a title listing places ("North Korea, South Korea and Japan") is no line of names
    w = parse_text("North Korea, South Korea and Japan\nIlse Brandt\n"
                   "The three governments met in Seoul to discuss the patrol zones for the first time in a decade.\n")
    assert w.metadata.title == "North Korea, South Korea and Japan" and w.metadata.authors == ["Ilse Brandt"]


def test_a_volume_line_ending_in_a_day_date_is_a_dateline_not_the_title():
    w = load(SECOND / "issue-brief-volume-day.txt")
    assert w.metadata.title == "Coastal Patrol Drones: A Costly Shortcut"
    assert w.metadata.dateline == "Volume 6, Issue 2, May 9, 2031"
    assert w.body.startswith("This week the coastal council")
    # counter-case: a line that opens like a volume line but ends in no date stays title-shaped
    w = parse_text("Volume 6, Issue 2, and Other Numbers Worth Knowing\n\n"
                   "This week the coastal council will vote on a plan to replace its patrol boats.\n")
    assert w.metadata.title == "Volume 6, Issue 2, and Other Numbers Worth Knowing" and w.metadata.dateline is None


def test_an_editions_own_name_among_its_fields_and_a_capitalised_title_after_them():
    w = load(SECOND / "edition-name-fields.txt")
    assert w.metadata.title == "Navies Test Unarmed Patrol Drones"
    assert w.metadata.authors == ["Ilse Brandt", "Tomas Ruiz"]
    assert w.body.startswith("The two navies flew")
    # counter-cases: a name line after the fields with no issue line or byline under it is an author, no title;
    # a line not ending in the issue above it is no edition name, so the run of fields does not reach the title
    w = parse_text("May 2031\n\nEdition Date: \nThursday, May 1, 2031\nCover Image: \n\nIlse Brandt\n\n"
                   "The two navies flew their first joint patrol of unarmed drones over the closed zone.\n")
    assert w.metadata.title is None
    w = parse_text("May 2031\n\nHarbor Review June 2031\n\nEdition Date: \nThursday, May 1, 2031\nCover Image: \n\n"
                   "Navies Test Unarmed Patrol Drones\n\nMay 2031\nBy Ilse Brandt\n\n"
                   "The two navies flew their first joint patrol of unarmed drones over the closed zone.\n")
    assert w.metadata.title != "Navies Test Unarmed Patrol Drones"


def test_a_sentence_case_caption_over_the_byline_and_a_lead_in_line_under_it():
    w = load(SECOND / "blog-caption-lead-in.txt")
    assert w.metadata.title == "Coastal Drone Patrols Move Ahead on Schedule"
    assert w.metadata.banner["role"] == "Former Deputy Envoy for Coastal Security"
    assert [b.text for b in w.blocks_of("caption")] == ["Unarmed patrol drone on a test flight over the northern cape"]
    assert w.body.startswith("The Northern Wire Service reported this week:")
    # counter-cases: a title-case line between the section and the byline stays the title; a colon head in
    # title case under the byline is a subtitle, the body starts under it
    text = ("Arms Control NOW\n\nCoastal Drone Patrols Move Ahead\n\nBy Noor Haddad\n\n"
            "What the Accord Says About Drones:\n\nThe coastal council is close to approving the first joint "
            "drone patrol of the closed zone, part of a wider effort.\n")
    w = parse_text(text)
    assert w.metadata.title == "Coastal Drone Patrols Move Ahead"
    assert w.body.startswith("The coastal council is close")


def test_an_events_time_line_and_venue_are_no_title_and_no_text():
    w = load(SECOND / "event-time-venue.txt")
    assert w.metadata.title is None and w.metadata.dateline == "Thursday, June 5, 10:00-11:30 a.m."
    assert [b.text for b in w.blocks_of("label")][:2] == ["Harbor Institute Conference Center.", "Second Floor Lecture Hall"]
    assert w.body.startswith("The accord on coastal patrols")
    # counter-cases: a line naming a weekday and a day but no span of hours is no time line; a title printed
    # above the time line stays the title
    w = parse_text("Tuesday, July 17, at the Harbor Institute\n\n"
                   "The accord on coastal patrols has kept the two navies apart for twenty years.\n")
    assert w.metadata.title == "Tuesday, July 17, at the Harbor Institute"
    w = parse_text("Coastal Patrols After the Accord\n\nThursday, June 5, 10:00-11:30 a.m.\nHarbor Institute\n\n"
                   "The accord on coastal patrols has kept the two navies apart for twenty years.\n")
    assert w.metadata.title == "Coastal Patrols After the Accord"


def test_a_subtitle_under_an_unattributed_quote_is_no_text_when_an_issue_line_and_byline_close_it():
    w = load(SECOND / "noattr-subtitle-byline.txt")
    assert w.format == "page-capture" and w.metadata.banner["author"] is None and w.metadata.title is None
    assert w.metadata.issue == "2023-05" and w.metadata.authors == ["Noor Haddad", "Tomas Ruiz"]
    assert w.body.startswith("Coastal states have not answered the two proposals")
    # counter-cases: with no issue line after the sentence, or no byline, a quote followed straight by text is
    # the article's first sentence
    for heading in ("By Noor Haddad\n", "May 2023\n"):
        w = parse_text("\u201cWe will not wait for the other side to move first.\u201d\n"
                       "Coastal states have not answered two proposals for joint drone patrols of the closed zone.\n"
                       + heading + "Talks on a direct line between the two navies' headquarters continue this autumn.\n")
        assert w.format == "plain" and w.metadata.banner is None
        assert w.body.startswith("\u201cWe will not wait")


def test_volume_lines_each_over_a_teaser_make_a_listing_of_briefs():
    w = load(SECOND / "listing-volume-teasers.txt")
    assert w.format == "listing" and w.metadata.title == "Issue Briefs" and len(w.metadata.entries) == 3
    assert w.metadata.entries[1]["words"].startswith("Unarmed drones have patrolled")
    # counter-case: an issue brief prints its volume line once, over its text: an article
    w = parse_text("Drones Over the Closed Zone\nVolume 3, Number 11\n"
                   "Unarmed drones have patrolled the closed zone for two years without an incident, and the record "
                   "argues for more of them.\nThe accord that allows them lapses next spring.\n")
    assert w.format != "listing" and w.metadata.entries is None
    assert w.body.startswith("Unarmed drones have patrolled")


def test_a_persons_name_alone_under_a_dateless_banners_title_is_the_author_not_the_title():
    w = load(SECOND / "banner-nodate-author-line.txt")
    assert w.metadata.title == "Patrol Drones Cleared for Second Zone" and w.metadata.authors == ["Kasimir Lenz"]
    assert w.metadata.banner["role"] == "Senior Fellow, Harbor Institute"
    # counter-case: with no line under the role but the name, the role line stays the role
    w = parse_text("\u201cFew explain the numbers as patiently.\u201d\n\n\u2013 Ingrid Solberg\nSenior Fellow, Harbor Institute\n\n"
                   "Officials of the coastal council approved a second zone for unarmed drone patrols this week.\n")
    assert w.metadata.banner["role"] == "Senior Fellow, Harbor Institute"


def test_of_bylines_need_names_and_sr_opens_an_office():
    banner = '"The association keeps the record straight."\n\n– Ann Lee\nRetired Envoy\nMay 5, 2027\n'
    body = "\n\nThe administration supports the treaty and urges the Senate to approve it without delay.\n"
    w = parse_text(banner + "Statement of Administration Policy on the Reef Treaty\nShare this\n\n"
                   "By Ruth Okafor, Sr. Fellow, and Tom Zeller" + body)
    assert w.metadata.title == "Statement of Administration Policy on the Reef Treaty"
    assert w.metadata.authors == ["Ruth Okafor", "Tom Zeller"]
    w = parse_text(banner + "Senate Hears the Reef Treaty's Sides\nShare this\n\n"
                   "Testimony of Gordon P. Ashby, Jr. and Helena R. Voss" + body)
    assert w.metadata.authors == ["Gordon P. Ashby, Jr.", "Helena R. Voss"]
    w = parse_text(banner + "Reef Talks Resume\nShare this\n\n"
                   "Remarks of Secretary Lane opened the session, and the delegations then met behind closed doors." + body)
    assert w.metadata.authors == [] and w.metadata.title == "Reef Talks Resume"


def test_a_hard_wrapped_title_whose_second_line_opens_in_lower_case_is_one_title():
    w = parse_text("Reading the Reef Accord: A Conversation With the Coastal Council's Chair\n"
                   "and Treaty Conference President Mara Osei\n"
                   "The forty parties to the reef accord will meet next spring to review how well\n"
                   "it has kept fishing fleets out of the protected waters, and what comes next.\n")
    assert w.metadata.title == ("Reading the Reef Accord: A Conversation With the Coastal Council's Chair "
                                "and Treaty Conference President Mara Osei")
    (t,) = w.blocks_of("title")
    assert w.text[t.start:t.end] == t.text and t.text.startswith("Reading") and t.text.endswith("Osei")
    # counter-case: a capitalised second line after a blank line is a title of its own, not a second half
    w = parse_text("Notes From the Coast\n\nThe Reef Accord at Ten\nShare this\n\n"
                   "The forty parties to the reef accord will meet next spring to review it.\n")
    assert w.metadata.title == "The Reef Accord at Ten"


def test_a_persons_name_and_office_glued_to_the_first_sentence_is_a_caption_on_their_page():
    page = ("ACA Logo\nAdjust Text Size: Small Text Size Default Text Size Large Text Size\n\nMara Osei\n\n"
            "Mara Osei, Research DirectorMara Osei joined the council's staff in 2011 and has led its research since 2015.\n\n"
            "She writes on fisheries law and the verification of marine agreements.\n")
    w = parse_text(page)
    assert w.metadata.title == "Mara Osei" and w.metadata.authors == []
    assert [b.text for b in w.blocks_of("menu")] == ["ACA Logo", page.splitlines()[1]]
    assert [b.text for b in w.blocks_of("caption")] == ["Mara Osei, Research Director"]
    assert w.blocks_of("body")[0].text.startswith("Mara Osei joined")
    # counter-cases: the same glued line on a page whose title is not the person's name stays text, and a
    # name's own capital inside the first sentence ("at McKay") is no glue
    w = parse_text(page.replace("\n\nMara Osei\n\n", "\n\nStaff of the Council\n\n"))
    assert w.blocks_of("caption") == [] and w.blocks_of("body")[0].text.startswith("Mara Osei, Research Director")
    w = parse_text("Mara Osei\n\nMara Osei, a former analyst at McKay Partners, joined the council in 2011 as its "
                   "research director.\n")
    assert w.blocks_of("caption") == [] and w.blocks_of("body")[0].text.startswith("Mara Osei, a former analyst")


def test_a_topic_term_with_its_acronym_under_the_banners_role_is_no_second_role_line():
    w = parse_text("\u201cThe one journal I read from cover to cover.\u201d\n\n\u2013 Ingrid Solberg\n"
                   "Senior Fellow, Harbor Institute\nFissile Material Cutoff Treaty (FMCT)\n\nCounting the Stocks\n\n"
                   "Delegates in Geneva again failed this week to agree on a program of work for the talks.\n")
    assert w.metadata.banner["role"] == "Senior Fellow, Harbor Institute"
    assert w.metadata.title == "Counting the Stocks"
    assert [b.text for b in w.blocks_of("topic")] == ["Fissile Material Cutoff Treaty (FMCT)"]
    # counter-case: a second office line whose parentheses are no acronym of its words stays in the role
    w = parse_text("\u201cThe one journal I read from cover to cover.\u201d\n\n\u2013 Ingrid Solberg\n"
                   "Senior Fellow, Harbor Institute\nFormer Chair, Reef Council (Oslo)\n\nCounting the Stocks\n\n"
                   "Delegates in Geneva again failed this week to agree on a program of work for the talks.\n")
    assert w.metadata.banner["role"] == "Senior Fellow, Harbor Institute; Former Chair, Reef Council (Oslo)"
    # ... and so does a body with its acronym under a bare office ("President" of that body)
    w = parse_text("\u201cThe one journal I read from cover to cover.\u201d\n\n\u2013 Ingrid Solberg\n"
                   "President\nHarbor Verification Institute (HVI)\n\nCounting the Stocks\n\n"
                   "Delegates in Geneva again failed this week to agree on a program of work for the talks.\n")
    assert w.metadata.banner["role"] == "President; Harbor Verification Institute (HVI)"


def test_a_photos_file_name_glued_before_the_byline_and_a_treaty_term_under_the_banners_role():
    banner = ("\u201cThe one journal I read from cover to cover.\u201d\n\u2013 Ingrid Solberg\n"
              "Former Coordinator for Reef Verification\n")
    w = parse_text(banner + "Council Trims the Patrol Budget\n\nArms Control NOW\n\nIMG_40512By Tomas R. Lind\n\n"
                   "In a victory for restraint, the council cut the patrol budget today by a third after a long debate.\n")
    assert w.metadata.title == "Council Trims the Patrol Budget" and w.metadata.authors == ["Tomas R. Lind"]
    assert w.metadata.banner["role"] == "Former Coordinator for Reef Verification"
    w = parse_text(banner + "Reef Fisheries Treaty\n\nCouncil Trims the Patrol Budget\n\nTomas Lind\n\n"
                   "In a victory for restraint, the council cut the patrol budget today by a third after a long debate.\n")
    assert w.metadata.banner["role"] == "Former Coordinator for Reef Verification"
    assert w.metadata.title == "Council Trims the Patrol Budget"
    # counter-cases: an office's second line naming a body (not a treaty) stays in the role, and so does a treaty
    # under a bare office, which it completes ("Former Negotiator" of that treaty); a year glued before "By" in the
    # text is no byline
    w = parse_text(banner + "Reef Monitoring Institute\n\nCouncil Trims the Patrol Budget\nShare this\n\n"
                   "In a victory for restraint, the council cut the patrol budget today by a third after a long debate.\n")
    assert w.metadata.banner["role"] == "Former Coordinator for Reef Verification; Reef Monitoring Institute"
    w = parse_text(banner.replace("Former Coordinator for Reef Verification", "Former Negotiator") +
                   "Reef Fisheries Treaty\n\nCouncil Trims the Patrol Budget\nShare this\n\n"
                   "In a victory for restraint, the council cut the patrol budget today by a third after a long debate.\n")
    assert w.metadata.banner["role"] == "Former Negotiator; Reef Fisheries Treaty"
    w = parse_text("Council Trims the Patrol Budget\nShare this\n\n2031By April, the council had cut the patrol "
                   "budget by a third after a long debate over the reef.\n")
    assert w.metadata.authors == [] and w.blocks_of("byline") == []


def test_a_site_topic_joined_to_an_acronym_under_the_office_and_a_volume_line_ending_in_its_month():
    banner = ("\u201cThe one journal I read from cover to cover.\u201d\n\u2013 Ingrid Solberg\n"
              "Senior Fellow, Harbor Institute\n")
    w = parse_text(banner + "FMCT & Nuclear Testing\n\nCounting the Stocks Before the Talks\n\n\n\n"
                   "Volume 7, Issue 3, March 2031\n\n"
                   "Delegates in Geneva again failed this week to agree on a program of work for the talks.\n")
    assert w.metadata.banner["role"] == "Senior Fellow, Harbor Institute" and w.metadata.banner["date"] is None
    assert w.metadata.title == "Counting the Stocks Before the Talks"
    assert w.metadata.dateline == "Volume 7, Issue 3, March 2031" and w.metadata.issue is None
    assert w.body.startswith("Delegates in Geneva")
    # counter-cases: a second office line joined by "&" whose parts are no topics stays in the role, and a
    # volume line ending in no date stays title-shaped
    w = parse_text(banner + "Reef & Harbor Council\n\nCounting the Stocks Before the Talks\nShare this\n\n"
                   "Delegates in Geneva again failed this week to agree on a program of work for the talks.\n")
    assert w.metadata.banner["role"] == "Senior Fellow, Harbor Institute; Reef & Harbor Council"
    w = parse_text("Volume 7, Issue 3, March Madness\n\n"
                   "Delegates in Geneva again failed this week to agree on a program of work for the talks.\n")
    assert w.metadata.title == "Volume 7, Issue 3, March Madness"


def test_an_honorific_before_an_authors_name_is_no_part_of_it():
    w = parse_text("Counting the Stocks Before the Talks\nShare this\n\nAmbassador Ilse Brandt\n\n"
                   "Delegates in Geneva again failed this week to agree on a program of work for the talks.\n")
    assert w.metadata.title == "Counting the Stocks Before the Talks" and w.metadata.authors == ["Ilse Brandt"]
    w = parse_text("Counting the Stocks Before the Talks\n\nBy Sen. Tomas Lind and Dr. Noor Haddad\n\n"
                   "Delegates in Geneva again failed this week to agree on a program of work for the talks.\n")
    assert w.metadata.authors == ["Tomas Lind", "Noor Haddad"]
    # counter-case: an office line with no name after it is no author line
    w = parse_text("Counting the Stocks Before the Talks\nShare this\n\nAmbassador at Large\n\n"
                   "Delegates in Geneva again failed this week to agree on a program of work for the talks.\n")
    assert w.metadata.authors == []


def test_an_events_time_line_with_its_year_and_a_middle_dot_is_no_title():
    banner = "\u201cThe one journal I read from cover to cover.\u201d\n\u2013 Ingrid Solberg\nJune 2, 2022\n"
    w = parse_text(banner + "2031 Harbor Council Annual Meeting\n\n\nTuesday, March 4, 2031 \u00b7 9:30am - 1:00pm\n\n"
                   "We invite members and friends to join us online for a morning of panels on patrol drones.\n")
    assert w.metadata.title == "2031 Harbor Council Annual Meeting"
    assert w.body.startswith("We invite members")
    # counter-case: a weekday's date and a middle dot before words, no span of hours, is no time line
    from analysis.text.shapes import _EVENT_TIME

    assert _EVENT_TIME.match("Tuesday, March 4, 2031 \u00b7 Online") is None
    assert _EVENT_TIME.match("Tuesday, March 4, 9:30-11 a.m.") is not None


def test_second_fixtures_are_what_their_generator_writes():
    import importlib.util
    import json

    spec = importlib.util.spec_from_file_location("make_captures", SECOND / "make_captures.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)  # importing writes nothing: the files are written only when it runs as a script
    assert len(gen.FIX) >= 50  # the fixtures it writes (later ones were written as files)
    for name, (text, gold) in gen.FIX.items():
        assert (SECOND / f"{name}.txt").read_text(encoding="utf-8") == text, name
        assert json.loads((SECOND / f"{name}.json").read_text(encoding="utf-8")) == gold, name


def test_the_press_releases_term_over_a_release_is_no_title():
    banner = "\u201cThe one journal I read from cover to cover.\u201d\n\u2013 Ingrid Solberg\nJune 2, 2022\n"
    w = parse_text(banner + "Press Releases\n\nAddressing the Risks of Unarmed Patrol Drones Through the Coastal Council "
                   "of the Northern States\n\n\n\nFor Immediate Release: March 4, 2031\n\n"
                   "The council will vote next week on a plan to replace its patrol boats with unarmed drones.\n")
    assert w.metadata.title.startswith("Addressing the Risks") and w.metadata.section is None
    assert w.body.startswith("The council will vote")


def test_a_listings_name_over_an_interview_is_its_term_and_a_blog_posts_month_is_no_issue():
    banner = "\u201cThe one journal I read from cover to cover.\u201d\n\u2013 Ingrid Solberg\nJune 2, 2022\n"
    w = parse_text(banner + "Interviews\n\nGETTING TO KNOW Captain Ilse Brandt\n\n"
                   "The captain has commanded the harbor patrol for six years and will retire in the spring.\n")
    assert w.metadata.section is None and w.metadata.title == "GETTING TO KNOW Captain Ilse Brandt"
    w = parse_text("\u201cThe one journal I read from cover to cover.\u201d\n\u2013 Ingrid Solberg\nSenior Fellow\n"
                   "Patrol Drones and the Reef\nShare this\n\nArms Control NOW\n\nInside the Harbor Council\nMarch 2031\n\n"
                   "Last month the council voted to replace its patrol boats with unarmed drones.\n")
    assert w.metadata.section == "Arms Control NOW" and w.metadata.issue is None
    # counter-case: a month line under an article's title with no blog section is its issue
    w = parse_text("Patrol Drones and the Reef\n\nMarch 2031\n\nBy Tomas Lind\n\n"
                   "Last month the council voted to replace its patrol boats with unarmed drones.\n")
    assert w.metadata.issue == "2031-03"


def test_remarks_as_delivered_by_a_name_and_an_office_is_a_byline():
    w = parse_text("Counting the Stocks Before the Talks\nShare this\n\nRemarks as delivered by Ilse Brandt, Senior Fellow, "
                   "Harbor Institute, at the Reef School of Public Policy.\n\n"
                   "Today is close to the tenth anniversary of the council's first vote on the patrol zones.\n")
    assert w.metadata.authors == ["Ilse Brandt"] and w.body.startswith("Today is close")
    # counter-case: "remarks as delivered" in running text opens no byline
    w = parse_text("Counting the Stocks Before the Talks\nShare this\n\n"
                   "The remarks as delivered by the envoy differed from the text released the day before.\n")
    assert w.metadata.authors == []
