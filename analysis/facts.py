"""Facts: what an article asserts, each with its evidence span in every witness.

Extraction runs on the body of a witness, sentence by sentence, with general
rules and the small lexicons in ``data/reference/`` (countries, cities,
organizations, official titles). Kinds:

* ``date``: ISO 8601 with its precision (``day``, ``month``, ``season``, ``year``);
  a day range without a year takes the year of the issue; a bare month takes the
  year of the last mention of that month, else of the issue; seasons relative to
  the issue ("this summer") become month intervals (meteorological seasons,
  northern hemisphere); "more than a year after ..." is kept as a relation
  between two events;
* ``event``: rounds of talks, named agreements and incidents, with their dates;
* ``person``: name, role and side, from a title before the name, an apposition
  after it, and "led by ...; his ... counterpart was ..." constructions;
* ``organization`` and ``place``: canonical names; a capital used as its
  government (a metonym, "a request by Pyongyang") is an organization;
* ``quantity``: magnitude in SI-derived units (km, kg) converted with pint,
  with an approximate flag ("about", "some", ...) and a bound ("or more");
* ``claim``: each clause's assertion (actor, predicate, object) and who makes it
  (the article itself, or a named or anonymous source).

Each extracted item is a :class:`Mention` with a span into the witness text;
:func:`reconcile` merges the mentions of several witnesses into :class:`Fact`
rows and says whether each stands in all witnesses, differs, or is missing.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from analysis import paths
from analysis.collate import fold
from analysis.witness import Witness

if TYPE_CHECKING:
    import pandas as pd

KINDS = ("event", "date", "person", "organization", "place", "quantity", "claim")

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
_MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
             r"Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2)}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "several": None}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10}
APPROX = ("about", "some", "roughly", "approximately", "around", "nearly", "almost", "an estimated", "up to")
UNITS = {"kilometer": "km", "kilometre": "km", "km": "km", "mile": "km", "nautical mile": "km",
         "kilogram": "kg", "kg": "kg", "ton": "kg", "tonne": "kg", "pound": "kg", "lb": "kg",
         "meter": "km", "metre": "km"}
_PINT_NAMES = {"kilometer": "kilometer", "kilometre": "kilometer", "km": "kilometer", "mile": "mile",
               "nautical mile": "nautical_mile", "kilogram": "kilogram", "kg": "kilogram", "ton": "metric_ton",
               "tonne": "metric_ton", "pound": "pound", "lb": "pound", "meter": "meter", "metre": "meter"}
_ABBREV = {"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "st", "jan", "feb", "mar", "apr",
           "aug", "sept", "sep", "oct", "nov", "dec", "no", "vs", "e.g", "i.e"}


# ---------------------------------------------------------------------------
# lexicons


def _split(cell: str) -> list[str]:
    return [x.strip() for x in str(cell).split(";") if x.strip()]


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """The reference lexicons (verified by checksum first), as lookup tables."""
    import pandas as pd

    from analysis.integrity import verify_data

    verify_data()
    read = lambda name: pd.read_csv(paths.REFERENCE / name, keep_default_na=False)  # noqa: E731
    countries = read("countries.csv")
    names, adjectives, capitals = {}, {}, {}
    for r in countries.itertuples():
        for n in {r.name, *_split(r.aliases)}:
            names[n] = (r.name, r.iso3)
        for a in _split(r.adjectives):
            adjectives[a] = (r.name, r.iso3)
        if r.capital:
            capitals[r.capital] = (r.name, r.iso3)
    cities = {}
    for r in read("cities.csv").itertuples():
        for n in {r.name, *_split(r.aliases)}:
            cities[n] = (r.name, r.iso3)
    orgs = {}
    for r in read("organizations.csv").itertuples():
        for n in {r.name, *_split(r.aliases)}:
            orgs[n] = r.name
    roles = read("roles.csv")
    parts = {p: set(roles[roles.part == p].word) for p in ("head", "modifier", "portfolio")}
    return {"countries": names, "adjectives": adjectives, "capitals": capitals, "cities": cities,
            "organizations": orgs, "roles": parts, "events": read("events.csv")}


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# ---------------------------------------------------------------------------
# data structures


@dataclass
class Mention:
    """One fact as it stands in one text: kind, normalised value, words and span."""

    kind: str
    value: dict
    text: str
    start: int
    end: int
    sentence: int = 0
    key: str = ""

    def __post_init__(self):
        if not self.key:
            self.key = f"{self.kind}:{fold(self.text)}"


@dataclass
class Fact:
    """A fact reconciled across witnesses."""

    fact_id: str
    kind: str
    value: dict
    text: str
    evidence: dict[str, tuple[int, int] | None]
    readings: dict[str, str | None]
    status: str = ""
    mentions: dict[str, Mention] = field(default_factory=dict, repr=False)


# ---------------------------------------------------------------------------
# sentences


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans in text[start:end], aware of abbreviations such as U.S. and Gen."""
    end = len(text) if end is None else end
    spans, s = [], start
    for m in re.finditer(r"[.!?][\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9])", text[start:end]):
        stop = start + m.end()
        word = re.search(r"(\S+)$", text[s : start + m.start() + 1])
        token = word.group(1).rstrip(".").lower() if word else ""
        # initials and abbreviations (U.S., Gen.) do not end a sentence
        if token in _ABBREV or re.fullmatch(r"(?:[a-z]\.)*[a-z]", token):
            continue
        spans.append((s, stop))
        s = stop
        while s < end and text[s].isspace():
            s += 1
    if s < end and text[s:end].strip():
        spans.append((s, end))
    return spans


