"""Calendars: month and season names, standalone date strings, intervals and EDTF.

The one place in the package that knows calendars. A date value is a dict
``{"start": ISO, "end": ISO, "precision": "day"|"month"|"season"|"year"|"decade"}``
whose ISO strings carry only the digits the precision warrants (``1998``,
``1998-06``, ``1998-06-11``). :func:`bounds` turns a value into its first and last
day, :func:`edtf` into an Extended Date/Time Format string (ISO 8601-2), and
:func:`parse` reads a date written on its own (a banner date, an issue line).
Arithmetic goes through ``dateutil.relativedelta``, never by hand.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from dateutil.relativedelta import relativedelta

#: Month names and their abbreviations (lowercase, without a full stop) -> month number.
MONTHS: dict[str, int] = {
    **{m.lower(): i for i, m in enumerate(calendar.month_name) if m},
    **{m.lower(): i for i, m in enumerate(calendar.month_abbr) if m},
    "sept": 9,
}
#: Month and weekday names and their abbreviations as written, capitalised ("January", "Jan", "Sept", "Monday").
CALENDAR_WORDS: frozenset[str] = frozenset(
    {w for names in (calendar.month_name, calendar.month_abbr, calendar.day_name) for w in names if w} | {"Sept"})
#: The full month names and the weekday names, each as a regular-expression alternation ("January|...").
MONTH_NAME_RE = "(?:" + "|".join(m for m in calendar.month_name if m) + ")"
WEEKDAY_NAME_RE = "(?:" + "|".join(calendar.day_name) + ")"
#: A regular-expression alternation matching a month name or abbreviation (optional full stop).
MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
#: Seasons of the northern hemisphere, as the site's issue lines use them: first and last month.
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2),
}

_DASH = r"\s*[-–/]\s*"
_STANDALONE = [
    # June 11-13, 1998 / June 2, 2022 / Jun. 2 2022 / February 15 - March 15, 2004
    ("day", re.compile(rf"^(?P<mon>{MONTH_RE})\s+(?P<d1>\d{{1,2}})(?:{_DASH}(?:(?P<mon2>{MONTH_RE})\s+)?(?P<d2>\d{{1,2}}))?"
                       rf",?\s+(?P<y>\d{{4}})$", re.I)),
    # 2 June 2022
    ("day", re.compile(rf"^(?P<d1>\d{{1,2}})(?:{_DASH}(?P<d2>\d{{1,2}}))?\s+(?P<mon>{MONTH_RE}),?\s+(?P<y>\d{{4}})$", re.I)),
    # 1998-06-11
    ("iso", re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$")),
    # June 1998, and double issues: June/July 1998, December 1998-January 1999
    ("month", re.compile(
        rf"^(?P<mon>{MONTH_RE})(?:\s+(?P<y0>\d{{4}}))?(?:{_DASH}(?P<mon2>{MONTH_RE}))?,?\s+(?P<y>\d{{4}})$", re.I)),
    # Spring 1998, Winter 1998/99
    ("season", re.compile(
        r"^(?P<season>spring|summer|fall|autumn|winter)\s+(?P<y>\d{4})(?:/(?P<y2>\d{2}|\d{4}))?$", re.I)),
]


def month_number(name: str) -> int:
    """The month number of a month name or abbreviation ("June", "Sept.", "dec")."""
    return MONTHS[name.rstrip(".").lower()]


def iso(y: int, m: int | None = None, d: int | None = None) -> str:
    """An ISO 8601 string with as many parts as given (raises ValueError on an impossible day)."""
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return date(y, m, d).isoformat()


def value(start: str, end: str | None = None, precision: str | None = None) -> dict:
    """A date value from ISO strings; the precision defaults to the number of parts of ``start``."""
    if precision is None:
        precision = ("year", "month", "day")[start.count("-")]
    return {"start": start, "end": end or start, "precision": precision}


def month_value(y: int, m: int, y2: int | None = None, m2: int | None = None) -> dict:
    """One month, or the months from (y, m) to (y2, m2) (a double issue is a two-month interval)."""
    if m2 is None:
        return value(iso(y, m), precision="month")
    return value(iso(y, m), iso(y2 if y2 is not None else y, m2), "month")


def season_value(season: str, y: int) -> dict:
    """A season of year ``y``; winter runs from December of ``y`` into the next year."""
    lo, hi = SEASONS[season.lower()]
    return value(iso(y, lo), iso(y + 1 if hi < lo else y, hi), "season")


def _first(s: str) -> date:
    parts = [int(x) for x in s.split("-")]
    return date(parts[0], *(parts[1:] + [1, 1])[:2])


def _last(s: str) -> date:
    n = s.count("-")
    if n == 2:
        return date.fromisoformat(s)
    step = relativedelta(months=1) if n == 1 else relativedelta(years=1)
    return _first(s) + step - relativedelta(days=1)


def bounds(v: dict) -> tuple[date, date]:
    """First and last day of a date value of any precision."""
    return _first(v["start"]), _last(v["end"])


def edtf(v: dict) -> str:
    """The value as an EDTF string: ``1998-06``, or an interval ``1998-06-11/1998-06-13``."""
    return v["start"] if v["start"] == v["end"] else f"{v['start']}/{v['end']}"


def from_edtf(s: str) -> dict:
    """Read back what :func:`edtf` writes."""
    start, _, end = s.partition("/")
    return value(start, end or start)


def shift(d: date, duration: str) -> date:
    """``d`` moved by an ISO 8601 duration of one unit (``P1Y``, ``P3M``, ``P2W``, ``P10D``, or negative ``-P1Y``)."""
    m = re.fullmatch(r"(-?)P(\d+)([YMWD])", duration)
    if not m:
        raise ValueError(f"not a one-unit ISO 8601 duration: {duration!r}")
    n = int(m.group(2)) * (-1 if m.group(1) else 1)
    unit = {"Y": "years", "M": "months", "W": "weeks", "D": "days"}[m.group(3)]
    return d + relativedelta(**{unit: n})


_UNIT_WORDS = {"Y": "year", "M": "month", "W": "week", "D": "day"}


def duration_words(duration: str) -> str:
    """A one-unit ISO 8601 duration in words; anything else as written.

    >>> duration_words("P1Y"), duration_words("P3M"), duration_words("-P2W"), duration_words("PT5H")
    ('1 year', '3 months', '2 weeks earlier', 'PT5H')
    """
    m = re.fullmatch(r"(-?)P(\d+)([YMWD])", duration or "")
    if not m:
        return duration
    n = int(m.group(2))
    return f"{n} {_UNIT_WORDS[m.group(3)]}{'' if n == 1 else 's'}{' earlier' if m.group(1) else ''}"


def _day_words(s: str, with_year: bool = True) -> str:
    """An ISO date of any precision in words: ``2003-06-11`` is "11 June 2003", ``2003-06`` "June 2003"."""
    parts = [int(p) for p in s.split("-")]
    words = [str(parts[2])] if len(parts) > 2 else []
    words += [calendar.month_name[parts[1]]] if len(parts) > 1 else []
    return " ".join(words + ([str(parts[0])] if with_year or len(parts) == 1 else []))


def words(v: dict) -> str:
    """A date value in words, an interval shortened where its ends share a year or month.

    >>> words(value("2003-06-11", "2003-06-13")), words(value("2002-04")), words(value("2003-05-30", "2003-06-02"))
    ('11-13 June 2003', 'April 2002', '30 May-2 June 2003')
    >>> words(value("2003-06", "2003-07")), words(value("1998-12-30", "1999-01-02"))
    ('June-July 2003', '30 December 1998-2 January 1999')
    """
    start, end = v["start"], v["end"]
    if start == end or not end:
        return _day_words(start)
    a, b = start.split("-"), end.split("-")
    if len(a) == len(b) == 3 and a[:2] == b[:2]:
        return f"{int(a[2])}-{_day_words(end)}"
    if len(a) == len(b) and a[0] == b[0] and len(a) > 1:
        return f"{_day_words(start, with_year=False)}-{_day_words(end)}"
    return f"{_day_words(start)}-{_day_words(end)}"


def _standalone(kind: str, g: dict) -> dict:
    if kind == "iso":
        return value(iso(int(g["y"]), int(g["m"]), int(g["d"])))
    if kind == "day":
        y, mon = int(g["y"]), month_number(g["mon"])
        mon2 = month_number(g["mon2"]) if g.get("mon2") else mon
        return value(iso(y, mon, int(g["d1"])), iso(y, mon2, int(g["d2"] or g["d1"])), "day")
    if kind == "season":
        # "Winter 1998/99" is the winter that begins in December 1998: the first year decides.
        return season_value(g["season"], int(g["y"]))
    y = int(g["y"])
    if not g.get("mon2"):
        return month_value(y, month_number(g["mon"]))
    y0 = int(g["y0"]) if g.get("y0") else y
    return month_value(y0, month_number(g["mon"]), y, month_number(g["mon2"]))


_WEEKDAY = re.compile(
    r"^(?:" + "|".join(d for d in calendar.day_name) + r"|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?),?\s+",
    re.IGNORECASE)


def without_weekday(text: str) -> str:
    """The text without a leading weekday name ("Friday, March 31, 2000" -> "March 31, 2000")."""
    return _WEEKDAY.sub("", text.strip(), count=1)


def parse(text: str) -> dict | None:
    """A date written on its own line ("June 2, 2022", "June/July 1998", "Spring 1998"), or None.

    Impossible dates ("February 30, 1998") and intervals that run backwards are None.
    """
    s = " ".join(text.split()).strip(" .")
    for kind, pattern in _STANDALONE:
        m = pattern.match(s)
        if m:
            try:
                v = _standalone(kind, m.groupdict())
                lo, hi = bounds(v)
            except ValueError:
                return None
            return v if lo <= hi else None
    return None


def is_date(text: str) -> bool:
    """Whether ``text`` is a date written on its own."""
    return parse(text) is not None
