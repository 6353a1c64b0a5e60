"""Dates written relative to the story's own time line: "the next day", "a week later".

A news brief dates one event and then counts from it: "the council endorsed it the
next day", "the upper house followed a week later", "shipped earlier in the month".
These phrases are resolved against the **last explicit date** of the text before
them (the anchor), and the rule is named in the value's ``resolved_with``:

* "the next/following/previous day", "N days later/earlier": the anchor's day moved
  by that many days (a range's last day going forward, its first going back);
* "N weeks later/earlier": the whole anchor moved by that many weeks;
* "the next/following/previous week", "the week after/before" ending a clause: the
  Monday-to-Sunday week after (before) the anchor's week ("the day before" is the
  anchor's day less one);
* "the next/following/previous month/year", "N months/years later/earlier": the
  month or year moved by that many;
* "earlier/later in the month" ("that month", "the same month", also week and
  year): the part of the anchor's period before (after) the anchor's day;
* "the same day" ("that same week"): the anchor's day, or the week, month or year
  holding it;
* "the previous December", "the following March": the nearest such month before
  (after) the anchor's; "the previous spring" the nearest such season wholly before (after) the anchor.

Numbers are written as figures or as words up to twenty, and thirty ("Sixteen days
later"); "the day before" may go on with its clause ("arrived the day before on the
first bus"), but not with an event ("the day before the vote"). A day or a week counts
from the last date finer than a year when the last explicit date is a bare year, the
background of a clause ("when inspectors left in 1998").

A step finer than the anchor's precision ("the next day" after "In May") stays
within the anchor's period: the text says no more. Phrases that count from a named
event ("two days after the vote") and durations ("within the next year") are not
dates here. "Last month" and "next year" count from the time of writing, the issue,
and stay with :mod:`analysis.extract.when`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from analysis import dates as cal

_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "twenty": 20, "thirty": 30}
_UNIT = r"(?:day|week|month|year)"
#: A part of a day stands for its day: "the next morning" is the next day, "the same evening" the same day.
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})
_DAY_PART = "(?:" + "|".join(sorted(_DAY_PARTS)) + ")"
_MONTHS = cal.MONTH_NAME_RE
#: Words after "the day before" that go on with the clause rather than name an event ("the day
#: before on the first bus", "the day before in Geneva"; not "the day before the vote").
_CLAUSE_GOES_ON = r"\s+(?:on|in|at|with|by|from|to|for|when|and|as|aboard|after)\b"

#: One alternative per form; no group repeats, so a match is linear in the sentence.
PATTERN = re.compile(
    rf"(?<!\bwithin )(?<!\bover )(?<!\bfor )(?<!\bin )\bthe\s+(?P<dir>next|following|previous|preceding)\s+(?P<unit>{_UNIT})\b(?!s)"
    # "the next morning", "scheduled for the previous evening": a part of a day is a day, after "for" too
    rf"|\bthe\s+(?P<dirp>next|following|previous|preceding)\s+(?P<part>{_DAY_PART})\b"
    rf"|\b(?P<n>{'|'.join(sorted(_NUM, key=len, reverse=True))}|\d{{1,2}})\s+(?P<unit2>{_UNIT})s?\s+(?P<dir2>later|earlier)\b"
    rf"|\b(?P<dir3>earlier|later)\s+(?:in\s+the|that|the\s+same)\s+(?P<unit3>month|week|year)\b"
    # "the week before", "the day after", ending the clause: "the day before the vote" counts from an event
    rf"|\bthe\s+(?P<unit4>{_UNIT})\s+(?P<dir4>before|after)(?=\s*[.,;:)]|\s*$|{_CLAUSE_GOES_ON})"
    # "the same day", "that same week": the anchor's own day or period
    rf"|\b(?:the|that)\s+same\s+(?P<unit5>{_UNIT}|{_DAY_PART})\b"
    # "the previous December", "the following March": the nearest such month before (after) the anchor
    rf"|\bthe\s+(?P<dir6>previous|preceding|following|next)\s+(?P<month>(?-i:{_MONTHS}))\b"
    # "the previous spring": the nearest such season wholly before (after) the anchor
    rf"|\bthe\s+(?P<dir7>previous|preceding|following|next)\s+(?P<season>spring|summer|fall(?!\s+(?:in|of)\b)|autumn|winter)\b",
    re.I)

_PRECISION = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4, "decade": 5}


def _label(anchor: dict) -> str:
    return cal.edtf(anchor)


def _period(d: date, unit: str) -> tuple[date, date]:
    """The week (Monday to Sunday), month or year holding ``d``."""
    if unit == "week":
        lo = d - timedelta(days=d.weekday())
        return lo, lo + timedelta(days=6)
    if unit == "month":
        lo = d.replace(day=1)
        return lo, lo + relativedelta(months=1, days=-1)
    lo = d.replace(month=1, day=1)
    return lo, lo.replace(month=12, day=31)


def _as_value(lo: date, hi: date, unit: str) -> dict:
    if unit == "month" and lo.day == 1 and hi == _period(hi, "month")[1] and (lo.year, lo.month) == (hi.year, hi.month):
        return cal.month_value(lo.year, lo.month)
    if unit == "year" and (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31) and lo.year == hi.year:
        return cal.value(cal.iso(lo.year))
    return cal.value(lo.isoformat(), hi.isoformat(), "day")


def _step(anchor: dict, unit: str, n: int, exact: bool) -> tuple[dict, str]:
    """Move the anchor by ``n`` units: to a day ("a week later") when ``exact``, else to a whole period."""
    if _PRECISION[anchor["precision"]] > _PRECISION[unit]:
        return dict(anchor), f"a step finer than the last explicit date ({_label(anchor)}): within its period"
    first, last = cal.bounds(anchor)
    d = last if n > 0 else first
    how = f"{abs(n)} {unit}(s) {'after' if n > 0 else 'before'} the last explicit date ({_label(anchor)})"
    if unit == "day":
        return cal.value((d + timedelta(days=n)).isoformat()), how
    if unit == "week" and exact:  # a week is coarse: the whole anchor moves ("a week later" than June 3-4)
        lo, hi = first + timedelta(weeks=n), last + timedelta(weeks=n)
        return cal.value(lo.isoformat(), hi.isoformat(), "day"), how
    lo, hi = _period(d + relativedelta(**{unit + "s": n}), unit)
    return _as_value(lo, hi, unit), how


def _named_month(anchor: dict, month: str, later: bool) -> tuple[dict, str]:
    """The nearest ``month`` strictly before (``later``: after) the anchor's."""
    first, last = cal.bounds(anchor)
    mon = cal.MONTHS[month.lower()]
    y = first.year - (1 if mon >= first.month else 0) if not later else last.year + (1 if mon <= last.month else 0)
    how = f"the {'next' if later else 'last'} {month} {'after' if later else 'before'} the last explicit date ({_label(anchor)})"
    return cal.month_value(y, mon), how