# ---------------------------------------------------------------------------
# extractors


@dataclass
class _Context:
    issue: tuple[int, int] | None  # (year, month)
    month_years: dict[int, int] = field(default_factory=dict)  # month -> year of its last full mention


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return date(y, m, d).isoformat()


def _dates(text: str, s0: int, s1: int, ctx: _Context, sent: int) -> list[Mention]:
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    seg = text[s0:s1]

    def free(a, b):
        return all(b <= x or a >= y for x, y in taken)

    def add(a, b, value):
        taken.append((a, b))
        out.append(Mention("date", value, text[a:b], a, b, sent))

    pats = [
        (rf"\b(?P<mon>{_MONTH_RE})\s+(?P<d1>\d{{1,2}})(?:\s*[-–]\s*(?P<d2>\d{{1,2}}))?(?:,?\s+(?P<y>\d{{4}}))?\b", "day"),
        (rf"\b(?P<d1>\d{{1,2}})(?:\s*[-–]\s*(?P<d2>\d{{1,2}}))?\s+(?P<mon>{_MONTH_RE})(?:\s+(?P<y>\d{{4}}))?\b", "day"),
        (rf"\b(?P<mon>{_MONTH_RE})(?:\s+of)?\s+(?P<y>\d{{4}})\b", "month"),
        (r"\b(?P<rel>this|last|next)\s+(?P<season>spring|summer|fall|autumn|winter)\b", "season"),
        (r"\b(?P<season>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<y>\d{4})\b", "season"),
        (rf"\b(?:in|since|until|by|during|early|late|mid-|before|after)\s+(?P<mon>{_MONTH_RE})(?![\w-])(?!\s+\d)", "bare"),
        (r"(?<![\d,.$-])\b(?P<y>1[89]\d\d|20\d\d)\b(?![\d,.%-]|\s*(?:kilomet|km|miles?|kilogram|kg|tons?|people|missiles?))", "year"),
    ]
    for pat, kind in pats:
        for m in re.finditer(pat, seg, flags=re.IGNORECASE if kind in ("season", "bare") else 0):
            a, b = s0 + m.start(), s0 + m.end()
            if kind == "bare":
                a = s0 + m.start("mon")
            if not free(a, b):
                continue
            g = m.groupdict()
            value: dict
            if kind == "day":
                mon = MONTHS[g["mon"].rstrip(".").lower()]
                if g["y"]:
                    y, how = int(g["y"]), None
                elif ctx.issue:
                    y, how = ctx.issue[0], f"year of the issue ({_iso(*ctx.issue)})"
                else:
                    continue
                d1 = int(g["d1"])
                d2 = int(g["d2"] or d1)
                try:
                    value = {"start": _iso(y, mon, d1), "end": _iso(y, mon, d2), "precision": "day"}
                except ValueError:
                    continue
                if how:
                    value["resolved_with"] = how
                ctx.month_years[mon] = y
            elif kind == "month":
                mon = MONTHS[g["mon"].rstrip(".").lower()]
                y = int(g["y"])
                value = {"start": _iso(y, mon), "end": _iso(y, mon), "precision": "month"}
                ctx.month_years[mon] = y
            elif kind == "season":
                lo, hi = SEASONS[g["season"].lower()]
                if g.get("y"):
                    y = int(g["y"])
                    how = None
                elif ctx.issue:
                    y = ctx.issue[0] + {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
                    how = f"relative to the issue ({_iso(*ctx.issue)})"
                else:
                    continue
                y_end = y + 1 if hi < lo else y
                value = {"start": _iso(y, lo), "end": _iso(y_end, hi), "precision": "season"}
                if how:
                    value["resolved_with"] = how
            elif kind == "bare":
                word = g["mon"]
                if word.lower() == "may" and not word[0].isupper():
                    continue
                b = a + len(word)
                mon = MONTHS[word.rstrip(".").lower()]
                if mon in ctx.month_years:
                    y, how = ctx.month_years[mon], "year of the last mention of that month"
                elif ctx.issue:
                    y = ctx.issue[0] if mon <= ctx.issue[1] else ctx.issue[0] - 1
                    how = f"latest such month up to the issue ({_iso(*ctx.issue)})"
                else:
                    continue
                value = {"start": _iso(y, mon), "end": _iso(y, mon), "precision": "month", "resolved_with": how}
            else:
                y = int(g["y"])
                value = {"start": _iso(y), "end": _iso(y), "precision": "year"}
            add(a, b, value)
    return out


_DURATION = re.compile(
    r"\b(?P<cmp>more than|less than|fewer than|at least|almost|nearly|over|about)\s+"
    r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+"
    r"(?P<unit>year|month|week|day)s?\s+(?P<rel>after|before|since)\b",
    re.IGNORECASE,
)

_EVENT_PATTERNS = [
    # "a second round of talks", "the first round of negotiations"
    (r"\b(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+round\s+of\s+"
     r"(?:bilateral\s+)?(?:missile\s+)?(?:talks|negotiations|discussions)", "round"),
    # "first met", "initiated talks", "began talks", "opened talks": the first round
    (r"\b(?:first\s+met|(?:initiated|began|opened|launched|started)\s+(?:bilateral\s+)?(?:missile\s+)?"
     r"(?:talks|negotiations|discussions))", "first"),
    # named agreements, optionally with a year and adjectives before them
    (r"\b(?:the\s+)?(?:(?P<y>1[89]\d\d|20\d\d)\s+)?(?:[A-Z][\w.]*(?:[-–][A-Z][\w.]*)*\s+){0,3}?"
     r"(?P<name>Agreed\s+Framework|(?:[A-Z][\w-]*\s+)*(?:Treaty|Accord|Agreement|Declaration|Protocol))\b", "named"),
    # "the submarine incident of September 1996", "the nuclear crisis"
    (r"\b(?:the\s+)?(?P<what>[a-z]+)\s+(?P<type>incident|crisis|summit|test|attack|standoff)\b", "incident"),
]


def _events(text: str, s0: int, s1: int, sent: int, dates: list[Mention]) -> list[Mention]:
    seg = text[s0:s1]
    out: list[Mention] = []
    for pat, kind in _EVENT_PATTERNS:
        for m in re.finditer(pat, seg):
            a, b = s0 + m.start(), s0 + m.end()
            if any(not (b <= e.start or a >= e.end) for e in out):
                continue
            g = m.groupdict()
            if kind == "round":
                o = g["ord"].lower()
                n = ORDINALS.get(o) or int(re.match(r"\d+", o).group())
                name = f"round {n} of talks"
            elif kind == "first":
                name = "round 1 of talks"
            elif kind == "named":
                name = " ".join(g["name"].split())
            else:
                name = f"{g['what']} {g['type']}"
            # the event's date: a date inside it, right after it ("of September 1996"),
            # or elsewhere in its clause
            near = [d for d in dates if a <= d.start and d.end <= b] or \
                   [d for d in dates if 0 <= d.start - b <= 12 and re.fullmatch(r"\s*(?:of|in|on)?\s*", text[b:d.start])]
            if not near:
                clause_end = next((s0 + x.start() for x in re.finditer(r"[;,.]\s", seg) if s0 + x.start() >= b), s1)
                clause_start = max([s0] + [s0 + x.end() for x in re.finditer(r"[;,]\s", seg) if s0 + x.end() <= a])
                near = [d for d in dates if clause_start <= d.start and d.end <= clause_end and d.value["precision"] != "year"]
            value = {"name": name}
            if near:
                value["date"] = {k: near[0].value[k] for k in ("start", "end", "precision")}
            out.append(Mention("event", value, text[a:b], a, b, sent, key=f"event:{fold(text[a:b])}"))
    return out


def _relations(text: str, s0: int, s1: int, sent: int, events: list[Mention]) -> list[Mention]:
    out = []
    events = sorted(events, key=lambda e: e.start)
    for m in _DURATION.finditer(text, s0, s1):
        a, b = m.start(), m.end()
        n = m.group("n").lower()
        n = NUMBER_WORDS.get(n, None) if not n.isdigit() else int(n)
        unit = m.group("unit").lower()
        anchor = next((e for e in events if e.start >= b), None)
        subject = next((e for e in events if e is not anchor and e.start > (anchor.end if anchor else b)), None)
        value = {"relation": m.group("rel").lower(), "comparison": m.group("cmp").lower(),
                 "duration": f"P{n}{unit[0].upper()}" if n else None,
                 "anchor": anchor.value["name"] if anchor else None,
                 "subject": subject.value["name"] if subject else None}
        out.append(Mention("date", value, text[a:b], a, b, sent))
    return out


def _name_re() -> str:
    return r"(?:[A-Z][a-z'’\-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’\-]+|[A-Z]\.)){1,3}"


@lru_cache(maxsize=1)
def _title_re() -> str:
    roles = lexicon()["roles"]
    mod = _alternation(roles["modifier"])
    head = _alternation(roles["head"])
    port = _alternation(roles["portfolio"])
    return (rf"(?:(?:{mod})\s+)*(?:{head})(?:\s+(?:of|for)(?:\s+the)?\s+(?:{port})(?:\s+(?:and\s+)?(?:{port}))*)*")


def _side_from(words: str) -> dict | None:
    lx = lexicon()
    for table in ("adjectives", "countries"):
        for name in sorted(lx[table], key=len, reverse=True):
            if re.search(rf"(?<![\w.]){re.escape(name)}(?![\w])", words):
                return {"name": lx[table][name][0], "iso3": lx[table][name][1]}
    return None


def _people(text: str, s0: int, s1: int, sent: int) -> list[Mention]:
    seg = text[s0:s1]
    name = _name_re()
    title = _title_re()
    found: dict[tuple[int, int], dict] = {}

    def put(a, b, role, side):
        who = text[a:b]
        cur = found.setdefault((a, b), {"name": who, "role": None, "side": None})
        cur["role"] = cur["role"] or (" ".join(role.split()) if role else None)
        cur["side"] = cur["side"] or side

    # 1. a title before the name: "Deputy Foreign Minister Ivan Petrov"
    for m in re.finditer(rf"(?P<role>{title})\s+(?P<name>{name})", seg):
        before = seg[max(0, m.start() - 40) : m.start()]
        put(s0 + m.start("name"), s0 + m.end("name"), m.group("role"), _side_from(before.split(",")[-1]))
    # 2. "<Adj> delegation was led by <title> <name>"
    for m in re.finditer(rf"(?P<who>[\w.\- ]{{0,40}}?)\s*(?:delegation|team|side)\s+(?:was|is|were)\s+(?:led|headed)\s+by\s+"
                         rf"(?:(?P<role>{title})\s+)?(?P<name>{name})", seg):
        put(s0 + m.start("name"), s0 + m.end("name"), m.group("role"), _side_from(m.group("who")))
    # 3. "his <Adj> counterpart was <name>, <role>"
    for m in re.finditer(rf"\b(?:his|her|their)\s+(?P<adj>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)\s+counterparts?\s+"
                         rf"(?:was|is|were)\s+(?:(?P<title>{title})\s+)?(?P<name>{name})", seg):
        put(s0 + m.start("name"), s0 + m.end("name"), m.group("title"), _side_from(m.group("adj")))
    # 4. apposition: "<name>, director of American affairs in the Ministry of Foreign Affairs"
    heads = _alternation({w.lower() for w in lexicon()["roles"]["head"]} | {"head", "chief", "member"})
    mods = _alternation({w.lower() for w in lexicon()["roles"]["modifier"]})
    for m in re.finditer(rf"(?P<name>{name}),\s+(?P<role>(?:the\s+)?(?:(?:{mods})\s+)*(?:{heads})\s+(?:of|for|at|in)\s+[^;.]+?)"
                         rf"(?=[;.]|,\s|\s+(?:and|who|said)\b|$)", seg):
        put(s0 + m.start("name"), s0 + m.end("name"), m.group("role"), _side_from(m.group("role")))
    lx = lexicon()
    known = set(lx["countries"]) | set(lx["cities"]) | set(lx["organizations"])
    out = []
    for (a, b), v in sorted(found.items()):
        if v["name"] in known or any(a < x < b or a < y < b for (x, y) in found if (x, y) != (a, b) and x <= a):
            continue
        out.append(Mention("person", v, text[a:b], a, b, sent, key=f"person:{fold(text[a:b])}"))
    return out


def _entities(text: str, s0: int, s1: int, sent: int, people: list[Mention]) -> list[Mention]:
    lx = lexicon()
    out: list[Mention] = []
    taken = [(p.start, p.end) for p in people]

    def free(a, b):
        return all(b <= x or a >= y for x, y in taken)

    def add(kind, a, b, value):
        taken.append((a, b))
        out.append(Mention(kind, value, text[a:b], a, b, sent, key=f"{kind}:{value['name']}"))

    for n in sorted(lx["organizations"], key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w]){re.escape(n)}(?![\w])", text[s0:s1]):
            a, b = s0 + m.start(), s0 + m.end()
            if free(a, b):
                add("organization", a, b, {"name": lx["organizations"][n]})
    # ministries and departments by their generic form
    for m in re.finditer(r"\b(?:Ministry|Department|Office|Bureau)\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*",
                         text[s0:s1]):
        a, b = s0 + m.start(), s0 + m.end()
        if free(a, b):
            add("organization", a, b, {"name": " ".join(m.group().split())})
    for n in sorted(lx["countries"], key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w]){re.escape(n)}(?![\w])", text[s0:s1]):
            a, b = s0 + m.start(), s0 + m.end()
            if free(a, b):
                name, iso3 = lx["countries"][n]
                add("place", a, b, {"name": name, "iso3": iso3, "type": "country"})
    for n in sorted(lx["cities"], key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w]){re.escape(n)}(?![\w])", text[s0:s1]):
            a, b = s0 + m.start(), s0 + m.end()
            if not free(a, b):
                continue
            name, iso3 = lx["cities"][n]
            before = text[max(s0, a - 12) : a]
            # a capital named as an actor stands for its government (metonymy)
            if n in lx["capitals"] and not re.search(r"\b(?:in|at|from|to|near|into|outside|around)\s+$", before):
                country, code = lx["capitals"][n]
                add("organization", a, b, {"name": f"Government of {country}", "iso3": code,
                                           "metonym": f"{n}, the capital, standing for its government"})
            else:
                add("place", a, b, {"name": name, "iso3": iso3, "type": "city"})
    return out


