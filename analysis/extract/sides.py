"""A person's side from the context, when the role names no country.

A national office without a country ("President", "Energy Secretary", "parliament
speaker") serves the government the passage is about. The side is taken, in order,
from the countries, demonyms and national bodies named in the person's sentence, then
in the rest of the paragraph; when the sentence or the role points back to a
government or a parliament ("whose government", "parliament speaker"), from the
nearest earlier sentence that names one. A country named after a locative word
("in Kentucky", "in western Syria", "from Libya's program", "the border with Kazakhstan") says where, not whom, and so
does every name listed after it ("to Iran, Libya and North Korea"). Two countries at the
first level that names any (or another person of the sentence with a different side)
leave the side empty: a wrong side is worse than none. A sentence whose only countries
are those of another person's role ("Abraham said Libyan leader X ...") gives none,
and the paragraph is read without them. When the paragraph names no country, an office
whose portfolio is that of a national ministry named earlier ("Defence Secretary" after
"the Ministry of Defence") takes the ministry's country. A later mention by surname
holds the role of the first, and a name that differs from an earlier one only in case ("De Klerk"
opening a sentence) is that person. A person listed beside people of known sides ("President B,
British Prime Minister J and Australian Prime Minister M") takes the one country of the sentence
left over. An office of an international body ("UN Secretary-General", "the agency's director
general") takes none. An official named right after a capital or a country that opens the sentence ("In
Beijing, Foreign Ministry spokesman X", "In the United States, Energy Secretary Y") speaks for its government; a role in a body
named earlier ("the commission's chairman" after "Japan's Atomic Energy Commission") takes the
body's country, and none when the body has none ("the agency's spokesman" after the IAEA); "the North" and "the South" name the one country of the text so named ("North
Korea"); "bound for" says where, as "to" does. A role that names an international body (an officer of
the IAEA), a journalist ("CNN correspondent") or a body no table holds ("Roscosmos
chief") takes no side from the context. A country right after a lower-case word that opens no clause is
an object ("denying Russia any belief", "talks with the United States"), not the actor an official
serves; a national body's name ("the National Security Council", which many governments have)
counts in a paragraph only when no country or demonym does; a sentence-mate's side the context lent
is another's only when the sentence itself names it; and the side of a name's first mention
stands for its later ones ("Putin" two sentences after "President Vladimir Putin"). The paragraph,
the weakest evidence, gives no side to a person whose own sentence names another country as a place
or an object ("at Iran's plant"), nor the country the person acts on ("X blamed Israel"); "that the
United States" opens a clause; a country signed, spoken or negotiated for ("signed for Vietnam", "spoke on behalf
of Chile") is the one the person serves, not an object or a place, and a region after a locative word keeps the list after it places
("in Europe and Turkey"). Words of the person's own phrase that point at a government are
read first (:mod:`.pointers`). A side read only from what the person said or was told ("said
that Turkey ...") is marked ``"reported"`` and yields to an office (:mod:`.offices`).
"""

from __future__ import annotations

import re

from analysis.extract import gazetteer as gz
from analysis.extract import heads
from analysis.extract.mention import Mention
from analysis.extract.pointers import NOT_A_GOVERNMENT, body_side, dateline_side, one, pronoun_side, seat_side

_LOCATIVE = re.compile(r"\b(?:in|at|near|to|into|from|outside|via|toward|towards|across|within|of|border\s+with|bound\s+for)"
                       r"\s+(?:the\s+)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+"
                       r"|central\s+)?$", re.IGNORECASE)
#: A country right after a lower-case word that opens no clause is a verb's or a preposition's object
#: ("denying Russia any belief", "talks with the United States"): the official of the sentence is not
#: its agent. After "that", "and", "which", "said" ... it opens a clause; a possessive ("suspending
#: Russia's observance") names the owner of what is acted on, who is often the agent.
_OBJECT = re.compile(r"\b(?!(?:and|or|but|nor|that|while|as|when|because|since|if|whether|although|though|after|"
                     r"before|until|where|which|who|whom|than|so|said|says|say|both|either|neither|the)\s)[a-z]+\s+(?:the\s+)?$")
