"""People: names with their role and side.

A name is found by what stands around it: a title before it ("Deputy Foreign Minister", "State Department spokesman",
"Sen.", "North Korean leader"), an apposition after it ("X, director of ..."), "his/her counterpart(,) X", "X, who
heads Y", "led by X", "the delegation under X", "X, whose wife", "X, a Colombian", plural roles ("Senators A and B",
"writers including C"), "according to X", "X said" and "X of <country>" (after a title, also before a preposition:
"President X of Ghana for a union"; never a region's or a state's name, nor an international officer's nationality). A
scientist's "-ologist", "-icist" or "-onomist" is a role ("the Soviet geophysicist X"). Names are Unicode words, with
hyphenated given names (Kim Jong-il), initials (A.Q. Khan), particles (al-Assad, d'Estaing) and glottal stops
(Tupouto'a). A possessive ("Kim's") stays in the span. Words after a body's "for", "of" or "on" end its name ("Institute
for Peace Studies"). Korean and Chinese names led by a family name of ``family_names.csv`` are written so, and say so.

The side is the country of the title's prefix ("U.S.", "North Korean", an organisation of a known country), of a
country-specific title ("Secretary of State", "Sen."; not "Senator": many states have senates), or of the country or
organisation named in the role or in a "who" clause saying whom the person serves ("who heads Japan's agency", not "who
praised Albania"), leaving out a country the role deals with rather than serves or a place it is based in ("the
Bahrain-based fleet", "director of American affairs at the North Korean Foreign Ministry", "ambassador to the United
States"), but not the one an adviser or an aide is "to" ("an adviser to Iraqi President X", X's own role being
"Iraqi President"); "whose" opens a role as "its" does, and a role after a possessive keeps it ("The agency's
spokesman, X," for :mod:`.sides`). Two romanised syllables ("Jong-il") after a listed family name read family name
first. Later mentions by full name or surname alone are people too (:mod:`.later`).
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from analysis.dates import CALENDAR_WORDS
from analysis.extract import described, heads, offices
from analysis.extract import gazetteer as gz
from analysis.extract.mention import Mention
from analysis.extract.pointers import capitals_envoy, prefix_side, side_of_entry

_PARTICLES = r"(?:al|el|bin|ibn|van|von|de|den|ter|da|das|do|dos|du|del|der|la|le|di|ul)"
_MONTHS_DAYS, _MONTH_NAMES = CALENDAR_WORDS | gz.OPENERS, frozenset(m for m in calendar.month_name if m)
_SPEECH = (r"said|says|told|stated|added|noted|argued|wrote|explained|announced|warned|asserted|insisted|declared|testified|indicated|"
           r"stressed|emphasized|emphasised|urged|claimed|described|characterized|characterised|acknowledged|confirmed|denied|called|"
           r"remarked|reiterated|expressed|suggested|predicted|cautioned")
_LED_BY, _BODIES = re.compile(r"\b(?:(?:led|headed|chaired)\s+by|under)\b"), heads.BODY_WORDS | {"Democrat", "Republican", "Republic", "Kingdom"}
#: An office whose holder's "of <country>" is a nationality: an international body's, a colonial governor's, an envoy's.
_FOREIGN_OFFICE = re.compile(rf"(?i:{heads.INTERNATIONAL_OFFICE.pattern})|\bGovernor\b|\benvoy\b")


#: A verb or a conjunction after the name's comma opens a predicate or a clause, not an apposition ("X, worked out a
#: text with Minister Y", "as did X, and Bonn sent State Secretary Y", "X, speaking beside his Czech counterpart").
_PREDICATE = re.compile(r"(?:worked|said|told|met|led|held|flew|left|went|made|took|gave|spoke|wrote|sent|signed|visited|"
                        r"called|urged|agreed|announced|warned|added|arrived|returned|and|but|or|while|whereas|speaking|"
                        r"standing|sitting|writing|talking|replying|responding|referring|noting|adding|citing)\b")
#: Words of _BODIES that head a place's name and are family names too ("Christopher Hill", "Stuart Hall").
_PLACE_WORDS = frozenset("Street Road River Mountain Island Hill Valley Bridge Lake Bay Gate Hall Port".split())

#: The longest name searched for again by its later mentions.
MAX_NAME = 100


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern]:
    """The person patterns, compiled once from the title vocabulary."""
    up = gz.upper_class()
    r = gz.roles()
    # a word starts where no letter stands before it (inside a long run of letters the search would rescan it from each capital)
    word = (rf"(?:(?<![\w-]){_PARTICLES}[-\s]){{0,2}}(?:(?<![\w'’-])d['’])?(?<![^\W\d_]){up}[^\W\d_]*"
            rf"(?:['’]{up}[^\W\d_]*|['’][a-rt-z][^\W\d_]*)?(?:-[^\W\d_]+){{0,4}}")
    # initials ("A.Q. ", "J.R.R. "): one "X." and an optional space per turn, so a run matches one
    # way only (a nested repetition backtracked exponentially on "U.U.U...."), and at most four, so
    # a search over a long run of them does not rescan the run from each one
    initials = rf"(?:{up}\.\s?){{0,4}}"
    # a generational suffix stays in the name ("Thomas Graham Jr.")
    name = rf"{initials}{word}(?:\s+{initials}{word}){{0,3}}(?:\s+(?:Jr\.|Sr\.|III|II|IV)(?![\w]))?"
    poss = r"(?P<poss>['’]s?(?![\w']))?"
    mod = gz.trie_regex(r["modifier"])
    head = rf"{gz.trie_regex(r['head'])}|(?-i:{heads.SCIENTIST.pattern})"
    port = gz.trie_regex(r["portfolio"])
    title = (rf"(?:(?:{mod})(?:\s+|(?<=-)))*(?:{head})"
             rf"(?:\s+(?:of|for|on)(?:\s+the)?\s+(?:{port})(?:,?\s+(?:and\s+)?(?:{port}))*)*"
             rf"(?:\s+to(?:\s+the)?(?=\s+{up}))?")
    t = rf"(?i:{title})"
    country = rf"(?:the\s+)?(?P<country>{up}[\w.'’-]*(?:\s+{up}[\w'’-]*){{0,2}})"  # "of Ghana", "of the United Arab Republic"
    return {
        "title_start": re.compile(rf"(?:{t})\s+"),
        "role_comma": re.compile(rf"(?P<whose>\b(?i:its|his|her|their|the|whose|an?|(?:that|this)\s+(?:country|nation)['’]s)|"
                                 rf"(?<![\w.-]){up}[\w.-]*(?:\s{up}[\w.-]*)?['’]s)\s+(?:[\w.'’-]+\s+){{0,3}}?(?P<title>{t})(?P<of>(?:\s+{up}[\w.'’-]*){{0,3}})(?:\s+(?:in|at)\s+{up}[\w.-]*(?:\s+{up}[\w.-]*)?)?,\s+"
                                 rf"(?P<name>{name}){poss}(?=[,;]|\.(?:\s|$))"),
        "title": re.compile(rf"(?<![\w-])(?P<title>{t})\s+(?P<name>{name}){poss}"),
        "counterpart": re.compile(rf"\b(?:his|her|their)\s+(?:(?P<adj>[^,;]{{1,30}}?)\s+)?counterparts?,?\s+"
                                  rf"(?:(?:was|is|were)\s+)?(?:(?P<title>{t})\s+)?(?P<name>{name}){poss}"),
        "led_by": re.compile(rf"(?P<who>[\w.\- ]{{0,40}}?)\s{{0,40}}(?:delegation|team|side|mission|one|physicists|scientists|chemists|experts|engineers|officials|officers|diplomats)\s+(?:was\s+|is\s+|were\s+)?"
                             rf"(?:(?:led|headed|chaired)\s+by|under)\s+(?:(?P<title>{t})\s+)?(?P<name>{name}){poss}"),
        "by_head": re.compile(rf"\b(?:led|headed|chaired)\s+by\s+(?:(?P<title>{t})\s+)?(?P<name>{name}){poss}"),
        "who_heads": re.compile(rf"(?P<name>{name}){poss},\s+who\s+(?:{described.HEADS_VERB})\s+(?P<org>[^,;]+?)(?=[,;]|\.(?:\s|$)|$)"),
        "apposition": re.compile(rf"(?P<name>{name}){poss},\s+(?P<role>(?:the\s+|a\s+|an\s+|then-|former\s+)?"
                                 rf"[^,;()]{{2,150}}?)(?=\s*[,;()]|(?<![A-Z])\.(?:\s|$)|\s+(?:who|where|which|whose|said|told|says)\b|$)"),
        "speech": re.compile(rf"(?P<name>{name}){poss}\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:{_SPEECH})\b"),
        "according": re.compile(rf"\baccording\s+to\s+(?P<name>{name}){poss}"),
        # "... Secretary of State for North Korea Policy Wendy Sherman": a long title ends in a title word
        "title_tail": re.compile(rf"(?<![\w-])(?:{port}|{head})\s+(?P<name>{up}[^\W\d_]+(?:-[^\W\d_]+)?\s+"
                                 rf"{up}[^\W\d_]+(?:-[^\W\d_]+)?){poss}(?=\s+[a-z]|\s*[,.;:)]|$)"),
        # "Kim Dae-jung", "Jiang Zemin": a Korean or Chinese family name and a given name, with no title
        "family_first": re.compile(rf"(?<![\w-])(?P<name>(?:{gz.trie_regex(gz.family_names())})\s+{up}[a-z]+"
                                   rf"(?:-[a-z]+|\s+{up}[a-z]+)?){poss}(?![\w-]|\s+{up}|\s+\d)"),  # not a ship, "Kang Nam 1"
        # "Rogelio Pfirter of Argentina": a person introduced by the country they come from
        # "the government of Bashar al-Assad": the person who leads a government or a regime
        "government_of": re.compile(rf"\b(?:government|regime|administration|cabinet)\s+of\s+(?P<name>{name}){poss}"),
        # "Matt Korda and Hans Kristensen of the Federation of ...": people introduced by their body
        "of_body": re.compile(rf"(?P<name>{name}){poss},?\s+of\s+(?:the\s+)?(?=(?P<org>{up}[\w'’-]*(?:\s+{up}[\w'’-]*){{0,4}}))"),
        "pair_of_body": re.compile(rf"(?P<name>{name})(?P<poss>)\s+and\s+{name}\s+of\s+the\s+"
                                   rf"(?=(?P<org>{up}[\w'’-]*(?:\s+{up}[\w'’-]*){{0,4}}))"),
        "of_country": re.compile(rf"(?P<name>{name}){poss}\s+of\s+{country}"
                                 rf"(?:,\s+(?P<state>{up}[\w'’-]*(?:\s+{up}[\w'’-]*)?)(?=[,;)]))?"  # "of Reno, Nevada,"
                                 rf"(?=\s*[,;)]|\s+(?:and|said|who|told|was|is|signed|met|agreed|spoke|had|has|helped|urged|"
                                 rf"asked|shouted|pressed|demanded|proposed|{_SPEECH})\b)"),
        # ... after a title, also before a preposition ("President X of Sierra Leone to office"), not a noun ("of
        # Azerbaijan province", "of the Gulf war")
        "titled_of_country": re.compile(rf"(?<![\w-]){t}\s+(?P<name>{name}){poss}\s+of\s+{country}"
                                        rf"(?=\s*[,;)]|\.(?:\s|$)|\s+(?:to|for|in|on|at|from|with|by|as|after|before|during|"
                                        rf"and|who|was|is|had|has|met|signed|agreed|answered|replied|responded|rejected|"
                                        rf"accepted|arrived|visited|{_SPEECH})\b|(?P<ed>\s+(?:led|held|sent|took|went|chose|[a-z]{{3,}}ed)\b))"),
    }


def _clean_name(text: str, a: int, b: int) -> tuple[int, int] | None:
    """Trim words that are no part of a name (a month, a title word, a sentence opener)."""
    title_start = patterns()["title_start"]
    while True:
        s = text[a:b]
        accredited = next((h for h in gz.scan(text, a, b) if h.start == a and h.end < b
                           and h.entry.kind in ("country", "organization")), None)
        if accredited is not None and re.search(r"\bto\s+(?:the\s+)?$", text[max(0, a - 8):a]):
            a = _past_space(text, accredited.end, b)  # "Ambassador to the United States Daniel Ayalon"
            continue
        m = title_start.match(s)
        if m and m.end() < len(s):
            a += m.end()
            continue
        toks = s.split()
        if not toks:
            return None
        if (toks[0] in _MONTHS_DAYS and not (toks[0] == "Jan" and len(toks) > 1)) or heads.is_title_word(toks[0]) or gz.lookup(toks[0], ("adjective",)) or \
                gz.title_ends_at(text, a + len(toks[0])) or heads.is_title_word(text[a:a + len(toks[0]) + 1]):
            a = _past_space(text, a + len(toks[0]), b)
            continue
        inner = next((i for i in range(1, len(toks) - 1) if heads.is_title_word(toks[i])), None)
        if inner is not None:  # "NASA Administrator Bill Nelson": the words before a title are no name
            a = _past_space(text, a + s.find(toks[inner], len(" ".join(toks[:inner]))) + len(toks[inner]), b)
            continue
        if (toks[-1] in _MONTHS_DAYS and not _month_as_family_name(text, toks, b)) or \
                (len(toks) > 1 and heads.is_title_word(toks[-1]) and not re.match(r",\s+(?:the|a|an)\s", text[b:b + 7])
                 and not (len(toks) == 2 and not heads.is_title_word(toks[0]) and re.match(r"\s+[a-z]", text[b:b + 3])
                          and heads.is_title_word((text[max(0, a - 30):a].split() or [""])[-1]))):
            # ... but "Prime Minister John Major insists": after a title, a given name, a title word as family name, a verb
            b = a + s.rstrip().rfind(toks[-1])
            while b > a and text[b - 1].isspace():
                b -= 1
            continue
        return a, b


def _past_space(text: str, a: int, b: int) -> int:
    return a + len(text[a:b]) - len(text[a:b].lstrip())


def _month_as_family_name(text: str, toks: list[str], b: int) -> bool:
    """Whether a month ending a name is a family name ("Theresa May"; not "in March 2004", a date)."""
    return (len(toks) >= 2 and toks[-1] in _MONTH_NAMES and toks[-2] not in _MONTHS_DAYS
            and not heads.is_title_word(toks[-2]) and not re.match(r"\s*\d", text[b:b + 4]))


def _well_known(e: gz.Entry) -> bool:
    """A capital, a curated city or one of a million people: its whole name names no person ("Buenos Aires")."""
    return e.kind == "city" and (e.capital or e.curated or (e.detail.isdigit() and int(e.detail) >= 1_000_000))


def _blocked(a: int, b: int, hits: list[gz.Hit], strict: bool, text: str = "") -> bool:
    """Whether the name is, or is part of, a gazetteer name (an organisation, a country...)."""
    for h in hits:
        if h.start < b and a < h.end:
            if h.start < a or h.end > b:
                return True  # the name is part of a longer entity ("General Assembly")
            if (h.entry.kind in ("organization", "region", "adjective") or (strict and h.entry.kind != "city")) and not (
                    not strict and h.entry.detail == "company" and a < h.start and " " not in text[h.start:h.end]):  # "John Hughes"
                return True
            if h.start == a and h.end == b and (h.entry.kind not in ("city", "subdivision") or _well_known(h.entry)):
                return True
    return False


#: A country a role deals with rather than serves: "director of American affairs", "ambassador to Japan".
_SUBJECT_AFTER = re.compile(r"\s+(?:affairs|policy|relations|issues|desk|(?-i:department|section))\b", re.IGNORECASE)
_SUBJECT_BEFORE = re.compile(r"\b(?:to|toward|towards)\s+(?:the\s+)?$", re.IGNORECASE)
#: A role that serves the one it is "to": "an adviser to Iraqi President X" is on X's side.
_SERVES = re.compile(r"\b(?:advis[eo]r|aide|assistant|counsel+or|deputy)\s+to\s+(?:the\s+)?$", re.IGNORECASE)
#: The role of the name after "to": "adviser to Iraqi President" before "Saddam Hussein".
_SERVED = re.compile(r"\bto\s+((?:the\s+)?[A-Z][\w.'’-]*(?:\s+[\w.'’-]+)*?)\s*$")


def _side_in(words: str | None, own_titles: bool = True) -> dict | None:
    """The first country, adjective or national organisation named in ``words`` that the role serves,
    not one it deals with ("director of American affairs at the North Korean Foreign Ministry");
    without ``own_titles``, not one that opens another person's title ("who hosted Chinese President X")."""
    if not words:
        return None
    for h in gz.scan(words):
        if not own_titles and patterns()["title_start"].match(words, h.end + 1):
            continue
        before = words[max(0, h.start - 24):h.start]
        if words.startswith("-based", h.end):
            continue  # "a spokesman for the Bahrain-based fleet": where the fleet is, not whom he serves
        if _SUBJECT_AFTER.match(words, h.end) or _SUBJECT_BEFORE.search(before) and not _SERVES.search(before):
            continue
        side = side_of_entry(h.entry) or capitals_envoy(words[h.start:])  # "Havana's envoy in Moscow" serves Cuba
        if side:
            return side
    return None


