"""Dates in running text: forms, the year-resolution rule (named on each date), and the calendar."""

import pytest

from analysis.extract.facts import extract_text
from analysis.extract.when import DateContext, resolve_year


def dates(text, issue):
    m = [d for d in extract_text(text, issue=issue) if d.kind == "date" and "start" in d.value]
    for d in m:
        assert text[d.start:d.end] == d.text
    return {d.text: d.value for d in m}


def test_a_late_december_event_in_a_january_issue_is_last_year():
    got = dates("The plenary met December 2-3 in Vienna.", "1999-01")["December 2-3"]
    assert (got["start"], got["end"]) == ("1998-12-02", "1998-12-03")
    assert got["resolved_with"] == "most recent such date on or before the issue (1999-01)"


def test_a_sentence_about_the_future_takes_the_next_such_date():
    got = dates("The next plenary is scheduled for December.", "1999-01")["December"]
    assert got["start"] == "1999-12"
    assert got["resolved_with"].startswith("first such date on or after the issue (1999-01)")
    assert dates("Talks will resume March 3.", "1999-06")["March 3"]["start"] == "2000-03-03"


def test_a_bare_month_takes_the_year_of_its_last_mention():
    got = dates("The sides met in April 1996. Also discussed in April was the MTCR.", "1997-06")
    assert got["April"]["start"] == "1996-04"
    assert got["April"]["resolved_with"] == "year of the last mention of that month"


@pytest.mark.parametrize("text, words, start, end, precision", [
    ("Pyongyang pledged to keep the moratorium until 2003.", "2003", "2003", "2003", "year"),
    ("The meeting ran Nov. 30-Dec. 4 in Geneva.", "Nov. 30-Dec. 4", "2009-11-30", "2009-12-04", "day"),
    ("India tested on 11 May 1998.", "11 May 1998", "1998-05-11", "1998-05-11", "day"),
    ("Tests were held May 11 and 13.", "May 11 and 13", "1998-05-11", "1998-05-13", "day"),
    ("The inspection ran from May 25 to 27.", "May 25 to 27", "1998-05-25", "1998-05-27", "day"),
    ("Talks stalled in late December.", "late December", "1997-12-21", "1997-12-31", "day"),
    ("Iran tested again in mid-May.", "mid-May", "1998-05-11", "1998-05-20", "day"),
    ("Deployment may begin in early 1999.", "early 1999", "1999-01", "1999-04", "month"),
    ("Work resumed late last year.", "late last year", "1998-09", "1998-12", "month"),
    ("Testing slowed in the mid-1990s.", "the mid-1990s", "1994", "1996", "year"),
    ("Programs grew through the 1980s.", "the 1980s", "1980", "1989", "decade"),
    ("Talks were held in March-April 1999.", "March-April 1999", "1999-03", "1999-04", "month"),
    ("A test followed in the summer of 1998.", "summer of 1998", "1998-06", "1998-08", "season"),
    ("The Senate acted last year.", "last year", "1998", "1998", "year"),
])
def test_forms(text, words, start, end, precision):
    issue = "2010-01" if "Nov. 30" in text else "1999-06" if "summer" in text or "last year" in text else "1998-06"
    got = dates(text, issue)
    assert words in got, got
    v = got[words]
    assert (v["start"], v["end"], v["precision"]) == (start, end, precision)


def test_prepositions_are_kept_but_not_in_the_span():
    got = dates("The freeze holds until 2003; the ban has applied since 1992 and must end by 2007.", "2001-06")
    assert got["2003"]["preposition"] == "until"
    assert got["1992"]["preposition"] == "since"
    assert got["2007"]["preposition"] == "by"


def test_no_date_from_the_verb_may_a_count_or_an_impossible_day():
    got = dates("Officials said talks may resume; 1,998 people and 2000 km were counted on February 30.", "1998-06")
    assert got == {}


def test_resolve_year_rules():
    ctx = DateContext((2001, 1))
    assert resolve_year(12, ctx, future=False) == (2000, "most recent such date on or before the issue (2001-01)")
    assert resolve_year(1, ctx, future=False)[0] == 2001
    assert resolve_year(12, ctx, future=True)[0] == 2001
    assert resolve_year(5, DateContext(None), future=False) is None


def test_without_an_issue_a_date_without_a_year_is_not_guessed():
    assert dates("They met on May 3 and again in 1999.", None) == {
        "1999": {"start": "1999", "end": "1999", "precision": "year"}}


def test_a_double_issue_resolves_dates_by_its_last_month():
    """A capture whose issue line is a double issue gives facts, dated up to the issue's last month."""
    from analysis.extract import extract_text

    found = extract_text("The talks resumed on July 2 in Geneva.", "1998-06/1998-07")
    (day,) = [m for m in found if m.kind == "date"]
    assert day.value["start"] == "1998-07-02"
