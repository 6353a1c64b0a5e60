"""Extraction of facts from running text, one module per kind.

:func:`extract_text` cuts the text into sentences and runs, sentence by sentence,
the extractors of :mod:`.when`, :mod:`.events`, :mod:`.people` (and :mod:`.later`),
:mod:`.organizations`, :mod:`.places`, :mod:`.quantities` and :mod:`.claims`.
Names come from the gazetteers of ``data/reference`` through one automaton
(:mod:`.gazetteer`), scanned once per sentence. A place or an organisation inside a
document's title ("the Taiwan Relations Act") names the document, and is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.extract import capitals, cues, heads, organizations, places
from analysis.extract import gazetteer as gz
from analysis.extract.claims import extract_claims
from analysis.extract.events import date_events, extract_events, extract_relations
from analysis.extract.later import fill_sides, later_mentions
from analysis.extract.mention import KINDS, Mention, SpanIndex, overlaps
from analysis.extract.offices import fill_from_offices
from analysis.extract.people import extract_people
from analysis.extract.quantities import extract_quantities
from analysis.extract.sentences import sentences
from analysis.extract.sides import fill_from_context, fill_same_person
from analysis.extract.when import DateContext, extract_dates

__all__ = ["KINDS", "Mention", "extract_text", "sentences"]


#: "Co." right after a name, or after up to two more of its words: a table company's legal form.
_CO_AFTER = re.compile(r"(?P<words>(?:\s+[A-Z][a-z]+){0,2})\s+Co\.(?![\w-])")


#: A body's head and its "of" right before a name: "Presidency of ", "Ministry of the ".
_OF_A_BODY = re.compile(rf"\b(?:{organizations.BODY})\s+(?:of|for)\s+(?:the\s+)?$")


def _by_head(text: str, s0: int, s1: int, sent: int, hits: list[gz.Hit],
             taken: SpanIndex) -> list[Mention]:
    """Names typed by their head word (a facility, a legal form, a unit): before the tables' shorter names."""
    out = []
    for a, b, value in heads.facilities(text, s0, s1, hits):
        if not overlaps(a, b, taken):
            out.append(Mention("place", value, text[a:b], a, b, sent, key=f"place:{value['name']}"))
            taken.append((a, b))
    known = [h for h in hits if h.entry.kind == "organization"]
    typed = heads.companies_and_units(text, s0, s1) + heads.typed_organizations(text, s0, s1)
    typed += heads.role_heads(text, s0, s1, hits, lambda i: taken.overlaps(i, i + 1))
    # a company the table holds, then "Co.": its legal form whatever follows ("General Electric Co. and ...";
    # after any other name "Co." may be a county's: "Washington Co. deputies")
    # ("Westinghouse Electric Co.": a longer name of the table's company, named as written)
    typed += [(h.start, m.end(), {**organizations.from_hit(h), **({"name": " ".join(text[h.start:m.end()].split())}
                                                                  if m.group("words") else {})})
              for h in known if h.entry.detail == "company" and (m := _CO_AFTER.match(text, h.end, s1))]
    for a, b, value in typed:
        if _OF_A_BODY.search(text, max(s0, a - 40), a) and not organizations.LEGAL_END.search(text, a, b):
            continue  # "the Presidency of Defense Industries" holds them; "the Board of X Corp." is the company's
        inside = [h for h in known if h.start < b and a < h.end]
        if value.get("kind") == "company" and len(inside) == 1 and inside[0].entry.detail == "company" \
                and a <= inside[0].start and inside[0].end <= b:
            # "Areva SA": the table's company and its legal form; "Toshiba America Nuclear Energy Corp.": another
            value = organizations.from_hit(inside[0]) if heads.legal_form_only(text, a, b, inside[0]) else value
            inside = []
        if not overlaps(a, b, taken) and not inside:
            out.append(organizations.mention(text, a, b, value, sent))
            taken.append((a, b))
            out += _place_after_of(text, b, s1, sent, hits, taken)
    for a, b, value in cues.cued_places(text, s0, s1, hits):
        if not overlaps(a, b, taken):
            out.append(Mention("place", value, text[a:b], a, b, sent, key=f"place:{value['name']}"))
            taken.append((a, b))
    return out


