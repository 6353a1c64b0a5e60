"""Claims: each clause's assertion (actor, predicate, object) and who makes it."""

from __future__ import annotations

import re

from analysis.extract.mention import Mention

_SOURCE = re.compile(
    r"\b(?P<src>(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne|[Tt]wo|[Ss]everal)\s+(?:[\w.\-]+\s+){0,3}?(?:official|officials|spokesman|spokeswoman|"
    r"diplomat|diplomats|source|sources|analyst|analysts|negotiator|negotiators))\s+(?:who\s+\w+\s+)?"
    r"(?:said|described|stated|told|added|noted|insisted|warned|claimed|announced)\b"
)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<src>[^,;.]+)")
_PARTICIPLE = r"(?:\w+(?:ed|en|ing)|sold|held|met|kept|led|made|built|won|lost|left|told|said|found|brought|done|seen)"
_VERB = re.compile(
    rf"\b(?:has|have|had)\s+been\s+\w+ing\b|\b(?:did|does|do)\s+not\s+\w+\b|"
    rf"\b(?:has|have|had|was|were|is|are|will|would|could)(?:\s+not)?(?:\s+(?:also|been))?(?:\s+{_PARTICIPLE})?\b|\b(?:said|described|held|met|produced|kept|linked|sold|denied|"
    r"included|discussed|led|initiated|agreed|announced|urged|conducted|launched|tested|froze|provide|provides|"
    r"criticised|criticized|flew|fell|signed|rejected|demanded|offered)\b"
)


_SUBORDINATE = re.compile(r"^(?:After|Before|More than|Less than|When|While|Since|Although|Though|Because|If|As|"
                          r"Despite|Following|Once|Until|Unless)\b")


def _main_verb(piece: str) -> tuple[re.Match | None, str]:
    """The clause's verb and the words before it (its actor)."""
    verb = _VERB.search(piece)
    if not verb:
        return None, ""
    comma = piece.find(", ")
    # a leading subordinate clause ("More than a year after X did Y, Z held ...") is not the main clause
    if _SUBORDINATE.match(piece) and 0 < comma and verb.start() < comma:
        verb = _VERB.search(piece, comma + 2) or verb
        return verb, piece[comma + 2 : verb.start()].strip(" ,")
    return verb, piece[: verb.start()].strip(" ,")


def _attribution(src: re.Match | None, a: int, piece: str) -> str:
    """Who makes the claim: the source speaks from its own clause on; earlier clauses are the article's."""
    if src and src.start() < a + len(piece) and (src.start() >= a or src.re is _ACCORDING):
        who = " ".join(src.group("src").split())
    elif src and src.re is _SOURCE and src.start() < a:
        who = " ".join(src.group("src").split())
    else:
        who = "the article"
    return who[:1].lower() + who[1:] if who[:2] in ("A ", "An", "Th", "On", "Tw", "Se") else who


def _clauses(seg: str) -> list[tuple[int, str]]:
    """Clauses of a sentence: split at semicolons and at ", but" / ", however," (coordinated assertions)."""
    bounds = [(0, 0)] + [(m.start(), m.end()) for m in re.finditer(r";\s+|,\s+(?:but|however,?|while)\s+", seg)]
    bounds.append((len(seg), len(seg)))
    out = []
    for (_, a), (b, _) in zip(bounds, bounds[1:]):
        piece = seg[a:b].strip().rstrip(".;,")
        if len(piece.split()) >= 4:
            out.append((a + seg[a:b].find(piece), piece))
    return out


def extract_claims(text: str, s0: int, s1: int, sent: int) -> list[Mention]:
    """Each clause's assertion of one sentence: actor, predicate, object and attribution.

    >>> text = "Officials said the talks would resume."
    >>> [(m.value["actor"], m.value["predicate"]) for m in extract_claims(text, 0, len(text), 0)]
    [('Officials', 'said')]
    """
    seg = text[s0:s1]
    src = _SOURCE.search(seg) or _ACCORDING.search(seg)
    out: list[Mention] = []
    for a, piece in _clauses(seg):
        verb, actor = _main_verb(piece)
        if not verb:
            continue
        if actor and len(actor.split()) == 1 and actor.lower() in ("also", "then", "so", "and", "but"):
            actor = ""  # inverted order ("Also discussed ... was X"): the subject follows the verb
        elif not actor and out:
            actor = out[-1].value["actor"] or ""  # "..., but did not comment": the same subject
        value = {"actor": " ".join(actor.split()) or None, "predicate": " ".join(verb.group().split()),
                 "object": " ".join(piece[verb.end():].split()) or None, "attribution": _attribution(src, a, piece)}
        out.append(Mention("claim", value, piece, s0 + a, s0 + a + len(piece), sent))
    return out