def _named_season(anchor: dict, season: str, later: bool) -> tuple[dict, str]:
    """The nearest ``season`` wholly before (``later``: after) the anchor; before (after) a year, the nearest that
    starts before it (ends after it), as "the previous December" is the year's last."""
    first, last = cal.bounds(anchor)
    coarse = _PRECISION[anchor["precision"]] >= _PRECISION["year"]
    y = first.year if not later else last.year
    for _ in range(3):
        v = cal.season_value(season, y)
        lo, hi = cal.bounds(v)
        if ((lo if coarse else hi) < first) if not later else ((hi if coarse else lo) > last):
            break
        y += 1 if later else -1
    how = f"the {'next' if later else 'last'} {season} {'after' if later else 'before'} the last explicit date ({_label(anchor)})"
    return v, how


def _within(anchor: dict, unit: str, later: bool | None) -> tuple[dict, str]:
    """The part of the anchor's ``unit`` after (``later``) or before it; None: the whole of it, or the
    anchor itself when the anchor is no coarser ("the same day" after a day)."""
    first, last = cal.bounds(anchor)
    lo, hi = _period(first if not later else last, unit)
    if _PRECISION[anchor["precision"]] >= _PRECISION[unit] or later is None and unit == "day":
        return dict(anchor), f"within the {unit} of the last explicit date ({_label(anchor)})"
    if later is None:
        return _as_value(lo, hi, unit), f"the {unit} of the last explicit date ({_label(anchor)})"
    if later:
        lo = last + timedelta(days=1)
    else:
        hi = first - timedelta(days=1)
    if lo > hi:
        return dict(anchor), f"within the {unit} of the last explicit date ({_label(anchor)})"
    side = "after" if later else "before"
    return _as_value(lo, hi, unit), f"the part of the {unit} {side} the last explicit date ({_label(anchor)})"


