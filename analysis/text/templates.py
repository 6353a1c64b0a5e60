"""The site's page templates: cut a capture's text into zones and typed blocks.

A *witness* is one surviving version of a text. The site's captures follow a few
templates (``docs/templates.md``):

* ``markdown-export``: ``## Title``, a ``- [Periodical](#)`` line, body paragraphs,
  ``**Source URL:** <url>``;
* ``page-capture``: menu lines, the site's testimonial banner (a quote, ``– Name``,
  role lines, usually a date), then the title and its heading lines (``Share this``,
  a section, an issue line, a byline or author line), the body, and sidebars;

and ``plain`` text is the fallback. A capture of a listing page (several entries,
no single article) is recognised and given the format ``listing``.

The text is cut into zones, each read by one small function: header (menu, banner),
heading (title, section, issue, byline, biography), body, trailer (navigation,
sidebars, source URL). Every block is a span of the decoded text:
``text[b.start:b.end] == b.text``. The banner's date belongs to the testimonial,
never to the article.
"""

from __future__ import annotations

import re

from analysis import dates
from analysis.text.banner import _OPEN_QUOTE, _banner_quote, dated_name
from analysis.text.basics import NOTE
from analysis.text.basics import norm as _norm
from analysis.text.listing import _is_listing, _listing, digest_first_item, site_term
from analysis.text.shapes import (
    _BIO_VERB,
    _BYLINE,
    _CREDIT,
    _HEADING,
    _ISSUE_URL,
    _PUBLICATION,
    _SENTENCE_BREAK,
    _SENTENCE_END,
    _SOURCE_URL,
    _TERMINAL,
    _is_name,
    _is_prose,
    _is_role,
    _Line,
    _Page,
    _starts_body,
    _words,
    issue_date,
    lead_in,
    vocabulary,
    volume_line,
)
from analysis.text.titles import _title_at
from analysis.text.witness import Block, Metadata

#: An honorific or office before a byline's name ("Ambassador Robert Gallucci", "By Sen. A B"): the author is the name.
HONORIFIC = re.compile(r"^(?:Ambassador|Amb\.|Senator|Sen\.|Representative|Rep\.|Congressman|Congresswoman|Dr\.|"
                       r"Professor|Prof\.|General|Gen\.|Admiral|Adm\.|Judge|Rev\.|Sir|Dame)[ \t]+(?=[A-Z])")

# ---------------------------------------------------------------------------
# header zone: menu and banner


_BULLETS = "•*·"
#: A book's credit line in a review: "Name, Publisher, 2009, 412 pp." (with or without "By").
_BOOK_CREDIT = re.compile(r",\s*\d{4},\s*\d+\s*pp\.$")

#: Shapes a role line can take when a day-date closes the banner (an office, an affiliation,
#: the site's own name, a season such as "Intern, Fall 2016").
_ROLE_SHAPES = frozenset({"short", "name", "prose", "issue", "site", "topic", "section"})


def _roles_and_date(p: _Page, k: int, has_author: bool) -> tuple[list[int], int | None, int]:
    """After the banner's author: up to three role lines and a day-date; returns (roles, date, next line)."""
    for n in range(k, min(k + 4, len(p.lines))):
        # a bullet's date is a listing's, a volume line's an issue brief's
        if p.shapes[n] == "date" and p.lines[n].text[0] not in _BULLETS and not volume_line(p.lines[n].text):
            return list(range(k, n)), n, n + 1
        if p.shapes[n] not in _ROLE_SHAPES:
            break
    roles = []
    n = k
    while (has_author and n < len(p.lines) and len(roles) < 3 and p.shapes[n] in ("short", "name")
           and (n == k or not p.lines[n].blank_before and not _term_line(p.lines[n].text, p.lines[n - 1].text, p.v.topics))):
        roles.append(n)
        n += 1
    # With no date to close the banner, the last line before the heading's anchors is the
    # title, unless it is the only line and reads as an office (a page without a title). A
    # section line (a blog's column name) left alone after the roles is no title either.
    while roles and _untitled_after(p, roles[-1] + 1) and (
            len(roles) > 1 or not _is_role(p.lines[roles[-1]].text, p.v)):
        roles.pop()
    return roles, None, (roles[-1] + 1 if roles else k)