#: "signed for Vietnam", "spoke on behalf of Chile": the country a person acts for, not a verb's object or a place.
_ACTS_FOR = re.compile(r"\b(?:sign(?:ed|s|ing)?|sp(?:oke|eaks?|eaking)|negotiat(?:ed|es?|ing))\s+"
                       r"(?:for|on\s+behalf\s+of)\s+(?:the\s+)?$")
_ACTS_FOR_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:and|at|in|on|during|when|while|as|after|before|with|to|by)\b")


def _acts_for(text: str, s0: int, h: gz.Hit) -> bool:
    """Whether the country is one a person signs, speaks or negotiates for ("signed for Vietnam,"), not a modifier
    ("spoke for Iraq war veterans"), a broadcaster ("Russia Today") or one nobody speaks for."""
    m = _ACTS_FOR.search(text, max(s0, h.start - 40), h.start)
    return bool(m) and bool(_ACTS_FOR_END.match(text, h.end)) and h.entry.kind == "country" \
        and not re.search(r"\b(?:nobody|no\s+one|none|not|never|n['’]t)\s+(?:\w+\s+)?$", text[max(s0, m.start() - 24):m.start()])


#: Between two names of one list: "to Iran, Libya and North Korea" keeps the locative for all three.
_LIST_GAP = re.compile(r"(?:\s*,\s*|\s+)(?:and\s+|or\s+)?(?:the\s+)?")
#: A journalist's office: the passage's countries are the story's, not the reporter's.
_PRESS = re.compile(r"\b(?:correspondent|reporter|journalist|editor|columnist|photographer)s?\b", re.IGNORECASE)
#: A person named as the head of a government or a regime: the sentence's other countries act on it.
_LEADS_A_GOVERNMENT = re.compile(r"\b(?:government|regime|administration)\s+of\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")
#: Words that point back to a government named earlier: "whose government", "parliament speaker".
_POINTS_BACK = re.compile(r"\b(?:government|parliament|legislature|cabinet|the country)\b", re.IGNORECASE)


def _national(text: str, s0: int, h: gz.Hit) -> str | None:
    """The ISO3 a gazetteer name gives as an actor, or None (a place after a locative word, a city)."""
    e = h.entry
    if not e.iso3 or e.kind not in ("country", "adjective", "organization") or e.detail in NOT_A_GOVERNMENT:
        return None
    if _LOCATIVE.search(text[max(s0, h.start - 12):h.start]) and not _acts_for(text, s0, h):
        return None
    return e.iso3


def _countries(text: str, span: tuple[int, int], hits: list[gz.Hit], bodies: bool = True) -> set[str]:
    """The countries a sentence names as actors; a name listed after a place named after a locative
    word is a place too ("to Iran, Libya and North Korea"). Without ``bodies``, only countries and
    demonyms: a national body's name ("the National Security Council") is one many governments use.

    >>> text = "He sold parts to Iran, Libya and North Korea."
    >>> sorted(_countries(text, (0, len(text)), gz.scan(text)))
    []
    >>> text = "Russia's envoy said it denies Iran the right, after talks with the United States."
    >>> sorted(_countries(text, (0, len(text)), gz.scan(text)))
    ['RUS']
    """
    s0, _ = span
    out, where = set(), None  # where: the end of the last name read as a place
    for h in hits:
        if where is not None and _LIST_GAP.fullmatch(text, where, h.start) or \
                _LOCATIVE.search(text[max(s0, h.start - 12):h.start]) and not _acts_for(text, s0, h) or \
                _is_object(text, s0, h):
            where = h.end
            continue
        where = None
        if re.match(r"\s+counterparts?\b", text[h.end:h.end + 14]):
            continue  # "beside his Czech counterpart": the other's country
        if (bodies or h.entry.kind != "organization") and (c := _national(text, s0, h)):
            out.add(c)
    return out


