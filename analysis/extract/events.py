"""Events (rounds of talks, named agreements, incidents) and relative time statements.

An event takes the date inside it, right after it ("the incident of September
1996") or elsewhere in its clause; an undated event takes the date of another
mention of the same event. "More than a year after X, Y" is kept as a relation
between two events with an ISO 8601 duration.
"""

from __future__ import annotations

import re

from analysis.extract.mention import Mention
from analysis.text.basics import fold

NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "several": None}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10}

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


def _event_name(kind: str, g: dict) -> str:
    if kind == "round":
        o = g["ord"].lower()
        return f"round {ORDINALS.get(o) or int(re.match(r'[0-9]+', o).group())} of talks"
    if kind == "first":
        return "round 1 of talks"
    if kind == "named":
        return " ".join(g["name"].split())
    return f"{g['what']} {g['type']}"


def _event_date(text: str, s0: int, s1: int, a: int, b: int, dates: list[Mention]) -> Mention | None:
    """The event's date: inside it, right after it ("of September 1996"), or elsewhere in its clause."""
    near = [d for d in dates if a <= d.start and d.end <= b] or \
           [d for d in dates if 0 <= d.start - b <= 12 and re.fullmatch(r"\s*(?:of|in|on)?\s*", text[b:d.start])]
    if not near:
        seg = text[s0:s1]
        clause_end = next((s0 + x.start() for x in re.finditer(r"[;,.]\s", seg) if s0 + x.start() >= b), s1)
        clause_start = max([s0] + [s0 + x.end() for x in re.finditer(r"[;,]\s", seg) if s0 + x.end() <= a])
        near = [d for d in dates if clause_start <= d.start and d.end <= clause_end
                and d.value.get("precision") not in (None, "year")]
    return near[0] if near else None


def extract_events(text: str, s0: int, s1: int, sent: int, dates: list[Mention]) -> list[Mention]:
    """The events of one sentence, each with its date when one stands near it.

    >>> text = "The second round of talks ended."
    >>> [m.value["name"] for m in extract_events(text, 0, len(text), 0, [])]
    ['round 2 of talks']
    """
    seg = text[s0:s1]
    out: list[Mention] = []
    for pat, kind in _EVENT_PATTERNS:
        for m in re.finditer(pat, seg):
            a, b = s0 + m.start(), s0 + m.end()
            if any(not (b <= e.start or a >= e.end) for e in out):
                continue
            value = {"name": _event_name(kind, m.groupdict())}
            d = _event_date(text, s0, s1, a, b, dates)
            if d is not None:
                value["date"] = {k: d.value[k] for k in ("start", "end", "precision")}
            out.append(Mention("event", value, text[a:b], a, b, sent, key=f"event:{fold(text[a:b])}"))
    return out


def extract_relations(text: str, s0: int, s1: int, sent: int, events: list[Mention]) -> list[Mention]:
    """Relative time statements ("more than a year after") between the events of a sentence."""
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


def date_events(found: list[Mention]) -> None:
    """Give an undated event the date of another mention of the same event."""
    dated = {}
    for m in found:
        if m.kind == "event" and "date" in m.value:
            dated.setdefault(m.value["name"], m.value["date"])
    for m in found:
        if m.kind == "event" and "date" not in m.value and m.value["name"] in dated:
            m.value["date"] = dict(dated[m.value["name"]], inferred_from="another mention of the same event")