def _quantities(text: str, s0: int, s1: int, sent: int) -> list[Mention]:
    from analysis.units import convert

    unit_re = r"nautical miles?|kilomet(?:er|re)s?|km|miles?|kilograms?|kg|tonnes?|tons?|pounds?|lbs?|met(?:er|re)s?"
    approx = _alternation(APPROX)
    pat = (rf"(?:(?P<approx>{approx})\s+)?(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)"
           rf"(?:\s*[-–]\s*|\s+)(?P<unit>{unit_re})\b(?P<bound>\s+or\s+(?:more|greater|longer|less|fewer))?")
    out = []
    for m in re.finditer(pat, text[s0:s1], flags=re.IGNORECASE):
        a, b = s0 + m.start(), s0 + m.end()
        written = m.group("unit").lower()
        raw_unit = written if written in ("km", "kg") else written.rstrip("s")  # kilometers -> kilometer
        number = float(m.group("num").replace(",", ""))
        magnitude, unit = convert(number, _PINT_NAMES[raw_unit], UNITS[raw_unit])
        value = {"magnitude": magnitude, "unit": unit, "approximate": bool(m.group("approx"))}
        if m.group("bound"):
            value["bound"] = ">=" if re.search(r"more|greater|longer", m.group("bound")) else "<="
        window = text[max(s0, a - 40) : min(s1, b + 20)].lower()
        if unit == "km" and "range" in window:
            value["measure"] = "range"
        elif unit == "km" and re.search(r"payload|carry|carrying|deliver", window):
            value["measure"] = "range"
        elif unit == "kg" and "payload" in window:
            value["measure"] = "payload"
        out.append(Mention("quantity", value, text[a:b], a, b, sent))
    return out


