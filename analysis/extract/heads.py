"""Names typed by their last word: companies, military units and facilities no table holds.

* A company: capitalised words ending in a legal form ("Brenner Optik GmbH", "Acme
  Holdings Ltd."); the form and its full stop are in the span; or in a trade's head
  word ("Scomi Precision Engineering", "General Atomics", "Acme Industries").
* A military unit: an ordinal, capitalised words and a unit head ("12th Guards Tank
  Division", "3rd Fleet").
* A facility: capitalised words ending in a facility head ("Fort Detrick Army Depot",
  "Edwards Air Force Base", "Y-12 Plant", "Pacific Spaceport Complex", "Tehran Research Reactor"), or
  "Fort" and a name ("Fort Greely"), is one place whose span includes the head; a name before a
  lower-case facility noun ("Evin prison", "the Valindaba enrichment plant", "the Fordow facility")
  is a place whose span leaves the noun out, as it leaves out any type noun after a name;
  its country is that of a place named right after "in".
* A name with a type noun in apposition ("the Shin Bet security service", "the
  broadcaster MBC", "a Bulgarian contractor, X,", "X, the state company that ...") is an
  organisation, never a person.
* A news outlet: capitalised words ending in an outlet head ("Sky News", "The Sunday
  Times"); a capital "The" before it is part of the name, as newspapers write it.
* An organisation known only by the office of the person named after it: one or two
  capitalised words (or an acronym) before an organisational role and a person's
  name ("NASA Administrator Bill Nelson", "Roscosmos chief Dmitry Rogozin"), when
  the words are no title, country, demonym or place: :func:`role_heads`.
* A gazetteer organisation followed by an organisational head ("Council",
  "Committee"...) is the first words of a longer name, not the organisation
  ("The Guardian Council" is not the newspaper): :func:`longer_body` says so.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.dates import CALENDAR_WORDS
from analysis.extract import gazetteer as gz

LEGAL_FORMS = (r"Co\.,?\s+Ltd\.?|\(Pty\)\s+Ltd\.?|GmbH|Ges\.m\.b\.H\.|AG|KG|Ltd\.?|Inc\.?|Corp\.?|LLC|plc|PLC|S\.A\.|SA(?![-–]|\s\d)|N\.V\.|B\.V\.|Co\.(?=,|\s+\()|&\s+C(?:o|ie)\.|"
               r"SpA|S\.p\.A\.|(?<!,\s)AB|Oyj|ASA|A/S|Private\s+Limited|Pvt\.?\s+Ltd\.?|Sdn\.?\s+Bhd\.?")
#: Legal forms written before the name ("JSC National Atomic Company Kazatomprom", "NPO Mashinostroyeniya").
LEGAL_PREFIXES = r"JSC|OJSC|PJSC|CJSC|NPO|OAO|ZAO|PAO"
#: Last words of a company's name in the trades the briefs report ("Scomi Precision Engineering", "General Atomics").
COMPANY_HEADS = r"Engineering|Atomics|Industries|Technologies|Aerospace|Dynamics|Electronics|Shipbuilding|Holdings|Airlines|Airways"
#: Heads that open a Romance body's name ("Banco Delta Asia", "Compagnie Générale de Géophysique").
ROMANCE_HEADS = (r"Banco|Banque|Banca|Instituto|Institut|Compagnie|Compañía|Companhia|Empresa|Société|Sociedad|Sociedade|Grupo|Groupe|"
                 r"Industrias|Indústrias|Industrie|Fabricaciones")
UNIT_HEADS = r"Brigade|Division|Regiment|Battalion|Army|Fleet|Squadron|Wing|Corps|Flotilla|Group|Company|Guard"
FACILITY_HEADS = (r"Depot|Arsenal|Air Base|Naval Base|Base|Test Site|Proving Ground|Shipyard|Air Station|Plant|Park|Reactor|"
                  r"Complex|Palace|Rocket Range|Cosmodrome|Airport|Square|Castle|Avenue|Bay|Proving Grounds|Hospital|Stadium|"
                  r"House|Building|Hotel")
#: Lower-case nouns of a facility after its name, with at most two modifiers ("Evin prison", "the X enrichment
#: plant", "the X nuclear power station", "X air base").
FACILITY_NOUNS = r"prison|plant|facility|reactor|hospital|station|air base|naval base|launch center|training area"
#: The words that may stand between such a name and its noun ("nuclear power", "uranium enrichment").
FACILITY_MODIFIERS = (r"nuclear|atomic|power|enrichment|reprocessing|conversion|fuel|fabrication|chemical|pharmaceutical|"
                      r"research|training|launch|test|testing|missile|military|space|uranium|plutonium|weapons|storage|"
                      r"waste|production|assembly|radar|submarine|shipbuilding|water|heavy-water|centrifuge|pilot|"
                      r"experimental|fast|breeder|prototype|demonstration|commercial|light-water|destruction|gaseous|"
                      r"diffusion|metallurgical|disposal|demilitarization|incineration|separation|isotope|tritium")
#: What a person has, after "whose" ("a dealer, X, whose relatives"; not "Oak Ridge, whose centrifuges").
WHOSE_NOUNS = (r"relatives|family|wife|husband|widow|sons?|daughters?|father|mother|brother|sister|children|parents|"
               r"network|revelations|agency|government|company|party|ministry|administration|tenure|term|testimony|"
               r"remarks|death|arrest|trial")
#: Compass words that open a region's name ("the North Caucasus", "Western Pacific").
COMPASS = r"North|South|East|West|Northern|Southern|Eastern|Western|Central"
#: Ordinals and compass words that open a military formation's name ("Second Army", "Northern Fleet").
ORDINAL_OR_POINT = frozenset("First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth "
                             "Thirteenth Fourteenth Fifteenth Sixteenth Seventeenth Eighteenth Nineteenth Twentieth "
                             "Northeastern Northwestern Southeastern Southwestern Far".split() + COMPASS.split("|"))
#: Words that name bodies, never people.
BODY_WORDS = frozenset("Ministry Department Office Bureau Committee Commission Council Agency Institute Organization "
                        "Organisation Administration Corporation Company Center Centre Laboratory Academy Party Command "
                        "Forces Army Navy Corps Embassy Mission Parliament Assembly Service Treaty Convention Agreement "
                        "Protocol Conference Group Union Avenue Street Road River Mountain Island Hill Valley Bridge "
                        "Square Lake Bay Gate Palace Hall Station Airport Port Dam Reactor Plant Site Complex Act Acts "
                        "Law Resolution Amendment Initiative Program Programme Regime Arrangement Campaign Coalition "
                        "Framework Talks Summit Review Plan Strategy Policy Report Doctrine System Systems Network Fund "
                        "Force Project Staff Bank Forum Foundation Society University College School Board Authority "
                        "Court Tribunal Directorate Secretariat Alliance Association Federation Observatory Monitor Year "
                        "Team Radio Grounds Hospital Stadium Building Establishment Hotel Unit Guard Symposium Presidency Institution "
                        "Division Voice".split()) \
    | frozenset(COMPANY_HEADS.split("|")) | frozenset(ROMANCE_HEADS.split("|")) | {"Centro"}
#: An occupation at a named body, whatever the occupation: ", a geographer at the Tasman Institute".
AT_A_BODY = re.compile(r"(?:a|an)\s+(?:[a-z][\w-]*\s+){1,3}(?:at|with)\s+(?:the\s+)?[A-Z]")
#: A body's word and its "for", "of" or "on" right before a name: "Institute for Peace Studies".
IN_A_BODY = re.compile(r"\b(?:Ministry|Department|Office|Committee|Commission|Council|Agency|Institute|Center|Centre|"
                       r"Foundation|Academy|Forum|School|University|College|Society|Gate|Palace|Hall|Square)\s+"
                       r"(?:for|of|on)\s+(?:the\s+)?$")  # and a place's: "the Gate of Heavenly Peace"
#: Nouns that, in apposition, say a name is an organisation: "the X security service", "the broadcaster X".
TYPE_NOUNS = (r"security service|intelligence service|intelligence agency|spy agency|news agency|broadcaster|"
              r"newspaper|daily|weekly|network|firm|company|carmaker|shipbuilder|weather service|space agency|utility|"
              r"subsidiary|trading company|trading house")
#: Type nouns read only after "the" and a name ("the Henschel works", "the EMNID institute").
AFTER_THE_NOUNS = r"works|polling institute|institute"
#: Trades that, before a name in commas, say it is a company ("a Bulgarian contractor, X,").
TRADE_NOUNS = r"contractor|subcontractor|manufacturer|supplier|exporter|shipper|producer|maker"
#: The last word of a newspaper's or a broadcaster's name.
OUTLET_HEADS = r"News|Times|Post|Journal|Herald|Tribune|Telegraph|Gazette|Chronicle|Observer|Radio|Television|Zeitung"
#: Offices held in an organisation, which name the organisation before them ("NASA Administrator").
ORG_ROLES = (r"Administrator|[Cc]hief|[Hh]ead|Director-General|Director|[Dd]irector|[Ss]pokes(?:man|woman|person)|"
             r"[Cc]hairman|[Cc]hairwoman|Secretary-General|Commander|CEO|[Cc]orrespondent|[Rr]eporter|[Ee]ditor")
#: Heads that make a gazetteer name the start of a longer body.
BODY_HEADS = r"Council|Committee|Commission|Assembly|Board|Court|Tribunal"


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern]:
    """The head-typed forms, compiled once."""
    up = gz.upper_class()
    cap = rf"{up}[\w&'’-]*"
    after_a_locative, bodies = "|".join(rf"(?<=\b{w}\s)" for w in "at from to in near into over via".split()), "|".join(BODY_WORDS)
    return {
        # "Smith & Wesson Brands, Inc.": an ampersand, and a comma before the legal form
        "company": re.compile(rf"(?<![\w-])(?P<lead>{cap},\s+(?={cap}\s+&))?(?:(?:{cap}\s+){{0,3}}(?:Bank|Corporation|Company)\s+of\s+)?(?:(?:{cap}|(?<![\w.]){up}\.|&)\s+){{0,3}}{cap},?\s+(?:{LEGAL_FORMS})(?![\w])"
                              rf"|(?<![\w-])(?:{cap}\s+){{1,3}}(?:{COMPANY_HEADS})\b"
                              rf"|(?<![\w-])(?:{LEGAL_PREFIXES})\s+(?:{cap}\s+){{0,3}}{cap}\b"),
        "unit": re.compile(rf"(?<![\w-])\d+(?:st|nd|rd|th)\s+(?:{cap}\s+){{0,3}}(?:{UNIT_HEADS})\b|\bTask\s+Force\s+\d+\b"),
        "facility": re.compile(rf"(?<![\w-])(?:{cap}\s+){{1,4}}(?<!['’]s\s)(?:{FACILITY_HEADS})\b(?:\s+\d+(?:-\d+)?\b)?|(?<![\w-])(?!(?:The|A|An|This|That|Its|Their)\s){cap}(?<!-built)(?<!-made)(?<!-run)"
                               rf"(?<!['’]s)(?P<noun>\s+(?:(?:{FACILITY_MODIFIERS})\s+){{0,2}}(?:{FACILITY_NOUNS})\b)"
                               rf"|(?<![\w-])(?:Fort|Camp)\s+{cap}\b|(?:{after_a_locative})RAF\s+(?!(?:{bodies})\b){cap}(?:\s+(?!(?:{bodies})\b){cap})?(?![\w-]|\s+{up})"),  # an air station after a locative word, not the RAF's jets or bodies
        # "the Shin Bet security service", "the broadcaster NHK", "the Japanese broadcaster NHK"
        "typed_after": re.compile(rf"(?<=\b[Tt]he\s)(?P<name>{cap}(?:\s+{cap}){{0,2}})\s+(?:{TYPE_NOUNS}|{AFTER_THE_NOUNS})\b"),
        "typed_before": re.compile(rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?(?:{TYPE_NOUNS})\s+(?P<name>{cap}(?:\s+{cap}){{0,2}})"),
        # "a Bulgarian contractor, Vitosha Demil, would ...": a trade noun and a name in commas
        "typed_comma": re.compile(rf"\b(?:[Tt]he|an?)\s+(?:[\w-]+\s+){{0,2}}?(?:{TYPE_NOUNS}|{TRADE_NOUNS}),\s+"
                                  rf"(?P<name>{cap}(?:\s+{cap}){{0,3}})(?=\s*,)"),
        # "Energoatom, the Ukrainian state company that runs ...": a type noun in apposition after the name
        "typed_apposed": re.compile(rf"(?<![\w-])(?P<name>{cap}(?:\s+{cap}){{0,2}}),\s+(?:the|an?|{up}[\w.]*['’]s)\s+(?:[\w-]+\s+){{0,3}}?"
                                    rf"(?:{TYPE_NOUNS}|{TRADE_NOUNS})(?=\s+(?:that|which|of|in|based|owned|run)\b|\s*[,.;:)])"),
        # "Wako Koeki, a trading company linked to ...": a company's own noun before such a participle (never a
        # person's trade: "X, a supplier linked to"); no possessive or opener in the name
        "typed_linked": re.compile(rf"(?<![\w'’-])(?P<name>{up}[\w&-]*(?:\s+{up}[\w&-]*){{0,3}}),\s+an?\s+(?:[\w-]+\s+){{0,2}}?"
                                   r"(?:company|firm|subsidiary|trading\s+house)\s+(?:linked|controlled|founded|headed|led|"
                                   r"affiliated|registered)\b"),
        # "the governing ARENA party": a party named by its initials, after "governing", "ruling" or "opposition"
        "typed_party": re.compile(r"\b[Tt]he\s+(?:governing|ruling|opposition)\s+(?P<name>[A-Z]{2,8})\s+party\b"),
        # "the Soviet import agency Techmashimport.": one name after an import or export agency, ending its clause
        "typed_agency": re.compile(rf"\b[Tt]he\s+(?:[\w-]+\s+)?(?:import|export|arms)\s+agency\s+(?P<name>{up}[\w-]+)(?=\s*[,.;:)])"),
        # "a committee called Kampf dem Atomtod": a body introduced by its kind and "called"
        "typed_called": re.compile(rf"\b(?:[Aa]n?)\s+(?:[\w-]+\s+)?(?:committee|group|movement|campaign|organi[sz]ation|coalition|association|network)"
                                   rf"\s+(?:called|named|known\s+as)\s+(?P<name>{cap}(?:\s+(?:{cap}|[a-z]{{1,4}}(?=\s+{up}))){{0,4}})"),
        "body_head": re.compile(rf"\s+(?:[A-Z][a-z]+\s+){{0,2}}(?:{BODY_HEADS}|Laboratory|Laboratories|Company|Corporation)\b"),
        "outlet": re.compile(rf"(?<![\w-])(?:The\s+)?(?:{cap}\s+){{1,3}}(?:{OUTLET_HEADS})\b(?!\s+{up})"),
        "role_head": re.compile(rf"(?<![\w.-])(?P<name>{cap}(?:\s+{cap})?)\s+(?:{ORG_ROLES})\s+(?={up})"),
    }


#: Sentence adverbs besides the gazetteer's openers ("However", "Also") that stand before a comma.
_ADVERBS = frozenset("Meanwhile Nevertheless Still Instead Separately Earlier Later Yesterday Today Now".split())


def _not_a_partner(text: str, a: int, b: int) -> bool:
    """Whether the word before a company name's comma is another name (a place, a company of the table) or
    follows a preposition, not a partner's name ("Brown, Boveri & Cie.")."""
    word = text[a:b].rstrip(", ")
    return gz.lookup(word) is not None or word in gz.OPENERS or word in CALENDAR_WORDS or word in _ADVERBS \
        or re.search(r"(?:^|[.!?]\s+)(?:In|At|From|On|For)\s+$", text[max(0, a - 8):a]) is not None