def _term_line(text: str, above: str, topics: frozenset = frozenset()) -> bool:
    """A topic page's term under the banner's complete office ("Office, Body", "Coordinator for Arms Control"),
    no second role line: a treaty's or a convention's name ("Anti-Ballistic Missile Treaty"), a term with its
    acronym, the initials of its capitalised words ("Comprehensive Test Ban Treaty (CTBT)"), or one of the site's
    topics, alone or joined by "&" to another or to an acronym ("CTBT & Nuclear Testing"). Under a bare office
    ("Former Negotiator", "President") the line names what the office is of, and the office goes on."""
    if "," not in above and not re.search(r"\b(?:of|for|at)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+\S+)*$", above):
        return False
    parts = [x.strip() for x in text.split("&")]
    if any(_norm(x) in topics for x in parts) and all(_norm(x) in topics or re.fullmatch(r"[A-Z]{2,8}", x) for x in parts):
        return True
    if re.fullmatch(r"(?:[A-Z][\w'’-]*\s+){1,6}(?:Treaty|Convention)(?:\s+\([A-Z]{2,8}\))?", text):
        return True
    m = re.fullmatch(r"(?P<w>[A-Z][^()]+?)\s+\((?P<a>[A-Z]{2,8})\)", text)
    return bool(m) and "".join(w[0] for w in m.group("w").split() if w[:1].isupper()) == m.group("a")


def _untitled_after(p: _Page, n: int) -> bool:
    t = _title_at(p, n, _heading_end(p, n))
    return t is None or p.shapes[t] == "section" or (p.shapes[t] == "name" and _is_name(p.lines[t].text, p.v))


def _header(p: _Page) -> int:
    """Header zone. Accepts menu lines (menu words, bullet-only lines, site names) at the top,
    then the banner: a quote (curly or straight quote marks, or none when a dash line follows),
    its author on a dash line (en dash, em dash or hyphen) or at the quote's tail, zero to three
    role lines and a day-date. Returns the index of the first line after the header."""
    i = 0
    while i < len(p.lines) and p.shapes[i] in ("menu", "site") and i < 8:
        i += 1
    # Menu words the vocabulary does not know: short lines right before a quoted testimonial.
    quoted = next((n for n in range(i, min(i + 5, len(p.lines))) if p.lines[n].text[0] in _OPEN_QUOTE), None)
    if quoted is not None and quoted > i and _banner_quote(p, quoted) and all(
            _words(p.lines[n].text) <= 4 and p.shapes[n] != "prose" for n in range(i, quoted)):
        i = quoted
    found = _banner_quote(p, i) if i < len(p.lines) else None
    if not found:
        for n in range(i):
            p.add_line("topic" if p.shapes[n] == "site" else "menu", n)
        return i
    k, quote, author = found
    for n in range(i):
        p.add_line("menu", n)
    author, dated = dated_name(author) if author else (author, None)  # "—Name, June 2, 2022" closes the banner
    roles, date_at, end = ([], None, k) if dated else _roles_and_date(p, k, author is not None)
    last = date_at if date_at is not None else (roles[-1] if roles else k - 1)
    p.add("banner", p.lines[i].start, p.lines[last].end)
    p.meta["banner"] = {
        "quote": quote, "author": author,
        "role": "; ".join(p.lines[r].text.rstrip(",") for r in roles) or None,
        "date": p.lines[date_at].text if date_at is not None else dated,
    }
    return end


# ---------------------------------------------------------------------------
# heading zone: title, section, issue, byline, author, biography


def _wrapped(p: _Page, n: int) -> str:
    """Line n with the lines that continue it (hard-wrapped text: no blank line, lower-case start)."""
    k = n + 1
    while k < len(p.lines) and not p.lines[k].blank_before and p.lines[k].text[:1].islower():
        k += 1
    return p.text[p.lines[n].start: p.lines[k - 1].end] if k > n + 1 else p.lines[n].text


def _heading_end(p: _Page, i: int) -> int:
    """Index of the first body line at or after i (len(lines) if none)."""
    n = i
    while n < len(p.lines):
        s = p.shapes[n]
        if s in ("short", "name") and _starts_body(" ".join(_wrapped(p, n).split())):
            s = p.shapes[n] = "prose"
        if s == "body_heading" or (s == "prose" and not _is_bio(p, n) and not _anchor_follows(p, n)):
            # A review opens with the book's title line, then "By A, Publisher, 2008, 328 pp."
            credit = _BYLINE.match(p.lines[n].text) or _BOOK_CREDIT.search(p.lines[n].text)
            return n - 1 if n > i and p.shapes[n - 1] == "short" and credit else n
        if s in ("trailer", "source_url"):
            return n
        n += 1
    return n