_SOURCE = re.compile(
    r"\b(?P<src>(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne|[Tt]wo|[Ss]everal)\s+(?:[\w.\-]+\s+){0,3}?(?:official|officials|spokesman|spokeswoman|"
    r"diplomat|diplomats|source|sources|analyst|analysts|negotiator|negotiators))\s+(?:who\s+\w+\s+)?"
    r"(?:said|described|stated|told|added|noted|insisted|warned|claimed|announced)\b"
)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<src>[^,;.]+)")
_PARTICIPLE = r"(?:\w+(?:ed|en|ing)|sold|held|met|kept|led|made|built|won|lost|left|told|said|found|brought|done|seen)"
_VERB = re.compile(
    rf"\b(?:has|have|had)\s+been\s+\w+ing\b|\b(?:did|does|do)\s+not\s+\w+\b|"
    rf"\b(?:has|have|had|was|were|is|are|will|would|could)(?:\s+not)?(?:\s+(?:also|been))?(?:\s+{_PARTICIPLE})?\b|\b(?:said|described|held|met|produced|kept|linked|sold|denied|"
    r"included|discussed|led|initiated|agreed|announced|urged|conducted|launched|tested|froze|provide|provides|"
    r"criticised|criticized|flew|fell|signed|rejected|demanded|offered)\b"
)


