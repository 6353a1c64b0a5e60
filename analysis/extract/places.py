"""Places: countries, cities, subdivisions, regions and sites of the gazetteer.

A country, region or site is a place wherever its name stands. A city or a
subdivision is one only with evidence that the word names a place, because many
of the 34,000 GeoNames cities share their name with a person or a word:
it is a capital, a city of at least a million people or one the study curates,
or a locative word stands before it ("in", "near", "visited"), or a country
follows it ("Kuala Lumpur, Malaysia"), or a direction and "of" ("southeast of Homs"). A name coordinated with one that a locative
word governs shares the word ("strike Alaska and Hawaii", "at Yokosuka, Sasebo and
Naha"): only across commas, "and" and "or", with nothing else between, and only
between compatible kinds (a city with a city; a subdivision with a subdivision or
a country). A name followed by another capitalised word is part of a longer name
("Geneva Conventions") and is not a place alone, save a subdivision before a title, which names its
jurisdiction ("New Mexico Governor Bill Richardson"). A name after "including" that follows a country
or a region is a part of it ("the United States, including Hawaii and Alaska"). A city or a
subdivision between "a" or "an" and a common noun or a party's member describes the noun's place ("a
Honolulu research group", "a New York Democrat"). A place found once is a place wherever its name stands
again as a name of its own, if no table holds it (:func:`named_again`).
"""

from __future__ import annotations

import re

from analysis.dates import CALENDAR_WORDS
from analysis.extract import gazetteer as gz
from analysis.extract import heads
from analysis.extract.mention import Mention, SpanIndex, sentence_at

_LOCATIVE = re.compile(r"\b(?:in|at|near|to|into|outside|around|from|visited|visit|via|way\s+of|toward|towards|across|"
                       r"over|beyond|within|reach|reached|reaching|strike|struck|striking|hit|hitting|target|targeting|"
                       r"between|visiting|held in|based in|city of|town of|province of|state of|region of|left|leaving|"
                       r"part of|parts of|residents of|people of|edge of|outskirts of|heart of|center of|centre of|"
                       r"(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of)\s+(?:the\s+)?"
                       r"(?:(?:central|northern|southern|eastern|western|downtown)\s+)?$", re.IGNORECASE)
_BIG_CITY = 1_000_000
_TYPES = {"country": "country", "city": "city", "subdivision": "subdivision"}


#: What may stand between two coordinated names: a comma, "and", "or", or a comma and one of them.
_COORDINATION = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
#: Kinds that may share a locative word by coordination.
_COMPATIBLE = {"city": ("city",), "subdivision": ("subdivision", "country"), "country": ("subdivision", "country")}


#: What is said of a place after its name: "Halabja lies ...", "Kaliningrad, where missiles are based".
PLACE_VERB = re.compile(r",\s+where\b|\s+(?:lies|is located|was located)\b")


def _cued(text: str, s0: int, h: gz.Hit) -> bool:
    return bool(_LOCATIVE.search(text[max(s0, h.start - 24):h.start]))


def _coordinated_with_cued(text: str, s0: int, h: gz.Hit, hits: list[gz.Hit], people_words: set[str]) -> bool:
    """Whether the name is coordinated with a place that a locative word governs ("strike Alaska and Hawaii")."""
    prev = next((o for o in reversed(hits) if o.end <= h.start), None)
    if prev is None or prev.start < s0 or not _COORDINATION.fullmatch(text[prev.end:h.start]):
        return False
    if prev.entry.kind not in _COMPATIBLE.get(h.entry.kind, ()):
        return False
    written = text[prev.start:prev.end]
    if prev.entry.kind != "country" and (written in people_words or written in GENERIC
                                         or part_of_longer_name(text, prev)):
        return False
    return (_cued(text, s0, prev) or _included_in_a_place(text, s0, prev, hits)
            or _coordinated_with_cued(text, s0, prev, hits, people_words))


