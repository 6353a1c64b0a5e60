"""A person's side from the context, when the role names no country.

A national office without a country ("President", "Energy Secretary", "parliament
speaker") serves the government the passage is about. The side is taken, in order,
from the countries, demonyms and national bodies named in the person's sentence, then
in the rest of the paragraph; when the sentence or the role points back to a
government or a parliament ("whose government", "parliament speaker"), from the
nearest earlier sentence that names one. A country named after a locative word
("in Kentucky", "from Libya's program") says where, not whom. Two countries at the
first level that names any (or another person of the sentence with a different side)
leave the side empty: a wrong side is worse than none; so does a sentence whose only
countries are those of another person's role ("Abraham said Libyan leader X ..."). A role that names an
international body (an officer of the IAEA) takes no side from the context.
"""

from __future__ import annotations

import re

from analysis.extract import gazetteer as gz
from analysis.extract.mention import Mention

_LOCATIVE = re.compile(r"\b(?:in|at|near|to|into|from|outside|via|toward|towards|across|within|of)\s+(?:the\s+)?$",
                       re.IGNORECASE)
#: Bodies whose country is not a government's: a newspaper's home says nothing of an official's side.
_NOT_A_GOVERNMENT = frozenset({"newspaper", "broadcaster", "news agency", "company", "research institute"})
#: Words that point back to a government named earlier: "whose government", "parliament speaker".
_POINTS_BACK = re.compile(r"\b(?:government|parliament|legislature|cabinet|the country)\b", re.IGNORECASE)


def _national(text: str, s0: int, h: gz.Hit) -> str | None:
    """The ISO3 a gazetteer name gives as an actor, or None (a place after a locative word, a city)."""
    e = h.entry
    if not e.iso3 or e.kind not in ("country", "adjective", "organization") or e.detail in _NOT_A_GOVERNMENT:
        return None
    if _LOCATIVE.search(text[max(s0, h.start - 12):h.start]):
        return None
    return e.iso3


def _countries(text: str, span: tuple[int, int], hits: list[gz.Hit]) -> set[str]:
    s0, _ = span
    return {c for h in hits if (c := _national(text, s0, h))}


def _international(role: str) -> bool:
    return any(h.entry.kind == "organization" and not h.entry.iso3 for h in gz.scan(role))


def _one(found: set[str]) -> str | None:
    return next(iter(found)) if len(found) == 1 else None


def context_side(text: str, n: int, cut: list[tuple[int, int]], paras: list[int], hits: list[list[gz.Hit]],
                 others: set[str], role: str | None) -> str | None:
    """The ISO3 the context gives a person of sentence ``n`` whose role names no country.

    ``cut`` are the sentences, ``paras`` their paragraph numbers, ``hits`` their gazetteer
    names, ``others`` the sides of the other people of the sentence.

    >>> text = "Italy signed the accord. President Sergio Mattarella said it was fair."
    >>> cut = [(0, 24), (25, len(text))]
    >>> context_side(text, 1, cut, [0, 0], [gz.scan(text, a, b) for a, b in cut], set(), "President")
    'ITA'
    """
    here = _countries(text, cut[n], hits[n])
    if here and here <= others:
        return None  # the sentence's countries are another person's ("Libyan leader X")
    if here:
        return _one(here | others)
    para = set().union(*(_countries(text, cut[k], hits[k]) for k in range(len(cut)) if paras[k] == paras[n]))
    if para:
        return _one(para)
    if _POINTS_BACK.search(text, *cut[n]) or (role and _POINTS_BACK.search(role)):
        for k in range(n - 1, -1, -1):
            found = _countries(text, cut[k], hits[k])
            if found:
                return _one(found)
    return None


def fill_from_context(text: str, people: list[Mention], cut: list[tuple[int, int]], paras: list[int],
                      hits: list[list[gz.Hit]]) -> None:
    """Give each person with a national role and no side the side of :func:`context_side`."""
    for p in people:
        role = p.value.get("role")
        if p.value.get("side") or not role or _international(role):
            continue
        others = {(q.value.get("side") or {}).get("iso3") for q in people
                  if q.sentence == p.sentence and q.value["name"] != p.value["name"]} - {None}
        iso3 = context_side(text, p.sentence, cut, paras, hits, others, role)
        if iso3 and gz.country_name(iso3):
            p.value["side"] = {"name": gz.country_name(iso3), "iso3": iso3, "from": "context"}