_SUBORDINATE = re.compile(r"^(?:After|Before|More than|Less than|When|While|Since|Although|Though|Because|If|As|"
                          r"Despite|Following|Once|Until|Unless)\b")


def _claims(text: str, s0: int, s1: int, sent: int) -> list[Mention]:
    seg = text[s0:s1]
    src = _SOURCE.search(seg) or _ACCORDING.search(seg)
    # clauses: split at semicolons and at ", but" / ", however," (coordinated assertions)
    bounds = [(0, 0)] + [(m.start(), m.end()) for m in re.finditer(r";\s+|,\s+(?:but|however,?|while)\s+", seg)]
    bounds.append((len(seg), len(seg)))
    out = []
    for (_, a), (b, _) in zip(bounds, bounds[1:]):
        piece = seg[a:b].strip().rstrip(".;,")
        if len(piece.split()) < 4:
            continue
        a = a + seg[a:b].find(piece)
        verb = _VERB.search(piece)
        comma = piece.find(", ")
        # a leading subordinate clause ("More than a year after X did Y, Z held ...") is not the main clause
        if verb and _SUBORDINATE.match(piece) and 0 < comma and verb.start() < comma:
            verb = _VERB.search(piece, comma + 2) or verb
            actor = piece[comma + 2 : verb.start()].strip(" ,")
        elif verb:
            actor = piece[: verb.start()].strip(" ,")
        if not verb:
            continue
        inverted = bool(actor) and len(actor.split()) == 1 and actor.lower() in ("also", "then", "so", "and", "but")
        if inverted:
            actor = ""  # inverted order ("Also discussed ... was X"): the subject follows the verb
        elif not actor and out:
            actor = out[-1].value["actor"] or ""  # "..., but did not comment": the same subject
        # the source speaks from its own clause on; earlier clauses are the article's
        attribution = " ".join(src.group("src").split()) if src and src.start() < a + len(piece) and \
            (src.start() >= a or src.re is _ACCORDING) else "the article"
        if src and src.re is _SOURCE and src.start() < a:
            attribution = " ".join(src.group("src").split())
        attribution = attribution[:1].lower() + attribution[1:] if attribution[:2] in ("A ", "An", "Th", "On", "Tw", "Se") else attribution
        value = {"actor": " ".join(actor.split()) or None, "predicate": " ".join(verb.group().split()),
                 "object": " ".join(piece[verb.end():].split()) or None, "attribution": attribution}
        out.append(Mention("claim", value, piece, s0 + a, s0 + a + len(piece), sent))
    return out


