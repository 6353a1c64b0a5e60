"""Organizations: the gazetteer's (with aliases and kind) and generic forms (capitals as governments: :mod:`.capitals`).

Generic forms name bodies the table does not hold: "Ministry of X", "Russian
Foreign Ministry", "Radio Moscow", but not a country's institution in common nouns ("the Polish government",
"the Soviet navy"), "the Indian Army", "the Clinton administration", a service by its
branch alone ("two Navy destroyers", "the Army's laboratories"), "and" between capitalised words ("National Security and
Defense Council"), "Forum" and "Staff" as heads ("Joint Staff"; not "Chief of the General Staff",
a title). A military formation is a head ("Fleet", "Military District", "Command", "Army") after a place, a
sea's first word, a compass point or an ordinal ("Baltic Fleet", "Western Military District", "U.S.
Northern Command", "Second Army"), with a national adjective before it kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis import reference
from analysis.dates import CALENDAR_WORDS, MONTH_NAME_RE, WEEKDAY_NAME_RE
from analysis.extract import gazetteer as gz
from analysis.extract import heads
from analysis.extract.mention import Mention, sentence_at

BODY = (r"Ministry|Department|Office|Bureau|Committee|Commission|Council|Agency|Institute|Organization|"
         r"Organisation|Administration|Corporation|Company|Center|Centre|Laboratory|Laboratories|Academy|Party|"
         r"Command|Forces|Force|Army|Navy|Corps|Embassy|Mission|Parliament|Assembly|Service|Directorate|"
         r"Foundation|Association|University|Group|Fund|Authority|Court|Secretariat|Conference|Coalition|Campaign|"
         r"Senate|Forum|Staff|Project|Monitor|Observatory|Society|Board|Tribunal|Alliance|Federation|Chamber|Panel|"
         r"College|Team|Commissariat|Establishment|Network|Police|Symposium|Presidency|Institution|Division")
#: "the Conference on February 18": a date after "on" is no part of a body's name.
_CALENDAR = f"(?:{MONTH_NAME_RE}|{WEEKDAY_NAME_RE})"


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern]:
    """Generic organisation forms, compiled once."""
    up = gz.upper_class()
    # a possessive ends the name ("China’s Foreign Ministry"), but for "People's"; initials keep their last stop ("U.S.")
    word = rf"{up}(?:[\w&-]|['’](?!s\b)|\.(?=\w))*"
    cap = rf"(?:People['’]s(?![\w'’])|{word}(?:(?<=\.[A-Z])\.)?)"  # ("the U.S. administration" stays a country's institution)
    # one more word of a Romance body's name, after its particle if any ("de Especialidades", "Delta")
    # ... but a second body's head after "et", "y", "e" opens another name ("Banque ... de Paris et la Société Générale")
    romance = (rf"(?:\s+(?:(?:de|des|du|del|della|di|do|da|dos|la|le|y|et|e|pour|para|per)\s+(?:(?:la|le|les|el|los)\s+)?)?(?:[dl]['’])?"
               rf"(?!{_CALENDAR}\b|(?:{heads.ROMANCE_HEADS}|Organisation|Organización|Organização|Centre|Centro)\b){cap})")
    not_first = "|".join(sorted(gz.OPENERS | CALENDAR_WORDS | _NOT_A_NAMES_START))  # "In March Bank of Korea", "When Bank of ..."
    return {
        # Ministry of Foreign Affairs, Department of Atomic Energy, Committee on Disarmament
        # ... and "Conference on Security and Cooperation in Europe": a continent ends a body's name
        "of": re.compile(rf"\b(?!Establishment\b)(?:{BODY})\s+(?:of|for|on|Against)\s+(?:the\s+)?(?!{_CALENDAR}\b){cap}(?:\s+(?:and\s+|of\s+|for\s+)?{cap})*"
                         r"(?:\s+in\s+(?:Europe|Asia)\b)?"),
        # Russian Foreign Ministry, Pakistani Foreign Office, Indian Army, Israeli Embassy
        # not after a full stop either: a name of initials ("U.S.") is read once, from its first one
        # ... and "National Security and Defense Council": "and" inside, between capitalised words
        "named": re.compile(rf"(?<![\w.-]){cap}\s+(?:(?:and\s+)?{cap}\s+){{0,4}}(?:{BODY})\b"
                            rf"(?:(?<=Mission)\s+(?:in|to)\s+(?:the\s+)?{cap}(?:\s+{cap})?)?"),  # "United Nations Mission in Nepal"
        # "Bank of Dandong", "Central Bank of Iraq", "People's Bank of China", "Foreign Trade Bank": not a river's bank
        # ("the West Bank of the Jordan", "the Left Bank of Paris", "the Bank of the Nile") nor a sandbank ("Dogger Bank")
        "bank": re.compile(rf"(?<![\w.-])(?:(?!(?:West|East|North|South|Left|Right|{not_first})\b){cap}\s+){{0,3}}"
                           r"(?<!West\s)(?<!East\s)(?<!North\s)(?<!South\s)(?<!Left\s)(?<!Right\s)Bank\s+(?:of|for)\s+"
                           rf"(?:the\s+(?={cap}\s+{cap}))?{cap}(?:\s+(?:and\s+)?{cap})*"
                           rf"|(?<![\w.-])(?:(?!(?:West|East|North|South|Left|Right|{not_first})\b){cap}\s+){{2,3}}Bank\b(?!\s+(?:of|for)\b)"),
        # "the Royal New Zealand Air Force", "the Royal Thai Navy": a kingdom's service, named with its country
        "royal": re.compile(rf"(?<![\w.-])Royal\s+{cap}(?:\s+{cap})?\s+(?:Air\s+Force|Navy|Army|Marines)\b"),
        # "the Cinema for Peace Foundation": after "the", "for" may stand inside a body's name
        "the_for": re.compile(rf"(?<=\bthe\s){cap}\s+for\s+(?:{cap}\s+){{1,3}}(?:{BODY})\b"),
        # the Clinton administration, the Indian government
        "lower": re.compile(rf"(?<![\w.-])(?P<who>{word}(?:\s+{word})?)\s+(?P<what>administration|government|parliament|"
                            r"military|navy|army|legislature|cabinet|embassy|foreign ministry|defense ministry|"
                            r"defence ministry|air force|regime|junta)\b"),
        # "told Parliament": a country's parliament by its common name
        "bare": re.compile(r"(?<![\w.-])Parliament\b(?!\s+(?:of|for)\b)"),
        # "Radio Moscow", "Radio Free Asia": a broadcaster named by "Radio" and its name
        "radio": re.compile(rf"(?<![\w.'’-])Radio(?:\s+(?!{_CALENDAR}\b){cap}){{1,3}}"),
        # "Banco Delta Asia", "Centro Médico de Especialidades", "Société Générale des Minerais": a Romance body's
        # head first, its capitalised words joined by the language's particles
        # ("Centro", also a town's centre, with two words at least: not "Centro Habana")
        "romance": re.compile(rf"(?<![\w.'’-])(?:(?:{heads.ROMANCE_HEADS}){romance}{{1,6}}|(?:Centro|Centre){romance}{{2,5}})"),
        # "two Navy destroyers", "the Army said": a service named by its branch alone
        "branch": re.compile(r"(?<![\w.'’-])(?:Navy|Army|Marine Corps|Coast Guard)\b"
                             r"(?!\s+(?:of|for)\b|-)"),
    }


_FORMATION = re.compile(r"(?<![\w.'’-])(?P<what>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|\d+(?:st|nd|rd|th))\s+"
                        r"(?P<head>(?:(?:Guards|Tank|Air|Combined\s+Arms)\s+)?Army|Fleet|Flotilla|Military\s+District|"
                        r"Command|Air\s+Force)\b(?!\s+(?:of|for)\b|-|['’](?!s\b))")


@lru_cache(maxsize=1)
def _sea_words() -> frozenset[str]:
    """The first word of a sea's or an ocean's name ("Baltic" of "Baltic Sea"), which names a fleet."""
    rows = reference.rows("reference/regions.csv")
    return frozenset(r["name"].split()[0] for r in rows if r["kind"] in ("sea", "ocean") and " " in r["name"])


def _formation_word(what: str) -> bool:
    words = what.split()
    if what[0].isdigit() or all(w in heads.ORDINAL_OR_POINT for w in words):
        return True
    if len(words) == 1 and what in _sea_words():
        return True
    return gz.lookup(what, ("country", "region", "city", "subdivision", "adjective")) is not None


def formations(text: str, s0: int, s1: int, hits: list[gz.Hit]) -> list[tuple[int, int, dict]]:
    """Military formations: a head after a place, a sea's word, a compass point or an ordinal.

    >>> text = "units of Russia's Western Military District and the Caspian Flotilla; he took command."
    >>> [text[a:b] for a, b, _ in formations(text, 0, len(text), gz.scan(text))]
    ['Western Military District', 'Caspian Flotilla']
    """
    out = []
    for m in _FORMATION.finditer(text, s0, s1):
        what = m.group("what")
        if not _formation_word(what):
            if " " not in what or not _formation_word(what.split()[1]):
                continue
            what = what.split()[1]  # "The Western Military District": the opener is no part of it
        a = _national_adjective(text, hits, s0, m.end("what") - len(what))
        if any(h.entry.kind == "organization" and h.start < m.end() and a < h.end for h in hits):
            continue  # the table names it: "U.S. Central Command"
        out.append((a, m.end(), _value_of(text, hits, a, m.end())))
    return out


def _national_adjective(text: str, hits: list[gz.Hit], s0: int, a: int) -> int:
    """Where a name starting at ``a`` starts with the national adjective before it, which belongs to the
    name: "U.S. Northern Command", "the U.S. Atomic Energy Commission"; so does the UN's short name ("UN
    Department of Safety and Security", "U.N. Panel of Experts")."""
    adj = next((h for h in hits if (h.entry.kind == "adjective" or h.entry.name == "United Nations")
                and re.fullmatch(r"\s+", text[h.end:a] or "x")), None)
    return adj.start if adj and adj.start >= s0 and text[adj.start - 1:adj.start] != "-" else a  # not "Brazilian-Argentine"