#: A party's adjective names no body of its own: "a Democratic administration", "the Republican Congress".
PARTY_WORDS = frozenset("Democratic Republican Labour Labor Conservative Liberal Socialist Communist".split())
_NOT_NAME_WORDS = PARTY_WORDS | {"Democrat", "GOP", "U.S.", "Soviet"}


def _names_before(text: str, a: int) -> bool:
    """Whether "the" and one to three words of a name stand before a legislature's bare name ("the African National
    Congress"): not a party's ("the Republican Congress"), a day's or a sentence's opener ("Yet Congress")."""
    m = re.search(r"\bthe\s+((?:[A-Z][\w'’-]*\s+){1,3})$", text[max(0, a - 60):a])
    words = m.group(1).split() if m else []
    return bool(words) and len(words) >= 2 and not any(
        w.split("-")[0] in _NOT_NAME_WORDS or w in gz.OPENERS or w in CALENDAR_WORDS for w in words)


def legal_form_only(text: str, a: int, b: int, h: gz.Hit) -> bool:
    """Whether text[a:b] is the company ``h`` with only its legal form around it ("Areva SA", "JSC
    Kazatomprom"), not another company of its name ("Toshiba America Nuclear Energy Corp.")."""
    after = re.compile(rf",?\s+(?:{LEGAL_FORMS})").match(text, h.end)  # "Boeing Co.," (its form looks past the span)
    return h.start >= a and h.end <= b and re.fullmatch(rf"(?:(?:{LEGAL_PREFIXES})\s+(?:[A-Z][\w-]*\s+)*)?", text[a:h.start]) \
        is not None and (h.end == b or (after is not None and after.end() == b))


