"""People described in apposition rather than titled: "X, a 59-year-old naturalized Australian", "X, the
American cargo handler", "X, a Colombian", "X, a Conservative"; and the nouns that say a description is of a
thing, not a person ("a Russian freighter", "the American company"); the "who" clauses that say whom a person
serves, and the leaders' titles whose one name "of" a country is that country's.
"""

from __future__ import annotations

import re

from analysis.extract import gazetteer as gz

#: Verbs of heading a body ("X, who heads Y").
HEADS_VERB = r"heads|headed|leads|led|chairs|chaired|directs|directed|runs|ran|commands|commanded|oversees|oversaw"
#: A "who" clause saying whom the person serves ("who heads Japan's agency"), not one acting on it ("who praised X").
SERVING_CLAUSE = re.compile(rf"(?:(?:now|also|still|currently|formerly|until recently|later)\s+)?(?:is|was|has been|had been|became|"
                            rf"serves|served|represents|represented|(?:has|have|had)\s+(?:led|headed)|{HEADS_VERB}|"
                            rf"(?:speaks|spoke|signed|negotiated|works|worked)\s+for)\b")
#: A leader's title, whose one name before "of" a country is that country's ("President Soeharto of Indonesia").
LEADER = re.compile(r"(?:President|King|Queen|Sultan|Emir|Prime Minister|Premier|Chancellor|Shah)\s")

#: National offices whose "of" a country names the government served ("Vice Foreign Minister X of China chaired").
NATIONAL_TITLES = r"Minister|President|King|Queen|Sultan|Emir|Premier|Chancellor|Ambassador|Shah"
#: A government's bodies a demonym opens ("the Soviet Foreign Ministry", "the Chinese Embassy", "the Indian Army").
_GOVERNMENT_BODY = re.compile(r"(?:Ministry|Embassy|Mission|Army|Navy|Air\s+Force|Armed\s+Forces|General\s+Staff|Academy\s+of\s+Sciences)$")


def government_body(seg: str, m: re.Match) -> dict | None:
    """The side of "X of the <Demonym> <government body>" the tables lack: the demonym's country; none after an act's
    "by" ("an inspection by X of the Iraqi Defense Ministry": what X inspected) or for any other body ("the Iraq Survey
    Group", "the German Marshall Fund")."""
    words, org = m.group("org").split(), " ".join(m.group("org").split())
    entry = gz.lookup(words[0], ("adjective",))
    if entry is None or not entry.iso3 or not _GOVERNMENT_BODY.search(org) or \
            re.search(r"\b(?:inspections?|visits?|tour|search|raid|attack|bombing|ordered)\s+by\s+$", seg[:m.start()]):
        return None
    return {"name": gz.country_name(entry.iso3), "iso3": entry.iso3}


def _owned(seg: str, m: re.Match) -> bool:
    """Whether a body's name or a possessive stands right before the title ("Conference President", "the board's")."""
    return re.search(r"(?:[A-Z][\w.'’-]*|['’]s)\s+$", seg[:m.start()]) is not None


def national_title(seg: str, m: re.Match) -> bool:
    """Whether the title before a name is a national office's, no body's ("Vice Foreign Minister X of China"; not
    "Judge X", "Executive Chairman X", "Conference President X")."""
    return bool(re.search(rf"\b(?:{NATIONAL_TITLES})\b", seg[m.start():m.start("name")])) and not _owned(seg, m)


def a_leader(seg: str, m: re.Match) -> bool:
    """Whether a leader's title opens the match, no body's ("President X of Indonesia"; not "Council President X of
    Italy", "the board's President X")."""
    return bool(LEADER.match(m.group())) and not _owned(seg, m)


#: Common nouns a demonym may describe that are no person: "X, the American company", "Y, a Russian freighter".
_NOT_A_PERSON_NOUN = frozenset("company firm group agency concern corporation maker manufacturer producer supplier "
                               "bank network channel station newspaper daily weekly magazine paper broadcaster party "
                               "ship vessel submarine boat plane aircraft missile rocket system "
                               "plant port city town village region province capital site base facility reactor "
                               "government army navy force unit regiment brigade division team delegation embassy "
                               "organization organisation institute university school program programme project "
                               "treaty agreement plan law bill report study exporter importer operator builder developer "
                               "contractor airline utility shipyard consortium venture subsidiary container harbor "
                               "harbour monitor conglomerate test bomb warhead weapon".split())
