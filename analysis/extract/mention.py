"""A fact as it stands in one text: the unit every extractor returns."""

from __future__ import annotations

from dataclasses import dataclass

from analysis.text.basics import fold

KINDS = ("event", "date", "person", "organization", "place", "quantity", "claim")


@dataclass
class Mention:
    """One fact as it stands in one text: kind, normalised value, words and span.

    >>> m = Mention("place", {"name": "Geneva"}, "Geneva", 10, 16)
    >>> m.key
    'place:geneva'
    """

    kind: str
    value: dict
    text: str
    start: int
    end: int
    sentence: int = 0
    key: str = ""

    def __post_init__(self):
        if not self.key:
            self.key = f"{self.kind}:{fold(self.text)}"


def overlaps(a: int, b: int, spans) -> bool:
    """Whether [a, b) overlaps any (start, end) of ``spans``.

    >>> overlaps(3, 5, [(0, 4)]), overlaps(4, 5, [(0, 4)])
    (True, False)
    """
    return any(a < y and x < b for x, y in spans)