#: Sentence adverbs that open no name ("Meanwhile Crescent Trading, a company ...").
_ADVERBS = frozenset("Meanwhile Then Later Earlier Now Still Yet Instead Separately Likewise Similarly Elsewhere".split())


def _strip_opener(text: str, a: int, b: int) -> int:
    m = re.match(r"(?:The|A|An|This|That|Its|Their)\s+", text[a:b])
    return a + m.end() if m else a


#: Capitalised words and a body's head after a company's trade word: the company is part of a longer body.
_LONGER_BODY = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:Command|Agency|Council|Committee|Commission|Department|"
                          r"Ministry|Office|Administration|Laboratory|Institute|Center|Centre)\b")


def companies_and_units(text: str, s0: int, s1: int) -> list[tuple[int, int, dict]]:
    """Companies by their legal form, military units and news outlets by their head: (start, end, value).

    >>> text = "Brenner Optik GmbH sold lenses to the 12th Guards Tank Division, The Sunday Times said."
    >>> [text[a:b] for a, b, _ in companies_and_units(text, 0, len(text))]
    ['Brenner Optik GmbH', '12th Guards Tank Division', 'The Sunday Times']
    """
    p = patterns()
    out = []
    for key, kind in (("company", "company"), ("unit", "military unit"), ("outlet", "news outlet")):
        for m in p[key].finditer(text, s0, s1):
            if key == "company" and _LONGER_BODY.match(text, m.end()):
                continue  # "North American Aerospace Defense Command": a trade word inside a longer body's name
            a = m.start() if key == "outlet" and text.startswith("The", m.start()) else _strip_opener(text, m.start(), m.end())
            if key == "company" and m.group("lead") and _not_a_partner(text, m.start(), m.end("lead")):
                a = m.end("lead")  # "In Oberndorf, Heckler & Koch GmbH", "Rheinmetall, Heckler & Koch GmbH": no partner's name
            if (whose := re.match(r"([A-Z][\w.-]*)['’]s\s+", text[a:m.end()])) and key == "company" and \
                    gz.lookup(whose.group(1)) is not None:
                a += whose.end()  # "Japan's Toshiba Corp.": whose company, not its name ("Colt's Manufacturing" is one)
            out.append((a, m.end(), {"name": " ".join(text[a:m.end()].split()), "kind": kind}))
    return out


