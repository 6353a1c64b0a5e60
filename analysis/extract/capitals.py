"""Capitals named as actors: "a request by Pyongyang", "Moscow would leave", "forwarded to Tehran" stand for the
government (an organisation, "Government of X"); after a locative word ("in Seoul", "flew to Seoul"), in a list after
one ("to Beijing, Moscow and Brussels"), as a venue chosen ("suggested Helsinki,") or before what says where ("Seoul
lies", "bases south of Riyadh") they are places.
"""

from __future__ import annotations

import re

from analysis.extract import gazetteer as gz
from analysis.extract import places

_LOCATIVE = re.compile(r"\b(?:in|at|near|to|into|out\s+of|outside|around|from|visited|visiting|visit|via|way\s+of|toward|towards|over|"
                       r"beyond|within|across|reach|reached|reaching|strike|struck|striking|hit|hitting|target|"
                       r"targeting|left|leaving|(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of|"
                       r"(?:paraded|pass(?:ed|ing)|flew|flown|travell?ed|ran|running|drove|marched|sailed|moved|shipped|routed|"
                       r"smuggled|transshipped|transited|trucked|carried|sent)\s+through|"
                       r"from\s+[A-Z][\w.'’-]*\s+through)"
                       r"\s+(?:the\s+)?(?:(?:central|northern|southern|eastern|western|downtown)\s+)?$",
                       re.IGNORECASE)  # "In Washington," opens a sentence; "struck Kyiv", "in central Tokyo"


#: Verbs of communication whose "to" names the one addressed, an actor: "forwarded to Tehran", "wrote to Moscow".
_ADDRESSED = re.compile(r"\b(?:forward(?:ed|s)?|wr(?:ote|ites)|convey(?:ed|s)?|report(?:ed|s)?|appeal(?:ed|s)?|"
                        r"complain(?:ed|s)?|protest(?:ed|s)?|repl(?:ied|ies)|respond(?:ed|s)?)\s+to\s+$", re.IGNORECASE)


#: A capital's possessive before what only a government has: "at Brasília's request".
_ACTOR_NOUN = re.compile(r"['’]s\s+(?:request|demand|demands|refusal|insistence|objection|objections|proposal|offer|decision|"
                         r"approval|consent|invitation|position|reply|response)\b")


#: A capital listed after a place named after a locative word: "to Beijing, Moscow and Brussels".
_IN_A_LIST = re.compile(r"\b(?:in|at|to|into|from|through|visited|visiting|via|way\s+of)\s+(?:[A-Z][\w.'’-]*\s*,\s*)*[A-Z][\w.'’-]*"
                        r"(?:\s*,\s*|\s+)(?:and|or)?\s*$")


#: A venue chosen: the verb before a capital, and what may follow it ("suggested Helsinki,", "wanted Vienna or Geneva
#: for the later rounds", "settled on Vienna as the site"); never "wanted Moscow to", "preferred Tokyo's approach".
_VENUE_BEFORE = re.compile(r"\b(?:suggested|proposed|wanted|chose|picked|preferred|settled\s+on|agreed\s+on)\s+"
                           r"(?:[A-Z][\w.'’-]*\s+or\s+)?$")
_VENUE_AFTER = re.compile(r"\s*(?:[.;]|,\s+(?:while|but|and\s+(?!(?:[A-Z]\w*\s+)?[a-z]+ed\b))|\s+or\s+[A-Z]|\s+as\s+(?:the\s+)?"
                          r"(?:venue|site|host)\b|\s+for\s+(?:the\s+)?(?:talks|meeting|next|later|round|summit|conference)\b)")


def metonym(text: str, s0: int, h: gz.Hit) -> dict | None:
    """A capital named as an actor stands for its government, the one addressed too ("forwarded to
    Tehran"); None when it is a place ("in Seoul", "flew to Seoul")."""
    if h.entry.kind != "city" or not h.entry.capital:
        return None
    if places.PLACE_VERB.match(text, h.end) or text[h.start:h.end] in places.GENERIC:
        return None  # "because Seoul lies at the edge": where it is
    acts = _ACTOR_NOUN.match(text, h.end)  # "at Brasília's request": whose request, after "at" too
    out_of_whose = re.match(r"['’]s\b", text[h.end:h.end + 2]) and re.search(r"\bout\s+of\s+$", text[max(s0, h.start - 8):h.start])
    if not acts and not out_of_whose and _LOCATIVE.search(text[max(s0, h.start - 24):h.start]) and \
            not _ADDRESSED.search(text[max(s0, h.start - 24):h.start]):
        return None
    if _IN_A_LIST.search(text[max(s0, h.start - 80):h.start]):
        return None  # "to Beijing, Moscow and Brussels": the locative holds for the whole list
    if _VENUE_BEFORE.search(text[max(s0, h.start - 40):h.start]) and _VENUE_AFTER.match(text, h.end):
        return None  # "Moscow had suggested Helsinki,", "wanted Vienna or Geneva for the talks": where they meet
    # "the Helsinki summit", "the alliance's Brussels headquarters" name where, not who; "the Moscow
    # Treaty" is a name of its own; "a London-based group" is where the group is
    if re.match(r"\s+(?:[a-z]+|[A-Z][\w-]*)\b", text[h.end:h.end + 20]) and \
            re.search(r"\b(?:the|a|an|its|their|(?!(?:it|that|there|here|what|who)['’]s)[a-z]+['’]s?)\s+$",
                      text[max(s0, h.start - 24):h.start], re.I):
        return None
    if re.match(r"-based\b", text[h.end:h.end + 7]):
        return None
    if places.part_of_longer_name(text, h):
        return None  # "Washington Times reported"
    country = gz.country_name(h.entry.iso3)
    written = text[h.start:h.end]
    return {"name": f"Government of {country}", "iso3": h.entry.iso3,
            "metonym": f"{written}, the capital, standing for its government"}
