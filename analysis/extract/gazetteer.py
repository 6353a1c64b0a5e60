"""The gazetteers of data/reference as matchers, built once per process.

Names (countries, cities, subdivisions, regions, organizations) go into one
Aho–Corasick automaton (``pyahocorasick``): a text is scanned once, whatever the
number of names. Title words go into one regular expression shaped as a trie
(:func:`trie_regex`), so no pattern is compiled per entry or per sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from analysis import reference

#: Entry kinds in the automaton, by priority when two entries have the same span.
ENTRY_KINDS = ("organization", "country", "region", "city", "subdivision", "adjective")


class Entry(NamedTuple):
    """One name of the gazetteer: what it names and where it came from."""

    kind: str  # one of ENTRY_KINDS
    name: str  # canonical name
    iso3: str = ""
    detail: str = ""  # organisation kind, region kind, city population, subdivision type
    capital: bool = False
    curated: bool = False


class Hit(NamedTuple):
    """A gazetteer name found in a text: span and entry."""

    start: int
    end: int
    entry: Entry


def _rows(name: str) -> list[dict]:
    """The rows of a reference table, checked (checksum, sources) and cached by :mod:`analysis.reference`."""
    return reference.rows(f"reference/{name}")


def _split(cell: str) -> list[str]:
    if not cell:
        return []  # most rows (34,000 cities) have no aliases: no list to build
    return [x.strip() for x in cell.split(";") if x.strip()]


def trie_regex(words) -> str:
    """A regular-expression alternation of ``words`` shaped as a prefix trie (longest first).

    >>> import re
    >>> re.fullmatch(trie_regex(["talks", "talk", "tale"]), "talks") is not None
    True
    """

    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return f"(?:{body})?"
        return body

    return build(trie)


def _table_entries() -> list[tuple[str, Entry]]:
    """(name, entry) of every table: each row's name and aliases; a country's adjectives too."""
    # the curated names decide between countries that share a demonym ("American")
    curated = {r["iso3"] for r in _rows("country_names.csv")}
    curated_cities = {r["geonameid"] for r in _rows("city_names.csv")}
    makers = {
        "organizations.csv": lambda r: Entry("organization", r["name"], r["iso3"], r["kind"], curated=True),
        "countries.csv": lambda r: Entry("country", r["name"], r["iso3"], curated=r["iso3"] in curated),
        "cities.csv": lambda r: Entry("city", r["name"], r["iso3"], r["population"], r["capital"] == "yes",
                                      r["geonameid"] in curated_cities),
        "subdivisions.csv": lambda r: Entry("subdivision", r["name"], r["iso3"], r["type"]),
        "launch_sites.csv": lambda r: Entry("region", r["name"], r["iso3"], "site", curated=True),
        "regions.csv": lambda r: Entry("region", r["name"], "", r["kind"], curated=True),
    }
    out = []
    for table, make in makers.items():
        for r in _rows(table):
            e = make(r)
            out += [(n, e) for n in {r["name"], *_split(r["aliases"])}]
            out += [(a, Entry("adjective", r["name"], r["iso3"], curated=e.curated)) for a in _split(r.get("adjectives"))]
    return out


def _entries() -> dict[str, list[Entry]]:
    """Every name -> its entries (several when a name is ambiguous); each table is verified as it is read."""
    table: dict[str, list[Entry]] = {}
    for name, e in _table_entries():
        if len(name) > 1:
            table.setdefault(name, []).append(e)
    return table


def _rank(e: Entry) -> tuple:
    pop = int(e.detail) if e.kind == "city" and e.detail.isdigit() else 0
    return (ENTRY_KINDS.index(e.kind), not e.capital, not e.curated, -pop)


def _best(entries: list[Entry]) -> list[Entry]:
    """Entries of a name by priority: kind, then a capital or curated entry, then population."""
    return entries if len(entries) == 1 else sorted(entries, key=_rank)


@lru_cache(maxsize=1)
def automaton():
    """The Aho–Corasick automaton of every gazetteer name (verified data, built once) and the entries
    its integers index.

    >>> automaton() is automaton()  # built once
    True
    """
    import ahocorasick  # deferred: the automaton is built on first use, not at import

    # the automaton stores integers (fast to build); they index the entries of each name
    auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    values = []
    for n, (name, entries) in enumerate(_entries().items()):
        auto.add_word(name, n)
        values.append((len(name), tuple(_best(entries))))
    auto.make_automaton()
    return auto, values


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def scan(text: str, start: int = 0, end: int | None = None) -> list[Hit]:
    """Every gazetteer name standing as whole words in text[start:end], longest first where they overlap.

    Each name gives one hit with its best entry; see :func:`entries_at` for the others.

    >>> text = "Delegates met in Geneva."
    >>> [(text[h.start:h.end], h.entry.kind) for h in scan(text)]
    [('Geneva', 'city')]
    """
    end = len(text) if end is None else end
    found: list[tuple[int, int, tuple[Entry, ...]]] = []
    auto, values = automaton()
    for last, index in auto.iter(text, start, end):
        n, entries = values[index]
        a, b = last - n + 1, last + 1
        if (a > 0 and _word_char(text[a - 1])) or (b < len(text) and _word_char(text[b])):
            continue
        found.append((a, b, entries))
    # longest match first, then leftmost; drop matches inside a longer one
    found.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    taken: list[tuple[int, int]] = []
    hits = []
    for a, b, entries in found:
        if any(a < y and x < b for x, y in taken):
            continue
        taken.append((a, b))
        hits.append(Hit(a, b, entries[0]))
    hits.sort(key=lambda h: h.start)
    return hits


def entries_at(name: str) -> tuple[Entry, ...]:
    """All entries of a name, best first (empty when the name is not in the gazetteer).

    >>> [e.kind for e in entries_at("Geneva")][:1]
    ['city']
    """
    auto, values = automaton()
    index = auto.get(name, None)
    return values[index][1] if index is not None else ()


def lookup(name: str, kinds: tuple[str, ...] = ENTRY_KINDS) -> Entry | None:
    """The best entry of exactly this name among ``kinds``, or None.

    >>> lookup("Geneva").kind
    'city'
    """
    return next((e for e in entries_at(name) if e.kind in kinds), None)


@lru_cache(maxsize=1)
def roles() -> dict:
    """Title vocabulary: heads (with kind and country), modifiers and portfolios.

    >>> isinstance(roles(), dict)
    True
    """
    rows = _rows("roles.csv")
    heads = {r["word"]: r for r in rows if r["part"] == "head"}
    return {
        "head": heads,
        "head_lower": {w.lower() for w in heads},
        "modifier": {r["word"] for r in rows if r["part"] == "modifier"},
        "portfolio": {r["word"] for r in rows if r["part"] == "portfolio"},
        "country_of": {w.lower(): r["iso3"] for w, r in heads.items() if r["iso3"]},
    }


def title_ends_at(text: str, end: int) -> bool:
    """Whether a title of several words ends at ``end``: the "Staff" of "Chief of the General Staff"
    is no given name, though the word alone is no title.

    >>> title_ends_at("Chief of the General Staff Yuri Baluyevsky", 26)
    True
    """
    low = text[max(0, end - 60):end].lower()
    return any(" " in h and low.endswith(h) and not low[-len(h) - 1:-len(h)].isalpha() for h in roles()["head_lower"])


@lru_cache(maxsize=1)
def family_names() -> frozenset[str]:
    """Family names written first in Korean and Chinese usage.

    >>> isinstance(family_names(), frozenset)
    True
    """
    return frozenset(r["family_name"] for r in _rows("family_names.csv"))


@lru_cache(maxsize=1)
def family_first_sides() -> frozenset[str]:
    """ISO3 codes of the countries whose usage writes a person's family name first (data/reference/name_order.csv).

    >>> "CHN" in family_first_sides()
    True
    """
    return frozenset(r["iso3"] for r in _rows("name_order.csv") if r["order"] == "family name first")


#: One romanised Korean or Chinese syllable: an initial, a vowel group and an optional final.
_SYLLABLE = r"(?:ch|sh|zh|ts|kk|tt|pp|ss|jj|[bcdfghjklmnpqrstwxyz])?[aeiouyw]{1,3}(?:ng|n|m|l|k|p|t|r)?"
#: A given name of two syllables, hyphenated or apart ("Jong-il", "Chang Chon"): East Asian whatever the side.
_TWO_SYLLABLES = re.compile(rf"(?i:{_SYLLABLE})(?:-(?-i:{_SYLLABLE})|\s+(?=[A-Z])(?i:{_SYLLABLE}))")


def family_first(v: dict) -> None:
    """Mark a person's value read family name first (a Korean or Chinese name): family, given, order."""
    toks = v["name"].split()
    side = (v.get("side") or {}).get("iso3")
    shaped = side is None or side in family_first_sides() or bool(_TWO_SYLLABLES.fullmatch(" ".join(toks[1:])))
    if len(toks) >= 2 and toks[0] in family_names() and shaped and "." not in v["name"]:
        v["family"], v["given"], v["order"] = toks[0], " ".join(toks[1:]), "family name first"