def facilities(text: str, s0: int, s1: int, hits: list[gz.Hit]) -> list[tuple[int, int, dict]]:
    """Facilities by their head word: (start, end, value), the country from a place after "in".

    >>> text = "The shells were stored at the Tooele Army Depot in Utah."
    >>> [(text[a:b], v.get("iso3")) for a, b, v in facilities(text, 0, len(text), gz.scan(text))]
    [('Tooele Army Depot', 'USA')]
    >>> text = "The fuel went to Russia's Tomsk Chemical Plant."
    >>> [text[a:b] for a, b, v in facilities(text, 0, len(text), gz.scan(text))]
    ['Tomsk Chemical Plant']
    """
    out = []
    for m in patterns()["facility"].finditer(text, s0, s1):
        a, b = _strip_opener(text, m.start(), m.end()), m.end()
        owner = next((h for h in hits if h.start == a and h.entry.kind == "country"
                      and re.match(r"['’]s\s+[A-Z]", text[h.end:h.end + 4])), None)
        if owner is not None:  # "Russia's Novosibirsk Plant": the country is a place of its own (its builder or its host)
            a = owner.end + text[owner.end:].index(" ") + 1
        elif (own := re.search(r"['’]s\s+(?=[A-Z])", text[a:b])) and text[a:a + own.start()].split()[-1] in BODY_WORDS:
            a += own.end()  # "the Atomic Energy Commission's Savannah River Plant": the body's, a name of its own
        if m.group("noun"):
            b = m.start("noun")
            if text[a:b].isalpha() and text[a:b].isupper():
                continue  # "the JCO plant": a company's initials, whose plant, not where
            before = re.search(r"(?<![\w.'’-])([A-Z][\w.-]*)(?<!['’]s)\s+$", text[max(s0, a - 30):a])
            if before and before.group(1) not in gz.OPENERS:
                continue  # "the General Dynamics plant": a lower-case noun after a longer name names no site
            if gz.lookup(text[a:b], ("adjective", "country", "organization")) or text[a:b] in CALENDAR_WORDS or \
                    re.search(r"-[a-z]+$", text[a:b]):
                continue  # "the Iranian plant", "the Pakistan facility": whose, not where; "Soviet-era"
        if any(h.start <= a and b <= h.end and h.entry.kind == "organization" for h in hits):
            continue  # "the White House", "Government House": a body the table names
        value = {"name": " ".join(text[a:b].split()), "kind": "facility"}
        if (known := gz.lookup(text[a:b], ("city", "subdivision", "region"))) is not None and known.iso3:
            value["iso3"] = known.iso3  # "the Kursk nuclear power station": in the city the gazetteer knows
        after = re.match(r"\s+(?:in|near)\s+(?:the\s+)?", text[m.end():s1])
        if after:
            at = m.end() + after.end()
            where = next((h for h in hits if h.start == at and h.entry.iso3), None)
            if where is not None:
                value["iso3"] = where.entry.iso3
        out.append((a, b, value))
    return out