def _title_side(title: str | None) -> dict | None:
    if not title:
        return None
    low = " ".join(title.lower().split())
    for head, iso3 in gz.roles()["country_of"].items():
        # "Secretary of State for External Affairs" (no "assistant" before it, a portfolio after "for") is
        # another government's title
        if (m := re.search(rf"(?<![\w]){re.escape(head)}(?![\w])", low)) and not (m.start() == 0 and low[m.end():].startswith(" for ")):
            return {"name": gz.country_name(iso3), "iso3": iso3}
    return None


def _has_head(role: str) -> bool:
    words, known = re.findall(r"[\w.'-]+", role.lower())[:8], gz.roles()["head_lower"]
    # "vice-speaker", "co-chairman": a head after a hyphenated prefix; a scientist by the ending ("a toxicologist")
    return any(w in known or w.rsplit("-", 1)[-1] in known or (i < 3 and heads.SCIENTIST.fullmatch(w)) for i, w in enumerate(words)) or \
        any(" ".join(words[i:i + 2]) in known for i in range(len(words)))


class _Found:
    """People of one sentence, keyed by span; the first role and side found stand."""

    def __init__(self, text: str, hits: list[gz.Hit]):
        self.text, self.hits, self.people = text, hits, {}

    def _possessor(self, a: int) -> dict | None:
        """The country (or national body) whose possessive the name at ``a`` follows: "Japan's Taro Kono"."""
        return next((side_of_entry(h.entry) for h in self.hits if h.end < a and self.text[h.end:a] in ("'s ", "’s ")
                     and h.entry.kind in ("country", "organization")), None)

    def put(self, m: re.Match, s0: int, role: str | None, side: dict | None, strict: bool = False,
            min_words: int = 1, org: str | None = None, role_from: int | None = None) -> None:
        if (got := _clean_name(self.text, s0 + m.start("name"), s0 + m.end("name"))) is None:
            return
        a, b = got
        if role_from is not None:
            role = self.text[role_from:a]  # the title and what the name was cleaned of ("to the United States")
            if (served := _SERVED.search(role)) and _has_head(served.group(1)):
                role = served.group(1)  # "adviser to Iraqi President X": the adviser is someone else; X is President
                side = side or _side_in(role)
        toks = self.text[a:b].split()
        if len(toks) < min_words or _blocked(a, b, self.hits, strict, self.text):
            return
        # with a title or a role, a last word that heads a place's name is a family name ("Christopher Hill")
        surname_ok = (role_from is not None or bool(role) and not heads.A_SITE.match(role)) and len(toks) > 1 \
            and toks[-1].rstrip("'’s") in _PLACE_WORDS
        if any(((t.strip("'’s") in _BODIES or t in _BODIES) and not (surname_ok and i == len(toks) - 1))
               or not (gz.capitalised(t) or (0 < i < len(toks) - 1 and re.fullmatch(_PARTICLES, t))) or (t.isupper() and len(t) > 2 and "." not in t and t not in ("III", "IV"))
               for i, t in enumerate(toks)):
            return  # "Ministry's": a body, not a name; "ā..." is no capital; "de" only inside ("F.W. de Klerk")
        if any(heads.IN_A_BODY.search(self.text, max(0, x - 20), x) for x in {a, s0 + m.start("name")}) or \
                toks[-1].rstrip("'’") in heads.GROUPS:  # "Office of Foreign Assets Control" (the title word cleaned off)
            return  # "the Hanbit Institute for Peace Studies"; "Test Veterans" of "the Association of Nuclear Test Veterans"
        end = s0 + m.end("poss") if m.group("poss") and b == s0 + m.end("name") else b
        cur = self.people.setdefault((a, end), {"name": " ".join(self.text[a:b].split()), "role": None, "side": None})
        cur["role"] = cur["role"] or (" ".join(role.split()) if role else None)
        # the title that stands, not a later chain; else a country whose possessive the name follows ("Japan's Taro Kono")
        cur["side"] = cur["side"] or side or _title_side(cur["role"]) or self._possessor(a)
        if org and "organization" not in cur:
            cur["organization"] = org