def _value_of(text: str, hits: list[gz.Hit], a: int, b: int) -> dict:
    value = {"name": " ".join(text[a:b].split())}
    first = re.match(r"([A-Z][\w.]+)-[A-Z]", text[a:b])
    if first and (e := gz.lookup(first.group(1), ("organization",))) is not None and not e.iso3:
        return value  # "the NATO-Russia Council": the international body's, not the second member's
    for h in hits:
        inside = a <= h.start and h.end <= b and not re.search(r"\b(?:in|to)\s+(?:the\s+)?$", text[a:h.start])  # "Mission in Nepal"
        owner = h.end < a and re.fullmatch(r"['’]s\s+", text[h.end:a])  # "China’s Foreign Ministry"
        if (inside or owner) and h.entry.kind in ("adjective", "country") and h.entry.iso3:
            value["iso3"] = h.entry.iso3
            break
    return value


def _strip_opener(text: str, a: int, b: int) -> int:
    # "The Indian Army": the article is not part of the name; "Seoul-based": where it is, not its name
    m = re.match(r"(?:(?:The|A|An|This|That)\s+)?(?:[\w.'’-]+-based\s+)?", text[a:b])
    return a + m.end()


def generic(text: str, s0: int, s1: int, hits: list[gz.Hit]) -> list[tuple[int, int, dict]]:
    """Organisations in generic forms: (start, end, value)."""
    p = patterns()
    out = []
    for key in ("of", "named", "the_for", "lower", "bare", "branch", "radio", "romance", "bank", "royal"):
        for m in p[key].finditer(text, s0, s1):
            a, b = _strip_opener(text, m.start(), m.end()), m.end()
            if key == "branch":
                out += _branch(text, hits, s0, a, b)
                continue
            if key == "of" and (b := _before_a_possessor(text, a, b)) is None:
                continue
            if key == "of" and (cut := _of_a_list(text, a, b, hits)) is not None:
                b = cut  # "the Contact Group of France, Germany, ...": the group, then the countries it holds
            if key == "named" and (re.search(r"\bChiefs?\s+of\s+(?:the\s+)?$", text[max(s0, a - 16):a])
                                   or text[a:b].endswith("Presidency") or re.match(r"\s+(?:[IVX]+|\d)\b", text[b:b + 6])):
                continue  # "Chief of the General Staff" is a title; "the Reagan Presidency" a term of office
            if key in ("bare", "radio", "romance"):
                value = {"name": m.group(), **({"kind": "broadcaster"} if key == "radio" else {})}
            elif key == "lower":
                if (named := _lower(text, hits, m, a)) is None:
                    continue
                b, value = named
            else:
                if key == "named" and (b := _named_end(text, hits, a, b)) is None or len(text[a:b].split()) < 2:
                    continue
                a = _national_adjective(text, hits, s0, a)
                value = _value_of(text, hits, a, b)
            out.append((a, b, value))
    units = formations(text, s0, s1, hits)
    out = [f for f in out if not any(f[0] < y and x < f[1] for x, y, _ in units)]
    # of two forms over the same words the longer is the name ("the Cinema for Peace Foundation")
    return units + sorted(_split_of_the(text, hits, _joined(text, hits, out)), key=lambda f: (f[0] - f[1], f[0]))