def resolve(g: dict, anchor: dict | None) -> dict | None:
    """The value of one match of :data:`PATTERN` against ``anchor``, or None without one.

    >>> m = PATTERN.search("The council endorsed the law the next day.")
    >>> resolve(m.groupdict(), {"start": "2020-12-01", "end": "2020-12-01", "precision": "day"})["start"]
    '2020-12-02'
    >>> m = PATTERN.search("He revived it the next week.")
    >>> v = resolve(m.groupdict(), {"start": "2018-05-24", "end": "2018-05-24", "precision": "day"})
    >>> (v["start"], v["end"])
    ('2018-05-28', '2018-06-03')
    >>> m = PATTERN.search("The parts were shipped earlier in the month.")
    >>> v = resolve(m.groupdict(), {"start": "2004-03-15", "end": "2004-03-15", "precision": "day"})
    >>> (v["start"], v["end"], v["resolved_with"])
    ('2004-03-01', '2004-03-14', 'the part of the month before the last explicit date (2004-03-15)')
    >>> m = PATTERN.search("The envoy had been recalled the week before.")
    >>> v = resolve(m.groupdict(), {"start": "2018-03-26", "end": "2018-03-26", "precision": "day"})
    >>> (v["start"], v["end"])
    ('2018-03-19', '2018-03-25')
    >>> m = PATTERN.search("Rockets found the previous December were released.")
    >>> resolve(m.groupdict(), {"start": "2003-05-31", "end": "2003-05-31", "precision": "day"})["start"]
    '2002-12'
    >>> m = PATTERN.search("Sixteen days later, the missile flew.")
    >>> resolve(m.groupdict(), {"start": "2019-08-02", "end": "2019-08-02", "precision": "day"})["start"]
    '2019-08-18'
    >>> m = PATTERN.search("A memorandum was signed the same day.")
    >>> resolve(m.groupdict(), {"start": "1999-02-21", "end": "1999-02-21", "precision": "day"})["start"]
    '1999-02-21'
    """
    if anchor is None or anchor.get("precision") not in _PRECISION:
        return None
    g = {k: ("day" if k == "unit5" and v and v.lower() in _DAY_PARTS else v) for k, v in g.items()}
    if g.get("part"):
        g = {**g, "unit": "day", "dir": g["dirp"]}
    if g.get("unit5"):
        v, how = _within(anchor, g["unit5"].lower(), None)
    elif g.get("season"):
        v, how = _named_season(anchor, g["season"].lower(), g["dir7"].lower() in ("following", "next"))
    elif g.get("month"):
        v, how = _named_month(anchor, g["month"], g["dir6"].lower() in ("following", "next"))
    elif g.get("dir3"):
        v, how = _within(anchor, g["unit3"].lower(), g["dir3"].lower() == "later")
    elif g.get("n"):
        n = int(g["n"]) if g["n"].isdigit() else _NUM[g["n"].lower()]
        v, how = _step(anchor, g["unit2"].lower(), n if g["dir2"].lower() == "later" else -n, exact=True)
    elif g.get("unit4"):
        v, how = _step(anchor, g["unit4"].lower(), 1 if g["dir4"].lower() == "after" else -1, exact=False)
    else:
        v, how = _step(anchor, g["unit"].lower(), 1 if g["dir"].lower() in ("next", "following") else -1, exact=False)
    v.pop("resolved_with", None)
    v.pop("preposition", None)
    v.pop("qualifier", None)
    v["resolved_with"] = how
    return v
