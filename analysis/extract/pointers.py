"""Words in a person's own phrase that point at the government they serve.

A capital or a country opening the sentence right before the person ("In Beijing, Foreign
Ministry spokesman X"); a national body the person speaks at ("told reporters at the
Pentagon"), not one they are met at; a role a pronoun owns ("Their military spokesman, X"),
which serves the subject the pronoun stands for; a role in a body named earlier ("the
commission's chairman", "the organization's spokesman"), which takes that body's country. Each
gives one country or none: a wrong side is worse than none.
"""

from __future__ import annotations

import re

from analysis.extract import gazetteer as gz
from analysis.extract.mention import Mention

#: Bodies whose country is not a government's: a newspaper's home says nothing of an official's side.
NOT_A_GOVERNMENT = frozenset({"newspaper", "broadcaster", "news agency", "company", "research institute"})


#: Bodies whose home country is not their people's side: "CNN correspondent X" serves no government.
_OUTLETS = frozenset({"newspaper", "broadcaster", "news agency", "periodical"})


_CAPITALS_ENVOY = re.compile(r"['’]s\s+(?:(?:top|chief|special|senior|deputy|vice|nuclear|permanent|lead|new|military)\s+){0,3}"
                             r"(?:envoy|ambassador|representative|negotiator|emissary|delegate|consul|diplomat|spokes(?:man|woman|person)|"
                             r"(?!(?:health|education|treasury|transport|planning|police|tourism|environment|housing|sport|arts)\s)"
                             r"[a-z]+\s+minister)\b")


def capitals_envoy(words: str) -> dict | None:
    """The country a capital's envoy, minister or spokesman serves: "Havana's envoy in Moscow" (Cuba), "Seoul's
    unification minister"; not the city's mayor, archbishop, council's or university's spokesman, nor a state's
    minister of a portfolio states hold ("Victoria's health minister")."""
    for h in gz.scan(words):
        if h.entry.kind == "city" and h.entry.capital and h.entry.iso3 and _CAPITALS_ENVOY.match(words, h.end):
            return {"name": gz.country_name(h.entry.iso3), "iso3": h.entry.iso3}
    return None


def side_of_entry(e: gz.Entry) -> dict | None:
    """The side a country, a demonym or a national body names; none for a news outlet's home."""
    if e.kind == "organization" and e.detail in _OUTLETS:
        return None
    if e.kind in ("adjective", "country") or (e.kind == "organization" and e.iso3):
        name = e.name if e.kind != "organization" else gz.country_name(e.iso3)
        return {"name": name, "iso3": e.iso3} if name else None
    return None


def prefix_side(text: str, at: int, hits: list[gz.Hit]) -> tuple[dict | None, str | None]:
    """The side named right before a title: "U.S.", "North Korean", "State Department"."""
    r = gz.roles()
    qualifiers = {w.lower() for w in r["modifier"] | r["portfolio"]}
    for h in hits:
        gap = text[h.end:at]
        words = gap.replace("’", "'").replace("'s", " ").split()
        # "Pakistani nuclear official", "North Korea's chief negotiator": only title words between
        if h.end <= at and len(words) <= 3 and all(w.lower().rstrip("-") in qualifiers or w.lower() == "then"
                                                   for w in words) and (side := side_of_entry(h.entry)):
            return side, (h.entry.name if h.entry.kind == "organization" else None)
        # "Bonn sent State Secretary X": a government sending its own official
        if h.end <= at and h.entry.capital and re.fullmatch(r"\s+(?:sent|dispatched|named|appointed)\s+(?:[A-Z][\w-]*\s+)?", gap):
            return {"name": gz.country_name(h.entry.iso3), "iso3": h.entry.iso3}, None
    return None, None


def one(found: set[str]) -> str | None:
    """The one country of ``found``, or None when there are none or several.

    >>> one({"USA"}), one({"USA", "RUS"})
    ('USA', None)
    """
    return next(iter(found)) if len(found) == 1 else None


#: Roles that serve no government of the place they speak in: a visitor, a former officer, an inspector, a body's staff.
_NOT_SEATED = re.compile(r"\b(?:former|visiting|inspectors?|envoy)\b|['’]s\s", re.IGNORECASE)
#: "In Beijing, Foreign Ministry spokesman X said": a sentence datelined by a capital and the
#: official named right after it, who speaks for that capital's government; or a role of lower-case words in
#: commas ("In X, the acting foreign minister, Y").
_DATELINE_GAP = re.compile(r",\s+(?:[\w.'’-]+\s+){0,5}|,\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,4}[a-z][\w'’-]*,\s+")


def dateline_side(text: str, span: tuple[int, int], hits: list[gz.Hit], p: Mention, others: frozenset = frozenset()) -> str | None:
    """The country of the capital opening the sentence ("In Beijing,"), when the person follows it
    with no more than a role between, or when the sentence's other people who have a side (``others``)
    all have that capital's ("In Moscow, Defense Minister G said ..., and Gen. K, chief of staff, ...").

    >>> text = "In Beijing, Foreign Ministry spokesman Ma Li said Japan erred."
    >>> p = Mention("person", {"name": "Ma Li"}, "Ma Li", 39, 44, 0)
    >>> dateline_side(text, (0, len(text)), gz.scan(text), p)
    'CHN'
    """
    first = next((h for h in hits if h.start >= span[0]), None)
    if first is None or not first.entry.iso3 or not (first.entry.kind == "country" or
                                                     first.entry.kind == "city" and first.entry.capital):
        return None
    if re.fullmatch(r"(?:In|From)\s+(?:the\s+)?", text[span[0]:first.start]) and (
            _DATELINE_GAP.fullmatch(text, first.end, p.start) and not _NOT_SEATED.search(text, first.end, p.start)
            or others == {first.entry.iso3}):
        return first.entry.iso3
    return None