def _find(seg: str, s0: int, found: _Found) -> None:
    """Every person of one sentence: first where a role names them, then by the name alone."""
    _find_with_roles(seg, s0, found)
    _find_names(seg, s0, found)
    for m in offices.known_names(seg):  # a name the offices table lists
        found.put(m, s0, None, None, strict=True, min_words=2)
    _find_by_clause(seg, s0, found)


@lru_cache(maxsize=1)
def clause_patterns() -> dict[str, re.Pattern]:
    """Names a clause after them marks as people: "X became prime minister", "X and Y Z, who ..."."""
    up = gz.upper_class()
    word = rf"{up}[^\W\d_]+(?:-[^\W\d_]+)*"
    name = rf"{word}(?:\s+(?:{_PARTICLES}\s+)?{word}){{1,2}}"  # "Osama bin Laden"
    of = rf"(?:\s+of\s+{up}[\w-]+(?:\s+{up}[\w-]+)?)?"
    men = gz.trie_regex([h[:-3] + "men" for h in gz.roles()["head"] if h.endswith("man")])  # "businessmen"
    head = gz.trie_regex(gz.roles()["head"])
    return {
        # "Theresa May became prime minister": a role taken up after the name
        "became": re.compile(rf"(?P<name>{name})(?P<poss>)\s+(?:became|was named|was appointed|was elected|was sworn in as)\s+"
                             rf"(?P<role>(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}?(?i:{head}))\b"),
        # "Karl and Dieter Brandt, who own the firm", "two army lieutenants, Karl and Dieter Brandt": two given names
        # sharing one family name, after a plural role or before "who"
        "pair": re.compile(rf"(?:(?<![\w-])(?P<role>(?:[\w-]+\s+){{0,3}}?(?:(?i:{head})s|(?i:{men}))),?\s+)?(?<![\w-])(?P<first>{word})"
                           rf"\s+and\s+(?P<name>(?P<given>{word})\s+(?P<family>{word}))(?P<poss>)"
                           rf"(?:,\s+who\s+(?P<clause>[^,;]+)|(?=\s*[.;:]|,\s+[a-z]|\s+[a-z]))"),
        # "two Soviet cosmonauts, Andrian Nikolayev and Pavel Popovich,", "writers including Heinrich Böll": a plural role
        **{key: re.compile(rf"(?<![\w'’-])(?P<role>(?:[\w'’-]+\s+){{0,3}}?(?:(?i:{head})s|(?i:{men})|Sens\.|Reps\.)),?\s+{first}{of}\s+and\s+{second}{of}(?P<poss>)"
                           r"(?=\s*[,.;:]|\s+[a-z])")  # "Senators A of Rhode Island and B of Connecticut asked"
           for key, first, second in (("plural", f"(?P<name>{name})", name), ("plural2", name, f"(?P<name>{name})"))},
        "including": re.compile(rf"(?<![\w-])(?P<role>(?:[\w-]+\s+){{0,2}}?(?:(?i:{head})s|(?i:{men}))),?\s+(?:including|such\s+as)\s+(?P<name>{name})(?P<poss>)(?![\w-])"),
        # "Ken Oda, a 59-year-old Australian born in Japan,": an age in apposition, before a person's noun
        "aged": re.compile(rf"(?<![\w-])(?P<name>{name})(?P<poss>),\s+an?\s+\d{{1,3}}-year-old\b(?P<clause>[^,;]*)"),
        # "Dieter Brandt, who owns the firm": "who" refers to a person
        "who": re.compile(rf"(?P<name>{name})(?P<poss>),\s+(?P<rel>who|whom|whose(?=\s+(?:{heads.WHOSE_NOUNS}|(?:[A-Z][\w'’-]*\s+){{1,2}}(?i:party|government))\b))\s+(?P<clause>[^,;]+)"),
    }