def typed_organizations(text: str, s0: int, s1: int) -> list[tuple[int, int, dict]]:
    """Names a type noun in apposition makes organisations: (start, end, value).

    >>> text = "The Shin Bet security service and the broadcaster MBC were there."
    >>> [text[a:b] for a, b, _ in typed_organizations(text, 0, len(text))]
    ['Shin Bet', 'MBC']
    >>> text = "Greece said a Bulgarian contractor, Vitosha Demil, would destroy them."
    >>> [text[a:b] for a, b, _ in typed_organizations(text, 0, len(text))]
    ['Vitosha Demil']
    """
    out = []
    for key in ("typed_after", "typed_before", "typed_comma", "typed_apposed", "typed_called", "typed_party", "typed_linked",
                "typed_agency"):
        for m in patterns()[key].finditer(text, s0, s1):
            a, b = m.span("name")
            if key == "typed_linked" and (w := re.match(r"(\w+)\s+", text[a:b])) and w.group(1) in gz.OPENERS | _ADVERBS:
                a += w.end()  # "Meanwhile Crescent Trading, a company registered in ..."
            if a >= b or gz.lookup(m.group("name"), ("adjective", "country", "city", "subdivision", "region")) or \
                    m.group("name").lower() in gz.roles()["head_lower"] or re.search(r"-[a-z]+$", m.group("name")):
                continue  # "the German company": a demonym; "the Cumberland works": a place; "The President works"
            out.append((a, b, {"name": " ".join(text[a:b].split())}))
    return sorted(out)