def _is_object(text: str, s0: int, h: gz.Hit) -> bool:
    """Whether a country stands as a verb's or a preposition's object ("blamed Israel"), not as the owner
    of what is acted on ("suspending Russia's observance")."""
    return h.entry.kind == "country" and bool(_OBJECT.search(text[max(s0, h.start - 20):h.start])) \
        and not re.match(r"['’]s?\b", text[h.end:h.end + 2]) and not _acts_for(text, s0, h)


#: "the North", "the South" standing for the one country of the text so named ("North Korea"),
#: not the first words of another name ("the North Atlantic").
_SHORT_FORM = re.compile(r"\b[Tt]he\s+(North|South)\b(?!\s+[A-Z]|-)")


def _short_forms(text: str, span: tuple[int, int], hits: list[list[gz.Hit]]) -> set[str]:
    """The countries a sentence names by a short form: "The North's chief negotiator" in a text
    that names North Korea (and no other "North ..." country).

    >>> text = "Talks with South Sudan resumed. The South's envoy spoke."
    >>> sorted(_short_forms(text, (32, len(text)), [gz.scan(text)]))
    ['SSD']
    """
    out = set()
    for m in _SHORT_FORM.finditer(text, *span):
        named = {h.entry.iso3 for hs in hits for h in hs
                 if h.entry.kind == "country" and h.entry.iso3 and h.entry.name.startswith(m.group(1) + " ")}
        if len(named) == 1:
            out |= named
    return out


def _international(role: str) -> bool:
    """Whether the role names an international body or a news outlet: the context gives neither a side."""
    return any(h.entry.kind == "organization" and (not h.entry.iso3 or h.entry.detail in NOT_A_GOVERNMENT)
               for h in gz.scan(role))


def serves_no_government(role: str) -> bool:
    """Whether the role is an office of an international body or a news outlet ("UN Secretary-General",
    "the agency's director general", "a Reuters correspondent"): it gives its holder no side."""
    return _international(role) or bool(heads.INTERNATIONAL_OFFICE.search(role))


def _named(text: str, hits: list[gz.Hit]) -> set[str]:
    """Every country a sentence names, as actor, place or object ("blamed Israel", "at Iran's plant"),
    a national body included ("at the Pentagon").

    >>> text = "An explosion hit Libya's plant, and the minister blamed Egypt."
    >>> sorted(_named(text, gz.scan(text)))
    ['EGY', 'LBY']
    """
    return {h.entry.iso3 for h in hits if h.entry.iso3 and h.entry.detail not in NOT_A_GOVERNMENT
            and h.entry.kind in ("country", "adjective", "organization")}


def context_side(text: str, n: int, cut: list[tuple[int, int]], paras: list[int], hits: list[list[gz.Hit]],
                 others: set[str], role: str | None, memo: dict | None = None, lent: set[str] = frozenset(),
                 skip: frozenset[int] = frozenset()) -> str | None:
    """The ISO3 the context gives a person of sentence ``n`` whose role names no country.

    ``cut`` are the sentences, ``paras`` their paragraph numbers, ``hits`` their gazetteer
    names, ``others`` the sides of the other people of the sentence (``lent`` those of them the
    context gave, which the paragraph lent them all unless the sentence names them; ``skip`` the
    starts of names in people's titles, which are theirs); ``memo`` keeps the
    countries of each sentence and paragraph for the next person of the same text (without it,
    a text of many people would be read once per person).

    >>> text = "Italy signed the accord. President Sergio Mattarella said it was fair."
    >>> cut = [(0, 24), (25, len(text))]
    >>> context_side(text, 1, cut, [0, 0], [gz.scan(text, a, b) for a, b in cut], set(), "President")
    'ITA'
    """
    memo = {} if memo is None else memo

    def countries(k: int, bodies: bool = True) -> set[str]:
        if ("s", k, bodies) not in memo:
            own = [h for h in hits[k] if h.start not in skip]
            memo["s", k, bodies] = _countries(text, cut[k], own, bodies) | _short_forms(text, cut[k], hits)
        return memo["s", k, bodies]

    here = countries(n)
    # a side the context lent a sentence-mate is another's only when this sentence gave it
    others = others - (lent - here)
    if here and not here <= others:
        return one(here | others)
    # none, or only another person's ("Abraham said Libyan leader X ..."): look further, without theirs
    if ("p", paras[n]) not in memo:
        same = [k for k in range(len(cut)) if paras[k] == paras[n]]
        memo["p", paras[n]] = (set().union(*(countries(k, False) for k in same)), set().union(*(countries(k) for k in same)))
    strong, para = memo["p", paras[n]]  # countries and demonyms first; national bodies only when none
    if (strong - others) or (para - others):
        # the paragraph is weak evidence: it is not read past another country the person's own sentence
        # names as a place or an object ("at Iran's plant"), nor gives the one it names as an object ("X blamed Israel")
        found = one((strong - others) or (para - others))
        own = [h for h in hits[n] if h.start not in skip]
        if _named(text, own) - others - {found} or any(h.entry.iso3 == found and _is_object(text, cut[n][0], h) for h in own):
            return None
        return found
    if role and (office := _ministry_side(text, role, cut[:n + 1], hits)):
        return office
    if _POINTS_BACK.search(text, *cut[n]) or (role and _POINTS_BACK.search(role)):
        for k in range(n - 1, -1, -1):
            found = countries(k)
            if found:
                return one(found)
    return None


