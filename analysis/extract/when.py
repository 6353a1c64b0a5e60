"""Dates written in running text, resolved with the calendar of :mod:`analysis.dates`.

Forms: days and day ranges ("June 11-13, 1998", "Nov. 30-Dec. 4", "11 May 1998"),
months ("April 1996", "March-April 1999"), seasons ("this summer", "summer 1998"),
qualified periods ("late December", "early 1999", "mid-May", "the mid-1990s"),
decades ("the 1990s"), years, and periods relative to the issue ("last year",
"next month"). "until", "by", "since", "before" and "after" are kept in the
value as its ``preposition``; the word itself is not part of the span.

A day or month written without a year is resolved by a named rule, kept in the
value as ``resolved_with``:

* a bare month takes the year of the last mention of that month in the article;
* otherwise the most recent such date on or before the issue month;
* unless the sentence points to the future ("will", "is scheduled", "next",
  "plans"), when it is the first such date on or after the issue month; a date right
  after a verb of saying ("said on December 19") is the saying's, and past.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field

from analysis import dates as cal
from analysis.extract import relative
from analysis.extract.mention import Mention

_M = cal.MONTH_RE
_FUTURE = re.compile(r"\b(?:will|shall|is|are|was|were)\s+(?:scheduled|expected|slated|set|due|planned|to)\b|"
                     r"\bwill\b|\bnext\b|\bplans?\s+to\b|\bplanned\b|\bupcoming\b|\bintends?\s+to\b", re.I)
#: "said on December 19": the saying is past, whatever the sentence says will happen.
_REPORTED = re.compile(r"\b(?:said|announced|stated|told\s+\w+|declared|reported|confirmed)\s+(?:on\s+)?$", re.I)
_RELATION = re.compile(r"\b(until|till|through|by|since|before|after|from)\s+(?:(?:early|late|mid-?)\s*)?$", re.I)
_QUAL = r"(?:(?P<qual>early|late|mid)[-\s]?)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_FULL_MONTHS = frozenset(m.lower() for m in calendar.month_name if m)
#: The parts of a period that "early", "mid" and "late" name.
_THIRDS = ("early", "mid", "late")

PATTERNS = [
    # Nov. 30-Dec. 4 (a day range across months), with an optional year
    ("span", re.compile(rf"\b(?P<mon>{_M})\s+(?P<d1>\d{{1,2}})\s*[-–]\s*(?P<mon2>{_M})\s+(?P<d2>\d{{1,2}})"
                        rf"(?:,?\s+(?P<y>{_YEAR}))?\b(?!,\d)")),
    # "sentenced on March 1 to 14 years": a count of years after "to" is no second day
    ("day", re.compile(rf"\b(?P<mon>{_M})\s+(?P<d1>\d{{1,2}})(?:\s*(?:[-–]|to|and)\s*(?P<d2>\d{{1,2}})(?!\s+(?:years?|months?|weeks?|days?)\b))?"
                       rf"(?:,?\s+(?P<y>{_YEAR}))?\b(?![-–]\d|,\d{{3}})")),
    ("day", re.compile(rf"\b(?P<d1>\d{{1,2}})(?:\s*[-–]\s*(?P<d2>\d{{1,2}}))?\s+(?P<mon>{_M})(?:\s+(?P<y>{_YEAR}))?\b")),
    ("month", re.compile(rf"\b{_QUAL}?(?P<mon>{_M})(?:\s*[-–/]\s*(?P<mon2>{_M}))?(?:\s+of)?,?\s+(?P<y>{_YEAR})\b(?![-–]\d)")),
    ("season", re.compile(r"\b(?P<rel>this|last|next|this past|the coming)\s+(?P<season>spring|summer|fall|autumn|winter)\b", re.I)),
    ("season", re.compile(rf"\b{_QUAL}?(?P<season>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<y>{_YEAR})\b", re.I)),
    ("relative", re.compile(r"\b(?:(?P<qual>early|late|mid|earlier|later)[-\s](?:in\s+)?)?(?P<rel>this|last|next|the previous|the following)\s+"
                            r"(?P<unit>year|month)\b", re.I)),
    ("decade", re.compile(rf"\b(?:the\s+)?{_QUAL}?(?P<y>1[89]\d0|20\d0)['’]?s\b", re.I)),
    ("bare", re.compile(rf"\b(?P<cue>(?:in|since|until|till|through|by|during|before|after|from|to|for|the|a|last|next|this|"
                        rf"early|late|as\s+of|its|their)\s+|(?:mid|early|late)-)(?P<mon>{_M})(?![\w-])(?!\s+\d)", re.I)),
    # a number that names a document or a thing ("Resolution 1929", "Flight 1907") is no year
    ("year", re.compile(rf"\b(?:(?P<qual>early|late|mid)[-\s]|(?<![\d,.$-]))(?<!resolution )(?<!resolutions )"
                        rf"(?<!no\. )(?<!number )(?<!flight )(?<!article )(?P<y>{_YEAR})\b(?![\d%]|[,.]\d|[-–]\d|\s*(?:kilomet|km|miles?|kilogram|kg|"
                        r"tons?|people|missiles?|troops|warheads))", re.I)),
]


@dataclass
class DateContext:
    """What resolves dates without a year: the issue month and months already dated in the article.

    >>> DateContext(issue=(1998, 6)).month_years
    {}
    """

    issue: tuple[int, int] | None  # (year, month)
    month_years: dict[int, int] = field(default_factory=dict)
    last: dict | None = None  # the value of the last explicit date: "the next day" counts from it
    last_fine: dict | None = None  # the last explicit date finer than a year: "the next day" after "in 1998"


def _issue_label(ctx: DateContext) -> str:
    return cal.iso(*ctx.issue)


def resolve_year(month: int, ctx: DateContext, future: bool) -> tuple[int, str] | None:
    """The year of a month written without one, and the rule that gave it.

    >>> resolve_year(3, DateContext(issue=(1998, 6)), future=False)
    (1998, 'most recent such date on or before the issue (1998-06)')
    """
    if ctx.issue is None:
        return None
    y, m = ctx.issue
    if future:
        return (y if month >= m else y + 1,
                f"first such date on or after the issue ({_issue_label(ctx)}): the sentence points to the future")
    return (y if month <= m else y - 1, f"most recent such date on or before the issue ({_issue_label(ctx)})")


def _qualified(v: dict, qual: str | None) -> dict:
    """Narrow a month, year or decade to its early, middle or late part.

    A month: days 1-10, 11-20, 21 to the end; a year: January-April, May-August,
    September-December; a decade: its years 0-3, 4-6, 7-9.
    """
    if not qual or qual.lower() not in _THIRDS:
        return v
    part = ("early", "mid", "late").index(qual.lower())
    first, last = cal.bounds(v)
    if v["precision"] == "month":
        lo, hi = (1, 11, 21)[part], (10, 20, last.day)[part]
        out = cal.value(cal.iso(first.year, first.month, lo), cal.iso(first.year, first.month, hi), "day")
    elif v["precision"] == "year":
        out = cal.value(cal.iso(first.year, 1 + 4 * part), cal.iso(first.year, 4 + 4 * part), "month")
    elif v["precision"] == "decade":
        lo, hi = ((0, 3), (4, 6), (7, 9))[part]
        out = cal.value(cal.iso(first.year + lo), cal.iso(first.year + hi), "year")
    else:
        return v
    out["qualifier"] = f"{qual.lower()} {v['precision']}"
    return out


def _day(g: dict, ctx: DateContext, future: bool) -> dict | None:
    mon = cal.month_number(g["mon"])
    mon2 = cal.month_number(g["mon2"]) if g.get("mon2") else mon
    how = None
    if g.get("y"):
        y = int(g["y"])
    else:
        got = resolve_year(mon, ctx, future)
        if got is None:
            return None
        y, how = got
    y2 = y + 1 if mon2 < mon else y
    v = cal.value(cal.iso(y, mon, int(g["d1"])), cal.iso(y2, mon2, int(g["d2"] or g["d1"])), "day")
    if how:
        v["resolved_with"] = how
    ctx.month_years[mon] = y
    return v


def _month(g: dict, ctx: DateContext) -> dict:
    y, mon = int(g["y"]), cal.month_number(g["mon"])
    ctx.month_years[mon] = y
    if g.get("mon2"):
        return cal.month_value(y, mon, y, cal.month_number(g["mon2"]))
    return _qualified(cal.month_value(y, mon), g.get("qual"))


def _season(g: dict, ctx: DateContext) -> dict | None:
    if g.get("y"):
        return _qualified(cal.season_value(g["season"], int(g["y"])), None)
    if ctx.issue is None:
        return None
    rel = " ".join(g["rel"].lower().split())
    shift = {"this": 0, "this past": 0, "last": -1, "next": 1, "the coming": 1}[rel]
    v = cal.season_value(g["season"], ctx.issue[0] + shift)
    v["resolved_with"] = f"relative to the issue ({_issue_label(ctx)})"
    return v


def _relative(g: dict, ctx: DateContext) -> dict | None:
    if ctx.issue is None:
        return None
    rel = g["rel"].lower()
    step = {"this": 0, "last": -1, "next": 1, "the previous": -1, "the following": 1}[rel]
    y, m = ctx.issue
    if g["unit"].lower() == "year":
        v = cal.value(cal.iso(y + step))
    else:
        y2, m2 = divmod((y * 12 + m - 1) + step, 12)
        v = cal.month_value(y2, m2 + 1)
    qual = (g.get("qual") or "").lower()
    v = _qualified(v, {"earlier": None, "later": None}.get(qual, qual) or None)
    v["resolved_with"] = f"relative to the issue ({_issue_label(ctx)})"
    return v


def _bare(g: dict, ctx: DateContext, future: bool) -> dict | None:
    word = g["mon"]
    if not word[0].isupper():
        return None  # "may" the verb, "the march" through the capital: a month's name is capitalised
    mon = cal.month_number(word)
    cue = g["cue"].lower().strip(" -\t\n")
    if cue in ("next",):
        future = True
    if mon in ctx.month_years and cue not in ("next", "last") and not future:
        y, how = ctx.month_years[mon], "year of the last mention of that month"
    else:
        got = resolve_year(mon, ctx, future)
        if got is None:
            return None
        y, how = got
        if cue == "last" and (y, mon) == ctx.issue:
            y -= 1
    v = _qualified(cal.month_value(y, mon), cue if cue in _THIRDS else None)
    v["resolved_with"] = how
    return v


def _value(kind: str, g: dict, ctx: DateContext, future: bool) -> dict | None:
    if kind in ("day", "span"):
        return _day(g, ctx, future)
    if kind == "month":
        return _month(g, ctx)
    if kind == "season":
        return _season(g, ctx)
    if kind == "relative":
        return _relative(g, ctx)
    if kind == "bare":
        return _bare(g, ctx, future)
    if kind == "decade":
        y = int(g["y"])
        return _qualified(cal.value(cal.iso(y), cal.iso(y + 9), "decade"), g.get("qual"))
    return _qualified(cal.value(cal.iso(int(g["y"]))), g.get("qual"))


def _span(text: str, kind: str, m: re.Match, s0: int) -> tuple[int, int]:
    a, b = s0 + m.start(), s0 + m.end()
    if kind == "bare":
        cue = m.group("cue").lower().strip(" -\t\n")
        if cue not in _THIRDS + ("last", "next", "this"):
            a = s0 + m.start("mon")  # "in April": the month, not the preposition; "last July" as "last year"
        b = s0 + m.end("mon")
        if text[b - 1] == "." and m.group("mon")[:-1].lower() in _FULL_MONTHS:
            b -= 1  # "in May.": the full stop ends the sentence
    return a, b


def extract_dates(text: str, s0: int, s1: int, ctx: DateContext, sent: int) -> list[Mention]:
    """The dates of one sentence text[s0:s1], in the order their patterns find them.

    >>> text = "The talks were held June 11-13."
    >>> found = extract_dates(text, 0, len(text), DateContext(issue=(1998, 6)), 0)
    >>> [(m.text, m.value["start"], m.value["end"]) for m in found]
    [('June 11-13', '1998-06-11', '1998-06-13')]
    """
    seg = text[s0:s1]
    future = bool(_FUTURE.search(seg))
    anaphors = [m for m in relative.PATTERN.finditer(seg)]
    out: list[Mention] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(seg):
            a, b = _span(text, kind, m, s0)
            if any(a < x.end and x.start < b for x in out) or any(a < s0 + x.end() and s0 + x.start() < b for x in anaphors):
                continue
            try:
                v = _value(kind, m.groupdict(), ctx, future and not _REPORTED.search(text[max(s0, a - 24):a]))
            except ValueError:
                continue  # an impossible day ("February 30")
            if v is None:
                continue
            rel = _RELATION.search(text[max(s0, a - 16):a])
            if rel:
                v["preposition"] = rel.group(1).lower()
            out.append(Mention("date", v, text[a:b], a, b, sent))
    return _with_anaphors(text, s0, out, anaphors, ctx, sent)


def _with_anaphors(text: str, s0: int, out: list[Mention], anaphors: list[re.Match], ctx: DateContext,
                   sent: int) -> list[Mention]:
    """Add the relative dates of a sentence, each resolved against the last explicit date before it."""
    anchors = sorted((m for m in out if m.value.get("precision") != "decade"), key=lambda m: m.start)
    for m in anaphors:
        a, b = s0 + m.start(), s0 + m.end()
        before = [x.value for x in anchors if x.end <= a]
        anchor = before[-1] if before else ctx.last
        if anchor and anchor.get("precision") == "year" and _by_days(m):
            # a bare year is background ("left in 1998"): a day counts from the story's last day or month
            fine = [x for x in before if x.get("precision") != "year"]
            anchor = fine[-1] if fine else (ctx.last_fine or anchor)
        v = relative.resolve(m.groupdict(), anchor)
        if v is not None:
            out.append(Mention("date", v, text[a:b], a, b, sent))
    if anchors:
        ctx.last = anchors[-1].value
    if fine := [x.value for x in anchors if x.value.get("precision") != "year"]:
        ctx.last_fine = fine[-1]
    return out


def _by_days(m: re.Match) -> bool:
    """Whether a relative date counts in days or weeks ("the next day", "a week later")."""
    g = m.groupdict()
    unit = g.get("unit") or g.get("unit2") or g.get("unit4") or g.get("unit5") or ""
    return unit.lower() in ("day", "week")