def _anchor_follows(p: _Page, n: int) -> bool:
    """Whether heading lines (issue, byline, share, sidebar, label) follow within three lines and
    before any other sentence: then a sentence-like line is a description or a biography, not
    the body's start."""
    for k in range(n + 1, min(n + 4, len(p.lines))):
        if p.shapes[k] in ("issue", "byline", "share", "sidebar", "label"):
            return True
        if p.shapes[k] == "prose":
            return False
    return False


def _names(text: str) -> list[str]:
    """The people named in a byline: "By A", "By A and B", "By A, B, and C", "Statement by A, Role"."""
    m = _BYLINE.match(text)
    body = m.group("names") if m else text
    # "(202-463-8270 x107)", "(blogging from the UN)": a phone or a note after the names, no name
    body = re.sub(r"\s*\([^()]*\)\s*$", "", body.strip())
    if body.endswith(".") and not re.search(r"\b(?:Jr|Sr|[A-Z])\.$", body):
        body = body[:-1]
    # "A, Jr. and B": ", Jr." stays with A; "A, Sr. Fellow, and B": "Sr." opens an office, not a suffix
    parts = re.split(r",(?!\s*(?:Jr|Sr)\.(?:\s*$|\s*,|\s+and\b))\s*(?:and\s+)?|\s+and\s+|\s*&\s*", body)
    v = vocabulary()
    parts = [HONORIFIC.sub("", x.strip()) for x in parts]  # "By Ambassador A B": the author is A B
    return [x for x in parts if x and _is_name(re.sub(r",\s*(?:Jr|Sr)\.$", "", x), v)]


def _is_bio(p: _Page, n: int) -> bool:
    """An author biography: text that begins with the name of an author of the page
    (from a byline or name line before or just after it) and says who they are."""
    text = p.lines[n].text
    head = " ".join(text.split()[:6])
    nearby = [p.lines[k].text for k in range(max(0, n - 3), min(len(p.lines), n + 3))
              if p.shapes[k] in ("byline", "name") and k != n]
    for line in nearby:
        for name in _names(line) or [line]:
            surname = name.split()[-1]
            if head.startswith(name) or (surname in head.split()[:3] and _BIO_VERB.search(" ".join(text.split()[:12]))):
                return bool(_BIO_VERB.search(" ".join(text.split()[:12])))
    return False


def _heading_line(p: _Page, n: int, title: int | None) -> None:
    """Type one heading line other than the title and record what it says."""
    s, txt, meta = p.shapes[n], p.lines[n].text, p.meta
    if title is not None and n != title and _norm(txt) == _norm(meta["title"] or ""):
        p.add_line("title_repeat", n)
    elif s == "publication":
        p.add_line("publication", n)
        meta["periodical"] = meta["periodical"] or _PUBLICATION.match(txt).group("p")
    elif s in ("issue", "date"):
        p.add_line("dateline", n)
        meta["dateline"] = meta["dateline"] or txt
        if s == "issue" and meta["issue"] is None and (meta["section"] or "").casefold() != "arms control now":
            meta["issue"] = dates.edtf(issue_date(txt))  # a blog post's month line is its date, no issue of the journal
    elif s == "byline":
        p.add_line("byline", n)
        meta["byline"] = meta["byline"] or txt
        meta["authors"] += [a for a in _names(txt) if a not in meta["authors"]]
    elif s == "section" and _norm(txt) in p.v.listing_pages and title is not None and n < title:
        p.add_line("topic", n)  # a listing's name over an article on its term page ("Interviews"): the term, no section
    elif s == "section":
        p.add_line("section", n)
        meta["section"] = meta["section"] or txt
    elif s == "name" and n > 0 and p.shapes[n - 1] == "label":
        p.add_line("label", n)  # a field's value under its label ("News Source:" over "Greenwatch Dhaka"), no author
    elif title is not None and n > title and (s == "name" or s == "short" and _names(txt) and HONORIFIC.match(txt)):
        p.add_line("author", n)  # a name line, also after an honorific ("Ambassador A B")
        meta["authors"] += [a for a in _names(txt) or [txt.rstrip(",")] if a not in meta["authors"]]
    else:
        kind = "bio" if s == "prose" and _is_bio(p, n) else _HEADING_KIND.get(s)
        p.add_line(kind or ("dek" if title is not None and n > title else "topic"), n)


