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
    """Whether [a, b) overlaps any (start, end) of ``spans`` (a list, or a :class:`SpanIndex`).

    >>> overlaps(3, 5, [(0, 4)]), overlaps(4, 5, [(0, 4)])
    (True, False)
    """
    if isinstance(spans, SpanIndex):
        return spans.overlaps(a, b)
    return any(a < y and x < b for x, y in spans)


def sentence_at(cut: list[tuple[int, int]], at: int) -> int | None:
    """The number of the sentence of ``cut`` (start, end) that holds offset ``at``, or None.

    >>> sentence_at([(0, 10), (11, 20)], 12), sentence_at([(0, 10)], 10)
    (1, None)
    """
    return next((k for k, (s0, s1) in enumerate(cut) if s0 <= at < s1), None)


class SpanIndex:
    """Spans taken so far, filed by the stretch of text they cover, so that asking whether a span
    overlaps one of them looks only at its neighbours: over a whole text a list would be searched
    once per mention and grow with the square of the text.

    >>> taken = SpanIndex([(0, 4)])
    >>> taken.append((900, 1300))
    >>> taken.overlaps(3, 5), taken.overlaps(4, 5), taken.overlaps(1299, 1400), len(taken)
    (True, False, True, 2)
    """

    WIDTH = 256  # characters per bucket; a span is filed in every bucket it touches

    def __init__(self, spans=()):
        self._buckets: dict[int, list[tuple[int, int]]] = {}
        self._n = 0
        for span in spans:
            self.append(span)

    def append(self, span: tuple[int, int]) -> None:
        x, y = span
        for k in range(x // self.WIDTH, max(x, y - 1) // self.WIDTH + 1):
            self._buckets.setdefault(k, []).append((x, y))
        self._n += 1

    def overlaps(self, a: int, b: int) -> bool:
        for k in range(a // self.WIDTH, max(a, b - 1) // self.WIDTH + 1):
            if any(a < y and x < b for x, y in self._buckets.get(k, ())):
                return True
        return False

    def __len__(self) -> int:
        return self._n
