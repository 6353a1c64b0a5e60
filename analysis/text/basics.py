"""Small text helpers shared by the text engine and the extractors.

>>> fold("Arms-Control’s") == fold("arms control's")
True
"""

from __future__ import annotations

import re
import unicodedata

_NONWORD = re.compile(r"[\W_]+")
_NOT_WORD = re.compile(r"\W+")


def fold(s: str) -> str:
    """Letters and digits only, case-folded: what is left when typography is ignored.

    >>> fold("U.S.–Soviet talks")
    'ussoviettalks'
    """
    return _NONWORD.sub("", unicodedata.normalize("NFKC", s).casefold())


def norm(s: str) -> str:
    """Case-folded words separated by one space: a line compared with a vocabulary.

    >>> norm("  Share this: ")
    'share this'
    """
    return _NOT_WORD.sub(" ", s.casefold()).strip()
