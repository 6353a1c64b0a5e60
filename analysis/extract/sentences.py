"""Sentence spans, aware of abbreviations (U.S., Gen., Sept.) and initials."""

from __future__ import annotations

import re

#: Words written with a full stop that do not end a sentence.
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "st", "jan", "feb", "mar", "apr",
    "aug", "sept", "sep", "oct", "nov", "dec", "no", "vs", "e.g", "i.e", "adm", "maj", "capt", "cmdr",
    "brig", "sgt", "prof", "jr", "sr", "amb", "corp", "inc", "co", "ltd", "messrs", "u.s", "u.n", "u.k",
})
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
        word = re.search(r"(\S+)$", text[s : m.start() + 1])
        # the last word, or its last part after a hyphen ("30-Dec.")
        token = word.group(1).rstrip(".").lower().rsplit("-", 1)[-1] if word else ""
        # initials and abbreviations (U.S., Gen.) do not end a sentence
        if token in ABBREVIATIONS or re.fullmatch(r"(?:[^\W\d_]\.)*[^\W\d_]", token):
            continue
        spans.append((s, stop))
        s = stop
        while s < end and text[s].isspace():
            s += 1
    if s < end and text[s:end].strip():
        spans.append((s, end))
    return spans
