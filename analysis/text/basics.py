"""Small text helpers shared by the text engine and the extractors.

>>> fold("Arms-Control’s") == fold("arms control's")
True
"""

from __future__ import annotations

import re
import unicodedata

#: An editor's note printed as the text's first paragraph ("NOTE: For more ...", "This op-ed originally
#: appeared in ...", "(Updated January 19, 2016 to reflect ...)"): text of the page, neither a label nor
#: a photo caption (docs/templates.md, 21 and 22).
NOTE = re.compile(r"^(?:(?:Editor['’]s\s+)?Note:\s+\S|This\s+[\w-]+\s+(?:was\s+)?(?:originally|first)\s"
                  r"|\((?:Updated|Revised|Corrected)\s+(?:on\s+)?[A-Z][a-z]+\.?\s+\d)", re.IGNORECASE)
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