#: Offices of international bodies ("UN Secretary-General", "the agency's director general"): the passage's
#: countries are those the body deals with, not the officer's.
def is_title_word(tok: str) -> bool:
    """Whether a word is a title's or a role's ("President", "ministers", "Deputy").

    >>> is_title_word("President"), is_title_word("Chan")
    (True, False)
    """
    r = gz.roles()
    t = tok.rstrip(",")
    return t.lower() in r["head_lower"] or t.lower()[:-1] in r["head_lower"] and t.endswith("s") or t in r["modifier"] or t in r["portfolio"]


def plural_role(role: str) -> str:
    """The role a plural noun phrase gives each person it names, without counts and articles.

    >>> plural_role("two Soviet cosmonauts"), plural_role("The two ministers")
    ('Soviet cosmonauts', 'ministers')
    """
    words = role.split()
    return " ".join([w for w in words[:-1] if not (w.islower() or w in gz.OPENERS)] + words[-1:])


#: "President Putin's spokesman", "Kennedy's defense secretary": a role that serves the officeholder named before it.
SERVING = re.compile(r"(?P<whose>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})['’]s\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:spokesman|spokeswoman|spokesperson|press secretary|adviser|advisor|aide|envoy|chief of staff|"
                     r"secretary|minister|ambassador|attorney general|chancellor|negotiator)\b")