def _find_by_clause(seg: str, s0: int, found: _Found) -> None:
    p = clause_patterns()
    for m in p["became"].finditer(seg):
        found.put(m, s0, m.group("role"), None, strict=True, min_words=2)
    for m in p["pair"].finditer(seg):
        if not (m.group("role") or m.group("clause")) or m.group("family") in _BODIES:  # "Alpha and Bravo Company"
            continue
        role = m.group("role") and heads.plural_role(m.group("role"))
        side = _side_in(m.group("clause")) or _side_in(role)
        found.put(m, s0, role, side, strict=True, min_words=2)
        a = s0 + m.start("first")
        first = m.group("first")
        if first not in _MONTHS_DAYS and not gz.lookup(first, ("country", "adjective", "city", "organization")):
            found.people.setdefault((a, a + len(first)), {"name": f"{first} {m.group('family')}", "role": role,
                                                          "side": side})
    for m in (*p["plural"].finditer(seg), *p["plural2"].finditer(seg), *p["including"].finditer(seg)):
        # "X and Russia's two ...": not both Russia's; "Iraq's two American inspectors": the rest's country first
        shared = re.search(r"\band\s+$", seg[:m.start("role")]) or m.group("role").startswith("and ")
        rest = re.sub(r"^(?:and\s+)?\S+['’]s\s+", "", m.group("role"))
        role, own = heads.plural_role(rest if shared else m.group("role")), any(h.entry.kind != "city" for h in gz.scan(rest))
        found.put(m, s0, role, _side_in(rest) if shared or own else _side_in(role), strict=True, min_words=2)
    for m in p["aged"].finditer(seg):  # the side of a demonym before any preposition ("Australian born in Japan")
        if described.describes_a_person(m.group("clause")):  # not "the Sea Dragon, a 40-year-old freighter"
            found.put(m, s0, None, _side_in(described.before_a_preposition(m.group("clause"))), strict=True, min_words=2)
    for m in p["who"].finditer(seg):  # "whom Washington holds responsible": the clause's subject is another
        if any(len(t) > 1 and t.isupper() for t in m.group("name").split()):
            continue  # "New START, whose limits ...": a word in capitals names no person
        side = _side_in(m.group("clause"), own_titles=False) if m.group("rel") == "who" and described.SERVING_CLAUSE.match(m.group("clause")) else None
        found.put(m, s0, None, side, strict=True, min_words=2)