#: Two named bodies joined by "of the": "the Jet Propulsion Laboratory of the California Institute of Technology",
#: "the Defense and Security Committee of the NATO Parliamentary Assembly" (the first a body of the second; not "the
#: Supreme Council of the Armed Forces", whose services are no named body).
_OF_THE = re.compile(rf"(?P<first>[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*)*\s+(?:{BODY}))\s+of\s+the\s+"
                     rf"(?P<second>(?:[A-Z][\w'’.-]*\s+){{1,4}}(?!(?:Forces?|Staff|Army|Navy|Corps)\b)(?:{BODY})\b.*|(?:{BODY})\s+for\s+[A-Z].*)")


def _split_of_the(text: str, hits: list[gz.Hit], found: list[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    """Each of two named bodies joined by "of the" is a name of its own (:data:`_OF_THE`); a single head
    word before "of the" opens one name ("the Council of the European Union")."""
    out = []
    for a, b, value in found:
        m = _OF_THE.fullmatch(text, a, b)
        if m is None:
            out.append((a, b, value))
            continue
        out += [(x, y, _value_of(text, hits, x, y)) for x, y in (m.span("first"), m.span("second"))]
    return out


def _of_a_list(text: str, a: int, b: int, hits: list[gz.Hit]) -> int | None:
    """Where a body's name ends before "of" and a list of countries ("the Contact Group of France, Germany and Italy"):
    the countries the body holds, not its name; None when the "of" names one country or anything else."""
    of = text.find(" of ", a, b)
    if of < 0:
        return None
    first = next((h for h in hits if h.start == of + 4 + (4 if text.startswith("the ", of + 4) else 0)), None)
    if first is None or first.entry.kind != "country" or first.end != b:
        return None
    sep = re.match(r",\s+(?:and\s+)?(?:the\s+)?", text[b:b + 12])  # a list of three or more ("X of A and B" is ambiguous)
    after = b + sep.end() if sep else -1  # the next item a country too, and not a possessor ("India, Pakistan's court")
    nxt = next((h for h in hits if h.start == after and h.entry.kind == "country"), None)
    return of if nxt is not None and not re.match(r"['’]s\b", text[nxt.end:nxt.end + 3]) else None


def outranks_table(text: str, hits: list[gz.Hit], a: int, b: int, value: dict) -> bool:
    """Whether a generic name is read before the table's names it overlaps: a national prefix makes the body that
    country's, whatever the table says ("Pakistani Foreign Office"), and so does a kingdom's ("Royal Thai Navy"); the
    UN's prefix makes the UN's own body ("UN Department of ..."); a bank's whole name holds a table's name ("Commonwealth
    Bank of Australia")."""
    national = any(h.start == a and h.entry.kind in ("adjective", "country") for h in hits)
    un = any(h.start == a and h.entry.name == "United Nations" for h in hits)
    return (national and "iso3" in value or un and b > a + 5 or text.startswith("Royal ", a) and "iso3" in value
            or re.search(r"\sBank\s+(?:of|for)\s", text[a:b]) is not None)


#: Words that open a sentence or a clause, never a body's name: "Yesterday Police arrested", "When Bank of America".
_NOT_A_NAMES_START = frozenset({"Yesterday", "Today", "When", "Like", "Unlike", "Shares", "Even"})
#: Police that are a kind of force, not a named one: "Riot Police fired", "the Secret Police".
_GENERIC_POLICE = frozenset({"Secret", "Riot", "Traffic", "Military", "Religious", "Morality", "Moral", "Tourist", "Transit"})


def _named_end(text: str, hits: list[gz.Hit], a: int, b: int) -> int | None:
    """Where a name of a body's head ends, or None for no name: a police force named by a kind ("Riot Police") or
    after an opener ("In Nepal Police") is none; a mission in a city ends before it ("the British Mission in Baghdad":
    Baghdad is a place), one in a country or to a body keeps it ("United Nations Mission in Nepal", "Mission to NATO")."""
    words = text[a:b].split()
    if words[-1] == "Police":
        return None if words[0] in gz.OPENERS | CALENDAR_WORDS | _NOT_A_NAMES_START | _GENERIC_POLICE else b
    tail = re.search(r"\s+(?:in|to)\s+(?:the\s+)?(?=\S)", text[a:b]) if re.search(r"\bMission\s+(?:in|to)\b", text[a:b]) else None
    if tail and any(h.start == a + tail.end() and h.entry.kind == "city" for h in hits):
        return a + tail.start()
    return b


def _lower(text: str, hits: list[gz.Hit], m: re.Match, a: int) -> tuple[int, dict] | None:
    """A body named by a lower-case noun after its owner ("the Clinton administration", "the Polish foreign
    ministry"): its end and value, or None for a country's institution in common nouns ("the Polish government")."""
    at = _strip_opener(text, m.start("who"), m.end("who"))  # "The Polish government" opening a sentence
    who = [h for h in hits if h.start == at and h.end == m.end("who")]
    if who and who[0].entry.kind in ("adjective", "country") and who[0].entry.iso3:
        if m.group("what") not in _NAMED_BODIES:
            return None  # "the Polish government", "the Soviet navy": a country's institution, no name
        name = gz.country_name(who[0].entry.iso3)
        return m.end(), {"name": f"{m.group('what').title()} of {name}", "iso3": who[0].entry.iso3}
    if text[m.start("who")].isupper() and m.group("what") in ("administration", "government") and \
            not set(m.group("who").split()) <= gz.OPENERS | heads.PARTY_WORDS:  # "Neither government", "a Democratic administration"
        # "the Labour Party government": the party is the name, the government its own
        b = m.end("who") if m.group("who").split()[-1] in heads.BODY_WORDS else m.end()
        return b, {"name": " ".join(text[a:b].split())}
    return None


def _branch(text: str, hits: list[gz.Hit], s0: int, a: int, b: int) -> list[tuple[int, int, dict]]:
    """A service named by its branch, with the national adjective before it ("the Philippine Marine Corps");
    none after another name ("the Red Army", "Kwantung Army": the branch ends a longer name)."""
    if re.search(r"\bSecretary\s+of\s+the\s+$", text[max(s0, a - 20):a]):
        return []  # "Secretary of the Navy": a title
    if (national := _national_adjective(text, hits, s0, a)) < a:
        return [(national, b, _value_of(text, hits, national, b))]
    return [] if _after_a_name(text, s0, a) else [(a, b, {"name": text[a:b]})]


def _before_a_possessor(text: str, a: int, b: int) -> int | None:
    """Where a body's "of" name ends when its last word owns what follows: "the Rocket Force of China's People's
    Liberation Army" is the army's force, not China's ("Rocket Force"); None when too little is left."""
    cut = re.search(r"\s+of\s+(?:the\s+)?\S+$", text[a:b]) if re.match(r"['’]s\b", text[b:b + 2]) else None
    if cut is None:
        return b
    return a + cut.start() if len(text[a:a + cut.start()].split()) >= 2 else None


def _after_a_name(text: str, s0: int, a: int) -> bool:
    """Whether a capitalised word other than a sentence's or a phrase's opener stands right before ``a``."""
    before = re.search(r"([A-Z][\w.'’-]*)\s+$", text[max(s0, a - 30):a])
    return bool(before) and before.group(1) not in ("The", "A", "An", "Its", "Their", "His", "Her", "This", "That")


def _joined(text: str, hits: list[gz.Hit], found: list[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    """A name before a body word and the same body's "of" form are one name: "Brazilian-Argentine
    Agency" and "Agency for Accounting and Control of Nuclear Materials".

    >>> text = "the Joint Agency for Nuclear Control met."
    >>> [text[a:b] for a, b, _ in generic(text, 0, len(text), gz.scan(text))]
    ['Joint Agency for Nuclear Control']
    """
    out = list(found)
    for a, b, _ in found:
        for x, y, _ in found:
            if a < x < b < y and re.fullmatch(rf"(?:{BODY})", text[x:b]):
                out = [f for f in out if f[:2] not in ((a, b), (x, y))] + [(a, y, _value_of(text, hits, a, y))]
    return out


def from_hit(h: gz.Hit) -> dict:
    """The value of an organisation of the gazetteer.

    >>> from analysis.extract import gazetteer as gz
    >>> from_hit(gz.scan("the United Nations")[0])["name"]
    'United Nations'
    """
    v = {"name": h.entry.name, "kind": h.entry.detail}
    if h.entry.iso3:
        v["iso3"] = h.entry.iso3
    return v

#: Lower-case bodies a demonym names ("the Russian foreign ministry"); "the Polish government", "the Soviet navy",
#: "the Italian parliament" name a country's institution in common nouns, no organisation.
_NAMED_BODIES = frozenset({"foreign ministry", "defense ministry", "defence ministry", "administration"})

def mention(text: str, a: int, b: int, value: dict, sent: int) -> Mention:
    """An organisation mention, keyed by its canonical name."""
    return Mention("organization", value, text[a:b], a, b, sent, key=f"organization:{value['name']}")


def owned(text: str, h: gz.Hit, hits: list[gz.Hit]) -> dict | None:
    """A national body of the table named for another country's office ("Pakistan's Foreign Office",
    "Indian Foreign Office"): that country's body, never the table's. None when no other country owns it.

    >>> text = "Pakistan's Foreign Office said no."
    >>> [owned(text, h, gz.scan(text)) for h in gz.scan(text) if h.entry.kind == "organization"]
    [{'name': 'Foreign Office', 'iso3': 'PAK'}]
    """
    if h.entry.kind != "organization" or not h.entry.iso3:
        return None
    for o in hits:
        if o.end <= h.start and o.entry.kind in ("country", "adjective") and o.entry.iso3 \
                and o.entry.iso3 != h.entry.iso3 and re.fullmatch(r"(?:['’]s)?\s+", text[o.end:h.start]):
            return {"name": " ".join(text[h.start:h.end].split()), "iso3": o.entry.iso3}
    return None


#: An acronym in brackets after a body's name, or after ", or", ", known as", ", known by its (Swedish) initials".
_ACRONYM = re.compile(r"\s*\((?P<acr>[A-Z][A-Z&-]{1,9})\)|,\s+(?:or|known\s+as|known\s+by\s+its\s+(?:[A-Z]\w+\s+)?(?:initials|acronym)(?:\s+as)?)\s+"
                      r"(?P<acr2>[A-Z][A-Z&-]{1,9})(?=[,.;:)])")


#: An acronym written as a word of four letters or more in brackets after a body's name ("(Necsa)"), read only when its
#: letters are the name's initials in any order and the tables hold no such name (never "(Geneva)", "(Nice)").
_MIXED_ACRONYM = re.compile(r"\s*\(([A-Z][a-z]{3,8})\)")


def _initials_of(acronym: str, name: str) -> bool:
    initials = sorted(w[0].lower() for w in name.split() if w[:1].isupper())
    return sorted(acronym.lower()) == initials


#: A company's legal form at the end of its name: without it, the name is the company's short form.
LEGAL_END = re.compile(rf",?\s+(?:{heads.LEGAL_FORMS}|Co\.)$")


def short_name(name: str) -> str | None:
    """A company's name without its legal form ("Kestrel Optics" for "Kestrel Optics AB"), or None.

    >>> short_name("Kestrel Optics AB"), short_name("Kestrel Optics")
    ('Kestrel Optics', None)
    """
    short = LEGAL_END.sub("", name)
    return short if short != name and len(short) >= 4 else None


def acronyms(text: str, cut: list[tuple[int, int]], found: list[Mention], taken) -> list[Mention]:
    """An acronym in brackets after an organisation names it, there and wherever it stands again:
    "a joint body, the Brazilian-Argentine Agency for ... (ABACC)", then "ABACC"; so does one after ", or",
    ", known as" or ", known by its (Hebrew) initials/acronym" ("the Association of ..., or AVEN,"), and a company's name
    without its legal form ("Kestrel Optics AB", then "Kestrel Optics").

    >>> text = "They formed the Joint Control Agency (JCA). The JCA met."
    >>> found = [mention(text, 16, 36, {"name": "Joint Control Agency"}, 0)]
    >>> [(m.text, m.start) for m in acronyms(text, [(0, 43), (44, len(text))], found, [])]
    [('JCA', 38), ('JCA', 48)]
    """
    named = {}
    for m in found:
        if m.kind == "organization" and (a := _ACRONYM.match(text, m.end)):
            named.setdefault(a.group("acr") or a.group("acr2"), m.value)
        elif m.kind == "organization" and (a := _MIXED_ACRONYM.match(text, m.end)) and _initials_of(a.group(1), m.text) \
                and gz.lookup(a.group(1)) is None:
            named.setdefault(a.group(1), m.value)  # "the South African Nuclear Energy Corporation (Necsa)"
        if m.kind == "organization" and (short := short_name(m.text)):
            named.setdefault(short, m.value)
    out = []
    for acr, value in named.items():
        for a in re.finditer(rf"(?<![\w-]){re.escape(acr)}(?![\w-])", text):
            n = sentence_at(cut, a.start())
            if n is not None and not taken_by(taken, a.start(), a.end()):
                out.append(mention(text, a.start(), a.end(), dict(value), n))
    return out


def taken_by(taken, a: int, b: int) -> bool:
    """Whether a span overlaps one already taken (a SpanIndex or a list of spans)."""
    return taken.overlaps(a, b) if hasattr(taken, "overlaps") else any(x < b and a < y for x, y in taken)
