"""A person's side from the offices they held, when the text gives none.

A reader knows whose official "President George Bush", "Sergei Shoigu" or "Jack Straw"
is: :func:`fill_from_offices` gives a person still without a side the government of the
office the table data/reference/officeholders.csv lists under their name, if the office
was held during the issue's months; else, the government of an officeholder whose spokesman,
adviser or envoy the role names ("President Putin's spokesman"); else the one government a full name
held an office of within five years of the issue ("Chiang Ching-kuo", who had died in office), unless
the role is an office of an international body ("UN Secretary-General Ban Ki-moon"). A name the
table lists under two governments gives none, and so does a role that says the office is past
("former").
A name of one word ("Bush") is read only among the table's one-word forms, the tenures
deciding which of its holders is meant. The text's own evidence is read first
(:mod:`.people`, :mod:`.sides`); this is the last step.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from functools import lru_cache

from analysis import dates, reference
from analysis.extract import gazetteer as gz
from analysis.extract import heads, sides
from analysis.extract.mention import Mention

_PAST = re.compile(r"\b(?:former|ex-|late|then)\b", re.IGNORECASE)


def fold(name: str) -> str:
    """A name as compared: accents, case, dots and hyphens aside ("Kim Jong-un", "Kim Jong Un").

    >>> fold("Recep Tayyip Erdoğan") == fold("Recep Tayyip Erdogan"), fold("H.R. McMaster")
    (True, 'h r mcmaster')
    """
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    plain = plain.replace("’", "'").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return " ".join(re.sub(r"[.\-‐–]", " ", plain).lower().split())


#: One key for the ways one office is written: the table's "Minister of Foreign Affairs" is the text's
#: "Foreign Minister"; "Secretary of Defense", "Defence Secretary" and "Minister of National Defense" are one.
_OFFICE_KEYS = ((re.compile(r"^(?:foreign (?:minister|secretary)|minister (?:of|for) (?:foreign|external) affairs|"
                            r"external affairs minister)$"), "foreign minister"),
                (re.compile(r"^(?:defen[cs]e (?:minister|secretary)|minister (?:of|for) (?:national )?defen[cs]e|"
                            r"secretary (?:of|of state for) defen[cs]e)$"), "defence minister"),
                (re.compile(r"^(?:premier|prime minister|chairman of the council of ministers)$"), "prime minister"))


def office_key(office: str) -> str:
    """An office as compared (:data:`_OFFICE_KEYS`).

    >>> office_key("Minister of Foreign Affairs") == office_key("Foreign Minister"), office_key("President")
    (True, 'president')
    """
    low = fold(office)
    return next((key for pattern, key in _OFFICE_KEYS if pattern.search(low)), low)


@lru_cache(maxsize=1)
def _index() -> dict[str, list[tuple[str, date, date, frozenset]]]:
    """Folded name -> (ISO3, first day, last day, keys of the offices) of every office held under that name."""
    out: dict[str, list[tuple[str, date, date, frozenset]]] = {}
    for r in reference.officeholders():
        first, last = dates.bounds(dates.value(r["start"], r["end"] or r["start"]))
        tenure = (r["iso3"], first, last if r["end"] else date.max, frozenset(map(office_key, r["office"].split(";"))))
        for name in {r["name"], *gz._split(r["other_names"])}:
            out.setdefault(fold(name), []).append(tenure)
    return out


@lru_cache(maxsize=1)
def _known_names() -> re.Pattern:
    names = {n for r in reference.officeholders() for n in {r["name"], *gz._split(r["other_names"])} if " " in n}
    # not the start of a longer name: "Abdul Kalam Island", "Ronald Reagan Washington National Airport", "Fidel
    # Castro Díaz-Balart" (his son)
    return re.compile(rf"(?<![\w-])(?P<name>{gz.trie_regex(names)})"
                      rf"(?:(?P<poss>['’]s)(?![\w'’])|(?![\w-]|\s+{gz.upper_class()}[^\W\d_]))(?!\s+(?:carrier|strike|battle|group)\b)")


#: A ship named for a person ("USS Jimmy Carter", "the carrier Charles de Gaulle").
_SHIP = re.compile(r"\b(?:USS|HMS|INS|carrier|submarine|ship|destroyer|frigate|cruiser|vessel)\s+$")


def known_names(text: str) -> list[re.Match]:
    """The full names (two words or more) the table lists, standing in ``text`` for a person (each match has a
    ``name`` group and a ``poss`` group, the possessive or none: "Francisco Franco's government"): a reader knows "Andrei Kozyrev signed for Moscow" names one;
    a ship named for one ("USS Jimmy Carter") is none."""
    return [m for m in _known_names().finditer(text) if not _SHIP.search(text, max(0, m.start() - 24), m.start())]


def months(issue: str | None) -> tuple[date, date] | None:
    """The first and last day of an EDTF issue ("1998-06/1998-07", "2003-02", "1999"), or None.

    >>> months("1998-06/1998-07")
    (datetime.date(1998, 6, 1), datetime.date(1998, 7, 31))
    """
    if not issue or not re.fullmatch(r"\d{4}(?:-\d{2})?(?:/\d{4}(?:-\d{2})?)?", issue):
        return None
    return dates.bounds(dates.from_edtf(issue))


def office_side(name: str, when: tuple[date, date], office: str | None = None) -> str | None:
    """The one government whose office (``office`` only, when given) a person of that name held in
    the days ``when``, or None.

    >>> office_side("George Bush", months("1990-05")), office_side("Bush", months("2003-01"))
    ('USA', 'USA')
    >>> office_side("Gorbachev", months("1995-01")) is None
    True
    >>> office_side("Vladimir Putin", months("2019-09"), "President"), office_side("Putin", months("2019-09"), "Senator")
    ('RUS', None)
    """
    held = {iso3 for iso3, a, b, o in _index().get(fold(name), ())
            if a <= when[1] and when[0] <= b and (office is None or office_key(office) in o)}
    return held.pop() if len(held) == 1 else None


def fill_from_offices(people: list[Mention], issue: str | None, sentence_dates: dict[int, list[dict]] | None = None) -> None:
    """Give each person without a side the government of the office :func:`office_side` finds; a side read
    only from what the person said or was told ("from": "reported") yields to the office, and a side the
    context lent yields when the text names the person by the very office the table lists for them then, in the
    issue's months or at a date of the person's sentence ("a 1986 pledge by President X" in a 1990 issue)."""
    when = months(issue)
    if when is None:
        return
    sentence_dates = sentence_dates or {}
    for p in people:
        side, role = p.value.get("side"), p.value.get("role") or ""
        if _PAST.search(role) or _NOT_AN_OFFICE.search(role) or re.match(r"an?\s", role, re.I) and not _AN_OFFICE.search(role):
            continue  # "former ...", "a researcher at ...", "a farmer in Texas": not the officeholder of that name
        if side and side.get("from") == "context":
            # the very office the text names ("President Vladimir Putin"), held then: its government, over a
            # side the context suggested ("U.S. officials said ... a missile that President Vladimir Putin ...")
            iso3 = next((i for w in [when, *(dates.bounds(d) for d in sentence_dates.get(p.sentence, ()))]
                         if role and (i := office_side(p.value["name"], w, role))), None)
            if iso3 and iso3 != side.get("iso3") and (country := gz.country_name(iso3)):
                p.value["side"] = {"name": country, "iso3": iso3, "from": "office"}
            continue
        if side and side.get("from") != "reported":
            continue  # a side the text itself gives ("Ukrainian Deputy Foreign Minister X") stands
        # in office then; else serving one; else the one government the table lists the name under at
        # any time ("Chiang Ching-kuo died in January", a former president named in passing)
        iso3 = office_side(p.value["name"], when) or _served_side(role, when) or _near_tenure(p.value["name"], role, when)
        if iso3 and (country := gz.country_name(iso3)):
            p.value["side"] = {"name": country, "iso3": iso3, "from": "office"}


#: Roles no government office has: "John Howard, a researcher at ..." is not Australia's prime minister.
_NOT_AN_OFFICE = re.compile(r"\b(?:researcher|analyst|professor|fellow|scholar|scientist|expert|student|journalist|"
                            r"correspondent|author|historian|lawyer|consultant)\b", re.IGNORECASE)


#: Words of the offices the table lists: a role "a/an ..." without one describes a namesake ("a boxer", "a cleric").
_AN_OFFICE = re.compile(r"\b(?:president|minister|premier|chancellor|king|emir|sultan|secretary|leader|chairman|ruler|"
                        r"head of (?:state|government))\b", re.IGNORECASE)


#: How far from a tenure a full name still stands for its government (a leader dead or out of office for months).
NEAR_YEARS = 5


def _near_tenure(name: str, role: str, when: tuple[date, date]) -> str | None:
    """The one government a full name held an office of within ``NEAR_YEARS`` of the issue (the office the
    role names, if it names one the table lists), unless the role is an international office: "Chiang
    Ching-kuo, who died in January", not "President Barre" (a surname) or "UN Secretary-General Ban Ki-moon"."""
    if " " not in name.strip() or (role and sides.serves_no_government(role)):
        return None
    near = (when[0] - timedelta(days=365 * NEAR_YEARS), when[1] + timedelta(days=365 * NEAR_YEARS))
    return office_side(name, near, role or None) or (office_side(name, near) if role else None)


def _served_side(role: str, when: tuple[date, date]) -> str | None:
    """The government of the officeholder whose spokesman, adviser, envoy or minister the role names."""
    m = heads.SERVING.search(role)
    if m is None:
        return None
    words = m.group("whose").split()
    return next((iso3 for n in (2, 1) if len(words) >= n and (iso3 := office_side(" ".join(words[-n:]), when))), None)