def _ministry_side(text: str, role: str, cut: list[tuple[int, int]], hits: list[list[gz.Hit]]) -> str | None:
    """The country of the national ministry, named up to here, whose portfolio the role names:
    "Defence Secretary" after "the Ministry of Defence" (GBR); None unless exactly one country.

    >>> text = "The Ministry of Defence in London set the cost. Defence Secretary Ann Lee spoke."
    >>> cut = [(0, 47), (48, len(text))]
    >>> _ministry_side(text, "Defence Secretary", cut, [gz.scan(text, a, b) for a, b in cut])
    'GBR'
    """
    portfolios = {w for w in gz.roles()["portfolio"] if re.search(rf"\b{re.escape(w)}\b", role)}
    found = {h.entry.iso3 for hs in hits[:len(cut)] for h in hs
             if h.entry.kind == "organization" and h.entry.iso3 and h.entry.detail in _MINISTRIES
             and any(re.search(rf"\b{re.escape(w)}\b", h.entry.name) for w in portfolios)}
    return one(found)


#: Kinds of national body that hold a portfolio.
_MINISTRIES = frozenset({"ministry", "department", "government department", "agency"})


_LOCAL_OFFICE = re.compile(r"\b(?:governor|mayor|premier|chief minister)\s+of\s+(?:the\s+)?"
                           r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})", re.IGNORECASE)


def _local_office(role: str) -> str | None:
    """The country of the state, province or city a governor or mayor heads: "the governor of Ibaraki".

    >>> _local_office("the governor of Bavaria"), _local_office("governor of the central bank")
    ('DEU', None)
    """
    m = _LOCAL_OFFICE.search(role)
    e = gz.lookup(m.group("place"), ("subdivision", "city")) if m and m.group("place")[:1].isupper() else None
    return e.iso3 if e is not None and e.iso3 else None


def _names_a_body(role: str) -> bool:
    """Whether a role names a body no table holds ("NASA Administrator", "Roscosmos chief"): its side
    is that body's, which the text does not give, so the context must not give one either."""
    vocab = gz.roles()
    known = vocab["modifier"] | vocab["portfolio"] | set(vocab["head"])
    for w in re.findall(r"[A-Z][\w.-]*", role):
        if w not in known and not any(w in k.split() for k in known) and not gz.entries_at(w):
            return True
    return False