def extract_text(text: str, issue: str | None = None, spans: Sequence[tuple[int, int]] | None = None) -> list[Mention]:
    """Every mention in ``text`` (or in the given spans of it), in reading order.

    ``issue`` is the issue month ``YYYY-MM`` used to resolve dates written without a year.
    """
    ctx = _Context(tuple(int(x) for x in issue.split("-")) if issue else None)
    spans = spans or [(0, len(text))]
    found: list[Mention] = []
    n = 0
    for a, b in spans:
        for s0, s1 in sentences(text, a, b):
            dates = _dates(text, s0, s1, ctx, n)
            events = _events(text, s0, s1, n, dates)
            people = _people(text, s0, s1, n)
            found += dates + events + _relations(text, s0, s1, n, events) + people
            found += _entities(text, s0, s1, n, people) + _quantities(text, s0, s1, n) + _claims(text, s0, s1, n)
            n += 1
    _date_events(found)
    found.sort(key=lambda m: (m.start, KINDS.index(m.kind), m.end))
    return found


def _date_events(found: list[Mention]) -> None:
    """Give an undated event the date of another mention of the same event."""
    dated = {}
    for m in found:
        if m.kind == "event" and "date" in m.value:
            dated.setdefault(m.value["name"], m.value["date"])
    for m in found:
        if m.kind == "event" and "date" not in m.value and m.value["name"] in dated:
            m.value["date"] = dict(dated[m.value["name"]], inferred_from="another mention of the same event")