#: Endings of a vessel's or a weapon's noun ("battlecruiser", "destroyers").
_VESSEL_END = re.compile(r"(?:cruiser|carrier|destroyer|bomber|launcher|tanker|freighter|liner|trawler|fighter)s?$")


def describes_a_person(words: str) -> bool:
    """Whether the first words after an age name a person: a demonym, a role of the table or a person's ending, and
    no body, vessel or place ("naturalized Australian", "engineer"; not "freighter", "stadium").

    >>> describes_a_person(" naturalized Australian born in Korea"), describes_a_person(" stadium"), describes_a_person(" freighter")
    (True, False, False)
    """
    first = before_a_preposition(words).split()[:3]
    return not names_a_thing(" ".join(first)) and any(
        w in gz.roles()["head_lower"] or gz.lookup(w, ("adjective",)) is not None or re.search(r"(?:er|or|ist|ian|man|woman)$", w)
        for w in first)


def before_a_preposition(words: str) -> str:
    """The words before the first preposition or participle: "naturalized Australian" of "... born in Korea"."""
    return re.split(r"\s(?:in|of|for|from|to|at|by|with|who|living|born|working|based)\b", words, maxsplit=1)[0]


def names_a_thing(words: str) -> bool:
    """Whether the first three words name a body, a vessel or a place, not a person ("a 40-year-old freighter").

    >>> names_a_thing("freighter under the Maltese flag"), names_a_thing("naturalized Australian")
    (True, False)
    """
    return any(w in _NOT_A_PERSON_NOUN or w.rstrip("s") in _NOT_A_PERSON_NOUN or _VESSEL_END.search(w) for w in words.split()[:3])


def a_described_person(role: str, name: str = "?") -> bool:
    """An apposition of a demonym and a common noun that describes a person: "X, the American cargo handler
    sentenced ...", "X, a French surgeon"; not a body, a vessel or a place ("X, the American company").

    >>> a_described_person("the American cargo handler sentenced to 30 years"), a_described_person("a Russian freighter")
    (True, False)
    """
    if re.fullmatch(r"an?\s+(?:(?:Liberal|Social|Christian|Free)\s+)?Democrat|an?\s+(?:Republican|Conservative|Socialist|Communist)", role):
        # "X, a Conservative, criticized": a party's member; not "a Republican stronghold", "In Utah, a Democrat", "Like Nixon, a ..."
        return gz.lookup(name) is None and not re.match(r"(?:Like|Unlike|Even|Across|Only|Just)\b", name) and name.split()[0] not in gz.OPENERS
    m = re.match(r"(?:the|a|an)\s+(?:former\s+|retired\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
                 r"(?=\s|$)", role)
    if not m or gz.lookup(m.group(1).removesuffix("-born"), ("adjective",)) is None:
        return False
    # no body's, vessel's or place's noun ("harbor", "battlecruiser"), and a person's noun: a role of the table or a
    # person's ending ("handler", "surgeon", "dissident")
    words = m.group(2).split()
    if names_a_thing(m.group(2)):
        return False
    return any(w in gz.roles()["head_lower"] or re.search(r"(?:er|or|ist|ian|ant|ent|man|woman|eon)$", w) for w in words)


def a_national(role: str, before: str = "") -> bool:
    """An apposition that is a demonym used as a noun: "X, a Colombian," "X, an Iraqi living in London," "X, a
    South African later arrested ..."; not
    after a vessel's word ("the freighter Anna Maria, a Maltese,").

    >>> a_national("an Iraqi living in London"), a_national("a Colombian"), a_national("a Colombian company")
    (True, True, False)
    >>> a_national("a South African later arrested in Malabo"), a_national("a South African firm")
    (True, False)
    """
    m = re.match(r"an?\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:\s+(?:living|born|working|later|now|then|once|who)\b|$)", role)
    if re.search(r"\b(?:freighter|ship|vessel|tanker|boat|carrier|steamer)\s+(?:[A-Z][\w-]*\s+){0,3}$", before[-60:]):
        return False
    return bool(m) and gz.lookup(m.group(1), ("adjective",)) is not None