#: Capitalised words that open a sentence or a phrase and name nothing ("The", "In", "Neither", "However").
OPENERS = frozenset("The This That These Those A An In On At By For From With Of Near After Before During Since "
                    "Until While When If But And Or Also However His Her Their Its Our Both Neither Either Each Every "
                    "Any No Another Which Whose Some Many Most Other Such".split())


@lru_cache(maxsize=1)
def upper_class() -> str:
    """A character class for the capital letter that starts a name, in Latin, Greek and Cyrillic scripts.

    Ranges keep the class small (it is repeated in every name pattern); the Latin
    Extended blocks mix both cases, so names are checked word by word afterwards
    (:func:`capitalised`).

    >>> import re
    >>> re.fullmatch(upper_class(), "G") is not None
    True
    """
    return "[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u0386-\u03ab\u0400-\u042f\u1e00-\u1eff]"


def capitalised(word: str) -> bool:
    """Whether a word of a name starts with a capital letter (after a particle such as "al-").

    >>> capitalised("Geneva"), capitalised("talks"), capitalised("d'Estaing")
    (True, False, True)
    """
    if word[:2] in ("d'", "d’"):
        word = word[2:]  # an elided particle ("Giscard d'Estaing")
    letters = [c for c in word.split("-")[-1] if c.isalpha()] if word[:1].islower() else [c for c in word if c.isalpha()]
    return bool(letters) and letters[0].isupper()


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    return {r["iso3"]: r["name"] for r in _rows("countries.csv")}


def country_name(iso3: str) -> str | None:
    """The short name of a country by its ISO 3166 alpha-3 code.

    >>> country_name("FRA")
    'France'
    """
    return _country_names().get(iso3)
