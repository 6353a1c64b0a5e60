"""Listing pages: a capture of several entries (an issue's table of contents, a search
result, a blog's index) rather than one article: its title and intro, then each entry's
title, date and first words (twelve, a hard-wrapped teaser's second line included)."""

from __future__ import annotations

import re

from analysis.dates import MONTH_RE
from analysis.text.basics import norm as _norm
from analysis.text.shapes import (
    _AUTHORED,
    _ENTRY_DATE,
    _HEADING,
    _READ_MORE,
    _SENTENCE_BREAK,
    _VOLUME_ONLY,
    _Page,
    _starts_body,
    _unbullet,
    _words,
    entry_date,
    row_date,
)
from analysis.text.titles import _title_at


def _is_listing(p: _Page, i: int) -> bool:
    """A listing page (after the header): three headings or more, two "Read more" links, two
    "Authored by ... on" lines, two bulleted lines with two dates, four dates and more, the
    heading the site prints above a listing's entries, or a listing page's name as its title."""
    if "listing_heading" in p.shapes[i:] or _named_listing(p, i):
        return True
    lines, shapes = p.lines[i:], p.shapes[i:]
    headings = sum(1 for line in lines if (m := _HEADING.match(line.text)) and len(m.group(1)) <= 3)
    read_more = sum(1 for line in lines if _READ_MORE.match(line.text))
    authored = sum(1 for line in lines if _ENTRY_DATE.match(line.text) or _AUTHORED.match(line.text))
    day_dates = sum(1 for line, s in zip(lines, shapes) if s == "date" or _bulleted(line.text) and entry_date(line.text))
    bullets = sum(1 for line in lines if _bulleted(line.text))
    # dated rows after two paragraphs of text are the article's resources ("Additional Resources:"), no entries
    prose = [n for n, sh in enumerate(shapes) if sh == "prose"]
    rows = shapes[:prose[1] if len(prose) > 1 else len(shapes)].count("row")
    return (headings >= 3 or read_more >= 2 or authored >= 2 or (bullets >= 2 and day_dates >= 2)
            or day_dates + read_more >= 4 or rows >= 2 or (rows == 1 and "prose" not in shapes)
            or _repeated_entries(p, i) or _teaser_run(p, i) or _volumes(p, i) >= 2 or _titled_paragraphs(p, i))


def _volume_over_teaser(p: _Page, n: int) -> bool:
    """A volume line alone ("Volume 1, Number 4") right over a line of text: an issue brief's entry."""
    return bool(_VOLUME_ONLY.match(p.lines[n].text)) and n + 1 < len(p.lines) and p.shapes[n + 1] == "prose"


def _volumes(p: _Page, i: int) -> int:
    """How many volume lines stand over a teaser: an issue brief prints its volume once, a list of
    briefs once for each entry."""
    return sum(1 for n in range(i, len(p.lines)) if _volume_over_teaser(p, n))


#: A teaser the listing cut short: it ends with an ellipsis ("... the talks...", "...treaty.…").
_CUT = re.compile(r"(?:\.\.\.|…)[\"”’]?$")


def _cut(p: _Page, n: int) -> bool:
    return p.shapes[n] == "prose" and bool(_CUT.search(p.lines[n].text))


def _titled_teaser(p: _Page, n: int) -> bool:
    """An entry's title over its teaser, the teaser cut with an ellipsis (a list of op-eds)."""
    return p.shapes[n] in ("short", "name") and n + 1 < len(p.lines) and _cut(p, n + 1)


def _byline_dated(p: _Page, n: int) -> bool:
    """An entry's byline over its date ("By A" then "February 8, 2019"): a list of pieces."""
    return p.shapes[n] == "byline" and n + 1 < len(p.lines) and p.shapes[n + 1] == "date"


def _repeated_entries(p: _Page, i: int) -> bool:
    """Entries that an article never repeats: two titles each over a teaser cut with an ellipsis,
    or two bylines each over a date. An article has one byline, and its paragraphs end sentences."""
    span = range(i, len(p.lines))
    return sum(map(lambda n: _titled_teaser(p, n), span)) >= 2 or sum(map(lambda n: _byline_dated(p, n), span)) >= 2


#: How many lines a capture that begins mid-list must show of its entries to be read as one.
_RUN = 6
#: Lines an entry of a mid-list capture may be: its title or its teaser.
_RUN_SHAPES = frozenset({"prose", "short", "name"})


def _titled_paragraphs(p: _Page, i: int) -> bool:
    """Four entries or more, each a title in capitals over one paragraph of 60 words at most that the next
    title follows, on a page with no banner, byline or date: a topic page's teasers, not an article's
    subheadings (which stand over several paragraphs, under a byline)."""
    if p.meta["banner"] is not None or any(s in ("byline", "date", "issue") for s in p.shapes[i:]):
        return False
    n, entries = len(p.lines), 0
    for k in range(i, n - 2):
        words = p.lines[k].text.split()
        capped = sum(w[:1].isupper() for w in words if len(w) > 3) >= 0.6 * max(1, sum(len(w) > 3 for w in words))
        if p.shapes[k] in ("short", "name") and capped and p.shapes[k + 1] == "prose" \
                and _words(p.lines[k + 1].text) <= 60 and p.shapes[k + 2] in ("short", "name"):
            entries += 1
    return entries >= 4


