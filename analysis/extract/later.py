"""People named again: later mentions by full name or surname alone, and the side one
mention of a person lends the others.

A person found once (:mod:`.people`) is found again wherever the full name, the
surname or a three-word name's last two words ("Castro Madero") stand outside the spans
other facts took ("Gallucci said", "Kang's"), unless the name only qualifies an era ("the
Clinton administration") or stands inside another name ("Alves" of "Devair Alves Ferreira"). A surname alone takes
the full name found elsewhere, and every mention of a name the side found at any one.
"""

from __future__ import annotations

import re

from analysis.dates import CALENDAR_WORDS
from analysis.extract import gazetteer as gz
from analysis.extract import heads
from analysis.extract.mention import Mention, SpanIndex
from analysis.extract.people import _PARTICLES, MAX_NAME

_AN_ERA = re.compile(r"[\s-]+(?:administration|government|era|team|White House|doctrine|plan)\b")


def _surname(v: dict) -> str:
    toks = v["name"].split()
    if len(toks) > 2 and toks[-1].rstrip(".,") in ("Jr", "Sr", "II", "III", "IV"):
        toks = toks[:-1]  # "Hodding Carter III" is "Carter" later
    if len(toks) > 2 and re.fullmatch(_PARTICLES, toks[-2]):
        return v.get("family") or " ".join(toks[-2:])  # "von Wagner's" names Adolf von Wagner again
    return v.get("family") or toks[-1]


def later_mentions(text: str, spans: list[tuple[int, int, int]], people: list[Mention],
                   blocked: list[tuple[int, int]]) -> list[Mention]:
    """Mentions of people already found, by full name or surname alone, outside spans already taken.

    ``spans`` are the sentences (start, end, number) to search; ``blocked`` the spans
    taken by other facts.
    """
    # a "name" longer than MAX_NAME is no name (and would nest the search pattern too deep)
    # a one-word name counts only as a title found it ("President Kennedy" ... "met Kennedy")
    full = [p for p in people if (len(p.value["name"].split()) >= 2 or p.value.get("role")) and len(p.value["name"]) <= MAX_NAME]
    if not full:
        return []
    names: dict[str, dict] = {}
    for p in full:
        names.setdefault(p.value["name"], p.value)
        names.setdefault(_surname(p.value), p.value)
        toks = p.value["name"].split()
        # "Fernando Collor de Mello" is "Collor" later: the family name's first part, before its particle
        part = next((i for i in range(2, len(toks) - 1) if toks[i] in ("de", "da", "do", "dos", "das", "del", "y")), None)
        if part is not None:
            names.setdefault(toks[part - 1], p.value)
        elif len(toks) == 3 and "." not in toks[1] and toks[1][:1].isupper():
            names.setdefault(" ".join(toks[1:]), p.value)  # "Carlos Castro Madero" is "Castro Madero" later
    # not the first word of another name ("Jim Hanford" ... "the Hanford Site")
    pat = re.compile(rf"(?<![\w'’-])(?:{gz.trie_regex(names)})(?:['’]s?)?(?![\w-]|\s+(?:Site|Island|Islands|River|Bay|"
                     rf"Airport|Square|Street|Avenue|Base|Center|Centre|Institute|University|College|Foundation)\b)")
    taken = SpanIndex([(p.start, p.end) for p in people] + blocked)  # a list would grow with the square
    out = []
    for s0, s1, n in spans:
        for m in pat.finditer(text, s0, s1):
            a, b = m.start(), m.end()
            possessive = re.search(r"['’]s?$", m.group()) is not None
            if taken.overlaps(a, b) or (_AN_ERA.match(text, b) and not possessive):
                continue  # "the Clinton team" is an era; "Stoessel's team" is his
            if _inside_another_name(text, s0, a, b, possessive):
                continue  # "Alves" of "Devair Alves Ferreira" is no later mention of "Rex Nazareth Alves"
            written = re.sub(r"['’]s?$", "", m.group())
            v = {k: val for k, val in names[written].items()}
            out.append(Mention("person", v, m.group(), a, b, n))
            taken.append((a, b))
    return out


def _inside_another_name(text: str, s0: int, a: int, b: int, possessive: bool = False) -> bool:
    """Whether a capitalised word that is no title, opener or calendar word stands right before or
    after the mention (after it, unless the mention is a possessive: "Krag's Social Democrats"): the
    mention is then part of another person's name."""
    before = re.search(r"(?<![\w.'’-])([A-Z][\w'’-]*)\s+$", text[max(s0, a - 30):a])
    after = None if possessive else re.match(r"\s+([A-Z][a-z][\w'’-]*)", text[b:b + 30])
    return any(w and w.group(1) not in gz.OPENERS and w.group(1) not in CALENDAR_WORDS and not heads.is_title_word(w.group(1))
               and not gz.lookup(w.group(1), ("adjective", "country", "organization")) for w in (before, after))


def fill_sides(people: list[Mention]) -> None:
    """Give a person found without a side the side found at another mention of the same name,
    and a surname found alone ("President Clinton") the full name found elsewhere ("Bill Clinton")."""
    full: dict[str, dict] = {}
    for p in people:
        toks = p.value["name"].split()
        if len(toks) >= 2:
            full.setdefault(_surname(p.value), p.value)
    for p in people:
        name = p.value["name"]
        if " " not in name and name in full and _same_office(p.value.get("role"), full[name].get("role")):
            p.value["name"] = full[name]["name"]
    sides = {}
    for p in people:
        if p.value.get("side"):
            sides.setdefault(p.value["name"], p.value["side"])
    for p in people:
        if not p.value.get("side") and p.value["name"] in sides:
            p.value["side"] = sides[p.value["name"]]


def _same_office(a: str | None, b: str | None) -> bool:
    """Whether a surname's role may be the full name's: unless it is a head of state's or government's that
    the other does not hold ("President Carter" is not "Hodding Carter III, the department's spokesman";
    "Ambassador Gallucci" and "Mr. Gallucci" are "Robert Gallucci, the chief U.S. negotiator")."""
    heads = {w.lower() for w, r in gz.roles()["head"].items() if r["kind"] in ("state", "legislature")}
    a = (a or "").lower().replace("gov.", "governor").replace("sen.", "senator").replace("rep.", "representative")
    return not (a and b) or not any(h in heads for h in (a, a.split()[-1])) or a.split()[-1] in b.lower()