#: From a person to the national body where they speak: "X told reporters at the Pentagon", "X said at the Kremlin".
_SPEAKS_AT = re.compile(r"(?:['’]s)?\s+(?:also\s+|later\s+)?(?:told\s+(?:reporters|journalists|a\s+news\s+conference)|said|spoke|"
                        r"announced|testified)\s+(?:at|in|from)\s+the\s+")


def seat_side(text: str, hits: list[gz.Hit], p: Mention) -> str | None:
    """The country of the national body a person speaks at, right after the name: "Defense Secretary
    X told reporters at the Pentagon" (USA); a body met at ("met X at the White House") says nothing of X.

    >>> text = "Defense Secretary Al Kerr told reporters at the Pentagon that crews were ready."
    >>> p = Mention("person", {"name": "Al Kerr"}, "Al Kerr", 18, 25, 0)
    >>> seat_side(text, gz.scan(text), p)
    'USA'
    """
    h = next((h for h in hits if h.start >= p.end), None)
    if h is None or h.entry.kind != "organization" or h.entry.detail in NOT_A_GOVERNMENT:
        return None
    return (h.entry.iso3 or None) if _SPEAKS_AT.fullmatch(text, p.end, h.start) else None


#: "Their military spokesman, X,", "when its spokesman, X,": a role owned by a body a pronoun stands for.
_PRONOUN_ROLE = re.compile(r"\b(?:[Tt]heir|[Ii]ts)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+$")
_SUBJECT = re.compile(r"(?:[Tt]he\s+)?")


def pronoun_side(text: str, cut: list[tuple[int, int]], hits: list[list[gz.Hit]], p: Mention) -> tuple[bool, str | None]:
    """Whether a person's role is owned by a pronoun ("Their military spokesman, X"), and the country of
    what it stands for: the subject of the sentence when no other name stands before the pronoun, or of the
    sentence before when the pronoun opens it. A subject that is no country, demonym or national body ("The
    Houthis") gives none, whatever the paragraph names.

    >>> text = "The Houthis claimed it. Their spokesman, Yahya Sari, said so. Saudi officials denied it."
    >>> p = Mention("person", {"name": "Yahya Sari"}, "Yahya Sari", 41, 51, 1)
    >>> cut = [(0, 23), (24, 61), (62, len(text))]
    >>> pronoun_side(text, cut, [gz.scan(text, a, b) for a, b in cut], p)
    (True, None)
    """
    s0 = cut[p.sentence][0]
    m = _PRONOUN_ROLE.search(text, s0, p.start)
    if not m:
        return False, None
    k = p.sentence - 1 if m.start() == s0 and p.sentence > 0 else p.sentence
    subject = _SUBJECT.match(text, cut[k][0]).end()
    first = next((h for h in hits[k] if h.start == subject), None)
    if k == p.sentence and any(first is None or h.start > first.start for h in hits[k] if h.end <= m.start()):
        return False, None  # "asked Washington to recall its ambassador": another name may be what "its" stands for
    if first is None or first.entry.kind not in ("country", "adjective", "organization") or first.entry.detail in NOT_A_GOVERNMENT:
        return True, None
    return True, first.entry.iso3 or None


#: "the commission's chairman": a role held in a body named earlier in the text.
_BODY_ROLE = re.compile(r"\b[Tt]he\s+(commission|committee|ministry|agency|council|board|office|authority|company|organi[sz]ation)['’]s\b")


def body_side(text: str, role: str, before: int) -> tuple[bool, str | None]:
    """Whether a role points back to a body named earlier ("the commission's chairman"), and that
    body's country: the possessive, demonym, national body or "of" country in its name ("Japan's Atomic
    Energy Commission", "the Atomic Energy Organization of Iran"), or None for a body of no country ("the International Atomic Energy Agency").

    >>> text = "Brazil's Atomic Energy Commission met. The commission's chairman, Ken Oka, spoke."
    >>> body_side(text, "the commission's chairman", 61)
    (True, 'BRA')
    >>> text = "The International Atomic Energy Agency met. The agency's spokesman, Al Kyd, spoke."
    >>> body_side(text, "The agency's spokesman", 67)
    (True, None)
    """
    if re.search(r"\b(?:[Tt]hat|[Tt]his)\s+(?:country|nation)['’]s\b", role):
        return True, None  # "that country's president": which country the reader must work out; no guess
    m = _BODY_ROLE.search(role)
    if not m:
        return False, None
    noun = re.sub(r"i[sz]ation$", "i[sz]ation", m.group(1).capitalize())  # either spelling names the body
    named = list(re.finditer(rf"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s\s+)?(?:[A-Z][\w-]*\s+){{0,5}}{noun}\b"
                             rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}})?",
                             text[:before]))
    if not named:
        return False, None
    sides = {h.entry.iso3 for h in gz.scan(named[-1].group()) if h.entry.iso3 and (
        h.entry.kind in ("country", "adjective") or h.entry.kind == "organization" and h.entry.detail not in NOT_A_GOVERNMENT)}
    return True, one(sides)