def fill_from_context(text: str, people: list[Mention], cut: list[tuple[int, int]], paras: list[int],
                      hits: list[list[gz.Hit]]) -> None:
    """Give each person with a national role and no side the side of :func:`context_side`."""
    first_roles: dict[str, str] = {}  # a later mention by surname holds the role of the first
    by_sentence: dict[int, list[Mention]] = {}  # each person's sentence-mates, without a scan of every person
    for p in people:
        if p.value.get("role"):
            first_roles.setdefault(p.value["name"], p.value["role"])
        by_sentence.setdefault(p.sentence, []).append(p)
    memo: dict = {}
    skip = frozenset(h.start for n, hs in enumerate(hits) for h in hs for q in by_sentence.get(n, []) if _in_role(text, h, q))
    decided: dict[str, dict] = {}  # the side of a name's first mention stands for its later ones
    for p in sorted(people, key=lambda m: m.start):
        role = p.value.get("role") or first_roles.get(p.value["name"])
        if not p.value.get("side") and p.value["name"] in decided:
            p.value["side"] = decided[p.value["name"]]
        if p.value.get("side"):
            decided.setdefault(p.value["name"], p.value["side"])
        if p.value.get("side") or not role or serves_no_government(role) or _names_a_body(role) or _PRESS.search(role) \
                or _LEADS_A_GOVERNMENT.search(text, max(0, p.start - 60), p.start) or _serves_a_person(role, people):
            continue  # "refused arms to the government of President X": whose government the sentence does not say
        mates = [q for q in by_sentence[p.sentence] if q.value["name"] != p.value["name"]]
        others = {(q.value.get("side") or {}).get("iso3") for q in mates} - {None}
        lent = {q.value["side"]["iso3"] for q in mates if q.value.get("side") and q.value["side"].get("from") == "context"}
        if others and any(_listed(text, p, q) for q in mates):
            # "President B, British Prime Minister J and Australian Prime Minister M": the one country left
            iso3 = one(_countries(text, cut[p.sentence], hits[p.sentence]) - others)
        else:
            named, iso3 = body_side(text, role, p.start)  # a body named earlier decides, even with no country
            if not named:
                named, iso3 = pronoun_side(text, cut, hits, p)
            if not named:
                iso3 = _local_office(role) or seat_side(text, hits[p.sentence], p) or \
                    dateline_side(text, cut[p.sentence], hits[p.sentence], p, others) \
                    or context_side(text, p.sentence, cut, paras, hits, others, role, memo, lent, skip)
        if iso3 and gz.country_name(iso3):
            how = "reported" if iso3 in _reported(text, cut[p.sentence], hits[p.sentence], p) else "context"
            p.value["side"] = decided[p.value["name"]] = {"name": gz.country_name(iso3), "iso3": iso3, "from": how}
    fill_parallel(text, people)


def _serves_a_person(role: str, people: list[Mention]) -> bool:
    """Whether the role serves a person the text names ("Kennedy's defense secretary"): that person's
    government is the side (:mod:`.offices`), whatever the paragraph names."""
    m = heads.SERVING.search(role)
    return bool(m) and any(m.group("whose").split()[-1] in q.value["name"].split() for q in people)


def _reported(text: str, span: tuple[int, int], hits: list[gz.Hit], p: Mention) -> set[str]:
    """The countries named after a "that" that follows the person in the sentence: what is said or told
    ("X replied that his forces downed Iranian drones", "told X that China ...") may be the speaker's own
    country or only the topic, so a side read from it is weaker than an office's (:mod:`.offices`).

    >>> text = "President Ann Lee said that Turkey was treated unfairly."
    >>> p = Mention("person", {"name": "Ann Lee"}, "Ann Lee", 10, 17, 0)
    >>> _reported(text, (0, len(text)), gz.scan(text), p)
    {'TUR'}
    """
    that = re.search(r"\bthat\b", text[p.end:span[1]])
    if that is None:
        return set()
    return {h.entry.iso3 for h in hits if h.start >= p.end + that.end() and h.entry.iso3}


def _in_role(text: str, h: gz.Hit, q: Mention) -> bool:
    """Whether a name stands in a person's title ("Libyan leader" before "Omar Fadl"): it is that
    person's country, not the passage's.

    >>> text = "Abe said Libyan leader Omar Fadl agreed."
    >>> q = Mention("person", {"name": "Omar Fadl", "role": "leader"}, "Omar Fadl", 23, 32, 0)
    >>> _in_role(text, gz.scan(text)[0], q)
    True
    """
    role = q.value.get("role")
    return bool(role) and h.end <= q.start and bool(_ROLE_GAP.fullmatch(text, h.end, q.start)) \
        and role.split()[-1] in text[h.end:q.start]