INTERNATIONAL_OFFICE = re.compile(r"\b(?:under-)?(?:secretary|director)[- ]general\b", re.IGNORECASE)
#: Plural nouns of a group that end a body's name, never a person's ("Nuclear Test Veterans", "Women Voters").
GROUPS = frozenset("Veterans Scientists Workers Voters Physicians Citizens Engineers Farmers Students Lawyers Women "
                    "Mothers Survivors Victims Friends Partners Allies Nations States".split())
#: A scientist's occupation the title table lacks, by its ending ("geophysicist", "seismologist"), not a political
#: label ("the separatist Tamil Tigers") or a verb ("enlist").
SCIENTIST = re.compile(r"[a-z]{2,}(?:olog|ic|onom)ist")


def state_country(city: str, state: str) -> gz.Entry | None:
    """The country of "<city>, <state>": the state's, or where states of two countries share the name, the one
    of a city of that name in either (else none)."""
    states = [e for e in gz.entries_at(state) if e.kind in ("subdivision", "country") and e.iso3]
    if len({e.iso3 for e in states}) == 1:
        return states[0]
    return next((e for e in gz.entries_at(city) if e.kind == "city" and e.iso3 in {s.iso3 for s in states}), None)


#: An apposition that says what a place is ("Spaso Hall, the residence of the ambassador"), not who a person is.
A_SITE = re.compile(r"(?:the|an?)\s+(?:[\w'’-]+\s+){0,2}?(?:residence|office|seat|address|headquarters|home|site|venue|building)s?\b")