def _after_a_place_or_a_person(text: str, h: gz.Hit, people_words: set[str]) -> bool:
    """A subdivision written after a place and a comma ("Oak Ridge, Tennessee,", "Fort Greely, Alaska.") or
    after a person's name and "of" ("Senator Bob Menendez of New Jersey") is a place."""
    if h.entry.kind != "subdivision" and not gz.lookup(text[h.start:h.end], ("subdivision",)):
        return False  # a state that shares its name with a town ("Jackson Hole, Wyoming,") is one still
    before = re.search(r"(?:\b([A-Z][\w'-]*),|\b([A-Z][\w'-]*)\s+of)\s+$", text[max(0, h.start - 40):h.start])
    if before is None:
        return False
    if before.group(2):
        return before.group(2) in people_words
    return bool(re.match(r"[,.;:]|\s*$", text[h.end:h.end + 1]))


def _before_a_title(text: str, h: gz.Hit) -> bool:
    """A subdivision right before a capitalised title names the title's jurisdiction, a place:
    "New Mexico Governor Bill Richardson", "Texas Senator John Tower"."""
    if h.entry.kind != "subdivision":
        return False
    after = re.match(r"\s+([A-Z][\w.'-]*)(?:\s+([A-Z][\w.'-]*))?", text[h.end:h.end + 40])
    heads = gz.roles()["head"]
    return bool(after) and (after.group(1) in heads or f"{after.group(1)} {after.group(2)}" in heads)


def _included_in_a_place(text: str, s0: int, h: gz.Hit, hits: list[gz.Hit]) -> bool:
    """A name after "including" that follows a country or a region names a part of it, a place:
    "targets in the United States, including Hawaii and Alaska"."""
    m = re.search(r"\bincluding\s+$", text[max(s0, h.start - 12):h.start])
    if m is None:
        return False
    at = h.start - len(m.group())
    return any(o.entry.kind in ("country", "region") and s0 <= o.start and at - 40 <= o.end <= at for o in hits)


def _premodifies_after_an_article(text: str, s0: int, h: gz.Hit) -> bool:
    """A subdivision or a city between "a"/"an" and a common noun or a party's member describes the
    noun's place: "a Honolulu research group", "an Ohio town", "a Wyoming Republican"; not "a Jackson Pollock"."""
    if re.search(r"\bthe\s+$", text[max(s0, h.start - 4):h.start]) and re.match(r"\s+(?:Democrat|Republican)\b", text[h.end:]):
        return True  # "Rep. X, the New York Democrat who chairs ..."
    if not re.search(r"\b(?:a|an)\s+$", text[max(s0, h.start - 4):h.start]):
        return False
    return bool(re.match(r"\s+(?:[a-z]{3,}|Democrat|Republican)\b", text[h.end:h.end + 30]))


def _followed_by_country(text: str, h: gz.Hit, hits: list[gz.Hit]) -> bool:
    """"Skrunda, Latvia"; "Sevastopol in Ukraine", "Iquitos, in northeastern Peru" (the country the city lies in, after "in")."""
    for o in hits:
        if o.start > h.end and o.entry.kind in ("country", "subdivision") and (
                re.fullmatch(r",\s*", text[h.end:o.start]) or
                (re.fullmatch(r",?\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
                              r"south-?west)(?:ern)?\s+)?", text[h.end:o.start]) and o.entry.iso3 == h.entry.iso3)):
            return True
    return False


#: Capitalised words that may follow a place without making a longer name of it.
_NOT_NAME = frozenset("In On At But And The Is Was Has Had".split()) | CALENDAR_WORDS
#: Single words that GeoNames and ISO 3166-2 use as names but that in prose are directions or generic words.
GENERIC = frozenset("North South East West Central Capital Northern Southern Eastern Western Centre Center Coast "
                     "Island Islands Lake River Valley Mountain Mountains Highlands Lowlands Upper Lower "
                     "Middle Interior Frontier Border Union Victoria Reading Mobile".split())