def _find_with_roles(seg: str, s0: int, found: _Found) -> None:
    p = patterns()
    text, hits = found.text, found.hits
    for m in p["counterpart"].finditer(seg):
        found.put(m, s0, m.group("title"), _side_in(m.group("adj")))
    for m in p["title"].finditer(seg):
        side, org = prefix_side(text, s0 + m.start("title"), hits)
        # a lowercase role before one capitalised word is too weak ("judge Pyongyang by its actions")
        found.put(m, s0, m.group("title"), side, org=org, role_from=s0 + m.start("title"),
                  min_words=2 if m.group("title").islower() or m.group("title") in ("Sir", "Dame") else 1)
    # "led by" first: the pattern tries a 40-character "who" at every position, the sentence's costliest search
    for m in (p["led_by"].finditer(seg) if _LED_BY.search(seg) else ()):
        found.put(m, s0, m.group("title"), _side_in(m.group("who")))
    for m in (p["by_head"].finditer(seg) if _LED_BY.search(seg) else ()):  # "the committee, chaired by X"
        found.put(m, s0, m.group("title"), None, strict=True, min_words=2)
    for m in p["who_heads"].finditer(seg):
        org = " ".join(m.group("org").split())
        found.put(m, s0, f"head of {org}", _side_in(org), min_words=2)
    for m in p["role_comma"].finditer(seg):
        if (y := re.search(r"(?<![\w.'’-])([A-Z][\w.'’-]*)\s+([A-Z][\w.'’-]*),\s+$", seg[:m.start()])) and \
                y.group(1) not in _MONTHS_DAYS and not gz.lookup(y.group(2)) and y.group(2) not in _BODIES:
            continue  # "Y, France's envoy, X,": the role is Y's; "In Canberra, the ..."; a body is no Y ("the Agency, whose")
        # "The agency's spokesman, X,": the role keeps whose it is, which may name a body named earlier
        mine = re.search(r"['’]s\s", seg[m.start():m.start("title")])  # "the ambassador to the United Nations, X,"
        role = seg[m.start() if mine else m.start("title"):m.end("of")]
        found.put(m, s0, role, _side_in(seg[m.start():m.start("title")]) or capitals_envoy(role), min_words=2)
    at = 0  # a "role" that is a list of more people ("B and C, the ...") is read again from its start
    while m := p["apposition"].search(seg, at):
        role, at = m.group("role"), m.end()
        if role[:1].isupper() and (re.search(r"\band(?:\s+[A-Z][\w.'’-]*)+$", role) or _names_another(role)):
            at = m.start("role")  # a list of people ("B, Ukrainian President K and ..."), not B's role
        elif (_has_head(role) or heads.AT_A_BODY.match(role) or described.a_national(role, seg[:m.start()])
              or described.a_described_person(role, m.group("name"))) and not role[:1].isdigit() \
                and not _PREDICATE.match(role):
            found.put(m, s0, role, _side_in(role), min_words=2)
        else:  # the name may be the "role" ("In Kyiv, X, secretary of") or stand in it ("chaired by X, a ...")
            at = m.start("role")