def _place_after_of(text: str, b: int, s1: int, sent: int, hits: list[gz.Hit], taken: SpanIndex) -> list[Mention]:
    """"The Sunday Times of London", "Brenner GmbH of Stuttgart": the city after "of" is a place."""
    after = re.match(r"\s+of\s+", text[b:s1])
    h = next((h for h in hits if after and h.start == b + after.end() and h.entry.kind in ("city", "country")), None)
    if h is None or taken.overlaps(h.start, h.end):
        return []
    taken.append((h.start, h.end))
    v = places.value(h)
    return [Mention("place", v, text[h.start:h.end], h.start, h.end, sent, key=f"place:{v['name']}")]


def _entities(text: str, s0: int, s1: int, sent: int, hits: list[gz.Hit], taken: SpanIndex,
              people_words: set[str]) -> list[Mention]:
    """Organisations and places of one sentence, outside the spans already ``taken``."""
    out: list[Mention] = _by_head(text, s0, s1, sent, hits, taken)
    hits = [h for h in hits if not heads.longer_body(text, h)]  # "The Guardian Council" is not the newspaper
    generic = organizations.generic(text, s0, s1, hits)
    for a, b, value in generic:
        if organizations.outranks_table(text, hits, a, b, value) and not overlaps(a, b, taken):
            out.append(organizations.mention(text, a, b, value, sent))
            taken.append((a, b))
    for h in hits:
        if overlaps(h.start, h.end, taken):
            continue
        if h.entry.kind == "organization":
            value = organizations.owned(text, h, hits) or organizations.from_hit(h)
            out.append(organizations.mention(text, h.start, h.end, value, sent))
            taken.append((h.start, h.end))
    for a, b, value in generic:
        if not overlaps(a, b, taken):
            out.append(organizations.mention(text, a, b, value, sent))
            taken.append((a, b))
    for h in hits:
        if overlaps(h.start, h.end, taken):
            continue
        gov = capitals.metonym(text, s0, h) if h.entry.kind == "city" else None
        if gov and text[h.start:h.end] not in people_words:
            out.append(organizations.mention(text, h.start, h.end, gov, sent))
        elif places.is_place(text, s0, h, hits, people_words):
            v, a = places.written(text, s0, h)
            out.append(Mention("place", v, text[a:h.end], a, h.end, sent, key=f"place:{v['name']}"))
        else:
            continue
        taken.append((h.start, h.end))
    return out


#: A document's title: capitalised words before "Treaty", "Act"... ("the Taiwan Relations Act").
#: An initialism has at most three more dotted parts ("U.S."): an unbounded run would scan a
#: long run of initials again from each of its letters (quadratic time).
_TITLE = re.compile(r"(?<![\w-])(?:[A-Z][\w'’-]{0,40}(?:\.[A-Z][\w'’-]{0,40}){0,3}\s+){1,6}"
                    r"(?:Treaty|Convention|Act|Accords?|Protocol)\b")


def _outside_titles(text: str, found: list[Mention]) -> list[Mention]:
    """Drop places and organisations inside a document's title: "Taiwan" in "the Taiwan Relations
    Act", "Intermediate-Range Nuclear Forces" in the treaty's name, name the document, not a party.

    >>> text = "The sale is consistent with the Taiwan Relations Act, Taiwan said."
    >>> [m.text for m in _outside_titles(text, extract_text(text)) if m.kind == "place"]
    ['Taiwan']
    """
    titles = [m.span() for m in _TITLE.finditer(text)]
    if not titles:
        return found
    return [m for m in found if m.kind not in ("place", "organization")
            or not any(a <= m.start and m.end < b for a, b in titles)]