def part_of_longer_name(text: str, h: gz.Hit, whole: bool = True) -> bool:
    """Whether the name runs on into a longer one ("Geneva Conventions", "Treaty of Versailles",
    "Bay of Bengal", "Wheeler Island").

    >>> from analysis.extract import gazetteer as gz
    >>> text = "the Geneva Conventions"
    >>> part_of_longer_name(text, gz.scan(text)[0])
    True
    """
    if text.startswith("-based", h.end):
        return False  # "the Lima-based forum": where the forum is, whatever stands before it
    after = re.match(r"\s+([A-Z][\w'-]*)", text[h.end:h.end + 30])
    if after and after.group(1).rstrip(".") not in _NOT_NAME:
        return True
    if not whole:
        return False  # a curated region names itself: "the Chagai Hills of Baluchistan"
    if re.match(r"\s+of\s+(?:the\s+)?[A-Z]", text[h.end:h.end + 30]):
        return True
    if " " not in text[h.start:h.end] and re.search(r"(?<![.!?]\s)\b[A-Z][a-z]+\s+$", text[max(0, h.start - 20):h.start]):
        before = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, h.start - 20):h.start]).group(1)
        return before not in _NOT_NAME and gz.lookup(before) is None
    return bool(re.search(r"[A-Z][\w'-]*\s+of\s+(?:the\s+)?$", text[max(0, h.start - 30):h.start]))


#: Common nouns a region's name may premodify without naming the place: "the Arctic test site".
_MODIFIED = re.compile(r"\s+(?:test\s+site|test\s+range|testing\s+ground|proving\s+ground|site|base|range|facility)\b")


_COMPASS_BEFORE = re.compile(rf"(?<![\w-])(?:{heads.COMPASS})\s+$")


def article_start(text: str, s0: int, h: gz.Hit) -> int:
    """Where a country's name begins: a plural name keeps its article ("the United Arab Emirates",
    "The United States" at a sentence start), as English writes it; a singular one does not.

    >>> from analysis.extract import gazetteer as gz
    >>> text = "The United States and the United Kingdom sold arms to the United Arab Emirates and the Soviet Union."
    >>> [text[article_start(text, 0, h):h.end] for h in gz.scan(text) if h.entry.kind == "country"]
    ['The United States', 'United Kingdom', 'the United Arab Emirates', 'Soviet Union']

    A region's compass word is part of its name: "the North Caucasus".

    >>> text = "Fuel went by rail across the North Caucasus."
    >>> [text[article_start(text, 0, h):h.end] for h in gz.scan(text) if h.entry.name == "Caucasus"]
    ['North Caucasus']
    """
    if h.entry.kind == "region" and (m := _COMPASS_BEFORE.search(text, max(s0, h.start - 12), h.start)):
        return m.start()
    if h.entry.kind != "country":
        return h.start
    if not text[h.start:h.end].endswith("s"):  # a singular name listed with its article: "the Soviet Union"
        m = re.match(r"[Tt]he\s+", text[h.start:h.end])
        return h.start + m.end() if m else h.start
    m = re.search(r"\b[Tt]he\s+$", text[max(s0, h.start - 4):h.start])
    return h.start - len(m.group(0)) if m else h.start


def is_place(text: str, s0: int, h: gz.Hit, hits: list[gz.Hit], people_words: set[str]) -> bool:
    """Whether a gazetteer hit stands as a place in this sentence (see the module's rules)."""
    e = h.entry
    written = text[h.start:h.end]
    if e.kind == "region" and _MODIFIED.match(text, h.end) and re.search(r"\b(?:the|its|their)\s+$", text[max(s0, h.start - 6):h.start]):
        return False  # "the Arctic test site": the region's name premodifies a common noun
    if e.kind == "region" and (re.match(r"\s+(?:governments|states|nations|countries|leaders|herds|peoples|allies|partners|"
                                        r"neighbou?rs|capitals|islanders|communities|affairs)\b", text[h.end:h.end + 30]) or
                               re.search(r"[A-Za-z]-$", text[max(s0, h.start - 2):h.start])):
        return False  # "Pacific governments", "the Arctic herds", "Pacific affairs", "Euro-Atlantic": an adjective, no place
    if e.kind in ("country", "region"):
        return not (e.kind == "region" and part_of_longer_name(text, h, whole=False))
    if e.kind not in ("city", "subdivision"):
        return False
    if written in people_words or written in GENERIC:
        return False
    if _after_a_place_or_a_person(text, h, people_words):
        return True  # before the test of a longer name: "Menendez of New Jersey" is no "Bay of Bengal"
    if _before_a_title(text, h) or _premodifies_after_an_article(text, s0, h):
        return True  # before the test of a longer name: the title is no part of the place's name
    if part_of_longer_name(text, h):
        return False
    if _cued(text, s0, h) or _followed_by_country(text, h, hits) or PLACE_VERB.match(text, h.end):
        return True
    if any(o.end <= h.start and o.entry.kind == "country" and o.entry.iso3 == h.entry.iso3
           and re.fullmatch(r"['’]s\s+(?:the\s+)?", text[o.end:h.start]) for o in hits):
        return True  # "Canada's Northwest Territories": a part of the country named before it
    if _coordinated_with_cued(text, s0, h, hits, people_words) or _included_in_a_place(text, s0, h, hits):
        return True
    big = e.kind == "city" and (e.capital or e.curated or (e.detail.isdigit() and int(e.detail) >= _BIG_CITY))
    return big