def _teaser_run(p: _Page, i: int) -> bool:
    """A capture that begins in the middle of a listing: no banner, no page name, no dates; from its
    first line, single-newline lines that are entry titles and one-line teasers. Read as a listing when
    the run has six lines or more with no byline, date, label or blank line among them (a month line
    may open it), every teaser is at most 60 words and they average 35 at most, at least half are a
    single sentence, and an entry shows itself: a title-shaped line after a teaser, or a teaser cut
    with an ellipsis before another line. An article's paragraphs run longer and its title, issue and
    byline come together at the top. (Not told apart: an article captured from its text whose
    paragraphs are all one short sentence, with a subheading among its first lines.)"""
    run, shapes = p.lines[i:i + 8], p.shapes[i:i + 8]
    if p.meta["banner"] is not None or len(run) < _RUN or any(line.blank_before for line in run[1:]):
        return False
    if shapes[0] not in _RUN_SHAPES | {"issue"} or any(s not in _RUN_SHAPES for s in shapes[1:]):
        return False
    teasers = [line.text for line, s in zip(run, shapes) if s == "prose"]
    single = sum(1 for t in teasers if len(_SENTENCE_BREAK.split(t)) == 1)
    shown = sum(1 for k in range(1, len(run)) if shapes[k] != "prose" and shapes[k - 1] == "prose")
    shown += sum(1 for k in range(i, i + len(run) - 1) if _cut(p, k))
    lengths = [_words(t) for t in teasers]
    return (len(teasers) >= 4 and max(lengths) <= 60 and sum(lengths) <= 35 * len(teasers)
            and 2 * single >= len(teasers) and shown >= 1)


def _named_listing(p: _Page, i: int) -> bool:
    """A page titled with the name of one of the site's listing pages ("Press Room", "Focus Archive")
    whose next two lines are text: its intro and teasers, with no article title between. An
    article filed in that section prints its own title after the name. (The name may also be
    a sidebar heading of articles, "Country Resources"; as a page's first line it is the title.)"""
    if i >= len(p.lines) or _norm(p.lines[i].text) not in p.v.listing_pages:
        return False
    after = [s for s in p.shapes[i + 1:i + 5] if s != "menu"][:2]  # bullet-only lines ("-") between entries
    return after[:1] == ["prose"] and after[1:] in (["prose"], ["listing_heading"], ["date"])


#: A digest's title names its issue by a day: "Deal Alert, September 11", "Update, May 16, 2018".
_DATED_TITLE = re.compile(rf",\s+(?:{MONTH_RE})\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?$", re.IGNORECASE)


def digest_first_item(p: _Page, title: int | None, end: int) -> int:
    """A digest (a title dated to the day, "..., September 11") gathers several items, each under
    its own heading: a headline-shaped line right before the first paragraph is the first item's
    heading, where the body starts, not the page's subtitle."""
    if title is None or not _DATED_TITLE.search(p.lines[title].text) or end - 1 <= title:
        return end
    return end - 1 if p.shapes[end - 1] == "short" and p.lines[end - 1].blank_before else end


def _bulleted(text: str) -> bool:
    return text[:1] in "•*" and len(text) > 1


def _entry_starts(p: _Page, i: int) -> list[int]:
    """Where each entry of a listing begins: at a heading, a bulleted line, or an entry date
    once the entry under way already has a date or text, or a volume line over a teaser once
    the entry under way has text (a dated entry prints its volume line under its date)."""
    starts, dated, has_text = [], True, True
    for n in range(i, len(p.lines)):
        t, s = p.lines[n].text, p.shapes[n]
        is_date = s == "date" or bool(_ENTRY_DATE.match(t) or _AUTHORED.match(t))
        if s in ("heading", "row") or _bulleted(t) or _titled_teaser(p, n) or _byline_dated(p, n) or (
                is_date and (dated or has_text)) or (has_text and _volume_over_teaser(p, n)):
            starts.append(n)
            dated, has_text = False, False
        has_text = has_text or s == "prose"
        dated = dated or is_date
    return starts


#: How many first words of an entry's text are kept (a wrapped teaser's second line included).
_WORDS = 12


def _wraps(p: _Page, n: int, b: int) -> bool:
    """A teaser hard-wrapped onto the next line: the two lines read as a sentence together."""
    nxt = p.lines[n + 1] if n + 1 < b else None
    return bool(nxt and not nxt.blank_before and nxt.text[:1].islower()
                and _starts_body(f"{p.lines[n].text} {nxt.text}"))