def _names_another(role: str) -> bool:  # an apposition's capitalised "role" holding a title and a full name: a list
    return any(len(m.group("name").split()) >= 2 and gz.lookup(m.group("name")) is None  # "... to the United Nations"
               for m in patterns()["title"].finditer(role))


def _find_names(seg: str, s0: int, found: _Found) -> None:
    p = patterns()
    for m in (*p["speech"].finditer(seg), *p["according"].finditer(seg)):
        found.put(m, s0, None, None, strict=True, min_words=2)
    for m in p["title_tail"].finditer(seg):
        chain = re.search(r"(?:(?:[A-Z][\w.'’-]*|of|for|to|the|and|on)\s+)+$", seg[:m.start("name")])
        if not heads.IN_A_BODY.search(seg, 0, m.start()):  # a body's name goes on: "Office of Foreign Assets Control"
            found.put(m, s0, chain.group().strip() if chain else None, None, strict=True, min_words=2)
    for m in (*p["family_first"].finditer(seg), *p["government_of"].finditer(seg)):
        found.put(m, s0, None, None, strict=True, min_words=2)
    for key in ("of_body", "pair_of_body"):
        for m in p[key].finditer(seg):
            body = _body_at(found, s0 + m.start("org"), m.group("org"))
            if body is not False:  # a government's body the tables lack: its demonym ("the Soviet Foreign Ministry")
                found.put(m, s0, None, side_of_entry(body) if body else described.government_body(seg, m), strict=True, min_words=2)
    for m in (*p["of_country"].finditer(seg), *p["titled_of_country"].finditer(seg)):
        # "William Cooper of Reno, Nevada": the state's country; for a state of two countries, the city's ("Lahore, Punjab")
        state = m.groupdict().get("state")
        country = heads.state_country(m.group("country"), state) if state else gz.lookup(m.group("country"), ("country", "subdivision"))
        if m.re is p["titled_of_country"] and (country is None or country.kind != "country"
                                               or m.group("ed") and not described.national_title(seg, m)  # "Judge X of Japan ruled"
                                               or _FOREIGN_OFFICE.search(seg, max(0, m.start() - 24), m.start("name"))
                                               or any(e.kind == "subdivision" for e in gz.entries_at(m.group("country")))):
            continue  # "of the North" (a region), "of Georgia" (a state too), "Director General X of Egypt" (his nationality)
        if country is not None:
            found.put(m, s0, None, {"name": gz.country_name(country.iso3), "iso3": country.iso3} if country.iso3 else None,
                      strict=True, min_words=1 if m.re is p["titled_of_country"] and described.a_leader(seg, m) else 2)