def longer_body(text: str, h: gz.Hit) -> bool:
    """Whether an organisation of the gazetteer is only the start of a longer body's name.

    >>> text = "The Guardian Council endorsed the bill."
    >>> [longer_body(text, h) for h in gz.scan(text) if h.entry.kind == "organization"]
    [True]
    """
    if h.entry.kind != "organization":
        return False
    # ... or its end, after a name of its own: "the Levant Center for Nonproliferation Studies"
    before = re.search(r"(?<![\w.'’-])([A-Z][\w'’-]*)(?<!['’]s)\s+$", text[max(0, h.start - 30):h.start])
    own_name = before is not None and before.group(1) not in gz.OPENERS | CALENDAR_WORDS \
        and (text[h.start:h.end].split()[0] in BODY_WORDS or h.entry.detail == "political party") \
        and gz.lookup(before.group(1), ("adjective", "country")) is None
    # ... or the object of a body's "for" that names it: "the Preparatory Commission for the CTBTO"
    own_name = own_name or re.search(rf"\b[A-Z][\w-]*\s+(?:{BODY_HEADS}|Office|Agency|Center|Centre)\s+for\s+(?:the\s+)?$|"
                                     rf"\b[Tt]he\s+Council\s+of\s+the\s+$|\b(?:{ROMANCE_HEADS})\s+$",  # "Council of the EU", "Grupo Clarín"
                                     text[max(0, h.start - 60):h.start]) is not None
    # ... or a legislature's bare name after a name's other words: "the African National Congress"
    own_name = own_name or (h.entry.detail == "legislature" and text[h.start:h.end] in ("Congress", "Senate", "Assembly")
                            and _names_before(text, h.start))
    # ... or the first part of a compound's name: "the NATO-Ukraine Council"
    compound = re.match(rf"-{gz.upper_class()}[\w'’-]*\s+(?:{BODY_HEADS})\b", text[h.end:h.end + 40])
    # ... or a national body that runs on into another's name ("the 22nd Congress of the Soviet Communist Party",
    # "the Royal Navy of Oman"; not "the 104th Congress"), or a formation's head ("the Sixteenth Air Force")
    # (a company's "of" says where it is from: "Areva of France")
    of_another = bool(h.entry.iso3) and h.entry.detail != "company" and re.match(r"\s+of\s+(?:the\s+)?[A-Z]", text[h.end:h.end + 40]) is not None
    word = re.search(r"(\w+)\s+$", text[max(0, h.start - 16):h.start])
    formation = word is not None and word.group(1) in ORDINAL_OR_POINT - {"North", "South", "East", "West"}
    return own_name or compound is not None or of_another or formation or bool(patterns()["body_head"].match(text, h.end))


def _not_a_body(text: str, a: int, b: int, hits: list[gz.Hit]) -> bool:
    words = text[a:b].split()
    vocab = gz.roles()
    if any(w in vocab["head"] or w in vocab["modifier"] or w in vocab["portfolio"] for w in words):
        return True  # "Deputy Director", "Defense chief": a title, not a body
    if words[0] in ("The", "A", "An", "Its", "Their", "His", "Her") or words[0] in CALENDAR_WORDS:
        return True
    return any(h.start < b and a < h.end and h.entry.kind != "organization" for h in hits)


def role_heads(text: str, s0: int, s1: int, hits: list[gz.Hit], person_at) -> list[tuple[int, int, dict]]:
    """Organisations named only before an office and a person: (start, end, value).

    ``person_at(i)`` says whether a person's name begins at offset ``i``.

    >>> text = "NASA Administrator Bill Nelson and Roscosmos chief Dmitry Rogozin met."
    >>> starts = {text.index("Bill"), text.index("Dmitry")}
    >>> [text[a:b] for a, b, _ in role_heads(text, 0, len(text), gz.scan(text), starts.__contains__)]
    ['NASA', 'Roscosmos']
    """
    out = []
    for m in patterns()["role_head"].finditer(text, s0, s1):
        a, b = m.span("name")
        if person_at(m.end()) and not _not_a_body(text, a, b, hits):
            out.append((a, b, {"name": " ".join(text[a:b].split())}))
    return out