#: Lines of an entry that are neither its title nor its words: the site's furniture and the
#: name of the section the entry belongs to ("Press Room" above a bullet's date), a byline over its date.
_NOT_TITLE = frozenset({"share", "menu", "section", "site", "byline"})


def _entry(p: _Page, a: int, b: int) -> dict:
    """One listing entry: its title (where it has one), date and first words; a table row's
    title is the row before its date. An entry without a teaser takes as its words the byline
    or release label after its date ("Interviewed by A", "For Immediate Release: ...")."""
    if p.shapes[a] == "row":
        t = p.lines[a].text
        when = row_date(t)
        return {"title": t[: len(t) - len(when)].rstrip(), "date": when, "words": None}
    title, when, words = None, None, None
    for n in range(a, b):
        t, s = _unbullet(p.lines[n].text), p.shapes[n]
        if entry_date(p.lines[n].text):
            when = when or entry_date(p.lines[n].text)
        elif (s == "prose" or _wraps(p, n, b) or (when and s in ("byline", "label"))) and words is None:
            words = " ".join(f"{t} {p.lines[n + 1].text}".split()[:_WORDS] if _wraps(p, n, b) else t.split()[:_WORDS])
        elif title is None and words is None and s not in _NOT_TITLE and not (
                _READ_MORE.match(t) or _VOLUME_ONLY.match(t) or _AUTHORED.match(t)):
            title = _HEADING.match(t).group("t") if _HEADING.match(t) else t
    return {"title": title, "date": when, "words": words}


def _standing_first(p: _Page, i: int, first: int) -> int | None:
    """A listing prints its title first, standing alone between blank lines; a second such line
    is the page's subtitle or section, and lines printed together at the top are site chrome."""
    for n in range(i, first):
        alone = p.lines[n].blank_before and (n + 1 == len(p.lines) or p.lines[n + 1].blank_before)
        if alone and p.shapes[n] in ("short", "name", "topic", "site", "section"):
            return n
    return None


def site_term(p: _Page, i: int) -> int:
    """A listing whose term is the site's own name ("Arms Control Association" over the pieces the
    site signs itself): the name, standing alone as the header's last line with no banner, or as
    the first line after a banner, is the listing's title, unless a page name, term or author line
    follows it as the title."""
    n = i - 1 if p.meta["banner"] is None else i
    if n < 0 or not _site_term(p, n):
        return i
    p.blocks = [b for b in p.blocks if b.start != p.lines[n].start]
    return n


def _site_term(p: _Page, n: int) -> bool:
    """Whether line n is the site's name standing over a listing's description: a blank line after it
    (and before it, unless a banner closes right above), then text that is no listing page's name."""
    k = n + 1
    return (n < len(p.lines) and p.shapes[n] == "site" and k < len(p.lines) and p.lines[k].blank_before
            and (p.lines[n].blank_before or p.meta["banner"] is not None)
            and p.shapes[k] in ("short", "prose") and not _named_listing(p, k))


def _run_starts(p: _Page, i: int) -> list[int]:
    """The entries of a capture that begins mid-list: every line but a teaser under its title."""
    return [n for n in range(i, len(p.lines)) if n == i or p.shapes[n] != "prose" or p.shapes[n - 1] == "prose"]


def _listing(p: _Page, i: int) -> None:
    """A listing page: the page title and intro, then entries (title, date, first words). A capture
    that begins mid-list has no title: its first line is an entry's."""
    midlist = _teaser_run(p, i)
    starts = _run_starts(p, i) if midlist else _entry_starts(p, i)
    first = starts[0] if starts else len(p.lines)
    title = None if midlist else _listing_title(p, i, first)
    if title is not None:
        m = _HEADING.match(p.lines[title].text)
        p.meta["title"] = m.group("t") if m else p.lines[title].text
        p.add_line("title", title)
    for n in range(i, first):
        if n != title:
            p.add_line("topic" if p.shapes[n] != "prose" else "dek", n)
    entries = []
    for a, b in zip(starts, starts[1:] + [len(p.lines)]):
        entries.append(_entry(p, a, b))
        p.add("entry", p.lines[a].start, p.lines[b - 1].end)
    p.meta["entries"] = entries


def _listing_title(p: _Page, i: int, first: int) -> int | None:
    """The listing's title: a listing page's name, a line standing alone, the last title-shaped line
    before the entries, a term or name line, or the first markdown heading."""
    title = i if _named_listing(p, i) or _site_term(p, i) else _standing_first(p, i, first)
    if title is None:
        title = _title_at(p, i, first) if first > i else None
    if title is None:
        title = next((n for n in range(i, first) if p.shapes[n] in ("topic", "site", "short", "name", "section")), None)
    if title is None:
        headings = [n for n in range(i, len(p.lines)) if p.shapes[n] == "heading"]
        title = headings[0] if headings else None
    return title
