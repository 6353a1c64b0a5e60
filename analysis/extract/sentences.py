"""Sentence spans, aware of abbreviations (U.S., Gen., Sept.) and initials.

A sentence longer than :data:`MAX_SENTENCE` characters is cut into pieces of at most
that length (at a space where there is one): the extractors' patterns then run on
bounded spans, so extraction stays linear in the length of the text whatever its
shape (a page of initials, a line of digits). Real sentences are far shorter (the
longest of the bundled witnesses and the gold briefs has 425 characters).
"""

from __future__ import annotations

import re

#: Words written with a full stop that do not end a sentence.
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "st", "jan", "feb", "mar", "apr",
    "aug", "sept", "sep", "oct", "nov", "dec", "no", "vs", "e.g", "i.e", "adm", "maj", "capt", "cmdr",
    "brig", "sgt", "prof", "jr", "sr", "amb", "corp", "inc", "co", "ltd", "messrs", "u.s", "u.n", "u.k", "sens", "reps",
    "pvt", "msgr", "sdn", "bhd",
})
#: The longest span the extractors see as one sentence (see the module's docstring).
MAX_SENTENCE = 1000
#: How far back the last word before a full stop is looked for: a longer "word" is no abbreviation.
_WORD_BACK = 64
_LAST_WORD = re.compile(r"\S+$")
_END = re.compile(r"[.!?][\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9À-ÖØ-Þ])")


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans in text[start:end], aware of abbreviations such as U.S. and Gen.

    >>> text = "The U.S. team arrived. Talks began at noon."
    >>> [text[a:b] for a, b in sentences(text)]
    ['The U.S. team arrived.', 'Talks began at noon.']
    """
    end = len(text) if end is None else end
    spans, s = [], start
    for m in _END.finditer(text, start, end):
        stop = m.end()
        # the last word (looked for in a bounded window: a search from s would grow with the sentence),
        # or its last part after a hyphen ("30-Dec.")
        word = _LAST_WORD.search(text, max(s, m.start() + 1 - _WORD_BACK), m.start() + 1)
        token = word.group().rstrip(".").lower().rsplit("-", 1)[-1] if word else ""
        # initials and abbreviations (U.S., Gen.) do not end a sentence
        if token in ABBREVIATIONS or re.fullmatch(r"(?:[^\W\d_]\.)*[^\W\d_]", token):
            continue
        spans.append((s, stop))
        s = stop
        while s < end and text[s].isspace():
            s += 1
    if s < end and text[s:end].strip():
        spans.append((s, end))
    return [piece for a, b in spans for piece in _pieces(text, a, b)]


def _pieces(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """text[a:b] cut into spans of at most MAX_SENTENCE characters, at the last space where there is one.

    >>> _pieces("word " * 300, 0, 1500)
    [(0, 1000), (1000, 1500)]
    """
    out = []
    while b - a > MAX_SENTENCE:
        cut = a + MAX_SENTENCE
        space = text.rfind(" ", a + MAX_SENTENCE // 2, cut)
        cut = space + 1 if space > 0 else cut
        out.append((a, cut))
        a = cut
    out.append((a, b))
    return out