def _body_at(found: _Found, at: int, words: str) -> gz.Entry | None | bool:
    """The organisation named at ``at``: its gazetteer entry, None for a body the table lacks whose
    name has a body's head word ("the James Martin Center for ..."), False when no body is named there."""
    entry = next((h.entry for h in found.hits if h.start == at and h.entry.kind == "organization"), None)
    if entry is not None:
        return entry
    return None if any(w in _BODIES for w in words.split()) else False


def extract_people(text: str, s0: int, s1: int, sent: int, hits: list[gz.Hit]) -> list[Mention]:
    """The people named in one sentence text[s0:s1]; ``hits`` are its gazetteer names.

    >>> from analysis.extract import gazetteer as gz
    >>> text = "Foreign Minister Alain Juppe said the talks went well."
    >>> [(m.text, m.value["role"]) for m in extract_people(text, 0, len(text), 0, gz.scan(text))]
    [('Alain Juppe', 'Foreign Minister')]
    """
    found = _Found(text, hits)
    _find(text[s0:s1], s0, found)
    spans = sorted(found.people)
    out = []
    for (a, b) in spans:  # a shorter span inside a longer one is the same person, found twice
        if any(x <= a and b <= y and (x, y) != (a, b) for x, y in spans):
            continue
        v = found.people[(a, b)]
        gz.family_first(v)
        out.append(Mention("person", v, text[a:b], a, b, sent))
    return out