def of_the_country_after(text: str, h: gz.Hit, hits: list[gz.Hit]) -> gz.Hit:
    """The hit with the entry of its name that lies in the country or subdivision named right after it and a
    comma ("San Jose, California" is the American city, not Costa Rica's capital); else the hit itself.

    >>> from analysis.extract import gazetteer as gz
    >>> text = "a plant in San Jose, California"
    >>> of_the_country_after(text, gz.scan(text)[0], gz.scan(text)).entry.iso3
    'USA'
    """
    if h.entry.kind != "city":
        return h
    after = next((o for o in hits if o.start > h.end and re.fullmatch(r",\s*", text[h.end:o.start])
                  and o.entry.kind in ("country", "subdivision") and o.entry.iso3), None)
    if after is None or after.entry.iso3 == h.entry.iso3:
        return h
    other = next((e for e in gz.entries_at(text[h.start:h.end]) if e.kind == "city" and e.iso3 == after.entry.iso3), None)
    return h._replace(entry=other) if other is not None else h


def value(h: gz.Hit) -> dict:
    """The value of a place: canonical name, country code and type.

    >>> from analysis.extract import gazetteer as gz
    >>> value(gz.scan("in Geneva")[0])["name"]
    'Geneva'
    """
    e = h.entry
    v = {"name": e.name, "iso3": e.iso3, "type": _TYPES.get(e.kind, e.detail or e.kind)}
    if not e.iso3:
        del v["iso3"]
    return v


def written(text: str, s0: int, h: gz.Hit) -> tuple[dict, int]:
    """A place's value and where its name begins (:func:`article_start`); a region with a compass word before it is
    the region the two words name ("the North Caucasus", not the Caucasus)."""
    v, a = value(h), article_start(text, s0, h)
    if h.entry.kind == "region" and a < h.start:
        v["name"] = " ".join(text[a:h.end].split())
    return v, a


def named_again(text: str, cut: list[tuple[int, int]], found: list[Mention]) -> list[Mention]:
    """A place no table holds, found once by its context, is a place wherever its name stands again as a
    name of its own: not inside a longer capitalised name, not opening a sentence, not where another fact
    stands ("the town of X" ... "The X attacks came days before ...", "missiles at X").

    >>> text = "Jets hit the town of Ltamenah in March. The Ltamenah attacks came later."
    >>> first = Mention("place", {"name": "Ltamenah", "type": "place"}, "Ltamenah", 21, 29, 0)
    >>> [(m.text, m.start) for m in named_again(text, [(0, 39), (40, len(text))], [first])]
    [('Ltamenah', 44)]
    """
    taken = SpanIndex([(m.start, m.end) for m in found])
    # only names no table holds, which their context made places: a table's city or state keeps needing its cue
    # ("Alaska and Hawaii lay quiet": a name many things share)
    values = {m.text: m.value for m in found if m.kind == "place" and m.value.get("type") == "place"
              and len(m.text) >= 4 and m.text[:1].isupper()}
    out = []
    for name, value in values.items():
        for a in re.finditer(rf"(?<![\w'’.-]){re.escape(name)}(?![\w'’-]|\s+[A-Z])", text):
            s, e = a.span()
            before = text[max(0, s - 30):s]
            longer = re.search(r"[A-Z][\w'’-]*\s+$", before) and not re.search(r"\b(?:The|the)\s+$", before)
            opening = re.search(r"(?:^|[.!?]\s+|\n\s*)$", text[max(0, s - 3):s])
            if taken.overlaps(s, e) or longer or opening or (n := sentence_at(cut, s)) is None:
                continue
            out.append(Mention("place", dict(value), name, s, e, n))
            taken.append((s, e))
    return out