def _issue_month(issue: str | None) -> tuple[int, int] | None:
    """(year, month) of an EDTF issue; the last month of an interval; None for a bare year or none."""
    if not issue:
        return None
    parts = issue.split("/")[-1].split("-")
    return (int(parts[0]), int(parts[1])) if len(parts) >= 2 else None


def extract_text(text: str, issue: str | None = None, spans: Sequence[tuple[int, int]] | None = None) -> list[Mention]:
    """Every mention in ``text`` (or in the given spans of it), in reading order.

    ``issue`` is the issue as EDTF (``YYYY-MM``, or an interval such as a double issue
    ``1998-06/1998-07``), used to resolve dates written without a year; an interval's
    last month is the issue month, the latest a reported event can fall.

    >>> [(m.kind, m.text) for m in extract_text("The two delegations met in Geneva on June 11, 1998.")]
    [('claim', 'The two delegations met in Geneva on June 11, 1998'), ('place', 'Geneva'), ('date', 'June 11, 1998')]
    """
    ctx = DateContext(_issue_month(issue))
    spans = spans or [(0, len(text))]
    cut = [(s0, s1, k) for k, (a, b) in enumerate(spans) for s0, s1 in sentences(text, a, b)]
    paras = [k for _, _, k in cut]  # the paragraph of each sentence: a person's side may come from it
    cut = [(s0, s1) for s0, s1, _ in cut]
    # "San Jose, California": each city of the name that the country or subdivision after it says
    hits = [[places.of_the_country_after(text, h, sent) for h in sent] for sent in (gz.scan(text, s0, s1) for s0, s1 in cut)]
    people: list[Mention] = []
    # "the Shin Bet security service", "Japan Nuclear Fuel Ltd." name no person, nor does "Japan Nuclear Fuel" later
    typed = [[(a, b) for a, b, _ in heads.typed_organizations(text, s0, s1) + heads.companies_and_units(text, s0, s1)]
             for s0, s1 in cut]
    shorts = {short for spans in typed for a, b in spans if (short := organizations.short_name(text[a:b]))}
    for n, (s0, s1) in enumerate(cut):
        people += [p for p in extract_people(text, s0, s1, n, hits[n]) if not overlaps(p.start, p.end, typed[n])
                   and (p.text not in shorts or p.value.get("role")) and not cues.after_place_noun(text, p.start)]
    found: list[Mention] = []
    for n, (s0, s1) in enumerate(cut):
        dates = extract_dates(text, s0, s1, ctx, n)
        events = extract_events(text, s0, s1, n, dates)
        found += dates + events + extract_relations(text, s0, s1, n, events)
        found += extract_quantities(text, s0, s1, n) + extract_claims(text, s0, s1, n)
    # a later mention of a person by surname is not a place or an organisation
    blocked = [(m.start, m.end) for m in found if m.kind in ("date", "quantity")]
    people += later_mentions(text, [(s0, s1, n) for n, (s0, s1) in enumerate(cut)], people, blocked)
    fill_sides(people)
    fill_from_context(text, people, cut, paras, hits)
    fill_same_person(people)  # after the context: the first mention's side may come from it
    fill_sides(people)
    # last: the text's own evidence wins; an office the text names is checked at the dates of its sentence too
    fill_from_offices(people, issue, {n: [m.value for m in found if m.kind == "date" and m.sentence == n] for n in range(len(cut))})
    words = {w for p in people for w in p.value["name"].split()} | {p.text for p in people}
    taken = SpanIndex([(p.start, p.end) for p in people] + blocked)  # a list would grow with the square
    for n, (s0, s1) in enumerate(cut):
        found += _entities(text, s0, s1, n, hits[n], taken, words)
    found += organizations.acronyms(text, cut, found, taken) + people
    found += places.named_again(text, cut, found)
    found = _outside_titles(text, found)
    date_events(found)
    found.sort(key=lambda m: (m.start, KINDS.index(m.kind), m.end))
    return found