def extract(witness: Witness, issue: str | None = None) -> list[Mention]:
    """Mentions in a witness's body; spans index ``witness.text``."""
    return extract_text(witness.text, issue or witness.metadata.get("issue"),
                        [(b.start, b.end) for b in witness.blocks_of("body")])


# ---------------------------------------------------------------------------
# reconciliation


def reconcile(witnesses: Sequence[Witness]) -> list[Fact]:
    """Facts of all witnesses: the same fact is the same kind and the same words,
    typography aside (its n-th occurrence pairs with the n-th). The issue month of
    any witness that names it resolves dates in all of them."""
    issue = next((w.metadata["issue"] for w in witnesses if w.metadata.get("issue")), None)
    per = {w.id: extract(w, issue) for w in witnesses}
    order: list[tuple[str, int]] = []
    table: dict[tuple[str, int], dict[str, Mention]] = {}
    for w in witnesses:
        seen: dict[str, int] = {}
        for m in per[w.id]:
            n = seen.get(m.key, 0)
            seen[m.key] = n + 1
            slot = (m.key, n)
            if slot not in table:
                table[slot] = {}
                order.append(slot)
            table[slot][w.id] = m
    # reading order of the first witness that has each fact
    pos = {slot: (min(ids.index(w) for w in table[slot]), next(iter(table[slot].values())).start)
           for ids in [[w.id for w in witnesses]] for slot in order}
    facts = []
    for n, slot in enumerate(sorted(order, key=lambda s: pos[s]), 1):
        found = table[slot]
        first = next(iter(found.values()))
        evidence = {w.id: ((found[w.id].start, found[w.id].end) if w.id in found else None) for w in witnesses}
        readings = {w.id: (found[w.id].text if w.id in found else None) for w in witnesses}
        values = {json.dumps(m.value, sort_keys=True) for m in found.values()}
        if len(found) < len(witnesses):
            status = "only in " + ", ".join(w.id for w in witnesses if w.id in found)
        elif len({m.text for m in found.values()}) > 1 or len(values) > 1:
            status = "differs: " + " / ".join(f"{w}: {t!r}" for w, t in readings.items())
        else:
            status = "in all witnesses"
        facts.append(Fact(f"F{n:03d}", first.kind, first.value, first.text, evidence, readings, status, found))
    return facts