#: From a country or demonym to the name its title is part of: "Libyan leader ", "Iran's Foreign Minister ".
_ROLE_GAP = re.compile(r"(?:['’]s)?(?:\s+[\w.'’-]+){1,5}\s+")
_LIST = re.compile(r"(?:,\s+|,?\s+and\s+)(?:[A-Z][\w.'’-]*\s+){0,4}")


def _listed(text: str, p: Mention, q: Mention) -> bool:
    """Whether two people stand side by side in one list: "B, British Prime Minister J and ..."."""
    a, b = (p, q) if p.start < q.start else (q, p)
    return bool(_LIST.fullmatch(text, a.end, b.start))


_PAIR = re.compile(r"\s+and\s+(?:[A-Z][\w.'’-]*\s+){0,4}")


def _pairs(text: str, people: list[Mention]) -> list[tuple[Mention, Mention]]:
    """People coordinated in one sentence, titles allowed after "and": "A and Prime Minister B"."""
    return [(p, q) for p, q in zip(people, people[1:]) if p.sentence == q.sentence and _PAIR.fullmatch(text, p.end, q.start)]


def fill_parallel(text: str, people: list[Mention]) -> None:
    """A pair of people without a side, coordinated after a pair of different sides in the same
    sentence, takes those sides in the same order: "Rice and Indian Minister X signed ..., completing a
    process begun by President B and Prime Minister S" (B the first side, S the second).

    >>> from analysis.extract.mention import Mention
    >>> text = "Ann Lee and Greek Minister Bo Pappas met, as President Cy Dunn and Premier Di Rou had."
    >>> def person(name, iso3=None):
    ...     side, a = ({"name": iso3, "iso3": iso3} if iso3 else None), text.index(name)
    ...     return Mention("person", {"name": name, "side": side}, name, a, a + len(name), 0)
    >>> ps = [person("Ann Lee", "USA"), person("Bo Pappas", "GRC"), person("Cy Dunn"), person("Di Rou")]
    >>> fill_parallel(text, ps)
    >>> [p.value["side"]["iso3"] for p in ps]
    ['USA', 'GRC', 'USA', 'GRC']
    """
    known = None
    for p, q in _pairs(text, sorted(people, key=lambda m: m.start)):
        ps, qs = (p.value.get("side") or {}).get("iso3"), (q.value.get("side") or {}).get("iso3")
        if ps and qs and ps != qs:
            known = (p.sentence, p.value["side"], q.value["side"])
        elif not ps and not qs and known and known[0] == p.sentence:
            p.value["side"] = {**known[1], "from": "parallel"}
            q.value["side"] = {**known[2], "from": "parallel"}


def fill_same_person(people: list[Mention]) -> None:
    """A person without a side whose name, case aside, ends the name of exactly one person with a side
    is that person ("De Klerk" opening a sentence after "F.W. de Klerk"): same name, same side.

    >>> from analysis.extract.mention import Mention
    >>> ps = [Mention("person", {"name": "F.W. de Klerk", "side": {"name": "South Africa", "iso3": "ZAF"}}, "", 0, 1, 0),
    ...       Mention("person", {"name": "De Klerk", "side": None}, "", 5, 6, 1)]
    >>> fill_same_person(ps)
    >>> ps[1].value["name"], ps[1].value["side"]["iso3"]
    ('F.W. de Klerk', 'ZAF')
    """
    known = {p.value["name"]: p.value["side"] for p in people if p.value.get("side")}
    for p in people:
        if p.value.get("side"):
            continue
        low = p.value["name"].lower()
        names = [n for n in known if n.lower() == low or n.lower().endswith(" " + low)]
        if len(names) == 1:
            p.value["name"], p.value["side"] = names[0], known[names[0]]