_HEADING_KIND = {"caption": "caption", "share": "share", "menu": "menu", "site": "topic", "label": "label", "sidebar": "sidebar",
                 "markup": "markup", "topic": "topic", "heading": "topic", "dash": "dek"}


def _several_briefs(p: _Page, j: int) -> bool:
    """A page of several briefs: the body's first paragraph follows a title line and an author line,
    and the same three (title, author, text) come again further down. The page's title is the
    section's; the body starts at the first brief's title, and no brief's author is the page's."""
    def brief(n: int) -> bool:
        return p.shapes[n:n + 3] == ["short", "name", "prose"]
    return j >= 2 and brief(j - 2) and any(brief(n) for n in range(j + 1, len(p.lines) - 2))


def _heading(p: _Page, i: int) -> int:
    """Heading zone, from the end of the header to the body. Accepts topic or author terms
    above the title, the title (a markdown heading or a title-shaped line), ``Share this``,
    sidebar headings, a section line, an issue line (also a double issue), a day-date,
    bylines ("By A and B", "Interviewed by", "Compiled by", "Statement by"), author name
    lines, author biographies, press-release labels and subtitles. Returns the body's first line."""
    end = _heading_end(p, i)
    title = _title_at(p, i, end)
    if _several_briefs(p, end):
        end -= 2
    end = digest_first_item(p, title, end)
    top = title
    if title is not None:
        line = p.lines[title]
        m = _HEADING.match(line.text)
        s = line.start + m.start("t") if m else line.start
        t = m.group("t") if m else line.text
        e = s + len(t)
        if not m and title > i and p.shapes[title - 1] == "short" and not line.blank_before \
                and (p.lines[title - 1].text.endswith(",") or line.text[:1].islower()):  # a title wrapped
            top = title - 1
            s, t = p.lines[top].start, " ".join(p.text[p.lines[top].start:e].split())
        p.add("title", s, e)
        p.meta["title"] = t
    for n in range(i, end):
        if title is None or not top <= n <= title:
            _heading_line(p, n, title)
    return end

# ---------------------------------------------------------------------------
# body zone and trailer zone


def _paragraphs(lines: list[_Line]) -> list[list[_Line]]:
    """Group body lines into paragraphs.

    Where the capture separates paragraphs by blank lines, adjacent lines are one
    paragraph (hard-wrapped text); where it uses single newlines, each line is one.
    A line that does not end a sentence and is followed by a lower-case line is
    joined to it in either case.
    """
    uses_blank = any(line.blank_before for line in lines[1:])
    paras: list[list[_Line]] = []
    for line in lines:
        join = bool(paras) and not line.blank_before and (
            uses_blank or (not _TERMINAL.search(paras[-1][-1].text) and line.text[:1].islower())
        )
        if join:
            paras[-1].append(line)
        else:
            paras.append([line])
    return paras


def _short_sentence(text: str) -> bool:
    """A short closing sentence ("The talks ended."), which navigation lines never are."""
    return _words(text) >= 3 and bool(_SENTENCE_END.search(text)) and not dates.is_date(text)


def _body_end(p: _Page, j: int) -> int:
    """Index of the first trailer line: a sidebar heading, navigation or the source URL;
    short lines after the last sentence are navigation too."""
    end = next((n for n in range(j, len(p.lines)) if p.shapes[n] in ("trailer", "sidebar", "source_url")), len(p.lines))
    while end > j and not _is_prose(p.lines[end - 1].text) and not _short_sentence(p.lines[end - 1].text):
        end -= 1
    return end


def _caption_split(p: _Page, para: list[_Line]) -> None:
    """A paragraph, or a photo caption run into it: closed by a credit ("(Photo by ...)"), or on a
    person's page the person's name and office glued to the first sentence ("Name, DirectorName was ...")."""
    start, end = para[0].start, para[-1].end
    m = _CREDIT.search(p.text, start, min(end, start + 600)) or _name_caption(p.meta["title"]).match(p.text, start, end)
    if m and m.end() < end and not p.text[m.end()].isspace() and _words(p.text[start:m.end()]) <= 60:
        p.add("caption", start, m.end())
        start = m.end()
    p.add("body", start, end)