def fact_table(facts: Sequence[Fact]) -> "pd.DataFrame":
    """Facts as a table: fact_id, kind, value (JSON), text, status, and a start/end column pair per witness."""
    import pandas as pd

    rows = []
    for f in facts:
        row = {"fact_id": f.fact_id, "kind": f.kind, "value": json.dumps(f.value, ensure_ascii=False, sort_keys=True),
               "text": f.text, "status": f.status}
        for wid, span in f.evidence.items():
            row[f"{wid}_start"] = span[0] if span else None
            row[f"{wid}_end"] = span[1] if span else None
        rows.append(row)
    return pd.DataFrame(rows).astype({c: "Int64" for c in (rows[0] if rows else {}) if c.endswith(("_start", "_end"))})


def facts_json(facts: Sequence[Fact]) -> list[dict]:
    """The facts in the command line's JSON form."""
    return [{"fact_id": f.fact_id, "kind": f.kind, "value": f.value, "text": f.text,
             "evidence": {w: list(s) for w, s in f.evidence.items() if s}, "status": f.status} for f in facts]


def timeline(facts: Sequence[Fact]) -> "pd.DataFrame":
    """Dated items for a timeline: each event once (with its date), then each date that
    belongs to no event, in time order: label, start, end, precision, fact_ids."""
    import pandas as pd

    rows: dict[str, dict] = {}
    used: set[str] = set()
    for f in facts:
        if f.kind == "event" and "date" in f.value:
            d = f.value["date"]
            row = rows.setdefault(f.value["name"], {"label": f.value["name"], "start": d["start"], "end": d["end"],
                                                   "precision": d["precision"], "fact_ids": []})
            row["fact_ids"].append(f.fact_id)
            used.add(json.dumps({k: d[k] for k in ("start", "end")}, sort_keys=True))
    for f in facts:
        if f.kind == "date" and "start" in f.value:
            key = json.dumps({k: f.value[k] for k in ("start", "end")}, sort_keys=True)
            if key in used:
                continue
            rows.setdefault(f"'{f.text}'", {"label": f"'{f.text}'", "start": f.value["start"], "end": f.value["end"],
                                            "precision": f.value["precision"], "fact_ids": []})["fact_ids"].append(f.fact_id)
    table = pd.DataFrame(list(rows.values()), columns=["label", "start", "end", "precision", "fact_ids"])
    table["fact_ids"] = table.fact_ids.map(", ".join)
    return table.sort_values(["start", "end", "label"], kind="stable").reset_index(drop=True)


def relations(facts: Sequence[Fact]) -> list[tuple[str, str, str]]:
    """(anchor event, subject event, words) of each relative time statement."""
    return [(f.value["anchor"], f.value["subject"], f.text) for f in facts
            if f.kind == "date" and "relation" in f.value and f.value["anchor"] and f.value["subject"]]


def spans_hold(facts: Sequence[Fact], witnesses: Sequence[Witness]) -> bool:
    """Whether every fact's span in every witness is exactly the fact's words there."""
    texts = {w.id: w.text for w in witnesses}
    return all(span is None or texts[wid][span[0]:span[1]] == f.readings[wid]
               for f in facts for wid, span in f.evidence.items())


def kind_table(facts: Sequence[Fact], kinds: Iterable[str], columns: Sequence[str] | None = None) -> "pd.DataFrame":
    """The facts of some kinds, one row each: fact_id, text and the fields of the value
    (a nested value such as a person's side shows by its name)."""
    import pandas as pd

    kinds = set(kinds)
    rows = [{"fact_id": f.fact_id, "text": f.text,
             **{k: (v["name"] if isinstance(v, dict) and "name" in v else v) for k, v in f.value.items()}}
            for f in facts if f.kind in kinds]
    table = pd.DataFrame(rows)
    return table[list(columns)] if columns else table


def summary(facts: Sequence[Fact]) -> str:
    """How many facts of each kind, and how they stand across the witnesses."""
    from collections import Counter

    kinds = Counter(f.kind for f in facts)
    differ = sum(f.status.startswith("differs") for f in facts)
    only = sum(f.status.startswith("only in") for f in facts)
    return (f"{len(facts)} facts ({', '.join(f'{n} {k}' for k, n in kinds.most_common())}); "
            f"{len(facts) - differ - only} identical in all witnesses, {differ} worded differently, "
            f"{only} in one witness only.")
