"""The site's testimonial banner: a reader's quote, its author and the day-date on the same line.

Most captures of the site open with a testimonial (``docs/templates.md``): a quote in
curly or straight quote marks, or unquoted text over a dash line, its author on a dash
line or at the quote's tail. This module reads the quote and its author; the header zone
(:mod:`analysis.text.templates`) adds the role lines and the date.
"""

from __future__ import annotations

import re

from analysis.text.shapes import _AUTHOR, _Page, _words, day_date

_OPEN_QUOTE = "“\"«„‘"
_QUOTE_TAIL = re.compile(r"[”\"»’][ \t]*(?:[–—―-][ \t]*(?P<a>\S.*))?$")


def dated_name(text: str) -> tuple[str, str | None]:
    """A name and the day-date printed after it on the same line ("—Name, June 2, 2022"), or the
    text and None.

    >>> dated_name("President A. Person, June 2, 2022")
    ('President A. Person', 'June 2, 2022')
    >>> dated_name("A. Person, Director")
    ('A. Person, Director', None)
    """
    for m in re.finditer(r",\s+", text):
        if day_date(text[m.end():]):
            return text[:m.start()], text[m.end():]
    return text, None


def _quote_end(p: _Page, i: int) -> tuple[int, str, str | None] | None:
    """A quoted testimonial at line i: (line after it, quote, author on its tail)."""
    lines = p.lines
    if lines[i].text[0] not in _OPEN_QUOTE:
        return None
    for j in range(i, min(i + 5, len(lines))):
        m = _QUOTE_TAIL.search(lines[j].text, 1 if j == i else 0)
        if m:
            quote = " ".join(p.text[lines[i].start + 1: lines[j].start + m.start()].split())
            return j + 1, quote, m.group("a")
    return None


def _unquoted_end(p: _Page, i: int) -> tuple[int, str, None] | None:
    """An unquoted testimonial: one or two sentences directly followed by a dash line."""
    if p.shapes[i] != "prose":
        return None
    for j in range(i + 1, min(i + 3, len(p.lines))):
        if p.shapes[j] == "dash":
            quote = " ".join(p.text[p.lines[i].start: p.lines[j - 1].end].split())
            return (j, quote, None) if _words(quote) >= 5 else None
        if p.shapes[j] not in ("prose", "short", "name"):
            return None
    return None


def _banner_quote(p: _Page, i: int) -> tuple[int, str, str | None] | None:
    """The quote and its author: a quote in curly or straight quote marks (its author on
    a dash line or at its tail), or unquoted text directly followed by a dash line."""
    found = _quote_end(p, i) or _unquoted_end(p, i)
    if not found:
        return None
    k, quote, author = found
    if author is None and k < len(p.lines) and p.shapes[k] == "dash":
        author, k = _AUTHOR.match(p.lines[k].text).group("a"), k + 1
    # A quote followed straight by text is the article's first sentence, not a testimonial,
    # unless that text is a subtitle: an issue or date line and a byline close it.
    if author is None and (k >= len(p.lines) or p.shapes[k] == "prose") and not _subtitle_at(p, k):
        return None
    return k, quote, author.strip().rstrip(",") if author else None


def _subtitle_at(p: _Page, k: int) -> bool:
    """Whether line k is a subtitle under the banner: a sentence followed, within the next two
    lines, by an issue or date line and a byline (the article's heading lines, with no title)."""
    after = p.shapes[k + 1: k + 3]
    return k < len(p.lines) and ("issue" in after or "date" in after) and "byline" in after