def _name_caption(title: str | None) -> re.Pattern:
    """The page's title (a person's name), a comma and an office of up to eight words whose last letter is glued
    to the name's first word opening the next sentence ("Ann Roe, DirectorAnn Roe joined"; not "at McKinsey")."""
    if not title or len(title) > 60:
        return re.compile(r"(?!)")
    return re.compile(rf"{re.escape(title)},(?: [\w-]+){{1,8}}?[a-z](?={re.escape(title.split()[0])}\b)")


def _body(p: _Page, j: int) -> int:
    """Body zone. Accepts paragraphs (blank-line or single-newline separated, hard-wrapped or
    not); a short caption line before the first paragraph; captions run into a paragraph and
    closed by a photo credit. Returns the index of the first trailer line."""
    end = _body_end(p, j)
    paras = _paragraphs(p.lines[j:end])
    if len(paras) > 1 and len(paras[0]) == 1 and _words(paras[0][0].text) <= 12 and \
            p.shapes[j] == "prose" and _words(paras[1][0].text) > 2 * _words(paras[0][0].text) and \
            not _SENTENCE_BREAK.search(paras[0][0].text) and not NOTE.match(paras[0][0].text) and \
            not lead_in(paras[0][0].text):  # a note or a line leading into a quotation is text, no caption
        p.add_lines("caption", paras.pop(0))
    _teaser_and_name(p, paras, j)
    for para in paras:
        _caption_split(p, para)
    return end


def _teaser_and_name(p: _Page, paras: list[list[_Line]], j: int) -> None:
    """A topic page's teaser: a paragraph cut with an ellipsis, the author's name alone on a line,
    then the full text, whose first words the teaser repeats. The teaser is a dek, the name the
    author; the body starts after the name. Removes both from ``paras``."""
    if len(paras) < 3 or len(paras[1]) != 1 or p.shapes[p.lines.index(paras[1][0], j)] != "name":
        return
    teaser = " ".join(line.text for line in paras[0]).rstrip()
    if not (teaser.endswith("...") or teaser.endswith("…")):
        return
    head = _norm(teaser.rstrip(".… "))[:60]
    if not _norm(" ".join(line.text for line in paras[2])).startswith(head):
        return
    p.add_lines("dek", paras.pop(0))
    name = paras.pop(0)[0]
    p.add_lines("author", [name])
    if name.text.rstrip(",") not in p.meta["authors"]:
        p.meta["authors"].append(name.text.rstrip(","))


def _trailer(p: _Page, k: int) -> None:
    """Trailer zone: navigation and sidebars after the body (headings such as "In the News",
    "Related Content", "Subject Resources" and every line after them) and the source URL."""
    nav: list[_Line] = []
    for n in range(k, len(p.lines)):
        m = _SOURCE_URL.match(p.lines[n].text)
        if m:
            p.add_lines("navigation", nav)
            nav = []
            p.add_line("source_url", n)
            p.meta["source_url"] = p.meta["source_url"] or m.group("u")
        else:
            nav.append(p.lines[n])
    p.add_lines("navigation", nav)


# ---------------------------------------------------------------------------
# the whole page


def _format(p: _Page) -> str:
    kinds = {b.kind for b in p.blocks}
    if any(s in ("heading", "source_url", "markup") for s in p.shapes):
        return "markdown-export"
    if p.meta["banner"] is not None or "share" in kinds:
        return "page-capture"
    return "plain"


def parse(text: str) -> tuple[str, list[Block], Metadata]:
    """Cut a capture into zones (header, heading, body, trailer) and read each.

    >>> fmt, blocks, meta = parse("## Talks in Geneva\\n\\nThe two delegations met in Geneva for two days.\\n")
    >>> fmt, meta.title, [b.kind for b in blocks]
    ('markdown-export', 'Talks in Geneva', ['title', 'body'])
    """
    p = _Page(text)
    i = _header(p)
    if _is_listing(p, i):
        _listing(p, site_term(p, i))
        fmt = "listing"
    else:
        j = _heading(p, i)
        k = _body(p, j)
        _trailer(p, k)
        fmt = _format(p)
    if p.meta["source_url"]:
        im = _ISSUE_URL.search(p.meta["source_url"])
        if im:
            p.meta["issue"] = f"{im.group('y')}-{im.group('m')}"
    return fmt, sorted(p.blocks, key=lambda k: k.start), Metadata(**p.meta)


