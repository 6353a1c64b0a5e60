"""The title of a capture's heading zone: which title-shaped line, among the shapes of
:mod:`analysis.text.shapes`, is the article's title (``docs/templates.md``, "What the loader
takes from each shape")."""

from __future__ import annotations

import re

from analysis.dates import MONTH_NAME_RE
from analysis.text.basics import norm as _norm
from analysis.text.fields import FIELD_LABEL, PAGE_FIELD
from analysis.text.shapes import _Page

#: Shapes that close the run of lines in which the title stands.
_ANCHORS = frozenset({"share", "sidebar", "issue", "date", "byline", "label", "publication",
                      "body_heading", "source_url", "trailer"})


def _title_at(p: _Page, i: int, end: int) -> int | None:
    """The title: a markdown heading, else the last title-shaped line before the first anchor;
    a name-shaped line only when nothing else is there; never a term, section or site line."""
    heading = next((n for n in range(i, end) if p.shapes[n] == "heading"), None)
    if heading is not None:
        return heading
    short, name, section, first, seen = None, None, None, None, {}
    for n in range(i, end):
        s = p.shapes[n]
        if s in _ANCHORS or (short is not None and s in ("section", "name")):
            if first != short and PAGE_FIELD.match(p.lines[n].text):
                return first  # a fact sheet: its title, its category, then its fields (Contact:, Updated:)
            if short is None and name is None and (after := _after_fields(p, n, end)) is not None:
                return after
            break
        if s == "short" and (again := _printed_before(p, n, end, seen)) is not None:
            return again  # a line printed twice at the top is the title
        if s == "short" and _dated_digest(p, n):
            return n  # "The ... Alert, September 17" over its first subheading: the digest's title
        if s == "short" and _continues(p, n):
            short, first = (None if short == n - 1 else short), (None if first == n - 1 else first)  # no title
            continue
        if s == "short" and not (short is not None and _subtitle_end(p, n)):
            first, short = first if first is not None else n, n
            seen[_norm(p.lines[n].text)] = n
        elif s == "name":
            # two name-shaped lines in a row and nothing else: a title in capitals and its author line, the
            # title the longer ("Accord Reached" over "Wade Boese"; "Ex-Spy Survives ..." under "Terry Atlas")
            name = name if name == n - 1 and short is None and _author_under(p, n) and _longer(p, name, n) else n
        elif s == "section" and section is None:
            section = n
    return next((n for n in (short, name, section) if n is not None), None)


def _author_under(p: _Page, n: int) -> bool:
    """Whether name-shaped line n stands alone between the line above it and the text below it."""
    return p.lines[n].blank_before and n + 1 < len(p.lines) and p.shapes[n + 1] == "prose"


#: A digest's or an alert's title ends in its day: "The P5+1 and Iran Nuclear Deal Alert, September 17".
_DATED_TITLE = re.compile(rf",\s+{MONTH_NAME_RE}\s+\d{{1,2}}$")


def _dated_digest(p: _Page, n: int) -> bool:
    """A dated digest title with a short heading under it and text under that (the heading opens the body)."""
    return bool(_DATED_TITLE.search(p.lines[n].text)) and n + 2 < len(p.lines) and p.shapes[n + 1] == "short" \
        and p.shapes[n + 2] == "prose"


def _longer(p: _Page, a: int, b: int) -> bool:
    return len(p.lines[a].text.split()) > len(p.lines[b].text.split())


def _continues(p: _Page, n: int) -> bool:
    """Whether line n, starting in lower case right under another line, carries on that line's sentence."""
    above = p.lines[n - 1].text.split() if n > 0 else []
    return bool(above) and p.lines[n].text[:1].islower() and not p.lines[n].blank_before \
        and p.shapes[n - 1] in ("short", "prose") and above[-1][:1].islower()  # "... I hope you're going" / "to ..."


def _printed_before(p: _Page, n: int, end: int, seen: dict) -> int | None:
    """The earlier title-shaped line that line n repeats, alone or wrapped onto the next line
    (an event page prints its title again, wrapped after its colon: "Tools of X:" / "Y Z")."""
    here = _norm(p.lines[n].text)
    if here in seen:
        return seen[here]
    if n + 1 < end and not p.lines[n + 1].blank_before:
        return seen.get(_norm(f"{p.lines[n].text} {p.lines[n + 1].text}"))
    return None


def _subtitle_end(p: _Page, n: int) -> bool:
    """The second half of a subtitle wrapped after its colon (an event page's), printed under the title."""
    return p.shapes[n - 1] == "dek" and not p.lines[n].blank_before


#: Lines of an edition's fields: its issue, a field label printed alone ("Edition Date:") and its value.
_FIELD_RUN = frozenset({"issue", "date", "label"})


def _edition_name(p: _Page, n: int, k: int) -> bool:
    """The edition's own name printed among its fields: a title-shaped line ending in the issue
    line printed above it ("April 2020" / "Arms Control Today April 2020")."""
    return p.shapes[k] == "short" and any(
        p.shapes[m] == "issue" and p.lines[k].text.endswith(" " + p.lines[m].text) for m in range(n, k))


def _after_fields(p: _Page, n: int, end: int) -> int | None:
    """An edition's term page prints its fields (the issue, "Edition Date:" with its weekday date,
    "Cover Image:") before the article's title: when the heading zone opens with such a run, one of
    its lines a field label alone, the first title-shaped line after the run is the title."""
    k = n
    while k < end and (p.shapes[k] in _FIELD_RUN or _edition_name(p, n, k)):
        k += 1
    if not any(FIELD_LABEL.match(p.lines[m].text) for m in range(n, k)):
        return None
    if k < end and p.shapes[k] == "name" and k + 1 < end and (
            p.shapes[k + 1] in _ANCHORS or _norm(p.lines[k + 1].text) == _norm(p.lines[k].text)):
        # a title of capitalised words only ("Pentagon Tests Hypersonic Glide Body") over its issue line, or printed twice
        return k
    return k if k < end and p.shapes[k] == "short" else None

