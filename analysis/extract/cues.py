"""Places the text itself marks as places, whether or not a gazetteer knows them.

A brief names small places no table holds (a naval base, a port, a reactor site)
and names large ones the gazetteer holds only as ambiguous city names. The words
around the name say it is a place:

* a place noun governs it: "the port of X", "the city of X", "the coast of X"
  ("port", "city", "town", "village", "island", "province", "region", "coast"...), a plural one each name of
  its list, which ends with its "and" ("the ports of X, Y and Z"; not "of X and Y, Putin said");
* a place noun follows it: "its X exclave", "X province", "X state";
* it stands between a locative word and a known country or subdivision:
  "at X in <country>", "near X in <subdivision>", "at X, <subdivision>,", "at X, in the Saratov region";
* an apposition says what it is: "X, a town in ...", "X, a small port on ...", "X, a village at ...";
* a compass point places it from a known place: "X, south of Tel Aviv", "X, some 40 kilometers west of
  Tallinn", "from X, on the coast of Orissa"; so does nearness after "at" or "in": "at X, near Middlesbrough";
* "near" governs a name no table holds, and a clause or a preposition follows: "came under attack near X on
  May 27" (no holiday, ship or body: "near Christmas", "near USS Kitty Hawk");
* a site noun follows it: "the X training ground", "its X nuclear complex", "X station", "the X plant", "depot"; two names
  share a plural type noun: "the X and Y sectors";
* its last word is a geographic head ("X Island", "X Hills", "X River", "X Lake", "Bay of X", "Mount X", "Cape X").

The name is one to three capitalised words. Its value is the gazetteer's when a
gazetteer place stands exactly there, otherwise the words as written, with the
country of a known country or subdivision named right after "in" (or of the
phrase "at X in <country>"). A demonym ("the Russian region") or a calendar word
is never a place name here. The patterns have no nested repetition and run over
one sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.dates import CALENDAR_WORDS
from analysis.extract import gazetteer as gz
from analysis.extract import heads, offices

_GOVERNING = (r"port|city|capital|town|village|island|province|region|district|county|oblast|prefecture|canton|coast|outskirts|"
              r"ports|cities|towns|villages|islands")  # "the delta towns of Benha and ...": the first one
#: Plural place nouns whose "of" governs a list: "the ports of X, Y and Z".
_PLURAL_GOVERNING = r"ports|cities|towns|villages|islands|provinces|regions|districts"
#: Governing nouns of a country's first-level parts: "the province of Ontario" is the province, not a city of its name.
_SUBDIVISION_NOUN = re.compile(r"\b(province|region|district|county|oblast|prefecture|canton|state)\s+of\s+(?:the\s+)?$")
_FOLLOWING = r"exclave|enclave|peninsula|province|region|oblast|prefecture|state|district|county"
#: Lower-case island and water nouns after a name, which no further noun may follow ("the Shell island terminal").
_ISLANDS = r"island|islet|atoll|archipelago|bay|lagoon|fjord"
#: Words after a place's type noun that leave it the place's ("Namu island at Bikini", "the Blekinge archipelago, where").
_GOVERNED = r"(?:at|in|on|of|off|near|and|or|to|from|with|by|where|which|that|was|is|were|are|has|had|for|during|after|before)\b"
_APPOSITION = r"town|city|village|port|island|base|settlement|plant|suburb|district"
#: Lower-case nouns of a site after its name, outside the span ("the Mulino training ground", "its Yongbyon
#: nuclear complex", "Kasumigaseki station"), with at most one modifier of the kinds listed.
_SITE_NOUNS = (r"(?:(?:nuclear|training|test|testing|launch|missile|proving|destruction)\s+)?"
               r"(?:ground|range|site|complex|station|hotel|airport|airfield|plant|facility|depot)")
#: Plural type nouns that two coordinated names share ("the Dras and Batalik sectors").
_PLURAL_TYPES = r"sectors|regions|provinces|districts|oblasts|prefectures|islands|atolls|rivers|lakes|(?:air\s+)?bases|airfields"
#: Capitalised words that premodify "site" and name no place.
_NOT_SITES = frozenset({"Web", "Internet"})
_GEO_HEADS = (r"Sea|Ocean|Canal|Island|Islands|Hills|Mountains|Peninsula|Desert|Valley|Plateau|Atoll|Strait|River|Reef|Shoal|Gap|Hill|Lake|Sound|Channel|"
              r"Loch|Lough|Fjord|Highlands|Lowlands|County|Harbor|Harbour")
_HEAD_FIRST = r"Bay|Gulf|Sea|Strait|Isle|Firth|Lake|Loch"
#: Endings of adjectives the gazetteer does not hold as demonyms ("Jewish", "Palestinian", "Islamic").
_ADJECTIVAL = re.compile(r"(?:ish|ian|ese|ic|ern)$")
#: Words that open a sentence or a phrase and are not the first word of a place name.


#: Words before a sea's name, or opening it, that make it a vessel's or an operation's: "the tanker Nordic Sea",
#: "USS Coral Sea", "Exercise Joint Sea".
_NOT_A_SEA = re.compile(r"\b(?:USS|HMS|INS|Exercise|Operation|tanker|freighter|vessel|ship)\s+$")
#: What "near" governs that is no place: a holiday, a ship, a body ("near Christmas", "near USS Kitty Hawk").
_NOT_NEAR_PLACE = re.compile(r"\b(?:Christmas|Easter|Ramadan|Eid|Passover|Hanukkah|Diwali|Rosh|Yom|Thanksgiving|"
                             r"New\s+Year|USS|HMS|University|Parliament|Embassy|Headquarters|Services|Zero)\b")


#: Patterns whose noun follows the name: an adjective there is no name ("the Baltic region").
_NOUN_AFTER = ("following", "site", "pair_first", "pair_second")


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern]:
    """The cue patterns, compiled once."""
    word = rf"{gz.upper_class()}[^\W\d_]+"
    part = rf"{word}(?:-[a-z]+)?"  # a lower-case suffix after a hyphen: "Sohae-ri"
    name = rf"(?P<name>{part}(?:[ -]{part}){{0,2}})"
    return {
        "governing": re.compile(rf"\b(?:{_GOVERNING})\s+of\s+(?:the\s+)?{name}"),
        "following": re.compile(rf"(?:\b(?:the|its|their|in|at|near|beside|off|of|from|on)|['’]s)\s+{name}\s+"
                               rf"(?:(?:{_FOLLOWING})\b|(?:{_ISLANDS})\b(?!\s+(?!{_GOVERNED})[a-z]))"),
        "site": re.compile(rf"(?:\b(?:the|its|their|in|at|near|of|from|on)|['’]s)\s+{name}\s+{_SITE_NOUNS}\b"),
        "pair_first": re.compile(rf"\bthe\s+{name}\s+and\s+{word}(?:[ -]{word}){{0,2}}\s+(?:{_PLURAL_TYPES})\b"),
        "pair_second": re.compile(rf"\bthe\s+{word}(?:[ -]{word}){{0,2}}\s+and\s+{name}\s+(?:{_PLURAL_TYPES})\b"),
        # "the ports of X, Y and Z": each name of the list after a plural place noun
        "listed": re.compile(rf"\b(?:{_PLURAL_GOVERNING})\s+of\s+(?:the\s+)?{_list_item().pattern}"
                             rf"(?P<name>(?:,\s+{_list_item().pattern}){{0,8}},?\s+and\s+{_list_item().pattern})(?![\w'’-])"),
        # "bound for sites near X, Y and Z.": every name of a list after "near", before a clause's end
        "near_list": re.compile(rf"\bnear\s+(?P<name>{_list_item().pattern}(?:,\s+{_list_item().pattern}){{1,8}},?\s+and\s+"
                                rf"{_list_item().pattern})(?=\s*[.;:)]|,\s+[a-z])"),
        "between": re.compile(rf"\b(?:[Aa]t|[Ii]n|[Nn]ear|[Oo]utside|[Tt]oward|[Tt]owards)\s+{name}(?:,?\s+in\s+(?:the\s+)?|,\s+)(?=[A-Z])"),
        "apposition": re.compile(rf"{name},\s+an?\s+(?:[a-z]+\s+){{0,2}}?(?:{_APPOSITION})\s+(?:in|on|near|off|of|at)\b"),
        # "X, some 40 kilometers west of Tallinn": placed by a compass point from a known place (checked)
        "direction": re.compile(rf"\b(?:at|in|near|of|from|to|outside)\s+{name},\s+(?:(?:about|some|roughly|nearly|just)\s+)?(?:[\d,.]+\s+(?:kilometers|kilometres|km|miles)\s+)?"
                                r"(?:(?:north|south|east|west)(?:east|west)?(?:ern)?\s+of|(?:on|off)\s+the\s+coast\s+of)\s+(?:the\s+)?(?=[A-Z])"),
        # "at X, near Middlesbrough": nearness places it only after "at" or "in" ("the home of X, outside Tehran" is a person's)
        "nearness": re.compile(rf"\b(?:at|in)\s+{name},\s+(?:near|outside|close\s+to)\s+(?:the\s+)?(?=[A-Z])"),
        # "came under attack near X on May 27": "near" governs a name no table holds, before a clause or a preposition
        "near": re.compile(rf"\bnear\s+{name}(?=\s*[.;:)]|,\s+[a-z]|\s+(?:on|in|at|and|or|to|for|from|by|with|where|"
                           r"when|after|before|that|which|last|this|early|late|during|since|until)\b)"),
        "head_last": re.compile(rf"(?P<name>\b{word}(?:\s+{word}){{0,2}}\s+(?:{_GEO_HEADS}))\b(?!\s+{gz.upper_class()})"),
        "mount": re.compile(rf"(?P<name>\b(?:Mount|Cape)\s+{word})\b(?!\s+{gz.upper_class()})"),
        # "the Federal Republic of Yugoslavia": a state's formal name (the tables hold the usual ones)
        "republic": re.compile(rf"(?P<name>\b(?:{word}\s+){{0,3}}(?:Republic|Kingdom)\s+of\s+(?:the\s+)?{word}(?:\s+{word})?)\b"),
        "head_first": re.compile(rf"(?P<name>\b(?:{_HEAD_FIRST})\s+of\s+(?:the\s+)?{word})\b(?!\s+{gz.upper_class()})"),
    }


@lru_cache(maxsize=1)
def _list_item() -> re.Pattern:
    """One name of a list: one to three capitalised words, an Arabic article glued to the last ones."""
    part = rf"{gz.upper_class()}[^\W\d_]+(?:-[a-z]+)?"
    return re.compile(rf"{part}(?:[ -](?:(?:al|el|ad|as|ash|az|ez|ul)-)?{part}){{0,2}}")  # "Kafr el-Zaiyat"


def after_place_noun(text: str, a: int) -> bool:
    """Whether a place noun and "of" stand right before ``a`` ("the border town of X"): X names a place, no person.

    >>> after_place_noun("crossing at the border town of Dong Dang", 31)
    True
    """
    return re.search(rf"\b(?:{_GOVERNING})\s+of\s+(?:the\s+)?$", text[max(0, a - 30):a]) is not None


def _trim(text: str, a: int, b: int) -> int:
    """Drop opening words ("The", "In") from a name that begins a sentence."""
    while True:
        m = re.match(r"(\S+)\s+", text[a:b])
        if not m or m.group(1) not in gz.OPENERS:
            return a
        a += m.end()


def _country_after(text: str, b: int, s1: int, hits: list[gz.Hit]) -> gz.Hit | None:
    """The known country or subdivision named right after "in" (or "in the") at ``b``."""
    after = re.match(r",?\s+(?:in|of)\s+(?:the\s+)?|,\s+", text[b:s1])
    if not after:
        return None
    at = b + after.end()
    # "at X, in the Saratov region": a city's name before a region's noun names the region
    h = next((h for h in hits if h.start == at and (h.entry.kind in ("country", "subdivision") or (
        h.entry.kind == "city" and re.match(r"\s+(?:region|province|oblast|district|prefecture)\b", text[h.end:s1])))), None)
    if h is not None and re.fullmatch(r",\s+", after.group()) and not re.match(r"[,.;:]", text[h.end:h.end + 1]):
        return None  # "at X, Tennessee,": the state closes the phrase; "in X, Japan's ..." names no place of X
    return h


_KNOWN = ("city", "country", "subdivision", "region")
#: Words that share the second name's rest ("the Greater and Lesser Tunb islands"): no name alone.
_SHARED_FIRST = frozenset({"Greater", "Lesser", "Upper", "Lower", "Big", "Little", "North", "South", "East", "West"})
#: Services that own bases, no places: "the Army and Air Force bases".
_SERVICES = frozenset({"Army", "Navy", "Marine", "Marines", "Air Force", "Naval", "Coast Guard", "National Guard", "Space Force"})


def _acceptable(text: str, a: int, b: int, hits: list[gz.Hit]) -> bool:
    written = text[a:b]
    if written.isupper() or written in _NOT_SITES or any(w in CALENDAR_WORDS for w in written.split()):
        return False
    inside = [h for h in hits if h.start < b and a < h.end]
    # a country of the table is read there, with its article ("the Cook Islands"); a body or a demonym is no place
    return not any(h.entry.kind in ("adjective", "organization") or
                   (h.entry.kind == "country" and (h.start, h.end) == (a, b)) for h in inside)


def cued_places(text: str, s0: int, s1: int, hits: list[gz.Hit]) -> list[tuple[int, int, dict]]:
    """Places marked by their context in text[s0:s1]: (start, end, value), in order.

    >>> text = "Ships left the port of Mombasa, and the reactor at Dimona in Israel was shown."
    >>> [(text[a:b], v.get("iso3")) for a, b, v in cued_places(text, 0, len(text), gz.scan(text))]
    [('Mombasa', 'KEN'), ('Dimona', 'ISR')]
    """
    found: dict[tuple[int, int], dict] = {}
    for key, p in patterns().items():
        for m in p.finditer(text, s0, s1):
            if key in ("listed", "near_list"):  # the names after the first, which "governing" reads; all after "near"
                _list_places(key, text, m, hits, found)
                continue
            a, b = _trim(text, *m.span("name")), m.end("name")
            if a >= b or (a, b) in found or not _acceptable(text, a, b, hits) or \
                    (key == "pair_first" and text[a:b] in _SHARED_FIRST) or (key.startswith("pair") and text[a:b] in _SERVICES):
                continue
            where = _country_after(text, b, s1, hits)
            if key == "head_last" and (len(text[a:b].split()) < 2 or _NOT_A_SEA.search(text, max(s0, a - 12), a)
                                       or _NOT_A_SEA.match(text, a, text.find(" ", a, b) + 1)):
                continue  # "The Sea of Japan" opening a sentence; "USS Coral Sea", "Exercise Joint Sea": no place
            if key in ("direction", "nearness") and not any(h.start == m.end() and h.entry.kind in _KNOWN for h in hits):
                continue  # the compass point is from no place the gazetteer knows
            if key == "near" and _no_near_place(text, a, b, hits) or key == "republic" and _no_republic(a, b, hits):
                continue
            if (key == "between" and where is None) or (key in _NOUN_AFTER and _ADJECTIVAL.search(text[a:b])):
                continue  # "the Jewish state", "the Baltic region": an adjective, not a name
            if key == "governing" and (noun := _SUBDIVISION_NOUN.search(text[max(s0, a - 24):a])):
                # "the province of Punjab": the subdivision of that type (Pakistan's), not a city of the name
                parts = [e for e in gz.entries_at(text[a:b]) if e.kind == "subdivision"]
                part = next((e for e in parts if e.detail.lower() == noun.group(1)), parts[0] if parts else None)
                hits = [gz.Hit(a, b, part) if (h.start, h.end) == (a, b) and part else h for h in hits]
            # "the Amur and Ussuri rivers": the type noun says what the names are, whatever city shares them
            found[(a, b)] = _value(text, a, b, [] if key.startswith("pair") else hits, where)
    return sorted((a, b, v) for (a, b), v in found.items())


def _list_places(key: str, text: str, m: re.Match, hits: list[gz.Hit], found: dict) -> None:
    """Each name of a listed group a place: after a plural place noun ("the ports of X, Y and Z"), or after "near"
    when at least half of the list are places the tables know ("near Mutlangen, Heilbronn and Neu-Ulm"; not "near
    Nunn, Warner and Levin"), a table's city read as a place there."""
    items = list(_list_item().finditer(text, m.start("name"), m.end("name")))
    known = sum(any(h.start == i.start() and h.entry.kind in _KNOWN for h in hits) for i in items)
    if key == "near_list" and 2 * known < len(items):
        return  # at least half of them the tables' places
    for item in items:
        x, y = item.span()
        city = any((h.start, h.end) == (x, y) and h.entry.kind in ("city", "subdivision") for h in hits)
        if (x, y) not in found and _acceptable(text, x, y, hits) and \
                not (key == "near_list" and not city and _no_near_place(text, x, y, hits)):
            found[item.span()] = _value(text, x, y, hits, None)


def _no_near_place(text: str, a: int, b: int, hits: list[gz.Hit]) -> bool:
    """A name after "near" that is no place of its own: one a table holds (read as the table says), a holiday, a ship,
    a body, an officeholder."""
    return (any(h.start < b and a < h.end for h in hits) or _NOT_NEAR_PLACE.search(text[a:b]) is not None
            or any(w in heads.BODY_WORDS for w in text[a:b].split()) or bool(offices.known_names(text[a:b])))


def _no_republic(a: int, b: int, hits: list[gz.Hit]) -> bool:
    """A state's formal name the tables hold ("Republic of Korea": theirs), or one whose last words name no country."""
    return any(h.start <= a and b <= h.end for h in hits) or not any(h.end == b and h.entry.kind == "country" for h in hits)


def _value(text: str, a: int, b: int, hits: list[gz.Hit], where: gz.Hit | None) -> dict:
    from analysis.extract import places  # deferred: places imports nothing of this module, but keep the order clear

    known = next((h for h in hits if (h.start, h.end) == (a, b) and h.entry.kind in ("city", "subdivision", "region")), None)
    value = places.value(known) if known is not None else {"name": " ".join(text[a:b].split()), "type": "place"}
    if where is not None and where.entry.iso3 and not value.get("iso3"):
        value["iso3"] = where.entry.iso3
    return value
